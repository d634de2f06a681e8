// SPDX-License-Identifier: MIT
// Arbitrary bytes through StreamParser, in chunks of a size the input picks: it must return
// without a sanitizer report, hand the channel over exactly once and before any item, and, for
// a document parse() reads without an error and whole, give the channel and items parse() gives,
// as parse_stream() must; and parse()'s reading item by item must give parse()'s whole reading
// or give up.
#include <feedpp/feedpp.hpp>

#include "read/parse_by_items.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

// What a handler was given: the channel (counted, and before any item) and the items.
struct Handed {
  int channels = 0;
  std::vector<feedpp::Item> items;

  feedpp::StreamHandler handler() {
    feedpp::StreamHandler h;
    h.on_channel = [this](const feedpp::Feed&) {
      check(items.empty());
      ++channels;
    };
    h.on_item = [this](feedpp::Item& item) { items.push_back(std::move(item)); };
    return h;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::size_t chunk = 1 + data[0] % 64;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  feedpp::ParseOptions options;
  options.limits.max_depth = 32;
  Handed split;
  feedpp::StreamParser parser(split.handler(), options);
  for (std::size_t i = 0; i < bytes.size(); i += chunk) parser.write(bytes.substr(i, chunk));
  feedpp::ParseResult streamed = parser.finish();
  check(split.channels == 1);
  check(parser.items() == split.items.size());
  for (std::size_t i = 1; i < streamed.diagnostics.size(); ++i) {
    check(streamed.diagnostics[i - 1].location.offset <= streamed.diagnostics[i].location.offset ||
          streamed.diagnostics[i].location.line == 0);
  }
  const feedpp::ParseResult whole = feedpp::parse(bytes, options);
  // parse()'s reading of a large document item by item (the same reading, in its exact mode)
  // gives the whole document's reading, presentation included, or nothing. (parse() itself reads
  // an input this small whole.)
  if (const std::optional<feedpp::ParseResult> by_items =
          feedpp::detail::parse_by_items(bytes, options)) {
    check(by_items->diagnostics.size() == whole.diagnostics.size());
    for (std::size_t i = 0; i < whole.diagnostics.size(); ++i) {
      const feedpp::Diagnostic& a = by_items->diagnostics[i];
      const feedpp::Diagnostic& b = whole.diagnostics[i];
      check(a.severity == b.severity && a.code == b.code && a.message == b.message &&
            a.location.offset == b.location.offset && a.location.line == b.location.line &&
            a.location.column == b.location.column);
    }
    check(by_items->encoding == whole.encoding);
    check(by_items->feed == whole.feed);
    check(feedpp::to_rss(by_items->feed) == feedpp::to_rss(whole.feed));
    check(feedpp::to_atom(by_items->feed) == feedpp::to_atom(whole.feed));
  }
  // parse_stream() of an input that fits in its first read reads it whole, with the parts' limits.
  Handed one_read;
  std::istringstream in{std::string(bytes)};
  feedpp::ParseResult read = feedpp::parse_stream(in, one_read.handler(), options);
  check(one_read.channels == 1);
  if (whole.has_errors() || !whole.complete()) return 0;
  check(!streamed.has_errors() && !read.has_errors());
  streamed.feed.items = std::move(split.items);
  check(streamed.feed == whole.feed);
  read.feed.items = std::move(one_read.items);
  check(read.feed == whole.feed);
  return 0;
}
