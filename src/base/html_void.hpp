// SPDX-License-Identifier: MIT
// The HTML elements that have no end tag, for the stages that write or read HTML markup: the
// XHTML serializer of the readers (an empty one is written <br/>, any other <p></p>, which an
// HTML parser reads the same), the tokenizer under URL resolution and the validator.
#ifndef FEEDPP_SRC_BASE_HTML_VOID_HPP
#define FEEDPP_SRC_BASE_HTML_VOID_HPP

#include <algorithm>
#include <array>
#include <string_view>

namespace feedpp::detail {

// The void elements of HTML 5 §13.1.2 plus the obsolete ones feedparser also writes as `<x />`.
inline constexpr std::array<std::string_view, 19> kHtmlVoidElements = {
    "area",  "base",    "basefont", "br",   "col",  "command", "embed",  "frame", "hr", "img",
    "input", "isindex", "keygen",   "link", "meta", "param",   "source", "track", "wbr"};

// Returns true when `name` (lower case) is a void element.
inline bool is_html_void_element(std::string_view name) noexcept {
  return std::find(kHtmlVoidElements.begin(), kHtmlVoidElements.end(), name) !=
         kHtmlVoidElements.end();
}

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_BASE_HTML_VOID_HPP
