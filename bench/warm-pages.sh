#!/usr/bin/env bash
# 2. Warm pages: the home page (seven halls) and a hall's week page, against nginx serving the very same bytes,
#    in alternating reps (identity to identity), plus one gzip pair; then p99 at half the app's own peak rate.
#    bash bench/warm-pages.sh      (BACKEND=embedded|services DURATION=8s REPS=3 CONNECTIONS=32 BUILD=1)
source "$(dirname "$0")/lib.sh"
need_tools; build; start_stub; start_services; start_app app; start_nginx
home="/?date=$BENCH_DATE"
hall="/halls/collins"
curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT$home"
curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT$hall"
settle
# The pages are measured complete: until every menu is in they say "Still fetching" and are smaller.
until_complete "$home"
until_complete "$hall"
pair home.html "$home"
peak=$(awk -F'\t' '{print $4}' <<<"${RESULT_LINES[-1]}" | awk '{print $2}')
pair hall.html "$hall"
pair home-gzip.html "$home" -H 'Accept-Encoding: gzip'
paced home.html "$home" "$peak"
RESULT_LINES+=("$(printf '%s\thome page %s B identity, %s B gzip\tRSS after load %s MB\tboot to first 200 %s s' \
  "$(date -u +%FT%TZ)" "$(wc -c < "$WORK/www/home.html")" "$(wc -c < "$WORK/www/home.html.gz")" \
  "$(rss_mb "$APP_PID")" "$BOOT_SECONDS")")
save_results warm-pages
