// SPDX-License-Identifier: MIT
// URL resolution as RFC 3986 §5 specifies it, for the relative links feeds are full of. Works on
// IRIs too: characters beyond ASCII pass through untouched (iri_to_uri() maps them to a URI).
// Pure functions, thread-safe, never throw (but std::bad_alloc).
#ifndef FEEDPP_URL_HPP
#define FEEDPP_URL_HPP

#include <string>
#include <string_view>

#include "feedpp/export.hpp"

namespace feedpp {

/// Resolves `reference` against `base` (RFC 3986 §5.2, strict, with dot segments removed).
/// Surrounding ASCII whitespace is ignored and `base`'s fragment plays no part. An absolute
/// `reference` (one with a scheme) is returned with only its dot segments removed, as §5.2.2 says;
/// when `base` is empty, not absolute or a script URL, `reference` (trimmed) is returned
/// unchanged. Case and percent-encodings are kept as written. Never fails: a malformed reference
/// is resolved as far as the grammar allows. Linear time.
[[nodiscard]] FEEDPP_API std::string resolve_url(std::string_view base, std::string_view reference);

/// Returns true when `url` has a scheme (`http:`, `tag:`, `urn:`, ...): RFC 3986 §3.1's
/// `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`, after any leading whitespace. So `a:b/c` is
/// absolute, while `./a:b/c` and `1a:b` are not.
[[nodiscard]] FEEDPP_API bool is_absolute_url(std::string_view url) noexcept;

/// Returns the URI that names what the IRI `iri` names (RFC 3987 §3.1), for where a format
/// requires a URI (RSS 2.0's links and enclosure URLs): each label of a registered host name that
/// is not ASCII becomes an IDNA A-label ("xn--" and RFC 3492 Punycode, ASCII letters lower-cased,
/// no other Unicode mapping or normalisation), and every other byte beyond ASCII is
/// percent-encoded (%XX, upper-case hex). ASCII is left as written, and an ASCII `iri` is
/// returned unchanged. Never fails: a host label that is not UTF-8 is percent-encoded. Linear time.
[[nodiscard]] FEEDPP_API std::string iri_to_uri(std::string_view iri);

/// Returns true when `url`'s scheme runs code when followed: javascript:, vbscript:, data:
/// (case-insensitive, whitespace and control characters before the colon ignored, as browsers
/// do). Such URLs are never used as a base.
[[nodiscard]] FEEDPP_API bool is_script_url(std::string_view url) noexcept;

}  // namespace feedpp

#endif  // FEEDPP_URL_HPP
