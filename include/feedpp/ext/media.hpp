// SPDX-License-Identifier: MIT
// Media RSS 1.5.1 (namespace http://search.yahoo.com/mrss/): media:group and media:content with
// all their attributes, and the optional elements that may stand at channel, item, group or
// content level (MediaElements): title, description, keywords, thumbnails, categories, player,
// credits, copyright, rating, hash, text, restriction, community, comments, embed, responses,
// backLinks, status, price, license, subTitle, peerLink, location, rights, scenes.
//
// The parser reads them into Channel::media and Item::media, with or without the namespace's
// trailing slash; RssWriter and AtomWriter write them back under the canonical URI.
#ifndef FEEDPP_EXT_MEDIA_HPP
#define FEEDPP_EXT_MEDIA_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/values.hpp"

namespace feedpp {

namespace ns {
/// The Media RSS namespace, as written by feedpp (readers accept it without the slash).
inline constexpr std::string_view kMedia = "http://search.yahoo.com/mrss/";
}  // namespace ns

/// media:rating scheme="urn:simple">adult</media:rating>.
struct MediaRating {
  std::string value{};
  std::string scheme{};  ///< urn:simple (default), urn:icra, urn:mpaa, urn:v-chip
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:title and media:description: text, plain or HTML (type="plain" or "html").
struct MediaText {
  std::string value{};
  std::string type{};  ///< "plain" (default) or "html"
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:thumbnail url width height time.
struct MediaThumbnail {
  std::string url{};
  Typed<std::int64_t> width{};
  Typed<std::int64_t> height{};
  std::string time{};  ///< the point of the media it shows, NTP form ("12:05:01.123")
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:category scheme label>term</media:category>.
struct MediaCategory {
  std::string value{};
  std::string scheme{};
  std::string label{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:hash algo="md5">…</media:hash>.
struct MediaHash {
  std::string value{};
  std::string algo{};  ///< md5 (default) or sha-1
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:player url width height: a web page that plays the media.
struct MediaPlayer {
  std::string url{};
  Typed<std::int64_t> width{};
  Typed<std::int64_t> height{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:credit role scheme>name</media:credit>.
struct MediaCredit {
  std::string value{};
  std::string role{};    ///< "producer", "actor", ... (EBU roles by default)
  std::string scheme{};  ///< urn:ebu (default)
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:copyright url>notice</media:copyright>.
struct MediaCopyright {
  std::string value{};
  std::string url{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:text type lang start end: a transcript or caption line.
struct MediaTimedText {
  std::string value{};
  std::string type{};  ///< "plain" (default) or "html"
  std::string lang{};
  std::string start{};  ///< NTP time
  std::string end{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:restriction relationship type>list</media:restriction>.
struct MediaRestriction {
  std::string value{};         ///< space-separated country codes or URIs, or "all"/"none"
  std::string relationship{};  ///< allow or deny
  std::string type{};          ///< country, uri or sharing
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:starRating average count min max (in media:community).
struct MediaStarRating {
  Typed<double> average{};
  Typed<std::int64_t> count{};
  Typed<std::int64_t> min{};
  Typed<std::int64_t> max{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:statistics views favorites (in media:community).
struct MediaStatistics {
  Typed<std::int64_t> views{};
  Typed<std::int64_t> favorites{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:community: the audience's ratings, statistics and tags.
struct MediaCommunity {
  std::optional<MediaStarRating> star_rating{};  ///< media:starRating
  std::optional<MediaStatistics> statistics{};
  std::string tags{};  ///< "tag:weight, tag, ..."
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// media:comments: comments on the media (media:comment each).
struct MediaComments {
  std::vector<std::string> comments{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// media:param name="…">value</media:param> (in media:embed).
struct MediaParam {
  std::string value{};
  std::string name{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:embed url width height: how to embed the player, with its parameters.
struct MediaEmbed {
  std::string url{};
  Typed<std::int64_t> width{};
  Typed<std::int64_t> height{};
  std::vector<MediaParam> params{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// media:responses: other media that respond to this one (media:response each).
struct MediaResponses {
  std::vector<std::string> responses{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// media:backLinks: pages that link to the media (media:backLink each).
struct MediaBackLinks {
  std::vector<std::string> back_links{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// media:status state reason: active, blocked or deleted.
struct MediaStatus {
  std::string state{};
  std::string reason{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:price type info price currency.
struct MediaPrice {
  std::string type{};  ///< rent, purchase, package or subscription
  std::string info{};
  Typed<double> price{};
  std::string currency{};  ///< ISO 4217
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:license type href>name</media:license>.
struct MediaLicense {
  std::string value{};
  std::string type{};
  std::string href{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:subTitle type lang href: a subtitle file.
struct MediaSubtitle {
  std::string type{};
  std::string lang{};
  std::string href{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:peerLink type href: the media over a peer-to-peer link (a torrent).
struct MediaPeerLink {
  std::string type{};
  std::string href{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:location description start end: a place shown, its geometry (georss:where) kept as an
/// extension.
struct MediaLocation {
  std::string description{};
  std::string start{};
  std::string end{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// media:rights status: userCreated or official.
struct MediaRights {
  std::string status{};
  std::vector<Attribute> attributes{};
  ElementOrder<std::uint8_t> order{};
};

/// media:scene: a part of the media.
struct MediaScene {
  std::string title{};        ///< sceneTitle
  std::string description{};  ///< sceneDescription
  std::string start_time{};   ///< sceneStartTime
  std::string end_time{};     ///< sceneEndTime
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// media:scenes.
struct MediaScenes {
  std::vector<MediaScene> scenes{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// The optional elements of Media RSS: they may stand at channel, item, group or content level,
/// the innermost applying. The single ones are boxed: most levels hold none of them, and every
/// media:content of an item carries the set (a `Boxed` costs a pointer when absent).
struct MediaElements {
  std::vector<MediaRating> ratings{};
  Boxed<MediaText> title{};
  Boxed<MediaText> description{};
  std::string keywords{};  ///< comma-separated
  std::vector<MediaThumbnail> thumbnails{};
  std::vector<MediaCategory> categories{};
  std::vector<MediaHash> hashes{};
  Boxed<MediaPlayer> player{};
  std::vector<MediaCredit> credits{};
  Boxed<MediaCopyright> copyright{};
  std::vector<MediaTimedText> texts{};  ///< media:text
  std::vector<MediaRestriction> restrictions{};
  Boxed<MediaCommunity> community{};
  Boxed<MediaComments> comments{};
  Boxed<MediaEmbed> embed{};
  Boxed<MediaResponses> responses{};
  Boxed<MediaBackLinks> back_links{};  ///< media:backLinks
  Boxed<MediaStatus> status{};
  std::vector<MediaPrice> prices{};
  Boxed<MediaLicense> license{};
  std::vector<MediaSubtitle> subtitles{};   ///< media:subTitle
  std::vector<MediaPeerLink> peer_links{};  ///< media:peerLink
  std::vector<MediaLocation> locations{};
  Boxed<MediaRights> rights{};
  Boxed<MediaScenes> scenes{};
};

/// media:content: one media object, with what it is and how it is encoded.
struct MediaContent : MediaElements {
  std::string url{};
  Typed<std::int64_t> file_size{};  ///< fileSize, bytes
  std::string type{};               ///< MIME type
  std::string medium{};             ///< image, audio, video, document or executable
  Typed<bool> is_default{};         ///< isDefault
  std::string expression{};         ///< sample, full (default) or nonstop
  Typed<double> bitrate{};          ///< kilobits per second
  Typed<double> framerate{};
  Typed<double> samplingrate{};  ///< kHz
  Typed<std::int64_t> channels{};
  Typed<double> duration{};  ///< seconds
  Typed<std::int64_t> height{};
  Typed<std::int64_t> width{};
  std::string lang{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// media:group: media:content elements that are versions of one object.
struct MediaGroup : MediaElements {
  std::vector<MediaContent> contents{};
  std::vector<Attribute> attributes{};
  std::vector<Extension> extensions{};
  ElementOrder<std::uint8_t> order{};
};

/// A channel's Media RSS elements.
struct MediaChannel : MediaElements {
  ElementOrder<std::uint8_t> order{};
};

/// An item's Media RSS elements: its groups and contents, and the optional elements.
struct MediaItem : MediaElements {
  std::vector<MediaGroup> groups{};
  std::vector<MediaContent> contents{};
  ElementOrder<std::uint8_t> order{};
};

FEEDPP_API bool operator==(const MediaRating& a, const MediaRating& b);
FEEDPP_API bool operator==(const MediaText& a, const MediaText& b);
FEEDPP_API bool operator==(const MediaThumbnail& a, const MediaThumbnail& b);
FEEDPP_API bool operator==(const MediaCategory& a, const MediaCategory& b);
FEEDPP_API bool operator==(const MediaHash& a, const MediaHash& b);
FEEDPP_API bool operator==(const MediaPlayer& a, const MediaPlayer& b);
FEEDPP_API bool operator==(const MediaCredit& a, const MediaCredit& b);
FEEDPP_API bool operator==(const MediaCopyright& a, const MediaCopyright& b);
FEEDPP_API bool operator==(const MediaTimedText& a, const MediaTimedText& b);
FEEDPP_API bool operator==(const MediaRestriction& a, const MediaRestriction& b);
FEEDPP_API bool operator==(const MediaStarRating& a, const MediaStarRating& b);
FEEDPP_API bool operator==(const MediaStatistics& a, const MediaStatistics& b);
FEEDPP_API bool operator==(const MediaCommunity& a, const MediaCommunity& b);
FEEDPP_API bool operator==(const MediaComments& a, const MediaComments& b);
FEEDPP_API bool operator==(const MediaParam& a, const MediaParam& b);
FEEDPP_API bool operator==(const MediaEmbed& a, const MediaEmbed& b);
FEEDPP_API bool operator==(const MediaResponses& a, const MediaResponses& b);
FEEDPP_API bool operator==(const MediaBackLinks& a, const MediaBackLinks& b);
FEEDPP_API bool operator==(const MediaStatus& a, const MediaStatus& b);
FEEDPP_API bool operator==(const MediaPrice& a, const MediaPrice& b);
FEEDPP_API bool operator==(const MediaLicense& a, const MediaLicense& b);
FEEDPP_API bool operator==(const MediaSubtitle& a, const MediaSubtitle& b);
FEEDPP_API bool operator==(const MediaPeerLink& a, const MediaPeerLink& b);
FEEDPP_API bool operator==(const MediaLocation& a, const MediaLocation& b);
FEEDPP_API bool operator==(const MediaRights& a, const MediaRights& b);
FEEDPP_API bool operator==(const MediaScene& a, const MediaScene& b);
FEEDPP_API bool operator==(const MediaScenes& a, const MediaScenes& b);
FEEDPP_API bool operator==(const MediaContent& a, const MediaContent& b);
FEEDPP_API bool operator==(const MediaGroup& a, const MediaGroup& b);
FEEDPP_API bool operator==(const MediaChannel& a, const MediaChannel& b);
FEEDPP_API bool operator==(const MediaItem& a, const MediaItem& b);

inline bool operator!=(const MediaRating& a, const MediaRating& b) { return !(a == b); }
inline bool operator!=(const MediaText& a, const MediaText& b) { return !(a == b); }
inline bool operator!=(const MediaThumbnail& a, const MediaThumbnail& b) { return !(a == b); }
inline bool operator!=(const MediaCategory& a, const MediaCategory& b) { return !(a == b); }
inline bool operator!=(const MediaHash& a, const MediaHash& b) { return !(a == b); }
inline bool operator!=(const MediaPlayer& a, const MediaPlayer& b) { return !(a == b); }
inline bool operator!=(const MediaCredit& a, const MediaCredit& b) { return !(a == b); }
inline bool operator!=(const MediaCopyright& a, const MediaCopyright& b) { return !(a == b); }
inline bool operator!=(const MediaTimedText& a, const MediaTimedText& b) { return !(a == b); }
inline bool operator!=(const MediaRestriction& a, const MediaRestriction& b) { return !(a == b); }
inline bool operator!=(const MediaStarRating& a, const MediaStarRating& b) { return !(a == b); }
inline bool operator!=(const MediaStatistics& a, const MediaStatistics& b) { return !(a == b); }
inline bool operator!=(const MediaCommunity& a, const MediaCommunity& b) { return !(a == b); }
inline bool operator!=(const MediaComments& a, const MediaComments& b) { return !(a == b); }
inline bool operator!=(const MediaParam& a, const MediaParam& b) { return !(a == b); }
inline bool operator!=(const MediaEmbed& a, const MediaEmbed& b) { return !(a == b); }
inline bool operator!=(const MediaResponses& a, const MediaResponses& b) { return !(a == b); }
inline bool operator!=(const MediaBackLinks& a, const MediaBackLinks& b) { return !(a == b); }
inline bool operator!=(const MediaStatus& a, const MediaStatus& b) { return !(a == b); }
inline bool operator!=(const MediaPrice& a, const MediaPrice& b) { return !(a == b); }
inline bool operator!=(const MediaLicense& a, const MediaLicense& b) { return !(a == b); }
inline bool operator!=(const MediaSubtitle& a, const MediaSubtitle& b) { return !(a == b); }
inline bool operator!=(const MediaPeerLink& a, const MediaPeerLink& b) { return !(a == b); }
inline bool operator!=(const MediaLocation& a, const MediaLocation& b) { return !(a == b); }
inline bool operator!=(const MediaRights& a, const MediaRights& b) { return !(a == b); }
inline bool operator!=(const MediaScene& a, const MediaScene& b) { return !(a == b); }
inline bool operator!=(const MediaScenes& a, const MediaScenes& b) { return !(a == b); }
inline bool operator!=(const MediaContent& a, const MediaContent& b) { return !(a == b); }
inline bool operator!=(const MediaGroup& a, const MediaGroup& b) { return !(a == b); }
inline bool operator!=(const MediaChannel& a, const MediaChannel& b) { return !(a == b); }
inline bool operator!=(const MediaItem& a, const MediaItem& b) { return !(a == b); }

}  // namespace feedpp

#endif  // FEEDPP_EXT_MEDIA_HPP
