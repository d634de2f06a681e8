// SPDX-License-Identifier: MIT
#include "feedpp/datetime.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>

namespace feedpp {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

DateTime at(std::int64_t utc_seconds, int offset_minutes = 0) {
  return DateTime{Timestamp{seconds{utc_seconds}}, minutes{offset_minutes}};
}

constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

TEST(DateTimeTest, FormatsTheSeedFeedsDates) {
  EXPECT_EQ(format_rfc822(*make_datetime(2026, 3, 23)), "Mon, 23 Mar 2026 00:00:00 +0000");
  const auto est = make_datetime(2025, 11, 10, 8, 15, 0, minutes{-300});
  ASSERT_TRUE(est);
  EXPECT_EQ(format_rfc822(*est), "Mon, 10 Nov 2025 08:15:00 -0500");
  EXPECT_EQ(format_rfc3339(*est), "2025-11-10T08:15:00-05:00");
  EXPECT_EQ(est->utc.time_since_epoch().count(), 1762780500);  // 13:15 UTC
  EXPECT_EQ(format_rfc3339(*make_datetime(2026, 3, 23)), "2026-03-23T00:00:00Z");
}

TEST(DateTimeTest, WritesBackExactlyWhatItRead) {
  for (const char* text : {"Mon, 23 Mar 2026 00:00:00 +0000", "Mon, 10 Nov 2025 08:15:00 -0500",
                           "Sat, 07 Sep 2002 00:00:01 +0530", "Fri, 31 Dec 1999 23:59:59 -2359"}) {
    const auto dt = parse_rfc822(text);
    ASSERT_TRUE(dt) << text;
    EXPECT_EQ(format_rfc822(*dt), text);
  }
  for (const char* text : {"2026-03-23T00:00:00Z", "2025-11-10T08:15:00-05:00",
                           "1969-07-20T20:17:40+23:59", "2100-02-28T12:00:00-23:59"}) {
    const auto dt = parse_rfc3339(text);
    ASSERT_TRUE(dt) << text;
    EXPECT_EQ(format_rfc3339(*dt), text);
  }
}

TEST(DateTimeTest, EveryDayOfALeapYearHasItsWeekdayAndMonth) {
  // 2024-01-01 was a Monday; walk the 366 days of 2024 and 2025-01-01.
  int weekday = 1;
  int day_of_year = 0;
  const std::array<int, 12> lengths = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int month = 1; month <= 12; ++month) {
    for (int day = 1; day <= lengths[static_cast<std::size_t>(month - 1)]; ++day) {
      const auto dt = make_datetime(2024, month, day, 12, 30, 45);
      ASSERT_TRUE(dt) << month << "/" << day;
      char expected[64];
      std::snprintf(expected, sizeof expected, "%s, %02d %s 2024 12:30:45 +0000",
                    kDays[static_cast<std::size_t>(weekday)], day,
                    kMonths[static_cast<std::size_t>(month - 1)]);
      EXPECT_EQ(format_rfc822(*dt), expected);
      EXPECT_EQ(civil_time(*dt).weekday, weekday);
      EXPECT_EQ(parse_rfc822(expected), dt);
      weekday = (weekday + 1) % 7;
      ++day_of_year;
    }
  }
  EXPECT_EQ(day_of_year, 366);
  EXPECT_EQ(format_rfc822(*make_datetime(2025, 1, 1)), "Wed, 01 Jan 2025 00:00:00 +0000");
}

TEST(DateTimeTest, LeapDays) {
  EXPECT_TRUE(make_datetime(2024, 2, 29));
  EXPECT_TRUE(make_datetime(2000, 2, 29));   // divisible by 400
  EXPECT_FALSE(make_datetime(1900, 2, 29));  // divisible by 100 only
  EXPECT_FALSE(make_datetime(2023, 2, 29));
  EXPECT_FALSE(make_datetime(2100, 2, 29));
  EXPECT_EQ(format_rfc822(*make_datetime(2000, 2, 29)), "Tue, 29 Feb 2000 00:00:00 +0000");
  EXPECT_TRUE(parse_rfc822("Thu, 29 Feb 2024 10:00:00 GMT"));
  EXPECT_FALSE(parse_rfc822("Wed, 29 Feb 2023 10:00:00 GMT"));
  EXPECT_TRUE(parse_rfc3339("2000-02-29T00:00:00Z"));
  EXPECT_FALSE(parse_rfc3339("1900-02-29T00:00:00Z"));
  EXPECT_FALSE(parse_rfc3339("2023-04-31T00:00:00Z"));
}

TEST(DateTimeTest, OffsetsAtBothExtremes) {
  const auto east = make_datetime(2020, 1, 1, 0, 0, 0, DateTime::kMaxOffset);
  const auto west = make_datetime(2020, 1, 1, 0, 0, 0, -DateTime::kMaxOffset);
  ASSERT_TRUE(east && west);
  EXPECT_EQ(format_rfc822(*east), "Wed, 01 Jan 2020 00:00:00 +2359");
  EXPECT_EQ(format_rfc822(*west), "Wed, 01 Jan 2020 00:00:00 -2359");
  EXPECT_EQ(format_rfc3339(*east), "2020-01-01T00:00:00+23:59");
  EXPECT_EQ(format_rfc3339(*west), "2020-01-01T00:00:00-23:59");
  EXPECT_EQ((west->utc - east->utc), minutes{2 * (23 * 60 + 59)});
  EXPECT_FALSE(make_datetime(2020, 1, 1, 0, 0, 0, minutes{24 * 60}));
  EXPECT_FALSE(parse_rfc822("Wed, 01 Jan 2020 00:00:00 +2400"));
  EXPECT_FALSE(parse_rfc822("Wed, 01 Jan 2020 00:00:00 +0060"));
  EXPECT_FALSE(parse_rfc3339("2020-01-01T00:00:00+24:00"));
  // A DateTime with an offset no format can write is not ok() and formats as "".
  const DateTime too_far = at(0, 24 * 60);
  EXPECT_FALSE(too_far.ok());
  EXPECT_EQ(format_rfc822(too_far), "");
  EXPECT_EQ(format_rfc3339(too_far), "");
}

TEST(DateTimeTest, BeforeTheEpochAndAfter2038) {
  EXPECT_EQ(format_rfc3339(at(-1)), "1969-12-31T23:59:59Z");
  EXPECT_EQ(format_rfc822(at(-1)), "Wed, 31 Dec 1969 23:59:59 +0000");
  EXPECT_EQ(format_rfc3339(at(2147483648)), "2038-01-19T03:14:08Z");  // 2^31: past int32
  EXPECT_EQ(format_rfc822(at(2147483648)), "Tue, 19 Jan 2038 03:14:08 +0000");
  EXPECT_EQ(format_rfc3339(at(-2208988800)), "1900-01-01T00:00:00Z");
  EXPECT_EQ(format_rfc822(at(-2208988800)), "Mon, 01 Jan 1900 00:00:00 +0000");
  EXPECT_EQ(parse_rfc3339("1900-01-01T00:00:00Z"), at(-2208988800));
  EXPECT_EQ(parse_rfc822("Sat, 01 Jan 2050 00:00:00 GMT"), at(2524608000));
  EXPECT_EQ(format_rfc3339(at(-62135596800)), "0001-01-01T00:00:00Z");
  EXPECT_EQ(format_rfc3339(at(253402300799)), "9999-12-31T23:59:59Z");
  // The years RFC 3339 can write are the limit of ok().
  EXPECT_TRUE(at(-62167219200).ok());  // 0000-01-01T00:00:00Z
  EXPECT_FALSE(at(-62167219201).ok());
  EXPECT_FALSE(at(253402300800).ok());     // 10000-01-01
  EXPECT_FALSE(at(253402300799, 1).ok());  // local time in year 10000
  EXPECT_FALSE((DateTime{Timestamp::max(), minutes{0}}.ok()));
  EXPECT_FALSE((DateTime{Timestamp::min(), minutes{-60}}.ok()));
}

TEST(DateTimeTest, Rfc822AcceptsWhatTheRfcAllows) {
  const DateTime expected = at(1031356801);  // Sat, 07 Sep 2002 00:00:01 GMT
  for (const char* text :
       {"Sat, 07 Sep 2002 00:00:01 GMT", "Sat, 07 Sep 2002 00:00:01 UT",
        "Sat, 07 Sep 2002 00:00:01 Z", "07 Sep 2002 00:00:01 +0000", "Sat, 7 Sep 2002 00:00:01 GMT",
        "sat, 07 sep 2002 00:00:01 gmt", "  Sat,  07  Sep  2002  00:00:01  GMT \n",
        "Sat,07 Sep 2002 00:00:01 GMT"}) {
    const auto dt = parse_rfc822(text);
    ASSERT_TRUE(dt) << text;
    EXPECT_EQ(dt->utc, expected.utc) << text;
  }
  EXPECT_EQ(parse_rfc822("Sat, 07 Sep 2002 00:00 GMT"), at(1031356800));  // no seconds
  // RFC 822 §5.1 US zones.
  const std::array<std::pair<const char*, int>, 8> zones = {{{"EST", -300},
                                                             {"EDT", -240},
                                                             {"CST", -360},
                                                             {"CDT", -300},
                                                             {"MST", -420},
                                                             {"MDT", -360},
                                                             {"PST", -480},
                                                             {"PDT", -420}}};
  for (const auto& [zone, offset] : zones) {
    const auto dt = parse_rfc822(std::string("Sat, 07 Sep 2002 00:00:01 ") + zone);
    ASSERT_TRUE(dt) << zone;
    EXPECT_EQ(dt->offset, minutes{offset}) << zone;
    EXPECT_EQ(dt->utc, expected.utc - minutes{offset}) << zone;
  }
}

TEST(DateTimeTest, Rfc822RejectsDeviations) {
  for (const char* text : {"", "Sat, 07 Sep 02 00:00:01 GMT",      // two-digit year
                           "Sun, 07 Sep 2002 00:00:01 GMT",        // wrong weekday
                           "Sat 07 Sep 2002 00:00:01 GMT",         // no comma after the weekday
                           "Sat, 07 Sep 2002 00:00:01",            // no zone
                           "Sat, 07 Sept 2002 00:00:01 GMT",       // month name
                           "Sat, 07 Sep 2002 24:00:00 GMT",        // hour
                           "Sat, 07 Sep 2002 00:60:00 GMT",        // minute
                           "Sat, 07 Sep 2002 23:59:60 GMT",        // leap second
                           "Sat, 32 Sep 2002 00:00:01 GMT",        // day
                           "Sat, 07 Sep 2002 00:00:01 GMT extra",  // trailing text
                           "Sat, 07 Sep 2002 00:00:01 A",  // military zone: signs are unreliable
                           "Sat, 07 Sep 2002 00:00:01 +00:00",  // RFC 3339 style offset
                           "2002-09-07T00:00:01Z", "Sat, 07 Sep 2002 0:00:01 GMT"}) {
    EXPECT_FALSE(parse_rfc822(text)) << '"' << text << '"';
  }
}

TEST(DateTimeTest, Rfc3339AcceptsWhatTheRfcAllows) {
  EXPECT_EQ(parse_rfc3339("2002-09-07T00:00:01Z"), at(1031356801));
  EXPECT_EQ(parse_rfc3339("2002-09-07t00:00:01z"), at(1031356801));
  EXPECT_EQ(parse_rfc3339(" 2002-09-07T00:00:01.999999Z\n"), at(1031356801));
  EXPECT_EQ(parse_rfc3339("2002-09-07T02:00:01+02:00"), at(1031356801, 120));
  EXPECT_EQ(parse_rfc3339("2002-09-06T23:00:01-01:00"), at(1031356801, -60));
  // Before the epoch, a fraction still rounds down to the second.
  EXPECT_EQ(parse_rfc3339("1969-12-31T23:59:59.5Z"), at(-1));
}

TEST(DateTimeTest, Rfc3339RejectsDeviations) {
  for (const char* text :
       {"", "2002-09-07", "2002-09-07T00:00Z", "2002-09-07 00:00:01Z", "2002-09-07T00:00:01",
        "2002-09-07T00:00:01+0200", "2002-09-07T00:00:01.Z", "2002-9-07T00:00:01Z",
        "2002-09-07T00:00:60Z", "2002-13-07T00:00:01Z", "2002-09-07T00:00:01Z junk",
        "Sat, 07 Sep 2002 00:00:01 GMT"}) {
    EXPECT_FALSE(parse_rfc3339(text)) << '"' << text << '"';
  }
}

TEST(DateTimeTest, FormatAndParseRoundTripOverTheWholeRange) {
  std::mt19937_64 rng(20261125);
  std::uniform_int_distribution<std::int64_t> instant(-62167219200 + 86400, 253402300799 - 86400);
  std::uniform_int_distribution<int> offset(-DateTime::kMaxOffset.count(),
                                            DateTime::kMaxOffset.count());
  for (int i = 0; i < 20000; ++i) {
    const DateTime dt = at(instant(rng), offset(rng));
    ASSERT_TRUE(dt.ok());
    EXPECT_EQ(parse_rfc822(format_rfc822(dt)), dt) << format_rfc822(dt);
    EXPECT_EQ(parse_rfc3339(format_rfc3339(dt)), dt) << format_rfc3339(dt);
  }
}

TEST(DateTimeTest, CivilTimeIsTheLocalTimeOfTheOffset) {
  const auto dt = parse_rfc3339("2025-12-31T22:30:00-05:00");
  ASSERT_TRUE(dt);
  const CivilTime t = civil_time(*dt);
  EXPECT_EQ(t.year, 2025);
  EXPECT_EQ(t.month, 12);
  EXPECT_EQ(t.day, 31);
  EXPECT_EQ(t.hour, 22);
  EXPECT_EQ(t.minute, 30);
  EXPECT_EQ(t.weekday, 3);
  // In UTC it is already the next year.
  EXPECT_EQ(civil_time(DateTime{dt->utc, minutes{0}}).year, 2026);
}

TEST(DateTimeTest, MakeDatetimeChecksEveryField) {
  EXPECT_FALSE(make_datetime(2020, 0, 1));
  EXPECT_FALSE(make_datetime(2020, 13, 1));
  EXPECT_FALSE(make_datetime(2020, 1, 0));
  EXPECT_FALSE(make_datetime(2020, 1, 32));
  EXPECT_FALSE(make_datetime(2020, 1, 1, 24));
  EXPECT_FALSE(make_datetime(2020, 1, 1, 0, 60));
  EXPECT_FALSE(make_datetime(2020, 1, 1, 0, 0, 60));
  EXPECT_FALSE(make_datetime(-1, 1, 1));
  EXPECT_FALSE(make_datetime(10000, 1, 1));
  EXPECT_TRUE(make_datetime(0, 1, 1));
  EXPECT_TRUE(make_datetime(9999, 12, 31, 23, 59, 59));
}

}  // namespace
}  // namespace feedpp
