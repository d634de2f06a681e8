// SPDX-License-Identifier: MIT
// ASCII tests, case folding and trimming, free of the locale: feeds spell element names, charsets,
// entities, months and zones in ASCII whatever language they are written in.
#ifndef FEEDPP_SRC_ASCII_HPP
#define FEEDPP_SRC_ASCII_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace feedpp::detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_hex_digit(char c) noexcept {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
// XML's white space (S, XML 1.0 §2.3): space, TAB, LF and CR.
constexpr bool is_xml_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
// HTML's and URLs' ASCII white space (WHATWG Infra): XML's and form feed.
constexpr bool is_html_space(char c) noexcept { return is_xml_space(c) || c == '\f'; }
// Returns true when every byte of `s` is ASCII (below 0x80).
constexpr bool is_ascii(std::string_view s) noexcept {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}
constexpr char ascii_lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}
constexpr char ascii_upper(char c) noexcept {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - ('a' - 'A')) : c;
}

// Returns `s` in ASCII lower case: names, labels and media types that ignore case.
inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// ASCII case-insensitive equality ("Item" and "item", "UTF-8" and "utf-8").
constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

// Returns `s` without surrounding XML white space: what feeds put around URLs, ids and dates.
constexpr std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_xml_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_xml_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_ASCII_HPP
