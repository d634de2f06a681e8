// SPDX-License-Identifier: MIT
// The canonical form of a URI (RFC 3986 §6.2.2: case, percent-encoding, dot segments, default
// ports), as the W3C validator's uri.py computes it, for NonCanonicalURI on Atom ids: an id
// compared character by character must be written the one way.
#include <array>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/ascii.hpp"
#include "check/values.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kSubDelims = "!$&'()*+,;=";
constexpr std::string_view kGenDelims = ":/?#[]@";
constexpr std::string_view kPchar = "-._~!$&'()*+,;=:@";
constexpr std::string_view kPcharSlash = "-._~!$&'()*+,;=:@/";
constexpr std::string_view kQuerySafe = "-._~!$&'()*+,;=:@/?";

bool is_reserved(char c) noexcept {
  return kSubDelims.find(c) != std::string_view::npos ||
         kGenDelims.find(c) != std::string_view::npos;
}

void quote_byte(std::string& out, unsigned char b, std::string_view safe) {
  const char c = static_cast<char>(b);
  if (is_alpha(c) || is_digit(c) || c == '_' || c == '.' || c == '-' || c == '~' ||
      (b < 0x80 && safe.find(c) != std::string_view::npos)) {
    out += c;
    return;
  }
  constexpr char kHex[] = "0123456789ABCDEF";
  out += '%';
  out += kHex[b >> 4];
  out += kHex[b & 15];
}

int hex_value(char c) noexcept {
  if (is_digit(c)) return c - '0';
  return ascii_lower(c) - 'a' + 10;
}

// uri.py's _qnu(): escapes decoded where they need not be, encoded (upper case) where they must;
// reserved characters that are safe here keep the form they were written in.
bool requote(std::string_view s, std::string_view safe, std::string& out) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (static_cast<unsigned char>(c) >= 0x80) return false;  // not ASCII: no canonical form
    if (c == '%') {
      if (i + 2 >= s.size()) return false;
      if (!is_hex_digit(s[i + 1]) || !is_hex_digit(s[i + 2])) return false;
      const int b = hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]);
      const char d = static_cast<char>(b);
      if (is_reserved(d) && safe.find(d) != std::string_view::npos) {
        out += '%';
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(s[i + 1])));
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(s[i + 2])));
      } else {
        quote_byte(out, static_cast<unsigned char>(b), safe);
      }
      i += 2;
      continue;
    }
    if (is_reserved(c) && safe.find(c) != std::string_view::npos) {
      out += c;
    } else {
      quote_byte(out, static_cast<unsigned char>(c), safe);
    }
  }
  return true;
}

// uri.py's _normPath(): dot segments removed from absolute paths, each segment requoted.
bool normalize_path(std::string_view p, std::string& out) {
  std::vector<std::string_view> segments;
  std::size_t start = 0;
  for (;;) {
    const auto slash = p.find('/', start);
    segments.push_back(p.substr(start, slash == std::string_view::npos ? slash : slash - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  std::size_t i = !segments.empty() && !segments[0].empty() ? segments.size() : 0;
  while (i < segments.size()) {
    const std::string_view c = segments[i];
    if (c == "." || c == "..") {
      if (i + 1 < segments.size()) {
        segments.erase(segments.begin() + static_cast<std::ptrdiff_t>(i));
      } else {
        segments[i] = {};
      }
      if (c == ".." && (i > 1 || (i > 0 && !segments[0].empty()))) {
        --i;
        segments.erase(segments.begin() + static_cast<std::ptrdiff_t>(i));
      }
    } else {
      ++i;
    }
  }
  if (segments.size() == 1 && segments[0].empty()) segments.emplace_back();
  for (std::size_t k = 0; k < segments.size(); ++k) {
    if (k > 0) out += '/';
    if (!requote(segments[k], kPchar, out)) return false;
  }
  return true;
}

// uri.py's _normPort() and _normAuth(): host in lower case, the scheme's default port dropped.
bool normalize_authority(std::string_view a, int default_port, std::string& out) {
  const auto at = a.rfind('@');
  std::string_view user;
  if (at != std::string_view::npos) {
    user = a.substr(0, at);
    if (user == ":") user = {};
    a.remove_prefix(at + 1);
  }
  std::string host;
  for (char c : a) host += ascii_lower(c);
  int port = default_port;
  std::size_t digits = host.size();
  while (digits > 0 && is_digit(host[digits - 1])) --digits;
  if (digits > 0 && host[digits - 1] == ':') {
    if (digits < host.size()) {
      const std::string_view d = std::string_view(host).substr(digits);
      if (d.size() > 9) return false;
      port = 0;
      for (char c : d) port = port * 10 + (c - '0');
    }
    host.resize(digits - 1);
  }
  if (!host.empty() && host.back() == '.' && host.size() >= 3 &&
      host.rfind('.', host.size() - 3) != std::string::npos) {
    host.pop_back();
  }
  const bool open = !host.empty() && host.front() == '[';
  const bool close = !host.empty() && host.back() == ']';
  if (open != close) return false;
  if (port != default_port) host += ':' + std::to_string(port);
  if (!user.empty()) {
    out += user;
    out += '@';
  }
  out += host;
  return true;
}

int default_port_of(std::string_view scheme) noexcept {
  if (scheme == "ftp") return 21;
  if (scheme == "telnet") return 23;
  if (scheme == "http") return 80;
  if (scheme == "gopher") return 70;
  if (scheme == "news" || scheme == "nntp") return 119;
  if (scheme == "prospero") return 191;
  if (scheme == "https") return 443;
  if (scheme == "snews" || scheme == "snntp") return 563;
  return -1;
}

// What a character may be where canonical_uri() leaves it as it is, by component.
enum Plain : std::uint8_t { kInPath = 1, kInQuery = 2, kLower = 4 };

struct PlainChars {
  std::array<std::uint8_t, 256> of{};
  constexpr PlainChars() {
    for (std::size_t c = 'a'; c <= 'z'; ++c) of[c] = kInPath | kInQuery | kLower;
    for (std::size_t c = 'A'; c <= 'Z'; ++c) of[c] = kInPath | kInQuery;
    for (std::size_t c = '0'; c <= '9'; ++c) of[c] = kInPath | kInQuery | kLower;
    for (char c : std::string_view("-._~")) of[static_cast<unsigned char>(c)] |= kLower;
    // Path segments keep kPchar and '/'; a query and a fragment, kQuerySafe.
    for (char c : kPcharSlash) of[static_cast<unsigned char>(c)] |= kInPath;
    for (char c : kQuerySafe) of[static_cast<unsigned char>(c)] |= kInQuery;
  }
};
constexpr PlainChars kPlain;

bool all_of(std::string_view s, std::uint8_t cls) noexcept {
  for (char c : s) {
    if (!(kPlain.of[static_cast<unsigned char>(c)] & cls)) return false;
  }
  return true;
}

// A URI that canonical_uri() would give back unchanged, by a look at its characters: a lower-
// case scheme; a lower-case host with no port, user or trailing dot; a path of plain characters
// with no dot segment (and not empty after a host); no escapes ('%' is in no class here).
// Anything else: "don't know", and canonical_uri() is asked.
bool plainly_canonical(std::string_view s) noexcept {
  const auto colon = s.find_first_of(":/?#");
  if (colon == std::string_view::npos || colon == 0 || s[colon] != ':') return false;
  const std::string_view scheme = s.substr(0, colon);
  if (!all_of(scheme, kLower) || scheme == "mailto") return false;
  std::string_view rest = s.substr(colon + 1);
  if (rest.substr(0, 2) == "//") {
    rest.remove_prefix(2);
    const auto end = rest.find_first_of("/?#");
    const std::string_view host = rest.substr(0, end);
    if (end == std::string_view::npos || rest[end] != '/' || host.empty() || host.back() == '.' ||
        !all_of(host, kLower))
      return false;
    rest.remove_prefix(end);
  }
  const auto qf = rest.find_first_of("?#");
  const std::string_view path = rest.substr(0, qf);
  if (!all_of(path, kInPath)) return false;
  // Dot segments: any segment that is "." or "..".
  for (std::size_t i = 0; i < path.size();) {
    const auto slash = path.find('/', i);
    const std::string_view seg =
        path.substr(i, slash == std::string_view::npos ? slash : slash - i);
    if (seg == "." || seg == "..") return false;
    if (slash == std::string_view::npos) break;
    i = slash + 1;
  }
  if (qf == std::string_view::npos) return true;
  rest.remove_prefix(qf);
  // A query, then perhaps a fragment; or a fragment alone. Neither may hold a '#' or an escape
  // (neither is in kQuerySafe).
  std::string_view query;
  std::string_view fragment;
  const auto hash = rest.find('#');
  if (rest[0] == '?') {
    query = rest.substr(1, hash == std::string_view::npos ? hash : hash - 1);
    if (hash != std::string_view::npos) fragment = rest.substr(hash + 1);
  } else {
    fragment = rest.substr(1);
  }
  return all_of(query, kInQuery) && all_of(fragment, kInQuery);
}

}  // namespace

bool is_canonical_uri(std::string_view uri) {
  if (plainly_canonical(uri)) return true;
  const auto c = canonical_uri(uri);
  return c && *c == uri;
}

std::optional<std::string> canonical_uri(std::string_view s) {
  // ^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?$
  std::string_view rest = s;
  std::string scheme;
  bool has_scheme = false;
  const auto stop = rest.find_first_of(":/?#");
  if (stop != std::string_view::npos && stop > 0 && rest[stop] == ':') {
    for (char c : rest.substr(0, stop)) scheme += ascii_lower(c);
    has_scheme = true;
    rest.remove_prefix(stop + 1);
  }
  bool has_authority_part = false;
  std::string_view authority;
  if (rest.substr(0, 2) == "//") {
    has_authority_part = true;
    rest.remove_prefix(2);
    const auto end = rest.find_first_of("/?#");
    authority = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end);
  }
  const auto qf = rest.find_first_of("?#");
  const std::string_view path = rest.substr(0, qf);
  rest.remove_prefix(qf == std::string_view::npos ? rest.size() : qf);
  std::optional<std::string_view> query;
  std::optional<std::string_view> fragment;
  if (!rest.empty() && rest[0] == '?') {
    const auto hash = rest.find('#');
    query = rest.substr(1, hash == std::string_view::npos ? hash : hash - 1);
    rest.remove_prefix(hash == std::string_view::npos ? rest.size() : hash);
  }
  if (!rest.empty() && rest[0] == '#') fragment = rest.substr(1);

  std::string out;
  if (has_scheme) out += scheme + ':';
  if (!has_authority_part) {
    if (!has_scheme && (path.empty() || path[0] != '/')) return std::nullopt;
    if (scheme == "mailto" && path.find('@') != std::string_view::npos && path.find('@') > 0) {
      const auto at = path.find('@');
      const auto q = path.find('?');
      const std::string_view domain =
          path.substr(at + 1, q == std::string_view::npos ? q : q - at - 1);
      std::string lower;
      for (char c : domain) lower += ascii_lower(c);
      if (!requote(path.substr(0, at), {}, out)) return std::nullopt;
      out += '@';
      if (!requote(lower, {}, out)) return std::nullopt;
      if (q != std::string_view::npos && !requote(path.substr(q), {}, out)) return std::nullopt;
    } else if (!has_scheme || (!path.empty() && path[0] == '/')) {
      if (!normalize_path(path, out)) return std::nullopt;
    } else if (!requote(path, kPcharSlash, out)) {
      return std::nullopt;
    }
  } else {
    out += "//";
    if (!normalize_authority(authority, default_port_of(scheme), out)) return std::nullopt;
    if (!normalize_path(path, out)) return std::nullopt;
  }
  const std::string_view query_safe = kQuerySafe;
  if (query) {
    out += '?';
    if (!requote(*query, query_safe, out)) return std::nullopt;
  }
  if (fragment) {
    out += '#';
    if (!requote(*fragment, query_safe, out)) return std::nullopt;
  }
  return out;
}

}  // namespace feedpp::detail
