#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (the fuzz preset: clang, build-fuzz/) and runs each one on a copy
# of its seed corpus (tests/fuzz/corpus/<target>/) for a bounded time. Fails when a target
# crashes, hangs, leaks or runs out of memory; the input that did it is kept in
# build-fuzz/fuzz-artifacts/ (replay it: build-fuzz/bin/<target> <file>).
#   PARTNERO_FUZZ_SECONDS  seconds per target (default 40: about two minutes for all)
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
seconds="${PARTNERO_FUZZ_SECONDS:-40}"

cmake --preset fuzz >/dev/null
start=$(date +%s)
cmake --build --preset fuzz
echo "Fuzz build: $(( $(date +%s) - start )) s"

artifacts="$PWD/build-fuzz/fuzz-artifacts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$artifacts"
# Qt keeps caches and registries for the life of the process, which LeakSanitizer would report
# after every input (Qt is not instrumented); the suppressions are the asan preset's.
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen

failed=()
for dir in tests/fuzz/corpus/*/; do
  target="$(basename "$dir")"
  exe="build-fuzz/bin/$target"
  [ -x "$exe" ] || { echo "No fuzz target $target"; failed+=("$target"); continue; }
  # New inputs go to a scratch folder: the seed corpus in the tree is not changed.
  mkdir -p "$work/$target"
  log="$work/$target.log"
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="$artifacts/$target-")
  # Tokens of the format (JSON field names) that mutations alone would take long to find.
  [ -f "tests/fuzz/$target.dict" ] && options+=(-dict="tests/fuzz/$target.dict")
  echo "Fuzzing $target for ${seconds} s"
  if "$exe" "${options[@]}" "$work/$target" "$dir" >"$log" 2>&1; then
    grep -E '^Done|stat::number_of_executed_units|stat::peak_rss_mb' "$log" || true
    grep -E '#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true
  else
    echo "FAILED: $target found a problem; its input is in $artifacts:"
    grep -E -A 30 '==ERROR|^SUMMARY|deadly signal|Test unit written' "$log" | head -n 60
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "Fuzz targets that failed: ${failed[*]}"
  exit 1
fi
echo "Every fuzz target ran ${seconds} s without a finding."
