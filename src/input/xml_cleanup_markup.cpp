// SPDX-License-Identifier: MIT
// The markup the clean-up does not pass over: the prolog before the root element, and CDATA,
// comments and processing instructions anywhere. Their characters are checked, but they hold no
// references; a DOCTYPE is passed over whole, and no entity it declares is ever read.
#include <algorithm>
#include <string>
#include <string_view>

#include "base/ascii.hpp"
#include "input/xml_cleanup_scanner.hpp"

namespace feedpp::detail {
namespace {

bool starts_with(std::string_view s, std::size_t pos, std::string_view prefix) {
  return s.size() - pos >= prefix.size() && s.compare(pos, prefix.size(), prefix) == 0;
}

// Returns the offset just past the end marker `end` searched from `from`, or the text's size.
std::size_t skip_past(std::string_view text, std::size_t from, std::string_view end) {
  const std::size_t at = text.find(end, from);
  return at == std::string_view::npos ? text.size() : at + end.size();
}

// Skips a DOCTYPE, which may hold an internal subset in brackets with quoted strings inside.
std::size_t skip_doctype(std::string_view text, std::size_t pos) {
  int brackets = 0;
  char quote = 0;
  for (std::size_t i = pos; i < text.size(); ++i) {
    const char c = text[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[') {
      ++brackets;
    } else if (c == ']') {
      --brackets;
    } else if (c == '>' && brackets <= 0) {
      return i + 1;
    }
  }
  return text.size();
}

bool is_xml_declaration(std::string_view text, std::size_t pos) {
  // "<?xml" followed by whitespace or "?": not "<?xml-stylesheet".
  if (!starts_with(text, pos, "<?xml") && !starts_with(text, pos, "<?XML")) return false;
  return pos + 5 < text.size() && (is_xml_space(text[pos + 5]) || text[pos + 5] == '?');
}

}  // namespace

// Walks the prolog (declaration, comments, PIs, DOCTYPE) up to the root element's `<`.
std::size_t CleanupScanner::prolog() {
  std::size_t pos = 0;
  while (pos < text_.size()) {
    if (is_xml_space(text_[pos])) {
      ++pos;
      continue;
    }
    if (text_[pos] != '<') {
      const std::size_t next = std::min(text_.find('<', pos), text_.size());
      log_.add(ErrorCode::junk_before_root, pos,
               "text before the root element: skipped (" + std::to_string(next - pos) + " bytes)");
      raw(pos, next, false);  // a repair may yet keep it as text
      pos = next;
      continue;
    }
    if (starts_with(text_, pos, "<?")) {
      if (pos != 0 && is_xml_declaration(text_, pos)) misplaced_declaration(pos);
      pos = raw_until(pos, 2, "?>", false);
    } else if (starts_with(text_, pos, "<!--")) {
      pos = raw_until(pos, 4, "-->", false);
    } else if (starts_with(text_, pos, "<!")) {
      const std::size_t end = skip_doctype(text_, pos + 2);
      raw(pos + 2, end, false);
      pos = end;
    } else {
      return pos;
    }
  }
  return pos;
}

// At a '<': CDATA, comments and PIs hold no references, only characters to check (an
// unterminated one may yet become text when the document is repaired); tags are scanned like
// text (their attribute values hold references too).
std::size_t CleanupScanner::markup(std::size_t pos) {
  const char next = pos + 1 < text_.size() ? text_[pos + 1] : '\0';
  if (next != '!' && next != '?') return pos + 1;  // a tag, as most are
  if (starts_with(text_, pos, "<![CDATA[")) return raw_until(pos, 9, "]]>", true);
  if (starts_with(text_, pos, "<!--")) return raw_until(pos, 4, "-->", false);
  if (starts_with(text_, pos, "<?")) {
    if (is_xml_declaration(text_, pos)) misplaced_declaration(pos);
    return raw_until(pos, 2, "?>", false);
  }
  return pos + 1;
}

// Checks the characters from `opener` bytes after `pos` up to the end marker (see raw());
// returns the offset past it.
std::size_t CleanupScanner::raw_until(std::size_t pos, std::size_t opener,
                                      std::string_view end_marker, bool content) {
  const std::size_t end = skip_past(text_, pos + opener, end_marker);
  raw(pos + opener, end, content);
  return end;
}

void CleanupScanner::misplaced_declaration(std::size_t pos) {
  log_.add(ErrorCode::xml_syntax, pos,
           "the XML declaration is allowed only at the start of the document");
}

}  // namespace feedpp::detail
