#!/usr/bin/env bash
# 4. Stampede: N = 10, 100 and 1000 concurrent requests for one cold key, sent at the same instant, first to
#    one instance, then to two instances behind nginx round-robin sharing one Redis and one PostgreSQL. The
#    vendor answers after VENDOR_DELAY_MS, so every request arrives while the one fetch is under way. Reports
#    the vendor calls made for that key (want 1), the statuses (200 for the fetch and the MENUS_WAITERS_PER_KEY
#    requests that may wait for it, 503 "loading" for the rest) and the slowest answer.
#    bash bench/stampede.sh        (VENDOR_DELAY_MS=1000 BUILD=1); always BACKEND=services
BACKEND=services
source "$(dirname "$0")/lib.sh"
VENDOR_DELAY_MS=${VENDOR_DELAY_MS:-1000}
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
}
for n in 10 100 1000; do burst "one instance" "http://127.0.0.1:$one" "$n"; done
for n in 10 100 1000; do burst "two instances, round-robin" "http://127.0.0.1:$BALANCER_PORT" "$n"; done
save_results stampede
