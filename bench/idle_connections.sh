#!/usr/bin/env bash
# Ten thousand idle keep-alive connections (loopback): each server is measured while it holds them,
# as a service behind many clients or a large connection pool does. Prints per server its resident
# memory before and with the connections, the memory per connection, and GET throughput and p99
# with and without them. Run bench/http.sh once first: it builds what this script starts.
#
#   bench/idle_connections.sh
#   HELD=20000 SERVERS="sample vertx" bench/idle_connections.sh
set -euo pipefail
cd "$(dirname "$0")/.."

HELD=${HELD:-10000}
SERVERS=${SERVERS:-"sample gokit vertx"}
DURATION=${DURATION:-10s}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# The README's production flags (see bench/http.sh).
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -Xms32m -Xmx512m -Xss256k"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
SEED='{"id":"alice","name":"Alice Liddell","addresses":[{"id":"home","location":"1 Rabbit Hole, Wonderland"}]}'
# A descriptor per connection on both sides, plus wrk's.
ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((HELD + 1024)) ]; then
  echo "the descriptor limit $(ulimit -n) is below $((HELD + 1024)): raise the hard limit (ulimit -Hn)" >&2
  exit 1
fi

command_of() {
  case "$1" in
    sample) echo "$JAVA -XX:SharedArchiveFile=sample-profile-service/target/profilesvc.jsa $JAVA_OPTS -jar sample-profile-service/target/sample-profile-service.jar --http.addr=127.0.0.1:$2" ;;
    gokit) echo "bench/target/gokit/profilesvc -http.addr=127.0.0.1:$2" ;;
    vertx) echo "$JAVA $JAVA_OPTS -jar bench/vertx/target/vertx-profile-server.jar 127.0.0.1:$2" ;;
  esac
}

rss_kib() { ps -o rss= -p "$1" | tr -d ' '; }

# Prints "<requests/s> <p99 ms>".
measure() {
  wrk -t1 -c32 -d"$DURATION" --latency "http://127.0.0.1:$1/profiles/alice" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 } END { printf "%.0f %.2f\n", rps, p99 }'
}

printf "%-8s %8s %12s %12s %12s %14s %10s %14s %10s\n" server held "RSS MiB" "+held MiB" "KiB/conn" "GET req/s" "p99 ms" "+held req/s" "p99 ms"
port=8300
for server in $SERVERS; do
  port=$((port + 1))
  read -r pid _ < <(python3 bench/first_response.py "$port" -- $(command_of "$server" "$port"))
  curl -s -o /dev/null -X POST -d "$SEED" "http://127.0.0.1:$port/profiles/"
  wrk -t1 -c32 -d5s "http://127.0.0.1:$port/profiles/alice" >/dev/null
  read -r alone alone_p99 < <(measure "$port")
  before=$(rss_kib "$pid")
  # The holder reads its standard input until it closes: a FIFO kept open by this shell.
  fifo=$(mktemp -u); mkfifo "$fifo"
  python3 bench/hold_connections.py "$port" "$HELD" /profiles/alice < "$fifo" > "$fifo.out" &
  holder=$!
  exec 3>"$fifo"
  until grep -q opened "$fifo.out" 2>/dev/null; do kill -0 "$holder" || { cat "$fifo.out"; exit 1; }; sleep 0.2; done
  sleep 1
  with=$(rss_kib "$pid")
  read -r held_rate held_p99 < <(measure "$port")
  exec 3>&-
  wait "$holder"
  open=$(awk '/still open/ { print $3 }' "$fifo.out")
  rm -f "$fifo" "$fifo.out"
  kill -TERM "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  printf "%-8s %8s %12s %12s %12s %14s %10s %14s %10s\n" "$server" "$open/$HELD" "$((before / 1024))" "$((with / 1024))" \
    "$(( (with - before) / HELD ))" "$alone" "$alone_p99" "$held_rate" "$held_p99"
done
