// SPDX-License-Identifier: MIT
#include "input/encoding.hpp"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/ascii.hpp"
#include "base/utf8.hpp"

namespace feedpp::detail {
namespace {

using Byte = unsigned char;

// How a charset is decoded: the common ones by hand, the rest through iconv. The generic UTF-16
// and UTF-32 kinds carry no byte order yet; settle() gives them one before anything is decoded.
enum class Kind : std::uint8_t {
  utf8,
  us_ascii,
  latin1,
  windows1252,
  utf16,
  utf16le,
  utf16be,
  utf32,
  utf32le,
  utf32be,
  iconv,
};

constexpr bool is_wide(Kind kind) { return kind >= Kind::utf16 && kind <= Kind::utf32be; }
constexpr bool is_utf32(Kind kind) { return kind >= Kind::utf32 && kind <= Kind::utf32be; }

struct Charset {
  std::string name;  // as reported: lower case, feedparser's spelling
  Kind kind = Kind::utf8;
  std::string iconv_name;  // for Kind::iconv
};

struct Known {
  std::string_view name;
  Kind kind;
  const char* iconv_name;
  // Normalised spellings (see normalise()), the name's own first, separated by spaces.
  std::string_view aliases;
};

// The names feeds use, spelled as Python's codec registry and the IANA registry spell them, so
// that a name feedparser accepts is accepted here and reported the same way.
constexpr std::array<Known, 48> kKnown = {{
    {"utf-8", Kind::utf8, nullptr,
     "utf8 u8 utf unicode11utf8 unicode20utf8 xunicode20utf8 cp65001"},
    {"us-ascii", Kind::us_ascii, nullptr,
     "usascii ascii ansix341968 ansix341986 iso646us iso646irv1991 us ibm367 cp367 csascii isoir6 "
     "646"},
    {"iso-8859-1", Kind::latin1, nullptr,
     "iso88591 latin1 l1 iso885911987 isoir100 ibm819 cp819 csisolatin1 8859 latin iso8859"},
    {"windows-1252", Kind::windows1252, nullptr, "windows1252 cp1252 xcp1252"},
    {"utf-16", Kind::utf16, nullptr, "utf16 u16 ucs2 iso10646ucs2 csunicode unicode"},
    {"utf-16le", Kind::utf16le, nullptr, "utf16le ucs2le unicodelittle"},
    {"utf-16be", Kind::utf16be, nullptr, "utf16be ucs2be unicodebig"},
    {"utf-32", Kind::utf32, nullptr, "utf32 u32 ucs4 iso10646ucs4 csucs4"},
    {"utf-32le", Kind::utf32le, nullptr, "utf32le ucs4le"},
    {"utf-32be", Kind::utf32be, nullptr, "utf32be ucs4be"},
    // GB18030 is a superset of GB2312, and servers say gb2312 for text that uses more (feedparser).
    {"gb18030", Kind::iconv, "GB18030", "gb18030 gb2312 gb231280 euccn xeuccn csgb2312 chinese"},
    {"gbk", Kind::iconv, "GBK", "gbk cp936 ms936 windows936"},
    {"big5", Kind::iconv, "BIG5", "big5 big5tw csbig5 xxbig5 cnbig5"},
    {"big5-hkscs", Kind::iconv, "BIG5-HKSCS", "big5hkscs hkscs"},
    {"euc-jp", Kind::iconv, "EUC-JP", "eucjp xeucjp ujis"},
    {"shift_jis", Kind::iconv, "SHIFT_JIS", "shiftjis sjis xsjis mskanji csshiftjis"},
    {"cp932", Kind::iconv, "CP932", "cp932 ms932 mscp932 windows31j"},
    {"iso-2022-jp", Kind::iconv, "ISO-2022-JP", "iso2022jp csiso2022jp"},
    {"euc-kr", Kind::iconv, "EUC-KR", "euckr xeuckr cseuckr ksc5601 ksc56011987 ksx1001 korean"},
    {"cp949", Kind::iconv, "CP949", "cp949 uhc ms949"},
    {"koi8-r", Kind::iconv, "KOI8-R", "koi8r cskoi8r"},
    {"koi8-u", Kind::iconv, "KOI8-U", "koi8u"},
    {"iso-8859-2", Kind::iconv, "ISO-8859-2", "iso88592 latin2 l2 isoir101 csisolatin2"},
    {"iso-8859-3", Kind::iconv, "ISO-8859-3", "iso88593 latin3 l3"},
    {"iso-8859-4", Kind::iconv, "ISO-8859-4", "iso88594 latin4 l4"},
    {"iso-8859-5", Kind::iconv, "ISO-8859-5", "iso88595 cyrillic"},
    {"iso-8859-6", Kind::iconv, "ISO-8859-6", "iso88596 arabic"},
    {"iso-8859-7", Kind::iconv, "ISO-8859-7", "iso88597 greek greek8"},
    {"iso-8859-8", Kind::iconv, "ISO-8859-8", "iso88598 hebrew"},
    {"iso-8859-9", Kind::iconv, "ISO-8859-9", "iso88599 latin5 l5"},
    {"iso-8859-10", Kind::iconv, "ISO-8859-10", "iso885910 latin6 l6"},
    {"iso-8859-11", Kind::iconv, "ISO-8859-11", "iso885911 thai"},
    {"iso-8859-13", Kind::iconv, "ISO-8859-13", "iso885913 latin7 l7"},
    {"iso-8859-14", Kind::iconv, "ISO-8859-14", "iso885914 latin8 l8"},
    {"iso-8859-15", Kind::iconv, "ISO-8859-15", "iso885915 latin9 l9"},
    {"iso-8859-16", Kind::iconv, "ISO-8859-16", "iso885916 latin10 l10"},
    {"windows-1250", Kind::iconv, "CP1250", "windows1250 cp1250 xcp1250"},
    {"windows-1251", Kind::iconv, "CP1251", "windows1251 cp1251 xcp1251"},
    {"windows-1253", Kind::iconv, "CP1253", "windows1253 cp1253 xcp1253"},
    {"windows-1254", Kind::iconv, "CP1254", "windows1254 cp1254 xcp1254"},
    {"windows-1255", Kind::iconv, "CP1255", "windows1255 cp1255 xcp1255"},
    {"windows-1256", Kind::iconv, "CP1256", "windows1256 cp1256 xcp1256"},
    {"windows-1257", Kind::iconv, "CP1257", "windows1257 cp1257 xcp1257"},
    {"windows-1258", Kind::iconv, "CP1258", "windows1258 cp1258 xcp1258"},
    {"windows-874", Kind::iconv, "CP874", "windows874 cp874"},
    {"tis-620", Kind::iconv, "TIS-620", "tis620 tis6200 tis62025291 tis62025330"},
    {"mac-roman", Kind::iconv, "MACINTOSH", "macroman macintosh mac xmacroman csmacintosh"},
    {"cp866", Kind::iconv, "IBM866", "cp866 ibm866 866 csibm866"},
}};

constexpr std::size_t kMaxNameLength = 40;
// How far into the document the XML declaration is looked for: junk (a PHP warning, blank
// lines) may come first, and the declaration itself is short.
constexpr std::size_t kMaxJunk = 1024;
constexpr std::size_t kMaxDeclaration = 256;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// Lower case without the punctuation that spellings of one name differ in: "ISO_8859-1",
// "iso8859-1" and "ISO-8859-1" all become "iso88591".
std::string normalise(std::string_view name) {
  std::string key;
  for (const char c : name) {
    if (c != '-' && c != '_' && c != '.' && c != ':' && c != ' ') key.push_back(ascii_lower(c));
  }
  return key;
}

bool has_token(std::string_view list, std::string_view token) {
  while (!list.empty()) {
    const std::size_t space = list.find(' ');
    if (list.substr(0, space) == token) return true;
    if (space == std::string_view::npos) break;
    list.remove_prefix(space + 1);
  }
  return false;
}

// Names go into messages; keep them short and printable whatever the document put there.
std::string printable(std::string_view s) {
  std::string out;
  for (const char c : s.substr(0, 64)) {
    out.push_back(c >= 0x20 && c <= 0x7E ? c : '?');
  }
  if (s.size() > 64) out += "...";
  return out;
}

// iconv_open's failure value is (iconv_t)-1 by POSIX; no way around the integer-to-pointer cast.
iconv_t invalid_iconv() {
  // NOLINTNEXTLINE(performance-no-int-to-ptr)
  return reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1));
}

// Owns an iconv descriptor to UTF-8, so that every path closes it.
class Iconv {
 public:
  explicit Iconv(const char* from) : cd_(iconv_open("UTF-8", from)) {}
  ~Iconv() {
    if (ok()) iconv_close(cd_);
  }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;
  Iconv(Iconv&&) = delete;
  Iconv& operator=(Iconv&&) = delete;

  [[nodiscard]] bool ok() const { return cd_ != invalid_iconv(); }
  [[nodiscard]] iconv_t get() const { return cd_; }

 private:
  iconv_t cd_;
};

// Returns the charset `raw` names, or nothing when neither the table nor iconv knows it.
std::optional<Charset> lookup(std::string_view raw) {
  const std::string_view name = trim(raw);
  if (name.empty() || name.size() > kMaxNameLength) return std::nullopt;
  const std::string key = normalise(name);
  for (const Known& known : kKnown) {
    if (has_token(known.aliases, key)) {
      return Charset{std::string(known.name), known.kind,
                     known.iconv_name != nullptr ? known.iconv_name : ""};
    }
  }
  // Anything else glibc converts is fine too, but only plain names: "//" would pass
  // iconv options such as //IGNORE, which would make the strict check lenient.
  std::string lowered = lower(name);
  for (const char c : lowered) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                    c == '.' || c == ':' || c == '+';
    if (!ok) return std::nullopt;
  }
  if (!Iconv(lowered.c_str()).ok()) return std::nullopt;
  return Charset{lowered, Kind::iconv, lowered};
}

Charset charset_of(Kind kind) {
  switch (kind) {
    case Kind::utf16le:
      return {"utf-16le", kind, {}};
    case Kind::utf16be:
      return {"utf-16be", kind, {}};
    case Kind::utf32le:
      return {"utf-32le", kind, {}};
    case Kind::utf32be:
      return {"utf-32be", kind, {}};
    default:
      return {"utf-8", Kind::utf8, {}};
  }
}

const Byte* bytes(std::string_view s) { return reinterpret_cast<const Byte*>(s.data()); }

// Byte order marks and, without one, the first characters of `<?xml` in each form (XML 1.0
// appendix F.1). `length` is what the BOM takes; the markers are part of the text.
struct Sniffed {
  std::optional<Kind> kind;
  std::size_t length = 0;
};

Sniffed sniff(std::string_view input) {
  const Byte* p = bytes(input);
  const std::size_t n = input.size();
  const auto at = [&](std::size_t i) -> int { return i < n ? p[i] : -1; };
  const auto starts = [&](int a, int b, int c, int d) {
    return at(0) == a && at(1) == b && (c < 0 || at(2) == c) && (d < 0 || at(3) == d);
  };
  if (starts(0x00, 0x00, 0xFE, 0xFF)) return {Kind::utf32be, 4};
  if (starts(0xFF, 0xFE, 0x00, 0x00)) return {Kind::utf32le, 4};
  // As in feedparser, FE FF 00 00 (the mirror of the UTF-32LE BOM) is not taken as UTF-16.
  const bool zeros_follow = at(2) == 0x00 && at(3) == 0x00;
  if (starts(0xFE, 0xFF, -1, -1) && !zeros_follow) return {Kind::utf16be, 2};
  if (starts(0xFF, 0xFE, -1, -1)) return {Kind::utf16le, 2};
  if (starts(0xEF, 0xBB, 0xBF, -1)) return {Kind::utf8, 3};
  if (starts(0x00, 0x00, 0x00, 0x3C)) return {Kind::utf32be, 0};
  if (starts(0x3C, 0x00, 0x00, 0x00)) return {Kind::utf32le, 0};
  // Beyond `<?`: `<` then a NUL can't start an ASCII-compatible XML document, so any `<x` in
  // UTF-16 (a BOM-less `<rss`) is recognised too.
  if (n >= 4 && p[0] == 0x00 && p[1] == 0x3C && p[2] == 0x00 && p[3] != 0x00) {
    return {Kind::utf16be, 0};
  }
  if (n >= 4 && p[0] == 0x3C && p[1] == 0x00 && p[2] != 0x00 && p[3] == 0x00) {
    return {Kind::utf16le, 0};
  }
  return {};
}

// The start of `data` with every character as one char (non-ASCII ones as 0x1A), so that the
// XML declaration can be read whatever the width of the characters.
std::string ascii_prefix(std::string_view data, std::optional<Kind> kind) {
  constexpr std::size_t kChars = kMaxJunk + kMaxDeclaration + 8;
  if (!kind || !is_wide(*kind)) return std::string(data.substr(0, kChars));
  const std::size_t unit = is_utf32(*kind) ? 4 : 2;
  const bool big = *kind == Kind::utf16be || *kind == Kind::utf32be;
  const Byte* p = bytes(data);
  std::string out;
  for (std::size_t i = 0; i + unit <= data.size() && out.size() < kChars; i += unit) {
    std::uint32_t cp = 0;
    for (std::size_t k = 0; k < unit; ++k) {
      const std::uint32_t b = p[i + (big ? k : unit - 1 - k)];
      cp = (cp << 8) | b;
    }
    out.push_back(cp < 0x80 ? static_cast<char>(cp) : '\x1A');
  }
  return out;
}

bool starts_with_nocase(std::string_view s, std::string_view lowered_prefix) {
  if (s.size() < lowered_prefix.size()) return false;
  for (std::size_t i = 0; i < lowered_prefix.size(); ++i) {
    if (ascii_lower(s[i]) != lowered_prefix[i]) return false;
  }
  return true;
}

struct Declaration {
  bool found = false;  // an `<?xml ` was seen, in the prefix's own characters
  std::string encoding;
};

Declaration find_declaration(std::string_view text) {
  Declaration d;
  const std::size_t last_start = std::min(text.size(), kMaxJunk + 1);
  std::size_t start = 0;
  while (start < last_start && !(starts_with_nocase(text.substr(start), "<?xml") &&
                                 start + 5 < text.size() && is_xml_space(text[start + 5]))) {
    ++start;
  }
  if (start >= last_start) return d;
  d.found = true;
  std::string_view decl = text.substr(start + 5, kMaxDeclaration);
  decl = decl.substr(0, decl.find("?>"));
  // XML 1.0 [80]: EncodingDecl ::= S 'encoding' Eq ('"' EncName '"' | "'" EncName "'"), where
  // Eq allows spaces around '='.
  for (std::size_t i = 0; i + 8 <= decl.size(); ++i) {
    if (!starts_with_nocase(decl.substr(i), "encoding")) continue;
    std::size_t j = i + 8;
    while (j < decl.size() && is_xml_space(decl[j])) ++j;
    if (j >= decl.size() || decl[j] != '=') continue;
    ++j;
    while (j < decl.size() && is_xml_space(decl[j])) ++j;
    if (j >= decl.size() || (decl[j] != '"' && decl[j] != '\'')) continue;
    const std::size_t close = decl.find(decl[j], j + 1);
    if (close == std::string_view::npos) continue;
    d.encoding = lower(trim(decl.substr(j + 1, close - j - 1)));
    break;
  }
  return d;
}

// True when the bytes start as ASCII-compatible XML does: `<` and a printable character, both
// single bytes, after any whitespace.
bool plainly_ascii(std::string_view data) {
  std::size_t i = 0;
  while (i < data.size() && i < kMaxJunk &&
         (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n')) {
    ++i;
  }
  return i + 1 < data.size() && data[i] == '<' && data[i + 1] > 0x20 && data[i + 1] < 0x7F;
}

// A generic "utf-16"/"utf-32" (no BOM to say which) gets the byte order the NUL bytes suggest:
// ASCII characters have theirs on the high side. RFC 2781 §4.3 makes big-endian the default.
Kind guess_byte_order(std::string_view data, bool utf32) {
  const std::size_t unit = utf32 ? 4 : 2;
  std::size_t high_first = 0;
  std::size_t high_last = 0;
  const std::size_t n = std::min(data.size(), std::size_t{4096}) / unit * unit;
  for (std::size_t i = 0; i < n; i += unit) {
    high_first += data[i] == '\0' ? 1u : 0u;
    high_last += data[i + unit - 1] == '\0' ? 1u : 0u;
  }
  if (utf32) return high_last > high_first ? Kind::utf32le : Kind::utf32be;
  return high_last > high_first ? Kind::utf16le : Kind::utf16be;
}

// Gives a UTF-16/UTF-32 family name its concrete form: the one the BOM or marker showed (the
// BOM knows the byte order better than any label), else a guess.
Charset settle(Charset charset, std::optional<Kind> sniffed, std::string_view data) {
  if (!is_wide(charset.kind)) return charset;
  if (sniffed && is_wide(*sniffed)) return charset_of(*sniffed);
  if (charset.kind == Kind::utf16 || charset.kind == Kind::utf32) {
    return charset_of(guess_byte_order(data, charset.kind == Kind::utf32));
  }
  return charset;
}

// The result of decoding with one candidate.
struct Attempt {
  bool ok = false;
  bool borrow = false;  // the text is the input as it is
  std::string text;
  std::size_t replaced = 0;        // U+FFFD written for invalid sequences
  std::size_t first_replaced = 0;  // where the first one is in `text`
};

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
  const Utf8Counts counts = count_utf8(s);
  if (counts.bad == 0 && !counts.cut) {
    a.ok = a.borrow = true;
    return a;
  }
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
  constexpr std::array<char16_t, 32> kC1 = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
  };
  HighHalf t = make_latin1();
  for (std::size_t i = 0; i < kC1.size(); ++i) t[i] = kC1[i];
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

// `lenient` is for UTF-16/32 whose use a BOM or marker made certain.
Attempt decode_as(const Charset& charset, std::string_view data, bool lenient) {
  switch (charset.kind) {
    case Kind::utf8:
      return decode_utf8_text(data);
    case Kind::us_ascii:
      return decode_ascii(data);
    case Kind::latin1:
      return decode_single_byte(data, kLatin1, false);
    case Kind::windows1252:
      return decode_single_byte(data, kWindows1252, false);
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

struct MediaType {
  std::string type;     // lower case, no parameters
  std::string charset;  // lower case, unquoted; "" when absent
};

MediaType parse_content_type(std::string_view value) {
  MediaType m;
  std::size_t semi = value.find(';');
  m.type = lower(trim(value.substr(0, semi)));
  while (semi != std::string_view::npos) {
    value.remove_prefix(semi + 1);
    semi = value.find(';');
    const std::string_view param = value.substr(0, semi);
    const std::size_t eq = param.find('=');
    if (eq == std::string_view::npos || lower(trim(param.substr(0, eq))) != "charset") continue;
    std::string_view v = trim(param.substr(eq + 1));
    while (!v.empty() && (v.front() == '"' || v.front() == '\'')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == '"' || v.back() == '\'')) v.remove_suffix(1);
    m.charset = lower(trim(v));
  }
  return m;
}

enum class MediaClass { application_xml, text_xml, text_other, other };

// RFC 3023 §3: the XML media types, and which of them default to us-ascii.
MediaClass classify(std::string_view type) {
  const auto starts = [&](std::string_view p) { return type.substr(0, p.size()) == p; };
  const bool plus_xml = type.size() > 4 && type.substr(type.size() - 4) == "+xml";
  if (type == "application/xml" || type == "application/xml-dtd" ||
      type == "application/xml-external-parsed-entity" || (starts("application/") && plus_xml)) {
    return MediaClass::application_xml;
  }
  if (type == "text/xml" || type == "text/xml-external-parsed-entity" ||
      (starts("text/") && plus_xml)) {
    return MediaClass::text_xml;
  }
  return starts("text/") ? MediaClass::text_other : MediaClass::other;
}

bool names_wide(std::string_view name) {
  const std::optional<Charset> charset = lookup(name);
  return charset && is_wide(charset->kind);
}

}  // namespace

// NOLINTNEXTLINE(bugprone-easily-swappable-parameters): the interface is fixed in encoding.hpp
DecodedDocument decode_document(std::string_view input, std::string_view content_type,
                                std::string_view default_encoding) {
  DecodedDocument doc;
  const auto report = [&doc](ErrorCode code, std::string message, std::size_t offset = 0) {
    doc.issues.push_back({code, offset, std::move(message)});
  };

  const Sniffed sniffed = sniff(input);
  const std::string_view data = input.substr(sniffed.length);
  const bool wide = sniffed.kind && is_wide(*sniffed.kind);
  const std::string sniffed_name = sniffed.kind ? charset_of(*sniffed.kind).name : std::string();

  const Declaration decl = find_declaration(ascii_prefix(data, sniffed.kind));
  // `<?xml`, or `<` and another printable character, read one byte each: the bytes are
  // ASCII-compatible, whatever a label says.
  const bool ascii_compatible = !wide && (decl.found || plainly_ascii(data));

  std::string xml = decl.encoding;
  std::string http;
  std::optional<MediaClass> media;
  if (!content_type.empty()) {
    const MediaType m = parse_content_type(content_type);
    media = classify(m.type);
    http = m.charset;
    if (*media == MediaClass::text_other || *media == MediaClass::other) {
      report(ErrorCode::non_xml_content_type,
             "Content-Type \"" + printable(m.type) + "\" is not an XML media type");
    }
  }
  if (!xml.empty()) {
    if (wide && names_wide(xml)) {
      xml = sniffed_name;
    } else if (wide) {
      // The declaration was just read as UTF-16/32, so it cannot be right about another charset.
      report(ErrorCode::encoding_override, "the XML declaration says " + printable(xml) +
                                               " but the document is in " + sniffed_name +
                                               "; the declaration was ignored");
      xml.clear();
    } else if (names_wide(xml)) {
      report(ErrorCode::encoding_override, "the XML declaration says " + printable(xml) +
                                               " but the document is ASCII-compatible; the "
                                               "declaration was ignored");
      xml.clear();
    }
  }
  if (!http.empty() && *media != MediaClass::other && ascii_compatible && names_wide(http)) {
    report(ErrorCode::encoding_override, "the HTTP charset says " + printable(http) +
                                             " but the document is ASCII-compatible; the "
                                             "charset was ignored");
    http.clear();
  }

  // RFC 3023 §3 as feedparser applies it; without HTTP, what the document says of itself.
  std::string primary;
  bool defaulted = false;
  const auto first_of = [&](std::initializer_list<std::string_view> names,
                            std::string_view fallback) {
    for (const std::string_view name : names) {
      if (!name.empty()) return std::string(name);
    }
    defaulted = true;
    return std::string(fallback);
  };
  if (!media) {
    // The caller's default is a guess, not a claim, so a wrong one is dropped without a word.
    std::string fallback = lower(trim(default_encoding));
    if (ascii_compatible && names_wide(fallback)) fallback.clear();
    primary = first_of({xml, sniffed_name, fallback}, "utf-8");
  } else if (*media == MediaClass::application_xml) {
    primary = first_of({http, xml}, "utf-8");
  } else if (*media == MediaClass::other) {
    primary = first_of({xml}, "utf-8");
  } else {
    primary = first_of({http}, "us-ascii");
  }
  // A default yields to a UTF-16/32 BOM or marker: read as ASCII, such bytes are NUL-ridden
  // text no XML parser accepts, and XML 1.0 §4.3.3 lets the BOM alone identify UTF-16.
  if (wide && defaulted) primary = sniffed_name;

  const auto resolve = [&](std::string_view name) -> std::optional<Charset> {
    std::optional<Charset> charset = lookup(name);
    if (charset) charset = settle(std::move(*charset), sniffed.kind, data);
    return charset;
  };
  const std::optional<Charset> primary_charset = resolve(primary);
  std::vector<std::string> unknown;
  const auto note_unknown = [&unknown](std::string_view name) {
    if (std::find(unknown.begin(), unknown.end(), name) == unknown.end()) {
      unknown.emplace_back(name);
    }
  };
  if (!primary_charset) note_unknown(primary);

  // A UTF-16/32 BOM or marker is certain enough to go first and to repair rather than fail.
  const std::array<std::string_view, 6> candidates = {
      wide ? std::string_view(sniffed_name) : std::string_view(),
      primary,
      xml,
      sniffed_name,
      "utf-8",
      "windows-1252",
  };
  std::vector<std::string> tried;
  Attempt result;
  std::string winner;
  for (const std::string_view name : candidates) {
    if (name.empty()) continue;
    const std::optional<Charset> charset = resolve(name);
    if (!charset) {
      note_unknown(name);
      continue;
    }
    if (std::find(tried.begin(), tried.end(), charset->name) != tried.end()) continue;
    tried.push_back(charset->name);
    result = decode_as(*charset, data, wide && charset->kind == *sniffed.kind);
    if (result.ok) {
      winner = charset->name;
      break;
    }
  }
  if (!result.ok) {
    // windows-1252 failed only on its five undefined bytes; nothing decodes more of the input.
    result = decode_single_byte(data, kWindows1252, true);
    winner = "windows-1252";
  }

  for (const std::string& name : unknown) {
    report(ErrorCode::encoding_unknown,
           "unknown charset \"" + printable(name) + "\"; parsed as " + winner);
  }
  if (primary_charset && primary_charset->name != winner) {
    const bool text_media =
        media && (*media == MediaClass::text_xml || *media == MediaClass::text_other);
    std::string why;
    if (!defaulted) {
      why = "document declared as " + primary_charset->name + ", but parsed as ";
    } else if (text_media) {
      why = "a text/ media type without a charset means " + primary_charset->name +
            ", which the document is not: parsed as ";
    } else {
      why =
          "no charset declared, and the document is not " + primary_charset->name + ": parsed as ";
    }
    report(ErrorCode::encoding_override, why + winner);
  }
  if (result.replaced > 0) {
    report(ErrorCode::invalid_bytes,
           std::to_string(result.replaced) + " invalid byte sequence" +
               (result.replaced == 1 ? "" : "s") + " in " + winner + " replaced with U+FFFD",
           result.first_replaced);
  }

  doc.borrowed = result.borrow;
  doc.skip = result.borrow ? sniffed.length : 0;
  doc.owned = std::move(result.text);
  doc.encoding = std::move(winner);
  return doc;
}

}  // namespace feedpp::detail
