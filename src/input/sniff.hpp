// SPDX-License-Identifier: MIT
// What the bytes are, before any parser is chosen: the front door tells a JSON document, an HTML
// page and the common binary formats (images, PDFs, archives) from XML by their first bytes, so
// that each gets its reader or a diagnostic that names it. Nothing here allocates or throws.
#ifndef FEEDPP_SRC_INPUT_SNIFF_HPP
#define FEEDPP_SRC_INPUT_SNIFF_HPP

#include <string_view>

namespace feedpp::detail {

// Returns what a binary format's magic number says `bytes` are ("a PNG image", "a PDF document",
// "zip data", ...), or "" when none matches.
[[nodiscard]] std::string_view binary_format(std::string_view bytes) noexcept;

// Returns `bytes` without a UTF-8 byte order mark.
[[nodiscard]] std::string_view skip_utf8_bom(std::string_view bytes) noexcept;

// Returns true when the first character that is not JSON white space is '{' or '[' (a UTF-8
// BOM skipped): a JSON document, not markup.
[[nodiscard]] bool looks_like_json(std::string_view bytes) noexcept;

// Returns true when `text` starts (after white space, comments, an XML declaration and other
// processing instructions, and a doctype) with an <html> tag, in any case; or when it has an
// HTML doctype and its first element is not a feed's root (rss, feed, rdf:RDF, channel).
[[nodiscard]] bool looks_like_html(std::string_view text) noexcept;

// Returns true when `text` does not start with markup (after NULs and white space) and its
// first KiB holds more than a few control characters (NUL among them; tab, line feed, carriage
// return and form feed not): binary data, not text.
[[nodiscard]] bool looks_binary(std::string_view text) noexcept;

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_INPUT_SNIFF_HPP
