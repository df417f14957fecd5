#!/usr/bin/env bash
# Profiles one warm path with JFR: starts the app on the captures, warms PATH up, records DURATION of wrk load
# on it, and prints the methods most often on top of the stack (and the top frames of our own code).
#   bash bench/profile.sh '/api/v2/menus?hall_id=collins&date=2025-12-02'   (BACKEND=embedded|services)
source "$(dirname "$0")/lib.sh"
path=${1:?usage: bench/profile.sh PATH [wrk args…]}; shift
need_tools; build; start_stub; start_services; start_app app
curl -s -o /dev/null "http://127.0.0.1:$APP_PORT$path"
run_wrk "http://127.0.0.1:$APP_PORT$path" "$@" > /dev/null   # JIT warm-up
# JDK 17's "profile" settings sample every 10 ms; every millisecond gives a profile worth reading in seconds.
jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
sed 's|<setting name="period" control="method-sampling-java-interval">10 ms</setting>|<setting name="period" control="method-sampling-java-interval">1 ms</setting>|' \
  "$jdk/lib/jfr/profile.jfc" > "$WORK/sampling.jfc"
jcmd "$APP_PID" JFR.start name=bench settings="$WORK/sampling.jfc" filename="$WORK/bench.jfr" > /dev/null
read -r rps p50 p99 < <(run_wrk "http://127.0.0.1:$APP_PORT$path" "$@")
jcmd "$APP_PID" JFR.stop name=bench > /dev/null
log "under the profiler: $rps req/s, p50 $p50 ms, p99 $p99 ms"
jfr print --events jdk.ExecutionSample --stack-depth 64 "$WORK/bench.jfr" > "$WORK/samples.txt"
[ -z "${SAMPLES_OUT:-}" ] || cp "$WORK/samples.txt" "$SAMPLES_OUT"
samples=$(grep -c 'jdk.ExecutionSample' "$WORK/samples.txt")
echo "== $samples samples; top frames (self) =="
awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' "$WORK/samples.txt" \
  | sort | uniq -c | sort -rn | head -${TOP:-25}
echo "== frames of org.fivecmenus, org.thymeleaf, yasson, jersey anywhere on the stack (inclusive) =="
awk '/jdk.ExecutionSample/ {delete seen} /^[ \t]+(org\.fivecmenus|org\.thymeleaf\.TemplateEngine\.process|org\.eclipse\.yasson\.internal\.(Serialization|Deserialization)Context|org\.glassfish\.jersey\.servlet\.ServletContainer\.service|sun\.security\.provider\.SHA2|java\.util\.zip)/ {
    f=$0; sub(/^[ \t]+/, "", f); sub(/line:.*/, "", f); if (!(f in seen)) {seen[f]=1; print f}}' "$WORK/samples.txt" \
  | sort | uniq -c | sort -rn | head -${TOP:-25}
