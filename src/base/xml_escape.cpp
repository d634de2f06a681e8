// SPDX-License-Identifier: MIT
#include "base/xml_escape.hpp"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <simdjson.h>

#include "base/utf8.hpp"

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

// Returns the first byte from `p` that `table` does not copy as it is, or `end`. Most text is
// long runs of such bytes, so where SSE2 allows, 16 bytes are tested at once for the candidates
// of every mode ('&', '<', '>', '"', control and non-ASCII bytes), which the table then decides.
// In text known to be well-formed UTF-8 (`utf8`), the only non-ASCII candidates are the lead
// bytes of the characters that are written otherwise: C2 (C1 controls) and EF (U+FFFE, U+FFFF);
// every other character is copied with its run, which in Chinese or Russian text is all of them.
const unsigned char* next_special(const unsigned char* p, const unsigned char* end,
                                  const Table& table, bool utf8) {
#if defined(__SSE2__)
  const __m128i amp = _mm_set1_epi8('&');
  const __m128i lt = _mm_set1_epi8('<');
  const __m128i gt = _mm_set1_epi8('>');
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i top3 = _mm_set1_epi8(static_cast<char>(0xE0));
  const __m128i zero = _mm_setzero_si128();
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2));
  const __m128i ef = _mm_set1_epi8(static_cast<char>(0xEF));
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i hit =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, amp), _mm_cmpeq_epi8(v, lt)),
                     _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, gt), _mm_cmpeq_epi8(v, quote)),
                                  _mm_cmpeq_epi8(_mm_and_si128(v, top3), zero)));
    // Non-ASCII bytes have their high bit set, which movemask collects as they are.
    const __m128i non_ascii = utf8 ? _mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, ef)) : v;
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(hit, non_ascii)));
    for (; mask != 0; mask &= mask - 1) {
      const unsigned char* at = p + __builtin_ctz(mask);
      if (table[*at] != kCopy) return at;
    }
    p += 16;
  }
#endif
  // In UTF-8, this may start inside a character whose lead byte a block above copied.
  while (p < end && (table[*p] == kCopy || (utf8 && *p >= 0x80 && *p != 0xC2 && *p != 0xEF))) {
    ++p;
  }
  return p;
}

// Collects output in a small buffer and appends it to the string in blocks: escaped text is
// mostly short runs and short references, and one std::string::append per piece costs more than
// the copying itself.
class Batch {
 public:
  explicit Batch(std::string& out) : out_(out) {}
  Batch(const Batch&) = delete;
  Batch& operator=(const Batch&) = delete;
  ~Batch() { flush(); }

  void put(const char* s, std::size_t n) {
    if (used_ + n > sizeof buf_) {
      flush();
      if (n > sizeof buf_) {
        out_.append(s, n);
        return;
      }
    }
    std::memcpy(buf_ + used_, s, n);
    used_ += n;
  }
  void put(std::string_view s) { put(s.data(), s.size()); }

  // Whether what was written so far ends with "]]".
  [[nodiscard]] bool ends_with_brackets() const { return back(1) == ']' && back(2) == ']'; }

 private:
  // The character `n` places from the end of what was written (1: the last), or NUL.
  [[nodiscard]] char back(std::size_t n) const {
    if (n <= used_) return buf_[used_ - n];
    n -= used_;
    return n <= out_.size() ? out_[out_.size() - n] : '\0';
  }

  void flush() {
    out_.append(buf_, used_);
    used_ = 0;
  }

  std::string& out_;
  char buf_[1024];
  std::size_t used_ = 0;
};

// Writes the valid, allowed character at p (or U+FFFD for an ill-formed sequence) and returns
// the number of bytes consumed.
std::size_t put_non_ascii(Batch& out, const unsigned char* p, const unsigned char* end) {
  std::size_t len = 0;
  const char32_t cp = decode_utf8(p, end, len);
  if (cp == kBadUtf8) {
    out.put(kReplacementUtf8);
  } else if (const char32_t meant = windows1252_c1(cp); meant != 0) {
    // A C1 control reads back as what windows-1252 means by it: written so, it reads the same.
    std::string utf8;
    append_utf8(utf8, meant);
    out.put(utf8);
  } else if (cp != 0xFFFE && cp != 0xFFFF) {  // the only non-ASCII characters XML 1.0 forbids
    out.put(reinterpret_cast<const char*>(p), len);
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
  Batch batch(out);
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const auto* const end = p + in.size();
  // A long text is checked for UTF-8 at once (SIMD, at many GB/s), so that its characters need
  // not be decoded one by one; a short one is not worth the call.
  constexpr std::size_t kCheckedFrom = 64;
  const bool utf8 = in.size() >= kCheckedFrom && simdjson::validate_utf8(in.data(), in.size());
  while (p < end) {
    const auto* run = p;
    p = next_special(p, end, table, utf8);
    batch.put(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
    if (p == end) break;
    switch (table[*p]) {
      case kAmp:
        batch.put("&amp;");
        break;
      case kLt:
        batch.put("&lt;");
        break;
      case kGt:
        if (mode != EscapeMode::cdata) {
          batch.put("&gt;");
        } else if (batch.ends_with_brackets()) {
          // Split the section: the first ends with "]]", the next starts with ">". Looking at
          // what was written, not at the input, also catches a "]]>" that a dropped control
          // character joined ("]\x01]>").
          batch.put("]]><![CDATA[>");
        } else {
          batch.put(">");
        }
        break;
      case kQuote:
        batch.put("&quot;");
        break;
      case kTab:
        batch.put("&#9;");
        break;
      case kLf:
        batch.put("&#10;");
        break;
      case kCr:
        // A raw CR would read back as LF (XML 1.0 §2.11); CDATA cannot hold a reference.
        batch.put(mode == EscapeMode::cdata ? "]]>&#13;<![CDATA[" : "&#13;");
        break;
      case kNonAscii:
        p += put_non_ascii(batch, p, end);
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

bool repairs_to_nothing(std::string_view in) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const auto* const end = p + in.size();
  while (p < end) {
    std::size_t len = 0;
    const char32_t c = decode_utf8(p, end, len);
    if (c == kBadUtf8 || is_xml_char(c)) return false;  // U+FFFD, or the character: kept
    p += len;
  }
  return true;
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
