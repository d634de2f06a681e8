// SPDX-License-Identifier: MIT
// The streaming parser beside parse(): FILE ITERATIONS; each iteration reads the file in 64 KiB
// chunks through a StreamParser whose handler reads every item's title, link and description or
// summary, as the parse benchmark does, then drops the item. The file is read from disk each
// time (in the page cache after the first), so a feed larger than memory can be measured: the
// peak RSS is the streaming parser's alone.
//   prints: engine file bytes iterations seconds MB/s items peakRSS_MB
#include <feedpp/feedpp.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "contract.hpp"

int main(int argc, char** argv) {
  if (argc != 3 || std::atol(argv[2]) < 1) {
    std::fprintf(stderr, "usage: %s FILE ITERATIONS\n", argv[0]);
    return 2;
  }
  const long iterations = std::atol(argv[2]);
  std::size_t checksum = 0;
  std::size_t items = 0;
  std::error_code ec;
  const std::size_t bytes = static_cast<std::size_t>(std::filesystem::file_size(argv[1], ec));
  const auto start = std::chrono::steady_clock::now();
  for (long i = 0; i < iterations; ++i) {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", argv[1]);
      return 2;
    }
    items = 0;
    feedpp::StreamHandler handler;
    handler.on_item = [&](feedpp::Item& item) {
      checksum += bench::read_item(item);
      ++items;
    };
    const feedpp::ParseResult result = feedpp::parse_stream(in, handler);
    if (!result.ok()) {
      std::fprintf(stderr, "parse failed: %s\n", result.diagnostics.front().message.c_str());
      return 1;
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "checksum %zu\n", checksum);
  bench::print_result("feedpp-stream", argv[1], bytes, iterations, seconds, items);
  return 0;
}
