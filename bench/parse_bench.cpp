// SPDX-License-Identifier: MIT
// The parse benchmark of ../shared/bench's contract: FILE ITERATIONS; each iteration parses the
// buffer into the model and reads every item's title, link and description or summary.
// FILE ITERATIONS view: each iteration parses the buffer and makes the reader's view of the whole
// feed, as a feed reader shows it (view(): HTML sanitized, URLs resolved, dates and authors
// found whatever the format), and reads every item's title, link and content from the view.
//   prints: engine file bytes iterations seconds MB/s items peakRSS_MB
#include <sys/resource.h>
#include <feedpp/feedpp.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

int main(int argc, char** argv) {
  const bool view = argc == 4 && std::string(argv[3]) == "view";
  if ((argc != 3 && !view) || std::atol(argv[2]) < 1) {
    std::fprintf(stderr, "usage: %s FILE ITERATIONS [view]\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  // Read straight into the one buffer: a stringstream would hold a second copy all along.
  in.seekg(0, std::ios::end);
  std::string bytes(static_cast<std::size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
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
      const std::string& text =
          item.description.empty() ? item.content.value : item.description.value;
      checksum += item.title.value.size() + feedpp::alternate_link(item).size() + text.size();
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::fprintf(stderr, "checksum %zu\n", checksum);
  const std::string path = argv[1];
  std::printf("%s %s %zu %ld %.6f %.3f %zu %.1f\n", view ? "feedpp-view" : "feedpp",
              path.substr(path.find_last_of('/') + 1).c_str(), bytes.size(), iterations, seconds,
              static_cast<double>(bytes.size()) * static_cast<double>(iterations) / seconds / 1e6,
              items, static_cast<double>(usage.ru_maxrss) / 1024.0);
  return 0;
}
