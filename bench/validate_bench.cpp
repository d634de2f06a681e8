// SPDX-License-Identifier: MIT
// The validation benchmark, with the parse benchmark's contract: FILE ITERATIONS; each iteration
// validates the buffer (validate(): the parse into the model plus the W3C rules) and reads every
// item's title as the parse benchmark does, and counts the findings.
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
  in.seekg(0, std::ios::end);
  std::string bytes(static_cast<std::size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
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
      const std::string& text =
          item.description.empty() ? item.content.value : item.description.value;
      checksum += item.title.value.size() + feedpp::alternate_link(item).size() + text.size();
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::fprintf(stderr, "checksum %zu, %zu findings\n", checksum, findings);
  const std::string path = argv[1];
  std::printf("feedpp-validate %s %zu %ld %.6f %.3f %zu %.1f\n",
              path.substr(path.find_last_of('/') + 1).c_str(), bytes.size(), iterations, seconds,
              static_cast<double>(bytes.size()) * static_cast<double>(iterations) / seconds / 1e6,
              items, static_cast<double>(usage.ru_maxrss) / 1024.0);
  return 0;
}
