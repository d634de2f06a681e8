// SPDX-License-Identifier: MIT
// What the strict date parsers (datetime.cpp) and the tolerant reader (date_reader.cpp) share: a
// cursor that never reads past its text, ASCII case folding and RFC 822's day and month names.
// Internal: never installed.
#ifndef FEEDPP_SRC_DATE_TOKENS_HPP
#define FEEDPP_SRC_DATE_TOKENS_HPP

#include <array>
#include <cstddef>
#include <string_view>

#include "base/ascii.hpp"

namespace feedpp::detail {

// Our own names rather than date's, whose depend on ONLY_C_LOCALE (which Debian's package sets).
inline constexpr std::array<std::string_view, 7> kDayNames = {"Sun", "Mon", "Tue", "Wed",
                                                              "Thu", "Fri", "Sat"};
inline constexpr std::array<std::string_view, 12> kMonthNames = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// A cursor over the text being parsed. peek() past the end is '\0', but so is a NUL in the text:
// test done() to know which.
struct Cursor {
  std::string_view s;
  std::size_t i = 0;

  [[nodiscard]] bool done() const noexcept { return i == s.size(); }
  [[nodiscard]] char peek() const noexcept { return done() ? '\0' : s[i]; }
  // Returns the character `k` places after the current one, '\0' past the end.
  [[nodiscard]] char peek(std::size_t k) const noexcept {
    return s.size() - i > k ? s[i + k] : '\0';
  }
  bool eat(char c) noexcept {
    if (done() || s[i] != c) return false;
    ++i;
    return true;
  }
  // Skips spaces and tabs; returns true when there were any.
  bool space() noexcept {
    const std::size_t start = i;
    while (peek() == ' ' || peek() == '\t') ++i;
    return i != start;
  }
  // Reads exactly `n` digits.
  bool digits(int n, int& value) noexcept {
    value = 0;
    for (int k = 0; k < n; ++k) {
      const char c = peek();
      if (!is_digit(c)) return false;
      value = value * 10 + (c - '0');
      ++i;
    }
    return true;
  }
  // Reads 1 to `max` digits.
  bool digits_upto(int max, int& value) noexcept {
    int n = 0;
    value = 0;
    while (n < max && is_digit(peek())) {
      value = value * 10 + (s[i++] - '0');
      ++n;
    }
    return n > 0;
  }
  // Reads a run of ASCII letters.
  std::string_view word() noexcept {
    const std::size_t start = i;
    while (is_alpha(peek())) ++i;
    return s.substr(start, i - start);
  }
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_DATE_TOKENS_HPP
