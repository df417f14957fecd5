#!/usr/bin/env bash
# 5. Slow vendor once warm: one cached day read at a steady rate while its entry keeps expiring (TTL 10 s, no
#    jitter), in alternating reps with the vendor answering at once and the vendor taking 10 s. Refresh-ahead
#    should serve every request from the current entry, so the slow reps' p99 stays within 2x the fast reps'.
#    bash bench/slow-vendor.sh     (RATE=2000 DURATION=30s REPS=3 BACKEND=embedded|services BUILD=1)
DURATION=${DURATION:-30s}
source "$(dirname "$0")/lib.sh"
RATE=${RATE:-2000}
need_tools; build; start_stub; start_services
start_app app MENUS_CACHE_TTL=PT10S MENUS_CACHE_JITTER=PT0S VENDOR_TIMEOUT=PT15S MENUS_PREFETCH_DAYS=0
day="/api/v2/menus?hall_id=collins&date=$BENCH_DATE"
curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT$day"
DURATION=$WARMUP RATE=$RATE CONNS=$CONNECTIONS run_wrk "http://127.0.0.1:$APP_PORT$day" -s bench/paced.lua > /dev/null
fast=() slow=()
for rep in $(seq 1 "$REPS"); do
  for mode in fast slow; do
    if [ "$mode" = slow ]; then vendor_delay 10000; else vendor_delay 0; sleep 11; fi
    before=$(vendor_calls "/cafe/collins/$BENCH_DATE/")
    read -r a a50 a99 < <(RATE=$RATE CONNS=$CONNECTIONS run_wrk "http://127.0.0.1:$APP_PORT$day" -s bench/paced.lua)
    calls=$(( $(vendor_calls "/cafe/collins/$BENCH_DATE/") - before ))
    log "rep $rep $mode vendor: $a req/s p50 $a50 ms p99 $a99 ms, $calls vendor calls begun"
    if [ "$mode" = fast ]; then fast+=("$a99"); else slow+=("$a99"); fi
  done
done
f=$(printf '%s\n' "${fast[@]}" | median); s=$(printf '%s\n' "${slow[@]}" | median)
RESULT_LINES+=("$(printf '%s\tslow vendor once warm, paced %s req/s, TTL 10 s, %s per rep\twarm p99 %s ms (reps %s)\tvendor at 10 s p99 %s ms (reps %s)\tratio %s' \
  "$(date -u +%FT%TZ)" "$RATE" "$DURATION" "$f" "$(IFS=,; echo "${fast[*]}")" "$s" "$(IFS=,; echo "${slow[*]}")" \
  "$(awk "BEGIN{printf \"%.2f\", $s / $f}")")")
echo "${RESULT_LINES[-1]}"
save_results slow-vendor
