// SPDX-License-Identifier: MIT
#include "html/html_escape.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "base/ascii.hpp"
#include "base/utf8.hpp"
#include "html/html_tokenizer.hpp"

namespace feedpp::detail {
namespace {

// The named references feedparser writes back as they came: Python's
// html.entities.name2codepoint (HTML 4's 252) and &apos;. A table, sorted by name.
constexpr std::array<std::pair<std::string_view, char32_t>, 253> kHtml4Entities = {{
    {"AElig", 0xC6},     {"Aacute", 0xC1},   {"Acirc", 0xC2},     {"Agrave", 0xC0},
    {"Alpha", 0x391},    {"Aring", 0xC5},    {"Atilde", 0xC3},    {"Auml", 0xC4},
    {"Beta", 0x392},     {"Ccedil", 0xC7},   {"Chi", 0x3A7},      {"Dagger", 0x2021},
    {"Delta", 0x394},    {"ETH", 0xD0},      {"Eacute", 0xC9},    {"Ecirc", 0xCA},
    {"Egrave", 0xC8},    {"Epsilon", 0x395}, {"Eta", 0x397},      {"Euml", 0xCB},
    {"Gamma", 0x393},    {"Iacute", 0xCD},   {"Icirc", 0xCE},     {"Igrave", 0xCC},
    {"Iota", 0x399},     {"Iuml", 0xCF},     {"Kappa", 0x39A},    {"Lambda", 0x39B},
    {"Mu", 0x39C},       {"Ntilde", 0xD1},   {"Nu", 0x39D},       {"OElig", 0x152},
    {"Oacute", 0xD3},    {"Ocirc", 0xD4},    {"Ograve", 0xD2},    {"Omega", 0x3A9},
    {"Omicron", 0x39F},  {"Oslash", 0xD8},   {"Otilde", 0xD5},    {"Ouml", 0xD6},
    {"Phi", 0x3A6},      {"Pi", 0x3A0},      {"Prime", 0x2033},   {"Psi", 0x3A8},
    {"Rho", 0x3A1},      {"Scaron", 0x160},  {"Sigma", 0x3A3},    {"THORN", 0xDE},
    {"Tau", 0x3A4},      {"Theta", 0x398},   {"Uacute", 0xDA},    {"Ucirc", 0xDB},
    {"Ugrave", 0xD9},    {"Upsilon", 0x3A5}, {"Uuml", 0xDC},      {"Xi", 0x39E},
    {"Yacute", 0xDD},    {"Yuml", 0x178},    {"Zeta", 0x396},     {"aacute", 0xE1},
    {"acirc", 0xE2},     {"acute", 0xB4},    {"aelig", 0xE6},     {"agrave", 0xE0},
    {"alefsym", 0x2135}, {"alpha", 0x3B1},   {"amp", 0x26},       {"and", 0x2227},
    {"ang", 0x2220},     {"apos", 0x27},     {"aring", 0xE5},     {"asymp", 0x2248},
    {"atilde", 0xE3},    {"auml", 0xE4},     {"bdquo", 0x201E},   {"beta", 0x3B2},
    {"brvbar", 0xA6},    {"bull", 0x2022},   {"cap", 0x2229},     {"ccedil", 0xE7},
    {"cedil", 0xB8},     {"cent", 0xA2},     {"chi", 0x3C7},      {"circ", 0x2C6},
    {"clubs", 0x2663},   {"cong", 0x2245},   {"copy", 0xA9},      {"crarr", 0x21B5},
    {"cup", 0x222A},     {"curren", 0xA4},   {"dArr", 0x21D3},    {"dagger", 0x2020},
    {"darr", 0x2193},    {"deg", 0xB0},      {"delta", 0x3B4},    {"diams", 0x2666},
    {"divide", 0xF7},    {"eacute", 0xE9},   {"ecirc", 0xEA},     {"egrave", 0xE8},
    {"empty", 0x2205},   {"emsp", 0x2003},   {"ensp", 0x2002},    {"epsilon", 0x3B5},
    {"equiv", 0x2261},   {"eta", 0x3B7},     {"eth", 0xF0},       {"euml", 0xEB},
    {"euro", 0x20AC},    {"exist", 0x2203},  {"fnof", 0x192},     {"forall", 0x2200},
    {"frac12", 0xBD},    {"frac14", 0xBC},   {"frac34", 0xBE},    {"frasl", 0x2044},
    {"gamma", 0x3B3},    {"ge", 0x2265},     {"gt", 0x3E},        {"hArr", 0x21D4},
    {"harr", 0x2194},    {"hearts", 0x2665}, {"hellip", 0x2026},  {"iacute", 0xED},
    {"icirc", 0xEE},     {"iexcl", 0xA1},    {"igrave", 0xEC},    {"image", 0x2111},
    {"infin", 0x221E},   {"int", 0x222B},    {"iota", 0x3B9},     {"iquest", 0xBF},
    {"isin", 0x2208},    {"iuml", 0xEF},     {"kappa", 0x3BA},    {"lArr", 0x21D0},
    {"lambda", 0x3BB},   {"lang", 0x2329},   {"laquo", 0xAB},     {"larr", 0x2190},
    {"lceil", 0x2308},   {"ldquo", 0x201C},  {"le", 0x2264},      {"lfloor", 0x230A},
    {"lowast", 0x2217},  {"loz", 0x25CA},    {"lrm", 0x200E},     {"lsaquo", 0x2039},
    {"lsquo", 0x2018},   {"lt", 0x3C},       {"macr", 0xAF},      {"mdash", 0x2014},
    {"micro", 0xB5},     {"middot", 0xB7},   {"minus", 0x2212},   {"mu", 0x3BC},
    {"nabla", 0x2207},   {"nbsp", 0xA0},     {"ndash", 0x2013},   {"ne", 0x2260},
    {"ni", 0x220B},      {"not", 0xAC},      {"notin", 0x2209},   {"nsub", 0x2284},
    {"ntilde", 0xF1},    {"nu", 0x3BD},      {"oacute", 0xF3},    {"ocirc", 0xF4},
    {"oelig", 0x153},    {"ograve", 0xF2},   {"oline", 0x203E},   {"omega", 0x3C9},
    {"omicron", 0x3BF},  {"oplus", 0x2295},  {"or", 0x2228},      {"ordf", 0xAA},
    {"ordm", 0xBA},      {"oslash", 0xF8},   {"otilde", 0xF5},    {"otimes", 0x2297},
    {"ouml", 0xF6},      {"para", 0xB6},     {"part", 0x2202},    {"permil", 0x2030},
    {"perp", 0x22A5},    {"phi", 0x3C6},     {"pi", 0x3C0},       {"piv", 0x3D6},
    {"plusmn", 0xB1},    {"pound", 0xA3},    {"prime", 0x2032},   {"prod", 0x220F},
    {"prop", 0x221D},    {"psi", 0x3C8},     {"quot", 0x22},      {"rArr", 0x21D2},
    {"radic", 0x221A},   {"rang", 0x232A},   {"raquo", 0xBB},     {"rarr", 0x2192},
    {"rceil", 0x2309},   {"rdquo", 0x201D},  {"real", 0x211C},    {"reg", 0xAE},
    {"rfloor", 0x230B},  {"rho", 0x3C1},     {"rlm", 0x200F},     {"rsaquo", 0x203A},
    {"rsquo", 0x2019},   {"sbquo", 0x201A},  {"scaron", 0x161},   {"sdot", 0x22C5},
    {"sect", 0xA7},      {"shy", 0xAD},      {"sigma", 0x3C3},    {"sigmaf", 0x3C2},
    {"sim", 0x223C},     {"spades", 0x2660}, {"sub", 0x2282},     {"sube", 0x2286},
    {"sum", 0x2211},     {"sup", 0x2283},    {"sup1", 0xB9},      {"sup2", 0xB2},
    {"sup3", 0xB3},      {"supe", 0x2287},   {"szlig", 0xDF},     {"tau", 0x3C4},
    {"there4", 0x2234},  {"theta", 0x3B8},   {"thetasym", 0x3D1}, {"thinsp", 0x2009},
    {"thorn", 0xFE},     {"tilde", 0x2DC},   {"times", 0xD7},     {"trade", 0x2122},
    {"uArr", 0x21D1},    {"uacute", 0xFA},   {"uarr", 0x2191},    {"ucirc", 0xFB},
    {"ugrave", 0xF9},    {"uml", 0xA8},      {"upsih", 0x3D2},    {"upsilon", 0x3C5},
    {"uuml", 0xFC},      {"weierp", 0x2118}, {"xi", 0x3BE},       {"yacute", 0xFD},
    {"yen", 0xA5},       {"yuml", 0xFF},     {"zeta", 0x3B6},     {"zwj", 0x200D},
    {"zwnj", 0x200C},
}};

// HTML 5 §13.2.5.80: what numeric references to 128-159 mean (windows-1252); 0 where the
// code point stays.
constexpr std::array<char32_t, 32> kC1 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

constexpr char32_t kReplacement = 0xFFFD;

// Code points gumbo turns into U+FFFD when they come as they are (controls, C1, non-characters),
// though not when written as references: written as they are, they would not read back.
constexpr bool is_replaced_when_parsed(char32_t c) noexcept {
  return (c >= 0x1 && c <= 0x8) || c == 0xB || (c >= 0xE && c <= 0x1F) ||
         (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

// The code point a numeric reference body ("123", "x1F") stands for, as HTML 5 decodes it.
char32_t numeric_value(std::string_view body) noexcept {
  const bool hex = body[0] == 'x' || body[0] == 'X';
  char32_t value = 0;
  for (const char c : body.substr(hex ? 1 : 0)) {
    const char lower = ascii_lower(c);
    value = value * (hex ? 16 : 10) +
            static_cast<char32_t>(lower <= '9' ? lower - '0' : lower - 'a' + 10);
    if (value > 0x10FFFF) return kReplacement;  // and it cannot come back down
  }
  if (value == 0 || (value >= 0xD800 && value <= 0xDFFF)) return kReplacement;
  if (value >= 0x80 && value <= 0x9F && kC1[value - 0x80] != 0) return kC1[value - 0x80];
  return value;
}

char32_t html4_entity(std::string_view name) noexcept {
  const auto* it = std::lower_bound(kHtml4Entities.begin(), kHtml4Entities.end(), name,
                                    [](const std::pair<std::string_view, char32_t>& e,
                                       std::string_view n) { return e.first < n; });
  return it != kHtml4Entities.end() && it->first == name ? it->second : 0;
}

// Appends `ref` (`&#...;`) as feedparser writes a numeric reference in text: lower case, and
// 128-159 as the windows-1252 character they mean (`&#150;` is `&#x2013;`); `&#39;` and `&#34;`
// as the characters (its feed() replaces them before parsing).
void append_numeric_reference(std::string& out, std::string_view ref, char32_t value,
                              bool attribute) {
  if (ref == "&#39;") {
    out += '\'';
    return;
  }
  if (ref == "&#34;") {
    out.append(attribute ? "&quot;" : "\"");
    return;
  }
  if (attribute) {
    out.append(ref);
    return;
  }
  const std::string_view body = ref.substr(2, ref.size() - 3);
  char32_t raw = 0;
  const bool hex = body[0] == 'x' || body[0] == 'X';
  for (const char c : body.substr(hex ? 1 : 0)) {
    const char lower = ascii_lower(c);
    raw = raw * (hex ? 16 : 10) +
          static_cast<char32_t>(lower <= '9' ? lower - '0' : lower - 'a' + 10);
    if (raw > 0xFFFF) break;
  }
  out.append("&#");
  if (raw >= 0x80 && raw <= 0x9F && value != raw) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::array<char, 8> digits{};
    std::size_t n = 0;
    for (char32_t v = value; v != 0; v >>= 4) digits[n++] = kHex[v & 0xF];
    out += 'x';
    while (n > 0) out += digits[--n];
  } else {
    for (const char c : body) out += ascii_lower(c);
  }
  out += ';';
}

bool starts_with_utf8(std::string_view text, std::size_t at, char32_t cp, std::size_t& len) {
  std::string encoded;
  append_utf8(encoded, cp);
  len = encoded.size();
  return text.compare(at, len, encoded) == 0;
}

// Whether `c` is written as it is (no escape, no reference, no line-end handling).
constexpr bool written_as_is(char c, bool attribute) noexcept {
  return c != '&' && c != '<' && c != '\r' && c != '\0' && (!attribute || (c != '>' && c != '"'));
}

// Writes `original` (the markup gumbo decoded into `decoded`) with its references kept, when
// it decodes to exactly `decoded`; returns false (having written nothing) otherwise.
bool append_aligned(std::string& out, std::string_view decoded, std::string_view original,
                    bool attribute) {
  const std::size_t mark = out.size();
  std::size_t j = 0;
  bool aligned = true;
  for (std::size_t i = 0; aligned && i < original.size(); ++i) {
    const char c = original[i];
    const std::size_t len = c == '&' ? html_reference_length(original, i) : 0;
    if (len != 0) {
      const std::string_view ref = original.substr(i, len);
      const char32_t value = ref[1] == '#' ? numeric_value(ref.substr(2, len - 3))
                                           : html4_entity(ref.substr(1, len - 2));
      if (value == 0 && decoded.compare(j, len, ref) == 0) {
        // A name the parser left as it was (&bogus;): text, escaped.
        out.append("&amp;").append(ref.substr(1));
        i += len - 1;
        j += len;
        continue;
      }
      std::size_t decoded_len = 0;
      aligned = value != 0 && starts_with_utf8(decoded, j, value, decoded_len);
      if (!aligned) break;
      if (ref[1] == '#') {
        append_numeric_reference(out, ref, value, attribute);
      } else {
        out.append(ref);
      }
      i += len - 1;
      j += decoded_len;
    } else if (c == '\r') {  // CR LF and a lone CR are LF to the parser
      if (i + 1 < original.size() && original[i + 1] == '\n') continue;
      aligned = j < decoded.size() && decoded[j] == '\n';
      if (aligned) out += '\n';
      ++j;
    } else if (!written_as_is(c, attribute)) {
      aligned = c != '\0' && j < decoded.size() && decoded[j] == c;
      if (aligned) append_escaped_char(out, c, attribute);
      ++j;
    } else {  // a run of characters written as they are: compared and copied at once
      std::size_t end = i + 1;
      while (end < original.size() && written_as_is(original[end], attribute)) ++end;
      const std::string_view run = original.substr(i, end - i);
      aligned = decoded.compare(j, run.size(), run) == 0;
      if (aligned) out.append(run);
      i = end - 1;
      j += run.size();
    }
  }
  if (aligned && j == decoded.size()) return true;
  out.resize(mark);
  return false;
}

}  // namespace

void append_escaped_char(std::string& out, char c, bool attribute) {
  switch (c) {
    case '&':
      out.append("&amp;");
      break;
    case '<':
      out.append("&lt;");
      break;
    case '>':
      out.append(attribute ? "&gt;" : ">");  // feedparser leaves > alone in text
      break;
    case '"':
      out.append(attribute ? "&quot;" : "\"");
      break;
    default:
      out += c;
  }
}

void append_escaped(std::string& out, std::string_view text, bool attribute) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    std::size_t len = 1;
    const char32_t c = *p < 0x80 ? *p : decode_utf8(p, end, len);
    if (c == kBadUtf8 || is_replaced_when_parsed(c)) {
      out.append(kReplacementUtf8);
    } else if (c == '\r') {
      out.append("&#13;");  // from a reference: as it is, the parser would make it LF
    } else if (c < 0x80) {
      append_escaped_char(out, static_cast<char>(c), attribute);
    } else {
      out.append(reinterpret_cast<const char*>(p), len);
    }
    p += len;
  }
}

void append_html_text(std::string& out, std::string_view decoded, std::string_view original,
                      bool attribute) {
  if (!original.empty() && append_aligned(out, decoded, original, attribute)) return;
  append_escaped(out, decoded, attribute);
}

}  // namespace feedpp::detail
