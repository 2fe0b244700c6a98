#!/usr/bin/env bash
# Sets up Gevinstmodell on a Debian machine and runs it or its tests.
#   scripts/setup.sh run    install what is missing, build, start the window
#                           (without a display: show what the command line does)
#   scripts/setup.sh test   install what is missing, build, run every test (with a
#                           throwaway PostgreSQL server for the shared library's tests)
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
echo "== Building (build/, CMake preset \"default\")"
cmake --preset default
if [ "$mode" = test ]; then
  # Everything: the program, the tests and the benchmarks.
  cmake --build --preset default -j"$jobs"
  # The shared library's tests need a PostgreSQL server: a throwaway one, stopped again at
  # exit. Without it (or with GEVINST_TEST_PG_URI already set: your own) ctest runs as is.
  source scripts/pg-test-server-env.sh
  echo "== Testing"
  ctest --preset default -j"$jobs"
  exit $?
fi
# Only what running needs: the program (the tests and benchmarks are built by "test").
cmake --build --preset default -j"$jobs" --target gevinst

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
