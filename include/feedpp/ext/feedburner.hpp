// SPDX-License-Identifier: MIT
// FeedBurner's elements (feedburner:, http://rssnamespace.org/feedburner/ext/1.0): the
// original link of a proxied item, and FeedBurner's channel settings. In Channel::feedburner and
// Item::feedburner.
#ifndef FEEDPP_EXT_FEEDBURNER_HPP
#define FEEDPP_EXT_FEEDBURNER_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/values.hpp"

namespace feedpp {

namespace ns {
inline constexpr std::string_view kFeedburner = "http://rssnamespace.org/feedburner/ext/1.0";
}  // namespace ns

/// feedburner:info uri="…": the feed's FeedBurner name.
struct FeedburnerInfo {
  std::string uri{};
  std::vector<Attribute> attributes{};  ///< other attributes, as written
  ElementOrder<std::uint8_t> order{};   ///< what was there, in document order
};

/// feedburner:feedFlare href src>label</feedburner:feedFlare>.
struct FeedFlare {
  std::string href{};
  std::string src{};
  std::string label{};
  std::vector<Attribute> attributes{};  ///< other attributes, as written
  ElementOrder<std::uint8_t> order{};   ///< what was there, in document order
};

/// FeedBurner's elements of a channel or an item.
struct Feedburner {
  std::string orig_link{};               ///< feedburner:origLink: the item's link before FeedBurner
  std::string orig_enclosure_link{};     ///< feedburner:origEnclosureLink
  std::optional<FeedburnerInfo> info{};  ///< feedburner:info
  std::string browser_friendly{};  ///< feedburner:browserFriendly: a note for people who open the
                                   ///< feed in a browser
  std::string email_service_id{};  ///< feedburner:emailServiceId
  std::string hostname{};          ///< feedburner:feedburnerHostname
  std::vector<FeedFlare> feed_flares{};  ///< feedburner:feedFlare
  ElementOrder<std::uint8_t> order{};    ///< what was there, in document order
};

FEEDPP_API bool operator==(const FeedburnerInfo& a, const FeedburnerInfo& b);
inline bool operator!=(const FeedburnerInfo& a, const FeedburnerInfo& b) { return !(a == b); }
FEEDPP_API bool operator==(const FeedFlare& a, const FeedFlare& b);
inline bool operator!=(const FeedFlare& a, const FeedFlare& b) { return !(a == b); }
FEEDPP_API bool operator==(const Feedburner& a, const Feedburner& b);
inline bool operator!=(const Feedburner& a, const Feedburner& b) { return !(a == b); }

}  // namespace feedpp

#endif  // FEEDPP_EXT_FEEDBURNER_HPP
