#!/usr/bin/env bash
# Sets up Gevinstmodell on a Debian machine and runs it or its tests.
#   scripts/setup.sh run    install what is missing, build, start the window
#                           (without a display: show what the command line does)
#   scripts/setup.sh test   install what is missing, build, run every test
# Packages come from debian-packages.txt; nothing is downloaded at build time.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
case $mode in run|test) ;; *) echo "usage: scripts/setup.sh run|test" >&2; exit 2 ;; esac

packages=$(sed -e 's/#.*//' debian-packages.txt | xargs)
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "== Installing:$missing"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q $missing
fi

jobs=$(nproc 2>/dev/null || echo 2)
echo "== Building (build/)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$jobs"

if [ "$mode" = test ]; then
  echo "== Testing"
  ctest --test-dir build --output-on-failure -j"$jobs"
  exit $?
fi

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo
  echo "Ingen skjerm funnet (DISPLAY er ikke satt): vinduet kan ikke åpnes her."
  echo "Dette kan kommandolinjen gjøre uten skjerm:"
  echo
  build/bin/gevinst --help
  echo
  echo "== Eksempel: build/bin/gevinst summary scenarios/nordre-follo-hjemmetjenester.json"
  build/bin/gevinst summary scenarios/nordre-follo-hjemmetjenester.json
  exit 0
fi
exec build/bin/gevinst
