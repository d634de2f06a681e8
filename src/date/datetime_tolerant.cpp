// SPDX-License-Identifier: MIT
// parse_date(): the tolerant reader behind the feed parsers. Two single-pass readers, one for ISO
// 8601 (text that opens with a 4-, 7-, 8-, 12- or 14-digit number) and one for the RFC 822 family
// (RFC 822/1123, RFC 850, asctime and their mangled forms). Each step consumes at least one
// character or fails, so the time is linear; nothing allocates or recurses, and every read goes
// through Cursor, which cannot pass the end of the text. Calendar arithmetic is make_datetime()'s,
// so that only datetime.cpp depends on <date/date.h>.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "date/date_tokens.hpp"
#include "feedpp/datetime.hpp"

namespace feedpp {
namespace {

using detail::Cursor;
using detail::iequals;
using detail::is_alpha;
using detail::is_digit;
using detail::is_xml_space;

constexpr std::array<std::string_view, 7> kFullDayNames = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 12> kFullMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

struct NamedZone {
  std::string_view name;
  int offset;  // minutes east of UTC
};

// RFC 822 §5.1's zones, then abbreviations common in feeds. Where one is ambiguous the reading
// is the one feeds most often mean: CST is US Central (RFC 822), not China; IST is India.
constexpr std::array<NamedZone, 55> kZones = {{
    {"UT", 0},     {"UTC", 0},     {"GMT", 0},     {"Z", 0},      {"EST", -300},  {"EDT", -240},
    {"CST", -360}, {"CDT", -300},  {"MST", -420},  {"MDT", -360}, {"PST", -480},  {"PDT", -420},
    {"AST", -240}, {"ADT", -180},  {"NST", -210},  {"NDT", -150}, {"AKST", -540}, {"AKDT", -480},
    {"HST", -600}, {"HAST", -600}, {"HADT", -540}, {"WET", 0},    {"WEST", 60},   {"BST", 60},
    {"IST", 330},  {"CET", 60},    {"CEST", 120},  {"MET", 60},   {"MEST", 120},  {"MEZ", 60},
    {"MESZ", 120}, {"EET", 120},   {"EEST", 180},  {"MSK", 180},  {"MSD", 240},   {"WAT", 60},
    {"CAT", 120},  {"EAT", 180},   {"SAST", 120},  {"PKT", 300},  {"ICT", 420},   {"WIB", 420},
    {"HKT", 480},  {"SGT", 480},   {"AWST", 480},  {"JST", 540},  {"KST", 540},   {"ACST", 570},
    {"ACDT", 630}, {"AEST", 600},  {"AEDT", 660},  {"NZST", 720}, {"NZDT", 780},  {"BRT", -180},
    {"ART", -180},
}};

// The fields read so far. extra_days moves the date after make_datetime() has checked it: ordinal
// and week dates count days from 1 January, and 24:00 is the next day's midnight.
struct Fields {
  int year = 0;
  int month = 1;
  int day = 1;
  int hour = 0;
  int minute = 0;
  int second = 0;
  int offset = 0;
  int extra_days = 0;
};

std::optional<DateTime> build(Fields f) noexcept {
  if (f.second == 60) f.second = 59;  // a leap second: Timestamp cannot hold it
  if (f.hour == 24) {                 // ISO 8601 §4.2.3: 24:00:00 ends the day
    if (f.minute != 0 || f.second != 0) return {};
    f.hour = 0;
    ++f.extra_days;
  }
  auto dt = make_datetime(f.year, f.month, f.day, f.hour, f.minute, f.second,
                          std::chrono::minutes{f.offset});
  if (!dt || f.extra_days == 0) return dt;
  dt->utc += std::chrono::hours{24 * f.extra_days};
  if (!dt->ok()) return {};  // moved past 9999-12-31
  return dt;
}

bool is_leap(int year) noexcept { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

// Reads a run of digits and returns its length. Only the first 18 digits count toward `value`, so
// nothing overflows; callers reject runs that long.
std::size_t number(Cursor& c, std::int64_t& value) noexcept {
  std::size_t n = 0;
  value = 0;
  while (is_digit(c.peek())) {
    if (n < 18) value = value * 10 + (c.peek() - '0');
    ++c.i;
    ++n;
  }
  return n;
}

// Skips a fraction of a second ('.' or ',' and at least one digit) if there is one; returns
// false when it is not zero. Any number of digits, as RFC 3339 allows.
bool skip_fraction(Cursor& c) noexcept {
  bool zero = true;
  if ((c.peek() == '.' || c.peek() == ',') && is_digit(c.peek(1))) {
    ++c.i;
    for (; is_digit(c.peek()); ++c.i) zero = zero && c.peek() == '0';
  }
  return zero;
}

void skip_space(Cursor& c) noexcept {
  while (is_xml_space(c.peek())) ++c.i;
}

// Returns the index of `word` among `full` when it is at least three letters long and begins the
// name, in any case: "Sep", "Sept" and "SEPTEMBER" all name September.
template <std::size_t N>
int name_index(std::string_view word, const std::array<std::string_view, N>& full) noexcept {
  if (word.size() < 3) return -1;
  for (std::size_t k = 0; k < N; ++k) {
    if (word.size() <= full[k].size() && iequals(word, full[k].substr(0, word.size()))) {
      return static_cast<int>(k);
    }
  }
  return -1;
}

std::optional<int> zone_offset(std::string_view name) noexcept {
  // RFC 1123 §5.2.14: RFC 822 gave the military zones' signs backwards, so nobody can say which
  // way a writer meant them; Z is UTC either way, and the rest are read as UTC too. J is unused.
  if (name.size() == 1 && detail::ascii_lower(name[0]) != 'j') return 0;
  for (const auto& zone : kZones) {
    if (iequals(name, zone.name)) return zone.offset;
  }
  return {};
}

// Reads the offset after a sign at the cursor: +hh, +hhmm or +hh:mm; after UT, UTC or GMT
// (`short_forms`) also +h and +hmm, as in "GMT+1" and "GMT+530".
bool read_offset(Cursor& c, int& offset, bool short_forms) noexcept {
  const bool negative = c.peek() == '-';
  ++c.i;
  std::int64_t value = 0;
  const std::size_t n = number(c, value);
  if (!short_forms && n != 2 && n != 4) return false;
  std::int64_t hh = value;
  std::int64_t mm = 0;
  if (n == 1 || n == 2) {
    if (c.peek() == ':' && is_digit(c.peek(1))) {
      ++c.i;
      if (number(c, mm) != 2) return false;
    }
  } else if (n == 3 || n == 4) {
    hh = value / 100;
    mm = value % 100;
  } else {
    return false;
  }
  const std::int64_t total = hh * 60 + mm;
  if (mm > 59 || total > DateTime::kMaxOffset.count()) return false;
  offset = static_cast<int>(negative ? -total : total);
  return true;
}

bool is_sign(char ch) noexcept { return ch == '+' || ch == '-'; }

// Reads a zone at the cursor: a name, an offset, or both ("GMT+1", "-0800 PST"). When both are
// there the offset wins: names are ambiguous ("+0800 CST" is China) and numbers are not.
bool read_zone(Cursor& c, int& offset) noexcept {
  if (is_sign(c.peek())) {
    if (!read_offset(c, offset, false)) return false;
    Cursor look = c;
    if (!is_xml_space(look.peek())) return true;
    skip_space(look);
    const std::string_view name = look.word();
    // The name only repeats the offset; take a known one, or what looks like one (1 to 6
    // capitals, as "BRT"), but not any word.
    bool upper = !name.empty() && name.size() <= 6;
    for (const char ch : name) upper = upper && ch >= 'A' && ch <= 'Z';
    if (!name.empty() && (upper || zone_offset(name))) c = look;
    return true;
  }
  const std::string_view name = c.word();
  const auto named = zone_offset(name);
  if (!named) return false;
  offset = *named;
  // An offset from UTC spelled with its name: "GMT+1", "UTC-05:00", "GMT -0500".
  if (!iequals(name, "UT") && !iequals(name, "UTC") && !iequals(name, "GMT")) return true;
  Cursor look = c;
  skip_space(look);
  if (is_sign(look.peek()) && is_digit(look.peek(1))) {
    if (!read_offset(look, offset, true)) return false;
    c = look;
  }
  return true;
}

// Reads what may follow an ISO 8601 time: a fraction of its seconds (dropped, which rounds down),
// then a zone (none is UTC).
std::optional<DateTime> read_iso_tail(Cursor& c, Fields f, bool has_seconds) noexcept {
  const bool fraction = c.peek() == '.' || c.peek() == ',';
  // ISO 8601 allows a fraction of the last unit; one of a minute or hour cannot just be dropped,
  // and 24:00:00.5 is past the end of the day.
  if (fraction && (!has_seconds || (!skip_fraction(c) && f.hour == 24))) return {};
  c.space();
  if (!c.done() && !read_zone(c, f.offset)) return {};
  c.space();
  if (!c.done()) return {};
  return build(f);
}

// Reads the rest of an ISO 8601 text once the date is in `f`: [T|t|spaces|nothing] time [zone].
std::optional<DateTime> read_iso_time(Cursor& c, Fields f) noexcept {
  if (c.done()) return build(f);  // a date alone is midnight UTC
  const bool separated = c.eat('T') || c.eat('t') || c.space();
  std::int64_t value = 0;
  const std::size_t n = number(c, value);
  // With nothing between them, only hh:mm tells a time from more of the date.
  if (!separated && (n != 2 || c.peek() != ':')) return {};
  bool has_seconds = false;
  if (n == 2 || (n == 1 && c.peek() == ':')) {  // hh[:mm[:ss]]
    f.hour = static_cast<int>(value);
    if (c.eat(':')) {
      if (!c.digits(2, f.minute)) return {};
      if (c.eat(':')) {
        if (!c.digits(2, f.second)) return {};
        has_seconds = true;
      }
    }
  } else if (n == 4 || n == 6) {  // hhmm[ss], the basic form
    if (n == 6) {
      f.second = static_cast<int>(value % 100);
      value /= 100;
      has_seconds = true;
    }
    f.hour = static_cast<int>(value / 100);
    f.minute = static_cast<int>(value % 100);
  } else {
    return {};
  }
  return read_iso_tail(c, f, has_seconds);
}

// Sets `f` to day `ordinal` (1-based) of f.year.
bool set_ordinal(Fields& f, std::int64_t ordinal) noexcept {
  if (ordinal < 1 || ordinal > (is_leap(f.year) ? 366 : 365)) return false;
  f.extra_days = static_cast<int>(ordinal - 1);
  return true;
}

// Sets `f` to ISO week `week`, day `weekday` (1 is Monday) of f.year. Week 1 holds the year's
// first Thursday, so its Monday can fall in the year before, and week 53 exists only in years
// that begin on a Thursday, or on a Wednesday when leap.
bool set_week(Fields& f, int week, int weekday) noexcept {
  const auto jan1 = make_datetime(f.year, 1, 1);
  if (!jan1 || week < 1 || week > 53 || weekday < 1 || weekday > 7) return false;
  const int iso_jan1 = (civil_time(*jan1).weekday + 6) % 7;  // 0 is Monday
  if (week == 53 && iso_jan1 != 3 && !(iso_jan1 == 2 && is_leap(f.year))) return false;
  const int monday1 = iso_jan1 <= 3 ? -iso_jan1 : 7 - iso_jan1;
  f.extra_days = monday1 + (week - 1) * 7 + (weekday - 1);
  return true;
}

// ISO 8601 and W3C-DTF: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-DDD, YYYY-Www[-D] and their basic forms
// (YYYYMMDD, YYYYDDD, YYYYWww[D], YYYYMMDDhhmm[ss]), each optionally followed by a time.
std::optional<DateTime> read_iso8601(std::string_view s) noexcept {
  Cursor c{s};
  Fields f;
  std::int64_t value = 0;
  const std::size_t n = number(c, value);
  if (n == 4) {
    f.year = static_cast<int>(value);
    if (c.done()) return build(f);
    const bool extended = c.eat('-');
    if (c.eat('W') || c.eat('w')) {
      int week = 0;
      int weekday = 1;
      if (!c.digits(2, week)) return {};
      if (extended && c.peek() == '-' && is_digit(c.peek(1))) ++c.i;
      if (is_digit(c.peek())) c.digits(1, weekday);
      if (!set_week(f, week, weekday)) return {};
      return read_iso_time(c, f);
    }
    if (!extended) return {};
    const std::size_t k = number(c, value);
    if (k == 3) {
      if (!set_ordinal(f, value)) return {};
      return read_iso_time(c, f);
    }
    if (k != 1 && k != 2) return {};
    f.month = static_cast<int>(value);
    if (c.done()) return build(f);  // year and month: the first of the month
    // At most two digits: the time may follow with nothing between ("2003-12-3110:14:55").
    if (!c.eat('-') || !c.digits_upto(2, f.day)) return {};
    return read_iso_time(c, f);
  }
  if (n == 7) {
    f.year = static_cast<int>(value / 1000);
    if (!set_ordinal(f, value % 1000)) return {};
    return read_iso_time(c, f);
  }
  if (n != 8 && n != 12 && n != 14) return {};
  std::int64_t time = -1;  // 12 and 14 digits carry a time with nothing before it
  if (n == 12) {
    time = value % 10000;
    value /= 10000;
  } else if (n == 14) {
    time = value % 1000000;
    value /= 1000000;
  }
  f.year = static_cast<int>(value / 10000);
  f.month = static_cast<int>(value / 100 % 100);
  f.day = static_cast<int>(value % 100);
  if (time < 0) return read_iso_time(c, f);
  if (n == 14) {
    f.second = static_cast<int>(time % 100);
    time /= 100;
  }
  f.hour = static_cast<int>(time / 100);
  f.minute = static_cast<int>(time % 100);
  return read_iso_tail(c, f, n == 14);
}

// The RFC 822 family, read as a sequence of parts in (almost) any order: a weekday (first, and
// ignored: the date wins), a month name, a time hh:mm[:ss][.frac] [AM|PM], two bare numbers that
// are the day and the year, and a zone once the time or the whole date has been read. Commas,
// dots and runs of whitespace separate parts; '-' does too next to a month name (RFC 850).
std::optional<DateTime> read_rfc822_family(std::string_view s) noexcept {
  enum class Part { none, weekday, month, number, time, zone };
  Cursor c{s};
  Fields f;
  f.month = 0;
  std::array<std::int64_t, 2> numbers{};
  std::array<std::size_t, 2> lengths{};
  std::size_t count = 0;
  bool has_time = false;
  bool has_zone = false;
  Part last = Part::none;
  for (;;) {
    while (is_xml_space(c.peek()) || c.peek() == ',' || c.peek() == '.') ++c.i;
    if (c.done()) break;
    const char ch = c.peek();
    const bool zone_allowed = !has_zone && (has_time || (f.month != 0 && count == 2));
    if (is_alpha(ch)) {
      const std::size_t start = c.i;
      const std::string_view word = c.word();
      if (last == Part::none && name_index(word, kFullDayNames) >= 0) {
        last = Part::weekday;
      } else if (f.month == 0 && name_index(word, kFullMonthNames) >= 0) {
        f.month = name_index(word, kFullMonthNames) + 1;
        last = Part::month;
      } else if (last == Part::time && (iequals(word, "AM") || iequals(word, "PM"))) {
        if (f.hour < 1 || f.hour > 12) return {};
        f.hour = f.hour % 12 + (iequals(word, "PM") ? 12 : 0);
        last = Part::zone;  // as after a zone, nothing more attaches to the time
      } else if (zone_allowed) {
        c.i = start;
        if (!read_zone(c, f.offset)) return {};
        has_zone = true;
        last = Part::zone;
      } else {
        return {};
      }
    } else if (is_digit(ch)) {
      std::int64_t value = 0;
      const std::size_t n = number(c, value);
      if (c.peek() == ':') {
        if (has_time || has_zone || n > 2) return {};  // the zone follows the time
        f.hour = static_cast<int>(value);
        ++c.i;
        if (!c.digits_upto(2, f.minute) || is_digit(c.peek())) return {};
        if (c.eat(':')) {
          if (!c.digits_upto(2, f.second) || is_digit(c.peek())) return {};
          skip_fraction(c);  // dropped; a '.' without digits is only a separator
        }
        has_time = true;
        last = Part::time;
      } else {
        if (count == numbers.size()) return {};
        numbers[count] = value;
        lengths[count] = n;
        ++count;
        last = Part::number;
      }
    } else if (ch == '-' && ((last == Part::number && is_alpha(c.peek(1))) ||
                             (last == Part::month && is_digit(c.peek(1))))) {
      ++c.i;  // RFC 850: 06-Nov-94
    } else if (is_sign(ch) && zone_allowed) {
      if (!read_zone(c, f.offset)) return {};
      has_zone = true;
      last = Part::zone;
    } else {
      return {};
    }
  }
  if (f.month == 0 || count != 2) return {};
  // The year is the number with more than two digits, or else the second one.
  const std::size_t y = lengths[0] > 2 ? 0 : 1;
  const std::size_t d = 1 - y;
  if (lengths[d] > 2 || lengths[y] < 2 || lengths[y] > 4) return {};
  f.day = static_cast<int>(numbers[d]);
  f.year = static_cast<int>(numbers[y]);
  if (lengths[y] == 2) {
    f.year += f.year < 50 ? 2000 : 1900;
  } else if (lengths[y] == 3) {
    f.year += 1900;  // RFC 2822 §4.3 obs-year
  }
  return build(f);
}

// Drops surrounding whitespace and trailing comments such as "(PST)" or "(Pacific Standard Time)".
// Each search for a '(' scans only what is then cut off, so the whole is linear.
std::string_view strip(std::string_view s) noexcept {
  s = detail::trim(s);
  while (!s.empty() && s.back() == ')') {
    const std::size_t open = s.rfind('(');
    if (open == std::string_view::npos) return {};
    s = detail::trim(s.substr(0, open));
  }
  return s;
}

// RFC 5322 §3.2.2 comments anywhere in a date, nested, with `\` quoting a character:
// "Thu(rsday), 9(th) Feb 2006 ...". Each becomes a space in `out`. Returns false when the text
// outside them does not fit `out` or a comment is left open.
template <std::size_t N>
bool without_comments(std::string_view s, std::array<char, N>& out, std::size_t& size) noexcept {
  size = 0;
  std::size_t depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    if (depth > 0) {
      if (ch == '\\') {
        ++i;
      } else if (ch == '(') {
        ++depth;
      } else if (ch == ')') {
        --depth;
      }
      continue;
    }
    if (size == N) return false;
    if (ch == '(') {
      depth = 1;
      out[size++] = ' ';
    } else {
      out[size++] = ch;
    }
  }
  return depth == 0;
}

// Reads hh:mm:ss at the cursor into `f`, each field in its range: 24:00 and leap seconds are
// the tolerant reader's to judge.
bool read_clock(Cursor& c, Fields& f) noexcept {
  return c.digits(2, f.hour) && c.eat(':') && c.digits(2, f.minute) && c.eat(':') &&
         c.digits(2, f.second) && f.hour <= 23 && f.minute <= 59 && f.second <= 59;
}

// Reads the numeric offset that ends the text (read_offset()'s forms), or the name `utc`.
std::optional<DateTime> read_last_zone(Cursor& c, Fields f, std::string_view utc) noexcept {
  if (c.s.substr(c.i) == utc) return build(f);
  if (!is_sign(c.peek()) || !read_offset(c, f.offset, false) || !c.done()) return {};
  return build(f);
}

// RFC 3339 exactly as Atom and JSON Feed write it, YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm):
// nearly every date they hold, in half the tolerant reader's instructions. Anything else is
// left to the tolerant reader (nothing), which reads what this accepts with the same steps.
std::optional<DateTime> read_rfc3339(std::string_view s) noexcept {
  Cursor c{s};
  Fields f;
  if (!c.digits(4, f.year) || !c.eat('-') || !c.digits(2, f.month) || !c.eat('-') ||
      !c.digits(2, f.day) || !c.eat('T') || !read_clock(c, f)) {
    return {};
  }
  skip_fraction(c);  // dropped, which rounds down
  return read_last_zone(c, f, "Z");
}

// The three letters at `p` as one number, to be compared with a name's in one go.
constexpr std::uint32_t key3(const char* p) noexcept {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(p[0])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
         static_cast<unsigned char>(p[2]);
}

// The index of the three letters at the cursor among `names` (exact spelling), or -1; moves
// past them when found. A quicker name_index() for the names as RFC 822 spells them.
template <std::size_t N>
int exact_index(Cursor& c, const std::array<std::string_view, N>& names) noexcept {
  if (c.s.size() - c.i < 3) return -1;
  const std::uint32_t key = key3(c.s.data() + c.i);
  for (std::size_t k = 0; k < N; ++k) {
    if (key == key3(names[k].data())) {
      c.i += 3;
      return static_cast<int>(k);
    }
  }
  return -1;
}

// RFC 822 as RSS writes it, Ddd, DD Mmm YYYY hh:mm:ss (+hhmm|GMT): the quick reader of the
// form nearly every pubDate takes, on the terms of read_rfc3339().
std::optional<DateTime> read_rfc822(std::string_view s) noexcept {
  Cursor c{s};
  Fields f;
  if (exact_index(c, detail::kDayNames) < 0 || !c.eat(',') || !c.eat(' ') || !c.digits(2, f.day) ||
      !c.eat(' ')) {
    return {};
  }
  f.month = exact_index(c, detail::kMonthNames) + 1;
  if (f.month == 0 || !c.eat(' ') || !c.digits(4, f.year) || !c.eat(' ') || !read_clock(c, f) ||
      !c.eat(' ')) {
    return {};
  }
  return read_last_zone(c, f, "GMT");
}

std::optional<DateTime> read_date(std::string_view text) noexcept {
  const std::string_view s = strip(text);
  if (s.empty()) return {};
  if (is_digit(s.front())) {
    // The RFC 822 family may open with a number too ("07 Sep 2002", "2002 Sep 07"); the ISO
    // reader turns those down within a few characters.
    if (auto dt = read_iso8601(s)) return dt;
  }
  return read_rfc822_family(s);
}

}  // namespace

std::optional<DateTime> parse_date(std::string_view text) noexcept {
  if (auto dt = read_rfc3339(text)) return dt;
  if (auto dt = read_rfc822(text)) return dt;
  if (auto dt = read_date(text)) return dt;
  if (text.find('(') == std::string_view::npos) return {};
  std::array<char, 256> buffer{};  // dates are short: a longer text is no date
  std::size_t size = 0;
  if (!without_comments(text, buffer, size)) return {};
  return read_date(std::string_view(buffer.data(), size));
}

}  // namespace feedpp
