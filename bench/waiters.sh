#!/usr/bin/env bash
# 7. A crowd waiting on a slow vendor: WAITERS requests (default 500) for one cold day while the vendor takes
#    VENDOR_DELAY_MS (20 s), longer than MENUS_WAIT_TIMEOUT (12 s). Meanwhile /api/v2/halls and a warm menu are
#    read at a paced rate: their p99 says whether the waiters took the threads everyone else needs. Every waiter
#    must be answered at its timeout (the stored copy, or 503 unavailable when none is stored). JVM threads and
#    the live heap (after a full GC) are read before, during and after: what one waiter costs, and that both
#    return to their baseline.
#    bash bench/waiters.sh         (WAITERS=500 VENDOR_DELAY_MS=20000 RATE=200 BACKEND=embedded|services BUILD=1)
source "$(dirname "$0")/lib.sh"
WAITERS=${WAITERS:-500}
VENDOR_DELAY_MS=${VENDOR_DELAY_MS:-20000}
RATE=${RATE:-200}
need_tools; build; start_stub; start_services
# The vendor may take longer than a waiter waits: otherwise the call fails first, and nobody waits it out.
start_app app MENUS_PREFETCH_DAYS=0 VENDOR_TIMEOUT=PT30S MENUS_WAIT_TIMEOUT=PT12S
base="http://127.0.0.1:$APP_PORT"
warm="/api/v2/menus?hall_id=frank&date=$BENCH_DATE"
curl -sf -o /dev/null "$base$warm"
DURATION=10s RATE=$RATE CONNS=8 run_wrk "$base/api/v2/halls" -s bench/paced.lua > /dev/null
DURATION=10s RATE=$RATE CONNS=8 run_wrk "$base$warm" -s bench/paced.lua > /dev/null

threads() { awk '/^Threads/ {print $2}' "/proc/$APP_PID/status"; }
# The heap's use after a full GC (the serial collector's lines: "def new generation" and "tenured generation" on
# JDK 17, "DefNew" and "Tenured" on JDK 25; G1's one "garbage-first heap" line; metaspace not counted).
live_heap_mb() {
  "$BENCH_JAVA_HOME/bin/jcmd" "$APP_PID" GC.run > /dev/null
  "$BENCH_JAVA_HOME/bin/jcmd" "$APP_PID" GC.heap_info | awk '/generation|^ *DefNew|^ *Tenured|garbage-first heap/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); s += v}} END {printf "%.1f", s / 1024}'
}
sample() { printf 'threads %s, live heap %s MB' "$(threads)" "$(live_heap_mb)"; }

# A first crowd of the same size, on another day, waits out its timeout too. Its paths (suspend, give up,
# answer) are then compiled before the measured crowd comes, as on a server that has run for a while, and the
# heap is read while it waits. Reading the live heap takes a full collection, a pause of its own: it is done
# here, not during the measured crowd.
vendor_delay "$VENDOR_DELAY_MS"
before=$(sample); log "before: $before"
python3 bench/burst.py "$WAITERS" "$base/api/v2/menus?hall_id=collins&date=2025-12-05" > /dev/null &
first_pid=$!
sleep 6
during=$(sample); log "during, $WAITERS waiting: $during"
wait "$first_pid"
# Its vendor call lands (and is parsed and stored) before the measured crowd comes.
sleep $(( VENDOR_DELAY_MS / 1000 - 10 ))
cold="/api/v2/menus?hall_id=collins&date=2025-12-04"
python3 bench/burst.py "$WAITERS" "$base$cold" > "$WORK/burst.out" &
burst_pid=$!
# Everyone else, for the whole wait and the moment the crowd is answered at its timeout (12 s in).
DURATION=16s
RATE=$RATE CONNS=8 run_wrk "$base/api/v2/halls" -s bench/paced.lua > "$WORK/halls.out" &
halls_pid=$!
RATE=$RATE CONNS=8 run_wrk "$base$warm" -s bench/paced.lua > "$WORK/warm.out" &
warm_pid=$!
wait "$halls_pid" "$warm_pid" "$burst_pid"
read -r _ _ halls99 < "$WORK/halls.out"
read -r _ _ warm99 < "$WORK/warm.out"
burst=$(cat "$WORK/burst.out")
log "the crowd: $burst"
vendor_delay 0
# The vendor's late answer lands, and idle pool threads end after their 60 s keep-alive.
sleep 75
after=$(sample); log "after: $after"
line=$(printf '%s\t%s waiters, vendor at %s ms, wait timeout 12 s\t%s\thalls p99 %s ms, warm menu p99 %s ms (each paced %s req/s for the 16 s of the wait and the answers)\tbefore: %s\tduring: %s\tafter: %s' \
  "$(date -u +%FT%TZ)" "$WAITERS" "$VENDOR_DELAY_MS" "$burst" "$halls99" "$warm99" "$RATE" "$before" "$during" "$after")
echo "$line"
RESULT_LINES+=("$line")
save_results waiters
