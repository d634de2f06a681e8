// SPDX-License-Identifier: MIT
// Dates as feeds write them. A DateTime is an instant plus the UTC offset it was written with, so
// that `Mon, 10 Nov 2025 08:15:00 -0500` reads and writes back exactly. This header formats and
// strictly parses the two forms the specs name: RFC 822 (RSS 2.0, with RFC 1123's four-digit years)
// and RFC 3339 (Atom 1.0). parse_date() is the tolerant reader for the forms found in real feeds.
// All functions are pure, thread-safe, locale-independent and never throw.
#ifndef FEEDPP_DATETIME_HPP
#define FEEDPP_DATETIME_HPP

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "feedpp/export.hpp"

namespace feedpp {

/// A point in time with a resolution of one second, counted from 1970-01-01T00:00:00Z.
using Timestamp = std::chrono::time_point<std::chrono::system_clock, std::chrono::seconds>;

/// An instant and the UTC offset it was written with.
///
/// Two DateTimes are equal when both the instant and the offset are equal: 12:00 +0000 and
/// 13:00 +0100 are the same instant but different DateTimes, because they are written differently.
struct DateTime {
  /// The largest offset RFC 3339 can write, 23:59 either way.
  static constexpr std::chrono::minutes kMaxOffset{23 * 60 + 59};

  /// The instant, in UTC.
  Timestamp utc{};
  /// Local time minus UTC: `-0500` is -300 minutes. Default: 0 (UTC).
  std::chrono::minutes offset{0};

  /// Returns true when the date can be written: |offset| <= kMaxOffset and the local date falls in
  /// the years 0000 to 9999 that both RFC 822 and RFC 3339 can express.
  [[nodiscard]] FEEDPP_API bool ok() const noexcept;

  friend bool operator==(const DateTime& a, const DateTime& b) noexcept {
    return a.utc == b.utc && a.offset == b.offset;
  }
  friend bool operator!=(const DateTime& a, const DateTime& b) noexcept { return !(a == b); }
};

/// The local date and time a DateTime stands for (its instant shifted by its offset).
struct CivilTime {
  int year = 1970;
  int month = 1;    ///< 1 to 12
  int day = 1;      ///< 1 to 31
  int hour = 0;     ///< 0 to 23
  int minute = 0;   ///< 0 to 59
  int second = 0;   ///< 0 to 59
  int weekday = 4;  ///< 0 (Sunday) to 6 (Saturday)
};

/// Returns the local date and time of `dt`, in its own offset.
[[nodiscard]] FEEDPP_API CivilTime civil_time(const DateTime& dt) noexcept;

/// Returns the DateTime for a local date and time written with `offset`, or nothing when a field
/// is out of range (month 1-12, a day that exists in that month, hour 0-23, minute and second
/// 0-59, year 0-9999, |offset| <= 23:59).
[[nodiscard]] FEEDPP_API std::optional<DateTime> make_datetime(
    int year, int month, int day, int hour = 0, int minute = 0, int second = 0,
    std::chrono::minutes offset = std::chrono::minutes{0}) noexcept;

/// Formats `dt` as RSS 2.0 writes dates: `Mon, 23 Mar 2026 00:00:00 +0000` (RFC 822 with a
/// four-digit year, two-digit day, seconds, and the offset as `+hhmm`). Returns "" when !dt.ok().
[[nodiscard]] FEEDPP_API std::string format_rfc822(const DateTime& dt);

/// Formats `dt` as Atom writes dates: `2026-03-23T00:00:00Z`, or `2025-11-10T08:15:00-05:00` when
/// the offset is not zero (RFC 3339, no fraction). Returns "" when !dt.ok().
[[nodiscard]] FEEDPP_API std::string format_rfc3339(const DateTime& dt);

/// The two forms feeds write dates in, for format_date().
enum class DateStyle : std::uint8_t {
  rfc3339,  ///< `2026-03-23T08:15:00Z` (Atom)
  rfc822,   ///< `Mon, 23 Mar 2026 08:15:00 +0000` (RSS)
};

/// Formats `dt` in `style`, written with its own offset, or in UTC when `in_utc` (the same
/// instant, offset zero). Returns "" when the date cannot be written (!dt.ok(), or its UTC form
/// falls outside the years 0000-9999).
[[nodiscard]] FEEDPP_API std::string format_date(const DateTime& dt,
                                                 DateStyle style = DateStyle::rfc3339,
                                                 bool in_utc = false);

/// Parses an RFC 822 date-time as RFC 1123 and RSS 2.0 use it: `[Day,] DD Mon YYYY HH:MM[:SS]
/// zone`, where zone is `+hhmm`/`-hhmm` (at most 23:59), `UT`, `GMT`, `Z`, or one of the US zones
/// EST EDT CST CDT MST MDT PST PDT. Names are matched without regard to case, as RFC 822 says;
/// whitespace around the text and runs of spaces between tokens are accepted. A weekday that does
/// not match the date, a two-digit year or any other deviation returns nothing.
[[nodiscard]] FEEDPP_API std::optional<DateTime> parse_rfc822(std::string_view text) noexcept;

/// Parses an RFC 3339 date-time: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)`, `T` and `Z`
/// in either case, whitespace around the text accepted. The fraction is dropped (rounded down to
/// the second). Anything else, including a leap second (`:60`), returns nothing.
[[nodiscard]] FEEDPP_API std::optional<DateTime> parse_rfc3339(std::string_view text) noexcept;

/// Reads a date the way real feeds write them, for the parser. Accepts everything parse_rfc822()
/// and parse_rfc3339() accept, with the same result, and:
///   - RFC 822 as it is often mangled: two-digit years (00-49 are 20xx, 50-99 are 19xx) and
///     three-digit ones (1900 + n, RFC 2822's obs-year), a missing or wrong weekday (the date
///     wins), missing seconds, one-digit hours and minutes, month and day names in any case, full
///     or shortened to at least three letters ("Tuesday", "Sept"), the month before the day
///     (`Sep 07 2002`), extra spaces, commas and dots, zones as `+hh:mm` or `+hh`, `GMT+1` or
///     `UTC-05:00`, named zones (UT GMT Z EST EDT CST CDT MST MDT PST PDT and other common
///     abbreviations such as UTC, CET, BST, JST, IST for India...), military letters (read as
///     UTC, their signs being unreliable) or no zone at all (UTC); a name after a numeric offset
///     (`-0800 PST`) is skipped, the number wins;
///   - ISO 8601 and W3C-DTF: `2003-12-31T10:14:55Z`, without seconds, with a fraction, with a
///     space or nothing for `T`, with `+hhmm`, `+hh`, a zone name or no zone (UTC), date only
///     (`2003-12-31`, midnight UTC), year and month or year only, the basic form
///     `20031231T101455Z`, ordinal dates (`2003-365`) and week dates (`2004-W01-1`);
///   - asctime (`Sun Nov  6 08:49:37 1994`) and RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`);
///   - whitespace around the text, and RFC 822 comments, nested or not, after it
///     (`-0800 (Pacific Standard Time)`) or anywhere in a date whose text outside them is up
///     to 256 bytes (`Thu(rsday), 9(th) Feb 2006`).
/// The offset is kept as written (0 for military letters and no zone). A leap second (`:60`)
/// reads as :59 and `24:00:00` as midnight of the next day; fractions of a second are dropped.
/// Returns nothing when the text is none of these, or names an impossible date or time, a year
/// outside 0000-9999, a zone it does not know or an offset beyond 23:59 either way. Takes time
/// linear in the length of `text` and does not allocate.
[[nodiscard]] FEEDPP_API std::optional<DateTime> parse_date(std::string_view text) noexcept;

}  // namespace feedpp

#endif  // FEEDPP_DATETIME_HPP
