// SPDX-License-Identifier: MIT
// The parse benchmark of ../shared/bench's contract: FILE ITERATIONS; each iteration parses the
// buffer into the model and reads every item's title, link and description or summary.
// FILE ITERATIONS view: each iteration parses the buffer and makes the reader's view of the whole
// feed, as a feed reader shows it (view(): HTML sanitized, URLs resolved, dates and authors
// found whatever the format), and reads every item's title, link and content from the view.
//   prints: engine file bytes iterations seconds MB/s items peakRSS_MB
#include <feedpp/feedpp.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "contract.hpp"

int main(int argc, char** argv) {
  const bool view = argc == 4 && std::string(argv[3]) == "view";
  if ((argc != 3 && !view) || std::atol(argv[2]) < 1) {
    std::fprintf(stderr, "usage: %s FILE ITERATIONS [view]\n", argv[0]);
    return 2;
  }
  const std::optional<std::string> file = bench::read_file(argv[1]);
  if (!file) return 2;
  const std::string& bytes = *file;
  const long iterations = std::atol(argv[2]);

  std::size_t checksum = 0;
  std::size_t items = 0;
  const auto start = std::chrono::steady_clock::now();
  for (long i = 0; i < iterations; ++i) {
    const feedpp::ParseResult result = feedpp::parse(bytes);
    if (!result.ok()) {
      std::fprintf(stderr, "parse failed: %s\n", result.diagnostics.front().message.c_str());
      return 1;
    }
    items = result.feed.items.size();
    if (view) {
      const feedpp::FeedView shown = feedpp::view(result.feed);
      for (const feedpp::ItemView& item : shown.items) {
        const std::size_t text = !item.content.empty() ? item.content.front().value.size()
                                 : item.summary        ? item.summary->value.size()
                                                       : 0;
        checksum += (item.title ? item.title->value.size() : 0) + item.link.size() + text;
      }
      continue;
    }
    for (const feedpp::Item& item : result.feed.items) {
      checksum += bench::read_item(item);
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "checksum %zu\n", checksum);
  bench::print_result(view ? "feedpp-view" : "feedpp", argv[1], bytes.size(), iterations, seconds,
                      items);
  return 0;
}
