#!/usr/bin/env bash
# Prints the path of gokit-addsvc, Go kit's addsvc HTTP and JSON-RPC transports on Go kit's own
# packages (sample-add-service/src/test/go/gokit-addsvc), for the sample's interoperability tests.
# Builds it offline from Debian's Go and Go kit packages into the directory given as the first
# argument, installing them when missing, and rebuilds it when its source is newer.
#
#   tools/gokit-addsvc.sh target/tools
set -euo pipefail
dir=$(mkdir -p "${1:?usage: tools/gokit-addsvc.sh DIR}" && cd "$1" && pwd)
source_dir="$(cd "$(dirname "$0")/.." && pwd)/sample-add-service/src/test/go/gokit-addsvc"
binary="$dir/gokit-addsvc"
if [ -x "$binary" ] && [ "$binary" -nt "$source_dir/main.go" ]; then
  echo "$binary"
  exit 0
fi
if ! command -v go >/dev/null 2>&1 || [ ! -d /usr/share/gocode/src/github.com/go-kit/kit/transport/http/jsonrpc ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing golang-go golang-github-go-kit-kit-dev (Debian packages)" >&2
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq golang-go golang-github-go-kit-kit-dev >/dev/null
fi
# GOPATH mode over Debian's packaged sources (/usr/share/gocode): no module download, no network.
gopath="$dir/gopath"
mkdir -p "$gopath/src/gokit-addsvc"
cp "$source_dir/main.go" "$gopath/src/gokit-addsvc/"
GO111MODULE=off GOFLAGS= GOPATH="$gopath:/usr/share/gocode" go build -o "$binary" gokit-addsvc >&2
echo "$binary"
