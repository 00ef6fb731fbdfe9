#!/usr/bin/env bash
# The e2e tests drive Debian's Chromium (with a Korean font for the ko screens). Install
# them when missing and we may (root + apt).
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "test: installing Debian's chromium for the end-to-end tests"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-nanum
else
  echo "test: $chromium is missing; install Debian's chromium (apt-get install -y chromium)" >&2
  exit 1
fi
