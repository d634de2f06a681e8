// SPDX-License-Identifier: MIT
// Whether the text inside an element reads the same as markup and as HTML: the test the readers
// and the writers share for laying out a value as elements (Layout::elements), so that what one
// writes so, the other reads so again.
#ifndef FEEDPP_SRC_BASE_PLAIN_TEXT_HPP
#define FEEDPP_SRC_BASE_PLAIN_TEXT_HPP

namespace pugi {
class xml_node;
}

namespace feedpp::detail {

// Returns true when no text or CDATA below `node` holds <, > or &: serialized as markup (escaped)
// or taken as HTML (as it is), the text says the same.
bool has_plain_text(const pugi::xml_node& node) noexcept;

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_BASE_PLAIN_TEXT_HPP
