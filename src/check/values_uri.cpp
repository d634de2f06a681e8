// SPDX-License-Identifier: MIT
// URIs as the W3C validator tests them (its validators.py rfc2396 family and uri.py), written out
// as scans instead of regular expressions: linear, and no allocation but for canonical forms.
#include <array>

#include "base/ascii.hpp"
#include "check/values.hpp"

namespace feedpp::detail {
namespace {

// IANA's permanent schemes as the W3C validator lists them; others get SchemeNotIANARegistered.
constexpr std::string_view kIanaSchemes[] = {
    "ftp",          "http",    "gopher",    "mailto",     "news",
    "nntp",         "telnet",  "wais",      "file",       "prospero",
    "z39.50s",      "z39.50r", "cid",       "mid",        "vemmi",
    "service",      "imap",    "nfs",       "acap",       "rtsp",
    "tip",          "pop",     "data",      "dav",        "opaquelocktoken",
    "sip",          "sips",    "tel",       "fax",        "modem",
    "ldap",         "https",   "soap.beep", "soap.beeps", "xmlrpc.beep",
    "xmlrpc.beeps", "urn",     "go",        "h323",       "ipp",
    "tftp",         "mupdate", "pres",      "im",         "mtqp",
    "iris.beep",    "dict",    "snmp",      "crid",       "tag",
    "dns",          "info",    "aaa",       "aaas",       "cap",
    "iax",          "icap",    "iris",      "iris.xpc",   "iris.xpcs",
    "iris.lwz",     "msrp",    "msrps",     "shttp",      "thismessage",
    "tv",           "xmpp"};

constexpr bool is_scheme_char(char c) noexcept {
  return is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.';
}

// Length of a scheme and its ':' at the start of `s` ([a-zA-Z][0-9a-zA-Z+.-]*:), 0 for none.
std::size_t scheme_length(std::string_view s) noexcept {
  if (s.empty() || !is_alpha(s[0])) return 0;
  std::size_t i = 1;
  while (i < s.size() && is_scheme_char(s[i])) ++i;
  return i < s.size() && s[i] == ':' ? i + 1 : 0;
}

// RFC 2396's characters (unreserved, reserved, '%', '#'), as a table: every link of every item
// is checked a character at a time.
struct UriChars {
  std::array<bool, 256> ok{};
  constexpr UriChars() {
    for (int c = 'a'; c <= 'z'; ++c) ok[static_cast<std::size_t>(c)] = true;
    for (int c = 'A'; c <= 'Z'; ++c) ok[static_cast<std::size_t>(c)] = true;
    for (int c = '0'; c <= '9'; ++c) ok[static_cast<std::size_t>(c)] = true;
    for (char c : std::string_view(";/?:@&=+$.-_!~*'()%,#")) {
      ok[static_cast<unsigned char>(c)] = true;
    }
  }
};
constexpr UriChars kUriChars;

bool all_uri_chars(std::string_view s, bool allow_non_ascii) noexcept {
  for (char c : s) {
    if (kUriChars.ok[static_cast<unsigned char>(c)]) continue;
    if (allow_non_ascii && static_cast<unsigned char>(c) >= 0x80) continue;
    return false;
  }
  return true;
}

// RFC 2396 reference: ([scheme:])? '/'{0,2} ('[' hex-and-colons ']')? uri-chars*.
bool matches_2396(std::string_view s, bool non_ascii) noexcept {
  const std::size_t scheme = scheme_length(s);
  // Without the optional parts, the characters alone decide (':' and '/' are URI characters).
  if (all_uri_chars(s, non_ascii)) return true;
  std::string_view rest = s.substr(scheme);
  for (int i = 0; i < 2 && !rest.empty() && rest[0] == '/'; ++i) rest.remove_prefix(1);
  if (rest.empty() || rest[0] != '[') return false;
  std::size_t i = 1;
  while (i < rest.size() && (is_hex_digit(rest[i]) || rest[i] == ':')) ++i;
  if (i == 1 || i >= rest.size() || rest[i] != ']') return false;
  return all_uri_chars(rest.substr(i + 1), non_ascii);
}

// Absolute URI: scheme ':' ('//')? uri-char+.
bool matches_full(std::string_view s, bool non_ascii) noexcept {
  const std::size_t scheme = scheme_length(s);
  if (scheme == 0) return false;
  std::string_view rest = s.substr(scheme);
  if (rest.substr(0, 2) == "//" && rest.size() > 2 && all_uri_chars(rest.substr(2), non_ascii))
    return true;
  return !rest.empty() && all_uri_chars(rest, non_ascii);
}

bool tag_char(char c) noexcept {
  return is_alpha(c) || is_digit(c) ||
         std::string_view(";/?:@&=+$.-_!~*'()%,").find(c) != std::string_view::npos;
}

// tag:[user@]authority,YYYY[-MM[-DD]]:specific[#fragment] (RFC 4151; lower-case authority).
bool is_tag_uri(std::string_view v) noexcept {
  if (v.substr(0, 4) != "tag:") return false;
  v.remove_prefix(4);
  const auto comma = v.find(',');
  if (comma == std::string_view::npos || comma == 0) return false;
  std::string_view authority = v.substr(0, comma);
  // An '@' may separate a user part ([a-z0-9._-]+) from the host; the regex is non-greedy, so a
  // comma in the user part cannot occur (it ends the authority).
  const auto at = authority.find('@');
  auto lower_ok = [](std::string_view s, bool underscore) {
    if (s.empty()) return false;
    for (char c : s) {
      if (!((c >= 'a' && c <= 'z') || is_digit(c) || c == '.' || c == '-' ||
            (underscore && c == '_')))
        return false;
    }
    return true;
  };
  if (at != std::string_view::npos) {
    if (!lower_ok(authority.substr(0, at), true)) return false;
    authority.remove_prefix(at + 1);
  }
  if (!lower_ok(authority, false)) return false;
  v.remove_prefix(comma + 1);
  auto digits = [&](std::size_t n) {
    if (v.size() < n) return false;
    for (std::size_t i = 0; i < n; ++i) {
      if (!is_digit(v[i])) return false;
    }
    v.remove_prefix(n);
    return true;
  };
  if (!digits(4)) return false;
  for (int part = 0; part < 2 && v.size() >= 3 && v[0] == '-'; ++part) {
    v.remove_prefix(1);
    if (!digits(2)) return false;
  }
  if (v.empty() || v[0] != ':') return false;
  v.remove_prefix(1);
  const auto hash = v.find('#');
  const std::string_view specific = v.substr(0, hash);
  for (char c : specific) {
    if (!tag_char(c)) return false;
  }
  if (hash != std::string_view::npos) {
    for (char c : v.substr(hash + 1)) {
      if (!tag_char(c)) return false;
    }
  }
  return true;
}

bool is_urn(std::string_view v) noexcept {
  if (v.size() < 4 || !iequals(v.substr(0, 4), "urn:")) return false;
  v.remove_prefix(4);
  const auto colon = v.find(':');
  if (colon == std::string_view::npos || colon < 2 || colon > 32) return false;
  if (!is_alpha(v[0]) && !is_digit(v[0])) return false;
  for (std::size_t i = 1; i < colon; ++i) {
    if (!is_alpha(v[i]) && !is_digit(v[i]) && v[i] != '-') return false;
  }
  v.remove_prefix(colon + 1);
  if (v.empty()) return false;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (is_alpha(c) || is_digit(c) ||
        std::string_view("()+,.:=@;$_!*'-").find(c) != std::string_view::npos)
      continue;
    if (c == '%' && i + 2 < v.size() && is_hex_digit(v[i + 1]) && is_hex_digit(v[i + 2])) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

bool is_uuid_urn(std::string_view v) noexcept {
  if (v.size() != 45 || !iequals(v.substr(0, 9), "urn:uuid:")) return false;
  v.remove_prefix(9);
  for (std::size_t i = 0; i < v.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? v[i] != '-' : !is_hex_digit(v[i])) return false;
  }
  return true;
}

bool is_iana_scheme(std::string_view scheme) noexcept {
  // Nearly every URL in a feed is one of these two: asked first.
  if (iequals(scheme, "https") || iequals(scheme, "http")) return true;
  for (std::string_view s : kIanaSchemes) {
    if (iequals(s, scheme)) return true;
  }
  return false;
}

}  // namespace

bool is_absolute_uri_form(std::string_view value, bool non_ascii) noexcept {
  return matches_full(value, non_ascii);
}

bool is_uri_char(char c) noexcept { return kUriChars.ok[static_cast<unsigned char>(c)]; }

UriVerdict judge_uri(std::string_view value, UriRule rule, std::string_view error) {
  UriVerdict v;
  const auto colon = value.find(':');
  const std::string_view scheme = value.substr(0, colon);
  const bool iri = rule == UriRule::rfc3987;
  const bool full = rule == UriRule::rfc2396_full;
  if (iequals(scheme, "tag")) {
    v.ok = is_tag_uri(value);
    if (!v.ok) v.code = "InvalidTAG";
    return v;
  }
  if (iequals(scheme, "urn")) {
    if (value.size() >= 9 && iequals(value.substr(0, 9), "urn:uuid:") && !is_uuid_urn(value)) {
      v.code = "InvalidUUID";
    } else if (is_urn(value)) {
      v.ok = true;
    } else {
      v.code = "InvalidURN";
    }
    return v;
  }
  const bool matches = full ? matches_full(value, iri) : matches_2396(value, iri);
  if (!matches) {
    for (char c : value) {
      if (static_cast<unsigned char>(c) < 0x80 && !is_uri_char(c)) {
        v.code = "InvalidUriChar";
        v.bad_char = c;
        return v;
      }
    }
    // Only characters beyond ASCII are wrong: an IRI where a URI must be, once they are encoded.
    const bool as_iri = full ? matches_full(value, true) : matches_2396(value, true);
    v.code = as_iri && !iri ? std::string_view("UriNotIri") : error;
    return v;
  }
  if (iequals(scheme, "http") || iequals(scheme, "ftp")) {
    // ^\w+://[^/].*
    const auto sep = value.find("://");
    v.ok =
        sep != std::string_view::npos && sep > 0 && sep + 3 < value.size() && value[sep + 3] != '/';
    if (v.ok) {
      for (std::size_t i = 0; i < sep; ++i) {
        if (!is_alpha(value[i]) && !is_digit(value[i]) && value[i] != '_') v.ok = false;
      }
    }
    if (!v.ok) v.code = error;
    return v;
  }
  bool alpha = !scheme.empty();
  for (char c : scheme) alpha = alpha && is_alpha(c);
  if (colon != std::string_view::npos && alpha && !is_iana_scheme(scheme)) {
    v.code = "SchemeNotIANARegistered";
    v.scheme = scheme;
    return v;
  }
  v.ok = true;
  return v;
}

bool has_authority(std::string_view uri) noexcept {
  const std::size_t scheme = scheme_length(uri);
  const std::string_view rest = uri.substr(scheme);
  return rest.size() > 2 && rest.substr(0, 2) == "//" && rest[2] != '/';
}

bool is_http_url(std::string_view value) noexcept {
  // (http|https)://domain(:port)?(/|$), domain as the validator's domain_re, then the full URI.
  std::string_view v = value;
  if (v.size() >= 7 && iequals(v.substr(0, 7), "http://")) {
    v.remove_prefix(7);
  } else if (v.size() >= 8 && iequals(v.substr(0, 8), "https://")) {
    v.remove_prefix(8);
  } else {
    return false;
  }
  std::size_t end = 0;
  while (end < v.size() && v[end] != '/' && v[end] != ':') ++end;
  const std::string_view host = v.substr(0, end);
  // One or more labels ending in '.', then a last label that starts alphanumeric.
  const auto last_dot = host.rfind('.');
  if (last_dot == std::string_view::npos || last_dot + 1 >= host.size()) return false;
  for (char c : host) {
    if (!is_alpha(c) && !is_digit(c) && c != '-' && c != '.') return false;
  }
  if (!is_alpha(host[last_dot + 1]) && !is_digit(host[last_dot + 1])) return false;
  if (host.find("..") != std::string_view::npos || host[0] == '.') return false;
  std::string_view rest = v.substr(end);
  if (!rest.empty() && rest[0] == ':') {
    std::size_t i = 1;
    while (i < rest.size() && is_digit(rest[i])) ++i;
    rest.remove_prefix(i);
  }
  if (!rest.empty() && rest[0] != '/') return false;
  return matches_full(value, false);
}

}  // namespace feedpp::detail
