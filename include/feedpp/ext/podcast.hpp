// SPDX-License-Identifier: MIT
// Podcasting 2.0 (the podcast namespace, https://podcastindex.org/namespace/1.0): every tag of
// the namespace's specification (podcastindex-org/podcast-namespace, docs/1.0.md), typed.
//
// The parser reads them into Channel::podcast and Item::podcast, also under the namespace's old
// URI (its GitHub document); RssWriter and AtomWriter write them back under the canonical one.
// Numbers, flags and dates keep their text (Typed, Date), so a round trip writes them as read.
#ifndef FEEDPP_EXT_PODCAST_HPP
#define FEEDPP_EXT_PODCAST_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/values.hpp"

namespace feedpp {

namespace ns {
/// The podcast namespace, as written by feedpp.
inline constexpr std::string_view kPodcast = "https://podcastindex.org/namespace/1.0";
}  // namespace ns

/// podcast:transcript url type language rel: a transcript or captions file.
struct PodcastTranscript {
  std::string url{};
  std::string type{};      ///< MIME type: text/vtt, application/x-subrip, text/html, ...
  std::string language{};  ///< the transcript's language, when it is not the feed's
  std::string rel{};       ///< "captions" for a captions file
  std::vector<Attribute> attributes{};  ///< other attributes, as written
  ElementOrder<std::uint8_t> order{};   ///< which attributes were there (presentation)
};

/// podcast:locked owner="…">yes</podcast:locked>: whether other hosts may import the feed.
struct PodcastLocked {
  Typed<bool> locked{};  ///< the text: yes or no
  std::string owner{};   ///< an e-mail address that proves ownership
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:funding url="…">label</podcast:funding>: a donation or membership link.
struct PodcastFunding {
  std::string url{};
  std::string label{};  ///< the text shown next to the link
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:chapters url type: a chapters file (JSON chapters, usually).
struct PodcastChapters {
  std::string url{};
  std::string type{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:soundbite startTime duration>title</podcast:soundbite>: a clip of the episode.
struct PodcastSoundbite {
  Typed<double> start_time{};  ///< seconds from the start
  Typed<double> duration{};    ///< seconds
  std::string title{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:person role group img href>name</podcast:person>: a host, guest or other credit.
struct PodcastPerson {
  std::string name{};
  std::string role{};   ///< Podcast Taxonomy role; "host" when absent
  std::string group{};  ///< Podcast Taxonomy group; "cast" when absent
  std::string img{};
  std::string href{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:location geo osm rel>name</podcast:location>: the place the content is about.
struct PodcastLocation {
  std::string name{};
  std::string geo{};  ///< "geo:30.2672,97.7431" (RFC 5870)
  std::string osm{};  ///< OpenStreetMap id: "R113314"
  std::string rel{};  ///< "subject" (default) or "creator"
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:season name="…">3</podcast:season>.
struct PodcastSeason {
  Typed<std::int64_t> number{};
  std::string name{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:episode display="…">204.5</podcast:episode> (a decimal, for specials between two).
struct PodcastEpisode {
  Typed<double> number{};
  std::string display{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:trailer url pubdate length type season>title</podcast:trailer>.
struct PodcastTrailer {
  std::string title{};
  std::string url{};
  Date pubdate{};  ///< RFC 2822
  Typed<std::int64_t> length{};
  std::string type{};
  Typed<std::int64_t> season{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:license url="…">cc-by-4.0</podcast:license>: an SPDX identifier or a custom name.
struct PodcastLicense {
  std::string identifier{};
  std::string url{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:source uri contentType: one place to get an alternate enclosure.
struct PodcastSource {
  std::string uri{};
  std::string content_type{};  ///< contentType
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:integrity type value: a checksum (sri) or a PGP signature of the media.
struct PodcastIntegrity {
  std::string type{};
  std::string value{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:alternateEnclosure: another version of the episode's media, from its sources.
struct PodcastAlternateEnclosure {
  std::string type{};
  Typed<std::int64_t> length{};
  Typed<double> bitrate{};  ///< bits per second
  Typed<std::int64_t> height{};
  std::string lang{};
  std::string title{};
  std::string rel{};
  std::string codecs{};                  ///< RFC 6381
  Typed<bool> is_default{};              ///< default: the same media as the enclosure
  std::vector<PodcastSource> sources{};  ///< podcast:source
  std::optional<PodcastIntegrity> integrity{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:valueRecipient: who receives a split of a payment.
struct PodcastValueRecipient {
  std::string name{};
  std::string custom_key{};    ///< customKey
  std::string custom_value{};  ///< customValue
  std::string type{};          ///< "node", "lnaddress", ...
  std::string address{};
  Typed<std::int64_t> split{};  ///< shares of the payment
  Typed<bool> fee{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:remoteItem feedGuid feedUrl itemGuid medium: another feed, or an item of one.
struct PodcastRemoteItem {
  std::string feed_guid{};  ///< feedGuid
  std::string feed_url{};   ///< feedUrl
  std::string item_guid{};  ///< itemGuid
  std::string medium{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:valueTimeSplit: recipients that take over for a stretch of the media.
struct PodcastValueTimeSplit {
  Typed<double> start_time{};               ///< startTime, seconds
  Typed<double> duration{};                 ///< seconds
  Typed<double> remote_start_time{};        ///< remoteStartTime
  Typed<std::int64_t> remote_percentage{};  ///< remotePercentage
  std::vector<PodcastRemoteItem> remote_items{};
  std::vector<PodcastValueRecipient> recipients{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:value type method suggested: streaming payments (value for value).
struct PodcastValue {
  std::string type{};         ///< "lightning", ...
  std::string method{};       ///< "keysend", ...
  Typed<double> suggested{};  ///< suggested amount per payment
  std::vector<PodcastValueRecipient> recipients{};
  std::vector<PodcastValueTimeSplit> time_splits{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:images srcset="…": artwork in several sizes (deprecated for podcast:image).
struct PodcastImages {
  std::string srcset{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:image href alt aspect-ratio width type purpose: one artwork.
struct PodcastImage {
  std::string href{};
  std::string alt{};
  std::string aspect_ratio{};  ///< aspect-ratio: "1/1", "16/9"
  Typed<std::int64_t> width{};
  std::string type{};
  std::string purpose{};  ///< space-separated: "artwork", "social", "canvas", ...
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:contentLink href="…">label</podcast:contentLink>: the content elsewhere.
struct PodcastContentLink {
  std::string href{};
  std::string label{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:socialInteract uri protocol accountId accountUrl priority: the comment thread.
struct PodcastSocialInteract {
  std::string uri{};
  std::string protocol{};          ///< "activitypub", "twitter", ..., or "disabled"
  std::string account_id{};        ///< accountId
  std::string account_url{};       ///< accountUrl
  Typed<std::int64_t> priority{};  ///< lower first
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:block id="…">yes</podcast:block>: whether a platform (or all) may show the feed.
struct PodcastBlock {
  Typed<bool> blocked{};  ///< the text: yes or no
  std::string id{};       ///< a service slug; "" for every platform
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:txt purpose="…">text</podcast:txt>: free-form text, like a DNS TXT record.
struct PodcastTxt {
  std::string text{};
  std::string purpose{};  ///< "verify", "release", ...
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:podroll: podcasts the show recommends.
struct PodcastPodroll {
  std::vector<PodcastRemoteItem> remote_items{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:updateFrequency complete dtstart rrule>label</podcast:updateFrequency>.
struct PodcastUpdateFrequency {
  std::string label{};     ///< "Daily", "Every other week", ...
  Typed<bool> complete{};  ///< true: no more episodes
  Date dtstart{};          ///< ISO 8601
  std::string rrule{};     ///< RFC 5545 recurrence rule
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:podping usesPodping="true": the feed announces updates through Podping.
struct PodcastPodping {
  Typed<bool> uses_podping{};  ///< usesPodping
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:chat server protocol accountId space: where the show's chat is.
struct PodcastChat {
  std::string server{};
  std::string protocol{};    ///< "irc", "xmpp", "nostr", "matrix"
  std::string account_id{};  ///< accountId
  std::string space{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:publisher: the publisher's own feed, as a remote item.
struct PodcastPublisher {
  std::vector<PodcastRemoteItem> remote_items{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// podcast:liveItem status start end: a live stream. Its podcast elements are typed; its other
/// children (title, guid, enclosure, ...: an item's elements) are kept as extensions.
enum class PodcastLiveStatus : std::uint8_t { pending, live, ended };

struct PodcastLiveItem {
  Typed<PodcastLiveStatus> status{};
  Date start{};  ///< ISO 8601
  Date end{};
  std::vector<PodcastAlternateEnclosure> alternate_enclosures{};
  std::vector<PodcastContentLink> content_links{};
  std::vector<PodcastPerson> persons{};
  std::optional<PodcastImages> images{};
  std::vector<PodcastImage> image{};
  std::vector<PodcastValue> value{};
  std::vector<PodcastSocialInteract> social_interacts{};
  std::optional<PodcastChat> chat{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};  ///< the item elements (title, guid, enclosure, ...)
  ElementOrder<std::uint8_t> order{};
};

/// A channel's podcast tags.
struct PodcastChannel {
  std::string guid{};  ///< podcast:guid: the show's UUIDv5 from its feed URL
  std::optional<PodcastLocked> locked{};
  std::vector<PodcastFunding> funding{};
  std::vector<PodcastPerson> persons{};
  std::optional<PodcastLocation> location{};
  std::vector<PodcastTrailer> trailers{};
  std::optional<PodcastLicense> license{};
  std::vector<PodcastValue> value{};
  std::string medium{};  ///< podcast, music, video, film, audiobook, newsletter, blog, ...L
  std::optional<PodcastImages> images{};
  std::vector<PodcastImage> image{};
  std::vector<PodcastLiveItem> live_items{};
  std::vector<PodcastBlock> blocks{};
  std::vector<PodcastTxt> txt{};
  std::vector<PodcastRemoteItem> remote_items{};
  std::optional<PodcastPodroll> podroll{};
  std::optional<PodcastUpdateFrequency> update_frequency{};
  std::optional<PodcastPodping> podping{};
  std::optional<PodcastChat> chat{};
  std::optional<PodcastPublisher> publisher{};
  std::vector<PodcastSocialInteract> social_interacts{};
  ElementOrder<std::uint8_t> order{};
};

/// An item's podcast tags.
struct PodcastItem {
  std::vector<PodcastTranscript> transcripts{};
  std::optional<PodcastChapters> chapters{};
  std::vector<PodcastSoundbite> soundbites{};
  std::vector<PodcastPerson> persons{};
  std::optional<PodcastLocation> location{};
  std::optional<PodcastSeason> season{};
  std::optional<PodcastEpisode> episode{};
  std::optional<PodcastLicense> license{};
  std::vector<PodcastAlternateEnclosure> alternate_enclosures{};
  std::vector<PodcastValue> value{};
  std::optional<PodcastImages> images{};
  std::vector<PodcastImage> image{};
  std::vector<PodcastSocialInteract> social_interacts{};
  std::vector<PodcastTxt> txt{};
  std::optional<PodcastChat> chat{};
  std::vector<PodcastContentLink> content_links{};
  std::vector<PodcastRemoteItem> remote_items{};
  ElementOrder<std::uint8_t> order{};
};

FEEDPP_API bool operator==(const PodcastTranscript& a, const PodcastTranscript& b);
FEEDPP_API bool operator==(const PodcastLocked& a, const PodcastLocked& b);
FEEDPP_API bool operator==(const PodcastFunding& a, const PodcastFunding& b);
FEEDPP_API bool operator==(const PodcastChapters& a, const PodcastChapters& b);
FEEDPP_API bool operator==(const PodcastSoundbite& a, const PodcastSoundbite& b);
FEEDPP_API bool operator==(const PodcastPerson& a, const PodcastPerson& b);
FEEDPP_API bool operator==(const PodcastLocation& a, const PodcastLocation& b);
FEEDPP_API bool operator==(const PodcastSeason& a, const PodcastSeason& b);
FEEDPP_API bool operator==(const PodcastEpisode& a, const PodcastEpisode& b);
FEEDPP_API bool operator==(const PodcastTrailer& a, const PodcastTrailer& b);
FEEDPP_API bool operator==(const PodcastLicense& a, const PodcastLicense& b);
FEEDPP_API bool operator==(const PodcastSource& a, const PodcastSource& b);
FEEDPP_API bool operator==(const PodcastIntegrity& a, const PodcastIntegrity& b);
FEEDPP_API bool operator==(const PodcastAlternateEnclosure& a, const PodcastAlternateEnclosure& b);
FEEDPP_API bool operator==(const PodcastValueRecipient& a, const PodcastValueRecipient& b);
FEEDPP_API bool operator==(const PodcastRemoteItem& a, const PodcastRemoteItem& b);
FEEDPP_API bool operator==(const PodcastValueTimeSplit& a, const PodcastValueTimeSplit& b);
FEEDPP_API bool operator==(const PodcastValue& a, const PodcastValue& b);
FEEDPP_API bool operator==(const PodcastImages& a, const PodcastImages& b);
FEEDPP_API bool operator==(const PodcastImage& a, const PodcastImage& b);
FEEDPP_API bool operator==(const PodcastContentLink& a, const PodcastContentLink& b);
FEEDPP_API bool operator==(const PodcastSocialInteract& a, const PodcastSocialInteract& b);
FEEDPP_API bool operator==(const PodcastBlock& a, const PodcastBlock& b);
FEEDPP_API bool operator==(const PodcastTxt& a, const PodcastTxt& b);
FEEDPP_API bool operator==(const PodcastPodroll& a, const PodcastPodroll& b);
FEEDPP_API bool operator==(const PodcastUpdateFrequency& a, const PodcastUpdateFrequency& b);
FEEDPP_API bool operator==(const PodcastPodping& a, const PodcastPodping& b);
FEEDPP_API bool operator==(const PodcastChat& a, const PodcastChat& b);
FEEDPP_API bool operator==(const PodcastPublisher& a, const PodcastPublisher& b);
FEEDPP_API bool operator==(const PodcastLiveItem& a, const PodcastLiveItem& b);
FEEDPP_API bool operator==(const PodcastChannel& a, const PodcastChannel& b);
FEEDPP_API bool operator==(const PodcastItem& a, const PodcastItem& b);

inline bool operator!=(const PodcastTranscript& a, const PodcastTranscript& b) { return !(a == b); }
inline bool operator!=(const PodcastLocked& a, const PodcastLocked& b) { return !(a == b); }
inline bool operator!=(const PodcastFunding& a, const PodcastFunding& b) { return !(a == b); }
inline bool operator!=(const PodcastChapters& a, const PodcastChapters& b) { return !(a == b); }
inline bool operator!=(const PodcastSoundbite& a, const PodcastSoundbite& b) { return !(a == b); }
inline bool operator!=(const PodcastPerson& a, const PodcastPerson& b) { return !(a == b); }
inline bool operator!=(const PodcastLocation& a, const PodcastLocation& b) { return !(a == b); }
inline bool operator!=(const PodcastSeason& a, const PodcastSeason& b) { return !(a == b); }
inline bool operator!=(const PodcastEpisode& a, const PodcastEpisode& b) { return !(a == b); }
inline bool operator!=(const PodcastTrailer& a, const PodcastTrailer& b) { return !(a == b); }
inline bool operator!=(const PodcastLicense& a, const PodcastLicense& b) { return !(a == b); }
inline bool operator!=(const PodcastSource& a, const PodcastSource& b) { return !(a == b); }
inline bool operator!=(const PodcastIntegrity& a, const PodcastIntegrity& b) { return !(a == b); }
inline bool operator!=(const PodcastAlternateEnclosure& a, const PodcastAlternateEnclosure& b) {
  return !(a == b);
}
inline bool operator!=(const PodcastValueRecipient& a, const PodcastValueRecipient& b) {
  return !(a == b);
}
inline bool operator!=(const PodcastRemoteItem& a, const PodcastRemoteItem& b) { return !(a == b); }
inline bool operator!=(const PodcastValueTimeSplit& a, const PodcastValueTimeSplit& b) {
  return !(a == b);
}
inline bool operator!=(const PodcastValue& a, const PodcastValue& b) { return !(a == b); }
inline bool operator!=(const PodcastImages& a, const PodcastImages& b) { return !(a == b); }
inline bool operator!=(const PodcastImage& a, const PodcastImage& b) { return !(a == b); }
inline bool operator!=(const PodcastContentLink& a, const PodcastContentLink& b) {
  return !(a == b);
}
inline bool operator!=(const PodcastSocialInteract& a, const PodcastSocialInteract& b) {
  return !(a == b);
}
inline bool operator!=(const PodcastBlock& a, const PodcastBlock& b) { return !(a == b); }
inline bool operator!=(const PodcastTxt& a, const PodcastTxt& b) { return !(a == b); }
inline bool operator!=(const PodcastPodroll& a, const PodcastPodroll& b) { return !(a == b); }
inline bool operator!=(const PodcastUpdateFrequency& a, const PodcastUpdateFrequency& b) {
  return !(a == b);
}
inline bool operator!=(const PodcastPodping& a, const PodcastPodping& b) { return !(a == b); }
inline bool operator!=(const PodcastChat& a, const PodcastChat& b) { return !(a == b); }
inline bool operator!=(const PodcastPublisher& a, const PodcastPublisher& b) { return !(a == b); }
inline bool operator!=(const PodcastLiveItem& a, const PodcastLiveItem& b) { return !(a == b); }
inline bool operator!=(const PodcastChannel& a, const PodcastChannel& b) { return !(a == b); }
inline bool operator!=(const PodcastItem& a, const PodcastItem& b) { return !(a == b); }

/// Returns "pending", "live" or "ended".
[[nodiscard]] FEEDPP_API std::string_view to_string(PodcastLiveStatus value) noexcept;

}  // namespace feedpp

#endif  // FEEDPP_EXT_PODCAST_HPP
