// SPDX-License-Identifier: MIT
// The codecs of the typed values vocabularies share: integers, decimals, yes/no, durations.
#include <charconv>
#include <cmath>

#include "base/ascii.hpp"
#include "ext/schema.hpp"

namespace feedpp::detail {

std::optional<std::int64_t> Codec<std::int64_t>::parse(std::string_view text) noexcept {
  text = trim(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [at, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || at != end || text.empty()) return std::nullopt;
  return value;
}

std::string Codec<std::int64_t>::format(std::int64_t value) { return std::to_string(value); }

std::optional<double> Codec<double>::parse(std::string_view text) noexcept {
  text = trim(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double value = 0;
  const char* end = text.data() + text.size();
  // from_chars: the C locale's syntax whatever the program's locale, and no hex or "inf".
  const auto [at, error] = std::from_chars(text.data(), end, value, std::chars_format::general);
  if (error != std::errc() || at != end || text.empty() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::string Codec<double>::format(double value) {
  char buffer[32];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);  // shortest
  return error == std::errc() ? std::string(buffer, end) : std::string();
}

std::optional<bool> Codec<bool>::parse(std::string_view text) noexcept {
  text = trim(text);
  if (iequals(text, "yes") || iequals(text, "true")) return true;
  if (iequals(text, "no") || iequals(text, "false")) return false;
  return std::nullopt;
}

std::string Codec<bool>::format(bool value) { return value ? "Yes" : "No"; }

std::optional<std::chrono::seconds> Codec<std::chrono::seconds>::parse(
    std::string_view text) noexcept {
  text = trim(text);
  if (text.empty() || text.size() > 32) return std::nullopt;
  // Up to three parts: [[hh:]mm:]ss, each digits; seconds may have a fraction, which is dropped.
  std::int64_t parts[3] = {0, 0, 0};
  std::size_t count = 0;
  std::size_t i = 0;
  while (true) {
    if (count == 3) return std::nullopt;
    std::size_t digits = 0;
    std::int64_t value = 0;
    while (i < text.size() && is_digit(text[i])) {
      value = value * 10 + (text[i] - '0');
      ++i;
      ++digits;
    }
    if (digits == 0) return std::nullopt;
    parts[count++] = value;
    if (i == text.size()) break;
    if (text[i] == '.') {  // a fraction of the last part
      ++i;
      while (i < text.size() && is_digit(text[i])) ++i;
      if (i != text.size()) return std::nullopt;
      break;
    }
    if (text[i] != ':') return std::nullopt;
    ++i;
  }
  std::int64_t seconds = 0;
  for (std::size_t k = 0; k < count; ++k) seconds = seconds * 60 + parts[k];
  return std::chrono::seconds(seconds);
}

std::string Codec<std::chrono::seconds>::format(std::chrono::seconds value) {
  return std::to_string(value.count());
}

}  // namespace feedpp::detail
