// SPDX-License-Identifier: MIT
#include "xml_escape.hpp"

#include <array>
#include <cstdint>

#include "utf8.hpp"

namespace feedpp::detail {
namespace {

// What a byte needs in each mode. kCopy bytes are copied in runs, so the common case (ASCII
// letters, digits, spaces) costs one table load per byte.
enum ByteClass : std::uint8_t {
  kCopy,       // copied as it is
  kAmp,        // &
  kLt,         // <
  kGt,         // >
  kQuote,      // "
  kTab,        // TAB
  kLf,         // LF
  kCr,         // CR
  kForbidden,  // a C0 control XML 1.0 forbids: dropped
  kNonAscii,   // lead or stray byte of a multi-byte sequence: validated
};

using Table = std::array<ByteClass, 256>;

constexpr Table make_table(EscapeMode mode) {
  Table t{};
  for (std::size_t b = 0; b < 0x20; ++b) t[b] = kForbidden;
  for (std::size_t b = 0x80; b < 0x100; ++b) t[b] = kNonAscii;
  t['\t'] = kCopy;
  t['\n'] = kCopy;
  t['\r'] = mode == EscapeMode::repair ? kCopy : kCr;
  if (mode == EscapeMode::repair) return t;
  if (mode == EscapeMode::cdata) {
    t['>'] = kGt;  // may end a "]]>"
  } else {
    t['&'] = kAmp;
    t['<'] = kLt;
    t['>'] = kGt;
  }
  if (mode == EscapeMode::attribute) {
    t['"'] = kQuote;
    t['\t'] = kTab;
    t['\n'] = kLf;
  }
  return t;
}

constexpr Table kTextTable = make_table(EscapeMode::text);
constexpr Table kAttributeTable = make_table(EscapeMode::attribute);
constexpr Table kCdataTable = make_table(EscapeMode::cdata);
constexpr Table kRepairTable = make_table(EscapeMode::repair);

// Appends the valid, allowed character at p (or U+FFFD for an ill-formed sequence) and returns
// the number of bytes consumed.
std::size_t append_non_ascii(std::string& out, const unsigned char* p, const unsigned char* end) {
  std::size_t len = 0;
  const char32_t cp = decode_utf8(p, end, len);
  if (cp == kBadUtf8) {
    out.append(kReplacementUtf8);
  } else if (cp != 0xFFFE && cp != 0xFFFF) {  // the only non-ASCII characters XML 1.0 forbids
    out.append(reinterpret_cast<const char*>(p), len);
  }
  return len;
}

// NameStartChar and NameChar of XML 1.0 (fifth edition) §2.3, without ':'.
constexpr bool is_name_start(char32_t c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0xC0 && c <= 0xD6) ||
         (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
         (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) ||
         (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

constexpr bool is_name_char(char32_t c) noexcept {
  return is_name_start(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7 ||
         (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

}  // namespace

void append_escaped(std::string& out, std::string_view in, EscapeMode mode) {
  const Table& table = mode == EscapeMode::text        ? kTextTable
                       : mode == EscapeMode::attribute ? kAttributeTable
                       : mode == EscapeMode::cdata     ? kCdataTable
                                                       : kRepairTable;
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const auto* const end = p + in.size();
  while (p < end) {
    const auto* run = p;
    while (p < end && table[*p] == kCopy) ++p;
    out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
    if (p == end) break;
    switch (table[*p]) {
      case kAmp:
        out.append("&amp;");
        break;
      case kLt:
        out.append("&lt;");
        break;
      case kGt:
        if (mode != EscapeMode::cdata) {
          out.append("&gt;");
        } else if (out.size() >= 2 && out.compare(out.size() - 2, 2, "]]") == 0) {
          // Split the section: the first ends with "]]", the next starts with ">". Looking at
          // what was written, not at the input, also catches a "]]>" that a dropped control
          // character joined ("]\x01]>").
          out.append("]]><![CDATA[>");
        } else {
          out.push_back('>');
        }
        break;
      case kQuote:
        out.append("&quot;");
        break;
      case kTab:
        out.append("&#9;");
        break;
      case kLf:
        out.append("&#10;");
        break;
      case kCr:
        // A raw CR would read back as LF (XML 1.0 §2.11); CDATA cannot hold a reference.
        out.append(mode == EscapeMode::cdata ? "]]>&#13;<![CDATA[" : "&#13;");
        break;
      case kNonAscii:
        p += append_non_ascii(out, p, end);
        continue;
      case kForbidden:
      case kCopy:
        break;
    }
    ++p;
  }
}

std::string_view repaired(std::string_view in, std::string& storage) {
  bool printable = true;
  for (const char c : in) printable &= c >= 0x20 && c < 0x7F;
  if (printable) return in;
  storage.clear();
  append_escaped(storage, in, EscapeMode::repair);
  return storage;
}

bool is_ncname(std::string_view name) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(name.data());
  const auto* const end = p + name.size();
  bool first = true;
  while (p < end) {
    std::size_t len = 0;
    const char32_t c = decode_utf8(p, end, len);
    if (c == kBadUtf8 || !(first ? is_name_start(c) : is_name_char(c))) return false;
    first = false;
    p += len;
  }
  return !first;
}

void append_ncname(std::string& out, std::string_view name) {
  const auto* p = reinterpret_cast<const unsigned char*>(name.data());
  const auto* const end = p + name.size();
  if (p == end) {
    out.push_back('_');
    return;
  }
  bool first = true;
  while (p < end) {
    std::size_t len = 0;
    const char32_t c = decode_utf8(p, end, len);
    if (c != kBadUtf8 && (first ? is_name_start(c) : is_name_char(c))) {
      out.append(reinterpret_cast<const char*>(p), len);
    } else {
      if (first && c != kBadUtf8 && is_name_char(c)) {
        out.push_back('_');  // "1st" -> "_1st": keep the character, make the start valid
        out.append(reinterpret_cast<const char*>(p), len);
      } else {
        out.push_back('_');
      }
    }
    first = false;
    p += len;
  }
}

}  // namespace feedpp::detail
