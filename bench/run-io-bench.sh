#!/usr/bin/env bash
# Side-by-side timing of the IO engine against numpy + OpenBLAS on a synthetic WIOD-sized table
# (44 regions × 56 sectors = 2,464 rows, golden layout, seeded, generated into a temporary directory).
#
# Work timed for both (whole process, wall clock): read the CSVs, factor/solve I − A (and the Ghosh system),
# form upstreamness, downstreamness, VBY and total exports, write the three CSVs.
#
# usage: bench/run-io-bench.sh [ROUNDS=5] [REGIONS=44] [SECTORS=56]
# needs: platform-core/target/gvclab-cli.jar (./mvnw -pl platform-core -am package),
#        Debian python3-numpy and libopenblas0-pthread (/usr/bin/python3).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$root/platform-core/target/gvclab-cli.jar"
rounds="${1:-5}"
regions="${2:-44}"
sectors="${3:-56}"
only="upstreamness_downstreamness,va_in_final_demand_VBY,exports_total"
[ -f "$jar" ] || { echo "build first: ./mvnw -pl platform-core -am package" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Older OpenBLAS builds need OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE on some CPUs; they slow a current numpy,
# so both sides run without them (the same environment for both).
run() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$@"; }
now() { date +%s%N; }

java -jar "$jar" bench --generate "$work/table" --regions "$regions" --sectors "$sectors" --seed 42 >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB"
echo "java: $(java -version 2>&1 | head -1); numpy: $(/usr/bin/python3 -c 'import numpy; print(numpy.__version__)')"
echo "table: ${regions} × ${sectors} = $((regions * sectors)) rows, Z.csv $(du -m "$work/table/Z.csv" | cut -f1) MB"

java_times=()
numpy_times=()
for i in $(seq 1 "$rounds"); do
  rm -rf "$work/java" "$work/numpy"
  t0=$(now); run java -jar "$jar" io --table "$work/table" --out "$work/java" --only "$only" 2>/dev/null; t1=$(now)
  run /usr/bin/python3 "$here/numpy_reference.py" "$work/table" "$work/numpy"; t2=$(now)
  java_times+=($(( (t1 - t0) / 1000000 )))
  numpy_times+=($(( (t2 - t1) / 1000000 )))
  echo "round $i: java $(( (t1 - t0) / 1000000 )) ms, numpy $(( (t2 - t1) / 1000000 )) ms"
done
/usr/bin/python3 "$here/compare_outputs.py" "$work/java" "$work/numpy" \
  upstreamness_downstreamness.csv va_in_final_demand_VBY.csv exports_total.csv
/usr/bin/python3 - "${java_times[*]}" "${numpy_times[*]}" <<'PY'
import statistics, sys
j = [int(v) for v in sys.argv[1].split()]
n = [int(v) for v in sys.argv[2].split()]
mj, mn = statistics.median(j), statistics.median(n)
ratios = [a / b for a, b in zip(j, n)]
print(f"median java {mj:.0f} ms, median numpy {mn:.0f} ms, ratio java/numpy {mj / mn:.2f}"
      f" (per-round ratios {min(ratios):.2f}–{max(ratios):.2f}; target ≤ 1.5)")
PY
