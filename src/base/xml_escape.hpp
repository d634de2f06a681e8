// SPDX-License-Identifier: MIT
// Escaping for XmlWriter: the one place that decides which bytes reach the output, so that any
// input string becomes well-formed UTF-8 XML (the rules are in xml_writer.hpp).
#ifndef FEEDPP_SRC_XML_ESCAPE_HPP
#define FEEDPP_SRC_XML_ESCAPE_HPP

#include <string>
#include <string_view>

namespace feedpp::detail {

enum class EscapeMode {
  text,       // character data: & < > and CR escaped
  attribute,  // attribute value in double quotes: also " TAB LF
  cdata,      // inside <![CDATA[ ]]>: ]]> and CR leave the section and come back
  repair,     // no escaping: only the UTF-8 repair and the dropping of forbidden characters
};

// Appends `in` to `out` escaped for `mode`, repairing invalid UTF-8 (U+FFFD per maximal
// subpart) and dropping characters XML 1.0 forbids.
void append_escaped(std::string& out, std::string_view in, EscapeMode mode);

// Returns `in` as it will read back from the document: repaired as append_escaped() repairs it.
// Returns `in` itself when it is printable ASCII (no copy); else a copy in `storage`.
std::string_view repaired(std::string_view in, std::string& storage);

// Returns true when append_escaped() writes nothing of `in`: it is empty, or every character in
// it is one XML 1.0 forbids. Stops at the first character it keeps.
bool repairs_to_nothing(std::string_view in) noexcept;

// Returns true when `name` is an NCName (an XML name without a colon).
bool is_ncname(std::string_view name) noexcept;

// Appends `name` made into an NCName: each byte sequence that cannot be in a name becomes '_', a
// first character that cannot start one gets a '_' before it, and "" becomes "_".
void append_ncname(std::string& out, std::string_view name);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_XML_ESCAPE_HPP
