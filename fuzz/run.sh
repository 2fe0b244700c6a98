#!/usr/bin/env bash
# Runs the libFuzzer targets of build-fuzz/ (cmake --preset fuzz) on their seed corpus.
#   fuzz/run.sh --smoke [target...]     a short run of each target (CI)
#   fuzz/run.sh --runs N [target...]    N executions of each target, in the background-friendly
#                                       way: one process, nice 10
# Seeds come from the shipped files (scenarios/, tests/golden/, fuzz/corpus/<target>/);
# the growing corpus and any crash input go to a temporary folder, printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin=${GEVINST_FUZZ_BIN:-$root/build-fuzz/bin}
runs=${GEVINST_FUZZ_SMOKE_RUNS:-20000}
case ${1:-} in
  --smoke) shift ;;
  --runs) runs=$2; shift 2 ;;
  *) echo "usage: fuzz/run.sh --smoke|--runs N [target...]" >&2; exit 2 ;;
esac
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_scenario fuzz_ssb_csv fuzz_ssb_jsonstat)

work=$(mktemp -d "${TMPDIR:-/tmp}/gevinst-fuzz.XXXXXX")
status=0
for target in "${targets[@]}"; do
  if [ ! -x "$bin/$target" ]; then
    echo "fuzz: $target not built (skipped)"
    continue
  fi
  seeds=("$root/fuzz/corpus/$target")
  dict=()
  case $target in
    fuzz_scenario)
      seeds+=("$root/scenarios")
      for d in "$root"/tests/golden/*/; do seeds+=("$d"); done
      dict=(-dict="$root/fuzz/scenario.dict") ;;
  esac
  existing=()
  for s in "${seeds[@]}"; do [ -d "$s" ] && existing+=("$s"); done
  mkdir -p "$work/$target/corpus" "$work/$target/crashes"
  echo "fuzz: $target, $runs runs"
  # Run inside the work folder: libFuzzer writes its logs to the current folder.
  if ! (cd "$work/$target" && nice -n 10 "$bin/$target" -runs="$runs" -max_len=16384 -timeout=10 \
          -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/$target/crashes/" \
          "${dict[@]}" corpus "${existing[@]}" > log 2>&1); then
    echo "fuzz: $target FAILED, input and log in $work/$target" >&2
    tail -40 "$work/$target/log" >&2
    status=1
    continue
  fi
  grep -E "^stat::number_of_executed_units|^Done" "$work/$target/log" || true
done
if [ $status -eq 0 ]; then rm -rf "$work"; fi
exit $status
