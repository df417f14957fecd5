#!/usr/bin/env bash
# 6. Cold start: the app started on an empty cache and database, the vendor answering at once. Once readiness
#    is UP (it waits for today's menus, TodaysMenusAtStart), the home page is asked for at once: the time to a
#    complete page (every hall's card with its menu, none "Still fetching") is the number. Also the boot (to the
#    first /api/v2/halls 200) and the time from there to ready. Then, once the week read ahead has settled, whether any
#    menu was left unstored (the log's "Could not store", "NOT STORED", lock timeouts). RUNS boots per backend.
#    bash bench/cold-start.sh      (RUNS=3 BACKEND=embedded|services BUILD=1; APP_ENV="MENUS_WARM_UP=false" to compare)
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-3}
need_tools; build; start_stub
for run in $(seq 1 "$RUNS"); do
  start_services
  # shellcheck disable=SC2086
  start_app "cold-$run" ${APP_ENV:-}
  up=$(date +%s.%N)
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/health/ready")" = 200 ] && break
    sleep 0.1
  done
  t0=$(date +%s.%N)
  to_ready=$(awk "BEGIN{printf \"%.1f\", $t0 - $up}")
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
  line=$(printf '%s\tcold start %s, run %s\tboot %s s, then ready %s s later\tfirst home page answered %s s after ready\tcomplete %s s after ready\tunstored menus logged %s' \
    "$(date -u +%FT%TZ)" "$BACKEND" "$run" "$BOOT_SECONDS" "$to_ready" "$first" "${complete:-never}" "$unstored")
  log "$line"
  RESULT_LINES+=("$line")
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
done
save_results cold-start
