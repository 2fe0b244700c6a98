#!/bin/sh
# Regenerates tests/golden/<case>/expected.json from each case's scenario.json
# with the independent Python reference (tests/reference/gevinst_reference.py).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
golden="$here/../golden"
for dir in "$golden"/*/; do
  case_name=$(basename "$dir")
  python3 "$here/gevinst_reference.py" "$dir/scenario.json" "$dir/expected.json"
  echo "regenerated $case_name"
done
