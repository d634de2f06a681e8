// SPDX-License-Identifier: MIT
// HTML in feeds, checked as the W3C validator does (its HTMLValidator, checkStyle, nonhtml and
// absUrlMixin), with feedpp's HTML tokenizer in place of html5lib: a tag it does not know is not
// HTML, a tag or attribute that can run code is a risk, and markup cut short is broken.
#include "check/html_check.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "base/ascii.hpp"
#include "check/walker.hpp"
#include "input/html_entities.hpp"

namespace feedpp::detail {
namespace {

bool is_word(char c) noexcept {
  return is_alpha(c) || is_digit(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool is_space(char c) noexcept { return is_xml_space(c) || c == '\f' || c == '\v'; }

// The source line of `f`'s start tag holds "&#x": the RSS Profile's advice does not apply.
bool start_line_has_hex_reference(Walker& w, const Frame& f) {
  const std::string_view text = w.text();
  const std::size_t at = std::min(w.offset_of(f.node), text.size());
  const auto begin = text.rfind('\n', at == 0 ? 0 : at - 1);
  const std::size_t from = begin == std::string_view::npos || at == 0 ? 0 : begin + 1;
  const auto end = text.find('\n', at);
  return text.substr(from, end == std::string_view::npos ? end : end - from).find("&#x") !=
         std::string_view::npos;
}

// Style: the first test, ^([:,;#%.\sa-zA-Z0-9!]|\w-\w|'[\s\w]+'|"[\s\w]+"|\([\d,\s]+\))*$.
bool plain_style_characters(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (i + 2 < s.size() && is_word(c) && s[i + 1] == '-' && is_word(s[i + 2])) {
      i += 3;
    } else if (is_alpha(c) || is_digit(c) || is_space(c) ||
               std::string_view(":,;#%.!").find(c) != std::string_view::npos) {
      ++i;
    } else if (c == '\'' || c == '"') {
      std::size_t j = i + 1;
      while (j < s.size() && (is_word(s[j]) || is_space(s[j]))) ++j;
      if (j == i + 1 || j >= s.size() || s[j] != c) return false;
      i = j + 1;
    } else if (c == '(') {
      std::size_t j = i + 1;
      while (j < s.size() && (is_digit(s[j]) || s[j] == ',' || is_space(s[j]))) ++j;
      if (j == i + 1 || j >= s.size() || s[j] != ')') return false;
      i = j + 1;
    } else {
      return false;
    }
  }
  return true;
}

bool is_property_char(char c) noexcept { return is_word(c) || c == '-'; }

// ^(\s*[-\w]+\s*:\s*[^:;]*(;|$))*$, collecting each property and value.
bool declarations(std::string_view s, std::vector<std::pair<std::string, std::string>>& out) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    if (i == s.size()) return true;  // trailing white space: the last group ended with "$"
    const std::size_t name = i;
    while (i < s.size() && is_property_char(s[i])) ++i;
    if (i == name) return false;
    const std::size_t name_end = i;
    while (i < s.size() && is_space(s[i])) ++i;
    if (i == s.size() || s[i] != ':') return false;
    ++i;
    while (i < s.size() && is_space(s[i])) ++i;
    const std::size_t value = i;
    while (i < s.size() && s[i] != ':' && s[i] != ';') ++i;
    out.emplace_back(lower(s.substr(name, name_end - name)), lower(s.substr(value, i - value)));
    if (i < s.size()) {
      if (s[i] != ';') return false;
      ++i;
    }
  }
  return true;
}

// ^(#[0-9a-f]+|rgb\(\d+%?,\d*%?,?\d*%?\)?|\d?\.?\d?\d(cm|em|ex|in|mm|pc|pt|px|%|,|\))?)$
bool valid_css_value(std::string_view k) {
  if (!k.empty() && k[0] == '#') {
    if (k.size() == 1) return false;
    for (char c : k.substr(1)) {
      if (!is_digit(c) && !(c >= 'a' && c <= 'f')) return false;
    }
    return true;
  }
  if (k.substr(0, 4) == "rgb(") {
    std::string_view r = k.substr(4);
    auto number = [&r](bool required) {
      std::size_t n = 0;
      while (n < r.size() && is_digit(r[n])) ++n;
      if (required && n == 0) return false;
      r.remove_prefix(n);
      if (!r.empty() && r[0] == '%') r.remove_prefix(1);
      return true;
    };
    if (!number(true) || r.empty() || r[0] != ',') return false;
    r.remove_prefix(1);
    number(false);
    if (!r.empty() && r[0] == ',') r.remove_prefix(1);
    number(false);
    if (!r.empty() && r[0] == ')') r.remove_prefix(1);
    return r.empty();
  }
  // \d?\.?\d?\d then a unit: try the few ways the number can be split.
  static constexpr std::string_view kUnits[] = {"cm", "em", "ex", "in", "mm", "pc",
                                                "pt", "px", "%",  ",",  ")"};
  for (std::size_t len = 1; len <= 4 && len <= k.size(); ++len) {
    const std::string_view num = k.substr(0, len);
    const std::string_view unit = k.substr(len);
    bool unit_ok = unit.empty();
    for (std::string_view u : kUnits) unit_ok = unit_ok || unit == u;
    if (!unit_ok) continue;
    // num must match \d?\.?\d?\d: ends in a digit, at most one '.', at most 3 digits.
    std::size_t dots = 0;
    std::size_t digit_count = 0;
    bool ok = is_digit(num.back());
    for (char c : num) {
      if (c == '.') {
        ++dots;
      } else if (is_digit(c)) {
        ++digit_count;
      } else {
        ok = false;
      }
    }
    if (!ok || dots > 1 || digit_count > 3 || digit_count + dots != num.size()) continue;
    if (dots == 1) {
      const auto dot = num.find('.');
      if (dot > 1 || num.size() - dot - 1 > 2) continue;  // \d?\. then \d?\d
    }
    return true;
  }
  return false;
}

void log_html(Walker& w, const Frame& f, std::string_view code, HtmlSubject who, Params p) {
  p.parent(who.parent).element(who.element);
  w.log(code, f, p);
}

}  // namespace

void unsafe_style(std::string_view style, std::vector<std::string>& out) {
  std::vector<std::pair<std::string, std::string>> decls;
  if (!plain_style_characters(style) || !declarations(style, decls)) {
    out.emplace_back(style);
    return;
  }
  auto add = [&out](std::string_view s) {
    for (const std::string& o : out) {
      if (o == s) return;
    }
    out.emplace_back(s);
  };
  for (const auto& [property, value] : decls) {
    if (!is_acceptable_css_property(property)) {
      add(property);
      continue;
    }
    const std::string_view head = std::string_view(property).substr(0, property.find('-'));
    if (head != "background" && head != "border" && head != "margin" && head != "padding") continue;
    std::size_t i = 0;
    while (i < value.size()) {
      while (i < value.size() && is_space(value[i])) ++i;
      const std::size_t start = i;
      while (i < value.size() && !is_space(value[i])) ++i;
      if (i == start) break;
      const std::string_view keyword = std::string_view(value).substr(start, i - start);
      if (!is_acceptable_css_keyword(keyword) && !valid_css_value(keyword)) add(keyword);
    }
  }
}

void check_plain_text(Walker& w, const Frame& f, std::string_view value, std::string_view code,
                      HtmlSubject who) {
  // </(\w+)> naming an HTML element.
  for (std::size_t lt = value.find("</"); lt != std::string_view::npos;
       lt = value.find("</", lt + 2)) {
    std::size_t i = lt + 2;
    while (i < value.size() && is_word(value[i])) ++i;
    if (i == lt + 2 || i >= value.size() || value[i] != '>') continue;
    const std::string tag = lower(value.substr(lt + 2, i - lt - 2));
    if (is_html_tag(tag)) {
      log_html(w, f, code, who, Params().value(value.substr(lt + 2, i - lt - 2)));
      return;
    }
  }
  // &(#?\w+): an escaped reference, so the text was escaped twice, as HTML is.
  bool any_reference = false;
  for (std::size_t amp = value.find('&'); amp != std::string_view::npos;
       amp = value.find('&', amp + 1)) {
    std::size_t i = amp + 1;
    if (i < value.size() && value[i] == '#') ++i;
    const std::size_t name = i;
    while (i < value.size() && is_word(value[i])) ++i;
    if (i == name) continue;
    any_reference = true;
    const std::string_view ref = value.substr(amp + 1, i - amp - 1);
    bool alpha = true;
    for (char c : ref) alpha = alpha && is_alpha(c);
    if (html_entity(ref).has_value() || ref == "apos" || !alpha) {
      if (start_line_has_hex_reference(w, f)) continue;
      const std::string shown = "&" + std::string(ref) + ";";
      log_html(w, f, code, who, Params().value(shown));
    }
  }
  if (any_reference || w.feed_type() != FeedType::rss2) return;
  // The RSS Profile: write & and < in plain text as &amp; and &lt;, never numerically.
  bool suspicious = false;
  for (std::size_t i = 0; i + 1 < value.size() && !suspicious; ++i) {
    const char n = value[i + 1];
    if (value[i] == '&' && n == '#' && i + 2 < value.size() &&
        (value[i + 2] == 'x' || is_digit(value[i + 2])))
      suspicious = true;
    if (value[i] == '<' && (n == '/' || is_alpha(n))) suspicious = true;
  }
  if (!suspicious || start_line_has_hex_reference(w, f)) return;
  const Frame* rss = w.rss_of(f);
  if (rss != nullptr && rss->version.substr(0, 2) == "2.") w.log("CharacterData", f, Params());
}

}  // namespace feedpp::detail
