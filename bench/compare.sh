#!/usr/bin/env bash
# Measures feedpp beside its peers and the XML floor: builds bench/'s programs (Release, -O2),
# then runs the shared benchmark harness (../shared/bench) with them in its FEEDPP_BENCH and
# FEEDPP_GEN_BENCH slots, and writes the results table to bench/results-DATE.md; then
# bench/own-paths.sh appends feedpp's own paths beside their floors to the same file.
#   bench/compare.sh [HARNESS_DIR]
# HARNESS_DIR is a writable copy of ../shared/bench (default /tmp/feedbench); it is copied and
# set up (as root: apt-get, npm ci, its builds, its corpus) when missing. The run takes about
# 20 minutes on 2 cores; keep the machine otherwise idle. The harness's knobs (BENCH_ONLY,
# BENCH_FILES, BENCH_ROUNDS, ...) pass through the environment.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
harness="${1:-/tmp/feedbench}"
if [ ! -x "$harness/run.sh" ]; then
  cp -r "$root/../shared/bench" "$harness"
  bash "$harness/setup.sh"
fi
build="$root/build-bench"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
  -DFEEDPP_BUILD_BENCH=ON -DFEEDPP_BUILD_TESTS=OFF -DFEEDPP_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build" -j2 --target feedpp-parse-bench feedpp-gen-bench feedpp-stream-bench \
  feedpp-validate-bench feedpp-sanitize-bench feedpp-json-bench feedpp-write-stream-bench \
  feedpp-model-bench feedpp_tool
results="${BENCH_RESULTS:-$root/bench/results-$(date +%F).md}"
FEEDPP_BENCH="$build/bench/feedpp-parse-bench {file} {iterations}" \
  FEEDPP_GEN_BENCH="$build/bench/feedpp-gen-bench {file} {iterations}" \
  BENCH_RESULTS="$results" \
  bash "$harness/run.sh"
# Then the paths no peer has (streaming, JSON Feed, sanitizing, validating), in the same file.
bash "$root/bench/own-paths.sh" "$build" "$harness/corpus" "$results"
