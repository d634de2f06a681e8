// SPDX-License-Identifier: MIT
// Apple Podcasts' tags (the iTunes namespace, http://www.itunes.com/dtds/podcast-1.0.dtd): the
// channel's and the episode's, as Apple documents them, with their values typed (durations in
// seconds, explicit as a tri-state, episode and season numbers, the show and episode types).
//
// The parser reads them into Channel::itunes and Item::itunes whatever namespace URI variant the
// feed uses (any letter case, Apple's old DTD path); RssWriter and AtomWriter write them back
// under the canonical URI. Values keep their text (Typed), so a round trip writes "Yes" as "Yes".
#ifndef FEEDPP_EXT_ITUNES_HPP
#define FEEDPP_EXT_ITUNES_HPP

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/values.hpp"

namespace feedpp {

namespace ns {
/// The iTunes namespace, as written by feedpp (readers accept any letter case).
inline constexpr std::string_view kItunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
}  // namespace ns

/// itunes:explicit: "true", "yes" or "explicit" is yes; "false" or "no" is no; "clean" (Apple's
/// old value for a cleaned-up episode) is clean. Read without regard to case.
enum class ItunesExplicit : std::uint8_t { no, yes, clean };

/// itunes:type: episodic (newest first) or serial (oldest first).
enum class ItunesType : std::uint8_t { episodic, serial };

/// itunes:episodeType: a full episode, a trailer or bonus material.
enum class ItunesEpisodeType : std::uint8_t { full, trailer, bonus };

/// itunes:image href="…": the artwork.
struct ItunesImage {
  std::string href{};
  /// The URL as the element's text, as some feeds write it instead of href; "" otherwise.
  std::string text{};
  std::vector<Attribute> attributes{};  ///< other attributes, as written
  ElementOrder<std::uint8_t> order{};   ///< which attributes were there (presentation)
};

/// A subcategory: itunes:category inside itunes:category (Apple allows one level).
struct ItunesSubcategory {
  std::string text{};  ///< the text attribute: "Technology", "Tech News"
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};  ///< children other than categories (deeper ones included)
  ElementOrder<std::uint8_t> order{};
};

/// itunes:category text="…", with its subcategories.
struct ItunesCategory {
  std::string text{};
  std::vector<ItunesSubcategory> subcategories{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// itunes:owner: who Apple contacts about the show.
struct ItunesOwner {
  std::string name{};   ///< itunes:name
  std::string email{};  ///< itunes:email
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// The show: a channel's iTunes tags.
struct ItunesChannel {
  std::optional<ItunesImage> image{};
  std::vector<ItunesCategory> categories{};
  Typed<ItunesExplicit> explicit_content{};  ///< itunes:explicit
  std::string author{};
  std::string title{};
  Typed<ItunesType> type{};
  std::optional<ItunesOwner> owner{};
  std::string new_feed_url{};  ///< itunes:new-feed-url: where the show moved
  Typed<bool> block{};         ///< itunes:block: "Yes" hides the show from Apple Podcasts
  Typed<bool> complete{};      ///< itunes:complete: "Yes" means no more episodes
  std::string subtitle{};
  std::string summary{};
  std::string keywords{};               ///< comma-separated (deprecated by Apple, still common)
  std::string apple_podcasts_verify{};  ///< itunes:applepodcastsverify: the ownership token
  /// Document order of the typed elements (the channel's own order says where they stand).
  ElementOrder<std::uint8_t> order{};
};

/// An episode: an item's iTunes tags.
struct ItunesItem {
  Typed<std::chrono::seconds> duration{};  ///< from "hh:mm:ss", "mm:ss" or seconds
  std::optional<ItunesImage> image{};
  Typed<ItunesExplicit> explicit_content{};  ///< itunes:explicit
  std::string title{};
  Typed<std::int64_t> episode{};
  Typed<std::int64_t> season{};
  Typed<ItunesEpisodeType> episode_type{};  ///< itunes:episodeType
  Typed<bool> block{};
  std::string author{};
  std::string subtitle{};
  std::string summary{};
  std::string keywords{};
  Typed<bool> is_closed_captioned{};   ///< itunes:isClosedCaptioned
  Typed<std::int64_t> order_number{};  ///< itunes:order: the episode's place, overriding dates
  ElementOrder<std::uint8_t> order{};
};

FEEDPP_API bool operator==(const ItunesImage& a, const ItunesImage& b);
FEEDPP_API bool operator==(const ItunesSubcategory& a, const ItunesSubcategory& b);
FEEDPP_API bool operator==(const ItunesCategory& a, const ItunesCategory& b);
FEEDPP_API bool operator==(const ItunesOwner& a, const ItunesOwner& b);
FEEDPP_API bool operator==(const ItunesChannel& a, const ItunesChannel& b);
FEEDPP_API bool operator==(const ItunesItem& a, const ItunesItem& b);
inline bool operator!=(const ItunesImage& a, const ItunesImage& b) { return !(a == b); }
inline bool operator!=(const ItunesSubcategory& a, const ItunesSubcategory& b) { return !(a == b); }
inline bool operator!=(const ItunesCategory& a, const ItunesCategory& b) { return !(a == b); }
inline bool operator!=(const ItunesOwner& a, const ItunesOwner& b) { return !(a == b); }
inline bool operator!=(const ItunesChannel& a, const ItunesChannel& b) { return !(a == b); }
inline bool operator!=(const ItunesItem& a, const ItunesItem& b) { return !(a == b); }

/// Returns the text Apple writes for `value`: "true", "false" or "clean".
[[nodiscard]] FEEDPP_API std::string_view to_string(ItunesExplicit value) noexcept;
/// Returns "episodic" or "serial".
[[nodiscard]] FEEDPP_API std::string_view to_string(ItunesType value) noexcept;
/// Returns "full", "trailer" or "bonus".
[[nodiscard]] FEEDPP_API std::string_view to_string(ItunesEpisodeType value) noexcept;

}  // namespace feedpp

#endif  // FEEDPP_EXT_ITUNES_HPP
