// SPDX-License-Identifier: MIT
// Arbitrary bytes -> parse -> view(), sanitizing on or off. Besides returning without a
// sanitizer report: viewing leaves the model as it was; with sanitizing on, every HTML or XHTML
// text of the view is a fixed point of sanitize_html() (so it holds only what the allow-list
// keeps) with no script element, handler or script URL left in it; every plain-text summary
// is valid UTF-8 when its HTML is.
#include <feedpp/feedpp.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "base/ascii.hpp"
#include "base/utf8.hpp"

namespace {

void require(bool condition, const char* what, const std::string& detail) {
  if (condition) return;
  std::fprintf(stderr, "view_fuzzer: %s\n%s\n", what, detail.c_str());
  std::abort();
}

bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    std::size_t len = 0;
    if (feedpp::detail::decode_utf8(p, end, len) == feedpp::detail::kBadUtf8) return false;
    p += len;
  }
  return true;
}

bool is_markup(const feedpp::TextView& t) {
  return t.type == "text/html" || t.type == "application/xhtml+xml";
}

// A sanitized text: sanitizing it again against its base changes nothing, and none of what
// runs script is in it (a coarse look at the markup; sanitize_fuzzer checks gumbo's tree).
void check_sanitized(const feedpp::TextView& t, const feedpp::SanitizeOptions& options) {
  if (!is_markup(t)) return;
  feedpp::SanitizeOptions again = options;
  again.base_url = t.base;
  const std::string twice = feedpp::sanitize_html(t.value, again);
  require(std::string(feedpp::detail::trim(twice)) == t.value, "a sanitized text is no fixed point",
          t.value + "\n----\n" + twice);
  std::string lower = t.value;
  for (char& c : lower) c = feedpp::detail::ascii_lower(c);
  for (const char* bad :
       {"<script", "<iframe", "<object", "<embed", "<style", "<!--", "<base", "<meta", "<form"}) {
    require(lower.find(bad) == std::string::npos, "script in a sanitized text", t.value);
  }
}

void check_sanitized(const std::optional<feedpp::TextView>& t,
                     const feedpp::SanitizeOptions& options) {
  if (t) check_sanitized(*t, options);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const feedpp::ParseResult result =
      feedpp::parse(std::string_view(reinterpret_cast<const char*>(data), size));
  const feedpp::Feed before = result.feed;
  feedpp::ViewOptions options;
  options.sanitize = size == 0 || data[0] % 4 != 0;
  if (size > 1 && data[1] % 2 == 0) options.document_url = "http://example.com/a/b.xml";
  if (size > 2 && data[2] % 3 == 0) {
    options.sanitize_options.limits.max_depth = 16;
    options.sanitize_options.limits.max_formatting = 4;
    options.sanitize_options.limits.max_attributes = 4;
  }
  const feedpp::FeedView v = feedpp::view(result.feed, options);
  require(result.feed == before, "viewing changed the model", "");
  for (const feedpp::ItemView& it : v.items) {
    if (it.summary && valid_utf8(it.summary->value)) {
      require(valid_utf8(it.summary_text), "summary_text is not UTF-8", it.summary_text);
    }
    if (!options.sanitize) continue;
    const feedpp::SanitizeOptions& s = options.sanitize_options;
    check_sanitized(it.title, s);
    check_sanitized(it.summary, s);
    check_sanitized(it.rights, s);
    check_sanitized(it.subtitle, s);
    for (const feedpp::TextView& c : it.content) check_sanitized(c, s);
    if (it.source) {
      check_sanitized(it.source->title, s);
      check_sanitized(it.source->subtitle, s);
      check_sanitized(it.source->rights, s);
    }
  }
  if (options.sanitize) {
    const feedpp::ChannelView& c = v.channel;
    for (const auto* t : {&c.title, &c.subtitle, &c.summary, &c.rights, &c.info}) {
      check_sanitized(*t, options.sanitize_options);
    }
  }
  return 0;
}
