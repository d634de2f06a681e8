#!/usr/bin/env bash
# Measures feedpp's paths that have no peer in the shared harness, each beside its floor, and
# appends the tables to a results file: the streaming reader beside parse() on every corpus
# feed (and on the 1,000,000-item feed, with `feedpp convert` streaming it to Atom), JSON Feed
# beside simdjson and fmt, the sanitizer beside gumbo, validate() and the reader's view beside
# parse(), the model's own cost beside pugixml's DOM parse, and the streaming writer. Rounds
# are interleaved (three), and ratios are medians of per-round ratios.
#   bench/own-paths.sh BUILD_DIR CORPUS_DIR RESULTS_MD
# BUILD_DIR is a Release build with FEEDPP_BUILD_BENCH=ON and the feedpp tool (compare.sh makes
# one); CORPUS_DIR holds the harness's feeds and items.json; rss-1m.xml is made there by
# make-million.py when missing (about 2.9 GB of disk). About 7 minutes on 2 cores.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$1"
corpus="$2"
results="$3"
bin="$build/bench"
rounds=3
lines="$(mktemp)"
trap 'rm -f "$lines"' EXIT

# Iterations for about half a second at 400 MB/s, at least one.
iterations() { python3 -c "import os,sys; print(max(1, int(200e6 / os.path.getsize(sys.argv[1]))))" "$1"; }

for round in $(seq "$rounds"); do
  for feed in rss-small rss-large atom-large podcast rss1-rdf; do
    f="$corpus/$feed.xml"
    n="$(iterations "$f")"
    for engine in parse stream validate; do
      echo "$round: $("$bin/feedpp-$engine-bench" "$f" "$n" 2>/dev/null)" >>"$lines"
    done
    # The reader's view sanitizes every HTML text: some forty times slower than the parse.
    echo "$round: $("$bin/feedpp-parse-bench" "$f" "$(((n + 39) / 40))" view 2>/dev/null)" >>"$lines"
    echo "$round: $("$bin/feedpp-sanitize-bench" "$f" "$((n * 4))" sanitize 2>/dev/null)" >>"$lines"
    echo "$round: $("$bin/feedpp-sanitize-bench" "$f" "$((n * 4))" gumbo 2>/dev/null)" >>"$lines"
    for mode in model dom; do
      echo "$round: $("$bin/feedpp-model-bench" "$f" "$n" "$mode" 2>/dev/null)" >>"$lines"
    done
  done
done

million="$corpus/rss-1m.xml"
[ -f "$million" ] || python3 "$here/make-million.py" "$corpus/rss-large.xml" "$million"
stream_1m="$("$bin/feedpp-stream-bench" "$million" 1 2>/dev/null)"
timing="$(mktemp)"
entries="$(/usr/bin/time -o "$timing" -f '%e %M' "$build/tools/feedpp/feedpp" convert --to atom \
  "$million" 2>/dev/null | grep -c '<entry>')"
convert_1m="$entries $(cat "$timing")"
rm -f "$timing"
json="$("$bin/feedpp-json-bench" "$corpus/items.json" 2>/dev/null)"
write_stream="$("$bin/feedpp-write-stream-bench" 2>/dev/null)"

python3 - "$lines" "$results" "$stream_1m" "$convert_1m" "$json" "$write_stream" <<'EOF'
import statistics, sys
lines_file, results, stream_1m, convert_1m, json_out, write_stream = sys.argv[1:7]
runs = {}  # (engine, file) -> {round: (mbps, rss)}
for line in open(lines_file):
    head, _, rest = line.partition(": ")
    f = rest.split()
    if len(f) < 8:
        continue
    runs.setdefault((f[0], f[1]), {})[head] = (float(f[5]), float(f[7]))
feeds = ["rss-small.xml", "rss-large.xml", "atom-large.xml", "podcast.xml", "rss1-rdf.xml"]
def ratios(engine, floor, feed):
    # The engine's MB/s over the floor's, a ratio a round where both ran.
    mine, base = runs.get((engine, feed), {}), runs.get((floor, feed), {})
    return [mine[r][0] / base[r][0] for r in mine if r in base and base[r][0] > 0 and mine[r][0] > 0]
def row(engine, floor):
    cells = []
    for feed in feeds:
        mine, rs = runs.get((engine, feed), {}), ratios(engine, floor, feed)
        mbps = statistics.median(v[0] for v in mine.values()) if mine else 0
        cells.append("%.0f (%.2f×)" % (mbps, statistics.median(rs)) if rs else "-")
    return cells
def time_share(engine, floor):
    # The engine's time as a multiple of the floor's: the median of the per-round speed ratios,
    # inverted.
    return ["%.2f×" % (1 / statistics.median(rs)) if rs else "-"
            for rs in (ratios(engine, floor, feed) for feed in feeds)]
def rss(engine):
    return ["%.1f" % max(v[1] for v in runs.get((engine, feed), {0: (0, 0)}).values()) for feed in feeds]
out = ["", "## feedpp's own paths (bench/own-paths.sh)", "",
       "MB/s of input, medians of %d interleaved rounds; in brackets, the median of the per-round "
       "ratios to the floor named." % len({r for v in runs.values() for r in v}), "",
       "| path | " + " | ".join(f[:-4] for f in feeds) + " |", "|---|" + "--:|" * len(feeds)]
out.append("| parse() (floor of the next three) | " + " | ".join(row("feedpp", "feedpp")) + " |")
out.append("| streaming reader ÷ parse() | " + " | ".join(row("feedpp-stream", "feedpp")) + " |")
out.append("| validate() ÷ parse() | " + " | ".join(row("feedpp-validate", "feedpp")) + " |")
out.append("| view() (parse, then the reader's view, HTML sanitized) ÷ parse() | " + " | ".join(row("feedpp-view", "feedpp")) + " |")
out.append("| sanitize_html() ÷ gumbo alone (MB/s of HTML) | " + " | ".join(row("feedpp-sanitize", "feedpp-gumbo")) + " |")
out += ["", "What the model costs beside pugixml's DOM parse (model_bench.cpp times both, the "
        "model as a parsed `Feed` copied, read and freed): each one's time as a multiple of "
        "pugixml-dom's on the same bytes, `parse()`'s from parse_bench.cpp. A parse at 0.6× "
        "pugixml-dom has 1.67× its time in all; the model takes its row's share of it, whatever "
        "reads the XML.", "",
        "| path | " + " | ".join(f[:-4] for f in feeds) + " |", "|---|" + "--:|" * len(feeds)]
out.append("| the model alone, time ÷ pugixml-dom's | " + " | ".join(time_share("feedpp-model", "pugixml-dom-here")) + " |")
out.append("| parse(), time ÷ pugixml-dom's | " + " | ".join(time_share("feedpp", "pugixml-dom-here")) + " |")
out += ["", "Peak RSS, MiB (whole process):", "", "| path | " + " | ".join(f[:-4] for f in feeds) + " |",
        "|---|" + "--:|" * len(feeds)]
out.append("| parse() | " + " | ".join(rss("feedpp")) + " |")
out.append("| streaming reader | " + " | ".join(rss("feedpp-stream")) + " |")
s = stream_1m.split()
c = convert_1m.split()
out += ["", "The 1,000,000-item feed (make-million.py, %.2f GB):" % (int(s[2]) / 1e9), "",
        "- streaming reader: %s items at %s MB/s, peak RSS %s MiB" % (s[6], s[5], s[7]),
        "- `feedpp convert --to atom`, streaming reader to AtomWriter: %s entries written in %s s, "
        "peak RSS %.1f MiB" % (c[0], c[1], int(c[2]) / 1024), "",
        "JSON Feed (json_bench.cpp), three interleaved rounds:", "", "```"]
out += [l for l in json_out.splitlines()]
out += ["```", "", "Streaming writer (write_stream_bench.cpp): `%s`" % write_stream.strip(), ""]
with open(results, "a") as f:
    f.write("\n".join(out))
print("\n".join(out))
EOF
