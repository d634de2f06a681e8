// SPDX-License-Identifier: MIT
// The repair of the markup that is not a tag: the XML declaration, the DOCTYPE (checked against
// what pugixml reads), processing instructions, comments and CDATA sections.
#include <string>
#include <string_view>

#include "input/xml_repairer.hpp"

namespace feedpp::detail {

// "<!--...-->", kept wherever it is.
void Repairer::comment() {
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
void Repairer::drop_unterminated(std::size_t begin, std::string_view what) {
  const std::size_t lt = lt_.find(text_, begin + 2);
  pos_ = lt == kNpos ? text_.size() : lt;
  note(begin, "unterminated " + std::string(what) + " dropped");
}

// "<![CDATA[...]]>": content only inside the root element.
void Repairer::cdata() {
  const std::size_t begin = pos_;
  const std::size_t end = cdata_end_.find(text_, begin + 9);
  pos_ = end == kNpos ? text_.size() : end + 3;
  if (phase_ == Phase::prolog) {
    note(begin, "CDATA section before the root element dropped");
  } else if (phase_ == Phase::epilog) {
    note_trailing(begin);
  } else if (end == kNpos) {
    note(begin, "unterminated CDATA section closed at the end of the document", true);
    copy_clean(begin, text_.size());
    out_ += "]]>";
  } else {
    copy_clean(begin, pos_);
  }
}

// "<?target ...?>". The XML declaration is kept only as the first thing in the document.
void Repairer::processing_instruction() {
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
void Repairer::xml_declaration(std::size_t begin, std::size_t end) {
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
std::size_t Repairer::pugixml_doctype_end(std::size_t begin) const noexcept {
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
void Repairer::doctype() {
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
  reduce_doctype(begin);
}

// A malformed DOCTYPE at `begin`. It ends at the "]>" closing an internal subset if it has one,
// else at its first ">"; only the root element name survives.
void Repairer::reduce_doctype(std::size_t begin) {
  const std::size_t after_keyword = begin + 9;
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

}  // namespace feedpp::detail
