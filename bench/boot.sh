#!/usr/bin/env bash
# 9. Boot and memory, runtime against runtime. BOOTS fresh boots (default 5) of each setup in SETUPS on the embedded
#    default, in rounds (one boot of each setup per round, so that the machine's drift falls on all alike), each timed
#    from the JVM's start to the first 200 of /api/v2/halls. After its last boot each setup takes the warm load (the
#    API day, the home page and a hall page, identity then gzip, WARM_LOAD each, 32 connections), and its resident set
#    is read. Every boot starts on a fresh runtime directory and an empty embedded database.
#      payara6      Payara Micro 6.2025.10 on JDK 17, the old runtime
#      payara7      Payara Micro 7.2026.11 on JDK 25 as `java -jar payara-micro.jar` (the run command's way)
#      payara7-aot  the same through Payara's unpacked launcher (--outputlauncher), with a JDK 25 AOT cache
#                   (JEP 483/514) made by one training run here first (the Docker image's way)
#    Each setup runs the project's flags (src/main/payara/jvm.options, as its JDK takes them); FLAGS_<setup> (e.g.
#    FLAGS_payara7="-Xmx160m …") replaces them for that setup, to compare flags.
#    bash bench/boot.sh            (SETUPS="payara6 payara7 payara7-aot" BOOTS=5 WARM_LOAD=15s BUILD=1)
source "$(dirname "$0")/lib.sh"
SETUPS=${SETUPS:-payara6 payara7 payara7-aot}
BOOTS=${BOOTS:-5}
WARM_LOAD=${WARM_LOAD:-15s}
need_tools; build; start_stub

jar_of() { echo "$HOME/.m2/repository/fish/payara/extras/payara-micro/$1/payara-micro-$1.jar"; }
fetch_jar() {
  [ -f "$(jar_of "$1")" ] ||
    mvn -B -q dependency:get -Dartifact="fish.payara.extras:payara-micro:$1" -Dtransitive=false >/dev/null
}

declare -A SETUP_JAVA SETUP_JAR SETUP_FLAGS
# Sets the setup's java, jar and flags; payara7-aot also makes its launcher and trains its AOT cache.
prepare() {
  local setup=$1 version jdk
  case "$setup" in
    payara6) version=6.2025.10; jdk=$(find_jdk 17 17) ;;
    payara7 | payara7-aot) version=7.2026.11; jdk=$(find_jdk 25 25) ;;
    *) log "unknown setup '$setup'"; exit 1 ;;
  esac
  fetch_jar "$version"
  local override="FLAGS_${setup//-/_}"
  SETUP_JAVA[$setup]="$jdk/bin/java"
  SETUP_JAR[$setup]=$(jar_of "$version")
  SETUP_FLAGS[$setup]=${!override:-$(jvm_options "$jdk")}
  [ "$setup" = payara7-aot ] && train_aot_cache
  return 0
}

# The launcher and its AOT cache come from deploy/aot-cache.sh (as in the Docker image), trained on the vendor stub.
# A pristine copy of the launcher's folder is kept: each boot starts from it, as a container starts from its image.
train_aot_cache() {
  local dir="$WORK/aot" setup=payara7-aot
  # shellcheck disable=SC2086
  env -i PATH="$PATH" HOME="$HOME" MALLOC_ARENA_MAX=2 MENUS_CLOCK_START="$BENCH_CLOCK" "${STUB_ENV[@]}" \
    bash deploy/aot-cache.sh "${SETUP_JAVA[$setup]}" "${SETUP_JAR[$setup]}" target/ROOT.war "$dir" ${SETUP_FLAGS[$setup]}
  cp -a "$dir/launcher" "$dir/pristine"
  SETUP_JAR[$setup]="$dir/launcher/launch-micro.jar"
  SETUP_FLAGS[$setup]="${SETUP_FLAGS[$setup]} -XX:AOTCache=$dir/app.aot"
}

# Points start_app at the setup (extra JVM flags may follow).
use() {
  local setup=$1; shift
  JAVA=${SETUP_JAVA[$setup]}
  JAR=${SETUP_JAR[$setup]}
  APP_JVM_FLAGS="${SETUP_FLAGS[$setup]} $*"
  if [ "$setup" = payara7-aot ] && [ -d "$WORK/aot/pristine" ]; then
    rm -rf "$WORK/aot/launcher"
    cp -a "$WORK/aot/pristine" "$WORK/aot/launcher"
  fi
}

warm_load() {
  local base="http://127.0.0.1:$APP_PORT"
  for path in "/api/v2/menus?hall_id=frank&date=$BENCH_DATE" "/?date=$BENCH_DATE" "/halls/collins?date=$BENCH_DATE"; do
    DURATION=$WARM_LOAD run_wrk "$base$path" > /dev/null
    DURATION=$WARM_LOAD run_wrk "$base$path" -H 'Accept-Encoding: gzip' > /dev/null
  done
}

for setup in $SETUPS; do prepare "$setup"; done
declare -A BOOT_TIMES RSS
for round in $(seq 1 "$BOOTS"); do
  for setup in $SETUPS; do
    use "$setup"
    start_app "$setup-$round"
    BOOT_TIMES[$setup]="${BOOT_TIMES[$setup]:-} $BOOT_SECONDS"
    if [ "$round" = "$BOOTS" ]; then
      for _ in $(seq 1 240); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/health/ready")" = 200 ] && break
        sleep 0.25
      done
      RSS[$setup]="after boot $(rss_mb "$APP_PID") MB"
      warm_load
      RSS[$setup]="${RSS[$setup]}, after the warm load $(rss_mb "$APP_PID") MB"
    fi
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  done
done

for setup in $SETUPS; do
  # shellcheck disable=SC2086
  times=$(printf '%s\n' ${BOOT_TIMES[$setup]})
  line=$(printf '%s\t%s (%s)\tboot to first 200: median %s s (%s)\tRSS %s\tflags %s' \
    "$(date -u +%FT%TZ)" "$setup" "$("${SETUP_JAVA[$setup]}" -version 2>&1 | head -1)" \
    "$(median <<<"$times")" "$(tr '\n' ' ' <<<"$times" | sed 's/ $//')" "${RSS[$setup]}" "${SETUP_FLAGS[$setup]}")
  echo "$line"
  RESULT_LINES+=("$line")
done
save_results boot
