#!/usr/bin/env bash
# The load benchmark: the packaged sample, the hand-written ceiling on the same engine, Go kit's
# own examples/profilesvc and the same contract on Vert.x web (bench/vertx), measured one after the
# other in one invocation so that their ratios are fair on a noisy machine. Prints a table, one row
# per server and concurrency; see BENCHMARKS.md for what it measures and the targets.
#
#   bench/http.sh                 build what is missing, then measure them all
#   DURATION=30s ROUNDS=5 bench/http.sh   longer and more runs (default 3 rounds of 10s, after 5s warm-ups)
#   SERVERS="sample ceiling" bench/http.sh
#   SERVERS="sample sample-threads vertx" bench/http.sh   handlers on the event loops or on threads
#   CONNECTIONS=32 bench/http.sh  one concurrency only (default "32 256"); WRK_THREADS=2 for wrk -t2
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/http.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
ROUNDS=${ROUNDS:-3}
# Start-up varies by ±25% from one start to the next here: seven starts give a steadier median.
STARTS=${STARTS:-7}
# Concurrencies, each measured on its own: 32 connections, and 256, where the servers' threading
# models part ways (a thread per request, an event loop per core, goroutines).
CONNECTIONS=${CONNECTIONS:-"32 256"}
WRK_THREADS=${WRK_THREADS:-1}
# sample-quiet is the sample with LOG_LEVEL=WARN: no log line per successful call, which isolates
# what the kit's layers cost from what writing a log line per request costs. vertx is the contract
# written the way Vert.x users write it (bench/vertx): another JVM server, on Netty's event loops.
SERVERS=${SERVERS:-"sample sample-quiet ceiling gokit vertx"}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# The flags the README recommends (the serial collector: 2 cores; small thread stacks), but for the
# heap: the POST runs of one concurrency store some four million profiles (about 800 MiB) in each
# server, as they do in Go kit's map, which has no cap. Growing a heap from 32 MiB to that takes
# full collections that made every JVM server's POST p99 150 to 550 ms; an old generation sized up
# front and a small young one keep it near 10 ms (the sample, measured alternately). Two malloc
# arenas keep the JIT's native memory from spreading over one arena per thread.
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -Xms1g -Xmn64m -Xmx3g -Xss256k"}
# Names this invocation in the ids the POST runs store, so that no run repeats another's.
RUN=${RUN:-$(date +%s)}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
OUT=bench/target
SAMPLE_JAR=sample-profile-service/target/sample-profile-service.jar
# The start-up archive the build writes beside the jar (StartupArchiveTraining), for the JDK that
# ran the build: the one the README's start command uses.
SAMPLE_ARCHIVE=sample-profile-service/target/profilesvc.jsa
BENCH_JAR=kit-benchmarks/target/kit-benchmarks.jar
VERTX_JAR=bench/vertx/target/vertx-profile-server.jar
SEED='{"id":"alice","name":"Alice Liddell","addresses":[{"id":"home","location":"1 Rabbit Hole, Wonderland"},{"id":"work","location":"Looking-Glass House"}]}'
mkdir -p "$OUT"
# wrk holds a descriptor per connection and so does each server: lift a soft limit of 1024 (the
# usual default) to the hard limit, for CONNECTIONS beyond it.
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 4096 ]; then
  ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
fi

# Whether SERVERS names any of the arguments.
wants() {
  local server
  for server in "$@"; do [[ " $SERVERS " == *" $server "* ]] && return 0; done
  return 1
}

install_missing() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v curl >/dev/null || missing+=(curl)
  command -v python3 >/dev/null || missing+=(python3)
  if [[ " $SERVERS " == *" gokit "* ]]; then
    command -v go >/dev/null || missing+=(golang-go)
    [ -d /usr/share/doc/golang-github-go-kit-kit-dev/examples/profilesvc ] \
      || missing+=(golang-github-go-kit-kit-dev golang-github-gorilla-mux-dev)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} (Debian packages)" >&2
    local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

build() {
  # The kit's jars and the sample's start-up cache only when they are measured: SERVERS="gokit vertx"
  # runs whatever state the kit's own build is in.
  if wants sample sample-quiet sample-threads ceiling && { [ ! -f "$SAMPLE_JAR" ] || [ ! -f "$BENCH_JAR" ]; }; then
    mvn -B -q -DskipTests package -pl sample-profile-service,kit-benchmarks -am
  fi
  if [[ " $SERVERS " == *" gokit "* ]] && [ ! -x "$OUT/gokit/profilesvc" ]; then
    # GOPATH mode over Debian's packaged sources, as their documentation ships the example.
    local gopath="$OUT/gokit/gopath"
    mkdir -p "$gopath/src/github.com/go-kit/kit/examples"
    cp -r /usr/share/doc/golang-github-go-kit-kit-dev/examples/profilesvc "$gopath/src/github.com/go-kit/kit/examples/"
    GO111MODULE=off GOFLAGS= GOPATH="$(cd "$gopath" && pwd):/usr/share/gocode" \
      go build -o "$OUT/gokit/profilesvc" github.com/go-kit/kit/examples/profilesvc/cmd/profilesvc
  fi
  if [[ " $SERVERS " == *" vertx "* ]] && [ ! -f "$VERTX_JAR" ]; then
    # A project of its own, not a module of the kit's build: Vert.x and Netty stay out of the kit.
    mvn -B -q -f bench/vertx/pom.xml package
  fi
  if wants sample sample-quiet sample-threads && { [ "$SAMPLE_JAR" -nt "$SAMPLE_ARCHIVE" ] \
      || ! "$JAVA" -XX:SharedArchiveFile="$SAMPLE_ARCHIVE" -Xshare:on -cp "$SAMPLE_JAR" -version >/dev/null 2>&1; }; then
    # An archive belongs to the JDK that wrote it: package with this one (JAVA_HOME) to train another.
    mvn -B -q -DskipTests package -pl sample-profile-service -am
  fi
}

command_of() {
  case "$1" in
    sample) echo "$JAVA -XX:SharedArchiveFile=$SAMPLE_ARCHIVE $JAVA_OPTS -jar $SAMPLE_JAR --http.addr=127.0.0.1:$2" ;;
    sample-quiet) echo "env LOG_LEVEL=WARN $(command_of sample "$2")" ;;
    # Handlers on threads (a pool before JDK 21, virtual threads after) rather than the event loops.
    sample-threads) echo "$(command_of sample "$2") --threads" ;;
    ceiling) echo "$JAVA $JAVA_OPTS -cp $BENCH_JAR:kit-benchmarks/target/lib/* dev.javakit.benchmarks.CeilingServer 127.0.0.1:$2" ;;
    gokit) echo "$OUT/gokit/profilesvc -http.addr=127.0.0.1:$2" ;;
    # No start-up cache: it starts as a Vert.x user's jar does.
    vertx) echo "$JAVA $JAVA_OPTS -jar $VERTX_JAR 127.0.0.1:$2" ;;
  esac
}

port_of() {
  case "$1" in
    sample) echo 8091 ;; ceiling) echo 8092 ;; gokit) echo 8093 ;; sample-quiet) echo 8094 ;; vertx) echo 8095 ;;
    sample-threads) echo 8096 ;;
  esac
}

# Prints "<requests/s> <p50 ms> <p99 ms> <% errors>" from wrk's --latency output on stdin, errors
# being answers other than 2xx or 3xx and socket errors: wrk counts them as requests like any other.
parse_wrk() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
    $2 == "requests" && $3 == "in" { total = $1 }
    /Non-2xx or 3xx responses:/ { errors += $NF }
    $1 == "Socket" && $2 == "errors:" { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %.1f\n", rps, p50, p99, total ? 100 * errors / total : 0 }'
}

# Prints the median of the numbers on stdin.
median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

stop() {
  kill -TERM "$1" 2>/dev/null || true
  while kill -0 "$1" 2>/dev/null; do sleep 0.05; done
}

# The wrk command for a concurrency, the same for every server in its row. One wrk thread at 256
# connections too: on 2 cores it drove them at over 110,000 requests/s, above every server here,
# while a second thread takes CPU from the server under test (GET at -c256: Vert.x 110,000/s with
# -t1, 84,000 with -t2; Go kit 74,000 and 65,000, its p99 11 ms and 31 ms).
wrk_for() {
  local threads=$WRK_THREADS
  [ "$threads" -le "$1" ] || threads=$1
  echo "wrk -t$threads -c$1"
}

install_missing
build
echo "# $(date -u +%FT%TZ) $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), $(for c in $CONNECTIONS; do printf '%s; ' "$(wrk_for "$c")"; done)-d$DURATION x $ROUNDS rounds"
echo "# JAVA_OPTS: $JAVA_OPTS"

# Start-up: from spawning the process to its first HTTP answer, the median of STARTS runs.
declare -A first pid
for i in $(seq 1 "$STARTS"); do
  for server in $SERVERS; do
    read -r p ms < <(python3 bench/first_response.py "$(port_of "$server")" -- $(command_of "$server" "$(port_of "$server")"))
    stop "$p"
    first[$server]="${first[$server]:-} $ms"
  done
done

# Load, one concurrency after the other, each on freshly started servers: the POST runs of one
# concurrency would otherwise have grown every store (and its resident memory) under the next.
# Within a concurrency every server runs at once, idle but for its own turn; GET and POST rounds
# alternate between servers, so that a noisy moment hits them all alike.
for c in $CONNECTIONS; do
  wrk=$(wrk_for "$c")
  for server in $SERVERS; do
    port=$(port_of "$server")
    read -r p _ < <(python3 bench/first_response.py "$port" -- $(command_of "$server" "$port"))
    pid[$server]=$p
    [ "$server" = ceiling ] || curl -s -o /dev/null -X POST -d "$SEED" "http://127.0.0.1:$port/profiles/"
    $wrk -d"$WARMUP" "http://127.0.0.1:$port/profiles/alice" >/dev/null
    : > "$OUT/$server.c$c.get"; : > "$OUT/$server.c$c.post"; : > "$OUT/$server.c$c.rss"
  done
  for round in $(seq 1 "$ROUNDS"); do
    for server in $SERVERS; do
      port=$(port_of "$server")
      ( while kill -0 "${pid[$server]}" 2>/dev/null; do ps -o rss= -p "${pid[$server]}" >> "$OUT/$server.c$c.rss" || true; sleep 0.5; done ) &
      sampler=$!
      $wrk -d"$DURATION" --latency "http://127.0.0.1:$port/profiles/alice" | parse_wrk >> "$OUT/$server.c$c.get"
      kill "$sampler" 2>/dev/null || true
    done
  done
  # POSTs come last: they grow every store by a million profiles, which the resident memory above
  # should not include.
  for server in $SERVERS; do
    [ "$server" = ceiling ] || $wrk -d"$WARMUP" -s bench/post.lua "http://127.0.0.1:$(port_of "$server")" -- "warm-$c-$RUN" >/dev/null
  done
  for round in $(seq 1 "$ROUNDS"); do
    for server in $SERVERS; do
      [ "$server" = ceiling ] && continue
      $wrk -d"$DURATION" --latency -s bench/post.lua "http://127.0.0.1:$(port_of "$server")" -- "r$round-$c-$RUN" \
        | parse_wrk >> "$OUT/$server.c$c.post"
    done
  done
  for server in $SERVERS; do stop "${pid[$server]}"; done
done

# Medians over the rounds, a row per server and concurrency; first ms is the same in both rows.
printf "%-14s %5s %10s %8s %8s %10s %8s %8s %9s %8s\n" server conns "GET req/s" "p50 ms" "p99 ms" "POST req/s" "p50 ms" "p99 ms" "first ms" "RSS MiB"
for c in $CONNECTIONS; do
  for server in $SERVERS; do
    get="$(cut -d' ' -f1 "$OUT/$server.c$c.get" | median) $(cut -d' ' -f2 "$OUT/$server.c$c.get" | median) $(cut -d' ' -f3 "$OUT/$server.c$c.get" | median)"
    post="- - -"
    [ -s "$OUT/$server.c$c.post" ] && post="$(cut -d' ' -f1 "$OUT/$server.c$c.post" | median) $(cut -d' ' -f2 "$OUT/$server.c$c.post" | median) $(cut -d' ' -f3 "$OUT/$server.c$c.post" | median)"
    rss=$(sort -n "$OUT/$server.c$c.rss" | tail -1)
    printf "%-14s %5s %10s %8s %8s %10s %8s %8s %9s %8s\n" "$server" "$c" $get $post "$(tr ' ' '\n' <<< "${first[$server]}" | grep . | median)" "$(( ${rss:-0} / 1024 ))"
    echo "$server $get $post" > "$OUT/$server.c$c.summary"
  done
done
# A rate of errors is no rate of the contract's answers: say so under the table.
for c in $CONNECTIONS; do
  for server in $SERVERS; do
    for method in get post; do
      worst=$(cut -d' ' -f4 "$OUT/$server.c$c.$method" | sort -n | tail -1)
      awk -v w="${worst:-0}" 'BEGIN { exit !(w > 0) }' \
        && echo "# $server -c$c ${method^^}: up to $worst% of the answers in a round were errors (non-2xx, socket)"
    done
  done
done
# Ratios from this same run, per concurrency: each sample variant against Go kit, Vert.x and the
# ceiling; throughput above 1 and p99 below 1 favour the sample. The ceiling answers no POST.
for c in $CONNECTIONS; do
  for ours in sample sample-quiet sample-threads; do
    wants "$ours" || continue
    read -r _ our_get _ our_get_p99 our_post _ our_post_p99 < "$OUT/$ours.c$c.summary"
    for theirs in gokit vertx ceiling; do
      wants "$theirs" || continue
      read -r _ get _ get_p99 post _ post_p99 < "$OUT/$theirs.c$c.summary"
      awk -v c="$c" -v a="$ours" -v b="$theirs" -v s="$our_get" -v o="$get" -v sp="$our_get_p99" -v op="$get_p99" \
        -v t="$our_post" -v u="$post" -v tp="$our_post_p99" -v up="$post_p99" '
        function ratio(x, y) { return (x == "-" || y == "-" || y == 0) ? "-" : sprintf("%.2f", x / y) }
        BEGIN {
          line = sprintf("-c%-4s %s / %s: GET throughput %s, p99 %s", c, a, b, ratio(s, o), ratio(sp, op))
          if (u != "-") line = line sprintf("; POST throughput %s, p99 %s", ratio(t, u), ratio(tp, up))
          print line
        }'
    done
  done
done
