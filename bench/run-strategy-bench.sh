#!/usr/bin/env bash
# Benchmark of the strategy comparison (5 strategies × 15 years × 1,000 draws); prints a Markdown table for
# docs/PERFORMANCE.md. Builds platform-core's test classes first. Usage: bench/run-strategy-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl platform-core test-compile
cp_file="$(pwd)/platform-core/target/strategy-bench.classpath"
./mvnw -q -B -pl platform-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "platform-core/target/test-classes:platform-core/target/classes:$(cat "$cp_file")" \
  org.gvclab.core.strategy.StrategyBench "$@"
