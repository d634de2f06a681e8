// SPDX-License-Identifier: MIT
// The only user of Howard Hinnant's date library, for calendar arithmetic. Names of days and
// months are our own tables (date_tokens.hpp): date's depend on ONLY_C_LOCALE, which Debian's
// package sets for us.
#include "feedpp/datetime.hpp"

#include <date/date.h>

#include <array>
#include <cstdint>

#include "date/date_tokens.hpp"
#include "date/datetime_format.hpp"

namespace feedpp {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

using detail::Cursor;
using detail::iequals;
using detail::kDayNames;
using detail::kMonthNames;
using detail::trim;

// Local seconds of 0000-01-01T00:00:00 and 9999-12-31T23:59:59 since the epoch.
constexpr std::int64_t kMinLocal = -62167219200;
constexpr std::int64_t kMaxLocal = 253402300799;

// Returns the local time of `dt` in seconds since the epoch, or nothing when it is out of range
// (checked before adding, so that no extreme Timestamp can overflow).
std::optional<std::int64_t> local_seconds(const DateTime& dt) noexcept {
  const std::int64_t utc = dt.utc.time_since_epoch().count();
  const std::int64_t off = dt.offset.count();
  if (off > DateTime::kMaxOffset.count() || off < -DateTime::kMaxOffset.count()) return {};
  if (utc < kMinLocal - 86400 || utc > kMaxLocal + 86400) return {};
  const std::int64_t local = utc + off * 60;
  if (local < kMinLocal || local > kMaxLocal) return {};
  return local;
}

CivilTime civil_from_local(std::int64_t local) noexcept {
  const date::sys_seconds t{seconds{local}};
  const auto days = date::floor<date::days>(t);
  const date::year_month_day ymd{days};
  const auto secs = (t - days).count();
  CivilTime c;
  c.year = static_cast<int>(ymd.year());
  c.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  c.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  c.hour = static_cast<int>(secs / 3600);
  c.minute = static_cast<int>(secs / 60 % 60);
  c.second = static_cast<int>(secs % 60);
  c.weekday = static_cast<int>(date::weekday{days}.c_encoding());
  return c;
}

char* put2(char* out, int v) noexcept {
  out[0] = static_cast<char>('0' + v / 10);
  out[1] = static_cast<char>('0' + v % 10);
  return out + 2;
}

char* put4(char* out, int v) noexcept {
  out = put2(out, v / 100);
  return put2(out, v % 100);
}

char* put_name(char* out, std::string_view name) noexcept {
  for (const char ch : name) *out++ = ch;
  return out;
}

// --- strict parsing ---------------------------------------------------------------------------

// RFC 822 §5.1 zones and their offsets in minutes; military letters other than Z are not
// accepted here (RFC 1123 §5.2.14: their signs were specified backwards).
std::optional<int> named_zone(std::string_view z) noexcept {
  struct Zone {
    std::string_view name;
    int offset;
  };
  static constexpr std::array<Zone, 11> kZones = {{{"UT", 0},
                                                   {"GMT", 0},
                                                   {"Z", 0},
                                                   {"EST", -300},
                                                   {"EDT", -240},
                                                   {"CST", -360},
                                                   {"CDT", -300},
                                                   {"MST", -420},
                                                   {"MDT", -360},
                                                   {"PST", -480},
                                                   {"PDT", -420}}};
  for (const auto& zone : kZones) {
    if (iequals(z, zone.name)) return zone.offset;
  }
  return {};
}

}  // namespace

bool DateTime::ok() const noexcept { return local_seconds(*this).has_value(); }

CivilTime civil_time(const DateTime& dt) noexcept {
  // Out-of-range values still get an answer: the instant in UTC, clamped to what date handles.
  const auto local = local_seconds(dt);
  if (local) return civil_from_local(*local);
  std::int64_t utc = dt.utc.time_since_epoch().count();
  utc = utc < kMinLocal ? kMinLocal : utc > kMaxLocal ? kMaxLocal : utc;
  return civil_from_local(utc);
}

std::optional<DateTime> make_datetime(int year, int month, int day, int hour, int minute,
                                      int second, std::chrono::minutes offset) noexcept {
  if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 ||
      hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 ||
      offset > DateTime::kMaxOffset || offset < -DateTime::kMaxOffset) {
    return {};
  }
  const date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month)},
                                 date::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return {};
  const auto local =
      date::sys_days{ymd} + std::chrono::hours{hour} + minutes{minute} + seconds{second};
  return DateTime{Timestamp{local.time_since_epoch()} - offset, offset};
}

std::string format_rfc822(const DateTime& dt) {
  char buf[detail::kRfc822Size];
  return std::string(buf, detail::format_rfc822(dt, buf));
}

std::string format_rfc3339(const DateTime& dt) {
  char buf[detail::kRfc3339Size];
  return std::string(buf, detail::format_rfc3339(dt, buf));
}

std::optional<DateTime> parse_rfc822(std::string_view text) noexcept {
  Cursor c{trim(text)};
  std::string_view word = c.word();
  int weekday = -1;
  if (!word.empty()) {  // RFC 822 §5.1: [ day "," ]
    for (std::size_t k = 0; k < kDayNames.size(); ++k) {
      if (iequals(word, kDayNames[k])) weekday = static_cast<int>(k);
    }
    if (weekday < 0 || !c.eat(',')) return {};
    c.space();
  }
  int day = 0;
  int year = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
  if (!c.digits_upto(2, day) || !c.space()) return {};
  word = c.word();
  int month = 0;
  for (std::size_t k = 0; k < kMonthNames.size(); ++k) {
    if (iequals(word, kMonthNames[k])) month = static_cast<int>(k) + 1;
  }
  if (month == 0 || !c.space()) return {};
  // RFC 1123 §5.2.14: four-digit years.
  if (!c.digits(4, year) || !c.space()) return {};
  if (!c.digits(2, hour) || !c.eat(':') || !c.digits(2, minute)) return {};
  if (c.eat(':') && !c.digits(2, second)) return {};
  if (!c.space()) return {};
  int offset = 0;
  if (c.peek() == '+' || c.peek() == '-') {
    const bool negative = c.peek() == '-';
    ++c.i;
    int hh = 0;
    int mm = 0;
    if (!c.digits(2, hh) || !c.digits(2, mm) || mm > 59) return {};
    offset = (negative ? -1 : 1) * (hh * 60 + mm);
  } else {
    const auto zone = named_zone(c.word());
    if (!zone) return {};
    offset = *zone;
  }
  if (!c.done()) return {};
  auto dt = make_datetime(year, month, day, hour, minute, second, minutes{offset});
  if (!dt || (weekday >= 0 && civil_time(*dt).weekday != weekday)) return {};
  return dt;
}

std::optional<DateTime> parse_rfc3339(std::string_view text) noexcept {
  Cursor c{trim(text)};
  int year = 0;
  int month = 0;
  int day = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
  if (!c.digits(4, year) || !c.eat('-') || !c.digits(2, month) || !c.eat('-') ||
      !c.digits(2, day)) {
    return {};
  }
  if (!c.eat('T') && !c.eat('t')) return {};
  if (!c.digits(2, hour) || !c.eat(':') || !c.digits(2, minute) || !c.eat(':') ||
      !c.digits(2, second)) {
    return {};
  }
  if (c.eat('.')) {  // time-secfrac: dropped
    int ignored = 0;
    if (!c.digits(1, ignored)) return {};
    while (c.peek() >= '0' && c.peek() <= '9') ++c.i;
  }
  int offset = 0;
  if (c.eat('Z') || c.eat('z')) {
    offset = 0;
  } else if (c.peek() == '+' || c.peek() == '-') {
    const bool negative = c.peek() == '-';
    ++c.i;
    int hh = 0;
    int mm = 0;
    if (!c.digits(2, hh) || !c.eat(':') || !c.digits(2, mm) || mm > 59) return {};
    offset = (negative ? -1 : 1) * (hh * 60 + mm);
  } else {
    return {};
  }
  if (!c.done()) return {};
  return make_datetime(year, month, day, hour, minute, second, minutes{offset});
}

namespace detail {

std::size_t format_rfc822(const DateTime& dt, char* out) noexcept {
  const auto local = local_seconds(dt);
  if (!local) return 0;
  const CivilTime t = civil_from_local(*local);
  char* p = out;
  p = put_name(p, kDayNames[static_cast<std::size_t>(t.weekday)]);
  *p++ = ',';
  *p++ = ' ';
  p = put2(p, t.day);
  *p++ = ' ';
  p = put_name(p, kMonthNames[static_cast<std::size_t>(t.month - 1)]);
  *p++ = ' ';
  p = put4(p, t.year);
  *p++ = ' ';
  p = put2(p, t.hour);
  *p++ = ':';
  p = put2(p, t.minute);
  *p++ = ':';
  p = put2(p, t.second);
  *p++ = ' ';
  const int off = static_cast<int>(dt.offset.count());
  *p++ = off < 0 ? '-' : '+';
  const int abs_off = off < 0 ? -off : off;
  p = put2(p, abs_off / 60);
  p = put2(p, abs_off % 60);
  return static_cast<std::size_t>(p - out);
}

std::size_t format_rfc3339(const DateTime& dt, char* out) noexcept {
  const auto local = local_seconds(dt);
  if (!local) return 0;
  const CivilTime t = civil_from_local(*local);
  char* p = out;
  p = put4(p, t.year);
  *p++ = '-';
  p = put2(p, t.month);
  *p++ = '-';
  p = put2(p, t.day);
  *p++ = 'T';
  p = put2(p, t.hour);
  *p++ = ':';
  p = put2(p, t.minute);
  *p++ = ':';
  p = put2(p, t.second);
  const int off = static_cast<int>(dt.offset.count());
  if (off == 0) {
    *p++ = 'Z';
  } else {
    *p++ = off < 0 ? '-' : '+';
    const int abs_off = off < 0 ? -off : off;
    p = put2(p, abs_off / 60);
    *p++ = ':';
    p = put2(p, abs_off % 60);
  }
  return static_cast<std::size_t>(p - out);
}

}  // namespace detail
std::string format_date(const DateTime& dt, DateStyle style, bool in_utc) {
  const DateTime written = in_utc ? DateTime{dt.utc, std::chrono::minutes{0}} : dt;
  return style == DateStyle::rfc822 ? format_rfc822(written) : format_rfc3339(written);
}

}  // namespace feedpp
