// SPDX-License-Identifier: MIT
// ASCII tests and case folding, free of the locale: feeds spell element names, charsets,
// entities, months and zones in ASCII whatever language they are written in.
#ifndef FEEDPP_SRC_ASCII_HPP
#define FEEDPP_SRC_ASCII_HPP

#include <cstddef>
#include <string_view>

namespace feedpp::detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_hex_digit(char c) noexcept {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr char ascii_lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

// ASCII case-insensitive equality ("Item" and "item", "UTF-8" and "utf-8").
constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_ASCII_HPP
