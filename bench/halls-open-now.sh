#!/usr/bin/env bash
# 3. /api/v2/halls and /api/v2/open-now, against nginx serving the very same bytes, in alternating reps.
#    bash bench/halls-open-now.sh  (BACKEND=embedded|services DURATION=8s REPS=3 CONNECTIONS=32 BUILD=1)
source "$(dirname "$0")/lib.sh"
need_tools; build; start_stub; start_services; start_app app; start_nginx
pair halls.json /api/v2/halls
pair open-now.json /api/v2/open-now
peak=$(awk -F'\t' '{print $4}' <<<"${RESULT_LINES[-1]}" | awk '{print $2}')
paced open-now.json /api/v2/open-now "$peak"
RESULT_LINES+=("$(printf '%s\tRSS after load %s MB' "$(date -u +%FT%TZ)" "$(rss_mb "$APP_PID")")")
save_results halls-open-now
