// SPDX-License-Identifier: MIT
// URL resolution as RFC 3986 §5 specifies it, for the relative links feeds are full of. Works on
// IRIs too: characters beyond ASCII pass through untouched. Pure functions, thread-safe, never
// throw (but std::bad_alloc).
#ifndef FEEDPP_URL_HPP
#define FEEDPP_URL_HPP

#include <string>
#include <string_view>

#include "feedpp/export.hpp"

namespace feedpp {

/// Resolves `reference` against `base` (RFC 3986 §5.2, with dot segments removed). Surrounding
/// whitespace is ignored. Returns `reference` (trimmed) unchanged when it is absolute (has a
/// scheme), or when `base` is empty or not absolute. Never fails: a malformed reference is
/// resolved as far as the grammar allows.
[[nodiscard]] FEEDPP_API std::string resolve_url(std::string_view base, std::string_view reference);

/// Returns true when `url` has a scheme (`http:`, `tag:`, `urn:`, ...).
[[nodiscard]] FEEDPP_API bool is_absolute_url(std::string_view url) noexcept;

/// Returns true when `url`'s scheme runs code when followed: javascript:, vbscript:, data:
/// (case-insensitive, whitespace and control characters before the colon ignored, as browsers
/// do). Such URLs are never used as a base.
[[nodiscard]] FEEDPP_API bool is_script_url(std::string_view url) noexcept;

}  // namespace feedpp

#endif  // FEEDPP_URL_HPP
