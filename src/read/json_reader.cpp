// SPDX-License-Identifier: MIT
// read_json(): a JSON document through simdjson into the model, mended and read again when
// simdjson cannot read it; and the reader's values: strings, texts, dates, numbers, and the
// members kept as JSON text.
#include "read/json_reader.hpp"

#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/ascii.hpp"
#include "base/json_scan.hpp"
#include "base/utf8.hpp"
#include "base/xml_escape.hpp"
#include "model/json_feed_keys.hpp"
#include "read/json_values.hpp"

namespace feedpp::detail {
namespace {

// Documents up to this size reuse one parser per thread, whose buffers (about six times the
// largest such document) stay allocated: most feeds are small, and allocating the buffers anew
// costs more than parsing them. A larger document gets buffers of its own, freed after it.
constexpr std::size_t kReusedParserLimit = std::size_t{4} << 20;

// Reads `json` into `feed` with `reader`; false when the read stopped, or left text after the
// feed object.
bool run(const simdjson::padded_string& json, JsonReader& reader, Feed& feed) {
  thread_local sj::parser reused;
  sj::parser own;
  sj::parser& parser = json.size() <= kReusedParserLimit ? reused : own;
  sj::document doc;
  if (parser.iterate(json).get(doc) != simdjson::SUCCESS) return false;
  if (!reader.read(doc, feed)) return false;
  // On-demand stops at the end of the feed object: what follows it ("}", another value) is
  // the mender's to report. (A document that is no feed is not read to its end.)
  const char* rest = nullptr;
  return reader.format() == Format::unknown ||
         doc.current_location().get(rest) != simdjson::SUCCESS;
}

// Moves the reader's findings to the log, at offsets in the input (`mended`: what was read is
// the mended text, whose offsets map back).
void flush(JsonReader& reader, DiagnosticLog& log, const MendedJson* mended) {
  for (PendingDiagnostic& d : reader.diagnostics()) {
    log.add(d.code, mended != nullptr ? mended->input_offset(d.offset) : d.offset,
            std::move(d.message));
  }
}

// The end of the longest prefix of `s` that is at most `limit` bytes and cuts no character.
std::size_t utf8_cut(std::string_view s, std::size_t limit) {
  std::size_t n = limit;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}

const char* type_name(sj::json_type type) {
  switch (type) {
    case sj::json_type::array:
      return "an array";
    case sj::json_type::object:
      return "an object";
    case sj::json_type::number:
      return "a number";
    case sj::json_type::string:
      return "a string";
    case sj::json_type::boolean:
      return "a boolean";
    case sj::json_type::null:
      return "null";
  }
  return "a value";
}

int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The four hex digits of a \u escape at `s[at]`, or -1.
long hex4(std::string_view s, std::size_t at) noexcept {
  if (at + 4 > s.size()) return -1;
  long v = 0;
  for (std::size_t i = at; i < at + 4; ++i) {
    const int d = hex_value(s[i]);
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

// Copies the bytes from `r` up to the next backslash or quote (or `end`) to `w`, advancing both,
// and returns where it stopped. `w` never runs ahead of `r`, so `w` has room for whatever `r` has
// left. With SSE2, 16 bytes at a time, copied before they are tested: an HTML content has an
// escaped quote or newline every few dozen bytes, where a memchr() and a memcpy() a run cost two
// calls, and the closing quote is found on the way rather than by a look at the token's end,
// which a long string would take from memory twice.
inline const char* copy_to_special(const char*& r, const char* end, char*& w) {
#if defined(__SSE2__)
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i quote = _mm_set1_epi8('"');
  while (end - r >= 16) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(r));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(w), chunk);
    const int mask = _mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(chunk, backslash), _mm_cmpeq_epi8(chunk, quote)));
    if (mask != 0) {
      const int at = __builtin_ctz(static_cast<unsigned>(mask));
      r += at;
      w += at;
      return r;
    }
    r += 16;
    w += 16;
  }
#endif
  while (r < end && *r != '\\' && *r != '"') *w++ = *r++;
  return r;
}

// The text of the JSON string whose raw token (quotes included, as simdjson checked it: UTF-8,
// no raw control characters) is `token`, unescaped into `out` in one copy rather than through
// the parser's string buffer and again into the model. False where simdjson's get_string()
// fails: a bad escape or a lone surrogate (the mended document has U+FFFD in its place).
bool unescape(std::string_view token, std::string& out) {
  if (token.empty() || token.front() != '"') return false;
  const char* r = token.data() + 1;
  const char* const end = token.data() + token.size();
  // An escape never takes fewer bytes than what it stands for: the text fits in the token.
  out.resize(static_cast<std::size_t>(end - r));
  char* w = out.data();
  while (true) {
    const char* const slash = copy_to_special(r, end, w);
    if (slash == end) return false;  // no closing quote
    if (*slash == '"') {
      // Only white space may follow, up to the next token.
      for (const char* p = slash + 1; p < end; ++p) {
        if (!is_xml_space(*p)) return false;
      }
      out.resize(static_cast<std::size_t>(w - out.data()));
      return true;
    }
    if (end - slash < 2) return false;
    r = slash + 2;
    switch (slash[1]) {
      case '"':
      case '\\':
      case '/':
        *w++ = slash[1];
        break;
      case 'b':
        *w++ = '\b';
        break;
      case 'f':
        *w++ = '\f';
        break;
      case 'n':
        *w++ = '\n';
        break;
      case 'r':
        *w++ = '\r';
        break;
      case 't':
        *w++ = '\t';
        break;
      case 'u': {
        const std::string_view rest(r, static_cast<std::size_t>(end - r));
        long cp = hex4(rest, 0);
        if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
        r += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          const long low = rest.substr(4, 2) == "\\u" ? hex4(rest, 6) : -1;
          if (low < 0xDC00 || low > 0xDFFF) return false;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          r += 6;
        }
        // \uXXXX (6 bytes) gives at most 3 bytes of UTF-8; a pair (12), 4.
        std::string utf8;
        append_utf8(utf8, static_cast<char32_t>(cp));
        std::memcpy(w, utf8.data(), utf8.size());
        w += utf8.size();
        break;
      }
      default:
        return false;
    }
  }
}

// The raw JSON text of a value, consuming it; white space after it trimmed.
bool raw_json(sj::value& v, std::string_view& out) {
  sj::json_type type{};
  if (v.type().get(type) != simdjson::SUCCESS) return false;
  if (type == sj::json_type::object) {
    sj::object object;
    if (v.get_object().get(object) != simdjson::SUCCESS) return false;
    if (object.raw_json().get(out) != simdjson::SUCCESS) return false;
  } else if (type == sj::json_type::array) {
    sj::array array;
    if (v.get_array().get(array) != simdjson::SUCCESS) return false;
    if (array.raw_json().get(out) != simdjson::SUCCESS) return false;
  } else {
    out = v.raw_json_token();
  }
  while (!out.empty() &&
         (out.back() == ' ' || out.back() == '\n' || out.back() == '\r' || out.back() == '\t')) {
    out.remove_suffix(1);
  }
  return true;
}

}  // namespace

bool MemberList::add(std::string_view key, std::string_view json) {
  constexpr std::size_t kIndexFrom = 16;
  std::size_t found = members_.size();
  if (index_) {
    const auto it = index_->find(std::string(key));
    if (it != index_->end()) found = it->second;
  } else {
    for (std::size_t i = 0; i < members_.size(); ++i) {
      if (members_[i].key == key) found = i;
    }
  }
  if (found < members_.size()) {
    members_[found].json.assign(json);
    return false;
  }
  members_.push_back({std::string(key), std::string(json)});
  if (!index_ && members_.size() >= kIndexFrom) {
    index_ = std::make_unique<std::unordered_map<std::string, std::size_t>>();
    for (std::size_t i = 0; i < members_.size(); ++i) index_->emplace(members_[i].key, i);
  } else if (index_) {
    index_->emplace(members_.back().key, members_.size() - 1);
  }
  return true;
}

std::size_t JsonReader::offset_of(sj::value& v) noexcept {
  return static_cast<std::size_t>(v.raw_json_token().data() - base_);
}

Got JsonReader::string(sj::value& v, std::string_view key, std::string& out, MemberList& members) {
  // The token tells a string by its quote (what type() would look at); wrong_type() says what
  // else it is, or that it is no value.
  const std::string_view token = v.raw_json_token();
  if (token.empty() || token.front() != '"') return wrong_type(v, key, members, "a string");
  const auto at = static_cast<std::size_t>(token.data() - base_);
  sj::raw_json_string consumed;
  if (v.get_raw_json_string().get(consumed) != simdjson::SUCCESS) return Got::stop;
  if (!unescape(token, out)) return Got::stop;
  if (out.size() > limits_.max_text_bytes) {
    out.resize(utf8_cut(out, limits_.max_text_bytes));
    warn(ErrorCode::text_limit, at,
         "\"" + std::string(key) + "\" is longer than the limit of " +
             std::to_string(limits_.max_text_bytes) + " bytes: cut there");
  }
  return Got::value;
}

Got JsonReader::url(sj::value& v, std::string_view key, std::string& out, MemberList& members) {
  const Got got = string(v, key, out, members);
  if (got == Got::value) {
    // As a URL parser strips them (WHATWG URL): white space and C0 controls at either end,
    // which the XML writers would drop and the XML readers trim (found by roundtrip_fuzzer).
    std::size_t first = 0;
    std::size_t last = out.size();
    while (first < last && static_cast<unsigned char>(out[first]) <= 0x20) ++first;
    while (last > first && static_cast<unsigned char>(out[last - 1]) <= 0x20) --last;
    if (first != 0 || last != out.size()) out = out.substr(first, last - first);
  }
  return got;
}

Got JsonReader::date(sj::value& v, std::string_view key, Date& out, MemberList& members) {
  const std::size_t at = offset_of(v);
  std::string text;
  const Got got = string(v, key, text, members);
  if (got != Got::value) return got;
  // The value is read from the text as RSS and Atom would write it (characters XML forbids,
  // which a JSON string may hold, dropped): the same whichever format the feed goes to.
  std::string storage;
  const std::string_view readable = repaired(text, storage);
  out.value = parse_date(readable);
  if (!out.value && !trim(readable).empty()) {
    warn(ErrorCode::bad_date, at,
         "\"" + std::string(key) + "\": \"" + std::string(trim(readable)).substr(0, 80) +
             "\" is not a date feedpp can read: its text is kept");
  }
  out.text = std::move(text);
  return Got::value;
}

Got JsonReader::number(sj::value& v, std::string_view key, std::string& out, MemberList& members) {
  sj::json_type type{};
  if (v.type().get(type) != simdjson::SUCCESS) return Got::stop;
  if (type != sj::json_type::number) return wrong_type(v, key, members, "a number");
  const std::size_t at = offset_of(v);
  std::string_view raw;
  if (!raw_json(v, raw) || !is_json_value(raw, 1)) return Got::stop;
  if (raw.size() > 64) {  // no count of bytes or seconds is that long: keep it as written
    warn(ErrorCode::wrong_type, at,
         "\"" + std::string(key) + "\" is a number of more than 64 digits: kept as written");
    members.add(key, raw);
    return Got::kept;
  }
  out.assign(raw);
  return Got::value;
}

Got JsonReader::member(sj::value& v, std::string_view key, MemberList& members) {
  const std::size_t at = offset_of(v);
  std::string_view raw;
  if (!raw_json(v, raw)) return Got::stop;
  // On-demand skips what it is not asked to read without checking it: check it here.
  const std::size_t room = limits_.max_depth > depth ? limits_.max_depth - depth : 0;
  if (!is_json_value(raw, room)) return Got::stop;
  // each_member() reports a second key of those JSON Feed names; this, a second of the others.
  if (!members.add(key, raw) && json_feed_key(key) == JsonFeedKey::member) {
    warn(ErrorCode::duplicate_element, at,
         "a second \"" + std::string(key) + "\" in one object: the last one is kept");
  }
  return Got::kept;
}

Got JsonReader::wrong_type(sj::value& v, std::string_view key, MemberList& members,
                           const char* expected) {
  sj::json_type type{};
  const std::size_t at = offset_of(v);
  if (v.type().get(type) != simdjson::SUCCESS) return Got::stop;
  warn(ErrorCode::wrong_type, at,
       "\"" + std::string(key) + "\" should be " + expected + ", not " + type_name(type) +
           ": kept as written");
  return member(v, key, members);
}

bool JsonReader::skip(sj::value& v, const char* what, const char* expected) {
  sj::json_type type{};
  const std::size_t at = offset_of(v);
  if (v.type().get(type) != simdjson::SUCCESS) return false;
  warn(ErrorCode::wrong_type, at,
       std::string(what) + " should be " + expected + ", not " + type_name(type) + ": skipped");
  std::string_view raw;
  const std::size_t room = limits_.max_depth > depth ? limits_.max_depth - depth : 0;
  return raw_json(v, raw) && is_json_value(raw, room);
}

void read_json(std::string_view text, const ParseLimits& limits, DiagnosticLog& log, Feed& feed) {
  {
    const simdjson::padded_string json(text);
    JsonReader reader(json, limits);
    if (run(json, reader, feed)) {
      feed.format = reader.format();
      flush(reader, log, nullptr);
      return;
    }
  }
  // simdjson could not read it all: mend it (each repair reported), then read that.
  feed = Feed{};
  const MendedJson mended = mend_json(text, limits.max_depth, &log);
  if (!mended.had_value) {
    log.add(ErrorCode::not_a_feed, 0, "no JSON value could be read: not a feed");
    return;
  }
  const simdjson::padded_string json(mended.text);
  JsonReader reader(json, limits);
  if (!run(json, reader, feed)) {
    // Not expected: the mended text is valid JSON. Keep what was read, and say so.
    log.add(ErrorCode::json_syntax, kUnknownOffset, "the JSON could not be read to its end");
  }
  feed.format = reader.format();
  flush(reader, log, &mended);
}

Format json_feed_format(std::string_view version) noexcept {
  std::string_view v = trim(version);
  if (v.substr(0, 8) == "https://") {
    v.remove_prefix(8);
  } else if (v.substr(0, 7) == "http://") {
    v.remove_prefix(7);
  }
  if (!v.empty() && v.back() == '/') v.remove_suffix(1);
  if (v == "jsonfeed.org/version/1" || v == "jsonfeed.org/version/1.0") return Format::json_1_0;
  if (v == "jsonfeed.org/version/1.1") return Format::json_1_1;
  return Format::json;
}

Format detect_json(std::string_view text) noexcept {
  // The first "version": "..." whatever its depth: a cheap look at a head that may be cut.
  for (std::size_t at = text.find("\"version\""); at != std::string_view::npos;
       at = text.find("\"version\"", at + 1)) {
    std::size_t i = at + 9;
    while (i < text.size() && is_xml_space(text[i])) ++i;
    if (i >= text.size() || text[i] != ':') continue;
    ++i;
    while (i < text.size() && is_xml_space(text[i])) ++i;
    if (i >= text.size() || text[i] != '"') continue;
    const std::size_t end = text.find('"', i + 1);
    const std::string_view version =
        text.substr(i + 1, end == std::string_view::npos ? std::string_view::npos : end - i - 1);
    if (version.find("jsonfeed.org") == std::string_view::npos) return Format::unknown;
    return json_feed_format(version);
  }
  return text.find("\"items\"") != std::string_view::npos ? Format::json : Format::unknown;
}

}  // namespace feedpp::detail
