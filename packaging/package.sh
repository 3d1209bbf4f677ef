#!/usr/bin/env bash
# Builds Bantin for people who do not run Maven, with the JDK's own jlink and jpackage:
#
#   packaging/package.sh            the app-image: target/package/Bantin (bin/Bantin is the launcher)
#   packaging/package.sh --deb      and a .deb (Linux; needs fakeroot and dpkg-deb)
#   packaging/package.sh --check    the app-image, then its launchers' CLI run with no JDK on PATH and a fresh HOME
#
# Two launchers: bin/Bantin for the window (and the desktop's file associations), bin/bantin-cli for the command
# line, with JVM options for long work (packaging/cli.properties, decision 0023).
#
# The same script builds .msi/.exe on Windows (with WiX; Git Bash) and .dmg/.pkg on macOS with
# --installer: jpackage makes the platform's own kind. JavaFX's platform jars go on the module path (the
# jars without a classifier are empty); everything else stays on the class path.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=false; check=false; installer=false
for a in "$@"; do
  case "$a" in
    --deb) deb=true ;;
    --check) check=true ;;
    --installer) installer=true ;;
    *) echo "usage: packaging/package.sh [--deb] [--installer] [--check]" >&2; exit 2 ;;
  esac
done
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
[ -f target/bantin.jar ] || mvn -q -B -DskipTests package
out=target/package
rm -rf "$out"
mkdir -p "$out/input/lib" "$out/input/fx"
cp target/bantin.jar "$out/input/"
for j in target/lib/*.jar; do
  case "$(basename "$j")" in
    javafx-*-linux.jar|javafx-*-win.jar|javafx-*-mac.jar|javafx-*-mac-aarch64.jar) cp "$j" "$out/input/fx/" ;;
    javafx-*) ;;  # the empty jar without a classifier
    *) cp "$j" "$out/input/lib/" ;;
  esac
done

# A runtime of just what Bantin uses, with the JDK's class-data archive for it.
jlink --add-modules java.base,java.desktop,java.sql,java.logging,java.net.http,java.xml,java.naming,java.management,java.prefs,java.scripting,jdk.unsupported,jdk.crypto.ec,jdk.jsobject,jdk.xml.dom,jdk.localedata,jdk.charsets,jdk.zipfs \
  --include-locales=en,vi --strip-debug --no-man-pages --no-header-files --compress=2 \
  --generate-cds-archive --output "$out/runtime"

case "$(uname -s)" in
  Linux) icon=packaging/icons/bantin.png ;;
  Darwin) icon=packaging/icons/bantin.icns ;;
  *) icon=packaging/icons/bantin.ico ;;
esac
# -XX:TieredStopAtLevel=1: a reader's session is short bursts; C1 alone starts the window sooner (BENCHMARKS.md).
# Serial GC and a heap that starts small and is given back: the window keeps about 30 MB of live objects, and a
# larger, emptier heap only shows as memory taken from the reader's machine (BENCHMARKS.md, bench --ui).
jpackage --type app-image --name Bantin --app-version "$version" --vendor "Bantin" \
  --description "Offline reader for news about Vietnam, by province" \
  --input "$out/input" --main-jar bantin.jar --main-class vn.bantin.app.Main \
  --runtime-image "$out/runtime" --icon "$icon" --dest "$out" \
  --java-options '--module-path $APPDIR/fx' \
  --java-options '--add-modules javafx.controls,javafx.web,javafx.media' \
  --java-options '-XX:TieredStopAtLevel=1' \
  --java-options '-XX:+UseSerialGC' --java-options '-Xms24m' --java-options '-Xmx512m' \
  --java-options '-XX:MinHeapFreeRatio=15' --java-options '-XX:MaxHeapFreeRatio=40' \
  --java-options '-Xlog:cds=off' --java-options '-Xlog:cds+dynamic=off' \
  --java-options '-Dfile.encoding=UTF-8' \
  --add-launcher bantin-cli=packaging/cli.properties

case "$(uname -s)" in
  Darwin) appdir="$out/Bantin.app/Contents/app"; launcher="$out/Bantin.app/Contents/MacOS/Bantin"; cli="$out/Bantin.app/Contents/MacOS/bantin-cli" ;;
  Linux) appdir="$out/Bantin/lib/app"; launcher="$out/Bantin/bin/Bantin"; cli="$out/Bantin/bin/bantin-cli" ;;
  *) appdir="$out/Bantin/app"; launcher="$out/Bantin/Bantin.exe"; cli="$out/Bantin/bantin-cli.exe" ;;
esac

# Class data for the app itself: a training run writes what it loaded; the launcher maps it at every start.
train=$(mktemp -d)
if [ -n "${DISPLAY:-}" ]; then
  # the window, until its list is painted: the classes a start needs
  JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$appdir/bantin.jsa -Dbantin.exitAfterFirstPaint=true -Dbantin.data.dir=$train" \
    "$launcher" >/dev/null 2>&1 || true
else
  JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$appdir/bantin.jsa -Dbantin.data.dir=$train" \
    "$launcher" list --limit 5 >/dev/null 2>&1 || true
fi
rm -rf "$train"
if [ -f "$appdir/bantin.jsa" ]; then
  # both launchers map it: the command line's other collector and compiler options do not stop it (decision 0023)
  for cfg in "$appdir/Bantin.cfg" "$appdir/bantin-cli.cfg"; do
    printf 'java-options=-XX:SharedArchiveFile=$APPDIR/bantin.jsa\n' >> "$cfg"
  done
fi
echo "app-image: $out/$( [ "$(uname -s)" = Darwin ] && echo Bantin.app || echo Bantin )"

if $check; then
  home=$(mktemp -d)
  for l in "$launcher" "$cli"; do
    rm -rf "$home" && mkdir -p "$home"
    json=$(env -i HOME="$home" PATH=/nonexistent "$l" list --json)
    n=$(printf '%s\n' "$json" | grep -c '"title"' || true)
    if [ "$n" -lt 10 ]; then
      echo "check failed: the app-image's $(basename "$l") listed $n articles on a fresh HOME" >&2
      printf '%s\n' "$json" >&2
      exit 1
    fi
    echo "check: $(basename "$l") list --json on a fresh HOME, no JDK on PATH: $n sample articles"
  done
  rm -rf "$home"
  # past 2,000 articles bodies are packed with zstd, whose native library the image must load (decision 0017)
  work=$(mktemp -d)
  env -i HOME="$work" PATH=/nonexistent "$cli" bench --articles 4000 --db "$work/z.db" --json >/dev/null 2>"$work/err" \
    || { echo "check failed: the app-image could not import a generated corpus" >&2; cat "$work/err" >&2; exit 1; }
  if ! env -i HOME="$work" PATH=/nonexistent "$cli" export --db "$work/z.db" --format jsonl --out "$work/all.jsonl" >/dev/null 2>"$work/err" \
     || [ "$(wc -l <"$work/all.jsonl")" -lt 3900 ]; then
    echo "check failed: the app-image could not export a 4,000-article file, most of its bodies packed with zstd" >&2
    cat "$work/err" >&2
    rm -rf "$work"
    exit 1
  fi
  rm -rf "$work"
  echo "check: bantin-cli exports every article of a 4,000-article file (bodies packed with zstd)"
fi

image="$out/$( [ "$(uname -s)" = Darwin ] && echo Bantin.app || echo Bantin )"
common=(--name Bantin --app-version "$version" --vendor "Bantin" --license-file LICENSE --dest "$out"
        --file-associations packaging/linux/html.properties --file-associations packaging/linux/opml.properties)
if $deb; then
  # the class data above names this build's paths; the package makes its own where it installs (postinst)
  rm -rf "$out/deb-image"
  cp -r "$out/Bantin" "$out/deb-image"
  rm -f "$out/deb-image/lib/app/bantin.jsa"
  sed -i '/SharedArchiveFile/d' "$out/deb-image/lib/app/Bantin.cfg" "$out/deb-image/lib/app/bantin-cli.cfg"
  jpackage --type deb "${common[@]}" --app-image "$out/deb-image" --icon packaging/icons/bantin.png \
    --resource-dir packaging/linux/deb \
    --description "Offline reader for news about Vietnam, by province" \
    --linux-package-name bantin --linux-deb-maintainer "bantin@users.noreply.github.com" \
    --linux-menu-group "News;Network;" --linux-app-category news --linux-shortcut \
    --linux-package-deps "libgtk-3-0, libxtst6"
  ls "$out"/*.deb
fi
if $installer; then
  case "$(uname -s)" in
    Darwin) jpackage --type dmg "${common[@]}" --app-image "$image" --icon packaging/icons/bantin.icns
            jpackage --type pkg "${common[@]}" --app-image "$image" --icon packaging/icons/bantin.icns ;;
    Linux) echo "on Linux use --deb" ;;
    *) jpackage --type msi "${common[@]}" --app-image "$image" --icon packaging/icons/bantin.ico --win-menu --win-shortcut --win-dir-chooser
       jpackage --type exe "${common[@]}" --app-image "$image" --icon packaging/icons/bantin.ico --win-menu --win-shortcut --win-dir-chooser ;;
  esac
fi
