// SPDX-License-Identifier: MIT
// The validation benchmark, with the parse benchmark's contract: FILE ITERATIONS; each iteration
// validates the buffer (validate(): the parse into the model plus the W3C rules) and reads every
// item's title as the parse benchmark does, and counts the findings.
//   prints: engine file bytes iterations seconds MB/s items peakRSS_MB
#include <feedpp/feedpp.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "contract.hpp"

int main(int argc, char** argv) {
  if (argc != 3 || std::atol(argv[2]) < 1) {
    std::fprintf(stderr, "usage: %s FILE ITERATIONS\n", argv[0]);
    return 2;
  }
  const std::optional<std::string> file = bench::read_file(argv[1]);
  if (!file) return 2;
  const std::string& bytes = *file;
  const long iterations = std::atol(argv[2]);

  std::size_t checksum = 0;
  std::size_t items = 0;
  std::size_t findings = 0;
  const auto start = std::chrono::steady_clock::now();
  for (long i = 0; i < iterations; ++i) {
    const feedpp::ValidationResult result = feedpp::validate(bytes);
    if (!result.parse.ok()) {
      std::fprintf(stderr, "parse failed: %s\n", result.parse.diagnostics.front().message.c_str());
      return 1;
    }
    items = result.parse.feed.items.size();
    findings = result.findings.size();
    for (const feedpp::Item& item : result.parse.feed.items) {
      checksum += bench::read_item(item);
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "checksum %zu, %zu findings\n", checksum, findings);
  bench::print_result("feedpp-validate", argv[1], bytes.size(), iterations, seconds, items);
  return 0;
}
