#!/usr/bin/env bash
# A cluster on this machine's loopback: etcd, Zipkin and three instances of the packaged sample
# registered in etcd and sending their spans to Zipkin. Then, twice, load through the CLI client
# (which finds the instances in etcd) while one instance dies: SIGTERM in the first round (and a
# new instance started in its place), SIGKILL in the second. Prints what the client saw: calls,
# failed calls, which instance answered each second, instances leaving and joining the list.
# Everything is bounded in time and every process is stopped on exit, also on Ctrl-C or failure.
#
#   mvn -B -DskipTests package && bench/cluster.sh
#
# Environment: DURATION (seconds of load per round, 12), CONCURRENCY (8), TTL (the instances' etcd
# lease in seconds, 5), ETCD_PORT (23790), ZIPKIN_PORT (19411).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-12}
CONCURRENCY=${CONCURRENCY:-8}
TTL=${TTL:-5}
ETCD_PORT=${ETCD_PORT:-23790}
ZIPKIN_PORT=${ZIPKIN_PORT:-19411}
JAR=sample-profile-service/target/sample-profile-service.jar
ARCHIVE=sample-profile-service/target/profilesvc.jsa
ETCD_URL=http://127.0.0.1:$ETCD_PORT

[ -f "$JAR" ] || { echo "no $JAR: build it first (mvn -B -DskipTests package)" >&2; exit 2; }
for port in "$ETCD_PORT" $((ETCD_PORT + 1)) "$ZIPKIN_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is taken: set ETCD_PORT or ZIPKIN_PORT" >&2
    exit 2
  fi
done
zipkin_jar=$(ls sample-profile-service/target/zipkin/zipkin-server*.jar 2>/dev/null | head -1 || true)
if [ -z "$zipkin_jar" ]; then
  # mvn verify copies it there; after a bare package, fetch it the same way.
  mvn -B -q dependency:copy -Dartifact=io.zipkin:zipkin-server:3.6.1:jar:exec \
    -DoutputDirectory=sample-profile-service/target/zipkin
  zipkin_jar=$(ls sample-profile-service/target/zipkin/zipkin-server*.jar | head -1)
fi
etcd=$(tools/etcd.sh target/tools | tail -1)

work=$(mktemp -d "${TMPDIR:-/tmp}/cluster.XXXXXX")
pids=()
cleanup() {
  # SIGTERM first, so the instances deregister and Zipkin and etcd stop cleanly; then, after 10 s, SIGKILL.
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 100); do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.1
  done
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Waits up to $2 seconds for the pattern $1 in the file $3; fails with the file's tail.
await() {
  for _ in $(seq $(($2 * 10))); do
    grep -q "$1" "$3" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "no '$1' in $3 within $2 s:" >&2
  tail -20 "$3" >&2
  exit 1
}

now_ms() { date +%s%3N; }

echo "== starting etcd, Zipkin and three instances (lease ${TTL} s)"
STORAGE_TYPE=mem java -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$zipkin_jar" \
  "--armeria.ports[0].ip=127.0.0.1" "--armeria.ports[0].port=$ZIPKIN_PORT" --logging.level.root=WARN \
  >"$work/zipkin.log" 2>&1 &
pids+=($!)
"$etcd" --name cluster --data-dir "$work/etcd" --listen-client-urls "$ETCD_URL" --advertise-client-urls "$ETCD_URL" \
  --listen-peer-urls "http://127.0.0.1:$((ETCD_PORT + 1))" --initial-advertise-peer-urls "http://127.0.0.1:$((ETCD_PORT + 1))" \
  --initial-cluster "cluster=http://127.0.0.1:$((ETCD_PORT + 1))" --logger zap --log-level warn >"$work/etcd.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do curl -fs "$ETCD_URL/health" >/dev/null && break; sleep 0.1; done
curl -fs "$ETCD_URL/health" >/dev/null || { echo "etcd did not start:" >&2; tail "$work/etcd.log" >&2; exit 1; }

# Starts an instance on a free port, registered in etcd; its log is $work/instance-$1.log, its pid in instance_pid[$1].
declare -A instance_pid instance_addr
start_instance() {
  java -XX:SharedArchiveFile="$ARCHIVE" -Xshare:auto -jar "$JAR" --http.addr=127.0.0.1:0 \
    --etcd.endpoints="$ETCD_URL" --etcd.ttl="$TTL" --zipkin.url="http://127.0.0.1:$ZIPKIN_PORT/api/v2/spans" \
    >"$work/instance-$1.log" 2>&1 &
  instance_pid[$1]=$!
  pids+=($!)
}
await_instance() {
  await 'msg="registered"' 30 "$work/instance-$1.log"
  instance_addr[$1]=$(grep -o 'addr="\?127.0.0.1:[0-9]*' "$work/instance-$1.log" | head -1 | grep -o '127.0.0.1:[0-9]*')
  echo "instance $1: ${instance_addr[$1]}, pid ${instance_pid[$1]}, registered"
}
for i in 1 2 3; do start_instance "$i"; done
for i in 1 2 3; do await_instance "$i"; done
for _ in $(seq 600); do curl -fs "http://127.0.0.1:$ZIPKIN_PORT/health" >/dev/null && break; sleep 0.1; done
curl -fs "http://127.0.0.1:$ZIPKIN_PORT/health" >/dev/null || { echo "Zipkin did not start:" >&2; tail "$work/zipkin.log" >&2; exit 1; }
echo "zipkin: http://127.0.0.1:$ZIPKIN_PORT/zipkin/, healthy"

# One round: load for DURATION seconds; $2 (TERM or KILL) goes to instance $1 three seconds in.
round() {
  local victim=$1 signal=$2 log="$work/load-$2.log"
  echo
  echo "== load for ${DURATION} s, ${CONCURRENCY} workers; SIG$signal to instance $victim (${instance_addr[$victim]}) 3 s in"
  java -XX:SharedArchiveFile="$ARCHIVE" -Xshare:auto -cp "$JAR" dev.javakit.sample.profilesvc.ProfileCli \
    --etcd.endpoints="$ETCD_URL" load --duration="${DURATION}s" --concurrency="$CONCURRENCY" >"$log" 2>&1 &
  local cli=$!
  pids+=($cli)
  await '^load:' 30 "$log"
  sleep 3
  local signalled; signalled=$(now_ms)
  kill -s "$signal" "${instance_pid[$victim]}"
  # Quietly: bash would report the killed job on its own.
  local exit_status=0
  { wait "${instance_pid[$victim]}" || exit_status=$?; } 2>/dev/null
  echo "instance $victim exited with status $exit_status $(( $(now_ms) - signalled )) ms after SIG$signal"
  [ "$signal" = TERM ] && start_instance 4
  local status=0
  wait "$cli" || status=$?
  cat "$log"
  echo "load client's exit status: $status (0: no call failed)"
  [ "$signal" = TERM ] && await_instance 4
  return 0
}
round 2 TERM
round 3 KILL

echo
services=$(curl -fs "http://127.0.0.1:$ZIPKIN_PORT/api/v2/services")
traces=$(curl -fs "http://127.0.0.1:$ZIPKIN_PORT/api/v2/traces?serviceName=profilesvc&limit=100000&lookback=600000" \
  | grep -o '"traceId"' | wc -l)
echo "== zipkin: services $services, $traces spans of profilesvc kept (spans are batched: a SIGKILLed instance loses its last ones)"
