// SPDX-License-Identifier: MIT
// What HTML 5's tree construction (§13.2.6) needs to know about a tag name, as gumbo 0.10.1
// implements it: the categories the shaper's model of the stack of open elements uses.
#ifndef FEEDPP_SRC_HTML_SHAPER_TAGS_HPP
#define FEEDPP_SRC_HTML_SHAPER_TAGS_HPP

#include <cstdint>
#include <string_view>

namespace feedpp::detail {

// The HTML tags the shaper treats by name; every other tag is `other`.
enum class Tag : std::uint8_t {
  other,
  a,
  address,
  applet,
  b,
  base,
  basefont,
  bgsound,
  body,
  br,
  button,
  caption,
  col,
  colgroup,
  dd,
  dt,
  font,
  form,
  frame,
  frameset,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  head,
  hr,
  html,
  image,
  input,
  isindex,
  keygen,
  li,
  link,
  listing,
  marquee,
  math,
  meta,
  nobr,
  object,
  optgroup,
  option,
  p,
  plaintext,
  pre,
  rb,
  rp,
  rt,
  rtc,
  ruby,
  select,
  svg,
  table,
  tbody,
  td,
  template_,
  textarea,
  tfoot,
  th,
  thead,
  title,
  tr,
};

// Category bits.
enum : std::uint16_t {
  kSpecial = 1 << 0,     // §13.2.4.3 "special": stops "any other end tag" and <li>'s search
  kScope = 1 << 1,       // ends "has an element in scope"
  kFormatting = 1 << 2,  // a, b, font, ... : the list of active formatting elements
  kClosesP = 1 << 3,     // a start tag that closes a <p> in button scope (div, ul, ...)
  kImpliedEnd = 1 << 4,  // closed by "generate implied end tags" (p, li, option, ...)
  kVoid = 1 << 5,        // never has content (br, img, ...)
  kBreakout = 1 << 6,    // a start tag that leaves SVG or MathML (§13.2.6.5)
  kHeading = 1 << 7,     // h1-h6
  kMarker = 1 << 8,      // pushes a marker on the list of active formatting elements
  kTablePart = 1 << 9,   // caption, col, colgroup, tbody, td, tfoot, th, thead, tr
};

struct TagInfo {
  std::string_view name;
  Tag tag;
  std::uint16_t flags;
};

// Returns what HTML says of the HTML element `name` (lower case); tag `other` and no flags for
// a name it does not list.
TagInfo html_tag_info(std::string_view name) noexcept;

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_HTML_SHAPER_TAGS_HPP
