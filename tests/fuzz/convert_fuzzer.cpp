// SPDX-License-Identifier: MIT
// Arbitrary bytes -> parse -> convert() to each other family -> its writer. convert() promises
// a whole document or none: whatever was parsed, the conversion is ok (the one exception, an
// <rss> with neither a channel nor items, is no feed), its writer accepts the result with the
// checks it applies to a program's model, and the output is well-formed and parses cleanly in
// the target's format.
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
  std::fprintf(stderr, "convert_fuzzer: %s\n%s\n", what, detail.c_str());
  std::abort();
}

std::string first_error(const std::vector<feedpp::Diagnostic>& notes) {
  for (const feedpp::Diagnostic& d : notes) {
    if (d.severity != feedpp::Severity::warning) return d.message;
  }
  return {};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const feedpp::ParseResult result =
      feedpp::parse(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!result.ok()) return 0;
  const feedpp::Feed& feed = result.feed;
  const bool no_feed = !feed.channel.has_element && feed.items.empty();
  for (const feedpp::Format target :
       {feedpp::Format::rss_2_0, feedpp::Format::atom_1_0, feedpp::Format::json_1_1}) {
    const bool same = (feedpp::is_rss(target) && feedpp::is_rss(feed.format)) ||
                      (feedpp::is_atom(target) && feedpp::is_atom(feed.format)) ||
                      (feedpp::is_json(target) && feedpp::is_json(feed.format));
    if (same) continue;  // written as read: roundtrip_fuzzer's
    const feedpp::Conversion c = feedpp::convert(feed, target);
    require(c.ok() || no_feed, "a conversion failed", first_error(c.notes));
    if (!c.ok()) continue;
    std::string out;
    const feedpp::Status s = feedpp::is_rss(target)    ? feedpp::write_rss(c.feed, out)
                             : feedpp::is_atom(target) ? feedpp::write_atom(c.feed, out)
                                                       : feedpp::write_json_feed(c.feed, out);
    require(s.ok(), "the writer refused a converted feed", s.message());
    const std::string problem =
        feedpp::is_json(target) ? feedpp::test::json_problem(out) : feedpp::test::xml_problem(out);
    require(problem.empty(), "the output is not well-formed", problem + "\n" + out);
    const feedpp::ParseResult again = feedpp::parse(out);
    require(
        again.ok() && !again.has_errors(), "the output does not parse cleanly",
        (again.diagnostics.empty() ? std::string() : again.diagnostics[0].message) + "\n" + out);
    require(feedpp::is_rss(again.feed.format) == feedpp::is_rss(target) &&
                feedpp::is_atom(again.feed.format) == feedpp::is_atom(target),
            "the output reads as another format", out);
  }
  return 0;
}
