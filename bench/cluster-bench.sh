#!/usr/bin/env bash
# Cluster throughput on this machine (docs/cluster.md): a private nats-server with JetStream on a loopback port, N
# workers started and waiting, then a simulated session fed with --shares-last (its shares are queued after the last
# tick), so the time from the first share taken to the last share complete is the workers' time to compute the stored
# session, the feed excluded.
# Usage: bench/cluster-bench.sh KABUTO_BINARY [TICKS] [SHARES] [WORKER_COUNTS...]
#   e.g. dotnet publish src/Kabuto.Cli -c Release -o /tmp/kabuto-rel && bench/cluster-bench.sh /tmp/kabuto-rel/kabuto 2000000 6 1 2 3
# WORKER_ARGS adds worker options, e.g. WORKER_ARGS="--checkpoint-every 0" to time the workers without checkpoints.
set -euo pipefail
kabuto=${1:?give the kabuto binary (a Release publish)}
ticks=${2:-2000000}
shares=${3:-6}
shift $(( $# >= 3 ? 3 : $# ))
counts=("${@:-1 2 3}")
[ ${#counts[@]} -eq 0 ] && counts=(1 2 3)

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # utime + stime in clock ticks
hz=$(getconf CLK_TCK)
source "$(dirname "$0")/private-nats.sh"

for n in ${counts[@]}; do
  start_private_nats
  pids=()
  trap 'kill "${pids[@]}" $nats 2>/dev/null; rm -rf "$dir"' EXIT
  nats_cpu0=$(cpu $nats)
  for w in $(seq 1 "$n"); do
    "$kabuto" cluster worker --nats "$url" --name "w$w" ${WORKER_ARGS:-} >"$dir/w$w.log" 2>&1 &
    pids+=($!)
  done
  until [ "$(grep -l 'waiting for shares' "$dir"/w*.log 2>/dev/null | wc -l)" -ge "$n" ]; do sleep 0.2; done
  "$kabuto" cluster feed --simulate --date 2026-03-18 --ticks "$ticks" --shares "$shares" --session bench --shares-last --nats "$url" >"$dir/feed.txt"
  until [ "$(grep -h '^.* done share' "$dir"/w*.log 2>/dev/null | wc -l)" -ge "$shares" ]; do sleep 0.2; done
  nats_cpu=$(( $(cpu $nats) - nats_cpu0 ))
  worker_cpu=0
  for p in "${pids[@]}"; do worker_cpu=$(( worker_cpu + $(cpu "$p") )); done
  first=$(grep -h 'took share' "$dir"/w*.log | sort | head -1 | cut -c1-12)
  last=$(grep -h 'done share' "$dir"/w*.log | sort | tail -1 | cut -c1-12)
  fed=$(grep -Eo '^fed [^:]+: [0-9,]+ ticks' "$dir/feed.txt" | grep -Eo '[0-9,]+ ticks' | tr -d ', ticks')
  secs=$(python3 -c "print(($(tsms "$last") - $(tsms "$first"))/1000)")
  feed_s=$(grep -Eo 'in [0-9.]+ s \(' "$dir/feed.txt" | grep -Eo '[0-9.]+' | head -1)
  spread=$(for w in $(seq 1 "$n"); do grep -c 'took share' "$dir/w$w.log"; done | paste -sd/)
  python3 - "$n" "$fed" "$secs" "$worker_cpu" "$nats_cpu" "$hz" "$shares" "$feed_s" "$spread" <<'PY'
import sys
n, ticks, secs, wcpu, ncpu, hz, shares = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
feed, spread = float(sys.argv[8]), sys.argv[9]
print(f"workers={n} shares_per_worker={spread} feed_s={feed:.2f} session_ticks={ticks:,} seconds={secs:.2f} session_ticks_per_s={ticks/secs:,.0f} "
      f"share_ticks_per_s={ticks*shares/secs:,.0f} worker_cpu_s={wcpu/hz:.2f} nats_cpu_s={ncpu/hz:.2f} "
      f"cpu_per_share_tick_ns={(wcpu/hz)/(ticks*shares)*1e9:.0f}")
PY
  stop_private_nats
done
