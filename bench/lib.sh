# Shared by the bench/ scripts: a vendor stub serving the real captures as of one date, the app on loopback
# with the project's JVM flags, nginx serving the very same bytes, and wrk runs in alternating reps.
# Everything listens on 127.0.0.1 only, and every process started here is stopped on exit.
# shellcheck shell=bash

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The day the captures are served for: the Pomona feed covers 2025-12-01..07; the Bon Appétit pages and the
# Sodexo answer are re-dated to it, so all seven halls have a full day.
BENCH_DATE=${BENCH_DATE:-2025-12-02}
BENCH_CLOCK=${BENCH_CLOCK:-${BENCH_DATE}T12:15:00-08:00}
DURATION=${DURATION:-8s}
# 45 s: on a slow day 15 s left C2 still compiling the path through the first two reps (BENCHMARKS.md).
WARMUP=${WARMUP:-45s}
REPS=${REPS:-3}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
BACKEND=${BACKEND:-embedded}          # embedded (H2, in-process cache) or services (own Redis + PostgreSQL)
BUILD=${BUILD:-1}
# The default runtime: Payara Micro 7.2026.11 on JDK 25 (found by deploy/jdk.sh). PAYARA_VERSION=6.2025.10 with a
# JDK 17 (BENCH_JAVA_HOME) measures the old one.
PAYARA_VERSION=${PAYARA_VERSION:-7.2026.11}
JAR="${PAYARA_MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar}"
# shellcheck source=../deploy/jdk.sh
source deploy/jdk.sh
if [ -z "${BENCH_JAVA_HOME:-}" ]; then
  case "$PAYARA_VERSION" in 6.*) BENCH_JAVA_HOME=$(find_jdk 17 17) ;; *) BENCH_JAVA_HOME=$(find_jdk 21 25) ;; esac
fi
JAVA="$BENCH_JAVA_HOME/bin/java"
RESULTS_DIR=bench/results
# The JVM flags of the run command and the Dockerfile (README, "JVM flags"), as the bench's JDK takes them.
APP_JVM_FLAGS=${APP_JVM_FLAGS:-$(jvm_options "$BENCH_JAVA_HOME")}

log() { printf '[bench] %s\n' "$*" >&2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

need_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v nginx >/dev/null || missing+=(nginx-light)
  command -v curl >/dev/null || missing+=(curl)
  if ((${#missing[@]})); then
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; }
  fi
}

WORK=$(mktemp -d /tmp/fivec-bench.XXXXXX)
chmod 755 "$WORK"  # nginx workers run as nobody
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 0.5
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

build() {
  if [ "$BUILD" = 1 ] || [ ! -f target/ROOT.war ]; then
    log "building the WAR"
    mvn -B -q clean package -DskipTests
  fi
  [ -f "$JAR" ] || mvn -B -q dependency:get -Dartifact=fish.payara.extras:payara-micro:$PAYARA_VERSION -Dtransitive=false >/dev/null
}

# The vendor stub (bench/stub.py): the real captures for any date, every call counted by path, and a delay that
# can be set while it runs. Sets STUB_PORT, STUB_ENV.
start_stub() {
  STUB_PORT=$(free_port)
  python3 bench/stub.py "$STUB_PORT" src/test/resources/vendor > "$WORK/stub.log" 2>&1 &
  PIDS+=($!)
  local base="http://127.0.0.1:$STUB_PORT"
  STUB_ENV=(SODEXO_API_KEY=bench HALL_HOCH_SOURCE="$base/sodexo/menu?date={date}")
  for hall in collins malott mcconnell; do
    STUB_ENV+=("HALL_${hall^^}_SOURCE=$base/cafe/$hall/{date}/")
  done
  for feed in Frank Frary Oldenborg; do
    STUB_ENV+=("HALL_${feed^^}_SOURCE=$base/eatec/$feed.json")
  done
  for _ in $(seq 1 40); do curl -sf -o /dev/null "$base/_calls" && return; sleep 0.25; done
  log "the vendor stub did not start"; exit 1
}

# Vendor calls so far: all of them, or those whose path contains $1.
vendor_calls() {
  curl -sf "http://127.0.0.1:$STUB_PORT/_calls" |
    python3 -c 'import json,sys; print(sum(n for p, n in json.load(sys.stdin).items() if sys.argv[1] in p))' "${1:-}"
}

# Waits until the app has stopped calling the vendor for 3 s (at most 60 s): reading today's menu reads the
# week ahead in the background, and that one-off work must not fall into the measured reps.
settle() {
  local last=-1 still=0 now
  for _ in $(seq 1 60); do
    now=$(vendor_calls)
    if [ "$now" = "$last" ]; then still=$((still + 1)); [ "$still" -ge 3 ] && return; else still=0; fi
    last=$now; sleep 1
  done
}

vendor_delay() { curl -sf -o /dev/null "http://127.0.0.1:$STUB_PORT/_delay?ms=$1"; }

# Own Redis and PostgreSQL databases for BACKEND=services: a private redis-server on a free port, and a
# throwaway database on the local PostgreSQL. Sets SERVICES_ENV.
start_services() {
  SERVICES_ENV=()
  [ "$BACKEND" = services ] || return 0
  local redis_port; redis_port=$(free_port)
  redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --dir "$WORK" \
    --daemonize no --logfile "$WORK/redis.log" &
  PIDS+=($!)
  local db=menus_bench
  psql -qtA -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $db" >/dev/null
  psql -qtA -h 127.0.0.1 -U postgres -d postgres -c "create database $db" >/dev/null
  SERVICES_ENV=(DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER=postgres REDIS_URL="redis://127.0.0.1:$redis_port/0")
  for _ in $(seq 1 40); do [ "$(redis-cli -p "$redis_port" ping 2>/dev/null)" = PONG ] && return; sleep 0.25; done
}

# Starts the app (name, extra env…). Sets APP_PORT, APP_PID, BOOT_SECONDS.
start_app() {
  local name=$1; shift
  APP_PORT=$(free_port)
  { cat src/main/payara/preboot.asadmin
    printf 'set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1\n'
  } > "$WORK/preboot.txt"
  local t0; t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  env -i PATH="$PATH" HOME="$HOME" MALLOC_ARENA_MAX=2 MENUS_CLOCK_START="$BENCH_CLOCK" "${STUB_ENV[@]}" "${SERVICES_ENV[@]}" "$@" \
    "$JAVA" $APP_JVM_FLAGS -jar "$JAR" $(tr '\n' ' ' < src/main/payara/micro.options) --port "$APP_PORT" \
      --prebootcommandfile "$WORK/preboot.txt" --deploy target/ROOT.war > "$WORK/$name.log" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
  for _ in $(seq 1 480); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/api/v2/halls")" = 200 ]; then
      BOOT_SECONDS=$(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $t0}")
      log "app '$name' up on $APP_PORT in $BOOT_SECONDS s"
      return
    fi
    kill -0 "$APP_PID" 2>/dev/null || { log "the app exited"; tail -50 "$WORK/$name.log"; exit 1; }
    sleep 0.25
  done
  log "the app did not start"; tail -50 "$WORK/$name.log"; exit 1
}

# Waits (at most 60 s) until PATH's page is complete: every hall's card has its menu, none says "Still fetching".
until_complete() {
  local body
  for _ in $(seq 1 240); do
    body=$(curl -s "http://127.0.0.1:$APP_PORT$1")
    grep -q "Still fetching" <<<"$body" || return 0
    sleep 0.25
  done
  log "$1 still says 'Still fetching' after 60 s"; exit 1
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }

# An nginx of its own in $WORK/NAME, with the http{} body read from stdin; returns once READY_URL answers.
run_nginx() {
  local name=$1 ready=$2 dir="$WORK/$1"
  mkdir -p "$dir"
  {
    cat <<CONF
worker_processes 2;
worker_rlimit_nofile 8192;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $dir; proxy_temp_path $dir; fastcgi_temp_path $dir; uwsgi_temp_path $dir; scgi_temp_path $dir;
CONF
    cat
    echo '}'
  } > "$dir/nginx.conf"
  nginx -c "$dir/nginx.conf" &
  PIDS+=($!)
  for _ in $(seq 1 40); do curl -s -o /dev/null "$ready" && return; sleep 0.1; done
}

# nginx on a free port serving $WORK/www, precompressed .gz files when asked for gzip. Sets NGINX_PORT.
start_nginx() {
  NGINX_PORT=$(free_port)
  mkdir -p "$WORK/www"; chmod 755 "$WORK/www"
  run_nginx nginx "http://127.0.0.1:$NGINX_PORT/" <<CONF
  types { application/json json; text/html html; text/css css; }
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; gzip_static on; }
CONF
}

# nginx on a free port balancing round-robin over the app ports given. Sets BALANCER_PORT.
start_balancer() {
  BALANCER_PORT=$(free_port)
  local servers=""
  for port in "$@"; do servers+="server 127.0.0.1:$port; "; done
  run_nginx balancer "http://127.0.0.1:$BALANCER_PORT/api/v2/halls" <<CONF
  upstream app { $servers}
  server {
    listen 127.0.0.1:$BALANCER_PORT backlog=4096;
    location / { proxy_pass http://app; proxy_read_timeout 60s; proxy_next_upstream off; }
  }
CONF
}

# Copies what the app answers at PATH into nginx's root as NAME (identity, and NAME.gz as the app gzips it).
capture() {
  local name=$1 path=$2
  curl -sf -o "$WORK/www/$name" "http://127.0.0.1:$APP_PORT$path"
  curl -sf -H 'Accept-Encoding: gzip' -o "$WORK/www/$name.gz" "http://127.0.0.1:$APP_PORT$path"
  printf '%s' "$(wc -c < "$WORK/www/$name")"
}

# wrk against URL; prints "req_per_s p50_ms p99_ms". Extra args go to wrk.
run_wrk() {
  local url=$1; shift
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url")
  echo "$out" >> "$WORK/wrk.log"
  local rps; rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  local p50 p99
  p50=$(awk '$1=="50%" {print $2}' <<<"$out" | to_ms)
  p99=$(awk '$1=="99%" {print $2}' <<<"$out" | to_ms)
  local errors; errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  [ -z "$errors" ] || log "wrk reported: $errors"
  echo "$rps $p50 $p99"
}

to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; printf "%.2f", v}'; }

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.4f\n", (a[NR/2]+a[NR/2+1])/2}'; }

RESULT_LINES=()
# Alternating reps of the app and nginx on the same bytes. pair NAME PATH [wrk args…]
pair() {
  local name=$1 path=$2; shift 2
  local size; size=$(capture "$name" "$path")
  # The JIT compiles the path first: an untimed run, so rep 1 measures the same code as rep 3.
  DURATION=$WARMUP run_wrk "http://127.0.0.1:$APP_PORT$path" "$@" > /dev/null
  local app_rps=() ngx_rps=() ratios=() app_p99=() ngx_p99=()
  for rep in $(seq 1 "$REPS"); do
    read -r a a50 a99 < <(run_wrk "http://127.0.0.1:$APP_PORT$path" "$@")
    read -r n n50 n99 < <(run_wrk "http://127.0.0.1:$NGINX_PORT/$name" "$@")
    local r; r=$(awk "BEGIN{printf \"%.3f\", $a / $n}")
    log "$name rep $rep: app $a req/s (p99 $a99 ms), nginx $n req/s (p99 $n99 ms), ratio $r"
    app_rps+=("$a"); ngx_rps+=("$n"); ratios+=("$r"); app_p99+=("$a99"); ngx_p99+=("$n99")
  done
  local line
  line=$(printf '%s\t%s\t%s B\tapp %s req/s\tnginx %s req/s\tratio %s (reps %s)\tapp p99 %s ms\tnginx p99 %s ms' \
    "$(date -u +%FT%TZ)" "$name" "$size" \
    "$(printf '%s\n' "${app_rps[@]}" | median)" "$(printf '%s\n' "${ngx_rps[@]}" | median)" \
    "$(printf '%s\n' "${ratios[@]}" | median)" "$(IFS=,; echo "${ratios[*]}")" \
    "$(printf '%s\n' "${app_p99[@]}" | median)" "$(printf '%s\n' "${ngx_p99[@]}" | median)")
  RESULT_LINES+=("$line")
  echo "$line"
}

# p99 at half the app's own peak: wrk paced by bench/paced.lua. paced NAME PATH PEAK_RPS
paced() {
  local name=$1 path=$2 peak=$3
  local rate; rate=$(awk "BEGIN{printf \"%d\", $peak / 2}")
  read -r a a50 a99 < <(RATE=$rate CONNS=$CONNECTIONS run_wrk "http://127.0.0.1:$APP_PORT$path" -s bench/paced.lua)
  local line
  line=$(printf '%s\t%s\tpaced at %s req/s (half of %s)\tgot %s req/s\tp50 %s ms\tp99 %s ms' \
    "$(date -u +%FT%TZ)" "$name" "$rate" "$peak" "$a" "$a50" "$a99")
  RESULT_LINES+=("$line")
  echo "$line"
}

# Appends this run's lines to bench/results/NAME.tsv with the machine and commit.
save_results() {
  local file="$RESULTS_DIR/$1.tsv"
  mkdir -p "$RESULTS_DIR"
  {
    printf '# %s  commit %s%s  Payara Micro %s on JDK %s  backend %s  %s cores  wrk -t%s -c%s -d%s x%s reps  jvm: %s\n' \
      "$(date -u +%FT%TZ)" "$(git rev-parse --short HEAD)" "$(git diff --quiet || echo '+dirty')" "$PAYARA_VERSION" \
      "$(jdk_version "$BENCH_JAVA_HOME")" "$BACKEND" "$(nproc)" "$THREADS" "$CONNECTIONS" "$DURATION" "$REPS" "$APP_JVM_FLAGS"
    printf '%s\n' "${RESULT_LINES[@]}"
  } >> "$file"
  log "appended to $file"
}
