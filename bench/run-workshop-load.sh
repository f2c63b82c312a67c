#!/usr/bin/env bash
# Load test of a live workshop (see docs/PERFORMANCE.md, "## Workshops"): N participants in browser contexts submit
# within S seconds; reports lost submissions and the lag until the facilitator's screen shows them.
# Usage: bench/run-workshop-load.sh [participants=100] [seconds=60] [base URL of a running app; default: start one]
# Needs Chromium (/usr/bin/chromium, or GVCLAB_CHROMIUM).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl platform-web -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="platform-web/target/test-classes:platform-web/target/classes:platform-core/target/classes:reports/target/classes:$(cat platform-web/target/bench.classpath)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec java -Xmx2g -cp "$cp" org.gvclab.web.workshop.WorkshopLoad "$@"
