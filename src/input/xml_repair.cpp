// SPDX-License-Identifier: MIT
// repair_xml(): the pass over the text (run), text between markup, the notes, and the end of the
// document. Tags are in xml_repair_tags.cpp, the rest of the markup in xml_repair_prolog.cpp.
#include "input/xml_repair.hpp"

#include <string_view>
#include <utility>

#include "base/utf8.hpp"
#include "input/xml_repairer.hpp"

namespace feedpp::detail {
namespace {

// A document with thousands of defects gains nothing from thousands of diagnostics, and each one
// costs memory; past this many, one last note says the rest went unreported.
constexpr std::size_t kMaxNotes = 1000;

// Names quoted in notes are cut here, so a megabyte-long name does not make megabyte notes.
constexpr std::size_t kMaxQuotedName = 64;

// The root element written when the input has none: pugixml rejects a document without one
// (status_no_document_element), and the front door needs a tree to report on.
constexpr std::string_view kNoRoot = "no-root-element";

}  // namespace

// A name for a note: cut at kMaxQuotedName bytes, on a UTF-8 character boundary.
std::string Repairer::shorten(std::string_view name) {
  if (name.size() <= kMaxQuotedName) return std::string(name);
  std::size_t cut = kMaxQuotedName;
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
  return std::string(name.substr(0, cut)) + "...";
}

std::string Repairer::run() {
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

void Repairer::note(std::size_t offset, std::string message, bool cut) {
  if (quiet_) return;
  if (added_ < kMaxNotes) {
    notes_.push_back({offset, std::move(message), cut});
  } else if (added_ == kMaxNotes) {
    notes_.push_back({offset, "too many repairs; the later ones are not reported"});
  }
  ++added_;
}

void Repairer::rollback_notes(NoteMark mark) {
  notes_.resize(mark.size);
  added_ = mark.added;
}

// Everything after the root element is reported once: a second copy of a feed appended to the
// first would otherwise bury the diagnostics that matter.
void Repairer::note_trailing(std::size_t offset) {
  if (trailing_noted_) return;
  trailing_noted_ = true;
  note(offset, "content after the root element dropped");
}

// Copies [begin, end) of the input; pugixml reads a NUL as the end of its buffer, so NUL bytes
// become U+FFFD.
void Repairer::copy_clean(std::size_t begin, std::size_t end) {
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
void Repairer::text_run() {
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

void Repairer::finish() {
  while (!stack_.empty()) {
    note(text_.size(), "document ended inside <" + shorten(stack_.back()) + ">", true);
    pop();
  }
  if (phase_ == Phase::prolog) {
    note(text_.size(), "no root element; an empty <" + std::string(kNoRoot) + "/> added");
    out_ += '<';
    out_ += kNoRoot;
    out_ += "/>";
  }
}

std::string repair_xml(std::string_view text, std::vector<RepairNote>& notes) {
  return Repairer(text, notes).run();
}

}  // namespace feedpp::detail
