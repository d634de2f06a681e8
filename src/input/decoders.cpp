// SPDX-License-Identifier: MIT
// The byte-to-UTF-8 decoders, and the check each makes that the bytes really are in its charset.
// UTF-8, the most common case by far, is usually valid and then borrowed as it is: simdjson's
// validator says so at many GB/s, and only text it rejects is counted sequence by sequence and
// copied to be repaired.
#include "input/decoders.hpp"

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <simdjson.h>

#include "base/utf8.hpp"

namespace feedpp::detail {
namespace {

void replace(Attempt& a) {
  if (a.replaced++ == 0) a.first_replaced = a.text.size();
  a.text += kReplacementUtf8;
}

// Returns the first non-ASCII byte at or after p, reading 16 bytes at a time (SSE2) or 8.
const Byte* skip_ascii(const Byte* p, const Byte* end) {
#if defined(__SSE2__)
  while (end - p >= 16) {
    const auto high = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))));
    if (high != 0) return p + __builtin_ctz(high);
    p += 16;
  }
#endif
  while (end - p >= 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, sizeof word);
    if ((word & 0x8080808080808080u) != 0) break;
    p += 8;
  }
  while (p < end && *p < 0x80) ++p;
  return p;
}

struct Utf8Counts {
  std::size_t multi = 0;  // well-formed multi-byte sequences
  std::size_t bad = 0;    // maximal ill-formed subparts, but for `cut`
  bool cut = false;       // the input ends inside a sequence that was well-formed so far
};

// Whether [p, end) is the start of a well-formed sequence that the end of the input cut short.
// Completed with either continuation byte (each suits a different lead byte), it would decode.
bool cut_short(const Byte* p, const Byte* end) {
  const auto have = static_cast<std::size_t>(end - p);
  if (have == 0 || have > 3) return false;
  for (const Byte pad : {Byte{0x80}, Byte{0xBF}}) {
    std::array<Byte, 4> full = {pad, pad, pad, pad};
    std::memcpy(full.data(), p, have);
    std::size_t len = 0;
    if (decode_utf8(full.data(), full.data() + full.size(), len) != kBadUtf8 && len > have) {
      return true;
    }
  }
  return false;
}

Utf8Counts count_utf8(std::string_view s) {
  Utf8Counts counts;
  const Byte* p = bytes(s);
  const Byte* const end = p + s.size();
  while ((p = skip_ascii(p, end)) < end) {
    std::size_t len = 0;
    if (decode_utf8(p, end, len) != kBadUtf8) {
      ++counts.multi;
    } else if (p + len == end && cut_short(p, end)) {
      counts.cut = true;
    } else {
      ++counts.bad;
    }
    p += len;
  }
  return counts;
}

Attempt decode_utf8_text(std::string_view s) {
  Attempt a;
  // Half count_utf8()'s instructions on the benchmark's rss-large (12.5M against 25.1M), and
  // no branch a character: past it, the text holds an ill-formed or cut-off sequence.
  if (simdjson::validate_utf8(s.data(), s.size())) {
    a.ok = a.borrow = true;
    return a;
  }
  const Utf8Counts counts = count_utf8(s);
  // Mostly UTF-8 with a few bad bytes (a pasted Latin-1 quote) is UTF-8 with damage; reading
  // all of it as windows-1252 would garble every good character instead. A sequence cut off by
  // the end of the input says nothing against UTF-8: the download stopped there.
  if (counts.bad > 0 && (counts.multi == 0 || counts.bad * 8 >= counts.multi + counts.bad)) {
    return a;
  }
  a.ok = true;
  a.text.reserve(s.size() + 2 * counts.bad);
  const Byte* p = bytes(s);
  const Byte* const end = p + s.size();
  while (p < end) {
    const Byte* run = skip_ascii(p, end);
    a.text.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(run - p));
    p = run;
    if (p == end) break;
    std::size_t len = 0;
    if (decode_utf8(p, end, len) == kBadUtf8) {
      replace(a);
    } else {
      a.text.append(reinterpret_cast<const char*>(p), len);
    }
    p += len;
  }
  return a;
}

Attempt decode_ascii(std::string_view s) {
  Attempt a;
  const Byte* const end = bytes(s) + s.size();
  a.ok = a.borrow = skip_ascii(bytes(s), end) == end;
  return a;
}

// Code points of bytes 0x80-0xFF; 0 for the bytes the charset leaves undefined.
using HighHalf = std::array<char16_t, 128>;

constexpr HighHalf make_latin1() {
  HighHalf t{};
  for (std::size_t i = 0; i < t.size(); ++i) t[i] = static_cast<char16_t>(0x80 + i);
  return t;
}

constexpr HighHalf make_windows1252() {
  // 0x80-0x9F per the Unicode mapping table for cp1252; 0xA0-0xFF are as in ISO-8859-1.
  HighHalf t = make_latin1();
  for (std::size_t i = 0; i < 32; ++i)
    t[i] = static_cast<char16_t>(windows1252_c1(static_cast<char32_t>(0x80 + i)));
  return t;
}

constexpr HighHalf kWindows1252 = make_windows1252();

// ISO-8859-1 as browsers read it (WHATWG Encoding): its C1 controls, which no feed means, are
// windows-1252's punctuation, which feeds labelled ISO-8859-1 do mean ("don\x92t"); the five
// bytes windows-1252 leaves undefined stay the controls they are in ISO-8859-1.
constexpr HighHalf make_latin1_as_browsers() {
  HighHalf t = make_windows1252();
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == 0) t[i] = static_cast<char16_t>(0x80 + i);
  }
  return t;
}

constexpr HighHalf kLatin1 = make_latin1_as_browsers();

Attempt decode_single_byte(std::string_view s, const HighHalf& table, bool lenient) {
  Attempt a;
  const Byte* p = bytes(s);
  const Byte* const end = p + s.size();
  const Byte* const first = skip_ascii(p, end);
  if (first == end) {
    // ASCII is the same text in every charset handled here: no copy needed.
    a.ok = a.borrow = true;
    return a;
  }
  std::size_t high = 0;
  for (const Byte* q = first; q < end; ++q) {
    if (*q < 0x80) continue;
    if (table[*q - 0x80u] == 0 && !lenient) return a;
    ++high;
  }
  a.ok = true;
  a.text.reserve(s.size() + 2 * high);
  while (p < end) {
    const Byte* run = skip_ascii(p, end);
    a.text.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(run - p));
    p = run;
    if (p == end) break;
    const char16_t cp = table[*p++ - 0x80u];
    if (cp == 0) {
      replace(a);
    } else {
      append_utf8(a.text, cp);
    }
  }
  return a;
}

Attempt decode_utf16(std::string_view s, bool big_endian, bool lenient) {
  Attempt a;
  const Byte* p = bytes(s);
  const std::size_t units = s.size() / 2;
  const auto unit = [&](std::size_t i) -> char32_t {
    const char32_t b0 = p[2 * i];
    const char32_t b1 = p[2 * i + 1];
    return big_endian ? ((b0 << 8) | b1) : ((b1 << 8) | b0);
  };
  a.text.reserve(units + units / 2);
  for (std::size_t i = 0; i < units; ++i) {
    const char32_t u = unit(i);
    if (u < 0xD800 || u > 0xDFFF) {
      append_utf8(a.text, u);
      continue;
    }
    if (u <= 0xDBFF && i + 1 < units) {
      const char32_t v = unit(i + 1);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        append_utf8(a.text, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        ++i;
        continue;
      }
    }
    if (!lenient) return Attempt{};
    replace(a);
  }
  if (s.size() % 2 != 0) {
    if (!lenient) return Attempt{};
    replace(a);
  }
  a.ok = true;
  return a;
}

Attempt decode_utf32(std::string_view s, bool big_endian, bool lenient) {
  Attempt a;
  const Byte* p = bytes(s);
  const std::size_t units = s.size() / 4;
  a.text.reserve(units);
  for (std::size_t i = 0; i < units; ++i) {
    char32_t cp = 0;
    for (std::size_t k = 0; k < 4; ++k) cp = (cp << 8) | p[4 * i + (big_endian ? k : 3 - k)];
    if (cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
      append_utf8(a.text, cp);
      continue;
    }
    if (!lenient) return Attempt{};
    replace(a);
  }
  if (s.size() % 4 != 0) {
    if (!lenient) return Attempt{};
    replace(a);
  }
  a.ok = true;
  return a;
}

// Strict: a sequence invalid in the charset (EILSEQ) or cut off at the end (EINVAL) fails.
Attempt decode_iconv(std::string_view s, const std::string& name) {
  Attempt a;
  const Iconv cd(name.c_str());
  if (!cd.ok()) return a;
  if (s.empty()) {
    a.ok = true;
    return a;
  }
  // Most charsets need at most 3 UTF-8 bytes for 2 of theirs; E2BIG grows the buffer for the rest.
  a.text.resize(s.size() + s.size() / 2 + 16);
  char* in = const_cast<char*>(s.data());  // iconv's signature lacks const; it does not write
  std::size_t in_left = s.size();
  std::size_t used = 0;
  bool flushing = false;
  for (;;) {
    char* out = &a.text[used];
    std::size_t out_left = a.text.size() - used;
    // The second call flushes the shift state of stateful charsets (ISO-2022-JP).
    const std::size_t r = flushing ? iconv(cd.get(), nullptr, nullptr, &out, &out_left)
                                   : iconv(cd.get(), &in, &in_left, &out, &out_left);
    used = a.text.size() - out_left;
    if (r == static_cast<std::size_t>(-1)) {
      if (errno != E2BIG) return Attempt{};
      a.text.resize(a.text.size() * 2);
      continue;
    }
    if (flushing) break;
    flushing = true;
  }
  a.text.resize(used);
  a.ok = true;
  return a;
}

}  // namespace

Attempt decode_as(const Charset& charset, std::string_view data, bool lenient) {
  switch (charset.kind) {
    case Kind::utf8:
      return decode_utf8_text(data);
    case Kind::us_ascii:
      return decode_ascii(data);
    case Kind::latin1:
      return decode_single_byte(data, kLatin1, lenient);
    case Kind::windows1252:
      return decode_single_byte(data, kWindows1252, lenient);
    case Kind::utf16:
    case Kind::utf16be:
      return decode_utf16(data, true, lenient);
    case Kind::utf16le:
      return decode_utf16(data, false, lenient);
    case Kind::utf32:
    case Kind::utf32be:
      return decode_utf32(data, true, lenient);
    case Kind::utf32le:
      return decode_utf32(data, false, lenient);
    case Kind::iconv:
      return decode_iconv(data, charset.iconv_name);
  }
  return Attempt{};
}

bool replace_c1_controls(std::string& text) {
  // A C1 control is 0xC2 0x80-0x9F in UTF-8.
  std::size_t at = text.find('\xC2');
  if (at == std::string::npos) return false;
  std::string out;
  bool replaced = false;
  std::size_t from = 0;
  for (; at != std::string::npos && at + 1 < text.size(); at = text.find('\xC2', at + 1)) {
    const char32_t meant = windows1252_c1(static_cast<unsigned char>(text[at + 1]));
    if (meant == 0) continue;  // not C1, or one of windows-1252's holes: kept as it is
    out.append(text, from, at - from);
    append_utf8(out, meant);
    from = at + 2;
    replaced = true;
  }
  if (!replaced) return false;
  out.append(text, from, std::string::npos);
  text = std::move(out);
  return true;
}

}  // namespace feedpp::detail
