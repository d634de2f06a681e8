// SPDX-License-Identifier: MIT
// Arbitrary bytes into sanitize_html() and html_to_text(). Besides returning without a
// sanitizer report, the results must hold: both are valid UTF-8; sanitizing the output again
// changes nothing; gumbo's tree of the output holds no element or attribute that runs script;
// and gumbo's tree of the shaper's output is never deeper than the shaper's budget allows
// (the bound that keeps gumbo's time linear).
#include <feedpp/sanitize.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.hpp"
#include "base/utf8.hpp"
#include "html/gumbo_parse.hpp"
#include "html/shaper.hpp"

namespace {

void check(bool ok) {
  if (!ok) std::abort();
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

// Attributes whose value a browser follows or sets as a URL.
bool url_like(std::string_view name) {
  for (const char* n : {"href", "src", "action", "background", "cite", "data", "poster", "ping",
                        "srcset", "formaction", "longdesc", "dynsrc", "lowsrc", "usemap", "to",
                        "from", "values", "by", "base"}) {
    if (name == n) return true;
  }
  return false;
}

bool script_url(std::string_view v) {
  std::string scheme;
  for (const char c : v) {
    if (c == ':') return scheme == "javascript" || scheme == "vbscript" || scheme == "data";
    if (static_cast<unsigned char>(c) > 0x20) scheme += feedpp::detail::ascii_lower(c);
  }
  return false;
}

// Walks gumbo's tree of `html` (iteratively); returns its depth, and aborts on what runs script.
std::size_t walk(std::string_view html, bool check_safety) {
  const feedpp::detail::GumboFragment fragment(html, std::size_t{1} << 30);
  check(fragment.root() != nullptr);
  std::vector<std::pair<const GumboNode*, std::size_t>> stack{{fragment.root(), 0}};
  std::size_t depth = 0;
  while (!stack.empty()) {
    const auto [node, d] = stack.back();
    stack.pop_back();
    depth = d > depth ? d : depth;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
      check(!check_safety || node->type != GUMBO_NODE_COMMENT);
      continue;
    }
    const GumboElement& e = node->v.element;
    if (check_safety && node != fragment.root()) {
      const std::string_view name = feedpp::detail::gumbo_element_name(e);
      for (const char* bad : {"script", "style", "iframe", "object", "embed", "applet", "base",
                              "meta", "link", "form", "noscript", "template", "frame"}) {
        check(!feedpp::detail::iequals(name, bad));
      }
      for (unsigned i = 0; i < e.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
        const std::string_view n = a->name;
        check(!(n.size() >= 2 && feedpp::detail::iequals(n.substr(0, 2), "on")));
        check(!url_like(n) || !script_url(a->value));
      }
    }
    for (unsigned i = 0; i < e.children.length; ++i) {
      stack.push_back({static_cast<const GumboNode*>(e.children.data[i]), d + 1});
    }
  }
  return depth;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  feedpp::SanitizeOptions options;
  options.limits.max_depth = 32;  // small budgets, so that inputs reach them
  options.limits.max_formatting = 8;
  options.limits.max_attributes = 8;
  if (size > 0 && data[0] % 2 == 0) options.base_url = "http://example.com/a/b.html";
  const std::string out = feedpp::sanitize_html(html, options);
  check(valid_utf8(out));
  check(feedpp::sanitize_html(out, options) == out);
  walk(out, true);
  check(valid_utf8(feedpp::html_to_text(html, options.limits)));
  // The bound: every element gumbo opens is one the shaper counted, or a tbody or tr a table
  // implies, or a clone of a formatting element it counted.
  const feedpp::HtmlLimits& l = options.limits;
  const std::string shaped = feedpp::detail::shape_html(
      html, {l.max_input_bytes, l.max_depth, l.max_formatting, l.max_attributes}, nullptr);
  check(walk(shaped, false) <= 3 * l.max_depth + 2);
  return 0;
}
