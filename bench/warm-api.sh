#!/usr/bin/env bash
# 1. Warm API: a cached day and a cached meal of /api/v2/menus, against nginx serving the very same bytes, in
#    alternating reps (identity to identity), plus one gzip pair; then p99 at half the app's own peak rate.
#    bash bench/warm-api.sh        (BACKEND=embedded|services DURATION=8s REPS=3 CONNECTIONS=32 BUILD=1)
source "$(dirname "$0")/lib.sh"
need_tools; build; start_stub; start_services; start_app app; start_nginx
day="/api/v2/menus?hall_id=collins&date=$BENCH_DATE"
meal="$day&meal=dinner"
curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT$day"
settle
pair api-day.json "$day"
peak=$(awk -F'\t' '{print $4}' <<<"${RESULT_LINES[-1]}" | awk '{print $2}')
pair api-meal.json "$meal"
pair api-day-gzip.json "$day" -H 'Accept-Encoding: gzip'
paced api-day.json "$day" "$peak"
RESULT_LINES+=("$(printf '%s\tRSS after load %s MB\tboot to first 200 %s s' "$(date -u +%FT%TZ)" "$(rss_mb "$APP_PID")" "$BOOT_SECONDS")")
save_results warm-api
