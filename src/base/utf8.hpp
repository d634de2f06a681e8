// SPDX-License-Identifier: MIT
// UTF-8 decoding and encoding shared by the writer (which repairs what it is given) and the
// parser (which repairs what it reads). Ill-formed input is measured by the Unicode "maximal
// subpart" rule, so both replace the same bytes with the same number of U+FFFD.
#ifndef FEEDPP_SRC_UTF8_HPP
#define FEEDPP_SRC_UTF8_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace feedpp::detail {

inline constexpr char32_t kBadUtf8 = 0xFFFFFFFF;
inline constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";  // U+FFFD

// Decodes the code point at `p` (p < end). Sets `len` to the bytes it takes and returns it; for
// ill-formed bytes returns kBadUtf8 and sets `len` to the length of the maximal subpart (>= 1).
inline char32_t decode_utf8(const unsigned char* p, const unsigned char* end,
                            std::size_t& len) noexcept {
  const unsigned char b0 = p[0];
  if (b0 < 0x80) {
    len = 1;
    return b0;
  }
  // Lead byte: number of continuation bytes and the allowed range of the first one (Unicode
  // Table 3-7), which excludes overlongs, surrogates and code points above U+10FFFF.
  std::size_t need = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  char32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1Fu;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0Fu;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07u;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    len = 1;
    return kBadUtf8;
  }
  std::size_t i = 1;
  for (; i <= need; ++i) {
    if (p + i >= end) break;
    const unsigned char b = p[i];
    if (b < lo || b > hi) break;
    lo = 0x80;
    hi = 0xBF;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (i <= need) {
    len = i;
    return kBadUtf8;
  }
  len = need + 1;
  return cp;
}

// Appends the UTF-8 encoding of `cp`. Requires: cp <= 0x10FFFF and not a surrogate.
inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Returns true for the characters XML 1.0 allows in a document (the Char production).
constexpr bool is_xml_char(char32_t cp) noexcept {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

// What windows-1252 means by the C1 control `cp` (U+0080-U+009F): a feed that has one means
// that (don\x92t), so the readers read them so and the writers write them so. 0 for the five
// windows-1252 leaves undefined, and for any other code point.
constexpr char32_t windows1252_c1(char32_t cp) noexcept {
  constexpr char16_t kC1[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
  };
  return cp >= 0x80 && cp <= 0x9F ? kC1[cp - 0x80] : 0;
}

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_UTF8_HPP
