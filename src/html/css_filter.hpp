// SPDX-License-Identifier: MIT
// The filter for `style` attributes: feedparser's rules (sanitizer.py sanitize_style), which
// keep a declaration only when the whole attribute is made of a few safe characters (no
// backslash, no quote but around words, no parenthesis but around numbers) and its property
// is allowed; `url(...)` is cut out first. So expression(), behavior, -moz-binding, @import,
// escapes and comments never survive.
#ifndef FEEDPP_SRC_HTML_CSS_FILTER_HPP
#define FEEDPP_SRC_HTML_CSS_FILTER_HPP

#include <string>
#include <string_view>

namespace feedpp::detail {

// Decides whether a property (as written; compared in lower case by the caller) is allowed.
class CssPolicy {
 public:
  virtual ~CssPolicy() = default;
  [[nodiscard]] virtual bool property_allowed(std::string_view lower_name) const = 0;
  [[nodiscard]] virtual bool svg_property_allowed(std::string_view lower_name) const = 0;
};

// Returns the declarations of `style` that survive, each written `property: value;` and
// separated by a space, or "" when none does or the attribute fails the character check.
// `svg` admits SVG's paint properties (fill, stroke, ...). Linear time.
std::string filter_style(std::string_view style, bool svg, const CssPolicy& policy);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_HTML_CSS_FILTER_HPP
