// SPDX-License-Identifier: MIT
// The RSS 1.0 syndication module (sy:, http://purl.org/rss/1.0/modules/syndication/): how
// often a channel is updated. In Channel::syndication.
#ifndef FEEDPP_EXT_SYNDICATION_HPP
#define FEEDPP_EXT_SYNDICATION_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/values.hpp"

namespace feedpp {

namespace ns {
inline constexpr std::string_view kSyndication = "http://purl.org/rss/1.0/modules/syndication/";
}  // namespace ns

/// sy:updatePeriod.
enum class UpdatePeriod : std::uint8_t { hourly, daily, weekly, monthly, yearly };

/// A channel's update schedule: updateFrequency times every updatePeriod, from updateBase.
struct Syndication {
  Typed<UpdatePeriod> update_period{};     ///< sy:updatePeriod
  Typed<std::int64_t> update_frequency{};  ///< sy:updateFrequency: times per period
  Date update_base{};                      ///< sy:updateBase: when the schedule starts
  ElementOrder<std::uint8_t> order{};      ///< what was there, in document order
};

FEEDPP_API bool operator==(const Syndication& a, const Syndication& b);
inline bool operator!=(const Syndication& a, const Syndication& b) { return !(a == b); }

/// Returns "hourly", "daily", "weekly", "monthly" or "yearly".
[[nodiscard]] FEEDPP_API std::string_view to_string(UpdatePeriod value) noexcept;

}  // namespace feedpp

#endif  // FEEDPP_EXT_SYNDICATION_HPP
