// SPDX-License-Identifier: MIT
#include "html/css_filter.hpp"

#include "base/ascii.hpp"
#include "html/sanitize_tables.hpp"

namespace feedpp::detail {
namespace {

// Python's \s and \w as feedparser's patterns use them, for ASCII; any byte of a non-ASCII
// character counts as a word character (\w is Unicode there).
constexpr bool is_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool is_word(char c) noexcept {
  return is_alpha(c) || is_digit(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

// Cuts out each `url(` ... `)` (no white space or `)` inside) with the white space after it,
// leaving a space: `url\s*\(\s*[^\s)]+?\s*\)\s*` replaced by " ".
std::string cut_urls(std::string_view s) {
  std::string out;
  std::size_t run = 0;
  for (std::size_t at = s.find("url"); at != std::string_view::npos; at = s.find("url", at + 1)) {
    std::size_t i = at + 3;
    while (i < s.size() && is_space(s[i])) ++i;
    if (i >= s.size() || s[i] != '(') continue;
    ++i;
    while (i < s.size() && is_space(s[i])) ++i;
    const std::size_t body = i;
    while (i < s.size() && !is_space(s[i]) && s[i] != ')') ++i;
    if (i == body) continue;
    while (i < s.size() && is_space(s[i])) ++i;
    if (i >= s.size() || s[i] != ')') continue;
    ++i;
    while (i < s.size() && is_space(s[i])) ++i;
    out.append(s, run, at - run);
    out += ' ';
    run = i;
    at = i - 1;
  }
  out.append(s, run);
  return out;
}

// feedparser's gauntlet: the whole value is made of `[:,;#%.\sa-zA-Z0-9!]`, `\w-\w`,
// `'[\s\w]+'`, `"[\s\w]+"` and `\([\d,\s]+\)`. A `-` is only allowed between two word
// characters, and no word character can serve two of them.
bool passes_gauntlet(std::string_view s) noexcept {
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    const char c = s[i];
    if (i + 2 < n && is_word(c) && s[i + 1] == '-' && is_word(s[i + 2])) {
      i += 3;
    } else if (is_alpha(c) || is_digit(c) || is_space(c) || c == ':' || c == ',' || c == ';' ||
               c == '#' || c == '%' || c == '.' || c == '!') {
      ++i;
    } else if (c == '\'' || c == '"') {
      std::size_t j = i + 1;
      while (j < n && (is_word(s[j]) || is_space(s[j]))) ++j;
      if (j == i + 1 || j >= n || s[j] != c) return false;
      i = j + 1;
    } else if (c == '(') {
      std::size_t j = i + 1;
      while (j < n && (is_digit(s[j]) || s[j] == ',' || is_space(s[j]))) ++j;
      if (j == i + 1 || j >= n || s[j] != ')') return false;
      i = j + 1;
    } else {
      return false;
    }
  }
  return true;
}

struct Declaration {
  std::string_view property;
  std::string_view value;  // may end in white space, as feedparser keeps it
};

// Reads `\s*[-\w]+\s*:\s*[^:;]*;?` at `i`; false when the text is not such a declaration.
bool read_declaration(std::string_view s, std::size_t& i, Declaration& d) {
  const std::size_t n = s.size();
  while (i < n && is_space(s[i])) ++i;
  const std::size_t name = i;
  while (i < n && (is_word(s[i]) || s[i] == '-')) ++i;
  if (i == name) return false;
  d.property = s.substr(name, i - name);
  while (i < n && is_space(s[i])) ++i;
  if (i >= n || s[i] != ':') return false;
  ++i;
  while (i < n && is_space(s[i])) ++i;
  const std::size_t value = i;
  while (i < n && s[i] != ':' && s[i] != ';') ++i;
  d.value = s.substr(value, i - value);
  if (i < n && s[i] == ';') ++i;
  return true;
}

// feedparser's valid_css_values: `#[0-9a-f]+`, `rgb\(\d+%?,\d*%?,?\d*%?\)?`, or
// `\d{0,2}\.?\d{0,2}` and an optional unit (cm em ex in mm pc pt px % , )).
bool is_css_value(std::string_view v) noexcept {
  if (!v.empty() && v[0] == '#') {
    if (v.size() == 1) return false;
    for (const char c : v.substr(1)) {
      if (!is_digit(c) && !(c >= 'a' && c <= 'f')) return false;
    }
    return true;
  }
  std::size_t i = 0;
  const auto digits = [&](std::size_t max) {
    std::size_t k = 0;
    while (k < max && i < v.size() && is_digit(v[i])) ++i, ++k;
    return k;
  };
  if (v.substr(0, 4) == "rgb(") {
    i = 4;
    if (digits(v.size()) == 0) return false;
    if (i < v.size() && v[i] == '%') ++i;
    if (i >= v.size() || v[i] != ',') return false;
    ++i;
    digits(v.size());
    if (i < v.size() && v[i] == '%') ++i;
    if (i < v.size() && v[i] == ',') ++i;
    digits(v.size());
    if (i < v.size() && v[i] == '%') ++i;
    if (i < v.size() && v[i] == ')') ++i;
    return i == v.size();
  }
  digits(2);
  if (i < v.size() && v[i] == '.') ++i;
  digits(2);
  const std::string_view unit = v.substr(i);
  return unit.empty() || unit == "cm" || unit == "em" || unit == "ex" || unit == "in" ||
         unit == "mm" || unit == "pc" || unit == "pt" || unit == "px" || unit == "%" ||
         unit == "," || unit == ")";
}

// Whether a value calls a function other than rgb(): feedparser's gauntlet lets
// `expression(1)` through (digits in parentheses), which old IE evaluates.
bool calls_function(std::string_view value) {
  for (std::size_t open = value.find('('); open != std::string_view::npos;
       open = value.find('(', open + 1)) {
    std::size_t name = open;
    while (name > 0 && (is_word(value[name - 1]) || value[name - 1] == '-')) --name;
    const std::string_view fn = value.substr(name, open - name);
    if (!fn.empty() && !iequals(fn, "rgb")) return true;
  }
  return false;
}

// background, border, margin and padding shorthands: every word a keyword or a value.
bool is_safe_shorthand(std::string_view value) {
  std::size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && is_space(value[i])) ++i;
    const std::size_t word = i;
    while (i < value.size() && !is_space(value[i])) ++i;
    if (i == word) break;
    const std::string_view w = value.substr(word, i - word);
    if (!is_css_keyword(w) && !is_css_value(w)) return false;
  }
  return true;
}

}  // namespace

std::string filter_style(std::string_view style, bool svg, const CssPolicy& policy) {
  const std::string s = cut_urls(style);
  if (!passes_gauntlet(s)) return {};
  std::string out;
  Declaration d;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    if (!read_declaration(s, i, d)) {
      i = start;
      // Only white space may be left (feedparser's leftover check).
      for (; i < s.size(); ++i) {
        if (!is_space(s[i])) return {};
      }
      break;
    }
    if (d.value.empty() || calls_function(d.value)) continue;
    const std::string name = lower(d.property);
    const std::string_view family = std::string_view(name).substr(0, name.find('-'));
    const bool keep = policy.property_allowed(name) ||
                      ((family == "background" || family == "border" || family == "margin" ||
                        family == "padding") &&
                       is_safe_shorthand(d.value)) ||
                      (svg && policy.svg_property_allowed(name));
    if (!keep) continue;
    if (!out.empty()) out += ' ';
    out.append(d.property).append(": ").append(d.value).append(";");
  }
  return out;
}

}  // namespace feedpp::detail
