#!/bin/sh
# Regenerates tests/projection/golden/*.json, the expected projections of spec §8,
# with the independent Python reference (tests/reference/projection_reference.py)
# from the shipped data in resources/data. Each line below: file, unit, last year, bands.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../resources/data"
golden="$here/../projection/golden"
mkdir -p "$golden"
standard="0-19,20-66,67-79,80+"
while read -r name unit to bands; do
  [ -n "$name" ] || continue
  python3 "$here/projection_reference.py" "$data" "$unit" "$to" "$bands" -o "$golden/$name.json"
  echo "regenerated $name"
done <<CASES
bergen-4601 4601 2050 $standard
nordre-follo-3207 3207 2050 $standard
utsira-1151 1151 2050 $standard
trondheim-5001 5001 2050 $standard
alna-030112 030112 2050 $standard
narvik-1806-split-2019 1806 2050 $standard
alna-030112-fine-bands-2100 030112 2100 0-5,6-15,16-66,67-74,75-84,85-89,90+
utsira-1151-oldest-2060 1151 2060 0-0,1-99,100-104,105-120
oslo-0301-base-only 0301 2024 $standard
frogner-030105-2040 030105 2040 67+,0-66
CASES
