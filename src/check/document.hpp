// SPDX-License-Identifier: MIT
// What the W3C validator checks of a document before and beside its elements: the charset (BOM,
// XML declaration, a declared encoding it does not know), the XML version, the DOCTYPE (the
// Netscape RSS 0.91 DTD, external entities), and the parser's findings about the bytes and the
// markup, which become its SAXError, UnicodeError and the like.
#ifndef FEEDPP_SRC_CHECK_DOCUMENT_HPP
#define FEEDPP_SRC_CHECK_DOCUMENT_HPP

#include <string>
#include <string_view>
#include <vector>

#include "check/walker.hpp"
#include "feedpp/parse.hpp"
#include "feedpp/validate.hpp"

namespace feedpp::detail {

// What the DOCTYPE says, read from the document's text.
struct Doctype {
  bool present = false;
  bool netscape = false;    // the RSS 0.91 DTD: HTML's entities are defined (ValidDoctype)
  bool deprecated = false;  // at Netscape's address (DeprecatedDTD)
  bool external = false;    // refers to a DTD or entity elsewhere (ContainsSystemEntity)
  std::vector<std::string> entities;  // entity names declared in the internal subset
};

// Reads the DOCTYPE of `text` (the decoded document), if any, before the root element.
Doctype read_doctype(std::string_view text);

// Appends the findings about the bytes and the prolog: encodings, XML version, DOCTYPE.
// `parse` says which encodings the parser did not know.
void check_prolog(std::string_view bytes, const ParseResult& parse, const Doctype& doctype,
                  std::vector<Finding>& out);

// Appends the parser's diagnostics as findings: under the W3C name when it has one (SAXError,
// UnicodeError, UndefinedNamedEntity, ...), under the parser's otherwise. Those the validator's
// rules report more precisely (a bad date, a duplicate element) are left out. `starts` (the
// walk's, in document order; may be empty) names the element a character finding is in.
void add_parse_findings(const ParseResult& parse, const Doctype& doctype, bool root_checked,
                        const std::vector<ElementStart>& starts, std::vector<Finding>& out);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_CHECK_DOCUMENT_HPP
