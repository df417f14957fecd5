#!/usr/bin/env bash
# The fault battery on its own: vendors failing seven ways and the circuit breaker, Redis killed, frozen and
# restarted empty under load, PostgreSQL stopped under load and started late, the app killed -9, a fuzz over
# every public route, and the probe's findings. Each test starts its own app, and its own redis-server and
# PostgreSQL where it stops them; all on loopback. `mvn -B verify` (CI) runs the same tests among the rest.
# Bounded: each test stops by itself; the whole run is cut at 15 minutes.
#   bash bench/battery.sh            # 50 tests, about 5 minutes here
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/services
exec timeout --signal=TERM --kill-after=30s 15m mvn -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test='VendorFaultsIT,RedisUnderLoadIT,RedisOutageIT,DatabaseUnderLoadIT,DatabaseDownIT,DatabaseLostIT,AppKilledIT,PublicRoutesFuzzIT,ProbeFindingsIT' \
  "$@"
