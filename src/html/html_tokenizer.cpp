// SPDX-License-Identifier: MIT
#include "html/html_tokenizer.hpp"

#include <algorithm>
#include <array>

#include "base/ascii.hpp"

namespace feedpp::detail {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

// ASCII tests of our own (ascii.hpp): <cctype> depends on the locale and is undefined for
// negative chars.
constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }

// HTML's ASCII whitespace (CR included: browsers normalize it to LF before tokenizing).

bool has_upper(std::string_view s) noexcept { return std::any_of(s.begin(), s.end(), is_upper); }

// HTML 5 §13.1.2: raw text and escapable raw text (RCDATA) elements, plus the legacy ones whose
// content browsers still read as raw text. noscript is left out, as a browser with scripting
// disabled does, so a sanitizer sees any markup inside it.
constexpr std::array<std::string_view, 7> kRawTextElements = {
    "script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext"};
constexpr std::array<std::string_view, 2> kEscapableRawTextElements = {"title", "textarea"};

}  // namespace

bool HtmlTokenizer::next(HtmlToken& token) {
  if (has_pending_) {
    has_pending_ = false;
    token = pending_;
    return true;
  }
  const std::size_t n = input_.size();
  if (pos_ >= n) return false;
  token = HtmlToken{};
  if (!raw_text_tag_.empty()) {
    const std::size_t end = find_raw_text_end(pos_);
    raw_text_tag_ = {};
    if (end > pos_) {  // else the end tag follows at once: no empty token
      token.kind = raw_text_escapable_ ? HtmlTokenKind::text : HtmlTokenKind::raw_text;
      token.raw = token.content = input_.substr(pos_, end - pos_);
      pos_ = end;
      return true;
    }
  }
  const std::size_t start = pos_;
  std::size_t text_end = n;
  for (std::size_t from = start; from < n;) {
    const std::size_t lt = input_.find('<', from);
    if (lt == kNpos) break;
    const Scan scan = scan_markup(lt, pending_);
    if (scan == Scan::unterminated) break;
    if (scan == Scan::markup) {
      if (lt == start) {
        token = pending_;
        return true;
      }
      has_pending_ = true;
      text_end = lt;
      break;
    }
    from = lt + 1;
  }
  token.kind = HtmlTokenKind::text;
  token.raw = token.content = input_.substr(start, text_end - start);
  if (!has_pending_) pos_ = n;
  return true;
}

// Scans the markup that may start at input_[lt] == '<' into `token`, moving pos_ past it.
HtmlTokenizer::Scan HtmlTokenizer::scan_markup(std::size_t lt, HtmlToken& token) {
  const std::string_view rest = input_.substr(lt);
  if (rest.size() < 2) return Scan::not_markup;
  const char c = rest[1];
  if (is_alpha(c)) return scan_tag(lt, false, token);
  if (c == '/') {
    return rest.size() > 2 && is_alpha(rest[2]) ? scan_tag(lt, true, token) : Scan::not_markup;
  }
  if (c == '?') return scan_delimited(lt, 2, ">", HtmlTokenKind::processing_instruction, token);
  if (c != '!') return Scan::not_markup;
  if (rest.compare(0, 4, "<!--") == 0) {
    return scan_delimited(lt, 4, "-->", HtmlTokenKind::comment, token);
  }
  if (rest.compare(0, 9, "<![CDATA[") == 0) {
    return scan_delimited(lt, 9, "]]>", HtmlTokenKind::cdata, token);
  }
  return scan_delimited(lt, 2, ">", HtmlTokenKind::declaration, token);
}

HtmlTokenizer::Scan HtmlTokenizer::scan_delimited(std::size_t lt, std::size_t open_len,
                                                  std::string_view close, HtmlTokenKind kind,
                                                  HtmlToken& token) {
  const std::size_t found = input_.find(close, lt + open_len);
  if (found == kNpos) return Scan::unterminated;
  const std::size_t end = found + close.size();
  token = HtmlToken{};
  token.kind = kind;
  token.raw = input_.substr(lt, end - lt);
  token.content = input_.substr(lt + open_len, found - lt - open_len);
  pos_ = end;
  return Scan::markup;
}

// HTML 5 §13.2.5.6-§13.2.5.40 (tag open to self-closing start tag), without the character
// reference and NUL handling, which are left to the consumer of the token.
HtmlTokenizer::Scan HtmlTokenizer::scan_tag(std::size_t lt, bool end_tag, HtmlToken& token) {
  const std::size_t n = input_.size();
  std::size_t i = lt + (end_tag ? 2 : 1);
  const std::size_t name_begin = i;
  while (i < n && !is_html_space(input_[i]) && input_[i] != '/' && input_[i] != '>') ++i;
  const std::string_view name = input_.substr(name_begin, i - name_begin);
  attributes_.clear();
  bool self_closing = false;
  for (;;) {
    // Whitespace, and a '/' not followed by '>', separate attributes.
    while (i < n && (is_html_space(input_[i]) ||
                     (input_[i] == '/' && (i + 1 == n || input_[i + 1] != '>')))) {
      ++i;
    }
    if (i >= n) return Scan::unterminated;
    if (input_[i] == '>') {
      ++i;
      break;
    }
    if (input_[i] == '/') {  // followed by '>', as the loop above left it
      self_closing = true;
      i += 2;
      break;
    }
    // The first character may be '=' (HTML 5 §13.2.5.32), so every pass consumes something.
    HtmlAttribute attribute;
    const std::size_t attribute_begin = i++;
    while (i < n && !is_html_space(input_[i]) && input_[i] != '/' && input_[i] != '>' &&
           input_[i] != '=') {
      ++i;
    }
    attribute.name = attribute.raw_name = input_.substr(attribute_begin, i - attribute_begin);
    std::size_t j = i;
    while (j < n && is_html_space(input_[j])) ++j;
    if (j < n && input_[j] == '=') {
      i = j + 1;
      while (i < n && is_html_space(input_[i])) ++i;
      if (i >= n) return Scan::unterminated;
      attribute.has_value = true;
      const char c = input_[i];
      if (c == '"' || c == '\'') {
        std::size_t close = find_quote(c, i + 1);
        const bool quoted = close != kNpos;
        if (!quoted) close = input_.find('>', i + 1);
        if (close == kNpos) return Scan::unterminated;
        attribute.value = input_.substr(i + 1, close - i - 1);
        i = quoted ? close + 1 : close;
      } else {
        const std::size_t value_begin = i;
        while (i < n && !is_html_space(input_[i]) && input_[i] != '>') ++i;
        attribute.value = input_.substr(value_begin, i - value_begin);
      }
    }
    attributes_.push_back(attribute);
  }

  token = HtmlToken{};
  token.kind = end_tag ? HtmlTokenKind::end_tag : HtmlTokenKind::start_tag;
  token.raw = input_.substr(lt, i - lt);
  token.name = name;
  if (end_tag) {
    attributes_.clear();
  } else {
    token.self_closing = self_closing;
    token.attributes = HtmlAttributes{attributes_.data(), attributes_.size()};
  }
  lower_names(token);
  pos_ = i;
  if (!end_tag && !self_closing) {
    for (std::string_view e : kRawTextElements) {
      if (token.name == e) {
        raw_text_tag_ = e;
        raw_text_escapable_ = false;
      }
    }
    for (std::string_view e : kEscapableRawTextElements) {
      if (token.name == e) {
        raw_text_tag_ = e;
        raw_text_escapable_ = true;
      }
    }
  }
  return Scan::markup;
}

// Finds the closing quote of an attribute value. Once a search fails, no later one can succeed
// (the tokenizer only moves forward), so it is not repeated: that keeps the input of many
// unclosed quotes linear.
std::size_t HtmlTokenizer::find_quote(char quote, std::size_t from) noexcept {
  bool& none_left = quote == '"' ? no_double_quote_ : no_single_quote_;
  if (none_left) return kNpos;
  const std::size_t found = input_.find(quote, from);
  if (found == kNpos) none_left = true;
  return found;
}

// HTML 5 §13.2.5.3 and §13.2.5.13: raw text ends at an "appropriate end tag", `</` + the
// element's name + whitespace, `/` or `>`.
std::size_t HtmlTokenizer::find_raw_text_end(std::size_t from) const noexcept {
  const std::size_t n = input_.size();
  if (raw_text_tag_ == "plaintext") return n;
  const std::size_t len = raw_text_tag_.size();
  for (std::size_t lt = input_.find("</", from); lt != kNpos; lt = input_.find("</", lt + 2)) {
    const std::size_t after = lt + 2 + len;
    if (after < n && iequals(input_.substr(lt + 2, len), raw_text_tag_) &&
        (is_html_space(input_[after]) || input_[after] == '/' || input_[after] == '>')) {
      return lt;
    }
  }
  return n;
}

// Points the names of `token` at lower-case copies in lowered_ when they are not lower case as
// written. lowered_ is reserved for all of them first, so appending never moves earlier copies.
void HtmlTokenizer::lower_names(HtmlToken& token) {
  std::size_t needed = has_upper(token.name) ? token.name.size() : 0;
  for (const HtmlAttribute& a : attributes_) {
    if (has_upper(a.name)) needed += a.name.size();
  }
  if (needed == 0) return;
  lowered_.clear();
  lowered_.reserve(needed);
  const auto lower = [this](std::string_view s) {
    if (!has_upper(s)) return s;
    const std::size_t at = lowered_.size();
    for (char c : s) lowered_.push_back(ascii_lower(c));
    return std::string_view(lowered_).substr(at, s.size());
  };
  token.name = lower(token.name);
  for (HtmlAttribute& a : attributes_) a.name = lower(a.name);
}

std::size_t html_reference_length(std::string_view text, std::size_t pos) noexcept {
  const std::size_t n = text.size();
  if (pos >= n || text[pos] != '&') return 0;
  std::size_t i = pos + 1;
  std::size_t body_begin = i;  // of the digits or the name: must not be empty
  if (i < n && text[i] == '#') {
    ++i;
    const bool hex = i < n && (text[i] == 'x' || text[i] == 'X');
    if (hex) ++i;
    body_begin = i;
    while (i < n && (hex ? is_hex_digit(text[i]) : is_digit(text[i]))) ++i;
  } else if (i < n && is_alpha(text[i])) {
    ++i;
    while (i < n && (is_alpha(text[i]) || is_digit(text[i]))) ++i;
  }
  if (i == body_begin || i >= n || text[i] != ';') return 0;
  return i + 1 - pos;
}

}  // namespace feedpp::detail
