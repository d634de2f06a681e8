// SPDX-License-Identifier: MIT
// A look at the document tree between the XML stage and the readers, for validate(): its checks
// walk the same tree the readers read, so a document is parsed once for both. parse() passes no
// visitor and pays one test of a null pointer.
#ifndef FEEDPP_SRC_PARSE_HOOK_HPP
#define FEEDPP_SRC_PARSE_HOOK_HPP

#include <string_view>

#include "base/diagnostic_log.hpp"
#include "feedpp/model.hpp"
#include "feedpp/parse.hpp"
#include "input/xml_dom.hpp"

namespace feedpp::detail {

class DomVisitor {
 public:
  DomVisitor() = default;
  DomVisitor(const DomVisitor&) = delete;
  DomVisitor& operator=(const DomVisitor&) = delete;
  virtual ~DomVisitor() = default;

  // Called once, when the document has a root element, before the readers: `text` is the UTF-8
  // text the tree was parsed from (offsets and positions are into it; it dies after the call),
  // `format` what the root says the document is (Format::unknown: not a feed), `encoding` the
  // charset the bytes were decoded from, `log` what the parser found so far (offsets into `text`).
  virtual void visit(const XmlDocument& xml, std::string_view text, Format format,
                     std::string_view encoding, const DiagnosticLog& log) = 0;
};

// parse() with a visitor of the tree (null: none). `by_items`: a large document may be read item
// by item (read/parse_by_items.hpp), which needs no visitor; false reads every document whole.
ParseResult parse_with(std::string_view bytes, const ParseOptions& options, DomVisitor* visitor,
                       bool by_items = false);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_PARSE_HOOK_HPP
