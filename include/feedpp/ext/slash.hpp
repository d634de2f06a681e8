// SPDX-License-Identifier: MIT
// The Slash module (slash:, http://purl.org/rss/1.0/modules/slash/): Slashdot-style section,
// department and comment counts. In Item::slash.
#ifndef FEEDPP_EXT_SLASH_HPP
#define FEEDPP_EXT_SLASH_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/values.hpp"

namespace feedpp {

namespace ns {
inline constexpr std::string_view kSlash = "http://purl.org/rss/1.0/modules/slash/";
}  // namespace ns

/// An item's Slash elements.
struct Slash {
  std::string section{};               ///< slash:section
  std::string department{};            ///< slash:department
  Typed<std::int64_t> comments{};      ///< slash:comments: how many comments
  std::string hit_parade{};            ///< slash:hit_parade: comma-separated counts
  ElementOrder<std::uint8_t> order{};  ///< what was there, in document order
};

FEEDPP_API bool operator==(const Slash& a, const Slash& b);
inline bool operator!=(const Slash& a, const Slash& b) { return !(a == b); }

}  // namespace feedpp

#endif  // FEEDPP_EXT_SLASH_HPP
