#!/usr/bin/env bash
# Runs every parser fuzz target, and the property test of the sidebar's counts, for a set time (default 600 s each), two at a time, and reports how many
# inputs each tried. A target that finds a failing input stops at once and prints it (jqwik shrinks it first);
# keep that input as a fixture under src/test/resources/fuzz/TARGET/ so that every build replays it.
#
#   bench/fuzz.sh [SECONDS_PER_TARGET]
set -u
cd "$(dirname "$0")/.."
secs="${1:-600}"
mvn -q -B test-compile >/dev/null || exit 1
rm -rf target/fuzz-counts target/fuzz-logs
mkdir -p target/fuzz-logs
declare -A method=(
  [text]=savedTextPagesBecomeArticlesOrRejections
  [html]=savedHtmlPagesBecomeArticlesOrRejections
  [noise]=anyBytesAreAPageOrARejection
  [feed]=feedsParseOrAreRejected
  [opml]=opmlParsesOrIsRejected
  [date]=dateLinesGiveADateOrNone
  [query]=searchQueriesAlwaysRunInTheIndex
  [picture]=picturesAreMeasuredFromTheirHeaderAndShownOrLeftOut
  [counts]=everyNumberIsTheLengthOfTheListItStandsFor
)
run() {
  local t="$1"
  # jqwik stops at the first failure; otherwise the time limit stops it (exit 124: ran the full time, nothing found)
  local cls=ParsersFuzzTest
  [[ $t == counts ]] && cls=SidebarCountsPropertyTest
  timeout -k 30 "$secs" mvn -q -B surefire:test -Dtest="${cls}#${method[$t]}" \
      -Djqwik.tries.default=2000000000 -Dsurefire.failIfNoSpecifiedTests=false > "target/fuzz-logs/$t.log" 2>&1
  local rc=$?
  local n; n=$(cat "target/fuzz-counts/$t" 2>/dev/null || echo "?")
  case $rc in
    124|137) echo "$t: ${secs} s, ${n} inputs, no finding" ;;
    0) echo "$t: finished all tries, ${n} inputs, no finding" ;;
    *) echo "$t: FINDING after ${n} inputs — see target/fuzz-logs/$t.log" ;;
  esac
}
targets=(text html noise feed opml date query picture counts)
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[i]}" &
  if ((i + 1 < ${#targets[@]})); then run "${targets[i + 1]}" & fi
  wait
done
