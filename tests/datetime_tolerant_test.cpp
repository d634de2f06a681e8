// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>

#include "feedpp/datetime.hpp"

namespace feedpp {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

// Seconds since the epoch of a civil UTC time, computed here rather than with make_datetime() so
// that the expectations do not share the library's arithmetic (days_from_civil, from Howard
// Hinnant's "chrono-Compatible Low-Level Date Algorithms").
constexpr std::int64_t utc(std::int64_t y, std::int64_t m, std::int64_t d, std::int64_t hh = 0,
                           std::int64_t mm = 0, std::int64_t ss = 0) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const std::int64_t days = era * 146097 + doe - 719468;
  return days * 86400 + hh * 3600 + mm * 60 + ss;
}
static_assert(utc(1970, 1, 1) == 0);
static_assert(utc(2008, 11, 24, 12) == 1227528000);  // checked against `date -u -d`

DateTime at(std::int64_t utc_seconds, int offset_minutes = 0) {
  return DateTime{Timestamp{seconds{utc_seconds}}, minutes{offset_minutes}};
}

// A local time written with `offset_minutes`, as the DateTime it stands for.
DateTime local(std::int64_t local_seconds, int offset_minutes) {
  return at(local_seconds - std::int64_t{offset_minutes} * 60, offset_minutes);
}

struct Case {
  const char* text;
  DateTime expected;
};

void expect_all(const std::vector<Case>& cases) {
  for (const auto& [text, expected] : cases) {
    const auto dt = parse_date(text);
    if (!dt) {
      ADD_FAILURE() << "rejected: \"" << text << '"';
      continue;
    }
    EXPECT_EQ(dt->utc.time_since_epoch().count(), expected.utc.time_since_epoch().count())
        << '"' << text << '"';
    EXPECT_EQ(dt->offset.count(), expected.offset.count()) << '"' << text << '"';
  }
}

TEST(ParseDateTest, AcceptsWhatTheStrictParsersAcceptAlike) {
  for (const char* text : {"Mon, 23 Mar 2026 00:00:00 +0000",
                           "Mon, 10 Nov 2025 08:15:00 -0500",
                           "Sat, 07 Sep 2002 00:00:01 +0530",
                           "Fri, 31 Dec 1999 23:59:59 -2359",
                           "Sat, 07 Sep 2002 00:00:01 GMT",
                           "Sat, 07 Sep 2002 00:00:01 UT",
                           "Sat, 07 Sep 2002 00:00:01 Z",
                           "07 Sep 2002 00:00:01 +0000",
                           "Sat, 7 Sep 2002 00:00:01 GMT",
                           "sat, 07 sep 2002 00:00:01 gmt",
                           "  Sat,  07  Sep  2002  00:00:01  GMT \n",
                           "Sat,07 Sep 2002 00:00:01 GMT",
                           "Sat, 07 Sep 2002 00:00 GMT",
                           "Sat, 07 Sep 2002 00:00:01 EST",
                           "Sat, 07 Sep 2002 00:00:01 EDT",
                           "Sat, 07 Sep 2002 00:00:01 CST",
                           "Sat, 07 Sep 2002 00:00:01 CDT",
                           "Sat, 07 Sep 2002 00:00:01 MST",
                           "Sat, 07 Sep 2002 00:00:01 MDT",
                           "Sat, 07 Sep 2002 00:00:01 PST",
                           "Sat, 07 Sep 2002 00:00:01 PDT",
                           "Thu, 29 Feb 2024 10:00:00 GMT",
                           "Sat, 01 Jan 2050 00:00:00 GMT",
                           "\tWed, 01 Jan 2020 00:00:00 -2359\r\n"}) {
    const auto strict = parse_rfc822(text);
    ASSERT_TRUE(strict) << text;
    EXPECT_EQ(parse_date(text), strict) << text;
  }
  for (const char* text :
       {"2026-03-23T00:00:00Z", "2025-11-10T08:15:00-05:00", "1969-07-20T20:17:40+23:59",
        "2100-02-28T12:00:00-23:59", "2002-09-07T00:00:01Z", "2002-09-07t00:00:01z",
        " 2002-09-07T00:00:01.999999Z\n", "2002-09-07T02:00:01+02:00", "2002-09-06T23:00:01-01:00",
        "1969-12-31T23:59:59.5Z", "2000-02-29T00:00:00Z", "1900-01-01T00:00:00Z",
        "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0000-01-01T23:59:00+23:59",
        "9999-12-31T00:00:00-23:59", "2002-09-07T00:00:01.0000000000000000000000000000000001Z"}) {
    const auto strict = parse_rfc3339(text);
    ASSERT_TRUE(strict) << text;
    EXPECT_EQ(parse_date(text), strict) << text;
  }
}

TEST(ParseDateTest, ReadsTheExamplesInItsHeader) {
  expect_all({
      {"Tue, 10 Nov 2025 08:15:00 -0500", local(utc(2025, 11, 10, 8, 15), -300)},  // a Monday
      {"Mon, 23 Mar 2026 00:00:00 +0000", at(utc(2026, 3, 23))},
      {"2026-03-23T00:00:00Z", at(utc(2026, 3, 23))},
      {"2025-11-10T08:15:00-05:00", local(utc(2025, 11, 10, 8, 15), -300)},
      {"Tuesday, 10 September 2002 12:00 +00:00", at(utc(2002, 9, 10, 12))},
      {"Tue, 10 Sep 2002 12:00 GMT+1", local(utc(2002, 9, 10, 12), 60)},
      {"Tue, 10 Sep 2002 12:00 CET", local(utc(2002, 9, 10, 12), 60)},
      {"Tue, 10 Sep 2002 12:00 BST", local(utc(2002, 9, 10, 12), 60)},
      {"Tue, 10 Sep 2002 12:00 JST", local(utc(2002, 9, 10, 12), 540)},
      {"Tue, 10 Sep 2002 12:00 IST", local(utc(2002, 9, 10, 12), 330)},
      {"Tue, 10 Sep 2002 12:00 A", at(utc(2002, 9, 10, 12))},
      {"Tue, 10 Sep 2002 12:00", at(utc(2002, 9, 10, 12))},
      {"2003-12-31T10:14:55Z", at(utc(2003, 12, 31, 10, 14, 55))},
      {"2003-12-31", at(utc(2003, 12, 31))},
      {"2003-12", at(utc(2003, 12, 1))},
      {"2003", at(utc(2003, 1, 1))},
      {"20031231T101455Z", at(utc(2003, 12, 31, 10, 14, 55))},
      {"Sun Nov  6 08:49:37 1994", at(utc(1994, 11, 6, 8, 49, 37))},
      {"Sunday, 06-Nov-94 08:49:37 GMT", at(utc(1994, 11, 6, 8, 49, 37))},
      {"2016-12-31T23:59:60Z", at(utc(2016, 12, 31, 23, 59, 59))},
      // And those of parse_date()'s own comment.
      {"Tue, 10 Sept 2002 12:00 GMT", at(utc(2002, 9, 10, 12))},
      {"Sep 07 2002", at(utc(2002, 9, 7))},
      {"Sat, 07 Sep 2002 12:00 UTC-05:00", local(utc(2002, 9, 7, 12), -300)},
      {"Sat, 07 Sep 2002 12:00 -0800 PST", local(utc(2002, 9, 7, 12), -480)},
      {"Sat, 07 Sep 2002 12:00 -0800 (Pacific Standard Time)", local(utc(2002, 9, 7, 12), -480)},
      {"Sat, 07 Sep 102 12:00 GMT", at(utc(2002, 9, 7, 12))},
      {"2003-365", at(utc(2003, 12, 31))},
      {"2004-W01-1", at(utc(2003, 12, 29))},
      {"2003-12-31T24:00:00Z", at(utc(2004, 1, 1))},
  });
}

TEST(ParseDateTest, ReadsRfc822AsFeedsWriteIt) {
  expect_all({
      {"Mon, 24 Nov 2008 12:00:00 GMT", at(1227528000)},
      {"Thu, 01 Jan 2004 19:48:21 GMT", at(1072986501)},
      {"Fri, 10 Nov 2006 7:31:00 +0100", local(utc(2006, 11, 10, 7, 31), 60)},
      {"10 Nov 2006 07:31 +0100", local(utc(2006, 11, 10, 7, 31), 60)},
      {"Tue, 10 Jun 2003 04:00:00 -0400 (EDT)", at(1055232000, -240)},
      {"Sun, 06 Nov 1994 08:49:37 EST", at(784129777, -300)},
      {"Wed, 02 Oct 2002 08:00:00 EST", local(utc(2002, 10, 2, 8), -300)},
      {"Wed, 02 Oct 2002 13:00:00 GMT", at(utc(2002, 10, 2, 13))},
      {"Wed, 02 Oct 2002 15:00:00 +0200", local(utc(2002, 10, 2, 15), 120)},
      {"Sat, 07 Sep 2002 00:00:01 GMT", at(1031356801)},
      {"Sat, 7 Sep 2002 0:00:01 GMT", at(1031356801)},                // one-digit hour
      {"Sat, 07 Sep 2002 8:5:01 GMT", at(utc(2002, 9, 7, 8, 5, 1))},  // one-digit minute
      {"Tue, 10 Sep 2002 8:15 -0500", local(utc(2002, 9, 10, 8, 15), -300)},
      {"Sat, 07 Sep 02 00:00:01 GMT", at(1031356801)},               // two-digit year
      {"Sun, 07 Sep 2002 00:00:01 GMT", at(1031356801)},             // wrong weekday
      {"07 Sep 2002 00:00:01 GMT", at(1031356801)},                  // no weekday
      {"Sat 07 Sep 2002 00:00:01 GMT", at(1031356801)},              // no comma
      {"Sat, 07 Sep 2002 00:00:01", at(1031356801)},                 // no zone
      {"Sat, 07 Sep 2002", at(utc(2002, 9, 7))},                     // no time
      {"Sat., 07 Sep. 2002 00:00:01 GMT", at(1031356801)},           // dots
      {"Sat,, 07 Sep, 2002, 00:00:01, GMT", at(1031356801)},         // commas
      {"Sat ,  07   Sep  2002   00:00:01   GMT", at(1031356801)},    // spaces
      {"Sat,\t07\tSep\t2002\t00:00:01\tGMT", at(1031356801)},        // tabs
      {"Sat, 07 Sept 2002 00:00:01 GMT", at(1031356801)},            // "Sept"
      {"Saturday, 07 September 2002 00:00:01 GMT", at(1031356801)},  // full names
      {"SATURDAY, 07 SEPTEMBER 2002 00:00:01 GMT", at(1031356801)},  // any case
      {"Tuesday, 10 September 2002", at(utc(2002, 9, 10))},
      {"Sep 07 2002 00:00:01 GMT", at(1031356801)},  // month first
      {"Sep 7, 2002 00:00:01 GMT", at(1031356801)},
      {"September 7, 2002", at(utc(2002, 9, 7))},
      {"Sat, Sep 07 2002 00:00:01 +0000", at(1031356801)},
      {"2002 Sep 07 00:00:01 GMT", at(1031356801)},                      // year first
      {"Sat, 07 Sep 2002 00:00:01.250 GMT", at(1031356801)},             // a fraction
      {"Sat, 07 Sep 2002 00:00:01 -0800 PST", at(1031385601, -480)},     // numeric wins
      {"Sat, 07 Sep 2002 00:00:01 +0800 CST", local(1031356801, 480)},   // China, not US
      {"Sat, 07 Sep 2002 00:00:01 -0300 BRT", local(1031356801, -180)},  // a name we do not know
      {"Sat, 07 Sep 2002 12:00:01 AM GMT", at(1031356801)},
      {"Sat, 07 Sep 2002 12:30 PM -0500", local(utc(2002, 9, 7, 12, 30), -300)},
      {"Sat, 07 Sep 2002 1:30 pm", at(utc(2002, 9, 7, 13, 30))},
      {"Mon, 31 Dec 2001 23:59:59 -2359", local(utc(2001, 12, 31, 23, 59, 59), -1439)},
      {"Mon, 01 Jan 0001 00:00:00 +0000", at(utc(1, 1, 1))},
      {"Fri, 31 Dec 9999 23:59:59 +0000", at(utc(9999, 12, 31, 23, 59, 59))},
  });
}

TEST(ParseDateTest, ReadsEveryMonthAndWeekdayInEveryForm) {
  static constexpr std::array<const char*, 12> kFull = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  static constexpr std::array<const char*, 7> kDays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};
  for (int m = 1; m <= 12; ++m) {
    const std::string full = kFull[static_cast<std::size_t>(m - 1)];
    std::string upper = full;
    std::string lower = full;
    for (char& ch : upper) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
    for (char& ch : lower) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    const DateTime expected = at(utc(2021, m, 15, 6, 7, 8));
    // The 15th of each month of 2021, on its weekday and on every other one (ignored).
    const auto weekday = static_cast<std::size_t>(civil_time(expected).weekday);
    for (const std::string& name :
         {full, full.substr(0, 3), upper, lower, upper.substr(0, 3), lower.substr(0, 3)}) {
      for (std::size_t d = 0; d < kDays.size(); ++d) {
        const std::string day = kDays[(weekday + d) % 7];
        for (const std::string& text :
             {day + ", 15 " + name + " 2021 06:07:08 GMT",
              day.substr(0, 3) + ", 15 " + name + " 2021 06:07:08 GMT",
              day.substr(0, 3) + " " + name + " 15 06:07:08 2021",
              day + ", 15-" + name.substr(0, 3) + "-21 06:07:08 GMT", "15 " + name + " 21 06:07:08",
              name + " 15, 2021 06:07:08"}) {
          EXPECT_EQ(parse_date(text), expected) << text;
        }
      }
    }
  }
}

TEST(ParseDateTest, ReadsTwoAndThreeDigitYears) {
  expect_all({
      {"01 Jan 00 00:00:00 GMT", at(utc(2000, 1, 1))},
      {"01 Jan 01 00:00:00 GMT", at(utc(2001, 1, 1))},
      {"01 Jan 49 00:00:00 GMT", at(utc(2049, 1, 1))},  // the pivot: 49 is 2049
      {"01 Jan 50 00:00:00 GMT", at(utc(1950, 1, 1))},  // and 50 is 1950
      {"31 Dec 99 23:59:59 GMT", at(utc(1999, 12, 31, 23, 59, 59))},
      {"Sunday, 06-Nov-94 08:49:37 GMT", at(784111777)},
      {"06-Nov-49 08:49:37 GMT", at(utc(2049, 11, 6, 8, 49, 37))},
      {"06-Nov-50 08:49:37 GMT", at(utc(1950, 11, 6, 8, 49, 37))},
      {"01 Jan 102 00:00:00 GMT", at(utc(2002, 1, 1))},  // RFC 2822 obs-year: 1900 + 102
      {"01 Jan 999 00:00:00 GMT", at(utc(2899, 1, 1))},
      {"01 Jan 100 00:00:00 GMT", at(utc(2000, 1, 1))},
      {"01 Jan 0049 00:00:00 GMT", at(utc(49, 1, 1))},  // four digits are taken as written
  });
}

TEST(ParseDateTest, ReadsZones) {
  struct Zone {
    const char* name;
    int offset;
  };
  const std::array<Zone, 55> zones = {{
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
  const std::int64_t noon = utc(2010, 6, 15, 12);
  for (const auto& [name, offset] : zones) {
    for (const std::string& text : {"Tue, 15 Jun 2010 12:00:00 " + std::string(name),
                                    "15 Jun 2010 12:00 " + std::string(name),
                                    "Tue Jun 15 12:00:00 " + std::string(name) + " 2010",
                                    "2010-06-15T12:00:00 " + std::string(name)}) {
      EXPECT_EQ(parse_date(text), local(noon, offset)) << text;
    }
  }
  // Military letters: RFC 1123 §5.2.14 says their signs cannot be trusted, so all read as UTC.
  for (char letter = 'A'; letter <= 'Z'; ++letter) {
    for (const char c : {letter, static_cast<char>(letter + 32)}) {
      const std::string text = std::string("15 Jun 2010 12:00:00 ") + c;
      if (letter == 'J') {
        EXPECT_FALSE(parse_date(text)) << text;  // J names no zone
      } else {
        EXPECT_EQ(parse_date(text), at(noon)) << text;
      }
    }
  }
  expect_all({
      {"15 Jun 2010 12:00 +0530", local(noon, 330)},
      {"15 Jun 2010 12:00 -0930", local(noon, -570)},
      {"15 Jun 2010 12:00 +05:30", local(noon, 330)},
      {"15 Jun 2010 12:00 +05", local(noon, 300)},
      {"15 Jun 2010 12:00 GMT+530", local(noon, 330)},
      {"15 Jun 2010 12:00 GMT-5", local(noon, -300)},
      {"15 Jun 2010 12:00 +2359", local(noon, 1439)},
      {"15 Jun 2010 12:00 -23:59", local(noon, -1439)},
      {"15 Jun 2010 12:00 -0000", local(noon, 0)},
      {"15 Jun 2010 12:00 GMT+1", local(noon, 60)},
      {"15 Jun 2010 12:00 GMT-05:00", local(noon, -300)},
      {"15 Jun 2010 12:00 GMT+0100", local(noon, 60)},
      {"15 Jun 2010 12:00 UTC+2", local(noon, 120)},
      {"15 Jun 2010 12:00 UTC-3:30", local(noon, -210)},
      {"15 Jun 2010 12:00 GMT -0500", local(noon, -300)},
      {"15 Jun 2010 12:00 utc", local(noon, 0)},
      {"15 Jun 2010 12:00 Gmt", local(noon, 0)},
      {"15 Jun 2010 12:00 +0200 CEST", local(noon, 120)},
      {"15 Jun 2010 12:00 +0000 UTC", local(noon, 0)},
      {"15 Jun 2010 12:00 -0700 (Pacific Daylight Time)", local(noon, -420)},
      {"15 Jun 2010 12:00 PDT (-0700)", local(noon, -420)},
      {"15 Jun 2010 12:00", local(noon, 0)},
  });
}

TEST(ParseDateTest, ReadsIso8601AndW3cDtf) {
  const std::int64_t t = utc(2003, 12, 31, 10, 14, 55);
  expect_all({
      {"2003-12-31T10:14:55Z", at(t)},
      {"2003-12-31T10:14:55-08:00", at(1072894495, -480)},
      {"2002-10-17T17:00+01:00", local(utc(2002, 10, 17, 17), 60)},
      {"2003-12-31T10:14:55.123Z", at(t)},
      {"2003-12-31T10:14:55,999Z", at(t)},
      {"2003-12-31T10:14:55.999999999999999999999999+01:00", local(t, 60)},
      {"2003-12-31T10:14Z", at(utc(2003, 12, 31, 10, 14))},
      {"2003-12-31T10Z", at(utc(2003, 12, 31, 10))},
      {"2003-12-31t10:14:55z", at(t)},
      {"2003-12-31 10:14:55Z", at(t)},
      {"2003-12-31 10:14:55", at(t)},
      {"2003-12-3110:14:55Z", at(t)},  // nothing for T
      {"2003-12-31T10:14:55", at(t)},
      {"2003-12-31T10:14:55+0100", local(t, 60)},
      {"2003-12-31T10:14:55-01", local(t, -60)},
      {"2003-12-31T10:14:55 +01:00", local(t, 60)},
      {"2003-12-31 10:14:55 UTC", at(t)},
      {"2003-12-31 10:14:55 EST", local(t, -300)},
      {"2003-12-31T10:14:55+01:00 CET", local(t, 60)},
      {"2004-07-13 10:38:44", at(utc(2004, 7, 13, 10, 38, 44))},
      {"2004-07-13 8:38:44", at(utc(2004, 7, 13, 8, 38, 44))},
      {"2003-12-31", at(utc(2003, 12, 31))},
      {"2003-12", at(utc(2003, 12, 1))},
      {"2003", at(utc(2003, 1, 1))},
      {"2003-1-5", at(utc(2003, 1, 5))},
      {"2003-1", at(utc(2003, 1, 1))},
      {"20031231T101455Z", at(t)},
      {"20040713T103844Z", at(utc(2004, 7, 13, 10, 38, 44))},
      {"20031231T101455", at(t)},
      {"20031231T1014Z", at(utc(2003, 12, 31, 10, 14))},
      {"20031231T101455.5+0100", local(t, 60)},
      {"20031231T10:14:55Z", at(t)},
      {"20031231 101455", at(t)},
      {"20031231101455", at(t)},
      {"200312311014", at(utc(2003, 12, 31, 10, 14))},
      {"20031231101455Z", at(t)},
      {"20031231", at(utc(2003, 12, 31))},
      // Ordinal dates: the 365th day of 2003, the 366th of 2004.
      {"2003-365", at(utc(2003, 12, 31))},
      {"2003365T101455Z", at(t)},
      {"2004-366T00:00Z", at(utc(2004, 12, 31))},
      {"2004-060", at(utc(2004, 2, 29))},
      {"2003-001", at(utc(2003, 1, 1))},
      // Week dates: 2004-W01 begins on Monday 2003-12-29; 2004 has 53 weeks, 2009 too.
      {"2004-W01-1", at(utc(2003, 12, 29))},
      {"2004-W01", at(utc(2003, 12, 29))},
      {"2004W017", at(utc(2004, 1, 4))},
      {"2004-W53-7", at(utc(2005, 1, 2))},
      {"2009-W01-1", at(utc(2008, 12, 29))},
      {"2009-W53-7T10:14:55Z", at(utc(2010, 1, 3, 10, 14, 55))},
      {"2010-W01-1", at(utc(2010, 1, 4))},
      {"2008-W01-1", at(utc(2007, 12, 31))},
      {"2003-W01-3T10:14:55+01:00", local(utc(2003, 1, 1, 10, 14, 55), 60)},
  });
}

// RFC 3339 as Atom and JSON Feed write it, and RFC 822 as RSS does, have quick readers of their
// own: their edges read as the tolerant reader reads them, and what they turn down is the
// tolerant reader's to judge.
TEST(ParseDateTest, ReadsTheCommonFormsAtTheEdgesOfEachField) {
  expect_all({
      {"0001-01-01T00:00:00Z", at(utc(1, 1, 1))},
      {"9999-12-31T23:59:59Z", at(utc(9999, 12, 31, 23, 59, 59))},
      {"2024-02-29T12:00:00Z", at(utc(2024, 2, 29, 12))},
      {"2024-06-30T23:59:59+23:59", local(utc(2024, 6, 30, 23, 59, 59), 23 * 60 + 59)},
      {"2024-06-30T00:00:00-23:59", local(utc(2024, 6, 30), -(23 * 60 + 59))},
      {"2024-06-30T00:00:00-00:00", at(utc(2024, 6, 30))},
      {"2024-06-30T10:20:30.999999+02:00", local(utc(2024, 6, 30, 10, 20, 30), 120)},
      {" 2024-06-30T10:20:30Z ", at(utc(2024, 6, 30, 10, 20, 30))},
      {"2024-06-30T10:20:30+0200", local(utc(2024, 6, 30, 10, 20, 30), 120)},
      {"Mon, 01 Jan 0001 00:00:00 GMT", at(utc(1, 1, 1))},
      {"Fri, 31 Dec 9999 23:59:59 +0000", at(utc(9999, 12, 31, 23, 59, 59))},
      {"Thu, 29 Feb 2024 12:00:00 -2359", local(utc(2024, 2, 29, 12), -(23 * 60 + 59))},
      {"Sat, 01 Nov 2025 06:30:00 +0530", local(utc(2025, 11, 1, 6, 30), 330)},
      {"Sun, 01 Nov 2025 06:30:00 +0000", at(utc(2025, 11, 1, 6, 30))},  // the date wins
      {"Sat, 01 nov 2025 06:30:00 gmt", at(utc(2025, 11, 1, 6, 30))},
      {"Sat, 01 Nov 2025 06:30:60 GMT", at(utc(2025, 11, 1, 6, 30, 59))},
  });
  for (const char* text :
       {"2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-00-10T00:00:00Z",
        "2024-04-31T00:00:00Z", "2024-06-30T25:00:00Z", "2024-06-30T10:20:30+24:00",
        "2024-06-30T10:20:30+02:60", "2024-06-30T10:20:30Zulu", "2024-06-30T10:20:30+02:00:00",
        "2024-06-30T10:20:30.Z", "Wed, 29 Feb 2023 00:00:00 GMT", "Mon, 31 Apr 2024 00:00:00 GMT",
        "Mon, 01 Apr 2024 24:30:00 GMT", "Mon, 01 Apr 2024 10:00:00 +2400",
        "Mon, 01 Apr 2024 10:00:00 +0160", "Mon, 01 Abc 2024 10:00:00 GMT"}) {
    EXPECT_FALSE(parse_date(text)) << '"' << text << '"';
  }
}

TEST(ParseDateTest, ReadsAsctimeAndRfc850) {
  const std::int64_t t = utc(1994, 11, 6, 8, 49, 37);
  expect_all({
      {"Sun Nov  6 08:49:37 1994", at(t)},
      {"Sun Nov 6 08:49:37 1994", at(t)},
      {"Sun Nov 06 08:49:37 1994", at(t)},
      {"Sun Nov  6 08:49:37 1994 GMT", at(t)},
      {"Sun Nov  6 08:49:37 GMT 1994", at(t)},  // date(1) puts the zone before the year
      {"Sun Nov  6 03:49:37 EST 1994", at(t, -300)},
      {"Sun Nov  6 09:49:37 +0100 1994", local(t + 3600, 60)},
      {"Nov  6 08:49:37 1994", at(t)},
      {"Sunday, 06-Nov-94 08:49:37 GMT", at(t)},
      {"Sunday, 06-Nov-1994 08:49:37 GMT", at(t)},
      {"Sun, 06-Nov-94 08:49:37 GMT", at(t)},
      {"06-Nov-94 08:49:37", at(t)},
      {"Sunday, 06-Nov-94 03:49:37 EST", at(t, -300)},
      {"Sunday, 06-November-94 08:49:37 GMT", at(t)},
  });
}

TEST(ParseDateTest, ToleratesGarbageAroundTheDate) {
  const DateTime t = at(1031356801);
  expect_all({
      {"  Sat, 07 Sep 2002 00:00:01 GMT  ", t},
      {"\r\n\tSat, 07 Sep 2002 00:00:01 GMT\r\n", t},
      {"Sat, 07 Sep 2002 00:00:01 GMT (GMT)", t},
      {"Fri, 06 Sep 2002 16:00:01 -0800 (PST)", at(1031356801, -480)},
      {"Fri, 06 Sep 2002 16:00:01 PST (Pacific Standard Time)", at(1031356801, -480)},
      {"Sat, 07 Sep 2002 00:00:01 +0000 (UTC) (Coordinated Universal Time)", t},
      {"Sat, 07 Sep 2002 00:00:01 GMT(GMT)", t},
      {"Fri, 06 Sep 2002 16:00:01 -0800 PST", at(1031356801, -480)},
      {"Fri, 06 Sep 2002 16:00:01 -0800 (PST) ", at(1031356801, -480)},
      {" 2002-09-07T00:00:01Z (UTC)", t},
      {"2002-09-07T00:00:01Z  ", t},
  });
}

// RFC 822 allows a comment wherever white space may stand, nested, with `\` quoting.
TEST(ParseDateTest, ReadsCommentsWithinTheDate) {
  const DateTime t = at(1031356801);
  expect_all({
      {"Sat(urday), 7(th) Sep(tember) 2002 00:00:01 +0000(GMT)", t},
      {"Sat, 07 (nested (comment) Mar)Sep(quoted \\) paren) 2002()00:00:01 GMT", t},
  });
  EXPECT_FALSE(parse_date("Sat, 07 Sep (open 2002 00:00:01 GMT"));
  // A long comment is skipped; a date whose text outside its comments is that long is none.
  EXPECT_EQ(parse_date("Sat(" + std::string(300, 'x') + "), 07 Sep 2002 00:00:01 GMT"), t);
  EXPECT_EQ(parse_date("Sat," + std::string(300, ' ') + "07 Sep 2002 00:00:01 GMT"), t);
  EXPECT_FALSE(parse_date("Sat,(c)" + std::string(300, ' ') + "07 Sep 2002 00:00:01 GMT"));
}

TEST(ParseDateTest, ReadsLeapSecondsAndTheEndOfTheDay) {
  expect_all({
      {"2016-12-31T23:59:60Z", at(utc(2016, 12, 31, 23, 59, 59))},
      {"2016-12-31T23:59:60.5Z", at(utc(2016, 12, 31, 23, 59, 59))},
      {"Sat, 31 Dec 2016 23:59:60 GMT", at(utc(2016, 12, 31, 23, 59, 59))},
      {"2015-06-30T19:59:60-04:00", local(utc(2015, 6, 30, 19, 59, 59), -240)},
      {"2004-12-31T24:00:00Z", at(utc(2005, 1, 1))},
      {"2004-12-31T24:00Z", at(utc(2005, 1, 1))},
      {"2004-12-31T24:00:00.000Z", at(utc(2005, 1, 1))},
      {"2004-02-28T24:00:00+01:00", local(utc(2004, 2, 29), 60)},
      {"2004-02-29T24:00:00", at(utc(2004, 3, 1))},
      {"20041231T240000Z", at(utc(2005, 1, 1))},
      {"Fri, 31 Dec 2004 24:00:00 GMT", at(utc(2005, 1, 1))},
      {"Fri, 31 Dec 2004 24:00 -0500", local(utc(2005, 1, 1), -300)},
      {"9999-12-31T23:59:60Z", at(utc(9999, 12, 31, 23, 59, 59))},
  });
  for (const char* text : {"2004-12-31T24:00:01Z", "2004-12-31T24:01:00Z", "2004-12-31T24:00:00.5Z",
                           "2004-12-31T23:59:61Z", "2004-12-31T23:60:00Z", "9999-12-31T24:00:00Z",
                           "Fri, 31 Dec 2004 24:30:00 GMT", "Fri, 31 Dec 9999 24:00:00 GMT"}) {
    EXPECT_FALSE(parse_date(text)) << '"' << text << '"';
  }
}

TEST(ParseDateTest, ReadsLeapDays) {
  expect_all({
      {"Thu, 29 Feb 2024 10:00:00 GMT", at(utc(2024, 2, 29, 10))},
      {"29 Feb 2000 00:00:00 GMT", at(utc(2000, 2, 29))},
      {"29 Feb 00", at(utc(2000, 2, 29))},
      {"Feb 29 1996", at(utc(1996, 2, 29))},
      {"2024-02-29", at(utc(2024, 2, 29))},
      {"2000-02-29T12:00:00Z", at(utc(2000, 2, 29, 12))},
      {"20240229", at(utc(2024, 2, 29))},
      {"0000-02-29", at(utc(0, 2, 29))},  // year 0 is a leap year
  });
  for (const char* text :
       {"29 Feb 2023 00:00:00 GMT", "29 Feb 1900 00:00:00 GMT", "29 Feb 2100", "2023-02-29",
        "1900-02-29T00:00:00Z", "20230229", "Feb 29 99", "2023-366", "2003-W53-1"}) {
    EXPECT_FALSE(parse_date(text)) << '"' << text << '"';
  }
}

TEST(ParseDateTest, RejectsWhatIsNotADate) {
  for (const char* text : {
           "",
           " ",
           "\n\t",
           "()",
           "(Sat, 07 Sep 2002 00:00:01 GMT)",
           "Sat, 07 Sep 2002 00:00:01 GMT)",
           "now",
           "yesterday",
           "Sat",
           "Sep",
           "07",
           "Sep 2002",
           "07 Sep",
           "12:00:00",
           "Sat, 30 Feb 2002 00:00:01 GMT",  // impossible dates
           "Sat, 31 Apr 2002 00:00:01 GMT",
           "Sat, 00 Sep 2002 00:00:01 GMT",
           "Sat, 32 Sep 2002 00:00:01 GMT",
           "2002-13-07T00:00:01Z",
           "2002-00-07T00:00:01Z",
           "2002-02-30",
           "2002-09-00",
           "2002-09-07T25:00:00Z",
           "Sat, 07 Sep 2002 25:00:00 GMT",
           "Sat, 07 Sep 2002 00:60:00 GMT",
           "2002-09-07T00:60:00Z",
           "2002-09-07T00:00:61Z",
           "Sat, 07 Sep 12002 00:00:01 GMT",  // years out of range
           "12002-09-07T00:00:01Z",
           "-2002-09-07T00:00:01Z",
           "Sat, 07 Sep 2002 00:00:01 +2400",  // offsets beyond 23:59
           "Sat, 07 Sep 2002 00:00:01 -2400",
           "Sat, 07 Sep 2002 00:00:01 +0060",
           "2002-09-07T00:00:01+24:00",
           "2002-09-07T00:00:01+23:60",
           "2002-09-07T00:00:01+99",
           "Sat, 07 Sep 2002 00:00:01 GMT+24",
           "Sat, 07 Sep 2002 00:00:01 +12345",
           "Sat, 07 Sep 2002 00:00:01 -5",  // one or three digits only after GMT: "GMT+1"
           "Sat, 07 Sep 2002 00:00:01 +530",
           "Sat, 07 Sep 2002 00:00:01 EST+1",
           "Sat, 07 Sep 2002 00:00:01 -0800PST",
           "Sat, 07 Sep 2002 GMT 00:00:01",  // the zone follows the time
           "2002-09-0710",                   // with nothing before it, a time needs hh:mm
           "2002-09-07101455",
           "Sat, 07 Sep 2002 00:00:01 XYZ",  // a zone we cannot place
           "Sat, 07 Sep 2002 00:00:01 GMT extra",
           "Sat, 07 Sep 2002 00:00:01 +0000 extra",
           "Sat, 07 Sep 2002 00:00:01 GMT GMT",
           "Sat, 07 Sep 2002 00:00:01 +0000 +0000",
           "Sat, 07 Sep 2002 00:00:01 J",
           "Sat, 07 Sep 2002 00:00:01 Sat",
           "Sat, 07 Sep 2002 00:00:01 Oct",
           "Sat, 07 Sep 2002 00:00:01 00:00:02 GMT",  // two times
           "Sat, 07 Sep Oct 2002 00:00:01 GMT",       // two months
           "Sat, 07 07 Sep 2002 00:00:01 GMT",        // three numbers
           "Sat, 2002 Sep 2002",
           "Sat, 07 Sep 2 00:00:01 GMT",      // a one-digit year
           "Sat, 007 Sep 2002 00:00:01 GMT",  // a three-digit day
           "Sat, 07 Sep 2002 000:00:01 GMT",
           "Sat, 07 Sep 2002 00:000:01 GMT",
           "Sat, 07 Sep 2002 00:00:001 GMT",
           "Sat, 07 Sep 2002 00: GMT",
           "Sat, 07 Sep 2002 12:00 AM PM",
           "Sat, 07 Sep 2002 13:00 PM",
           "Sat, 07 Sep 2002 00:00 AM",
           "Sat, 07 Sep 2002 00:00:01 @",
           "Sat, 07 Sep 2002 00:00:01 +",
           "Sat, 07 Sep 2002 00:00:01 GMT+",
           "Sat, 07 Sep 2002 00:00:01 +01:",
           "Sat, 07 Sep 2002 00:00:01 +01:0",
           "Sa, 07 Sep 2002 00:00:01 GMT",  // names need three letters
           "Sat, 07 Se 2002 00:00:01 GMT",
           "Sat, 07 Sepp 2002 00:00:01 GMT",
           "Sat, 07 Sep 2002 00:00:01 GMT Sat",
           "07 Sep 2002 Sat 00:00:01",  // a weekday only comes first
           "09/07/2002",                // numeric dates are ambiguous
           "07.09.2002",
           "2002/09/07",
           "02-09-07",
           "2002-09-07T",
           "2002-09-07X",
           "2002-09-07T10:1Z",
           "2002-09-07T10:14:5Z",
           "2002-09-07T10:14.5Z",  // a fraction of a minute cannot be dropped
           "2002-09-07T10.5Z",
           "2002-09-07T10:14:55.Z",
           "2002-09-07T10:14:55Zjunk",
           "2002-09-07T10:14:55Z Z",
           "2002-09-07T10:14:55+01:00 extra",
           "2002-09-07T1014:55Z",
           "2002-09-07T10145Z",
           "2002-9-",
           "2002-",
           "2002-09-",
           "2002-0907",
           "20020907T",
           "200209",
           "2002090710",
           "2002000",
           "2002367",
           "2002-W00-1",
           "2002-W54-1",
           "2002-W01-0",
           "2002-W01-8",
           "2002-W1",
           "2002W",
           "Sat, 07 Sep 2002 00:00:01 GMT\xff",
           "Sat, 07 S\xc3\xa9p 2002 00:00:01 GMT",
           "999999999999999999999999999999 Sep 2002",
           "Sat, 07 Sep 2002 00:00:01 -99999999999999999999999",
       }) {
    EXPECT_FALSE(parse_date(text)) << '"' << text << '"';
  }
  // A NUL inside the text is a character like any other, not its end.
  EXPECT_FALSE(parse_date(std::string_view("2002-09-07\0T00:00:01Z", 21)));
  EXPECT_FALSE(parse_date(std::string_view("Sat, 07 Sep 2002 00:00:01 GMT\0", 30)));
}

TEST(ParseDateTest, ReadsBackWhatTheFormattersWrite) {
  std::mt19937_64 rng(20031231);
  // Local times from 0000-01-02 to 9999-12-30, so that any offset keeps them in range.
  std::uniform_int_distribution<std::int64_t> instant(utc(0, 1, 2), utc(9999, 12, 30));
  std::uniform_int_distribution<int> offset(-DateTime::kMaxOffset.count(),
                                            DateTime::kMaxOffset.count());
  std::uniform_int_distribution<int> common(0, 3);
  for (int i = 0; i < 10000; ++i) {
    // Most real offsets are whole or half hours; give those a fair share.
    const int off = common(rng) == 0 ? offset(rng) / 30 * 30 : offset(rng);
    const DateTime dt = at(instant(rng), off);
    ASSERT_TRUE(dt.ok());
    EXPECT_EQ(parse_date(format_rfc822(dt)), dt) << format_rfc822(dt);
    EXPECT_EQ(parse_date(format_rfc3339(dt)), dt) << format_rfc3339(dt);
  }
}

TEST(ParseDateTest, SurvivesArbitraryBytes) {
  std::mt19937_64 rng(19941106);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> length(0, 48);
  // Bytes from the alphabet of dates find more paths than uniform bytes do.
  using namespace std::string_view_literals;  // for a NUL inside the alphabet
  constexpr std::string_view alphabet =
      "0123456789 :+-.,TtZzW()ADEGJMNOPSTUadegjmnopstu\t\n\0\xff"sv;
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::string text;
  for (int i = 0; i < 100000; ++i) {
    text.clear();
    const int n = length(rng);
    for (int k = 0; k < n; ++k) {
      text += i % 2 == 0 ? static_cast<char>(byte(rng)) : alphabet[pick(rng)];
    }
    const auto dt = parse_date(text);
    if (dt) {
      EXPECT_TRUE(dt->ok()) << text;
    }
  }
  // Mutations of valid dates: whatever the strict parsers still accept, parse_date reads alike.
  const std::array<std::string, 4> seeds = {
      "Sat, 07 Sep 2002 00:00:01 +0530", "2002-09-07T00:00:01.5-05:00", "Sun Nov  6 08:49:37 1994",
      "Sunday, 06-Nov-94 08:49:37 GMT"};
  std::uniform_int_distribution<int> edits(1, 3);
  for (int i = 0; i < 100000; ++i) {
    text = seeds[static_cast<std::size_t>(i) % seeds.size()];
    for (int e = edits(rng); e > 0; --e) {
      std::uniform_int_distribution<std::size_t> at_pos(0, text.size());
      const std::size_t p = at_pos(rng);
      switch (byte(rng) % 3) {
        case 0:
          text.insert(p, 1, alphabet[pick(rng)]);
          break;
        case 1:
          if (p < text.size()) text.erase(p, 1);
          break;
        default:
          if (p < text.size()) text[p] = alphabet[pick(rng)];
          break;
      }
    }
    const auto dt = parse_date(text);
    if (dt) {
      EXPECT_TRUE(dt->ok()) << text;
    }
    if (const auto strict = parse_rfc822(text)) {
      EXPECT_EQ(dt, strict) << text;
    }
    if (const auto strict = parse_rfc3339(text)) {
      EXPECT_EQ(dt, strict) << text;
    }
  }
}

}  // namespace
}  // namespace feedpp
