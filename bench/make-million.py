#!/usr/bin/env python3
# The 1,000,000-item RSS feed the streaming benchmarks read: the items of the harness's
# rss-large.xml (../shared/bench/make-corpus.py, 10,000 items) written 100 times over, each
# copy's guids made unique. About 2.9 GB, written as it goes.
#   bench/make-million.py CORPUS_DIR/rss-large.xml OUT.xml
import sys

if len(sys.argv) != 3:
    sys.exit("usage: make-million.py RSS_LARGE_XML OUT_XML")
src = open(sys.argv[1], encoding="utf-8").read()
first = src.index("<item>")
last = src.rindex("</item>") + len("</item>")
head, body, tail = src[:first], src[first:last], src[last:]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(head)
    for copy in range(100):
        out.write(body.replace("</guid>", "-%d</guid>" % copy) if copy else body)
    out.write(tail)
