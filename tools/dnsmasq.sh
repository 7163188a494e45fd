#!/usr/bin/env bash
# Prints the path of dnsmasq, for the tests that resolve SRV records through a real DNS server.
# Uses the one installed if there is one; otherwise installs Debian's dnsmasq-base, the package of
# the dnsmasq binary alone (the dnsmasq package adds a system service, which would start and take
# port 53). Unlike etcd it cannot just be extracted: it links libraries (netfilter, nftables) that a
# fresh machine lacks, and apt-get brings them along. The first argument is accepted for the same
# usage as the other tools/ scripts, and unused.
#
#   tools/dnsmasq.sh target/tools
set -euo pipefail
: "${1:?usage: tools/dnsmasq.sh DIR}"
# Root's PATH has /usr/sbin, a user's often has not.
for candidate in "$(command -v dnsmasq 2>/dev/null || true)" /usr/sbin/dnsmasq; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
# The package lists are fetched once when missing or stale.
if ! $sudo apt-get install -y -qq dnsmasq-base >/dev/null 2>&1; then
  $sudo apt-get update -qq >/dev/null
  $sudo apt-get install -y -qq dnsmasq-base >/dev/null 2>&1 || { echo "cannot install Debian's dnsmasq-base package" >&2; exit 1; }
fi
echo /usr/sbin/dnsmasq
