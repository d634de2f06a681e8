// SPDX-License-Identifier: MIT
// The parse benchmark of ../shared/bench's contract: FILE ITERATIONS; each iteration parses the
// buffer into the model and reads every item's title, link and description or summary.
//   prints: engine file bytes iterations seconds MB/s items peakRSS_MB
#include <sys/resource.h>
#include <feedpp/feedpp.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 3 || std::atol(argv[2]) < 1) {
    std::fprintf(stderr, "usage: %s FILE ITERATIONS\n", argv[0]);
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
  std::printf("feedpp %s %zu %ld %.6f %.3f %zu %.1f\n",
              path.substr(path.find_last_of('/') + 1).c_str(), bytes.size(), iterations, seconds,
              static_cast<double>(bytes.size()) * static_cast<double>(iterations) / seconds / 1e6,
              items, static_cast<double>(usage.ru_maxrss) / 1024.0);
  return 0;
}
