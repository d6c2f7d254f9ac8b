#!/usr/bin/env bash
# Load benchmark of GET /api/day/{market}/{date} against a real 'kabuto serve' on loopback (docs/api.md, "Load").
#
#   bench/http-load.sh [--db FILE] [--dates "2024-03-01 2026-02-10 2026-03-18"] [--rate 1000] [--duration 20]
#                      [--warmup 5] [--runs 3] [--rate-limit N] [--gzip] [--no-wrk]
#
# 1. Builds the CLI and the load generator (Release). Without --db, imports $KABUTO_DATA (default ../shared/data)
#    raw/ and derived/ into a temporary database, as a user would.
# 2. Fixed rate: starts 'kabuto serve' on a free loopback port with the default per-client rate limit (or
#    --rate-limit), and for each date runs bench/Kabuto.HttpLoad: an open-loop generator sending --rate requests/s,
#    latency counted from each request's due time; --warmup s unmeasured, then --runs runs of --duration s; medians.
#    --gzip sends Accept-Encoding: gzip (as a browser does) in both phases; without it bodies come uncompressed.
# 3. Maximum throughput (when wrk is installed): restarts the server with the rate limit raised to 1,000,000/s so
#    the limiter does not answer 429 in place of the server, and runs wrk unpaced (2 threads, 32 connections).
# Every server is stopped by its process id on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

db=""
dates="2024-03-01 2026-02-10 2026-03-18"
market=tokyo
rate=1000
duration=20
warmup=5
runs=3
rate_limit=""
use_wrk=1
gzip_args=()
wrk_headers=()
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift 2 ;;
    --dates) dates=$2; shift 2 ;;
    --market) market=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --rate-limit) rate_limit=$2; shift 2 ;;
    --gzip) gzip_args=(--gzip); wrk_headers=(-H "Accept-Encoding: gzip"); shift ;;
    --no-wrk) use_wrk=0; shift ;;
    *) echo "http-load: unknown argument '$1'; see the header of $0" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d)
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap 'stop_server; rm -rf "$work"' EXIT

echo "== build (Release)"
dotnet build -c Release src/Kabuto.Cli -v q -nologo 2>&1 | grep -E "error|Warn|Elapsed" || true
dotnet build -c Release bench/Kabuto.HttpLoad -v q -nologo 2>&1 | grep -E "error|Warn|Elapsed" || true
kabuto=(dotnet artifacts/bin/Kabuto.Cli/release/kabuto.dll)
load=(dotnet artifacts/bin/Kabuto.HttpLoad/release/kabuto-http-load.dll)

if [ -z "$db" ]; then
  data=${KABUTO_DATA:-$(cd .. && pwd)/shared/data}
  db=$work/kabuto.db
  echo "== import $data/raw $data/derived -> $db"
  "${kabuto[@]}" import "$data/raw" "$data/derived" --db "$db" > "$work/import.log" 2>&1 || { tail -5 "$work/import.log"; exit 1; }
  tail -1 "$work/import.log" | head -c 300; echo
fi

# Starts 'kabuto serve' on a free port; sets server_pid and base_url.
start_server() {
  local log=$work/serve-$1.log
  shift
  "${kabuto[@]}" serve --db "$db" --urls http://127.0.0.1:0 "$@" > "$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 300); do
    if grep -q "kabuto: serving" "$log"; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then cat "$log"; exit 1; fi
    sleep 0.1
  done
  base_url=$(grep -o "kabuto: serving .*" "$log" | grep -o "http://127\.0\.0\.1:[0-9]*" | head -1)
  grep -o "kabuto: serving .*" "$log"
  # The first request of a day builds its facts (histories, the shadow calibration): not part of the measurement.
  for d in $dates; do
    curl -s -o /dev/null -w "   first GET /api/day/$market/$d: %{http_code} in %{time_total} s, %{size_download} bytes\n" "$base_url/api/day/$market/$d"
  done
}

paths=()
for d in $dates; do paths+=("/api/day/$market/$d"); done

echo "== fixed rate: $rate requests/s open loop, $runs x $duration s per date after $warmup s warm-up"
limit_args=()
if [ -n "$rate_limit" ]; then limit_args=(--rate-limit "$rate_limit"); fi
start_server fixed "${limit_args[@]}"
status=0
"${load[@]}" --url "$base_url" --rate "$rate" --duration "$duration" --warmup "$warmup" --runs "$runs" \
  --server-pid "$server_pid" --json "$work/fixed-rate.json" "${gzip_args[@]}" "${paths[@]}" || status=$?
cp "$work/fixed-rate.json" artifacts/http-load-fixed-rate.json 2>/dev/null || true
stop_server

if [ "$use_wrk" = 1 ] && command -v wrk >/dev/null; then
  echo "== maximum throughput: wrk -t2 -c32 -d${duration}s --latency, unpaced, $runs runs per date (rate limit raised to 1,000,000/s)"
  start_server wrk --rate-limit 1000000
  for p in "${paths[@]}"; do
    wrk -t2 -c32 -d2s "${wrk_headers[@]}" "$base_url$p" > /dev/null
    : > "$work/wrk-runs.txt"
    for run in $(seq 1 "$runs"); do
      wrk -t2 -c32 -d"${duration}s" --latency "${wrk_headers[@]}" "$base_url$p" > "$work/wrk-$run.txt"
      awk -v p="$p" -v run="$run" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v + 0 }
        /Latency  / && !max { max = $4 }
        /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
        /Non-2xx/ { bad = $NF }
        /Requests\/sec/ { rps = $2 }
        END { printf "%s run %d  %.0f req/s  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  non-2xx %d\n", p, run, rps, ms(p50), ms(p90), ms(p99), ms(max), bad }
      ' "$work/wrk-$run.txt" | tee -a "$work/wrk-runs.txt"
    done
    median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
    printf '%s median %s req/s  p50 %s ms  p90 %s ms  p99 %s ms  max %s ms\n' "$p" \
      "$(awk '{ print $4 }' "$work/wrk-runs.txt" | median)" "$(awk '{ print $7 }' "$work/wrk-runs.txt" | median)" \
      "$(awk '{ print $10 }' "$work/wrk-runs.txt" | median)" "$(awk '{ print $13 }' "$work/wrk-runs.txt" | median)" \
      "$(awk '{ print $16 }' "$work/wrk-runs.txt" | median)"
  done
  stop_server
elif [ "$use_wrk" = 1 ]; then
  echo "== maximum throughput: skipped (wrk is not installed: apt-get install -y wrk)"
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
