#!/usr/bin/env bash
# The IO engine against numpy + OpenBLAS, measured alternately in one run on a generated table whose numbers carry
# full double precision (as every real table and every inverse does): 44 regions × 56 sectors = 2,464 rows by
# default (WIOD size), golden layout, seeded, generated into a temporary directory.
#
# Workloads, each a whole process (JVM or Python start included), wall clock, in this order every round:
#   numpy3   bench/numpy_reference.py: read the CSVs, solve with I − A, its transpose and I − Bg, write
#            upstreamness_downstreamness, va_in_final_demand_VBY and exports_total
#   java3    gvclab-cli io --only those three outputs (the same work)
#   java21   gvclab-cli io: all 21 standard outputs (Leontief and Ghosh inverses, KWW, WWZ, Borin–Mancini, …)
#   numpyB   bench/numpy_leontief_b.py: read, B = (I − A)^-1, write B as shortest text (repr, as savetxt '%r')
#   javaB    gvclab-cli io --only leontief_inverse_B
# and the writing alone, in process: numpy's write of B (reported by numpyB) against
#   gvclab-cli bench --write-only leontief_inverse_B (best of 3, after computing B).
# Ratios: java21 / numpy3 (goal ≤ 1.75), java3 / numpy3, javaB / numpyB, write B / numpy write B (goal ≤ 1.5),
# of wall time and of CPU time (user + system, from /usr/bin/time): on a machine shared with other work the wall
# times of single rounds swing by a factor of two or more, CPU times much less.
#
# usage: bench/run-io-bench.sh [ROUNDS=5] [REGIONS=44] [SECTORS=56]
# needs: platform-core/target/gvclab-cli.jar (./mvnw -pl platform-core -am package -DskipTests),
#        Debian python3-numpy and libopenblas0-pthread (/usr/bin/python3).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$root/platform-core/target/gvclab-cli.jar"
rounds="${1:-5}"
regions="${2:-44}"
sectors="${3:-56}"
three="upstreamness_downstreamness,va_in_final_demand_VBY,exports_total"
[ -f "$jar" ] || { echo "build first: ./mvnw -pl platform-core -am package -DskipTests" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Older OpenBLAS builds need OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE on some CPUs; they slow a current numpy,
# so both sides run without them (the same environment for both).
run() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$@"; }
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
# timed NAME CMD...: runs CMD (environment as run), adding its user + system CPU milliseconds to cpu_NAME
timed() { local name=$1; shift; /usr/bin/time -f "%U %S" -o "$work/cpu" env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$@"; cpu[$name]+=" $(awk '{printf "%d", ($1 + $2) * 1000}' "$work/cpu")"; }

java -jar "$jar" bench --generate "$work/table" --regions "$regions" --sectors "$sectors" --seed 42 >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); numpy: $(/usr/bin/python3 -c 'import numpy; print(numpy.__version__)')"
echo "table: ${regions} × ${sectors} = $((regions * sectors)) rows, full precision, Z.csv $(du -m "$work/table/Z.csv" | cut -f1) MB; first row: $(sed -n 2p "$work/table/Z.csv" | cut -d, -f2-3)"

declare -A t cpu
for k in numpy3 java3 java21 numpyB javaB npwrite jwrite; do t[$k]=""; cpu[$k]=""; done
for i in $(seq 1 "$rounds"); do
  rm -rf "$work"/out-*
  a=$(now); timed numpy3 /usr/bin/python3 "$here/numpy_reference.py" "$work/table" "$work/out-numpy3"; b=$(now)
  timed java3 java -jar "$jar" io --table "$work/table" --out "$work/out-java3" --only "$three" 2>/dev/null; c=$(now)
  timed java21 java -jar "$jar" io --table "$work/table" --out "$work/out-java21" 2>/dev/null; d=$(now)
  timed numpyB /usr/bin/python3 "$here/numpy_leontief_b.py" "$work/table" "$work/out-numpyB" 2>"$work/npw"; e=$(now)
  npw=$(awk '/^write/{print $2}' "$work/npw")
  timed javaB java -jar "$jar" io --table "$work/table" --out "$work/out-javaB" --only leontief_inverse_B 2>/dev/null; f=$(now)
  jw=$(run java -jar "$jar" bench --table "$work/table" --write-only leontief_inverse_B --repeat 3 | sed -E 's/.*best ([0-9.]+) s.*/\1/')
  t[numpy3]+=" $(ms "$a" "$b")"; t[java3]+=" $(ms "$b" "$c")"; t[java21]+=" $(ms "$c" "$d")"
  t[numpyB]+=" $(ms "$d" "$e")"; t[javaB]+=" $(ms "$e" "$f")"
  t[npwrite]+=" $(awk -v s="$npw" 'BEGIN{printf "%d", s * 1000}')"; t[jwrite]+=" $(awk -v s="$jw" 'BEGIN{printf "%d", s * 1000}')"
  echo "round $i (wall): numpy3 $(ms "$a" "$b") ms, java3 $(ms "$b" "$c") ms, java21 $(ms "$c" "$d") ms, numpyB $(ms "$d" "$e") ms, javaB $(ms "$e" "$f") ms; write B: numpy ${npw} s, java ${jw} s"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/python3 "$here/compare_outputs.py" "$work/out-java3" "$work/out-numpy3" \
  upstreamness_downstreamness.csv va_in_final_demand_VBY.csv exports_total.csv
/usr/bin/python3 "$here/compare_outputs.py" "$work/out-javaB" "$work/out-numpyB" leontief_inverse_B.csv
echo "java21 wrote $(ls "$work/out-java21" | wc -l) files, $(du -sm "$work/out-java21" | cut -f1) MB"
/usr/bin/python3 - "${t[numpy3]}" "${t[java3]}" "${t[java21]}" "${t[numpyB]}" "${t[javaB]}" "${t[npwrite]}" "${t[jwrite]}" \
  "${cpu[numpy3]}" "${cpu[java3]}" "${cpu[java21]}" "${cpu[numpyB]}" "${cpu[javaB]}" <<'PY'
import statistics, sys
names = ["numpy3", "java3", "java21", "numpyB", "javaB", "numpy write B", "java write B"]
v = {n: [int(x) for x in a.split()] for n, a in zip(names, sys.argv[1:8])}
c = {n: [int(x) for x in a.split()] for n, a in zip(names[:5], sys.argv[8:13])}
for n in names:
    cpu = f"; CPU median {statistics.median(c[n]):7.0f} ms" if n in c else ""
    print(f"{n:>14}: wall median {statistics.median(v[n]):7.0f} ms{cpu}  (wall rounds {', '.join(map(str, v[n]))})")
def ratio(a, b, goal, d=v, what="wall"):
    r = [x / y for x, y in zip(d[a], d[b])]
    print(f"{what} {a} / {b}: {statistics.median(d[a]) / statistics.median(d[b]):.2f} of the medians"
          f" (per round {min(r):.2f}–{max(r):.2f}){goal}")
ratio("java21", "numpy3", "; goal ≤ 1.75")
ratio("java3", "numpy3", "")
ratio("javaB", "numpyB", "")
ratio("java write B", "numpy write B", "; goal ≤ 1.5")
ratio("java21", "numpy3", "", c, "CPU")
ratio("java3", "numpy3", "", c, "CPU")
ratio("javaB", "numpyB", "", c, "CPU")
PY
