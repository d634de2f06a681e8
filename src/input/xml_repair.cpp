// SPDX-License-Identifier: MIT
#include "input/xml_repair.hpp"

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/ascii.hpp"

namespace feedpp::detail {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

// A document with thousands of defects gains nothing from thousands of diagnostics, and each one
// costs memory; past this many, one last note says the rest went unreported.
constexpr std::size_t kMaxNotes = 1000;

// Names quoted in notes are cut here, so a megabyte-long name does not make megabyte notes.
constexpr std::size_t kMaxQuotedName = 64;

// The root element written when the input has none: pugixml rejects a document without one
// (status_no_document_element), and the front door needs a tree to report on.
constexpr std::string_view kNoRoot = "no-root-element";

constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

// Character classes as pugixml's ct_space, ct_start_symbol and ct_symbol define them. Any byte
// >= 0x80 counts as a name character, as in pugixml: the text is UTF-8 and names are kept as
// written, so pugixml must read the same name the repair read.
constexpr bool is_space(unsigned char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
constexpr bool is_name_start(unsigned char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}
constexpr bool is_name_char(unsigned char c) noexcept {
  return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

struct CaseInsensitiveHash {
  std::size_t operator()(std::string_view s) const noexcept {
    std::size_t h = 14695981039346656037ULL;  // FNV-1a
    for (const char c : s) {
      h ^= static_cast<unsigned char>(ascii_lower(c));
      h *= 1099511628211ULL;
    }
    return h;
  }
};
struct CaseInsensitiveEqual {
  bool operator()(std::string_view a, std::string_view b) const noexcept { return iequals(a, b); }
};

// A name for a note: cut at kMaxQuotedName bytes, on a UTF-8 character boundary.
std::string shorten(std::string_view name) {
  if (name.size() <= kMaxQuotedName) return std::string(name);
  std::size_t cut = kMaxQuotedName;
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
  return std::string(name.substr(0, cut)) + "...";
}

// Remembers where the last search for `pattern` ended. The pass only moves forward, so a later
// search from inside the span already searched reuses the answer; without this, inputs such as
// "<?a>" repeated would rescan to the end for each one, quadratic time.
class ForwardFinder {
 public:
  explicit ForwardFinder(std::string_view pattern) noexcept : pattern_(pattern) {}

  std::size_t find(std::string_view text, std::size_t from) {
    if (!valid_ || from < from_ || (found_ != kNpos && from > found_)) {
      found_ = text.find(pattern_, from);
      from_ = from;
      valid_ = true;
    }
    return found_;
  }

 private:
  std::string_view pattern_;
  std::size_t from_ = 0;
  std::size_t found_ = kNpos;
  bool valid_ = false;
};

class Repairer {
 public:
  Repairer(std::string_view text, std::vector<RepairNote>& notes) : text_(text), notes_(notes) {}

  std::string run() {
    out_.reserve(text_.size() + text_.size() / 8 + 64);
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") {
      out_.append(text_.substr(0, 3));  // pugixml skips a leading BOM itself
      pos_ = content_start_ = 3;
    }
    while (pos_ < text_.size()) {
      if (text_[pos_] != '<') {
        text_run();
        continue;
      }
      const unsigned char next = at(pos_ + 1);
      if (is_name_start(next)) {
        start_tag();
      } else if (next == '/' && is_name_start(at(pos_ + 2))) {
        end_tag();
      } else if (next == '?' && is_name_start(at(pos_ + 2))) {
        processing_instruction();
      } else if (next == '!' && starts_with(pos_, "<!--")) {
        comment();
      } else if (next == '!' && starts_with(pos_, "<![CDATA[")) {
        cdata();
      } else if (next == '!' && iequals(text_.substr(pos_ + 2, 7), "DOCTYPE")) {
        doctype();
      } else {
        text_run();  // "<" followed by nothing pugixml could read as markup
      }
    }
    finish();
    return std::move(out_);
  }

 private:
  enum class Phase { prolog, content, epilog };
  enum class TagEnd { open, self_closing, cut_off };
  struct NoteMark {
    std::size_t size;
    std::size_t added;
  };

  // The byte at `i`, or 0 past the end (so lookahead needs no bounds checks of its own).
  unsigned char at(std::size_t i) const noexcept {
    return i < text_.size() ? static_cast<unsigned char>(text_[i]) : 0;
  }
  bool starts_with(std::size_t i, std::string_view s) const noexcept {
    return text_.compare(std::min(i, text_.size()), s.size(), s) == 0;
  }
  std::size_t skip_space(std::size_t i, std::size_t limit) const noexcept {
    while (i < limit && is_space(at(i))) ++i;
    return i;
  }
  std::size_t scan_name(std::size_t i, std::size_t limit) const noexcept {
    while (i < limit && is_name_char(at(i))) ++i;
    return i;
  }

  void note(std::size_t offset, std::string message) {
    if (quiet_) return;
    if (added_ < kMaxNotes) {
      notes_.push_back({offset, std::move(message)});
    } else if (added_ == kMaxNotes) {
      notes_.push_back({offset, "too many repairs; the later ones are not reported"});
    }
    ++added_;
  }
  NoteMark mark_notes() const noexcept { return {notes_.size(), added_}; }
  void rollback_notes(NoteMark mark) {
    notes_.resize(mark.size);
    added_ = mark.added;
  }
  // Everything after the root element is reported once: a second copy of a feed appended to the
  // first would otherwise bury the diagnostics that matter.
  void note_trailing(std::size_t offset) {
    if (trailing_noted_) return;
    trailing_noted_ = true;
    note(offset, "content after the root element dropped");
  }

  // Copies [begin, end) of the input; pugixml reads a NUL as the end of its buffer, so NUL bytes
  // become U+FFFD.
  void copy_clean(std::size_t begin, std::size_t end) {
    const std::string_view span = text_.substr(0, end);  // searches must stop at `end`
    while (begin < end) {
      const std::size_t nul = std::min(span.find('\0', begin), end);
      out_.append(text_, begin, nul - begin);
      if (nul == end) break;
      note(nul, "NUL byte replaced by U+FFFD");
      out_.append(kReplacementUtf8);
      begin = nul + 1;
    }
  }

  // Text up to the next "<", or a "<" that starts no markup and the text after it.
  void text_run() {
    const std::size_t begin = pos_;
    std::size_t end = text_.find('<', begin + 1);
    if (end == kNpos) end = text_.size();
    pos_ = end;
    if (phase_ != Phase::content) {
      std::size_t i = begin;
      while (i < end && is_space(at(i))) ++i;
      if (i == end) {
        out_.append(text_, begin, end - begin);
      } else if (phase_ == Phase::prolog) {
        note(i, "text before the root element dropped");
      } else {
        note_trailing(i);
      }
      return;
    }
    std::size_t copied = begin;
    if (text_[begin] == '<') {
      note(begin, "'<' that starts no markup escaped as &lt;");
      out_ += "&lt;";
      copied = begin + 1;
    }
    // XML 1.0 §2.4: "]]>" may not appear in text. The "]]" may also come from text before a
    // dropped end tag ("]]</x>>"), so the output is what is checked.
    const std::string_view run = text_.substr(0, end);
    for (std::size_t gt = run.find('>', copied); gt != kNpos; gt = run.find('>', copied)) {
      copy_clean(copied, gt);
      if (out_.size() >= 2 && out_.compare(out_.size() - 2, 2, "]]") == 0) {
        note(gt, "'>' after ']]' in text escaped as &gt;");
        out_ += "&gt;";
      } else {
        out_ += '>';
      }
      copied = gt + 1;
    }
    copy_clean(copied, end);
  }

  // Returns the end of the reference that the "&" at `begin` starts within [begin, end) ("&name;",
  // "&#123;", "&#x1F;"), or kNpos when it starts none.
  std::size_t reference_end(std::size_t begin, std::size_t end) const noexcept {
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
  void attribute_value(std::size_t begin, std::size_t end, std::string_view name) {
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
  std::size_t attribute(std::size_t i, std::size_t limit, bool in_tag) {
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
  bool remember_attribute(std::string_view name) {
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
  void forget_attributes() {
    attribute_names_.clear();
    // A fresh set, because clear() keeps the buckets and would cost their number in every tag.
    if (!attribute_set_.empty()) std::unordered_set<std::string_view>().swap(attribute_set_);
  }

  // "<name ...>" or "<name .../>".
  void start_tag() {
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
    forget_attributes();
    TagEnd end = TagEnd::cut_off;
    std::size_t i = name_end;
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
    quiet_ = false;
    pos_ = i;
    if (end == TagEnd::cut_off || dropped) {
      // A tag cut off by the end of the input is dropped rather than guessed at: its last
      // attribute value is most likely incomplete.
      out_.resize(out_mark);
      if (!dropped) {
        rollback_notes(note_mark);
        note(tag_at,
             "start tag <" + shorten(name) + "> cut off by the end of the document dropped");
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

  // "</name>"; whatever follows the name up to ">" is ignored.
  void end_tag() {
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
      note(tag_at, "end tag </" + shorten(name) + "> cut off by the end of the document dropped");
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

  void push(std::string_view name) {
    stack_.push_back(name);
    ++open_exact_[name];
    ++open_folded_[name];
  }
  void pop() {
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
  void close(std::string_view name, std::size_t tag_at) {
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

  // "<!--...-->", kept wherever it is.
  void comment() {
    const std::size_t end = comment_end_.find(text_, pos_ + 4);
    if (end == kNpos) {
      drop_unterminated(pos_, "comment");
      return;
    }
    copy_clean(pos_, end + 3);
    pos_ = end + 3;
  }

  // A comment or PI with no terminator anywhere after it: by the letter of XML it runs to the
  // end, but dropping every item after a typo ("<!-- x ->") is the loss this pass exists to
  // prevent. It is taken to end before the next "<" and dropped.
  void drop_unterminated(std::size_t begin, std::string_view what) {
    const std::size_t lt = lt_.find(text_, begin + 2);
    pos_ = lt == kNpos ? text_.size() : lt;
    note(begin, "unterminated " + std::string(what) + " dropped");
  }

  // "<![CDATA[...]]>": content only inside the root element.
  void cdata() {
    const std::size_t begin = pos_;
    const std::size_t end = cdata_end_.find(text_, begin + 9);
    pos_ = end == kNpos ? text_.size() : end + 3;
    if (phase_ == Phase::prolog) {
      note(begin, "CDATA section before the root element dropped");
    } else if (phase_ == Phase::epilog) {
      note_trailing(begin);
    } else if (end == kNpos) {
      note(begin, "unterminated CDATA section closed at the end of the document");
      copy_clean(begin, text_.size());
      out_ += "]]>";
    } else {
      copy_clean(begin, pos_);
    }
  }

  // "<?target ...?>". The XML declaration is kept only as the first thing in the document.
  void processing_instruction() {
    const std::size_t begin = pos_;
    const std::size_t target_end = scan_name(begin + 2, text_.size());
    const std::string_view target = text_.substr(begin + 2, target_end - begin - 2);
    // It ends at the first "?>" before the next "<"; failing that at a ">" before the next "<"
    // (the "?" was forgotten: <?xml version="1.0">); failing that, as a declaration holds no
    // "<", a declaration ends before the next "<", and another PI at the first "?>" anywhere
    // (it may hold "<": <?php echo '<b>'; ?>).
    const bool declaration = iequals(target, "xml");
    const std::size_t pi_end = pi_end_.find(text_, target_end);
    const std::size_t lt = lt_.find(text_, target_end);
    const std::size_t gt = gt_.find(text_, target_end);
    std::size_t content_end = pi_end;
    std::size_t next = pi_end == kNpos ? kNpos : pi_end + 2;
    if (pi_end == kNpos || pi_end > lt) {
      if (gt < lt) {
        content_end = gt;
        next = gt + 1;
        note(gt, "processing instruction <?" + shorten(target) + "> closed by '>' instead of '?>'");
      } else if (declaration && lt != kNpos) {
        content_end = next = lt;
        note(lt, "XML declaration not closed by '?>'");
      } else if (pi_end == kNpos) {
        drop_unterminated(begin, "processing instruction <?" + shorten(target) + ">");
        return;
      }
    }
    pos_ = next;
    // pugixml reads any target that is "xml" ignoring case as a declaration, and rejects one
    // inside an element.
    if (declaration) {
      if (begin != content_start_) {
        note(begin, "XML declaration not at the start of the document dropped");
        return;
      }
      xml_declaration(target_end, content_end);
      return;
    }
    // Kept after the root element too: XML 1.0 §2.8 allows comments and PIs there.
    out_ += "<?";
    out_ += target;
    if (target_end < content_end && !is_space(at(target_end))) out_ += ' ';
    copy_clean(target_end, content_end);
    out_ += "?>";
  }

  // pugixml parses the declaration's content as attributes, so it is rewritten as such.
  void xml_declaration(std::size_t begin, std::size_t end) {
    const std::string_view target = text_.substr(begin - 3, 3);
    if (target != "xml") {
      note(begin - 3, "XML declaration target '" + std::string(target) + "' written in lower case");
    }
    out_ += "<?xml";
    forget_attributes();
    std::size_t i = begin;
    while (true) {
      i = skip_space(i, end);
      if (i >= end) break;
      if (is_name_start(at(i))) {
        i = attribute(i, end, false);
        continue;
      }
      note(i, "junk in the XML declaration skipped");
      while (i < end && !is_space(at(i)) && !is_name_start(at(i))) ++i;
    }
    out_ += "?>";
  }

  // Returns the position of the ">" where pugixml's DOCTYPE reader (parse_doctype_group) would
  // stop, reading from `begin` ("<!DOCTYPE"), or kNpos where it would report an error. A NUL or
  // the end of the input is pugixml's end of buffer. Runs at most once per document.
  std::size_t pugixml_doctype_end(std::size_t begin) const noexcept {
    auto c = [this](std::size_t i) { return at(i); };
    std::size_t i = begin + 2;
    std::size_t depth = 0;
    while (c(i) != 0) {
      if (c(i) == '<' && c(i + 1) == '!' && c(i + 2) != '-') {
        if (c(i + 2) == '[') {  // conditional section, nested to any depth
          i += 3;
          std::size_t nested = 0;
          while (true) {
            if (c(i) == 0) return kNpos;
            if (c(i) == '<' && c(i + 1) == '!' && c(i + 2) == '[') {
              i += 3;
              ++nested;
            } else if (c(i) == ']' && c(i + 1) == ']' && c(i + 2) == '>') {
              i += 3;
              if (nested == 0) break;
              --nested;
            } else {
              ++i;
            }
          }
        } else {  // a markup declaration: <!ELEMENT ...>, <!ENTITY ...>
          i += 2;
          ++depth;
        }
      } else if (c(i) == '"' || c(i) == '\'') {
        const unsigned char quote = c(i++);
        while (c(i) != 0 && c(i) != quote) ++i;
        if (c(i) == 0) return kNpos;
        ++i;
      } else if (c(i) == '<' && c(i + 1) == '?') {
        i += 2;
        while (c(i) != 0 && !(c(i) == '?' && c(i + 1) == '>')) ++i;
        if (c(i) == 0) return kNpos;
        i += 2;
      } else if (c(i) == '<' && c(i + 1) == '!' && c(i + 2) == '-' && c(i + 3) == '-') {
        i += 4;
        while (c(i) != 0 && !(c(i) == '-' && c(i + 1) == '-' && c(i + 2) == '>')) ++i;
        if (c(i) == 0) return kNpos;
        i += 3;
      } else if (c(i) == '<') {
        return kNpos;
      } else if (c(i) == '>') {
        if (depth == 0) return i;
        --depth;
        ++i;
      } else {
        ++i;
      }
    }
    return kNpos;
  }

  // "<!DOCTYPE ...>": the first one in the prolog is kept if pugixml reads it as written, else
  // cut down to "<!DOCTYPE name>"; any other is dropped.
  void doctype() {
    const std::size_t begin = pos_;
    const std::size_t after_keyword = begin + 9;
    if (phase_ != Phase::prolog || doctype_seen_) {
      // Its end is taken to be the first ">", so dropping costs one forward search.
      const std::size_t gt = gt_.find(text_, after_keyword);
      pos_ = gt == kNpos ? text_.size() : gt + 1;
      if (phase_ == Phase::epilog) {
        note_trailing(begin);
      } else {
        note(begin, phase_ == Phase::prolog ? "second DOCTYPE dropped"
                                            : "DOCTYPE inside the root element dropped");
      }
      return;
    }
    doctype_seen_ = true;
    const std::string_view keyword = text_.substr(begin + 2, 7);
    const std::size_t end = pugixml_doctype_end(begin);
    if (end != kNpos) {
      // pugixml may also accept a DOCTYPE whose missing quote or ">" swallowed the root element;
      // outside an internal subset a DOCTYPE holds no "<", so that one is not believed.
      const std::string_view body = text_.substr(after_keyword, end - after_keyword);
      if (body.find('[') != kNpos || body.find('<') == kNpos) {
        if (keyword != "DOCTYPE") note(begin, "DOCTYPE keyword written in upper case");
        out_ += "<!DOCTYPE";
        out_.append(body);
        out_ += '>';
        pos_ = end + 1;
        return;
      }
    }
    // Malformed. It ends at the "]>" closing an internal subset if it has one, else at its
    // first ">"; only the root element name survives.
    std::size_t stop = text_.find('>', after_keyword);
    const std::size_t subset = text_.find('[', after_keyword);
    if (subset < stop) {
      for (std::size_t close = text_.find(']', subset); close != kNpos;
           close = text_.find(']', close + 1)) {
        const std::size_t gt = skip_space(close + 1, text_.size());
        if (at(gt) == '>') {
          stop = gt;
          break;
        }
      }
    }
    if (stop == kNpos) {
      note(begin, "unterminated DOCTYPE dropped");
      pos_ = text_.size();
      return;
    }
    pos_ = stop + 1;
    const std::size_t name_begin = skip_space(after_keyword, stop);
    const std::size_t name_end =
        is_name_start(at(name_begin)) ? scan_name(name_begin, stop) : name_begin;
    if (name_end == name_begin) {
      note(begin, "malformed DOCTYPE dropped");
      return;
    }
    const std::string_view name = text_.substr(name_begin, name_end - name_begin);
    note(begin, "malformed DOCTYPE reduced to <!DOCTYPE " + shorten(name) + ">");
    out_ += "<!DOCTYPE ";
    out_ += name;
    out_ += '>';
  }

  void finish() {
    while (!stack_.empty()) {
      note(text_.size(), "document ended inside <" + shorten(stack_.back()) + ">");
      pop();
    }
    if (phase_ == Phase::prolog) {
      note(text_.size(), "no root element; an empty <" + std::string(kNoRoot) + "/> added");
      out_ += '<';
      out_ += kNoRoot;
      out_ += "/>";
    }
  }

  std::string_view text_;
  std::vector<RepairNote>& notes_;
  std::string out_;
  std::size_t pos_ = 0;
  std::size_t content_start_ = 0;  // where an XML declaration may stand: 0, or 3 after a BOM
  Phase phase_ = Phase::prolog;
  bool doctype_seen_ = false;
  bool trailing_noted_ = false;
  bool quiet_ = false;  // notes are not taken (inside a tag that is dropped as a whole)
  std::size_t added_ = 0;

  // Open elements, innermost last; the names point into the input.
  std::vector<std::string_view> stack_;
  std::unordered_map<std::string_view, std::size_t> open_exact_;
  std::unordered_map<std::string_view, std::size_t, CaseInsensitiveHash, CaseInsensitiveEqual>
      open_folded_;

  std::vector<std::string_view> attribute_names_;
  std::unordered_set<std::string_view> attribute_set_;

  ForwardFinder lt_{"<"};
  ForwardFinder gt_{">"};
  ForwardFinder double_quote_{"\""};
  ForwardFinder single_quote_{"'"};
  ForwardFinder pi_end_{"?>"};
  ForwardFinder comment_end_{"-->"};
  ForwardFinder cdata_end_{"]]>"};
};

}  // namespace

std::string repair_xml(std::string_view text, std::vector<RepairNote>& notes) {
  return Repairer(text, notes).run();
}

}  // namespace feedpp::detail
