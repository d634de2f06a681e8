// SPDX-License-Identifier: MIT
// HTML found in feeds (RSS descriptions, Atom html content) is a string of markup of unknown
// quality. This header rewrites such strings the way feed readers need: tolerant of any input
// (unclosed tags, stray `<`, unquoted attributes), producing a consistently quoted serialization
// token for token (tags are not re-balanced). Pure functions, thread-safe, never throw (but
// bad_alloc).
#ifndef FEEDPP_HTML_HPP
#define FEEDPP_HTML_HPP

#include <string>
#include <string_view>

#include "feedpp/export.hpp"

namespace feedpp {

/// Returns `html` with every relative URL in a URL-bearing attribute resolved against `base`
/// with resolve_url(), and the markup re-serialized token for token as Python feedparser's
/// relative-URI resolver writes it:
///   - names in lower case; attributes sorted by name, a repeated name keeping its last value,
///     each written ` name="value"` (a bare `nowrap` as `nowrap="nowrap"`, the name as written);
///     the values of `rel` and `type` in lower case;
///   - void elements (`br`, `img`, ...) as `<br />` with their end tags dropped; any other
///     `<x/>` as `<x></x>`; tags not re-balanced (`<p>Unclosed` stays so);
///   - in values, `<` `>` `"` and a bare `&` escaped; in text, `<` and a bare `&` (one that
///     starts no `&name;`, `&#123;` or `&#x1F;`) escaped, `>` kept;
///   - references kept as written, except as feedparser does: `&#39;` and `&#34;` become the
///     characters, and numeric references in text are written in lower case, with 128-159
///     read as windows-1252 (`&#150;` is `&#x2013;`);
///   - comments, declarations, processing instructions, CDATA sections and the content of
///     `script`, `style` and the other raw-text elements copied as written; markup left open at
///     the end of `html` is text.
///
/// The URL-bearing attributes are feedparser's 29 (href of a, src of img,
/// cite of blockquote, ...). Their values are resolved as written, so `&amp;` in a query
/// survives. With an empty `base`, only the re-serialization happens. The result is a fixed
/// point: passing it through again (with an empty `base`) returns it unchanged. Linear time.
[[nodiscard]] FEEDPP_API std::string resolve_html_urls(std::string_view html,
                                                       std::string_view base);

}  // namespace feedpp

#endif  // FEEDPP_HTML_HPP
