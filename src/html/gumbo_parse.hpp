// SPDX-License-Identifier: MIT
// gumbo (the HTML5 parser) run the safe way: every allocation in an arena freed at once, so
// that gumbo_destroy_output(), which recurses over the depth of the tree, is never called; a
// hard memory budget enforced in the allocator; no parse errors recorded (gumbo keeps a copy
// of the open elements for each, which is quadratic). The input should come from
// shape_html(), which bounds what makes gumbo's time superlinear. Only src/html includes
// <gumbo.h>; no gumbo type reaches a public header.
#ifndef FEEDPP_SRC_HTML_GUMBO_PARSE_HPP
#define FEEDPP_SRC_HTML_GUMBO_PARSE_HPP

#include <gumbo.h>

#include <cstddef>
#include <string_view>

namespace feedpp::detail {

class GumboFragment {
 public:
  // Parses `html` as the content of a <div> (HTML 5 §13.4, the fragment case), in at most
  // `max_memory` bytes of gumbo's allocations. Requires: `html` outlives the fragment (the
  // tree's original_text pointers point into it).
  GumboFragment(std::string_view html, std::size_t max_memory);
  ~GumboFragment();
  GumboFragment(const GumboFragment&) = delete;
  GumboFragment& operator=(const GumboFragment&) = delete;

  // The <html> element whose children are the fragment's nodes; null when the memory budget
  // ran out.
  [[nodiscard]] const GumboNode* root() const noexcept { return root_; }

  struct Chunk;  // a block of the arena (defined where it is allocated)

 private:
  Chunk* chunks_ = nullptr;  // malloc'd, each with a header linking it to the previous one
  const GumboNode* root_ = nullptr;
};

// Returns the name of `element` as HTML writes it: lower case for HTML and MathML, SVG's
// spelling for SVG (`foreignObject`, `linearGradient`). Points into gumbo's tables or into the
// parsed text.
std::string_view gumbo_element_name(const GumboElement& element) noexcept;

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_HTML_GUMBO_PARSE_HPP
