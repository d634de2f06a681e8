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
  // Into the `text` given to repair_xml; text.size() for a repair the end of the input caused.
  std::size_t offset = 0;
  std::string message;  // what was wrong and what was done: "unclosed <title> closed at </item>"
  bool cut = false;     // the end of the input came before the markup's: the document was cut
};

// Returns `text` (UTF-8) rewritten into well-formed XML, appending a note for each change. Never
// fails; memory is linear in the input and nothing recurses, however deep the nesting.
//
// pugixml accepts the result with any of parse_declaration, parse_doctype, parse_pi,
// parse_comments and parse_ws_pcdata on top of parse_default, and a second repair changes
// nothing. One forward pass reads markup leniently and keeps a stack of open elements:
// - Prolog: an XML declaration is kept only as the first thing (after a BOM), its pseudo-
//   attributes rewritten as a start tag's are. The first DOCTYPE before the root element is kept
//   if pugixml reads it as written, else cut down to `<!DOCTYPE name>`. Text, CDATA, and
//   declarations or DOCTYPEs anywhere else are dropped.
// - Start tags keep their names as written. Values are written in double quotes; `n=v` and a
//   bare `n` (written `n="n"`) are accepted. A closing quote counts if it comes before the next
//   `<` or the next `>`; otherwise the value ends at the first of them. In values, `<` becomes
//   `&lt;` and a bare `&` `&amp;`. A repeated attribute is dropped, junk between attributes
//   skipped. A `<` inside a tag ends the tag; a tag cut off by the end of the input is dropped.
// - A `<` that starts no markup (`< `, `<1`, `</ `, `<? `, `<!x`) is text: `&lt;`.
// - An end tag closes the innermost open element of its name, matched exactly or else ignoring
//   ASCII case (and then written with the open element's name), after closing the elements
//   opened since. One that matches no open element is dropped.
// - Text keeps a bare `&` (entity repair is another stage's); `]]>` becomes `]]&gt;`. A NUL,
//   which would end pugixml's buffer, becomes U+FFFD anywhere.
// - Comments and PIs are kept anywhere. One that is never terminated is taken to end before the
//   next `<`, or at the end, and dropped. An unterminated CDATA section runs to the end.
// - At the end, open elements are closed. After the root element only whitespace, comments and
//   PIs are kept. A document without an element gets an empty `<no-root-element/>`.
// At most 1,000 notes are appended, then one saying that later repairs go unreported.
std::string repair_xml(std::string_view text, std::vector<RepairNote>& notes);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_XML_REPAIR_HPP
