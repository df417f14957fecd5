#!/usr/bin/env bash
# Benchmark of /api/v2/menus on the embedded default, on loopback only, bounded in time:
#   1. a stampede: CONCURRENT cold requests for one hall and date, counting the vendor downloads (expect 1);
#   2. DURATION of wrk load on that cached menu, reporting throughput and latency.
# The vendor is a local static server holding the real Pomona captures; the app's clock starts in their week.
#   bash bench/menus-load.sh            (DURATION=10s CONNECTIONS=32 CONCURRENT=100 PORT=18080 STUB_PORT=18999)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
CONCURRENT=${CONCURRENT:-100}
PORT=${PORT:-18080}
STUB_PORT=${STUB_PORT:-18999}
JAR="$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar"

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
mvn -B -q package -DskipTests

work=$(mktemp -d)
cleanup() { kill "${app:-}" "${stub:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

mkdir -p "$work/eatec"
for hall in frank frary oldenborg; do
  feed="$(tr '[:lower:]' '[:upper:]' <<<"${hall:0:1}")${hall:1}"
  { printf '/**/ menuData('; cat "src/test/resources/vendor/pomona/jalenjaloney_p-lates5C_${hall}-raw_2025-12-02.json"; printf ');'; } \
    > "$work/eatec/$feed.json"
done
python3 -m http.server "$STUB_PORT" --bind 127.0.0.1 --directory "$work" > "$work/stub.log" 2>&1 &
stub=$!

printf 'set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1\n' \
  > "$work/preboot.txt"
env -i PATH="$PATH" HOME="$HOME" \
  HALL_FRARY_SOURCE="http://127.0.0.1:$STUB_PORT/eatec/Frary.json" \
  MENUS_CLOCK_START=2025-12-03T12:00:00-08:00 \
  java -Xmx512m -jar "$JAR" --nohazelcast --disablephonehome --port "$PORT" \
    --prebootcommandfile "$work/preboot.txt" --deploy target/ROOT.war > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v2/halls")" = 200 ] && break
  sleep 0.5
done

url="http://127.0.0.1:$PORT/api/v2/menus?hall_id=frary&date=2025-12-02"
before=$(grep -c 'GET /eatec/Frary.json' "$work/stub.log" || true)
start=$(date +%s.%N)
seq "$CONCURRENT" | xargs -P "$CONCURRENT" -I{} curl -s -o /dev/null -w '%{http_code}\n' "$url" | sort | uniq -c
end=$(date +%s.%N)
after=$(grep -c 'GET /eatec/Frary.json' "$work/stub.log" || true)
echo "stampede: $CONCURRENT concurrent cold requests in $(awk "BEGIN{printf \"%.2f\", $end - $start}") s, vendor downloads: $((after - before))"

wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$url"
