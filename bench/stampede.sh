#!/usr/bin/env bash
# 4. Stampede: N = 10, 100 and 1000 concurrent requests for one cold key, sent at the same instant, first to
#    one instance, then to two instances behind nginx round-robin sharing one Redis and one PostgreSQL, each
#    RUNS times on a key of its own. The vendor answers after VENDOR_DELAY_MS, so every request arrives while the
#    one fetch is under way. Reports the vendor calls made for that key (want 1), the statuses (want every one
#    200: nobody is turned away) and the slowest answer; exits 1 if any burst missed either.
#    bash bench/stampede.sh        (VENDOR_DELAY_MS=2000 RUNS=2 BUILD=1); always BACKEND=services
BACKEND=services
source "$(dirname "$0")/lib.sh"
VENDOR_DELAY_MS=${VENDOR_DELAY_MS:-2000}
RUNS=${RUNS:-2}
MISSED=0
need_tools; build; start_stub; start_services
# Read-ahead is off so that a burst for one day fetches that day only; its own single flight is the same.
start_app one MENUS_PREFETCH_DAYS=0; one=$APP_PORT
start_app two MENUS_PREFETCH_DAYS=0; two=$APP_PORT
start_balancer "$one" "$two"
vendor_delay "$VENDOR_DELAY_MS"

day=3
burst() {
  local where=$1 base=$2 n=$3
  local date; date=$(printf '2025-12-%02d' "$day"); day=$((day + 1))
  local before; before=$(vendor_calls "/cafe/collins/$date/")
  local out; out=$(python3 bench/burst.py "$n" "$base/api/v2/menus?hall_id=collins&date=$date")
  local calls; calls=$(( $(vendor_calls "/cafe/collins/$date/") - before ))
  local line
  line=$(printf '%s\tstampede %s\tcollins %s\tvendor delay %s ms\tvendor calls %s\t%s' \
    "$(date -u +%FT%TZ)" "$where" "$date" "$VENDOR_DELAY_MS" "$calls" "$out")
  log "$line"
  RESULT_LINES+=("$line")
  if [ "$calls" != 1 ] || ! grep -q "statuses={'200': $n}" <<<"$out"; then MISSED=$((MISSED + 1)); fi
}
for _ in $(seq 1 "$RUNS"); do
  for n in 10 100 1000; do burst "one instance" "http://127.0.0.1:$one" "$n"; done
  for n in 10 100 1000; do burst "two instances, round-robin" "http://127.0.0.1:$BALANCER_PORT" "$n"; done
done
save_results stampede
[ "$MISSED" = 0 ] || { log "$MISSED bursts made more than one vendor call or turned a request away"; exit 1; }
