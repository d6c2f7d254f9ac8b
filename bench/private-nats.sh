# Sourced by the cluster benches: a private nats-server with JetStream on a free loopback port in a new temp folder,
# and the clock helpers their reports use. After `start_private_nats`: $dir, $url, $nats (its pid).
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
