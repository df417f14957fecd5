#!/usr/bin/env bash
# Makes Payara Micro's unpacked launcher in DIR/launcher and a JDK 25 AOT cache for it, DIR/app.aot (JEP 483/514):
# one training run boots the WAR there, asks for its pages and API, and stops it; the JVM writes the cache as it
# exits. DIR/launcher is then put back as it was before the run (no database, nothing deployed), so that every
# boot starts fresh, as a container starts from its image. Used by the Dockerfile and bench/boot.sh.
#   bash deploy/aot-cache.sh JAVA PAYARA_MICRO_JAR WAR DIR [JVM flag…]
# Boot it with the same JAVA and flags, plus -XX:AOTCache=DIR/app.aot, and -jar DIR/launcher/launch-micro.jar; the
# cache holds the classes of the launcher's class path (Payara's), not the WAR's, which its class loader reads.
# The environment passes to the training run: give it the vendor addresses it should use (or none: the classes
# load all the same when the vendors fail). It listens on 127.0.0.1 only and stops within four minutes.
set -euo pipefail
[ $# -ge 4 ] || { echo "usage: $0 JAVA PAYARA_MICRO_JAR WAR DIR [JVM flag…]" >&2; exit 2; }
java=$1 jar=$2 war=$3 dir=$4
shift 4
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
options=${MICRO_OPTIONS:-$here/src/main/payara/micro.options}
preboot=${PREBOOT:-$here/src/main/payara/preboot.asadmin}

log() { printf '[aot-cache] %s\n' "$*" >&2; }

# HTTP status of a GET on loopback, without curl (the JRE image has none).
status() {
  local port=$1 path=$2 line
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || { echo 000; return; }
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
  IFS= read -r -t 30 line <&3 || line=""
  exec 3<&- 3>&-
  line=${line#HTTP/1.? }
  echo "${line:0:3}"
}

mkdir -p "$dir"
rm -rf "$dir/launcher" "$dir/pristine" "$dir/app.aot"
# shellcheck disable=SC2046
"$java" -jar "$jar" --rootdir "$dir/launcher" --outputlauncher $(tr '\n' ' ' < "$options") > "$dir/outputlauncher.log" 2>&1
[ -f "$dir/launcher/launch-micro.jar" ] || { log "Payara Micro made no launcher:"; cat "$dir/outputlauncher.log" >&2; exit 1; }
cp -a "$dir/launcher" "$dir/pristine"

port=$(( 20000 + RANDOM % 20000 ))
{ cat "$preboot"
  printf 'set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1\n'
} > "$dir/preboot.txt"
# shellcheck disable=SC2046
"$java" "$@" "-XX:AOTCacheOutput=$dir/app.aot" -jar "$dir/launcher/launch-micro.jar" $(tr '\n' ' ' < "$options") \
  --port "$port" --prebootcommandfile "$dir/preboot.txt" --deploy "$war" > "$dir/training.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 720); do
  [ "$(status "$port" /api/v2/halls)" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || { log "the training run ended early:"; tail -30 "$dir/training.log" >&2; exit 1; }
  sleep 0.25
done
[ "$(status "$port" /api/v2/halls)" = 200 ] || { log "the training run did not start"; tail -30 "$dir/training.log" >&2; exit 1; }
# Readiness waits for today's menus, or gives up at its warm-up timeout.
for _ in $(seq 1 240); do [ "$(status "$port" /health/ready)" = 200 ] && break; sleep 0.25; done
today=$(date +%F)
for path in / "/?date=$today" /api/v2/halls /api/v2/open-now "/api/v2/menus?hall_id=frank&date=$today" \
    /halls/collins /open-now "/search?q=pizza" /admin/login /openapi /health/ready /static/manifest.webmanifest; do
  status "$port" "$path" > /dev/null
done
kill "$pid"
wait "$pid" 2>/dev/null || true
trap - EXIT
[ -f "$dir/app.aot" ] || { log "no AOT cache was written:"; tail -30 "$dir/training.log" >&2; exit 1; }
rm -rf "$dir/launcher"
mv "$dir/pristine" "$dir/launcher"
log "$dir/app.aot: $(( $(stat -c %s "$dir/app.aot") / 1048576 )) MB, for $java and $dir/launcher/launch-micro.jar"
