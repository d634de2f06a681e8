// SPDX-License-Identifier: MIT
// The table of known charsets and their aliases, and the lookup of a label in it (then in iconv).
#include "input/charsets.hpp"

#include <array>

#include "base/ascii.hpp"

namespace feedpp::detail {
namespace {

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

}  // namespace

std::optional<Charset> lookup(std::string_view label) {
  const std::string_view name = trim(label);
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
    case Kind::windows1252:
      return {"windows-1252", kind, {}};
    default:
      return {"utf-8", Kind::utf8, {}};
  }
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

}  // namespace feedpp::detail
