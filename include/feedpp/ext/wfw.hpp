// SPDX-License-Identifier: MIT
// The Well-Formed Web comment API (wfw:, http://wellformedweb.org/CommentAPI/): where to post a
// comment, and the feed of an item's comments. In Item::wfw.
#ifndef FEEDPP_EXT_WFW_HPP
#define FEEDPP_EXT_WFW_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/values.hpp"

namespace feedpp {

namespace ns {
inline constexpr std::string_view kWellFormedWeb = "http://wellformedweb.org/CommentAPI/";
}  // namespace ns

/// An item's comment API links.
struct WellFormedWeb {
  std::string comment{};               ///< wfw:comment: the URL to post comments to
  std::string comment_rss{};           ///< wfw:commentRss: the feed of the comments
  ElementOrder<std::uint8_t> order{};  ///< what was there, in document order
};

FEEDPP_API bool operator==(const WellFormedWeb& a, const WellFormedWeb& b);
inline bool operator!=(const WellFormedWeb& a, const WellFormedWeb& b) { return !(a == b); }

}  // namespace feedpp

#endif  // FEEDPP_EXT_WFW_HPP
