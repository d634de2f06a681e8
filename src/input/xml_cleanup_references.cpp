// SPDX-License-Identifier: MIT
// References that are not XML's five entities: HTML's names, which feeds use as if XML had them,
// read as HTML defines them; numeric references to characters XML forbids, removed, or to C1
// controls, read as the windows-1252 characters they meant; and a '&' that starts none.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>

#include "base/utf8.hpp"
#include "input/html_entities.hpp"
#include "input/xml_cleanup_scanner.hpp"

namespace feedpp::detail {
namespace {

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.' || c == ':' || static_cast<unsigned char>(c) >= 0x80;
}

std::string numeric_reference(char32_t cp) {
  char buf[16];
  const int n = std::snprintf(buf, sizeof buf, "&#x%X;", static_cast<unsigned>(cp));
  return std::string(buf, static_cast<std::size_t>(n));
}

}  // namespace

// At a '&' that starts none of XML's five entities (next_stop() passes over those): checks
// the reference it starts.
std::size_t CleanupScanner::reference(std::size_t pos) {
  const std::size_t n = text_.size();
  std::size_t i = pos + 1;
  if (i < n && text_[i] == '#') return numeric(pos);
  while (i < n && i - pos <= 40 && is_name_char(text_[i])) ++i;
  const std::string_view name = text_.substr(pos + 1, i - pos - 1);
  if (name.empty() || i >= n || text_[i] != ';') {
    log_.add(ErrorCode::bare_ampersand, pos, "'&' that starts no reference: kept as text");
    return pos + 1;
  }
  if (const auto utf8 = html_entity(name)) {
    // Numeric references, not the characters: &LT; must not become a raw '<'.
    std::string replacement;
    const auto* p = reinterpret_cast<const unsigned char*>(utf8->data());
    const auto* const end = p + utf8->size();
    while (p < end) {
      std::size_t len = 0;
      replacement += numeric_reference(decode_utf8(p, end, len));
      p += len;
    }
    log_.add(ErrorCode::undefined_entity, pos,
             "&" + std::string(name) + "; is HTML, not XML: read as HTML defines it");
    edits_.push_back({pos, i + 1 - pos, std::move(replacement)});
    return i + 1;
  }
  log_.add(ErrorCode::undefined_entity, pos,
           "&" + std::string(name) + "; is defined by neither XML nor HTML: kept as text");
  return pos + 1;  // text, whose characters are checked as any text's (a C1 control in it)
}

std::size_t CleanupScanner::numeric(std::size_t pos) {
  const std::optional<std::pair<char32_t, std::size_t>> ref = read_numeric(pos);
  if (!ref) {
    log_.add(ErrorCode::bare_ampersand, pos, "malformed character reference: kept as text");
    return pos + 1;
  }
  const auto [cp, end] = *ref;
  if (const char32_t meant = windows1252_c1(cp); meant != 0) {
    // &#150; is how windows-1252 text says "–" when converted byte by byte.
    log_.add(
        ErrorCode::misencoded_character, pos,
        "reference to control character U+" + hex(cp) + " read as windows-1252's U+" + hex(meant));
    edits_.push_back({pos, end - pos, numeric_reference(meant)});
    return end;
  }
  if (is_xml_char(cp)) return end;
  // A UTF-16 surrogate pair written as two references: join them.
  if (cp >= 0xD800 && cp <= 0xDBFF && end < text_.size() && text_[end] == '&') {
    const auto low = read_numeric(end);
    if (low && low->first >= 0xDC00 && low->first <= 0xDFFF) {
      const char32_t joined = 0x10000 + ((cp - 0xD800) << 10) + (low->first - 0xDC00);
      log_.add(ErrorCode::invalid_character, pos,
               "a surrogate pair written as two references: joined");
      edits_.push_back({pos, low->second - pos, numeric_reference(joined)});
      return low->second;
    }
  }
  log_.add(ErrorCode::invalid_character, pos,
           "reference to U+" + hex(cp) + ", which XML does not allow: removed");
  edits_.push_back({pos, end - pos, {}});
  return end;
}

// Reads "&#123;" or "&#x1F;" at pos: the code point (capped) and the offset after ';'.
std::optional<std::pair<char32_t, std::size_t>> CleanupScanner::read_numeric(
    std::size_t pos) const {
  const std::size_t n = text_.size();
  std::size_t i = pos + 2;
  const bool is_hex = i < n && (text_[i] == 'x' || text_[i] == 'X');
  if (is_hex) ++i;
  std::uint32_t value = 0;
  const std::size_t digits_start = i;
  for (; i < n; ++i) {
    const char c = text_[i];
    std::uint32_t digit = 0;
    if (c >= '0' && c <= '9') {
      digit = static_cast<std::uint32_t>(c - '0');
    } else if (is_hex && c >= 'a' && c <= 'f') {
      digit = static_cast<std::uint32_t>(c - 'a' + 10);
    } else if (is_hex && c >= 'A' && c <= 'F') {
      digit = static_cast<std::uint32_t>(c - 'A' + 10);
    } else {
      break;
    }
    value = std::min<std::uint32_t>(value * (is_hex ? 16 : 10) + digit, 0x110000);
  }
  if (i == digits_start || i >= n || text_[i] != ';') return {};
  return std::make_pair(static_cast<char32_t>(value), i + 1);
}

}  // namespace feedpp::detail
