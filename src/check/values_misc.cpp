// SPDX-License-Identifier: MIT
// The W3C validator's other value tests: language, country and currency codes, MIME types,
// e-mail addresses (its addr_spec, email and nonemail), and numbers as Python reads them.
#include <algorithm>
#include <charconv>
#include <iterator>

#include "base/ascii.hpp"
#include "check/values.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kLanguages[] = {
#include "check/languages.inc"
};
constexpr std::string_view kCountries[] = {
#include "check/countries.inc"
};
constexpr std::string_view kCurrencies[] = {
#include "check/currencies.inc"
};

template <std::size_t N>
bool listed(const std::string_view (&table)[N], std::string_view key) noexcept {
  return std::binary_search(std::begin(table), std::end(table), key);
}

// RFC 2045's token: no space, no control, none of ()<>@,;:\"/[]?=.
bool is_token_char(char c) noexcept {
  const auto u = static_cast<unsigned char>(c);
  if (u <= 0x20 || u == 0x7f) return false;
  return std::string_view("()<>,;:\\\"/[]?=").find(c) == std::string_view::npos;
}

std::size_t token(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size() && is_token_char(s[i])) ++i;
  return i;
}

bool is_python_space(char c) noexcept { return is_xml_space(c) || c == '\f' || c == '\v'; }

// The validator's domain: a dotted IPv4 prefix or one or more "label." then a label.
bool is_domain(std::string_view d) noexcept {
  const auto last = d.rfind('.');
  if (last == std::string_view::npos || last + 1 >= d.size()) return false;
  const std::string_view tail = d.substr(last + 1);
  if (!is_alpha(tail[0]) && !is_digit(tail[0])) return false;
  for (char c : tail) {
    if (!is_alpha(c) && !is_digit(c) && c != '-') return false;
  }
  const std::string_view labels = d.substr(0, last + 1);
  std::size_t start = 0;
  while (start < labels.size()) {
    const auto dot = labels.find('.', start);
    if (dot == start) return false;
    for (std::size_t i = start; i < dot; ++i) {
      if (!is_alpha(labels[i]) && !is_digit(labels[i]) && labels[i] != '-') return false;
    }
    start = dot + 1;
  }
  return true;
}

bool is_local_part(std::string_view l) noexcept {
  if (l.empty()) return false;
  for (char c : l) {
    if (!is_alpha(c) && !is_digit(c) && std::string_view("_-+.'").find(c) == std::string_view::npos)
      return false;
  }
  return true;
}

}  // namespace

std::string_view strip(std::string_view s) noexcept {
  while (!s.empty() && is_python_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_python_space(s.back())) s.remove_suffix(1);
  return s;
}

bool is_language(std::string_view value) noexcept {
  const std::string_view lang = value.substr(0, value.find('-'));
  if (lang.empty() || lang.size() > 3) return false;
  char lower[3];
  for (std::size_t i = 0; i < lang.size(); ++i) lower[i] = ascii_lower(lang[i]);
  return listed(kLanguages, std::string_view(lower, lang.size()));
}

bool is_country(std::string_view value) noexcept { return listed(kCountries, value); }

bool is_currency(std::string_view value) noexcept { return listed(kCurrencies, value); }

bool is_mime_type(std::string_view s) noexcept {
  std::size_t n = token(s);
  if (n == 0 || n >= s.size() || s[n] != '/') return false;
  s.remove_prefix(n + 1);
  n = token(s);
  if (n == 0) return false;
  s.remove_prefix(n);
  // (\s*;\s*token=("(\\"|[^"])*"|token))*$
  for (;;) {
    while (!s.empty() && is_python_space(s[0])) s.remove_prefix(1);
    if (s.empty()) return true;
    if (s[0] != ';') return false;
    s.remove_prefix(1);
    while (!s.empty() && is_python_space(s[0])) s.remove_prefix(1);
    n = token(s);
    if (n == 0 || n >= s.size() || s[n] != '=') return false;
    s.remove_prefix(n + 1);
    if (!s.empty() && s[0] == '"') {
      std::size_t i = 1;
      while (i < s.size() && s[i] != '"') i += s[i] == '\\' && i + 1 < s.size() ? 2u : 1u;
      if (i >= s.size()) return false;
      s.remove_prefix(i + 1);
    } else {
      n = token(s);
      if (n == 0) return false;
      s.remove_prefix(n);
    }
  }
}

EmailVerdict judge_addr_spec(std::string_view value) noexcept {
  const auto at = value.find('@');
  if (at != std::string_view::npos && is_local_part(value.substr(0, at)) &&
      is_domain(value.substr(at + 1)))
    return EmailVerdict::valid;
  // ^[\w._%+-]+@[A-Za-z][\w.-]+$: an address the validator would look its host up for.
  if (at == std::string_view::npos || at == 0) return EmailVerdict::invalid;
  for (char c : value.substr(0, at)) {
    if (!is_alpha(c) && !is_digit(c) && std::string_view("_.%+-").find(c) == std::string_view::npos)
      return EmailVerdict::invalid;
  }
  const std::string_view host = value.substr(at + 1);
  if (host.size() < 2 || !is_alpha(host[0])) return EmailVerdict::invalid;
  for (char c : host) {
    if (!is_alpha(c) && !is_digit(c) && c != '_' && c != '.' && c != '-')
      return EmailVerdict::invalid;
  }
  // No name service here: a host the full form rejects is taken as unknown.
  return EmailVerdict::unknown_host;
}

std::string_view address_of(std::string_view value) noexcept {
  const auto lt = value.find('<');
  const auto gt = value.find('>', lt == std::string_view::npos ? 0 : lt);
  if (lt != std::string_view::npos && gt != std::string_view::npos &&
      value.find('<', lt + 1) == std::string_view::npos)
    return strip(value.substr(lt + 1, gt - lt - 1));
  const auto paren = value.find('(');
  if (paren != std::string_view::npos && paren > 0 && value.back() == ')')
    return strip(value.substr(0, paren));
  return value;
}

bool contains_email(std::string_view value) noexcept {
  for (std::size_t lt = value.find('<'); lt != std::string_view::npos;
       lt = value.find('<', lt + 1)) {
    const auto gt = value.find('>', lt);
    if (gt == std::string_view::npos) return false;
    const std::string_view inner = value.substr(lt + 1, gt - lt - 1);
    const auto at = inner.find('@');
    if (at != std::string_view::npos && is_local_part(inner.substr(0, at)) &&
        is_domain(inner.substr(at + 1)))
      return true;
  }
  return false;
}

bool parse_integer(std::string_view value, long long& out) noexcept {
  std::string_view s = strip(value);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return false;
  long long v = 0;
  for (char c : s) {
    if (!is_digit(c)) return false;
    if (v > (static_cast<long long>(1) << 60)) return false;
    v = v * 10 + (c - '0');
  }
  out = negative ? -v : v;
  return true;
}

bool parse_float(std::string_view value, double& out) noexcept {
  std::string_view s = strip(value);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty() || s[0] == '+' || s[0] == '-') return false;
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return false;
  out = negative ? -v : v;
  return true;
}

bool starts_with_number(std::string_view value) noexcept {
  return !value.empty() && is_digit(value[0]);
}

}  // namespace feedpp::detail
