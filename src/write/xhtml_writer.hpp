// SPDX-License-Identifier: MIT
// Atom xhtml text constructs: the model holds the markup inside the <div> as a string; writing it
// means checking that it is well-formed and re-emitting it, so that no string can break the
// document around it.
#ifndef FEEDPP_SRC_XHTML_WRITER_HPP
#define FEEDPP_SRC_XHTML_WRITER_HPP

#include <memory>
#include <string_view>

#include "feedpp/xml_writer.hpp"

namespace pugi {
class xml_document;
}

namespace feedpp::detail {

class XhtmlFragment {
 public:
  XhtmlFragment();
  ~XhtmlFragment();
  XhtmlFragment(const XhtmlFragment&) = delete;
  XhtmlFragment& operator=(const XhtmlFragment&) = delete;

  // Parses `markup` as XML content (text and elements, no single root needed). Returns false
  // when it is not well-formed; the caller then writes it as HTML instead.
  bool parse(std::string_view markup);

  // Returns true when the parsed content's text holds no <, > or & (base/plain_text.hpp).
  // Requires: parse() returned true.
  [[nodiscard]] bool has_plain_text() const;

  // Returns true when an Atom reader takes the parsed content, written as XHTML with no div
  // around it, as such: it is not one div element (which it takes for the div).
  // Requires: parse() returned true.
  [[nodiscard]] bool reads_without_div() const;

  // Writes <div xmlns="http://www.w3.org/1999/xhtml"> with the parsed content inside it, adding
  // no whitespace. Requires: parse() returned true.
  void write_div(XmlWriter& xml) const;

  // Writes the parsed content as it is, elements whose prefix the fragment does not declare in
  // `unbound` (Atom's inline XML content: no namespace). Requires: parse() returned true.
  void write_nodes(XmlWriter& xml, std::string_view unbound) const;

 private:
  std::unique_ptr<pugi::xml_document> doc_;
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_XHTML_WRITER_HPP
