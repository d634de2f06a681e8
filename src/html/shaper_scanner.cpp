// SPDX-License-Identifier: MIT
#include "html/shaper_scanner.hpp"

#include "base/ascii.hpp"

namespace feedpp::detail {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

// HTML 5 §13.2.5: the end of a tag name, an attribute name or an unquoted value. CR counts as
// white space: the input stream turns it into LF before the tokenizer sees it.
constexpr bool is_space(char c) noexcept { return is_html_space(c); }

// The attributes that change how HTML parses: MathML annotation-xml's encoding makes it an
// HTML integration point, font's color, face and size make it leave SVG and MathML.
bool changes_parsing(std::string_view name) noexcept {
  return name == "encoding" || name == "color" || name == "face" || name == "size";
}

// Tag names made of letters, digits, `-`, `_`, `:`, `.` and non-ASCII characters. HTML makes
// elements of anything between `<` and white space (quotes, `<`, control characters), which
// no feed means and parsers read differently (gumbo turns controls into U+FFFD, its name
// lookup stops at any isspace()).
bool is_plain_name(std::string_view name) noexcept {
  for (const char c : name) {
    if (!is_alpha(c) && !is_digit(c) && c != '-' && c != '_' && c != ':' && c != '.' &&
        static_cast<unsigned char>(c) < 0x80) {
      return false;
    }
  }
  return true;
}

bool is_raw_text(std::string_view name) noexcept {
  return name == "style" || name == "xmp" || name == "iframe" || name == "noembed" ||
         name == "noframes" || name == "noscript";
}

}  // namespace

bool ShapeScanner::next(ShapeToken& token) {
  const std::size_t n = input_.size();
  while (pos_ < n) {
    // The next `<` that starts markup: a letter (start tag), `/` (end tag, `</>` or bogus
    // comment), `!` (comment, DOCTYPE, bogus comment; `<![CDATA[` stays text, as feedparser
    // has it) or `?` (bogus comment). `</` at the very end is text.
    std::size_t lt = pos_;
    for (;; ++lt) {
      lt = input_.find('<', lt);
      if (lt == kNpos || lt + 1 >= n) {
        lt = n;
        break;
      }
      const char c = input_[lt + 1];
      if (is_alpha(c) || c == '?' || (c == '/' && lt + 2 < n) ||
          (c == '!' && input_.compare(lt + 2, 7, "[CDATA[") != 0)) {
        break;
      }
    }
    if (lt > pos_) {
      token = ShapeToken{};
      token.text = input_.substr(pos_, lt - pos_);
      pos_ = lt;
      return true;
    }
    const char c = input_[lt + 1];
    const bool end_tag = c == '/' && is_alpha(input_[lt + 2]);
    if (!is_alpha(c) && !end_tag) {
      pos_ = skip_markup(lt);
      continue;
    }
    const std::size_t end = scan_tag(lt, end_tag, true);
    if (end == kNpos) {  // §13.2.5: end of input in a tag drops the tag
      pos_ = n;
      return false;
    }
    if (!is_plain_name(name_)) {  // <a"b>, <x\v>: no element a feed means; left out
      pos_ = end;
      continue;
    }
    if (end_tag) {
      token = ShapeToken{};
      token.kind = ShapeTokenKind::end_tag;
      token.name = name_;
      pos_ = end;
      return true;
    }
    if (finish_start_tag(token, end)) return true;
  }
  return false;
}

// Reads the start or end tag at input_[lt] (into name_, the attribute buffers and
// self_closing_ when `store`); returns the position after its `>`, or kNpos when the input
// ends first.
std::size_t ShapeScanner::scan_tag(std::size_t lt, bool end_tag, bool store) {
  const std::size_t n = input_.size();
  std::size_t i = lt + (end_tag ? 2 : 1);
  if (store) {
    name_.clear();
    names_.clear();
    name_ends_.clear();
    values_.clear();
    self_closing_ = false;
  }
  for (; i < n && !is_space(input_[i]) && input_[i] != '/' && input_[i] != '>'; ++i) {
    if (store) name_.push_back(ascii_lower(input_[i]));
  }
  for (;;) {
    while (i < n && is_space(input_[i])) ++i;
    if (i >= n) return kNpos;
    if (input_[i] == '>') return i + 1;
    if (input_[i] == '/') {  // self-closing start tag state; a lone `/` separates attributes
      if (++i >= n) return kNpos;
      if (input_[i] == '>') {
        if (store) self_closing_ = !end_tag;
        return i + 1;
      }
      continue;
    }
    // Attribute name: the first character may be `=` (§13.2.5.32).
    const std::size_t name_begin = i++;
    while (i < n && !is_space(input_[i]) && input_[i] != '/' && input_[i] != '>' &&
           input_[i] != '=') {
      ++i;
    }
    const std::size_t name_end = i;
    while (i < n && is_space(input_[i])) ++i;
    std::string_view value;
    if (i < n && input_[i] == '=') {
      ++i;
      while (i < n && is_space(input_[i])) ++i;
      if (i >= n) return kNpos;
      const char q = input_[i];
      if (q == '"' || q == '\'') {
        const std::size_t close = input_.find(q, i + 1);
        if (close == kNpos) return kNpos;
        value = input_.substr(i + 1, close - i - 1);
        i = close + 1;
      } else {
        const std::size_t begin = i;
        while (i < n && !is_space(input_[i]) && input_[i] != '>') ++i;
        value = input_.substr(begin, i - begin);
      }
    }
    if (store && !end_tag) add_attribute(name_begin, name_end, value);
  }
}

// Keeps the attribute if the filter wants it, it is the first of its name, and there is room.
void ShapeScanner::add_attribute(std::size_t name_begin, std::size_t name_end,
                                 std::string_view value) {
  if (values_.size() >= max_attributes_) return;
  const std::size_t at = names_.size();
  for (std::size_t i = name_begin; i < name_end; ++i) names_.push_back(ascii_lower(input_[i]));
  const std::string_view lower = std::string_view(names_).substr(at);
  bool keep = changes_parsing(lower) || (keep_ != nullptr && keep_->keep(lower));
  std::size_t begin = 0;
  for (std::size_t k = 0; keep && k < name_ends_.size(); ++k) {
    if (std::string_view(names_).substr(begin, name_ends_[k] - begin) == lower) keep = false;
    begin = name_ends_[k];
  }
  if (!keep) {
    names_.resize(at);
    return;
  }
  name_ends_.push_back(names_.size());
  values_.push_back(value);
}

// Turns the start tag just scanned (ending at `end`) into a token, or skips it with its raw
// text content and end tag; returns false when nothing is to be reported.
bool ShapeScanner::finish_start_tag(ShapeToken& token, std::size_t end) {
  attributes_.clear();
  std::size_t begin = 0;
  for (std::size_t k = 0; k < values_.size(); ++k) {
    attributes_.push_back(
        {std::string_view(names_).substr(begin, name_ends_[k] - begin), values_[k]});
    begin = name_ends_[k];
  }
  token = ShapeToken{};
  token.kind = ShapeTokenKind::start_tag;
  token.name = name_;
  token.attributes = &attributes_;
  token.self_closing = self_closing_;
  pos_ = end;
  // A self-closing <script/> opens no raw text (* a browser's would): feeds write XHTML.
  if (self_closing_) {
    return !(name_ == "script" || name_ == "plaintext" || is_raw_text(name_));
  }
  if (name_ == "plaintext") {
    pos_ = input_.size();
    return false;
  }
  if (name_ == "script") {
    pos_ = after_end_tag(script_end(end));
    return false;
  }
  if (is_raw_text(name_)) {
    pos_ = after_end_tag(raw_text_end(end, name_));
    return false;
  }
  if (name_ == "title" || name_ == "textarea") {
    const std::size_t close = raw_text_end(end, name_);
    token.kind = ShapeTokenKind::rcdata;
    token.text = input_.substr(end, close - end);
    pos_ = after_end_tag(close);
  }
  return true;
}

// HTML 5 §13.2.5.3 and §13.2.5.5: RCDATA and RAWTEXT end at `</` + the element's name + white
// space, `/` or `>`, in any case; returns where, or the end of the input.
std::size_t ShapeScanner::raw_text_end(std::size_t from, std::string_view name) const noexcept {
  const std::size_t n = input_.size();
  for (std::size_t lt = input_.find("</", from); lt != kNpos; lt = input_.find("</", lt + 2)) {
    const std::size_t after = lt + 2 + name.size();
    if (after < n && iequals(input_.substr(lt + 2, name.size()), name) &&
        (is_space(input_[after]) || input_[after] == '/' || input_[after] == '>')) {
      return lt;
    }
  }
  return n;
}

// HTML 5 §13.2.5.4 and §13.2.5.15-§13.2.5.31: script data, where `<!--` enters an escaped
// state in which `<script` enters a double-escaped one, and there `</script>` only leaves it.
// Returns where the </script> that ends the element starts, or the end of the input.
std::size_t ShapeScanner::script_end(std::size_t from) const noexcept {
  const std::size_t n = input_.size();
  enum { data, escaped, double_escaped } state = data;
  const auto tag_at = [&](std::size_t at, std::string_view prefix) {
    const std::size_t after = at + prefix.size() + 6;
    return after < n && input_.compare(at, prefix.size(), prefix) == 0 &&
           iequals(input_.substr(at + prefix.size(), 6), "script") &&
           (is_space(input_[after]) || input_[after] == '/' || input_[after] == '>');
  };
  for (std::size_t i = from; i < n; ++i) {
    const char c = input_[i];
    if (c == '-' && state != data && input_.compare(i, 3, "-->") == 0) {
      state = data;
      i += 2;
    } else if (c != '<') {
      continue;
    } else if (state == data && input_.compare(i, 4, "<!--") == 0) {
      state = escaped;
      i += 3;
    } else if (tag_at(i, "</")) {
      if (state != double_escaped) return i;
      state = escaped;
    } else if (state == escaped && tag_at(i, "<")) {
      state = double_escaped;
    }
  }
  return n;
}

// Skips the end tag that starts at `lt` (if any); returns the position after it.
std::size_t ShapeScanner::after_end_tag(std::size_t lt) {
  if (lt >= input_.size()) return input_.size();
  // Not stored: the start tag before it may still be a token waiting to be read.
  const std::size_t end = scan_tag(lt, true, false);
  return end == kNpos ? input_.size() : end;
}

// Returns the position after the comment, DOCTYPE, bogus comment or `</>` at input_[lt].
std::size_t ShapeScanner::skip_markup(std::size_t lt) {
  const std::size_t n = input_.size();
  const auto after_gt = [&](std::size_t from) {
    const std::size_t gt = input_.find('>', from);
    return gt == kNpos ? n : gt + 1;
  };
  if (input_.compare(lt, 4, "<!--") != 0) {
    return input_.compare(lt, 3, "</>") == 0 ? lt + 3 : after_gt(lt + 2);
  }
  // §13.2.5.43-§13.2.5.52: `<!-->` and `<!--->` are empty comments; otherwise the comment
  // ends at `--` (and any more dashes) followed by `>` or `!>`.
  std::size_t p = lt + 4;
  if (input_.compare(p, 1, ">") == 0) return p + 1;
  if (input_.compare(p, 2, "->") == 0) return p + 2;
  for (;;) {
    const std::size_t dashes = input_.find("--", p);
    if (dashes == kNpos) return n;
    std::size_t r = dashes + 2;
    while (r < n && input_[r] == '-') ++r;
    if (r < n && input_[r] == '>') return r + 1;
    if (input_.compare(r, 2, "!>") == 0) return r + 2;
    p = r;
  }
}

}  // namespace feedpp::detail
