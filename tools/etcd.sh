#!/usr/bin/env bash
# Prints the path of an etcd server (v3 API) for the tests that register and discover instances in
# it. Uses the one on PATH if there is one; otherwise takes it out of Debian's etcd-server package
# (3.4) without installing the package (which would also start etcd as a system service), into the
# directory given as the first argument, where later runs find it. etcd is a Go binary that needs
# only libc, so the extracted file runs as it is.
#
#   tools/etcd.sh target/tools
set -euo pipefail
dir=${1:?usage: tools/etcd.sh DIR}
if command -v etcd >/dev/null 2>&1; then
  command -v etcd
  exit 0
fi
if [ -x "$dir/usr/bin/etcd" ]; then
  echo "$dir/usr/bin/etcd"
  exit 0
fi
mkdir -p "$dir"
cd "$dir"
# apt-get download needs the package lists; they are fetched once when missing or stale.
if ! apt-get download etcd-server >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  apt-get download etcd-server >/dev/null 2>&1 || { echo "cannot download Debian's etcd-server package" >&2; exit 1; }
fi
dpkg-deb -x etcd-server_*.deb .
rm -f etcd-server_*.deb
echo "$dir/usr/bin/etcd"
