// SPDX-License-Identifier: MIT
// Arbitrary bytes read as JSON (a '{' is put in front of what would not reach the JSON reader)
// -> parse -> write JSON Feed, RSS 2.0 and Atom 1.0. parse() returns without a sanitizer report,
// with small limits too; a JSON Feed it reads is written as valid JSON that parses again without
// an error, and writing that gives the same bytes (a fixed point of parse and write); written as
// RSS or Atom it is well-formed XML that parses again without an error.
#include <feedpp/feedpp.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "json_check.hpp"
#include "xml_check.hpp"

namespace {

void require(bool condition, const char* what, const std::string& detail) {
  if (condition) return;
  std::fprintf(stderr, "json_fuzzer: %s\n%s\n", what, detail.c_str());
  std::abort();
}

std::string first_message(const feedpp::ParseResult& r) {
  return r.diagnostics.empty() ? std::string() : r.diagnostics[0].message;
}

void check_json(const feedpp::Feed& feed, bool pretty) {
  feedpp::WriteOptions options;
  options.allow_missing = true;
  options.xml.pretty = pretty;
  std::string first;
  const feedpp::Status status = feedpp::write_json_feed(feed, first, options);
  require(status.ok(), "the JSON Feed writer failed on a parsed model", status.message());
  const std::string problem = feedpp::test::json_problem(first);
  require(problem.empty(), "the output is not valid JSON", problem + "\n" + first);
  const feedpp::ParseResult again = feedpp::parse(first);
  require(again.ok() && !again.has_errors() && feedpp::is_json(again.feed.format),
          "the output does not parse cleanly as a JSON Feed", first_message(again) + "\n" + first);
  std::string second;
  require(feedpp::write_json_feed(again.feed, second, options).ok(), "the second write failed",
          first);
  require(first == second, "writing is not a fixed point", first + "\n----\n" + second);
}

template <class Write>
void check_xml(const feedpp::Feed& feed, Write write) {
  feedpp::WriteOptions options;
  options.allow_missing = true;
  std::string xml;
  const feedpp::Status status = write(feed, xml, options);
  require(status.ok(), "an XML writer failed on a JSON Feed's model", status.message());
  const std::string problem = feedpp::test::xml_problem(xml);
  require(problem.empty(), "the XML is not well-formed", problem + "\n" + xml);
  const feedpp::ParseResult again = feedpp::parse(xml);
  require(again.ok() && !again.has_errors(), "the XML does not parse cleanly",
          first_message(again) + "\n" + xml);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string braced;
  const std::size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || (bytes[first] != '{' && bytes[first] != '[')) {
    braced = "{" + std::string(bytes);
    bytes = braced;
  }
  feedpp::ParseOptions options;
  if (size > 0 && data[size - 1] % 5 == 0) {
    options.limits.max_depth = 6;
    options.limits.max_items = 3;
    options.limits.max_text_bytes = 64;
  }
  options.resolve_urls = size > 0 && data[size - 1] % 2 == 0;
  options.base_url = "http://example.com/a/feed.json";
  const feedpp::ParseResult result = feedpp::parse(bytes, options);
  std::size_t sum = 0;
  for (const feedpp::Diagnostic& d : result.diagnostics) sum += d.message.size() + d.location.line;
  (void)feedpp::detect_format(bytes);
  if (!result.ok() || !feedpp::is_json(result.feed.format))
    return sum == static_cast<std::size_t>(-1);
  // The reader view of a JSON Feed, as `feedpp dump` shows it.
  const feedpp::FeedView view = feedpp::view(result.feed);
  sum += (view.channel.title ? view.channel.title->value.size() : 0) + view.items.size();
  check_json(result.feed, size % 2 == 0);
  check_xml(result.feed,
            [](const feedpp::Feed& f, std::string& out, const feedpp::WriteOptions& o) {
              return feedpp::write_rss(f, out, o);
            });
  check_xml(result.feed,
            [](const feedpp::Feed& f, std::string& out, const feedpp::WriteOptions& o) {
              return feedpp::write_atom(f, out, o);
            });
  return sum == static_cast<std::size_t>(-1) ? 1 : 0;
}
