#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS on a corpus seeded from tests/data (feeds: XML and
# JSON for parse, roundtrip, view, validate, stream and convert, JSON for json),
# tests/fuzz/dates.txt (dates) and tests/fuzz/html (HTML), two at a time. Fails if any target finds a crash, a leak or a broken
# property; prints each target's last status line (executions, coverage, corpus).
#   tests/fuzz/run.sh BUILD_DIR SECONDS [WORK_DIR [TARGET...]]
# BUILD_DIR is a build configured with FEEDPP_BUILD_FUZZERS=ON (see tests/fuzz/CMakeLists.txt).
# WORK_DIR keeps the corpora between runs (default, or "": a temporary directory, removed after).
# TARGETs (parse, date, roundtrip, writer, json, sanitize, view, validate, stream, convert) run only those, two
# at a time; default: all.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$1"
seconds="$2"
work="${3:-}"
if [ -z "$work" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi

seed() {  # seed TARGET: fills $work/TARGET once
  local dir="$work/$1"
  [ -d "$dir" ] && return
  mkdir -p "$dir"
  case "$1" in
    parse | roundtrip | view | validate | stream | convert)  # every feed in tests/data, named after its path
      (cd "$here/../data" && find . -name '*.xml' -o -name '*.json' -o -name '*.gz' |
        while IFS= read -r f; do
          cp "$f" "$dir/$(printf '%s' "${f#./}" | tr '/' '_')"
        done) ;;
    json)  # every JSON document in tests/data
      (cd "$here/../data" && find . -name '*.json' | while IFS= read -r f; do
        cp "$f" "$dir/$(printf '%s' "${f#./}" | tr '/' '_')"
      done) ;;
    date)
      local n=0
      while IFS= read -r line; do
        printf '%s' "$line" > "$dir/seed-$n"
        n=$((n + 1))
      done < "$here/dates.txt" ;;
    writer) ;;  # FuzzedDataProvider input: any bytes will do
    sanitize) cp "$here"/html/* "$dir"/ ;;
  esac
}

run() {  # run TARGET: fuzzes for $seconds, crash reproducers in $work/artifacts
  local target="$1"
  seed "$target"
  mkdir -p "$work/artifacts"
  local dict="$here/feed.dict"
  [ "$target" = sanitize ] && dict="$here/html.dict"
  if "$build/tests/fuzz/${target}_fuzzer" "$work/$target" -dict="$dict" \
      -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=4096 \
      -artifact_prefix="$work/artifacts/$target-" -print_final_stats=1 \
      > "$work/$target.log" 2>&1; then
    echo "$target: $(grep -E '^#[0-9]+' "$work/$target.log" | tail -n 1)"
  else
    echo "$target: FAILED" >&2
    tail -n 40 "$work/$target.log" >&2
    return 1
  fi
}

targets=("${@:4}")
[ ${#targets[@]} -gt 0 ] || targets=(parse date roundtrip writer json sanitize view validate stream convert)
status=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[i]}" & a=$!
  b=
  if [ $((i + 1)) -lt ${#targets[@]} ]; then
    run "${targets[i + 1]}" & b=$!
  fi
  wait $a || status=1
  [ -z "$b" ] || wait $b || status=1
done
exit $status
