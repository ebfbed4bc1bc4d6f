#!/bin/sh
# Installs every build, test and benchmark dependency of dualvm from Debian's packages.
# Skips apt entirely when everything is already installed (fast CI re-runs).
set -e
PACKAGES="g++ cmake ninja-build ccache pkg-config python3 \
  catch2 nlohmann-json3-dev libmimalloc-dev libicu-dev libgmp-dev libasmjit-dev libzydis-dev \
  libdouble-conversion-dev libpcre2-dev libedit-dev libssl-dev libexpat1-dev zlib1g-dev \
  libpython3.11-stdlib python3.11 nodejs pypy3 libmozjs-102-dev"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# node may come from another Debian-compatible package providing /usr/bin/node.
if command -v node >/dev/null 2>&1; then missing=$(echo "$missing" | sed 's/ nodejs//'); fi
if [ -n "$missing" ]; then
  echo "installing:$missing"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $missing
fi
