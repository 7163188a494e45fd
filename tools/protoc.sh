#!/usr/bin/env bash
# Prints the path of protoc, the protobuf compiler, for the tests that compile the .proto files the
# processor writes. Uses Debian's protobuf-compiler (protoc 3.21 on Debian 12, the oldest protoc the
# files must compile with), installing it when missing, with libprotobuf-dev, which holds the
# well-known types (google/protobuf/timestamp.proto...) protoc finds under /usr/include on its own.
#
#   tools/protoc.sh
set -euo pipefail
if ! command -v protoc >/dev/null 2>&1 || [ ! -f /usr/include/google/protobuf/timestamp.proto ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  # The package lists are fetched once, when the packages are not found in the current ones.
  if ! $sudo apt-get install -y -qq protobuf-compiler libprotobuf-dev >/dev/null 2>&1; then
    $sudo apt-get update -qq >/dev/null
    $sudo apt-get install -y -qq protobuf-compiler libprotobuf-dev >/dev/null \
      || { echo "cannot install Debian's protobuf-compiler and libprotobuf-dev" >&2; exit 1; }
  fi
fi
command -v protoc
