#!/usr/bin/env bash
# 10. The old runtime against the new, in one run on one machine: the warm API (bench/warm-api.sh) and the finished
#     warm pages (bench/warm-pages.sh), each against nginx on the same bytes, on Payara Micro 6.2025.10 / JDK 17 and
#     on Payara Micro 7.2026.11 / JDK 25, in ROUNDS rounds of old then new. Each runtime runs the project's flags
#     (src/main/payara/jvm.options, as its JDK takes them). The figures go to bench/results/warm-api.tsv and
#     warm-pages.tsv (each block names its runtime), and the ratios are summed up at the end.
#     bash bench/runtimes.sh        (ROUNDS=1 BENCHES="warm-api warm-pages" BACKEND=embedded|services, and the
#                                   variables of warm-api.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-1}
BENCHES=${BENCHES:-warm-api warm-pages}
OLD=${OLD:-6.2025.10}
NEW=${NEW:-7.2026.11}
[ "${BUILD:-1}" = 1 ] && mvn -B -q clean package -DskipTests
summary=()
for round in $(seq 1 "$ROUNDS"); do
  for version in "$OLD" "$NEW"; do
    for bench in $BENCHES; do
      echo "[runtimes] round $round: $bench on Payara Micro $version" >&2
      out=$(PAYARA_VERSION=$version BUILD=0 bash "bench/$bench.sh")
      echo "$out"
      while IFS=$'\t' read -r _ name _ _ _ ratio _; do
        [[ "$ratio" == ratio* ]] && summary+=("$(printf '%s\t%s\t%s' "$version" "$name" "$ratio")")
      done <<<"$out"
    done
  done
done
echo
printf '%s\n' "${summary[@]}" | sort -t$'\t' -k2,2 -k1,1 | column -t -s$'\t'
