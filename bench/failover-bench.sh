#!/usr/bin/env bash
# Fail-over time on this machine (docs/cluster.md "Fail-over"): a private nats-server with JetStream on a loopback
# port, three workers (ack wait 2 s), a simulated session fed at a live pace, and worker w1 killed with SIGKILL some
# seconds into the feed. For each share it held: when another worker took it over, from which tick sequence it resumed
# (a checkpoint, or the session's start), how many ticks it replayed and when it was live again. Run once per
# --checkpoint-every value (0: no checkpoints, the new owner replays the session so far).
# Usage: bench/failover-bench.sh KABUTO_BINARY [TICKS] [RATE] [KILL_AFTER_S] [CHECKPOINT_EVERY...]
#   e.g. dotnet publish src/Kabuto.Cli -c Release -o /tmp/kabuto-rel && bench/failover-bench.sh /tmp/kabuto-rel/kabuto 2000000 100000 12 0 256 64
set -euo pipefail
kabuto=${1:?give the kabuto binary (a Release publish)}
ticks=${2:-2000000}
rate=${3:-100000}
kill_after=${4:-12}
shift $(( $# >= 4 ? 4 : $# ))
everies=("${@:-0 256}")

source "$(dirname "$0")/private-nats.sh"

for every in ${everies[@]}; do
  start_private_nats
  pids=()
  trap 'kill "${pids[@]}" $nats 2>/dev/null; rm -rf "$dir"' EXIT
  for w in 1 2 3; do
    "$kabuto" cluster worker --nats "$url" --name "w$w" --ack-wait 2 --checkpoint-every "$every" >"$dir/w$w.log" 2>&1 &
    pids+=($!)
  done
  until [ "$(grep -l 'waiting for shares' "$dir"/w*.log 2>/dev/null | wc -l)" -ge 3 ]; do sleep 0.2; done
  load=$(cut -d' ' -f1 /proc/loadavg)
  "$kabuto" cluster feed --simulate --date 2026-03-18 --ticks "$ticks" --shares 6 --rate "$rate" --session failover --nats "$url" >"$dir/feed.txt" &
  feed=$!
  sleep "$kill_after"
  killed=$(ms)
  kill -9 "${pids[0]}"
  wait "$feed"
  until [ "$(grep -h 'done share' "$dir"/w2.log "$dir"/w3.log 2>/dev/null | wc -l)" -ge "$(( 6 - $(grep -c 'done share' "$dir/w1.log" || true) ))" ]; do sleep 0.2; done
  held=$(grep -Eo 'took share [0-9]+/6' "$dir/w1.log" | grep -Eo '[0-9]+/6' | sort -u)
  echo "checkpoint_every=$every load_before=$load killed_after_s=$kill_after w1_held=$(echo $held | tr ' ' ',')"
  for share in $held; do
    what="share $share of failover"
    taken=$(grep -h "took $what (.*taking over" "$dir"/w2.log "$dir"/w3.log | head -1)
    [ -z "$taken" ] && { echo "  $what: not taken over (complete before the kill)"; continue; }
    live=$(grep -h "$what: caught up" "$dir"/w2.log "$dir"/w3.log | tail -1)
    resumed=$(grep -h "$what: resuming from the checkpoint at tick sequence" "$dir"/w2.log "$dir"/w3.log | grep -Eo 'sequence [0-9]+' | grep -Eo '[0-9]+' || echo 0)
    replayed=$(echo "$live" | grep -Eo '\(([0-9,]+) ticks replayed' | grep -Eo '[0-9,]+' | tr -d ,)
    taken_ms=$(tsms "$(echo "$taken" | cut -c1-12)")
    live_ms=$(tsms "$(echo "$live" | cut -c1-12)")
    python3 - "$what" "$killed" "$taken_ms" "$live_ms" "$resumed" "$replayed" <<'PY'
import sys
what, killed, taken, live, resumed, replayed = sys.argv[1], *map(int, sys.argv[2:])
print(f"  {what}: taken over {(taken - killed) / 1000:.2f} s after the kill, resumed after tick sequence {resumed}, "
      f"replayed {replayed:,} ticks, live again {(live - taken) / 1000:.2f} s later: {(live - killed) / 1000:.2f} s from the kill")
PY
  done
  stop_private_nats
done
