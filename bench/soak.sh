#!/usr/bin/env bash
# Soak: mixed load (pages, API, search, open-now, bad input) for SOAK (10 minutes) at RATE requests/s, with
# the vendor failing at random meanwhile (a share of its answers 500, an HTML page, truncated or cut, and it
# slows down), changed every 30 s. Short TTLs so that refreshes meet the failures. Before and after, with the
# faults off and a minute to settle: live heap after a full GC, JVM threads, threads inside a single flight
# (leaders and waiters) and HTTP session objects. They must return to the baseline. Not in CI (10 minutes);
#   bash bench/soak.sh        (SOAK=10m RATE=300 BACKEND=services|embedded BUILD=1)
BACKEND=${BACKEND:-services}
source "$(dirname "$0")/lib.sh"
SOAK=${SOAK:-10m}
RATE=${RATE:-300}
need_tools; build; start_stub; start_services
start_app soak MENUS_CACHE_TTL=PT20S MENUS_CACHE_JITTER=PT5S MENUS_FAILURE_COOLDOWN=PT5S VENDOR_TIMEOUT=PT2S \
  MENUS_WINDOW_PAST_DAYS=14 MENUS_WINDOW_FUTURE_DAYS=14
base="http://127.0.0.1:$APP_PORT"

paths="$WORK/paths.txt"
{
  for offset in $(seq -7 7); do
    d=$(date -u -d "$BENCH_DATE $offset day" +%F)
    for hall in hoch collins malott mcconnell frank frary oldenborg; do
      echo "/api/v2/menus?hall_id=$hall&date=$d"
      echo "/halls/$hall?date=$d"
    done
    echo "/?date=$d"
    echo "/api/v2/hours?date=$d"
  done
  for q in rice tofu pizza vegan salad; do echo "/search?q=$q"; done
  echo "/open-now"; echo "/api/v2/open-now"; echo "/api/v2/halls"
  # Bad input: each must be a quick 4xx that asks no vendor.
  echo "/api/v2/menus?hall_id=nowhere&date=$BENCH_DATE"; echo "/api/v2/menus?hall_id=hoch&date=2100-01-01"
  echo "/halls/frary?date=garbage"; echo "/api/v2/open-now?at=%3Cscript%3E"
} > "$paths"

# live_heap_mb threads_total threads_in_flight sessions
sample() {
  local histogram; histogram=$(jcmd "$APP_PID" GC.class_histogram 2>/dev/null)
  local heap; heap=$(awk '/^Total/ {printf "%.1f", $3 / 1048576}' <<<"$histogram")
  local sessions; sessions=$(awk '/org.apache.catalina.session.StandardSession$/ {n += $2} END {print n + 0}' <<<"$histogram")
  local threads; threads=$(awk '/^Threads:/ {print $2}' "/proc/$APP_PID/status")
  local flights; flights=$(jcmd "$APP_PID" Thread.print 2>/dev/null | grep -c 'org.fivecmenus.cache.InFlight.run' || true)
  echo "$heap $threads $flights $sessions"
}

segment() {  # segment FAIL_RATE DELAY_MS DURATION
  curl -sf -o /dev/null "http://127.0.0.1:$STUB_PORT/_fail?rate=$1"
  vendor_delay "$2"
  local out; out=$(PATHS="$paths" RATE=$RATE CONNS=$CONNECTIONS wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency \
    -s bench/mixed.lua "$base/")
  echo "$out" >> "$WORK/wrk.log"
  local rps p99 non2xx errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out" | to_ms)
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); errors=$(awk '/Socket errors/ {print}' <<<"$out")
  log "fail rate $1, vendor delay $2 ms: $rps req/s, p99 $p99 ms, non-2xx ${non2xx:-0} ${errors}"
}

log "warming up: every path, faults off"
segment 0 0 "$WARMUP"
settle
read -r heap0 threads0 flights0 sessions0 < <(sample)
log "baseline: live heap $heap0 MB, $threads0 threads, $flights0 in a flight, $sessions0 sessions"

end=$(( $(date +%s) + $(sed 's/m$/*60/; s/s$//' <<<"$SOAK" | bc) ))
rates=(0 0.1 0.3 0.6 1) delays=(0 0 200 1500 3000)
while [ "$(date +%s)" -lt "$end" ]; do
  segment "${rates[RANDOM % 5]}" "${delays[RANDOM % 5]}" 30s
done

log "faults off; settling (cool-downs, the circuit breakers' 30 s pause)"
segment 0 0 60s
settle; sleep 5
read -r heap1 threads1 flights1 sessions1 < <(sample)
log "after: live heap $heap1 MB, $threads1 threads, $flights1 in a flight, $sessions1 sessions"

verdict=$(awk -v h0="$heap0" -v h1="$heap1" -v t0="$threads0" -v t1="$threads1" -v f="$flights1" -v s="$sessions1" \
  'BEGIN { ok = (h1 <= h0 * 1.25 + 8) && (t1 <= t0 + 8) && f == 0 && s == 0; print ok ? "back to baseline" : "NOT back to baseline" }')
RESULT_LINES+=("$(printf '%s\tsoak %s at %s req/s, vendor failing at random\tlive heap %s -> %s MB\tthreads %s -> %s\tin a flight %s -> %s\tsessions %s -> %s\t%s' \
  "$(date -u +%FT%TZ)" "$SOAK" "$RATE" "$heap0" "$heap1" "$threads0" "$threads1" "$flights0" "$flights1" \
  "$sessions0" "$sessions1" "$verdict")")
echo "${RESULT_LINES[-1]}"
save_results soak
[ "$verdict" = "back to baseline" ]
