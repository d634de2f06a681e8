// SPDX-License-Identifier: MIT
// Media RSS's schemas (see ext/schema.hpp): the specification's element and attribute names for
// each member of include/feedpp/ext/media.hpp.
#ifndef FEEDPP_SRC_EXT_MEDIA_SCHEMA_HPP
#define FEEDPP_SRC_EXT_MEDIA_SCHEMA_HPP

#include "ext/schema.hpp"
#include "feedpp/ext/media.hpp"

namespace feedpp::detail {

template <>
struct Schema<MediaRating> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("scheme", &MediaRating::scheme);
    v.text(&MediaRating::value);
    v.other_attributes(&MediaRating::attributes);
    v.order(&MediaRating::order);
  }
};

template <>
struct Schema<MediaText> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("type", &MediaText::type);
    v.text(&MediaText::value);
    v.other_attributes(&MediaText::attributes);
    v.order(&MediaText::order);
  }
};

template <>
struct Schema<MediaThumbnail> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("url", &MediaThumbnail::url);
    v.attribute("width", &MediaThumbnail::width);
    v.attribute("height", &MediaThumbnail::height);
    v.attribute("time", &MediaThumbnail::time);
    v.other_attributes(&MediaThumbnail::attributes);
    v.order(&MediaThumbnail::order);
  }
};

template <>
struct Schema<MediaCategory> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("scheme", &MediaCategory::scheme);
    v.attribute("label", &MediaCategory::label);
    v.text(&MediaCategory::value);
    v.other_attributes(&MediaCategory::attributes);
    v.order(&MediaCategory::order);
  }
};

template <>
struct Schema<MediaHash> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("algo", &MediaHash::algo);
    v.text(&MediaHash::value);
    v.other_attributes(&MediaHash::attributes);
    v.order(&MediaHash::order);
  }
};

template <>
struct Schema<MediaPlayer> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("url", &MediaPlayer::url);
    v.attribute("width", &MediaPlayer::width);
    v.attribute("height", &MediaPlayer::height);
    v.other_attributes(&MediaPlayer::attributes);
    v.order(&MediaPlayer::order);
  }
};

template <>
struct Schema<MediaCredit> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("role", &MediaCredit::role);
    v.attribute("scheme", &MediaCredit::scheme);
    v.text(&MediaCredit::value);
    v.other_attributes(&MediaCredit::attributes);
    v.order(&MediaCredit::order);
  }
};

template <>
struct Schema<MediaCopyright> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("url", &MediaCopyright::url);
    v.text(&MediaCopyright::value);
    v.other_attributes(&MediaCopyright::attributes);
    v.order(&MediaCopyright::order);
  }
};

template <>
struct Schema<MediaTimedText> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("type", &MediaTimedText::type);
    v.attribute("lang", &MediaTimedText::lang);
    v.attribute("start", &MediaTimedText::start);
    v.attribute("end", &MediaTimedText::end);
    v.text(&MediaTimedText::value);
    v.other_attributes(&MediaTimedText::attributes);
    v.order(&MediaTimedText::order);
  }
};

template <>
struct Schema<MediaRestriction> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("relationship", &MediaRestriction::relationship);
    v.attribute("type", &MediaRestriction::type);
    v.text(&MediaRestriction::value);
    v.other_attributes(&MediaRestriction::attributes);
    v.order(&MediaRestriction::order);
  }
};

template <>
struct Schema<MediaStarRating> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("average", &MediaStarRating::average);
    v.attribute("count", &MediaStarRating::count);
    v.attribute("min", &MediaStarRating::min);
    v.attribute("max", &MediaStarRating::max);
    v.other_attributes(&MediaStarRating::attributes);
    v.order(&MediaStarRating::order);
  }
};

template <>
struct Schema<MediaStatistics> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("views", &MediaStatistics::views);
    v.attribute("favorites", &MediaStatistics::favorites);
    v.other_attributes(&MediaStatistics::attributes);
    v.order(&MediaStatistics::order);
  }
};

template <>
struct Schema<MediaCommunity> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("starRating", &MediaCommunity::star_rating);
    v.element("statistics", &MediaCommunity::statistics);
    v.element("tags", &MediaCommunity::tags);
    v.other_attributes(&MediaCommunity::attributes);
    v.extensions(&MediaCommunity::extensions);
    v.order(&MediaCommunity::order);
  }
};

template <>
struct Schema<MediaComments> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("comment", &MediaComments::comments);
    v.other_attributes(&MediaComments::attributes);
    v.extensions(&MediaComments::extensions);
    v.order(&MediaComments::order);
  }
};

template <>
struct Schema<MediaParam> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("name", &MediaParam::name);
    v.text(&MediaParam::value);
    v.other_attributes(&MediaParam::attributes);
    v.order(&MediaParam::order);
  }
};

template <>
struct Schema<MediaEmbed> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("url", &MediaEmbed::url);
    v.attribute("width", &MediaEmbed::width);
    v.attribute("height", &MediaEmbed::height);
    v.element("param", &MediaEmbed::params);
    v.other_attributes(&MediaEmbed::attributes);
    v.extensions(&MediaEmbed::extensions);
    v.order(&MediaEmbed::order);
  }
};

template <>
struct Schema<MediaResponses> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("response", &MediaResponses::responses);
    v.other_attributes(&MediaResponses::attributes);
    v.extensions(&MediaResponses::extensions);
    v.order(&MediaResponses::order);
  }
};

template <>
struct Schema<MediaBackLinks> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("backLink", &MediaBackLinks::back_links);
    v.other_attributes(&MediaBackLinks::attributes);
    v.extensions(&MediaBackLinks::extensions);
    v.order(&MediaBackLinks::order);
  }
};

template <>
struct Schema<MediaStatus> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("state", &MediaStatus::state);
    v.attribute("reason", &MediaStatus::reason);
    v.other_attributes(&MediaStatus::attributes);
    v.order(&MediaStatus::order);
  }
};

template <>
struct Schema<MediaPrice> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("type", &MediaPrice::type);
    v.attribute("info", &MediaPrice::info);
    v.attribute("price", &MediaPrice::price);
    v.attribute("currency", &MediaPrice::currency);
    v.other_attributes(&MediaPrice::attributes);
    v.order(&MediaPrice::order);
  }
};

template <>
struct Schema<MediaLicense> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("type", &MediaLicense::type);
    v.attribute("href", &MediaLicense::href);
    v.text(&MediaLicense::value);
    v.other_attributes(&MediaLicense::attributes);
    v.order(&MediaLicense::order);
  }
};

template <>
struct Schema<MediaSubtitle> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("type", &MediaSubtitle::type);
    v.attribute("lang", &MediaSubtitle::lang);
    v.attribute("href", &MediaSubtitle::href);
    v.other_attributes(&MediaSubtitle::attributes);
    v.order(&MediaSubtitle::order);
  }
};

template <>
struct Schema<MediaPeerLink> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("type", &MediaPeerLink::type);
    v.attribute("href", &MediaPeerLink::href);
    v.other_attributes(&MediaPeerLink::attributes);
    v.order(&MediaPeerLink::order);
  }
};

template <>
struct Schema<MediaLocation> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("description", &MediaLocation::description);
    v.attribute("start", &MediaLocation::start);
    v.attribute("end", &MediaLocation::end);
    v.other_attributes(&MediaLocation::attributes);
    v.extensions(&MediaLocation::extensions);
    v.order(&MediaLocation::order);
  }
};

template <>
struct Schema<MediaRights> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("status", &MediaRights::status);
    v.other_attributes(&MediaRights::attributes);
    v.order(&MediaRights::order);
  }
};

template <>
struct Schema<MediaScene> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("sceneTitle", &MediaScene::title);
    v.element("sceneDescription", &MediaScene::description);
    v.element("sceneStartTime", &MediaScene::start_time);
    v.element("sceneEndTime", &MediaScene::end_time);
    v.other_attributes(&MediaScene::attributes);
    v.extensions(&MediaScene::extensions);
    v.order(&MediaScene::order);
  }
};

template <>
struct Schema<MediaScenes> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("scene", &MediaScenes::scenes);
    v.other_attributes(&MediaScenes::attributes);
    v.extensions(&MediaScenes::extensions);
    v.order(&MediaScenes::order);
  }
};

// The optional elements, in every struct that derives from MediaElements: their rows come after
// the struct's own, in the order the specification lists them.
template <class V>
constexpr void visit_media_elements(V& v) {
  v.element("rating", &MediaElements::ratings);
  v.element("title", &MediaElements::title);
  v.element("description", &MediaElements::description);
  v.element("keywords", &MediaElements::keywords);
  v.element("thumbnail", &MediaElements::thumbnails);
  v.element("category", &MediaElements::categories);
  v.element("hash", &MediaElements::hashes);
  v.element("player", &MediaElements::player);
  v.element("credit", &MediaElements::credits);
  v.element("copyright", &MediaElements::copyright);
  v.element("text", &MediaElements::texts);
  v.element("restriction", &MediaElements::restrictions);
  v.element("community", &MediaElements::community);
  v.element("comments", &MediaElements::comments);
  v.element("embed", &MediaElements::embed);
  v.element("responses", &MediaElements::responses);
  v.element("backLinks", &MediaElements::back_links);
  v.element("status", &MediaElements::status);
  v.element("price", &MediaElements::prices);
  v.element("license", &MediaElements::license);
  v.element("subTitle", &MediaElements::subtitles);
  v.element("peerLink", &MediaElements::peer_links);
  v.element("location", &MediaElements::locations);
  v.element("rights", &MediaElements::rights);
  v.element("scenes", &MediaElements::scenes);
}

template <>
struct Schema<MediaContent> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("url", &MediaContent::url);
    v.attribute("fileSize", &MediaContent::file_size);
    v.attribute("type", &MediaContent::type);
    v.attribute("medium", &MediaContent::medium);
    v.attribute("isDefault", &MediaContent::is_default, Form::true_false);
    v.attribute("expression", &MediaContent::expression);
    v.attribute("bitrate", &MediaContent::bitrate);
    v.attribute("framerate", &MediaContent::framerate);
    v.attribute("samplingrate", &MediaContent::samplingrate);
    v.attribute("channels", &MediaContent::channels);
    v.attribute("duration", &MediaContent::duration);
    v.attribute("height", &MediaContent::height);
    v.attribute("width", &MediaContent::width);
    v.attribute("lang", &MediaContent::lang);
    visit_media_elements(v);
    v.other_attributes(&MediaContent::attributes);
    v.extensions(&MediaContent::extensions);
    v.order(&MediaContent::order);
  }
};
template <>
struct Schema<MediaGroup> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("content", &MediaGroup::contents);
    visit_media_elements(v);
    v.other_attributes(&MediaGroup::attributes);
    v.extensions(&MediaGroup::extensions);
    v.order(&MediaGroup::order);
  }
};
template <>
struct Schema<MediaChannel> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    visit_media_elements(v);
    v.order(&MediaChannel::order);
  }
};
template <>
struct Schema<MediaItem> {
  static constexpr Vocabulary vocabulary = Vocabulary::media;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("group", &MediaItem::groups);
    v.element("content", &MediaItem::contents);
    visit_media_elements(v);
    v.order(&MediaItem::order);
  }
};
}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_MEDIA_SCHEMA_HPP
