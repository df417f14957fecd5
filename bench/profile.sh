#!/usr/bin/env bash
# Profiles one warm path: starts the app on the captures, warms PATH up, records DURATION of wrk load on it
# and prints where the CPU went: the hottest frames, and the time by layer (ours, Jersey, Thymeleaf, security,
# Grizzly, socket writes, JIT, GC).
#   bash bench/profile.sh '/api/v2/menus?hall_id=collins&date=2025-12-02'   (BACKEND=embedded|services)
# PROFILER=async (default) uses async-profiler from Maven Central (tools.profiler:async-profiler), which sees
# native frames too; PROFILER=jfr uses the JDK's Flight Recorder, sampling every millisecond.
source "$(dirname "$0")/lib.sh"
path=${1:?usage: bench/profile.sh PATH [wrk args…]}; shift
PROFILER=${PROFILER:-async}
need_tools; build; start_stub; start_services; start_app app
curl -s -o /dev/null "http://127.0.0.1:$APP_PORT$path"
DURATION=$WARMUP run_wrk "http://127.0.0.1:$APP_PORT$path" "$@" > /dev/null
if [ "$PROFILER" = async ]; then
  ap_jar=$HOME/.m2/repository/tools/profiler/async-profiler/4.2/async-profiler-4.2.jar
  [ -f "$ap_jar" ] || mvn -B -q dependency:get -Dartifact=tools.profiler:async-profiler:4.2 >/dev/null
  (cd "$WORK" && unzip -q -o "$ap_jar" 'linux-x64/*')
  lib="$WORK/linux-x64/libasyncProfiler.so"
  # jcmd reads name=value pairs itself: the agent's options go in quotes.
  jcmd "$APP_PID" JVMTI.agent_load "$lib" "\"start,event=itimer,interval=1ms\"" > /dev/null
  read -r rps p50 p99 < <(run_wrk "http://127.0.0.1:$APP_PORT$path" "$@")
  jcmd "$APP_PID" JVMTI.agent_load "$lib" "\"stop,file=$WORK/stacks.txt,collapsed\"" > /dev/null
  sleep 1
else
  jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  sed 's|<setting name="period" control="method-sampling-java-interval">10 ms</setting>|<setting name="period" control="method-sampling-java-interval">1 ms</setting>|' \
    "$jdk/lib/jfr/profile.jfc" > "$WORK/sampling.jfc"
  jcmd "$APP_PID" JFR.start name=bench settings="$WORK/sampling.jfc" filename="$WORK/bench.jfr" > /dev/null
  read -r rps p50 p99 < <(run_wrk "http://127.0.0.1:$APP_PORT$path" "$@")
  jcmd "$APP_PID" JFR.stop name=bench > /dev/null
  # Collapse JFR's stacks (top frame first) into async-profiler's form (root first, one line per stack).
  jfr print --events jdk.ExecutionSample --stack-depth 96 "$WORK/bench.jfr" | awk '
    /stackTrace = \[/ {n=0; next}
    /^[ \t]+[a-zA-Z_$][^ ]*\(.*\)/ {f=$1; sub(/\(.*/, "", f); gsub(/\./, "/", f); s[n++]=f; next}
    /^[ \t]*\]/ && n>0 {line=s[n-1]; for (i=n-2;i>=0;i--) line=line ";" s[i]; print line " 1"; n=0}' \
    | sort | uniq -c | awk '{c=$1; $1=""; sub(/^ /,""); sub(/ 1$/,""); print $0 " " c}' > "$WORK/stacks.txt"
fi
log "under the profiler: $rps req/s, p50 $p50 ms, p99 $p99 ms"
[ -z "${STACKS_OUT:-}" ] || cp "$WORK/stacks.txt" "$STACKS_OUT"
python3 - "$WORK/stacks.txt" <<'PY'
import collections, sys
layers = [  # first match wins, tested against the whole stack
    ("JIT compiler", lambda s, top: "CompileBroker" in s or "C2Compiler" in s or "Compilation::" in s),
    ("GC", lambda s, top: "GCTaskThread" in s or "VM_GC" in s or "G1" in top or "SerialHeap" in s or "DefNew" in s),
    ("Thymeleaf (rendering)", lambda s, top: "org/thymeleaf" in s),
    ("our code (org.fivecmenus)", lambda s, top: "org/fivecmenus" in s.split("ApplicationFilterChain.internalDoFilter")[-1]
        and "ServletContainer.service" not in s),
    ("Jersey (JAX-RS)", lambda s, top: "ServletContainer.service" in s),
    ("Jakarta Security / JASPIC", lambda s, top: "soteria" in s or "JaspicRealm" in s or "AuthenticatorBase" in s),
    ("socket writes", lambda s, top: "write" in top.lower() and ("Socket" in s or "NIO" in s or "__GI_write" in top)),
    ("servlet container (Catalina, filters)", lambda s, top: "catalina" in s),
    ("Grizzly HTTP (parse, encode, select)", lambda s, top: "grizzly" in s),
]
totals, tops = collections.Counter(), collections.Counter()
for line in open(sys.argv[1]):
    stack, _, n = line.rstrip().rpartition(" ")
    if not n.isdigit():
        continue
    n = int(n); frames = stack.split(";"); top = frames[-1]
    tops[top] += n
    totals[next((name for name, test in layers if test(stack, top)), "other")] += n
all_ = sum(totals.values()) or 1
print("== CPU by layer (%d samples) ==" % all_)
for name, n in totals.most_common():
    print("%6.1f%%  %s" % (100.0 * n / all_, name))
print("== hottest frames ==")
for frame, n in tops.most_common(int(__import__("os").environ.get("TOP", "20"))):
    print("%6.1f%%  %s" % (100.0 * n / all_, frame[:140]))
PY
