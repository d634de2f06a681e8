// SPDX-License-Identifier: MIT
// shape_html(): the pass before gumbo that makes its work linear by construction.
//
// gumbo, like every HTML5 tree builder, scans its stack of open elements and its list of
// active formatting elements for most tokens, so its time grows with (tokens x depth) and
// hostile markup (100,000 nested <div>s, <b id=N> repeated) makes it quadratic. The shaper
// reads the input with its own tokenizer (shaper_scanner.hpp), keeps a model of that stack
// (HTML 5 §13.2.6: implied end tags, scopes, tables, select, foreign content and breakout,
// the adoption agency's effect on the stack) and writes a token stream for gumbo in which:
//   - every element it closes is closed by an explicit end tag, written when it pops it from
//     its model, so gumbo's stack never holds more than the model (plus the tbody and tr a
//     table implies, counted too, and clones of formatting elements the model holds);
//   - a start tag that would take the model past `max_depth` elements (or `max_formatting`
//     formatting elements) is dropped, its content kept;
//   - void and self-closing tags are written `<x/>` and, when not void, followed by `</x>`,
//     so that they add no depth whatever namespace gumbo reads them in;
//   - raw text (script, style, ...), comments and the like are left out, title and textarea
//     content has its `<` escaped, and tags gumbo would ignore in a table or select are
//     dropped;
//   - the tag of a table part (caption, col, colgroup, tbody, td, tfoot, th, thead, tr) that
//     HTML ignores, outside any table, is replaced by a comment holding its name (`/name` for
//     an end tag): the only comments gumbo sees with something in them (the input's are left
//     out; an empty one keeps two texts apart), which the sanitizer writes back as the tag;
//   - an SVG or MathML element named like an element gumbo's reset of the insertion mode
//     looks for (td, select, html, ...; gumbo does not look at the namespace) is written
//     under another name (feedpp-td), so that gumbo's modes stay a browser's;
//   - an SVG or MathML element the input did not close by its own end tag (but by an
//     ancestor's, or a tag that leaves foreign content) gets its end tag in upper case (`</X>`;
//     the others are in lower case), which gumbo keeps in original_end_tag for the sanitizer
//     to tell apart: see is_implied_end_tag();
//   - attributes are only those `keep` accepts, at most `max_attributes` per tag.
// With the depth and the formatting list bounded, each token costs gumbo bounded time. The
// result is what a browser would build for well-formed input; for misnested input it is what
// closing elements explicitly builds (a <b> left open across a </p> is not carried on, as
// feedparser does not either). Linear time: each token costs O(max_depth).
#ifndef FEEDPP_SRC_HTML_SHAPER_HPP
#define FEEDPP_SRC_HTML_SHAPER_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "html/shaper_scanner.hpp"

namespace feedpp::detail {

struct ShapeLimits {
  std::size_t max_input_bytes;
  std::size_t max_depth;
  std::size_t max_formatting;
  std::size_t max_attributes;
};

// Whether `end_tag`, the markup of an end tag in shape_html()'s output, is one the shaper
// wrote for a foreign element its input did not close by its own end tag.
inline bool is_implied_end_tag(std::string_view end_tag) noexcept {
  return end_tag.size() >= 3 && end_tag[2] >= 'A' && end_tag[2] <= 'Z';
}

// Returns `html` (its first max_input_bytes, cut at a character boundary) rewritten as above.
std::string shape_html(std::string_view html, const ShapeLimits& limits,
                       const AttributeFilter* keep);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_HTML_SHAPER_HPP
