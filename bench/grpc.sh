#!/usr/bin/env bash
# The gRPC load run (issue 15): unary GetProfile calls per second against the sample's service
# bound by the generated ProfileServiceGrpc.of(endpoints), and against the same service written by
# hand on protoc's stubs (kit-benchmarks: grpc/HandWrittenProfileService), both on the same
# GrpcServer setup (grpc-java's Netty, h2c, the same executor; no logging or metrics middleware), in
# two JVMs driven in turn by h2load. Rounds are short and alternate which server goes first, so
# that a noisy moment of a shared machine hits both alike; each round's ratio compares two runs
# seconds apart. Prints each round, the medians, and the median of the rounds' ratios (the goal:
# generated / hand-written >= 0.95). See BENCHMARKS.md.
#
#   bench/grpc.sh                      build what is missing, then measure (11 rounds of 5 s each)
#   DURATION=10 ROUNDS=7 bench/grpc.sh
#   CONNECTIONS=32 STREAMS=8 bench/grpc.sh   h2load -c and -m (default 16 x 16 calls in flight)
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/grpc.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-5}
# Long enough for C2 at 256 calls in flight: with 5 s, the first rounds still ran 20-30% slower.
WARMUP=${WARMUP:-15}
ROUNDS=${ROUNDS:-11}
CONNECTIONS=${CONNECTIONS:-16}
STREAMS=${STREAMS:-16}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# As bench/http.sh: the serial collector (2 cores) and small thread stacks; the store holds one profile.
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -Xms256m -Xmx1g -Xss256k"}
OUT=bench/target/grpc
BENCH_JAR=kit-benchmarks/target/kit-benchmarks.jar
CLASSPATH="$BENCH_JAR:kit-benchmarks/target/lib/*"
METHOD=/dev.javakit.sample.profilesvc.ProfileService/GetProfile
SERVERS="generated handwritten"
mkdir -p "$OUT"

install_missing() {
  local missing=()
  command -v h2load >/dev/null || missing+=(nghttp2-client)
  command -v curl >/dev/null || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} (Debian packages)" >&2
    local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

port_of() {
  case "$1" in generated) echo 8191 ;; handwritten) echo 8192 ;; esac
}

declare -A pid
stop_all() {
  local server
  for server in "${!pid[@]}"; do
    kill -TERM "${pid[$server]}" 2>/dev/null || true
    while kill -0 "${pid[$server]}" 2>/dev/null; do sleep 0.05; done
  done
}
trap stop_all EXIT

# Waits up to 30 s for a listener on the port.
await_port() {
  local tries=300
  until (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; do
    tries=$((tries - 1))
    [ "$tries" -gt 0 ] || { echo "nothing listens on port $1 after 30 s" >&2; exit 1; }
    sleep 0.1
  done
}

# h2load_grpc PORT ARGS...: unary GetProfile calls, the request frame as the body of each POST.
h2load_grpc() {
  local port=$1; shift
  h2load "$@" -t1 -H 'content-type: application/grpc' -H 'te: trailers' -d "$OUT/get-profile.bin" \
    "http://127.0.0.1:$port$METHOD"
}

install_missing
[ -f "$BENCH_JAR" ] || mvn -B -q -DskipTests package -pl kit-benchmarks -am
echo "# $(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1)"
echo "# h2load -t1 -c$CONNECTIONS -m$STREAMS -D$DURATION x $ROUNDS rounds after ${WARMUP}s warm-ups; JAVA_OPTS: $JAVA_OPTS"

for server in $SERVERS; do
  $JAVA $JAVA_OPTS -cp "$CLASSPATH" dev.javakit.benchmarks.grpc.GrpcProfileServer "$server" "127.0.0.1:$(port_of "$server")" \
    2> "$OUT/$server.log" &
  pid[$server]=$!
done
for server in $SERVERS; do await_port "$(port_of "$server")"; done

# Both servers answer alice's profile to the generated client; the probe writes the request frame
# h2load sends and prints the size of the answer's frame.
frame=$($JAVA -cp "$CLASSPATH" dev.javakit.benchmarks.grpc.GrpcProbe "$OUT/get-profile.bin" 8191 8192)
for server in $SERVERS; do
  port=$(port_of "$server")
  # gRPC errors are HTTP 200 with no message: check the status in the trailers once, then that a
  # thousand calls brought exactly a thousand answer frames.
  status=$(curl -s --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' \
    --data-binary "@$OUT/get-profile.bin" -D - -o /dev/null "http://127.0.0.1:$port$METHOD" | tr -d '\r' \
    | awk -F': ' '$1 == "grpc-status" { print $2 }')
  [ "$status" = 0 ] || { echo "$server answered grpc-status '${status}', not 0" >&2; exit 1; }
  data=$(h2load_grpc "$port" -n1000 -c4 -m4 | awk '$1 == "traffic:" { gsub(/[()]/, "", $(NF-1)); print $(NF-1) }')
  [ "$data" = $((1000 * frame)) ] || { echo "$server: 1000 calls brought $data bytes of messages, not $((1000 * frame))" >&2; exit 1; }
  h2load_grpc "$port" -D"$WARMUP" -c"$CONNECTIONS" -m"$STREAMS" >/dev/null
done

# Prints "<calls/s> <mean ms>" from h2load's output, refusing a run with failed or unanswered calls.
parse_h2load() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "finished" { rps = $4 } $1 == "requests:" { total = $2; ok = $8 } $1 == "time" && $3 == "request:" { mean = ms($6) }
    END { if (total == 0 || ok != total) { print "h2load: " ok " of " total " calls succeeded" > "/dev/stderr"; exit 1 }
          printf "%.0f %.2f\n", rps, mean }'
}

: > "$OUT/generated.rounds"; : > "$OUT/handwritten.rounds"; : > "$OUT/ratios"
printf "%-6s %16s %10s %16s %10s %7s\n" round "generated/s" "mean ms" "hand-written/s" "mean ms" ratio
for round in $(seq 1 "$ROUNDS"); do
  order="generated handwritten"; [ $((round % 2)) = 0 ] && order="handwritten generated"
  for server in $order; do
    h2load_grpc "$(port_of "$server")" -D"$DURATION" -c"$CONNECTIONS" -m"$STREAMS" | parse_h2load >> "$OUT/$server.rounds"
  done
  read -r g gm < <(tail -1 "$OUT/generated.rounds")
  read -r h hm < <(tail -1 "$OUT/handwritten.rounds")
  ratio=$(awk -v a="$g" -v b="$h" 'BEGIN { printf "%.3f", a / b }')
  echo "$ratio" >> "$OUT/ratios"
  printf "%-6s %16s %10s %16s %10s %7s\n" "$round" "$g" "$gm" "$h" "$hm" "$ratio"
done

median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
g=$(cut -d' ' -f1 "$OUT/generated.rounds" | median)
h=$(cut -d' ' -f1 "$OUT/handwritten.rounds" | median)
printf "%-6s %16s %10s %16s %10s %7s\n" median "$g" "$(cut -d' ' -f2 "$OUT/generated.rounds" | median)" \
  "$h" "$(cut -d' ' -f2 "$OUT/handwritten.rounds" | median)" "$(awk -v a="$g" -v b="$h" 'BEGIN { printf "%.3f", a / b }')"
echo "# generated / hand-written calls/s: median of the rounds' ratios $(median < "$OUT/ratios") (goal >= 0.95)," \
  "ratio of the medians $(awk -v a="$g" -v b="$h" 'BEGIN { printf "%.3f", a / b }'); load average now $(cut -d' ' -f1-3 /proc/loadavg)"
