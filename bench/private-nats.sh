# Sourced by the cluster benches: a private nats-server with JetStream on a free loopback port in a new temp folder,
# and the clock helpers their reports use. After `start_private_nats`: $dir, $url, $nats (its pid); `stop_private_nats` ends it.
ms() { date +%s%3N; }
tsms() { date -d "$(date +%F) $1" +%s%3N; }         # HH:MM:SS.fff (UTC) from a worker log line

start_private_nats() {
  dir=$(mktemp -d)
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  url=nats://127.0.0.1:$port
  nats-server -js -a 127.0.0.1 -p "$port" -sd "$dir/js" >"$dir/nats.log" 2>&1 &
  nats=$!
  sleep 0.5
}

# Stops the workers in $pids and the server, removes the temp folder and clears the EXIT trap set after the start.
stop_private_nats() {
  kill "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  kill "$nats"; wait "$nats" 2>/dev/null || true
  rm -rf "$dir"
  trap - EXIT
}
