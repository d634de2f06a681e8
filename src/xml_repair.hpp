// SPDX-License-Identifier: MIT
// Broken markup, mended: when pugixml rejects a document, this rewrites it into well-formed XML
// that keeps as much of it as can be kept, so that a broken item does not cost its neighbours.
// Used only on documents that failed to parse, so it may be slower than the fast path.
#ifndef FEEDPP_SRC_XML_REPAIR_HPP
#define FEEDPP_SRC_XML_REPAIR_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace feedpp::detail {

// One change the repair made, at `offset` in the input text.
struct RepairNote {
  std::size_t offset = 0;
  std::string message;  // what was wrong and what was done: "unclosed <title> closed at </item>"
};

// Returns `text` (UTF-8) rewritten into well-formed XML, appending a note for each change. Never
// fails; memory is linear in the input and nothing recurses, however deep the nesting.
std::string repair_xml(std::string_view text, std::vector<RepairNote>& notes);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_XML_REPAIR_HPP
