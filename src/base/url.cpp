// SPDX-License-Identifier: MIT
// RFC 3986 §5.2 reference resolution, by hand: one left-to-right split per input (Appendix B's
// regex, with §3.1's stricter scheme), one pass to remove dot segments, done in place in the
// result, which is reserved once. Linear time, no recursion, no allocation but the result. Bytes
// are never decoded, case-folded or percent-encoded, so feed ids and IRIs come back as written.
#include "feedpp/url.hpp"

#include <array>
#include <cstddef>

#include "base/ascii.hpp"

namespace feedpp {
namespace {

using detail::ascii_lower;
using detail::is_alpha;
using detail::is_digit;
using detail::is_html_space;

constexpr bool is_scheme_char(char c) noexcept {
  return is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.';
}

// Drops ASCII whitespace as WHATWG URL defines it (TAB, LF, FF, CR, SPACE): what surrounds an
// href.
std::string_view trim_url(std::string_view s) noexcept {
  while (!s.empty() && is_html_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_html_space(s.back())) s.remove_suffix(1);
  return s;
}

// Length of the scheme at the start of `s` (RFC 3986 §3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" /
// "." ) ":"), or 0 when there is none, so "./a:b" and "1a:b" are relative paths.
std::size_t scheme_length(std::string_view s) noexcept {
  if (s.empty() || !is_alpha(s[0])) return 0;
  std::size_t i = 1;
  while (i < s.size() && is_scheme_char(s[i])) ++i;
  return i < s.size() && s[i] == ':' ? i : 0;
}

// The five components of RFC 3986 Appendix B. Each `has_` flag tells an undefined component from
// an empty one ("http://a/?" has an empty query; "http://a/" has none), which §5.3 needs.
struct Parts {
  std::string_view scheme, authority, path, query, fragment;
  bool has_scheme = false, has_authority = false, has_query = false, has_fragment = false;
};

Parts split(std::string_view s) noexcept {
  Parts p;
  if (const std::size_t n = scheme_length(s); n != 0) {
    p.has_scheme = true;
    p.scheme = s.substr(0, n);
    s.remove_prefix(n + 1);
  }
  if (s.size() >= 2 && s[0] == '/' && s[1] == '/') {
    s.remove_prefix(2);
    const std::size_t end = s.find_first_of("/?#");
    p.has_authority = true;
    p.authority = s.substr(0, end);
    s.remove_prefix(p.authority.size());
  }
  const std::size_t path_end = s.find_first_of("?#");
  p.path = s.substr(0, path_end);
  s.remove_prefix(p.path.size());
  if (!s.empty() && s[0] == '?') {
    const std::size_t end = s.find('#');
    p.has_query = true;
    p.query = s.substr(1, end == std::string_view::npos ? end : end - 1);
    s.remove_prefix(1 + p.query.size());
  }
  if (!s.empty()) {  // s[0] == '#': everything else has been taken
    p.has_fragment = true;
    p.fragment = s.substr(1);
  }
  return p;
}

bool starts_with(const std::string& s, std::size_t pos, std::string_view prefix) noexcept {
  return s.compare(pos, prefix.size(), prefix) == 0;
}

// RFC 3986 §5.2.4 on out[from, end), in place: the output (written at w) never overtakes the input
// (read at r), because every step consumes at least as much as it writes. Where the RFC replaces
// a prefix of the input with "/", the byte just before the remaining input is made that "/".
// Linear: a segment is copied once and scanned at most once more, when ".." removes it.
void remove_dot_segments(std::string& out, std::size_t from) noexcept {
  const std::size_t end = out.size();
  std::size_t r = from;
  std::size_t w = from;
  const auto pop = [&out, &w, from] {  // drop the last output segment and the "/" before it
    while (w > from && out[w - 1] != '/') --w;
    if (w > from) --w;
  };
  while (r < end) {
    const std::size_t left = end - r;
    if (starts_with(out, r, "../")) {  // A
      r += 3;
    } else if (starts_with(out, r, "./") || starts_with(out, r, "/./")) {  // A; B: "/./" -> "/"
      r += 2;
    } else if (left == 2 && starts_with(out, r, "/.")) {  // B: a final "/." becomes "/"
      out[r + 1] = '/';
      r += 1;
    } else if (starts_with(out, r, "/../")) {  // C
      r += 3;
      pop();
    } else if (left == 3 && starts_with(out, r, "/..")) {  // C: a final "/.."
      out[r + 2] = '/';
      r += 2;
      pop();
    } else if ((left == 1 && out[r] == '.') || (left == 2 && starts_with(out, r, ".."))) {  // D
      r = end;
    } else {  // E: move the first segment, with its leading "/" if any
      std::size_t seg_end = r + 1;
      while (seg_end < end && out[seg_end] != '/') ++seg_end;
      while (r < seg_end) out[w++] = out[r++];
    }
  }
  out.resize(w);
}

// Appends "scheme:" and "//authority" as §5.3 recomposes them.
void append_prefix(std::string& out, const Parts& p) {
  if (p.has_scheme) out.append(p.scheme).push_back(':');
  if (p.has_authority) out.append("//").append(p.authority);
}

// Appends the path, with its dot segments removed.
void append_clean_path(std::string& out, std::string_view path) {
  const std::size_t from = out.size();
  out.append(path);
  remove_dot_segments(out, from);
}

void append_query(std::string& out, bool has_query, std::string_view query) {
  if (has_query) out.append(1, '?').append(query);
}

void append_fragment(std::string& out, const Parts& p) {
  if (p.has_fragment) out.append(1, '#').append(p.fragment);
}

}  // namespace

std::string resolve_url(std::string_view base, std::string_view reference) {
  base = trim_url(base);
  reference = trim_url(reference);
  const Parts r = split(reference);
  std::string t;
  if (r.has_scheme) {  // §5.2.2: an absolute reference keeps all but its dot segments
    t.reserve(reference.size());
    append_prefix(t, r);
    append_clean_path(t, r.path);
    append_query(t, r.has_query, r.query);
    append_fragment(t, r);
    return t;
  }
  // url.hpp: script URLs (data: included) are never a base; their paths aren't hierarchical.
  if (scheme_length(base) == 0 || is_script_url(base)) return std::string(reference);
  const Parts b = split(base);  // its fragment, if any, plays no part (§5.2.1)

  // What comes from `base` fits in `base`, what comes from `reference` in `reference`; the merge
  // adds at most one "/".
  t.reserve(base.size() + reference.size() + 1);
  t.append(b.scheme).push_back(':');
  if (r.has_authority) {  // network-path reference, "//g"
    t.append("//").append(r.authority);
    append_clean_path(t, r.path);
    append_query(t, r.has_query, r.query);
  } else {
    if (b.has_authority) t.append("//").append(b.authority);
    if (r.path.empty()) {  // same document: "", "?y", "#s" (the base path is kept as is)
      t.append(b.path);
      if (r.has_query) {
        append_query(t, true, r.query);
      } else {
        append_query(t, b.has_query, b.query);
      }
    } else {
      const std::size_t from = t.size();
      if (r.path[0] != '/') {  // §5.2.3 merge
        if (b.has_authority && b.path.empty()) {
          t.push_back('/');
        } else if (const std::size_t slash = b.path.rfind('/'); slash != std::string_view::npos) {
          t.append(b.path.substr(0, slash + 1));
        }
      }
      t.append(r.path);
      remove_dot_segments(t, from);
      append_query(t, r.has_query, r.query);
    }
  }
  append_fragment(t, r);
  return t;
}

bool is_absolute_url(std::string_view url) noexcept {
  while (!url.empty() && is_html_space(url.front())) url.remove_prefix(1);
  return scheme_length(url) != 0;
}

bool is_script_url(std::string_view url) noexcept {
  // Browsers drop TAB, LF and CR anywhere and C0 controls and spaces around a URL before they
  // read its scheme, so "java\tscript:" runs. We skip every such byte before the colon: never
  // less than a browser does.
  std::array<char, 11> scheme{};  // "javascript" and one more, which already means "no match"
  std::size_t n = 0;
  for (const char c : url) {
    if (c == ':') {
      const std::string_view s(scheme.data(), n);
      return s == "javascript" || s == "vbscript" || s == "data";
    }
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F) continue;
    if (n == scheme.size()) return false;
    scheme[n++] = ascii_lower(c);
  }
  return false;
}

}  // namespace feedpp
