// SPDX-License-Identifier: MIT
// Arbitrary bytes -> parse -> write RSS 2.0 and Atom 1.0. Each output is well-formed XML with
// namespaces, parses again without an error, and writing that gives the same bytes: what the
// writers write is a fixed point of parse and write.
#include <feedpp/feedpp.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "xml_check.hpp"

namespace {

void require(bool condition, const char* what, const std::string& detail) {
  if (condition) return;
  std::fprintf(stderr, "roundtrip_fuzzer: %s\n%s\n", what, detail.c_str());
  std::abort();
}

template <class Write>
void check(const feedpp::Feed& feed, Write write) {
  feedpp::WriteOptions options;
  options.allow_missing = true;
  std::string first;
  const feedpp::Status status = write(feed, first, options);
  require(status.ok(), "the writer failed on a parsed model", status.message());
  const std::string problem = feedpp::test::xml_problem(first);
  require(problem.empty(), "the output is not well-formed", problem + "\n" + first);
  const feedpp::ParseResult again = feedpp::parse(first);
  require(
      again.ok() && !again.has_errors(), "the output does not parse cleanly",
      (again.diagnostics.empty() ? std::string() : again.diagnostics[0].message) + "\n" + first);
  std::string second;
  require(write(again.feed, second, options).ok(), "the second write failed", first);
  require(first == second, "writing is not a fixed point", first + "\n----\n" + second);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const feedpp::ParseResult result =
      feedpp::parse(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!result.ok()) return 0;
  check(result.feed, [](const feedpp::Feed& f, std::string& out, const feedpp::WriteOptions& o) {
    return feedpp::write_rss(f, out, o);
  });
  check(result.feed, [](const feedpp::Feed& f, std::string& out, const feedpp::WriteOptions& o) {
    return feedpp::write_atom(f, out, o);
  });
  return 0;
}
