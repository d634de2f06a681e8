// SPDX-License-Identifier: MIT
// Dates as the W3C validator tests them: RFC 822 for RSS 2.0 (strictly as RFC 2822 recommends,
// else "problematical" when readers may still read it), and ISO 8601 with its W3C-DTF and
// RFC 3339 profiles. A date before 1990 or in the future is implausible (a warning).
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

#include "base/ascii.hpp"
#include "check/values.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
long long days_from_civil(long long y, unsigned m, unsigned d) noexcept {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

bool leap(long long y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(long long y, unsigned m) noexcept {
  constexpr unsigned kDaysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDaysIn[m - 1];
}

long long now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Reads exactly `n` digits.
bool digits(std::string_view& s, std::size_t n, int& out) noexcept {
  if (s.size() < n) return false;
  int v = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_digit(s[i])) return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  s.remove_prefix(n);
  return true;
}

bool eat(std::string_view& s, std::string_view what) noexcept {
  if (s.substr(0, what.size()) != what) return false;
  s.remove_prefix(what.size());
  return true;
}

int month_of(std::string_view s, bool lower) noexcept {
  if (s.size() != 3) return 0;
  // Three letters compared in place: every date of every item asks.
  const auto same = [lower](char a, char b) {
    return lower ? ascii_lower(a) == ascii_lower(b) : a == b;
  };
  for (int i = 0; i < 12; ++i) {
    const std::string_view m = kMonths[i];
    if (same(s[0], m[0]) && same(s[1], m[1]) && same(s[2], m[2])) return i + 1;
  }
  return 0;
}

// Zone offsets in minutes of RFC 822's names.
bool named_zone(std::string_view z, int& minutes) noexcept {
  struct Zone {
    std::string_view name;
    int minutes;
  };
  constexpr Zone kZones[] = {{"UT", 0},     {"GMT", 0},    {"Z", 0},      {"EST", -300},
                             {"EDT", -240}, {"CST", -360}, {"CDT", -300}, {"MST", -420},
                             {"MDT", -360}, {"PST", -480}, {"PDT", -420}};
  for (const Zone& zone : kZones) {
    if (zone.name == z) {
      minutes = zone.minutes;
      return true;
    }
  }
  return false;
}

struct Parsed822 {
  bool weekday = false;
  int dow = 0;
  int day = 0;
  int month = 0;
  int year = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
  int zone = 0;
};

// The strict form: [Www, ]d[d] Mmm yyyy hh:mm[:ss] zone.
bool parse_strict_822(std::string_view s, Parsed822& p) noexcept {
  if (s.size() >= 5 && s[3] == ',' && s[4] == ' ') {
    bool found = false;
    for (int i = 0; i < 7 && !found; ++i) {
      if (s.substr(0, 3) == kDays[i]) {
        p.dow = i;
        found = true;
      }
    }
    if (!found) return false;
    p.weekday = true;
    s.remove_prefix(5);
  }
  if (!digits(s, s.size() > 1 && is_digit(s[1]) ? 2 : 1, p.day) || !eat(s, " ")) return false;
  p.month = s.size() >= 3 ? month_of(s.substr(0, 3), false) : 0;
  if (p.month == 0) return false;
  s.remove_prefix(3);
  if (!eat(s, " ") || !digits(s, 4, p.year) || !eat(s, " ")) return false;
  if (!digits(s, 2, p.hour) || !eat(s, ":") || !digits(s, 2, p.minute)) return false;
  if (eat(s, ":") && !digits(s, 2, p.second)) return false;
  if (!eat(s, " ")) return false;
  if (named_zone(s, p.zone)) return true;
  // [+-]?\d\d[03]0
  int sign = 1;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    sign = s[0] == '-' ? -1 : 1;
    s.remove_prefix(1);
  }
  int hh = 0;
  int m1 = 0;
  int m2 = 0;
  if (!digits(s, 2, hh) || !digits(s, 1, m1) || !digits(s, 1, m2)) return false;
  if ((m1 != 0 && m1 != 3) || m2 != 0 || !s.empty()) return false;
  p.zone = sign * (hh * 60 + m1 * 10);
  return true;
}

bool is_822_space(char c) noexcept { return is_xml_space(c) || c == '\f' || c == '\v'; }

void skip_spaces(std::string_view& s) noexcept {
  while (!s.empty() && is_822_space(s[0])) s.remove_prefix(1);
}

bool spaces(std::string_view& s) noexcept {
  if (s.empty() || !is_822_space(s[0])) return false;
  skip_spaces(s);
  return true;
}

// The lenient form, on text without comments: any case, any white space, two-digit years,
// military zones.
bool matches_lenient_822(std::string_view s) noexcept {
  if (s.size() >= 3) {
    for (std::string_view d : kDays) {
      if (iequals(s.substr(0, 3), d)) {
        std::string_view t = s.substr(3);
        skip_spaces(t);
        if (!t.empty() && t[0] == ',') {
          t.remove_prefix(1);
          skip_spaces(t);
          s = t;
        }
        break;
      }
    }
  }
  int v = 0;
  if (!digits(s, s.size() > 1 && is_digit(s[1]) ? 2 : 1, v) || !spaces(s)) return false;
  if (s.size() < 3 || month_of(s.substr(0, 3), true) == 0) return false;
  s.remove_prefix(3);
  if (!spaces(s) || !digits(s, 2, v)) return false;
  if (s.size() >= 2 && is_digit(s[0]) && is_digit(s[1])) s.remove_prefix(2);
  if (!spaces(s) || !digits(s, 2, v) || !eat(s, ":") || !digits(s, 2, v)) return false;
  if (eat(s, ":") && !digits(s, 2, v)) return false;
  if (!spaces(s)) return false;
  if (s.empty()) return true;
  if ((s[0] == '+' || s[0] == '-') && s.size() == 5) {
    s.remove_prefix(1);
    return digits(s, 4, v);
  }
  std::string upper;
  for (char c : s) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  if (named_zone(upper, v) && upper != "Z") return true;
  return s.size() == 1 && is_alpha(s[0]) && ascii_lower(s[0]) != 'j';
}

// Removes backslash escapes and (nested) comments, as the validator does before the lenient test.
std::string without_comments(std::string_view s) {
  std::string out;
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      ++i;
      continue;
    }
    if (s[i] == '(') {
      ++depth;
      continue;
    }
    if (s[i] == ')' && depth > 0) {
      if (--depth == 0) out += ' ';
      continue;
    }
    if (depth == 0) out += s[i];
  }
  return out;
}

// Tomorrow, as the validator writes it (%Y-%m-%dT%H:%M:%SZ in UTC), made again once a second
// at most: a feed has thousands of dates.
std::string_view tomorrow_text() {
  thread_local long long made = -1;
  thread_local char buf[96];
  const long long now = now_seconds();
  if (now != made) {
    made = now;
    const auto tomorrow = static_cast<std::time_t>(now + 86400);
    std::tm tm{};
    gmtime_r(&tomorrow, &tm);
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
                  tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  }
  return buf;
}

}  // namespace

DateVerdict judge_rfc822(std::string_view value) {
  Parsed822 p;
  if (parse_strict_822(value, p)) {
    if (p.month < 1 || p.day < 1 ||
        static_cast<unsigned>(p.day) > days_in_month(p.year, static_cast<unsigned>(p.month)))
      return DateVerdict::bad_value;
    const long long days =
        days_from_civil(p.year, static_cast<unsigned>(p.month), static_cast<unsigned>(p.day));
    if (p.weekday) {
      const int dow = static_cast<int>(((days % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
      if (dow != p.dow) return DateVerdict::incorrect_dow;
    }
    const long long instant = days * 86400 + p.hour * 3600 + p.minute * 60 + p.second -
                              static_cast<long long>(p.zone) * 60;
    if (p.year < 1990 || instant > now_seconds() + 600) return DateVerdict::implausible;
    return DateVerdict::valid;
  }
  const std::string clean = without_comments(value);
  return matches_lenient_822(strip(clean)) ? DateVerdict::problematical : DateVerdict::invalid;
}

DateVerdict judge_iso8601(std::string_view value, IsoForm form, bool bounded) {
  std::string_view s = value;
  int year = 0;
  int month = 0;
  int day = 0;
  bool has_day = false;
  bool has_time = false;
  int hh = 0;
  int mm = 0;
  if (!digits(s, 4, year)) return DateVerdict::invalid;
  if (eat(s, "-")) {
    if (!digits(s, 2, month)) return DateVerdict::invalid;
    if (eat(s, "-")) {
      if (!digits(s, 2, day)) return DateVerdict::invalid;
      has_day = true;
      if (eat(s, "T")) {
        has_time = true;
        if (!digits(s, 2, hh) || !eat(s, ":") || !digits(s, 2, mm)) return DateVerdict::invalid;
        int ss = 0;
        bool has_seconds = false;
        double seconds = 0;
        if (eat(s, ":")) {
          if (!digits(s, 2, ss)) return DateVerdict::invalid;
          has_seconds = true;
          seconds = ss;
          if (eat(s, ".")) {
            double scale = 0.1;
            while (!s.empty() && is_digit(s[0])) {
              seconds += (s[0] - '0') * scale;
              scale /= 10;
              s.remove_prefix(1);
            }
          }
        }
        if (form == IsoForm::rfc3339 && !has_seconds) return DateVerdict::invalid;
        bool zone = false;
        if (eat(s, "Z")) {
          zone = true;
        } else if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
          s.remove_prefix(1);
          int zh = 0;
          int zm = 0;
          if (!digits(s, 2, zh) || !eat(s, ":") || !digits(s, 2, zm)) return DateVerdict::invalid;
          zone = true;
        }
        if (!zone && form != IsoForm::iso8601) return DateVerdict::invalid;
        if (hh > 23 || mm > 60 || seconds > 60.0) return DateVerdict::invalid;
      }
    }
  }
  if (!s.empty()) return DateVerdict::invalid;
  if (form == IsoForm::rfc3339 && !has_time) return DateVerdict::invalid;
  if (has_day && (month < 1 || month > 12 || day < 1 ||
                  static_cast<unsigned>(day) > days_in_month(year, static_cast<unsigned>(month))))
    return DateVerdict::bad_value;
  if (!bounded) return DateVerdict::valid;
  // The validator compares the text: before "1990-01-01", or after tomorrow in UTC.
  if (value < std::string_view("1990-01-01")) return DateVerdict::implausible;
  if (value > tomorrow_text()) return DateVerdict::implausible;
  return DateVerdict::valid;
}

}  // namespace feedpp::detail
