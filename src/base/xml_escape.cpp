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

#if defined(__SSE2__)
// The bytes among the 16 at `p` that may need doing, as a bit mask: the candidates of every mode
// ('&', '<', '>', '"', control and non-ASCII bytes), which the table then decides. In text known
// to be well-formed UTF-8 (`utf8`), the only non-ASCII candidates are the lead bytes of the
// characters that are written otherwise: C2 (C1 controls) and EF (U+FFFE, U+FFFF); every other
// character is copied with its run, which in Chinese or Russian text is all of them.
inline unsigned candidates(__m128i v, bool utf8) {
  const __m128i hit = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('&')), _mm_cmpeq_epi8(v, _mm_set1_epi8('<'))),
      _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('>')),
                                _mm_cmpeq_epi8(v, _mm_set1_epi8('"'))),
                   _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(static_cast<char>(0xE0))),
                                  _mm_setzero_si128())));
  // Non-ASCII bytes have their high bit set, which movemask collects as they are.
  const __m128i non_ascii =
      utf8 ? _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xC2))),
                          _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xEF))))
           : v;
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(hit, non_ascii)));
}
#endif

// Writes into the string's own buffer, made room for ahead with resize() (whose zero fill costs
// less than copying each piece twice, or calling append() for each): escaped text is mostly
// short runs and short references. What is left over is cut when the text is done.
class Out {
 public:
  // `expected`: about how many bytes the text will take.
  Out(std::string& out, std::size_t expected) : out_(out), start_(out.size()) {
    out_.resize(start_ + expected + kSlack);
    w_ = out_.data() + start_;
    end_ = out_.data() + out_.size();
  }
  Out(const Out&) = delete;
  Out& operator=(const Out&) = delete;
  ~Out() { out_.resize(static_cast<std::size_t>(w_ - out_.data())); }

  // Makes room for `n` bytes more, and half as much as this text took so far: references
  // outgrow what they stand for.
  void reserve(std::size_t n) {
    if (static_cast<std::size_t>(end_ - w_) >= n) return;
    const auto written = static_cast<std::size_t>(w_ - out_.data());
    out_.resize(written + n + (written - start_) / 2 + kSlack);
    w_ = out_.data() + written;
    end_ = out_.data() + out_.size();
  }
  void put(const char* s, std::size_t n) {
    reserve(n);
    std::memcpy(w_, s, n);
    w_ += n;
  }
  void put(std::string_view s) { put(s.data(), s.size()); }
  // Writes the first `n` (at most 8) of the 8 bytes at `s`. Requires: reserve(8).
  void put8(const char* s, std::size_t n) {
    std::memcpy(w_, s, 8);
    w_ += n;
  }
#if defined(__SSE2__)
  // Writes the first `n` (at most 16) of the 16 bytes `v`. Requires: reserve(16).
  void put16(__m128i v, std::size_t n) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(w_), v);
    w_ += n;
  }
#endif

  // Whether what was written so far ends with "]]".
  [[nodiscard]] bool ends_with_brackets() const {
    return w_ - out_.data() >= 2 && w_[-1] == ']' && w_[-2] == ']';
  }

 private:
  static constexpr std::size_t kSlack = 64;
  std::string& out_;
  std::size_t start_;  // where this text's output begins
  char* w_;
  char* end_;
};

// Writes the valid, allowed character at p (or U+FFFD for an ill-formed sequence) and returns
// the number of bytes consumed.
std::size_t put_non_ascii(Out& out, const unsigned char* p, const unsigned char* end) {
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

// The references of the bytes every mode but CDATA writes as one, padded to 8 bytes so that each
// is written with one store; by ByteClass.
struct Reference {
  char text[8];
  std::size_t size;
};
constexpr std::array<Reference, kNonAscii> kReferences = {{
    {{}, 0},            // kCopy
    {"&amp;\0\0", 5},   // kAmp
    {"&lt;\0\0\0", 4},  // kLt
    {"&gt;\0\0\0", 4},  // kGt
    {"&quot;\0", 6},    // kQuote
    {"&#9;\0\0\0", 4},  // kTab
    {"&#10;\0\0", 5},   // kLf
    {"&#13;\0\0", 5},   // kCr
    {{}, 0},            // kForbidden: dropped
}};

// What append_escaped() knows as it goes.
struct EscapeState {
  const Table& table;
  EscapeMode mode;
  const unsigned char* end;
  bool utf8 = false;     // the rest of the text is well-formed UTF-8
  bool checked = false;  // the rest was checked once
  unsigned decoded = 0;  // non-ASCII characters decoded one by one so far
};

// Whether bytes of class `c` are written as their entry of kReferences in `mode` (CDATA holds no
// reference: a '>' or a CR there is written otherwise).
constexpr bool written_as_reference(ByteClass c, EscapeMode mode) {
  return c < kNonAscii && (mode != EscapeMode::cdata || (c != kGt && c != kCr));
}

// Writes the reference of class `c` (one written_as_reference()) with one store.
inline void put_reference(Out& out, ByteClass c) {
  out.reserve(8);
  out.put8(kReferences[c].text, kReferences[c].size);
}

// Writes what the byte at `p` (one `table` does not copy as it is) stands for, and returns the
// byte after it.
const unsigned char* put_special(Out& out, const unsigned char* p, EscapeState& s) {
  // A text's first few non-ASCII characters are decoded one by one; at the next, what is left of
  // a long text is checked for UTF-8 at once (SIMD, at many GB/s), so that its characters need
  // not be: a text with many (Chinese, Russian) pays one check, an ASCII text or one with a
  // name or two in it (café, São Paulo) none. The byte starts a character: what came before was
  // read character by character.
  constexpr unsigned kDecodedFirst = 8;
  constexpr std::size_t kCheckedFrom = 64;
  const ByteClass c = s.table[*p];
  if (c == kNonAscii) {
    if (!s.checked && ++s.decoded > kDecodedFirst &&
        static_cast<std::size_t>(s.end - p) >= kCheckedFrom) {
      s.checked = true;
      s.utf8 = simdjson::validate_utf8(reinterpret_cast<const char*>(p),
                                       static_cast<std::size_t>(s.end - p));
    }
    return p + put_non_ascii(out, p, s.end);
  }
  if (written_as_reference(c, s.mode)) {
    put_reference(out, c);
  } else if (c == kCr) {
    // A raw CR would read back as LF (XML 1.0 §2.11), and CDATA cannot hold a reference.
    out.put("]]>&#13;<![CDATA[");
  } else if (out.ends_with_brackets()) {  // '>' in CDATA
    // Split the section: the first ends with "]]", the next starts with ">". Looking at what
    // was written, not at the input, also catches a "]]>" that a dropped control character
    // joined ("]\x01]>").
    out.put("]]><![CDATA[>");
  } else {
    out.put(">");
  }
  return p + 1;
}

}  // namespace

void append_escaped(std::string& out, std::string_view in, EscapeMode mode) {
  const Table& table = mode == EscapeMode::text        ? kTextTable
                       : mode == EscapeMode::attribute ? kAttributeTable
                       : mode == EscapeMode::cdata     ? kCdataTable
                                                       : kRepairTable;
  Out o(out, in.size());
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  EscapeState state{table, mode, p + in.size()};
  const unsigned char* const end = state.end;
#if defined(__SSE2__)
  // 16 bytes at a time: copied with one store, then each byte among them that needs doing done
  // and the rest of the block stored again after it. In escaped HTML such bytes come a few
  // apart, where a call to copy each run would cost more than the bytes.
  constexpr std::size_t kRoom = 16 * 17;  // the worst a block can take (17: "]]><![CDATA[>")
  while (end - p >= 16) {
    const unsigned char* const block = p;
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block));
    o.reserve(kRoom);
    unsigned mask = candidates(v, state.utf8);
    if (mask == 0) {
      o.put16(v, 16);
      p += 16;
      continue;
    }
    const unsigned char* run = p;  // bytes from here up to the next special are copied
    // A run lies inside the block: 16 bytes from its start are there to read but in the last
    // block, and written with one store.
    const auto put_run = [&](const unsigned char* to) {
      const auto n = static_cast<std::size_t>(to - run);
      if (end - run >= 16) {
        o.put16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(run)), n);
      } else {
        o.put(reinterpret_cast<const char*>(run), n);
      }
    };
    for (; mask != 0; mask &= mask - 1) {
      const unsigned char* const at = block + __builtin_ctz(mask);
      // Passed over: a byte of a character written already, or one copied as it is.
      if (at < p || table[*at] == kCopy) continue;
      put_run(at);
      const ByteClass c = table[*at];
      if (written_as_reference(c, mode)) {
        put_reference(o, c);
        p = at + 1;
      } else {
        p = put_special(o, at, state);
      }
      run = p;
      o.reserve(kRoom);
    }
    if (run < block + 16) {
      put_run(block + 16);
      p = block + 16;
    }
  }
#endif
  const unsigned char* run = p;
  while (p < end) {
    // In UTF-8, this may start inside a character whose lead byte a block above copied.
    if (table[*p] == kCopy || (state.utf8 && *p >= 0x80 && *p != 0xC2 && *p != 0xEF)) {
      ++p;
      continue;
    }
    o.put(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
    p = put_special(o, p, state);
    run = p;
  }
  o.put(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
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
