#!/usr/bin/env bash
# Bantin's HTML extractor beside Readability4J on an article-extraction benchmark folder, in one run.
# Usage: bench/extraction-peers.sh [BENCHMARK_DIR] [OUTPUT_DIR] [ROUNDS]
# Writes OUTPUT_DIR/bantin.json and readability4j.json (default: BENCHMARK_DIR/output, which evaluate.py reads).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpora/article-extraction-benchmark}
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" vn.bantin.app.ExtractionPeers "$dir" "${2:-$dir/output}" "${3:-3}"
