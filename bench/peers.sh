#!/usr/bin/env bash
# Bantin beside a peer and a floor, on one machine in one run (issue 8; results in BENCHMARKS.md):
#  - one RSS feed of ITEMS entries (and a page per entry) served on 127.0.0.1 by bench/FeedSite.java;
#  - `bantin sync` (fetches the feed and every entry's page, parses, tags, groups, stores) against
#    `newsboat -x reload` (fetches the feed, stores its entries) on it, each with its own fresh cache;
#    then again on the unchanged feed (both send conditional requests: a 304);
#  - `bantin import` of the same pages saved as files, against the sqlite3 shell inserting the rows Bantin
#    stored for them into an empty database of the same schema in one transaction: the floor for the store.
# Each figure is the median of RUNS runs. Needs newsboat and sqlite3 (installed with apt-get when missing).
#
#   bash bench/peers.sh [ITEMS (10000)] [RUNS (3)]
#   IMPORT_ONLY=1 bash bench/peers.sh ...   the import and its floor alone
#
# Bantin's JVM is given the -XX options of the command-line launcher (packaging/cli.properties), as
# bin/bantin-cli runs it; JAVA_OPTS, when set, replaces them:
#   JAVA_OPTS= ...                           plain `java -jar`, the JVM's defaults
#   JAVA_OPTS='-XX:TieredStopAtLevel=1' ...  C1 alone, as the window's launcher (bin/Bantin) runs
set -euo pipefail
cd "$(dirname "$0")/.."
ITEMS=${1:-10000}
RUNS=${2:-3}

install() {
  if [ "$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"; else sudo apt-get install -y "$@"; fi
}
command -v newsboat >/dev/null || install newsboat
command -v sqlite3 >/dev/null || install sqlite3
[ -f target/bantin.jar ] || mvn -q -B package -DskipTests

W=$(mktemp -d)
SERVER=
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$W"; }
trap cleanup EXIT
CP="target/bantin.jar:target/lib/*"
if [ -z "${JAVA_OPTS+set}" ]; then
  JAVA_OPTS=$(sed -n 's/^java-options=//p' packaging/cli.properties | tr ' ' '\n' | grep '^-XX:' | tr '\n' ' ')
fi
# shellcheck disable=SC2086  # JAVA_OPTS is a list of options
bantin() { java ${JAVA_OPTS:-} -Dbantin.data.dir="$W/data" -jar target/bantin.jar "$@"; }

echo "generating $ITEMS entries and serving them on 127.0.0.1 ..." >&2
java -cp "$CP" bench/FeedSite.java "$W/site" "$ITEMS" >"$W/site.log" 2>&1 &
SERVER=$!
for _ in $(seq 600); do [ -f "$W/site/port" ] && break; sleep 0.2; done
[ -f "$W/site/port" ] || { echo "the feed server did not start:" >&2; cat "$W/site.log" >&2; exit 1; }
URL="http://127.0.0.1:$(cat "$W/site/port")/feed.xml"

now() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for r in $(seq "$RUNS"); do
  if [ -z "${IMPORT_ONLY:-}" ]; then
  # Bantin: a fresh database, subscribed (subscribing reads the feed once), then timed syncs
  rm -rf "$W/b" && mkdir -p "$W/b"
  bantin feeds add --db "$W/b/bantin.db" "$URL" >/dev/null
  t0=$(now); bantin sync --db "$W/b/bantin.db" --json >"$W/b/sync1.json"; t1=$(now)
  bantin sync --db "$W/b/bantin.db" --json >"$W/b/sync2.json"; t2=$(now)
  echo $((t1 - t0)) >>"$W/bantin_sync"
  echo $((t2 - t1)) >>"$W/bantin_resync"

  # newsboat: its own fresh cache and an empty configuration
  rm -rf "$W/n" && mkdir -p "$W/n"
  echo "$URL" >"$W/n/urls"
  : >"$W/n/config"
  t0=$(now); HOME="$W/n" newsboat -x reload -u "$W/n/urls" -c "$W/n/cache.db" -C "$W/n/config" >/dev/null 2>&1; t1=$(now)
  HOME="$W/n" newsboat -x reload -u "$W/n/urls" -c "$W/n/cache.db" -C "$W/n/config" >/dev/null 2>&1; t2=$(now)
  echo $((t1 - t0)) >>"$W/newsboat_reload"
  echo $((t2 - t1)) >>"$W/newsboat_rereload"
  fi

  # the same pages as saved files, through Bantin's import; `sync` first, so that neither clock pays for the
  # writing back of files made before it (the feed site's pages, the floor's statements)
  rm -f "$W/i.db"*
  sync
  t0=$(now); bantin import --db "$W/i.db" "$W/site/a" >/dev/null; t1=$(now)
  echo $((t1 - t0)) >>"$W/bantin_import"

  # the floor: the rows Bantin stored for those pages, as INSERT statements, run by the sqlite3 shell in one
  # transaction into an empty database of Bantin's schema (its indexes, triggers and full-text index included;
  # Debian 12's shell predates FTS5's contentless_delete, so the floor's index is made without that option)
  rm -f "$W/f.db"* "$W/rows.sql"
  # The places' tables are the schema's own data (a new file has them), copied before the clock starts: the
  # kept numbers' triggers read them. The numbers those triggers keep (counts, kept_days) are theirs to write.
  sqlite3 "$W/i.db" "SELECT sql || ';' FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite%'
                      AND name NOT LIKE 'article_search_%'" | sed 's/contentless_delete=1, *//' | sqlite3 "$W/f.db"
  # and the index's settings (how much it holds in memory before writing a segment): the same index, set the same
  sqlite3 "$W/i.db" "SELECT 'INSERT INTO article_search(article_search, rank) VALUES (' || quote(k) || ', ' || quote(v) || ');'
                      FROM article_search_config WHERE k != 'version'" | sqlite3 "$W/f.db"
  for t in units_2025 provinces; do
    sqlite3 "$W/i.db" ".mode insert $t" "SELECT * FROM $t"
  done | sqlite3 "$W/f.db"
  {
    echo "BEGIN;"
    for t in sources articles article_texts article_status article_provinces article_stories story_keys search_words \
             images article_images work_runs work_items text_dictionaries; do
      sqlite3 "$W/i.db" ".mode insert $t" "SELECT * FROM $t"
    done
    echo "INSERT INTO article_search(rowid, title, lead, body, places)"
    # the bodies are packed with the file's zstd dictionary, which the shell cannot unpack: it reads them as text
    # from a side file written before its clock (bantin's PlainBodies), the text the index was given
    echo "  SELECT a.id, a.title, a.lead, b.body || char(10) || t.captions,"
    echo "         (SELECT group_concat(province_id, ' ') FROM article_provinces p WHERE p.article_id = a.id AND p.relation = 'about')"
    echo "  FROM articles a JOIN article_texts t ON t.article_id = a.id JOIN pb.bodies b ON b.article_id = a.id;"
    echo "COMMIT;"
  } | sed 's/^INSERT INTO sources /INSERT OR IGNORE INTO sources /' >"$W/rows.sql"
  java -cp "$CP" vn.bantin.app.bench.PlainBodies "$W/i.db" "$W/bodies.db" 2>/dev/null
  sed -i "1s|^|ATTACH '$W/bodies.db' AS pb;\n|" "$W/rows.sql"
  sync
  t0=$(now); sqlite3 "$W/f.db" <"$W/rows.sql"; t1=$(now)
  echo $((t1 - t0)) >>"$W/sqlite3_insert"
  stored=$(sqlite3 "$W/i.db" "SELECT count(*) FROM articles")
  if [ -n "${IMPORT_ONLY:-}" ]; then
    echo "run $r: bantin import $(tail -1 "$W/bantin_import") ms ($stored), sqlite3 $(tail -1 "$W/sqlite3_insert") ms" >&2
  else
    nb_items=$(sqlite3 "$W/n/cache.db" "SELECT count(*) FROM rss_item")
    synced=$(sqlite3 "$W/b/bantin.db" "SELECT count(*) FROM articles")
    echo "run $r: bantin sync $(tail -1 "$W/bantin_sync") ms ($synced articles), newsboat $(tail -1 "$W/newsboat_reload") ms ($nb_items items)," \
         "bantin import $(tail -1 "$W/bantin_import") ms ($stored), sqlite3 $(tail -1 "$W/sqlite3_insert") ms" >&2
  fi
done

echo
if [ -n "${IMPORT_ONLY:-}" ]; then
  echo "Bantin's import and its floor, $ITEMS pages, median of $RUNS runs, $(date -u +%Y-%m-%d), $(nproc) cores," \
       "JVM options: ${JAVA_OPTS:-none (java -jar)}"
  printf '%-58s %10s\n' "bantin import of the $ITEMS pages as files" "$(median <"$W/bantin_import")"
  printf '%-58s %10s\n' "sqlite3 shell, the same rows in one transaction (floor)" "$(median <"$W/sqlite3_insert")"
  exit 0
fi
echo "Bantin and peers, $ITEMS feed entries, median of $RUNS runs, $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1)"
printf '%-58s %10s\n' "what" "ms"
printf '%-58s %10s\n' "bantin sync, first (feed + $ITEMS pages fetched and stored)" "$(median <"$W/bantin_sync")"
printf '%-58s %10s\n' "newsboat -x reload, first (feed entries stored)" "$(median <"$W/newsboat_reload")"
printf '%-58s %10s\n' "bantin sync, unchanged feed (304)" "$(median <"$W/bantin_resync")"
printf '%-58s %10s\n' "newsboat -x reload, unchanged feed (304)" "$(median <"$W/newsboat_rereload")"
printf '%-58s %10s\n' "bantin import of the $ITEMS pages as files" "$(median <"$W/bantin_import")"
printf '%-58s %10s\n' "sqlite3 shell, the same rows in one transaction (floor)" "$(median <"$W/sqlite3_insert")"
echo "newsboat $(newsboat --version | head -1 | cut -d' ' -f2), sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
