// SPDX-License-Identifier: MIT
// cleanup_xml(): one pass over the text that stops only where something may need doing, and the
// copy with the edits made. The pass is most of the clean-up's time: it tests 16 bytes at once
// and looks at tags for repeated attributes on the way. What it stops at is handed on: markup
// other than tags to xml_cleanup_markup.cpp, references to xml_cleanup_references.cpp.
#include "input/xml_cleanup.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/utf8.hpp"
#include "input/xml_cleanup_scanner.hpp"

namespace feedpp::detail {
namespace {

// Bytes the body scan stops at.
enum Stop : std::uint8_t { kGo, kLt, kAmp, kControl, kEf, kC2 };

constexpr std::array<Stop, 256> make_stops() {
  std::array<Stop, 256> t{};
  for (std::size_t b = 0; b < 0x20; ++b) t[b] = kControl;
  t['\t'] = kGo;
  t['\n'] = kGo;
  t['\r'] = kGo;
  t['<'] = kLt;
  t['&'] = kAmp;
  t[0xEF] = kEf;  // U+FFFE and U+FFFF are EF BF BE and EF BF BF
  t[0xC2] = kC2;  // U+0080 to U+009F are C2 80 to C2 9F
  return t;
}

constexpr std::array<Stop, 256> kStops = make_stops();

// Whether a stop is at a character the clean-up may mend (a control, U+FFFE/U+FFFF, C1).
constexpr bool is_character(Stop stop) { return stop == kControl || stop == kEf || stop == kC2; }

// Reads `size` bytes at `p` as a little-endian number, so that a short string compares in one go.
constexpr std::uint64_t word(const char* p, std::size_t size) {
  std::uint64_t w = 0;
  for (std::size_t i = size; i-- > 0;) w = w << 8 | static_cast<unsigned char>(p[i]);
  return w;
}

// Returns the length of the reference to one of XML's five entities at `at` ("&lt;" ...), or 0.
// They make most references in feeds (escaped HTML), and need nothing done: a million of them
// in a big feed, so each is read as one word.
inline std::size_t predefined_entity(const unsigned char* data, std::size_t at, std::size_t n) {
  std::uint64_t w = 0;
  if (n - at >= 8) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    std::memcpy(&w, data + at, sizeof w);
#else
    w = word(reinterpret_cast<const char*>(data) + at, 8);
#endif
  } else {
    w = word(reinterpret_cast<const char*>(data) + at, n - at);  // at the end: zeros follow
  }
  constexpr std::uint64_t k4 = 0xFFFFFFFFu;
  constexpr std::uint64_t k5 = 0xFFFFFFFFFFu;
  constexpr std::uint64_t k6 = 0xFFFFFFFFFFFFu;
  if ((w & k4) == word("&lt;", 4) || (w & k4) == word("&gt;", 4)) return 4;
  if ((w & k5) == word("&amp;", 5)) return 5;
  if ((w & k6) == word("&quot;", 6) || (w & k6) == word("&apos;", 6)) return 6;
  return 0;
}

// True when the '<' at `at` opens a tag, which the scan passes over (CDATA, comments and PIs,
// which start "<!" or "<?", are stops).
inline bool opens_tag(const unsigned char* data, std::size_t at, std::size_t n) {
  return at + 1 < n && data[at + 1] != '!' && data[at + 1] != '?';
}

#if defined(__SSE2__)
// Bytes below 0x20, C2 and EF among 16: where a forbidden character or a C1 control may start.
inline __m128i character_candidates(__m128i v) {
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2));
  const __m128i ef = _mm_set1_epi8(static_cast<char>(0xEF));
  const __m128i top3 = _mm_set1_epi8(static_cast<char>(0xE0));
  return _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, ef)),
                      _mm_cmpeq_epi8(_mm_and_si128(v, top3), _mm_setzero_si128()));
}
#endif

// What a byte is inside a start tag, for may_repeat_attributes().
enum TagByte : std::uint8_t { kNamePart, kSpace, kNameEnd, kOdd };

constexpr std::array<TagByte, 256> make_tag_bytes() {
  std::array<TagByte, 256> t{};
  // What the clean-up edits (controls, C1, U+FFFE) could make two names one: looked at closer.
  for (std::size_t b = 0; b < 0x20; ++b) t[b] = kOdd;
  for (std::size_t b = 0x80; b < 0x100; ++b) t[b] = kOdd;
  t[' '] = t['\t'] = t['\n'] = t['\r'] = kSpace;
  t['='] = t['>'] = t['/'] = kNameEnd;
  return t;
}

constexpr std::array<TagByte, 256> kTagBytes = make_tag_bytes();

// Whether the start tag at `at` may hold an attribute twice, which pugixml accepts and XML does
// not: a quick look at the names of its attributes, so that the tree is searched for repeats
// (xml_dom.cpp) only when there may be one. Anything it cannot read plainly (a tag cut short,
// an unquoted value, a name beyond ASCII, many attributes) answers yes: a wrong yes costs a
// search, a wrong no would let a repeat through.
bool may_repeat_attributes(const unsigned char* data, std::size_t at, std::size_t n) {
  constexpr std::size_t kMost = 16;
  std::size_t starts[kMost];  // the names seen, as offsets and lengths
  std::size_t lengths[kMost];
  std::size_t count = 0;
  std::size_t i = at + 1;
  const auto skip = [&](TagByte kind) {
    while (i < n && kTagBytes[data[i]] == kind) ++i;
  };
  skip(kNamePart);  // the element's name
  for (;;) {
    skip(kSpace);
    if (i == n) return true;
    if (data[i] == '>' || data[i] == '/') return false;
    const std::size_t start = i;
    if (data[i] == ':') return true;  // ":a" is "a" (xml_dom.cpp names it so): looked at closer
    skip(kNamePart);
    if (i == n || kTagBytes[data[i]] == kOdd) return true;
    const std::size_t length = i - start;
    skip(kSpace);
    if (i == n || data[i] != '=') return true;
    ++i;
    skip(kSpace);
    if (i == n || (data[i] != '"' && data[i] != '\'')) return true;
    const void* close = std::memchr(data + i + 1, data[i], n - i - 1);
    if (close == nullptr) return true;
    i = static_cast<std::size_t>(static_cast<const unsigned char*>(close) - data) + 1;
    if (count == kMost) return true;
    for (std::size_t k = 0; k < count; ++k) {
      if (lengths[k] == length && std::memcmp(data + starts[k], data + start, length) == 0) {
        return true;
      }
    }
    starts[count] = start;
    lengths[count] = length;
    ++count;
  }
}

// At the '<' of a tag, notes in `attributes` whether it may repeat an attribute (once one may,
// the others need not be looked at).
inline void look_at_tag(const unsigned char* data, std::size_t at, std::size_t n,
                        bool& attributes) {
  if (!attributes && data[at + 1] != '/') attributes = may_repeat_attributes(data, at, n);
}

// Whether the body scan passes over the candidate byte at `at`: TAB, LF, CR, a tag (looked at
// for repeated attributes on the way) and XML's five entities; anything else is a stop. Forced
// inline: GCC 12 calls it out of line from the 16-byte loop, 1% of a parse.
[[gnu::always_inline]] inline bool passes(const unsigned char* data, std::size_t at, std::size_t n,
                                          bool& attributes) {
  switch (kStops[data[at]]) {
    case kGo:
      return true;
    case kLt:
      if (!opens_tag(data, at, n)) return false;
      look_at_tag(data, at, n, attributes);
      return true;
    case kAmp:
      return predefined_entity(data, at, n) != 0;
    default:
      return false;
  }
}

// Returns the first offset from `pos` whose byte the scan stops at, or `n`. The scan is most of
// the clean-up's time, so 16 bytes are tested at once where SSE2 allows: '<', '&', C2, EF and
// bytes below 0x20 are candidates; TAB, LF and CR among them, tags (see look_at_tag()), and the
// five XML entities are passed over without leaving the loop.
std::size_t next_stop(const unsigned char* data, std::size_t pos, std::size_t n, bool& attributes) {
#if defined(__SSE2__)
  const __m128i lt = _mm_set1_epi8('<');
  const __m128i amp = _mm_set1_epi8('&');
  while (n - pos >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, lt), _mm_cmpeq_epi8(v, amp)),
                                     character_candidates(v));
    for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit)); mask != 0; mask &= mask - 1) {
      const std::size_t at = pos + static_cast<std::size_t>(__builtin_ctz(mask));
      if (!passes(data, at, n, attributes)) return at;
    }
    pos += 16;
  }
#endif
  while (pos < n && passes(data, pos, n, attributes)) ++pos;
  return pos;
}

// As next_stop(), inside CDATA, comments and PIs, up to `end`: only characters are stops.
std::size_t next_character_stop(const unsigned char* data, std::size_t pos, std::size_t end) {
#if defined(__SSE2__)
  while (end - pos >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos));
    for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(character_candidates(v))); mask != 0;
         mask &= mask - 1) {
      const std::size_t at = pos + static_cast<std::size_t>(__builtin_ctz(mask));
      if (is_character(kStops[data[at]])) return at;
    }
    pos += 16;
  }
#endif
  while (pos < end && !is_character(kStops[data[pos]])) ++pos;
  return pos;
}

}  // namespace

std::vector<CleanupScanner::Edit> CleanupScanner::run() {
  const std::size_t root = prolog();
  body(root);
  return std::move(edits_);
}

void CleanupScanner::body(std::size_t pos) {
  const auto* data = reinterpret_cast<const unsigned char*>(text_.data());
  const std::size_t n = text_.size();
  while (pos < n) {
    pos = next_stop(data, pos, n, attributes_);
    if (pos == n) break;
    switch (kStops[data[pos]]) {
      case kLt:
        pos = markup(pos);
        break;
      case kAmp:
        pos = reference(pos);
        break;
      default:
        pos = character(pos);
    }
  }
}

// Inside CDATA, comments and PIs, from `pos` to `end`: characters are checked, references are
// not references. Only CDATA is content: in the others, characters are mended as in text but
// without a word (the parser drops them with their comment, unless a repair makes them text,
// which must then read as any text does).
void CleanupScanner::raw(std::size_t pos, std::size_t end, bool content) {
  const auto* data = reinterpret_cast<const unsigned char*>(text_.data());
  while ((pos = next_character_stop(data, pos, end)) < end) pos = character(pos, content);
}

// At a byte that may start a character XML forbids, or a C1 control; returns the next offset.
std::size_t CleanupScanner::character(std::size_t pos, bool report) {
  const auto* data = reinterpret_cast<const unsigned char*>(text_.data());
  const std::size_t n = text_.size();
  switch (kStops[data[pos]]) {
    case kControl:
      if (report) {
        log_.add(ErrorCode::invalid_character, pos,
                 "control character U+" + hex(data[pos]) + " is not allowed in XML: removed");
      }
      edits_.push_back({pos, 1, {}});
      return pos + 1;
    case kEf:
      if (pos + 2 < n && data[pos + 1] == 0xBF &&
          (data[pos + 2] == 0xBE || data[pos + 2] == 0xBF)) {
        if (report) {
          log_.add(ErrorCode::invalid_character, pos,
                   "noncharacter U+FFF" + std::string(data[pos + 2] == 0xBE ? "E" : "F") +
                       " is not allowed in XML: removed");
        }
        edits_.push_back({pos, 3, {}});
        return pos + 3;
      }
      return pos + 1;
    case kC2:
      if (pos + 1 < n && data[pos + 1] >= 0x80 && data[pos + 1] <= 0x9F) {
        // A C1 control is never meant: it is windows-1252 punctuation decoded as Latin-1.
        const char32_t meant = windows1252_c1(data[pos + 1]);
        if (meant != 0) {
          std::string utf8;
          append_utf8(utf8, meant);
          if (report) {
            log_.add(ErrorCode::misencoded_character, pos,
                     "control character U+00" + hex(data[pos + 1]).substr(2) +
                         " read as windows-1252's U+" + hex(meant));
          }
          edits_.push_back({pos, 2, std::move(utf8)});
        }
        return pos + 2;
      }
      return pos + 1;
    default:
      return pos + 1;
  }
}

std::size_t OffsetMap::original(std::size_t changed) const noexcept {
  auto it = std::upper_bound(points_.begin(), points_.end(), changed,
                             [](std::size_t c, const auto& p) { return c < p.first; });
  if (it == points_.begin()) return changed;
  --it;
  return changed - it->first + it->second;
}

CleanupResult cleanup_xml(std::string_view text, DiagnosticLog& log) {
  CleanupResult result;
  CleanupScanner scanner(text, log);
  std::vector<CleanupScanner::Edit> edits = scanner.run();
  result.may_repeat_attributes = scanner.may_repeat_attributes();
  if (edits.empty()) return result;
  result.changed = true;
  result.text.reserve(text.size() + edits.size() * 8);
  std::size_t from = 0;
  for (const CleanupScanner::Edit& e : edits) {
    result.text.append(text, from, e.offset - from);
    result.map.add(result.text.size(), e.offset);
    result.text += e.replacement;
    from = e.offset + e.length;
    result.map.add(result.text.size(), from);
  }
  result.text.append(text, from, std::string_view::npos);
  return result;
}

}  // namespace feedpp::detail
