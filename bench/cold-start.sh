#!/usr/bin/env bash
# 6. Cold start: the app started on an empty cache and database, the vendor answering at once. Once it answers
#    /api/v2/halls (ready), the home page is asked for at once: the time to a complete page (every hall's card
#    with its menu, none "Still fetching") is the number. Then, once the week read ahead has settled, whether any
#    menu was left unstored (the log's "Could not store", "NOT STORED", lock timeouts). RUNS boots per backend.
#    bash bench/cold-start.sh      (RUNS=3 BACKEND=embedded|services BUILD=1)
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-3}
need_tools; build; start_stub
for run in $(seq 1 "$RUNS"); do
  start_services
  start_app "cold-$run"
  t0=$(date +%s.%N)
  first=""
  complete=""
  for _ in $(seq 1 120); do
    body=$(curl -s "http://127.0.0.1:$APP_PORT/")
    now=$(awk "BEGIN{printf \"%.2f\", $(date +%s.%N) - $t0}")
    [ -n "$first" ] || first=$now
    if ! grep -q "Still fetching" <<<"$body" && grep -q 'id="frank' <<<"$body"; then complete=$now; break; fi
    sleep 0.25
  done
  settle
  unstored=$(grep -c -E "Could not store|NOT STORED|Timeout trying to lock|Storing the menu" "$WORK/cold-$run.log" || true)
  line=$(printf '%s\tcold start %s, run %s\tboot %s s\tfirst home page %s s\tcomplete home page %s s\tunstored menus logged %s' \
    "$(date -u +%FT%TZ)" "$BACKEND" "$run" "$BOOT_SECONDS" "$first" "${complete:-never}" "$unstored")
  log "$line"
  RESULT_LINES+=("$line")
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
done
save_results cold-start
