#!/usr/bin/env bash
# Times the PDF brief and Excel workbook renderers (see docs/PERFORMANCE.md, "## Reports").
# Usage: bench/run-reports-bench.sh [all|pdf|xlsx] [extra JVM options, e.g. -Xmx256m]
# Needs a CJK TrueType font for the PDF part (Debian/Ubuntu: apt-get install fonts-wqy-microhei).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
shift || true
./mvnw -q -B -pl reports -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="reports/target/test-classes:reports/target/classes:platform-core/target/classes:$(cat reports/target/bench.classpath)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
exec java -Xmx1g "$@" -cp "$cp" org.gvclab.reports.ReportsBenchmark "$what"
