#!/usr/bin/env bash
# Times IO tables in the browser (see docs/PERFORMANCE.md, "## IO tables in the browser"): upload-to-table-page,
# first and cached indicator times, and indicator times after a restart, for a synthetic table.
# Usage: bench/run-ioweb-bench.sh [regions] [sectors] [rounds] [extra JVM options]   (default 44 56 3, -Xmx4g)
# Needs Chromium (/usr/bin/chromium, or GVCLAB_CHROMIUM) as the browser tests do.
set -euo pipefail
cd "$(dirname "$0")/.."
regions="${1:-44}"; sectors="${2:-56}"; rounds="${3:-3}"
shift 3 || shift $#
./mvnw -q -B -pl platform-web -am package -DskipTests dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
table="$(mktemp -d)/syn${regions}x${sectors}"
java -jar platform-core/target/gvclab-cli.jar bench --generate "$table" --regions "$regions" --sectors "$sectors"
cp="platform-web/target/test-classes:platform-web/target/classes:platform-core/target/classes:reports/target/classes"
cp="$cp:$(cat platform-web/target/bench.classpath)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -Xmx4g "$@" -cp "$cp" org.gvclab.web.iotable.IoWebBenchmark "$table" "$rounds"
rm -rf "$(dirname "$table")"
