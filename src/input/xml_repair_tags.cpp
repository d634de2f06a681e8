// SPDX-License-Identifier: MIT
// The repair of tags: start tags and their attributes (quoted, unquoted, bare, repeated), end
// tags, and the stack of open elements that end tags close.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

#include "base/utf8.hpp"
#include "input/xml_repairer.hpp"

namespace feedpp::detail {

// Returns the end of the reference that the "&" at `begin` starts within [begin, end) ("&name;",
// "&#123;", "&#x1F;"), or kNpos when it starts none.
std::size_t Repairer::reference_end(std::size_t begin, std::size_t end) const noexcept {
  std::size_t i = begin + 1;
  if (i < end && at(i) == '#') {
    ++i;
    const bool hex = i < end && at(i) == 'x';  // XML 1.0 §4.1: only a lower-case x
    if (hex) ++i;
    const std::size_t digits = i;
    while (i < end &&
           (hex ? is_hex_digit(static_cast<char>(at(i))) : is_digit(static_cast<char>(at(i)))))
      ++i;
    if (i == digits) return kNpos;
  } else {
    if (i >= end || !is_name_start(at(i))) return kNpos;
    i = scan_name(i, end);
  }
  return i < end && at(i) == ';' ? i + 1 : kNpos;
}

// Writes [begin, end) as the content of a double-quoted attribute value.
void Repairer::attribute_value(std::size_t begin, std::size_t end, std::string_view name) {
  for (std::size_t i = begin; i < end; ++i) {
    const char c = text_[i];
    if (c == '"') {
      out_ += "&quot;";  // the value was single-quoted or unquoted: a re-quoting, not a repair
    } else if (c == '<') {
      note(i, "'<' in the value of attribute '" + shorten(name) + "' escaped as &lt;");
      out_ += "&lt;";
    } else if (c == '&') {
      const std::size_t ref = reference_end(i, end);
      if (ref == kNpos) {
        note(i, "bare '&' in the value of attribute '" + shorten(name) + "' escaped as &amp;");
        out_ += "&amp;";
      } else {
        out_.append(text_, i, ref - i);
        i = ref - 1;
      }
    } else if (c == '\0') {
      note(i, "NUL byte replaced by U+FFFD");
      out_.append(kReplacementUtf8);
    } else {
      out_ += c;
    }
  }
}

// Reads the attribute whose name starts at `i` and writes it unless it repeats one already
// written. In a start tag (`in_tag`), ">" and "<" end unquoted values and tell a missing
// closing quote; in an XML declaration, `limit` (where "?>" is) ends everything. Returns where
// reading stopped.
std::size_t Repairer::attribute(std::size_t i, std::size_t limit, bool in_tag) {
  const std::size_t name_begin = i;
  i = scan_name(i, limit);
  const std::string_view name = text_.substr(name_begin, i - name_begin);
  const std::string quoted = "'" + shorten(name) + "'";
  std::size_t value_begin = name_begin;
  std::size_t value_end = i;  // no value: the name stands for it (HTML's checked -> "checked")
  std::size_t eq = skip_space(i, limit);
  if (eq < limit && at(eq) == '=') {
    const std::size_t v = skip_space(eq + 1, limit);
    const unsigned char c = at(v);
    if (v < limit && (c == '"' || c == '\'')) {
      value_begin = v + 1;
      std::size_t close = (c == '"' ? double_quote_ : single_quote_).find(text_, v + 1);
      if (in_tag) {
        // A closing quote is believed if it comes before the next "<" or the next ">" (values
        // such as "a -> b" and "1 < 2" are common). Otherwise the quote is missing and the
        // value ends at whichever of "<" and ">" comes first, or at the end of the input.
        const std::size_t lt = lt_.find(text_, v + 1);
        const std::size_t gt = gt_.find(text_, v + 1);
        if (close == kNpos || (close > lt && close > gt)) close = kNpos;
        value_end = close != kNpos ? close : std::min({lt, gt, text_.size()});
      } else {
        value_end = std::min(close, limit);
      }
      if (value_end == close) {
        i = close + 1;
      } else {
        note(v, "missing closing quote in the value of attribute " + quoted);
        i = value_end;
      }
    } else if (v >= limit || (in_tag && (c == '>' || c == '<' ||
                                         (c == '/' && at(skip_space(v + 1, limit)) == '>')))) {
      note(eq, "attribute " + quoted + " has '=' but no value; given an empty one");
      value_begin = value_end = i = v;
    } else {
      value_begin = i = v;
      while (i < limit && !is_space(at(i)) &&
             !(in_tag && (at(i) == '>' || at(i) == '<' || (at(i) == '/' && at(i + 1) == '>')))) {
        ++i;
      }
      value_end = i;
      note(v, "unquoted value of attribute " + quoted + " quoted");
    }
  } else {
    note(name_begin, "attribute " + quoted + " has no value; given its name");
  }
  if (!remember_attribute(name)) {
    note(name_begin, "duplicate attribute " + quoted + " dropped");
    return i;
  }
  out_ += ' ';
  out_ += name;
  out_ += "=\"";
  attribute_value(value_begin, value_end, name);
  out_ += '"';
  return i;
}

// Returns false when the current tag already has an attribute `name`. A tag's first few names
// are compared directly; a hash set takes over for tags with many, so that a start tag with
// 100,000 attributes stays linear.
bool Repairer::remember_attribute(std::string_view name) {
  constexpr std::size_t kDirect = 16;
  if (attribute_set_.empty()) {
    if (std::find(attribute_names_.begin(), attribute_names_.end(), name) !=
        attribute_names_.end()) {
      return false;
    }
    attribute_names_.push_back(name);
    if (attribute_names_.size() > kDirect) {
      attribute_set_.insert(attribute_names_.begin(), attribute_names_.end());
    }
    return true;
  }
  return attribute_set_.insert(name).second;
}

void Repairer::forget_attributes() {
  attribute_names_.clear();
  // A fresh set, because clear() keeps the buckets and would cost their number in every tag.
  if (!attribute_set_.empty()) std::unordered_set<std::string_view>().swap(attribute_set_);
}

// "<name ...>" or "<name .../>".
void Repairer::start_tag() {
  const std::size_t tag_at = pos_;
  const std::size_t name_end = scan_name(pos_ + 1, text_.size());
  const std::string_view name = text_.substr(pos_ + 1, name_end - pos_ - 1);
  const bool dropped = phase_ == Phase::epilog;
  if (dropped) note_trailing(tag_at);
  const std::size_t out_mark = out_.size();
  const NoteMark note_mark = mark_notes();
  quiet_ = dropped;
  out_ += '<';
  out_ += name;
  pos_ = name_end;
  const TagEnd end = start_tag_rest(name);
  quiet_ = false;
  if (end == TagEnd::cut_off || dropped) {
    // A tag cut off by the end of the input is dropped rather than guessed at: its last
    // attribute value is most likely incomplete.
    out_.resize(out_mark);
    if (!dropped) {
      rollback_notes(note_mark);
      note(tag_at, "start tag <" + shorten(name) + "> cut off by the end of the document dropped",
           true);
    }
    return;
  }
  if (end == TagEnd::self_closing) {
    out_ += "/>";
    if (phase_ == Phase::prolog) phase_ = Phase::epilog;
    return;
  }
  out_ += '>';
  push(name);
  phase_ = Phase::content;
}

// The attributes of the start tag `name` and how it ends, from pos_ (after the name) on.
Repairer::TagEnd Repairer::start_tag_rest(std::string_view name) {
  forget_attributes();
  std::size_t i = pos_;
  TagEnd end = TagEnd::cut_off;
  while (true) {
    i = skip_space(i, text_.size());
    if (i >= text_.size()) break;
    const unsigned char c = at(i);
    if (c == '>') {
      end = TagEnd::open;
      ++i;
      break;
    }
    if (c == '/' && at(skip_space(i + 1, text_.size())) == '>') {
      end = TagEnd::self_closing;
      i = skip_space(i + 1, text_.size()) + 1;
      break;
    }
    if (c == '<') {
      // Likely a tag whose ">" was lost ("<title<b>"): the new "<" starts the next markup.
      note(i, "start tag <" + shorten(name) + "> not closed by '>'");
      end = TagEnd::open;
      break;
    }
    if (is_name_start(c)) {
      i = attribute(i, text_.size(), true);
      continue;
    }
    note(i, "junk in start tag <" + shorten(name) + "> skipped");
    ++i;
    while (i < text_.size() && !is_space(at(i)) && !is_name_start(at(i)) && at(i) != '>' &&
           at(i) != '<' && at(i) != '/') {
      ++i;
    }
  }
  pos_ = i;
  return end;
}

// "</name>"; whatever follows the name up to ">" is ignored.
void Repairer::end_tag() {
  const std::size_t tag_at = pos_;
  const std::size_t name_end = scan_name(pos_ + 2, text_.size());
  const std::string_view name = text_.substr(pos_ + 2, name_end - pos_ - 2);
  std::size_t i = skip_space(name_end, text_.size());
  const std::size_t junk = i;
  while (i < text_.size() && at(i) != '>' && at(i) != '<') ++i;
  if (phase_ == Phase::epilog) {
    note_trailing(tag_at);
    pos_ = i < text_.size() && at(i) == '>' ? i + 1 : i;
    return;
  }
  if (i >= text_.size()) {
    note(tag_at, "end tag </" + shorten(name) + "> cut off by the end of the document dropped",
         true);
    pos_ = i;
    return;
  }
  if (i > junk) note(junk, "junk in end tag </" + shorten(name) + "> skipped");
  if (at(i) == '<') {
    note(i, "end tag </" + shorten(name) + "> not closed by '>'");
    pos_ = i;
  } else {
    pos_ = i + 1;
  }
  close(name, tag_at);
}

void Repairer::push(std::string_view name) {
  stack_.push_back(name);
  ++open_exact_[name];
  ++open_folded_[name];
}

void Repairer::pop() {
  const std::string_view name = stack_.back();
  stack_.pop_back();
  out_ += "</";
  out_ += name;
  out_ += '>';
  if (--open_exact_[name] == 0) open_exact_.erase(name);
  if (--open_folded_[name] == 0) open_folded_.erase(name);
}

// Closes the innermost open element named `name`, exactly or else ignoring ASCII case, and
// every element opened after it. The counts of open names make the "is it open at all?" test
// O(1), so a million unmatched end tags under a million open elements stay linear.
void Repairer::close(std::string_view name, std::size_t tag_at) {
  bool exact = open_exact_.count(name) != 0;
  if (!exact && open_folded_.count(name) == 0) {
    note(tag_at, "end tag </" + shorten(name) + "> matches no open element; dropped");
    return;
  }
  while (exact ? stack_.back() != name : !iequals(stack_.back(), name)) {
    note(tag_at, "unclosed <" + shorten(stack_.back()) + "> closed at </" + shorten(name) + ">");
    pop();
  }
  if (!exact) {
    note(tag_at, "end tag </" + shorten(name) + "> closes <" + shorten(stack_.back()) +
                     "> (the case differs)");
  }
  pop();
  if (stack_.empty()) phase_ = Phase::epilog;
}

}  // namespace feedpp::detail
