#!/usr/bin/env bash
# Prints the path of a promtool, Prometheus's own checker, for the tests that validate /metrics with
# it. Uses the one on PATH if there is one; otherwise takes it out of Debian's prometheus package
# without installing the package (which would also install and start a Prometheus server), into
# the directory given as the first argument, where later runs find it.
#
#   tools/promtool.sh target/tools
set -euo pipefail
dir=${1:?usage: tools/promtool.sh DIR}
if command -v promtool >/dev/null 2>&1; then
  command -v promtool
  exit 0
fi
if [ -x "$dir/usr/bin/promtool" ]; then
  echo "$dir/usr/bin/promtool"
  exit 0
fi
mkdir -p "$dir"
cd "$dir"
# apt-get download needs the package lists; they are fetched once when missing or stale.
if ! apt-get download prometheus >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  apt-get download prometheus >/dev/null 2>&1 || { echo "cannot download Debian's prometheus package" >&2; exit 1; }
fi
dpkg-deb -x prometheus_*.deb .
rm -f prometheus_*.deb
echo "$dir/usr/bin/promtool"
