// SPDX-License-Identifier: MIT
// ../shared/bench's contract, as the benchmark programs share it: the file read into one
// buffer, what is read of each item, and the result line.
#ifndef FEEDPP_BENCH_CONTRACT_HPP
#define FEEDPP_BENCH_CONTRACT_HPP

#include <sys/resource.h>
#include <feedpp/feedpp.hpp>

#include <cstddef>
#include <cstdio>
#include <fstream>
#include <optional>
#include <string>

namespace bench {

// The bytes of the file at `path`, read straight into one buffer (a stringstream would hold a
// second copy all along); nothing, with a message on stderr, when it cannot be read.
inline std::optional<std::string> read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path);
    return std::nullopt;
  }
  in.seekg(0, std::ios::end);
  std::string bytes(static_cast<std::size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return bytes;
}

// Reads what the contract reads of an item: its title, link and description (or, without one,
// its content); returns their sizes, summed into a checksum so that no read is optimised away.
inline std::size_t read_item(const feedpp::Item& item) {
  const std::string& text = item.description.empty() ? item.content.value : item.description.value;
  return item.title.value.size() + feedpp::alternate_link(item).size() + text.size();
}

// What the model alone costs, whatever reads the document: `parsed` copied, each item read as
// read_item() reads it, and the copy destroyed (every allocation, copy and free a parser pays to
// build this model and let it go); returns the items' checksum.
inline std::size_t copy_and_read(const feedpp::Feed& parsed) {
  const feedpp::Feed copy = parsed;
  std::size_t sum = 0;
  for (const feedpp::Item& item : copy.items) sum += read_item(item);
  return sum;
}

// Prints the contract's line: engine file bytes iterations seconds MB/s items peakRSS_MB, the
// file named without its folder, MB/s of `bytes` a run, the peak RSS of the whole process.
inline void print_result(const std::string& engine, const std::string& path, std::size_t bytes,
                         long iterations, double seconds, std::size_t items) {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%s %s %zu %ld %.6f %.3f %zu %.1f\n", engine.c_str(),
              path.substr(path.find_last_of('/') + 1).c_str(), bytes, iterations, seconds,
              static_cast<double>(bytes) * static_cast<double>(iterations) / seconds / 1e6, items,
              static_cast<double>(usage.ru_maxrss) / 1024.0);
}

}  // namespace bench

#endif  // FEEDPP_BENCH_CONTRACT_HPP
