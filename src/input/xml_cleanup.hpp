// SPDX-License-Identifier: MIT
// What pugixml does not check, checked before it parses: it leaves references it does not know
// (&nbsp;) as text, decodes &#0; into a string-ending NUL, and accepts raw control characters and
// text around the root. One scan finds all of it; only a document that needs changes is copied.
#ifndef FEEDPP_SRC_XML_CLEANUP_HPP
#define FEEDPP_SRC_XML_CLEANUP_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diagnostic_log.hpp"

namespace feedpp::detail {

// Maps offsets in a changed text back to the text it was made from.
class OffsetMap {
 public:
  // From `changed` on, offsets in the changed text are `original` - `changed` away from the
  // original's (until the next point).
  void add(std::size_t changed, std::size_t original) { points_.emplace_back(changed, original); }
  [[nodiscard]] std::size_t original(std::size_t changed) const noexcept;

 private:
  std::vector<std::pair<std::size_t, std::size_t>> points_;
};

struct CleanupResult {
  bool changed = false;  // false: the text can be parsed as it is
  std::string text;      // the changed text, when changed
  OffsetMap map;         // offsets in `text` to offsets in the input
  // false: no start tag holds an attribute twice (which pugixml accepts); true: one may
  bool may_repeat_attributes = false;
};

// Scans UTF-8 `text` and makes it safe for pugixml with parse_escapes: HTML named references
// become numeric ones (undefined_entity), references to characters XML forbids are removed (a
// UTF-16 surrogate pair written as two references is joined), raw forbidden characters are
// removed (invalid_character). Reports, without changing them, a bare `&` (bare_ampersand), a
// reference to a name neither XML nor HTML defines (undefined_entity), text before the root
// element (junk_before_root) and an XML declaration that is not at the start (xml_syntax).
// Notes, for the parser to look into, whether a start tag may hold an attribute twice.
// CDATA sections, comments and processing instructions are left alone.
CleanupResult cleanup_xml(std::string_view text, DiagnosticLog& log);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_XML_CLEANUP_HPP
