#!/usr/bin/env bash
# Deployment smoke test: deploys the built WAR (target/ROOT.war), unchanged, to each server below, each against
# PostgreSQL (a database of its own on 127.0.0.1:5432) and a Redis of its own, with the vendors served by
# bench/stub.py from the captures in src/test/resources/vendor, and checks what an operator would:
#   readiness UP, /api/v2/halls, a menu served from the vendor stub, the home page, an admin sign-in.
#
#   bash deploy/smoke.sh                      # all three servers
#   bash deploy/smoke.sh payara7 liberty      # some of them
#
# Servers:
#   payara7  Payara Micro 7.2026.11 on JDK 25 (the default runtime)
#   payara6  Payara Micro 6.2025.10 on JDK 17 (existing deployments)
#   liberty  Open Liberty 26.0.0.3 (webProfile-10.0 + MicroProfile features, deploy/liberty/server.xml) on JDK 25
# The servers come from Maven Central through Maven (the Liberty zip is 336 MB, unpacked once into
# ~/.cache/fivec-menus). JDKs are found by deploy/jdk.sh. Everything listens on 127.0.0.1 only, and everything
# started here is stopped on exit. Prints one line per check, a summary per server, and "N passed, N failed".
# Environment: WAR (default target/ROOT.war, built when missing), PGHOST/PGPORT (127.0.0.1:5432, user postgres,
# trust), BOOT_TIMEOUT (seconds, default 240), KEEP_WORK=1 keeps the logs in the work folder.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=jdk.sh
source deploy/jdk.sh

SERVERS=("$@")
[ ${#SERVERS[@]} -gt 0 ] || SERVERS=(payara7 payara6 liberty)
WAR=${WAR:-target/ROOT.war}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
BOOT_TIMEOUT=${BOOT_TIMEOUT:-240}
M2=${M2_REPO:-$HOME/.m2/repository}
LIBERTY_VERSION=26.0.0.3
LIBERTY_CACHE=${LIBERTY_CACHE:-$HOME/.cache/fivec-menus/openliberty-$LIBERTY_VERSION}
# The captures' week (as the tests and benchmarks use it): every hall has a menu on this date.
SMOKE_DATE=2025-12-02
SMOKE_CLOCK=${SMOKE_DATE}T12:15:00-08:00
ADMIN_USER=smoke
ADMIN_PASSWORD="smoke test password $RANDOM$RANDOM"

log() { printf '[smoke] %s\n' "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

WORK=$(mktemp -d /tmp/fivec-smoke.XXXXXX)
PIDS=()
STOPS=()
cleanup() {
  local stop pid
  for stop in "${STOPS[@]}"; do eval "$stop" >/dev/null 2>&1 || true; done
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  for db in "${DATABASES[@]}"; do
    psql -qtA -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -c "drop database if exists $db" >/dev/null 2>&1 || true
  done
  if [ -n "${KEEP_WORK:-}" ]; then log "logs kept in $WORK"; else rm -rf "$WORK"; fi
}
DATABASES=()
trap cleanup EXIT

# --- What every server needs -------------------------------------------------------------------------------

need() {
  command -v curl >/dev/null && command -v python3 >/dev/null && command -v psql >/dev/null \
    && command -v redis-server >/dev/null && command -v unzip >/dev/null && return
  log "curl, python3, psql, redis-server and unzip are needed: run bash .ci/services (and apt-get install unzip)"
  exit 2
}

build_war() {
  if [ ! -f "$WAR" ]; then
    log "building the WAR"
    mvn -B -q package -DskipTests
  fi
}

artifact() { # G:A:V[:type] -> path in the local repository, fetched when missing
  local g=${1%%:*} rest=${1#*:}; local a=${rest%%:*}; rest=${rest#*:}; local v=${rest%%:*} type=jar
  [ "$rest" != "$v" ] && type=${rest#*:}
  local path="$M2/${g//.//}/$a/$v/$a-$v.$type"
  if [ ! -f "$path" ]; then
    log "fetching $1 from Maven Central"
    mvn -B -q dependency:get -Dartifact="$1" -Dtransitive=false >/dev/null
  fi
  echo "$path"
}

start_stub() {
  STUB_PORT=$(free_port)
  python3 bench/stub.py "$STUB_PORT" src/test/resources/vendor > "$WORK/stub.log" 2>&1 &
  PIDS+=($!)
  local base="http://127.0.0.1:$STUB_PORT"
  STUB_ENV=(SODEXO_API_KEY=smoke "HALL_HOCH_SOURCE=$base/sodexo/menu?date={date}")
  for hall in collins malott mcconnell; do STUB_ENV+=("HALL_${hall^^}_SOURCE=$base/cafe/$hall/{date}/"); done
  for feed in Frank Frary Oldenborg; do STUB_ENV+=("HALL_${feed^^}_SOURCE=$base/eatec/$feed.json"); done
  for _ in $(seq 1 40); do curl -sf -o /dev/null "$base/_calls" && return; sleep 0.25; done
  log "the vendor stub did not start"; exit 1
}

stub_calls() {
  curl -sf "http://127.0.0.1:$STUB_PORT/_calls" |
    python3 -c 'import json,sys; print(sum(n for p, n in json.load(sys.stdin).items() if sys.argv[1] in p))' "$1"
}

admin_accounts() { # the ADMIN_ACCOUNTS entry, hashed as org.fivecmenus.admin.PasswordHashes does
  python3 - "$ADMIN_USER" "$ADMIN_PASSWORD" <<'PY'
import base64, hashlib, os, sys
salt = os.urandom(16)
digest = hashlib.pbkdf2_hmac("sha256", sys.argv[2].encode(), salt, 310000, 32)
b64 = lambda b: base64.b64encode(b).decode().rstrip("=")
print(f"{sys.argv[1]}:pbkdf2-sha256$310000${b64(salt)}${b64(digest)}")
PY
}

# A PostgreSQL database and a Redis of the server's own. Sets SERVICES_ENV.
start_services() {
  local name=$1 redis_port; redis_port=$(free_port)
  mkdir -p "$WORK/$name/redis"
  redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --dir "$WORK/$name/redis" \
    --daemonize no --logfile "$WORK/$name/redis.log" &
  PIDS+=($!)
  local db="menus_smoke_${name}_$$"
  DATABASES+=("$db")
  psql -qtA -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -c "create database $db" >/dev/null
  SERVICES_ENV=("DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$db" DB_USER=postgres DB_PASSWORD=unused
    "REDIS_URL=redis://127.0.0.1:$redis_port/0")
  for _ in $(seq 1 40); do [ "$(redis-cli -p "$redis_port" ping 2>/dev/null)" = PONG ] && return; sleep 0.25; done
  log "redis-server did not start"; exit 1
}

app_env() {
  APP_ENV=(PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 MALLOC_ARENA_MAX=2 MENUS_CLOCK_START="$SMOKE_CLOCK"
    MENUS_WARM_UP_TIMEOUT=PT60S "ADMIN_ACCOUNTS=$ACCOUNTS" "${STUB_ENV[@]}" "${SERVICES_ENV[@]}")
}

# --- The servers: each sets APP_PORT, APP_PID and APP_LOG ----------------------------------------------------

# The run command's boot commands (no product name in Server, Payara's OpenAPI off), and loopback only.
preboot() {
  { cat src/main/payara/preboot.asadmin
    printf 'set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1\n'
  } > "$WORK/$1/preboot.txt"
  echo "$WORK/$1/preboot.txt"
}

start_payara() { # name version min-jdk preferred-jdk
  local name=$1 version=$2 jar jdk
  jar=$(artifact "fish.payara.extras:payara-micro:$version")
  jdk=$(find_jdk "$3" "$4") || { SKIP_REASON="no JDK $3+ for Payara Micro $version"; return 1; }
  SERVER_DESC="Payara Micro $version on JDK $(jdk_version "$jdk")"
  APP_PORT=$(free_port); APP_LOG="$WORK/$name/server.log"
  cp "$WAR" "$WORK/$name/ROOT.war"
  # shellcheck disable=SC2046
  env -i "${APP_ENV[@]}" "$jdk/bin/java" $(jvm_options "$jdk") -jar "$jar" \
    $(tr '\n' ' ' < src/main/payara/micro.options) --port "$APP_PORT" --prebootcommandfile "$(preboot "$name")" \
    --deploy "$WORK/$name/ROOT.war" > "$APP_LOG" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
}

start_liberty() {
  local name=$1 jdk zip
  jdk=$(find_jdk 17 25) || { SKIP_REASON="no JDK 17+ for Open Liberty"; return 1; }
  SERVER_DESC="Open Liberty $LIBERTY_VERSION on JDK $(jdk_version "$jdk")"
  if [ ! -x "$LIBERTY_CACHE/wlp/bin/server" ]; then
    zip=$(artifact "io.openliberty:openliberty-runtime:$LIBERTY_VERSION:zip")
    log "unpacking Open Liberty into $LIBERTY_CACHE"
    rm -rf "$LIBERTY_CACHE.tmp" && mkdir -p "$LIBERTY_CACHE.tmp"
    unzip -q "$zip" -d "$LIBERTY_CACHE.tmp" && rm -rf "$LIBERTY_CACHE" && mv "$LIBERTY_CACHE.tmp" "$LIBERTY_CACHE"
  fi
  APP_PORT=$(free_port)
  # The server's configuration lives in this run's folder (WLP_USER_DIR), not in the installation.
  local usr="$WORK/$name/usr" server="$WORK/$name/usr/servers/menus"
  mkdir -p "$server/apps"
  cp deploy/liberty/server.xml deploy/liberty/jvm.options "$server/"
  cp "$WAR" "$server/apps/ROOT.war"
  APP_LOG="$server/logs/messages.log"
  env -i "${APP_ENV[@]}" JAVA_HOME="$jdk" WLP_USER_DIR="$usr" HTTP_HOST=127.0.0.1 HTTP_PORT="$APP_PORT" \
    "$LIBERTY_CACHE/wlp/bin/server" run menus > "$WORK/$name/console.log" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
  STOPS+=("env JAVA_HOME='$jdk' WLP_USER_DIR='$usr' '$LIBERTY_CACHE/wlp/bin/server' stop menus")
}

# --- The checks ----------------------------------------------------------------------------------------------

PASSED=0
FAILED=0
SUMMARY=()
check() { # server description command…
  local server=$1 what=$2; shift 2
  local out
  if out=$("$@" 2>&1); then
    PASSED=$((PASSED + 1)); printf '  ok    %-8s %s%s\n' "$server" "$what" "${out:+ ($out)}"
  else
    FAILED=$((FAILED + 1)); SERVER_FAILED=1; printf '  FAIL  %-8s %s: %s\n' "$server" "$what" "${out:-failed}"
  fi
}

url() { echo "http://127.0.0.1:$APP_PORT$1"; }

# Boot: the first 200 from /api/v2/halls, then readiness UP (the warm-up loads today's menus first).
await_boot() {
  local t0=$1 code
  BOOT_SECONDS="" READY_SECONDS=""
  for _ in $(seq 1 $((BOOT_TIMEOUT * 4))); do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the server exited"; return 1; }
    if [ -z "$BOOT_SECONDS" ]; then
      code=$(curl -s -o /dev/null -w '%{http_code}' "$(url /api/v2/halls)" || true)
      [ "$code" = 200 ] && BOOT_SECONDS=$(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $t0}")
    fi
    if [ -n "$BOOT_SECONDS" ]; then
      code=$(curl -s -o /dev/null -w '%{http_code}' "$(url /health/ready)" || true)
      if [ "$code" = 200 ]; then
        READY_SECONDS=$(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $t0}")
        echo "BOOT_SECONDS=$BOOT_SECONDS READY_SECONDS=$READY_SECONDS" > "$WORK/boot"
        echo "first 200 after $BOOT_SECONDS s, ready after $READY_SECONDS s"; return 0
      fi
    fi
    sleep 0.25
  done
  echo "BOOT_SECONDS=$BOOT_SECONDS READY_SECONDS=" > "$WORK/boot"
  echo "not up within $BOOT_TIMEOUT s (first 200: ${BOOT_SECONDS:-never}; readiness: $(curl -s "$(url /health/ready)" || echo no answer))"
  return 1
}

check_readiness() {
  local body; body=$(curl -sf "$(url /health/ready)") || { echo "readiness: $(curl -s -w ' %{http_code}' "$(url /health/ready)")"; return 1; }
  python3 -c '
import json, sys
r = json.loads(sys.argv[1]); checks = {c["name"]: c["status"] for c in r.get("checks", [])}
ok = r["status"] == "UP" and all(checks.get(n) == "UP" for n in ("database", "cache", "menus"))
print(" ".join(f"{n} {s}" for n, s in sorted(checks.items())))
sys.exit(0 if ok else 1)' "$body"
}

check_halls() {
  local body; body=$(curl -sf "$(url /api/v2/halls)") || { echo "HTTP $(curl -s -o /dev/null -w '%{http_code}' "$(url /api/v2/halls)")"; return 1; }
  python3 -c '
import json, sys
halls = json.loads(sys.argv[1]); halls = halls.get("halls", halls) if isinstance(halls, dict) else halls
ids = sorted(h["id"] for h in halls)
print(len(ids), "halls")
sys.exit(0 if ids == sorted(["collins", "frank", "frary", "hoch", "malott", "mcconnell", "oldenborg"]) else 1)' "$body"
}

check_menu() { # a menu served from the vendor stub (Pomona's feed, Frary)
  local after code
  code=$(curl -s -o "$WORK/menu.json" -w '%{http_code}' "$(url "/api/v2/menus?hall_id=frary&date=$SMOKE_DATE")")
  after=$(( $(stub_calls eatec/Frary) - STUB_BEFORE ))
  [ "$code" = 200 ] || { echo "HTTP $code: $(head -c 300 "$WORK/menu.json")"; return 1; }
  python3 -c '
import json, sys
m = json.load(open(sys.argv[1]))
dishes = sum(len(s.get("items", [])) for meal in m.get("meals", []) for s in meal.get("stations", []))
print("status %s, %d meals, %d dishes, %s vendor calls for Frary" % (m.get("status"), len(m.get("meals", [])), dishes, sys.argv[2]))
sys.exit(0 if m.get("status") == "ok" and dishes > 0 and int(sys.argv[2]) > 0 else 1)' "$WORK/menu.json" "$after" || return 1
}

check_home() {
  local code; code=$(curl -s -o "$WORK/home.html" -w '%{http_code}' "$(url /)")
  [ "$code" = 200 ] || { echo "HTTP $code"; return 1; }
  grep -q 'Frary' "$WORK/home.html" && ! grep -qi 'menus are unavailable' "$WORK/home.html" \
    || { echo "the page lacks the halls or says the menus are unavailable"; return 1; }
  echo "$(wc -c < "$WORK/home.html") bytes"
}

check_openapi() { # the document the build wrote, whichever server answers /openapi
  local code; code=$(curl -s -o "$WORK/openapi.json" -w '%{http_code}' -H 'Accept: application/json' "$(url /openapi)")
  [ "$code" = 200 ] || { echo "HTTP $code"; return 1; }
  python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
print(len(d.get("paths", {})), "paths")
sys.exit(0 if "/api/v2/menus" in d.get("paths", {}) else 1)' "$WORK/openapi.json"
}

check_sign_in() {
  local jar="$WORK/cookies.$RANDOM" token code
  token=$(curl -s -c "$jar" -b "$jar" "$(url /admin/login)" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  [ -n "$token" ] || { echo "no sign-in form"; return 1; }
  code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "_csrf=$token" --data-urlencode "username=$ADMIN_USER" --data-urlencode "password=$ADMIN_PASSWORD" \
    "$(url /admin/login)")
  [ "${code%% *}" = 302 ] || { echo "sign-in answered $code"; return 1; }
  code=$(curl -s -o "$WORK/admin.html" -w '%{http_code}' -c "$jar" -b "$jar" "$(url /admin)")
  [ "$code" = 200 ] && grep -qi 'sign out\|log out\|logout' "$WORK/admin.html" || { echo "/admin answered $code after sign-in"; return 1; }
  echo "302 then /admin 200"
}

rss_mb() { # the server JVM's resident memory (the java process under APP_PID)
  local pid=$APP_PID child
  child=$(pgrep -P "$pid" java 2>/dev/null | head -1 || true)
  [ -n "$child" ] && pid=$child
  awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$pid/status" 2>/dev/null || echo "?"
}

smoke() {
  local name=$1 t0
  mkdir -p "$WORK/$name"
  SERVER_FAILED=0 SKIP_REASON="" SERVER_DESC=$name
  start_services "$name"
  app_env
  STUB_BEFORE=$(stub_calls eatec/Frary)
  t0=$(date +%s.%N)
  if ! "start_$2" "$name" "${@:3}"; then
    FAILED=$((FAILED + 1)); SUMMARY+=("$name: NOT RUN: $SKIP_REASON"); log "$name: $SKIP_REASON"; return
  fi
  log "$SERVER_DESC on 127.0.0.1:$APP_PORT"
  rm -f "$WORK/boot"
  check "$name" "boots, deploys and turns ready" await_boot "$t0"
  # shellcheck disable=SC1091
  BOOT_SECONDS="" READY_SECONDS=""; [ -f "$WORK/boot" ] && source "$WORK/boot"
  if [ -n "$BOOT_SECONDS" ]; then
    check "$name" "readiness UP (database, cache, menus)" check_readiness
    check "$name" "/api/v2/halls lists the seven halls" check_halls
    check "$name" "a menu served from the vendor stub" check_menu
    check "$name" "the home page" check_home
    check "$name" "an admin signs in" check_sign_in
    check "$name" "/openapi describes the API" check_openapi
  fi
  local rss; rss=$(rss_mb)
  local severe; severe=$(grep -c -E 'SEVERE|ERROR | E ' "$APP_LOG" 2>/dev/null || true)
  SUMMARY+=("$name: $SERVER_DESC: $([ "$SERVER_FAILED" = 0 ] && echo PASS || echo FAIL); first 200 ${BOOT_SECONDS:-never} s, ready ${READY_SECONDS:-never} s, RSS ${rss} MB, ${severe:-0} SEVERE/ERROR log lines")
  if [ "$SERVER_FAILED" != 0 ]; then
    log "$name: last lines of $APP_LOG:"; tail -40 "$APP_LOG" >&2 || true
  fi
  # Stop it before the next one: two cores.
  kill "$APP_PID" 2>/dev/null || true
  local stop; for stop in "${STOPS[@]}"; do eval "$stop" >/dev/null 2>&1 || true; done
  STOPS=()
  wait "$APP_PID" 2>/dev/null || true
}

need
build_war
start_stub
ACCOUNTS=$(admin_accounts)
for server in "${SERVERS[@]}"; do
  case "$server" in
    payara7) smoke payara7 payara 7.2026.11 21 25 ;;
    payara6) smoke payara6 payara 6.2025.10 17 17 ;;
    liberty) smoke liberty liberty ;;
    *) log "unknown server $server (payara7, payara6, liberty)"; exit 2 ;;
  esac
done
echo
printf '%s\n' "${SUMMARY[@]}"
echo "smoke: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
