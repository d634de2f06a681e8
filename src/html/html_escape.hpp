// SPDX-License-Identifier: MIT
// Writing text and attribute values back as HTML, the way feedparser writes them: `&` and `<`
// escaped (in attribute values also `>` and `"`), other characters as they are, and character
// references kept as they were written when they still say the same thing.
#ifndef FEEDPP_SRC_HTML_HTML_ESCAPE_HPP
#define FEEDPP_SRC_HTML_HTML_ESCAPE_HPP

#include <string>
#include <string_view>

namespace feedpp::detail {

// Appends `c` escaped for text (`attribute` false) or a double-quoted attribute value.
void append_escaped_char(std::string& out, char c, bool attribute);

// Appends `text` escaped; ill-formed UTF-8 becomes U+FFFD.
void append_escaped(std::string& out, std::string_view text, bool attribute);

// Appends `decoded` (text or an attribute value as the parser decoded it) escaped; where
// `original` (the markup it was decoded from) decodes to exactly `decoded`, its numeric
// references and HTML 4's named ones are written as they came (numeric ones in text in lower
// case, 128-159 as the windows-1252 character they mean, `&#39;` and `&#34;` as the
// characters, as feedparser writes them).
void append_html_text(std::string& out, std::string_view decoded, std::string_view original,
                      bool attribute);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_HTML_HTML_ESCAPE_HPP
