// SPDX-License-Identifier: MIT
// The W3C validator's value tests, as pure functions: URIs (RFC 2396 and 3987, tag:, urn:,
// urn:uuid:, the canonical form of RFC 3986), dates (RFC 822, ISO 8601, W3C-DTF, RFC 3339),
// e-mail addresses, MIME types, language codes, numbers. Each says what the validator would log;
// the walk (checks.cpp) turns that into findings. None allocates unless it returns a string.
#ifndef FEEDPP_SRC_CHECK_VALUES_HPP
#define FEEDPP_SRC_CHECK_VALUES_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace feedpp::detail {

// --- URIs (values_uri.cpp) ---

// How a URI was judged. `code` is the finding to log ("" for none): the error class given, or
// one of InvalidTAG, InvalidUUID, InvalidURN, InvalidUriChar, UriNotIri, SchemeNotIANARegistered.
struct UriVerdict {
  bool ok = false;
  std::string_view code;
  std::string_view scheme;  // for SchemeNotIANARegistered: the scheme
  char bad_char = 0;        // for InvalidUriChar
};

enum class UriRule : std::uint8_t {
  rfc2396,       // a URI reference: relative ones too
  rfc2396_full,  // an absolute URI
  rfc3987,       // an IRI reference (non-ASCII characters allowed)
};

// Judges `value` as the W3C validator's rfc2396.validate() does; `error` is the code for a value
// that is no URI at all (InvalidLink, InvalidFullLink, InvalidIRI, ...).
UriVerdict judge_uri(std::string_view value, UriRule rule, std::string_view error);

// Returns true when `value` has the form of an absolute URI (scheme ':' and URI characters, or
// characters beyond ASCII when `non_ascii`), whatever its scheme.
bool is_absolute_uri_form(std::string_view value, bool non_ascii) noexcept;

// Returns true when every character of `value` may appear in a URI (RFC 2396's unreserved,
// reserved, '%' and '#').
bool is_uri_char(char c) noexcept;

// Returns the canonical form of `uri` (RFC 3986 §6.2.2, as the W3C validator's uri.py computes
// it), or nothing when it has none (relative paths, bad escapes, non-ASCII).
std::optional<std::string> canonical_uri(std::string_view uri);
// Returns true when `uri` is its own canonical form (canonical_uri(uri) == uri), without making
// the canonical form for the plain URIs most ids are.
bool is_canonical_uri(std::string_view uri);

// Returns true when `uri` has an authority (`//host`), as urlparse()'s netloc would be set.
bool has_authority(std::string_view uri) noexcept;

// Returns true when `value` is an http or https URL with a host (the validator's httpURL).
bool is_http_url(std::string_view value) noexcept;

// --- Dates (values_date.cpp) ---

enum class DateVerdict : std::uint8_t {
  valid,
  invalid,        // not the form at all
  bad_value,      // the form, but no such date (31 February): `detail` says why
  problematical,  // RFC 822, but not as RFC 2822 recommends (ProblematicalRFC822Date)
  incorrect_dow,  // RFC 822 with the wrong day of the week
  implausible,    // before 1990 or in the future (ImplausibleDate)
};

// RFC 822 as RSS 2.0 requires (InvalidRFC2822Date and friends).
DateVerdict judge_rfc822(std::string_view value);

enum class IsoForm : std::uint8_t {
  iso8601,  // time zone optional
  w3cdtf,   // time zone required with a time
  rfc3339,  // full date and time, zone required
};

// ISO 8601 and its profiles. `bounded` checks plausibility too.
DateVerdict judge_iso8601(std::string_view value, IsoForm form, bool bounded);

// --- Other values (values_misc.cpp) ---

// An ISO 639 language code, optionally followed by '-' and anything (the validator's test).
bool is_language(std::string_view value) noexcept;
// An ISO 3166 country code (upper case).
bool is_country(std::string_view value) noexcept;
// An ISO 4217 currency code.
bool is_currency(std::string_view value) noexcept;
// A MIME type with optional parameters (RFC 2045).
bool is_mime_type(std::string_view value) noexcept;

enum class EmailVerdict : std::uint8_t { valid, invalid, unknown_host };
// An addr-spec (user@domain); `unknown_host` for a simple address whose domain has no dot.
EmailVerdict judge_addr_spec(std::string_view value) noexcept;
// The address part of "name <addr>" or "addr (name)" when `value` holds one address.
std::string_view address_of(std::string_view value) noexcept;
// Returns true when `value` holds "<user@domain>" (ContainsEmail).
bool contains_email(std::string_view value) noexcept;

// Python's int(): optional sign, digits. Returns false when not an integer (or out of range).
bool parse_integer(std::string_view value, long long& out) noexcept;
// Python's float(), without locale.
bool parse_float(std::string_view value, double& out) noexcept;
// Returns true when `value` starts with digits, an optional '.' and digits (re.match(\d+\.?\d*)).
bool starts_with_number(std::string_view value) noexcept;

// Returns `s` without Python's white space around it.
std::string_view strip(std::string_view s) noexcept;

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_CHECK_VALUES_HPP
