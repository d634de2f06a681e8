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

/// Returns `html` with every relative URL in a URL-bearing attribute (a/@href, img/@src,
/// blockquote/@cite, ... the HTML 4 and 5 list) resolved against `base` with resolve_url(), and
/// the markup re-serialized: tag and attribute names in lower case, attributes sorted by name and
/// double-quoted (with `&` `<` `>` `"` escaped), void elements as `<br />`, a bare `&` or `<` in
/// text escaped, character and entity references kept as written. With an empty `base`, only the
/// re-serialization happens.
[[nodiscard]] FEEDPP_API std::string resolve_html_urls(std::string_view html, std::string_view base);

}  // namespace feedpp

#endif  // FEEDPP_HTML_HPP
