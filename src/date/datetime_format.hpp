// SPDX-License-Identifier: MIT
// Allocation-free date formatting for the writers' hot path; datetime.hpp's functions wrap these.
#ifndef FEEDPP_SRC_DATETIME_FORMAT_HPP
#define FEEDPP_SRC_DATETIME_FORMAT_HPP

#include <cstddef>

#include "feedpp/datetime.hpp"

namespace feedpp::detail {

inline constexpr std::size_t kRfc822Size = 31;   // "Mon, 23 Mar 2026 00:00:00 +0000"
inline constexpr std::size_t kRfc3339Size = 25;  // "2025-11-10T08:15:00-05:00"

// Writes `dt` as RFC 822 into `out` (at least kRfc822Size bytes); returns the length, 0 when
// !dt.ok().
std::size_t format_rfc822(const DateTime& dt, char* out) noexcept;

// Writes `dt` as RFC 3339 into `out` (at least kRfc3339Size bytes); returns the length, 0 when
// !dt.ok().
std::size_t format_rfc3339(const DateTime& dt, char* out) noexcept;

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_DATETIME_FORMAT_HPP
