// SPDX-License-Identifier: MIT
// The podcast namespace's schemas (see ext/schema.hpp): the specification's tag and attribute
// names for each member of include/feedpp/ext/podcast.hpp.
#ifndef FEEDPP_SRC_EXT_PODCAST_SCHEMA_HPP
#define FEEDPP_SRC_EXT_PODCAST_SCHEMA_HPP

#include "ext/schema.hpp"
#include "feedpp/ext/podcast.hpp"

namespace feedpp::detail {

template <>
struct Codec<PodcastLiveStatus> {
  static std::optional<PodcastLiveStatus> parse(std::string_view text) noexcept;
  static std::string format(PodcastLiveStatus value);
};

template <>
struct Schema<PodcastTranscript> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("url", &PodcastTranscript::url);
    v.attribute("type", &PodcastTranscript::type);
    v.attribute("language", &PodcastTranscript::language);
    v.attribute("rel", &PodcastTranscript::rel);
    v.other_attributes(&PodcastTranscript::attributes);
    v.order(&PodcastTranscript::order);
  }
};

template <>
struct Schema<PodcastLocked> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("owner", &PodcastLocked::owner);
    v.text(&PodcastLocked::locked, Form::yes_no);
    v.other_attributes(&PodcastLocked::attributes);
    v.order(&PodcastLocked::order);
  }
};

template <>
struct Schema<PodcastFunding> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("url", &PodcastFunding::url);
    v.text(&PodcastFunding::label);
    v.other_attributes(&PodcastFunding::attributes);
    v.order(&PodcastFunding::order);
  }
};

template <>
struct Schema<PodcastChapters> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("url", &PodcastChapters::url);
    v.attribute("type", &PodcastChapters::type);
    v.other_attributes(&PodcastChapters::attributes);
    v.order(&PodcastChapters::order);
  }
};

template <>
struct Schema<PodcastSoundbite> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("startTime", &PodcastSoundbite::start_time);
    v.attribute("duration", &PodcastSoundbite::duration);
    v.text(&PodcastSoundbite::title);
    v.other_attributes(&PodcastSoundbite::attributes);
    v.order(&PodcastSoundbite::order);
  }
};

template <>
struct Schema<PodcastPerson> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("role", &PodcastPerson::role);
    v.attribute("group", &PodcastPerson::group);
    v.attribute("img", &PodcastPerson::img);
    v.attribute("href", &PodcastPerson::href);
    v.text(&PodcastPerson::name);
    v.other_attributes(&PodcastPerson::attributes);
    v.order(&PodcastPerson::order);
  }
};

template <>
struct Schema<PodcastLocation> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("geo", &PodcastLocation::geo);
    v.attribute("osm", &PodcastLocation::osm);
    v.attribute("rel", &PodcastLocation::rel);
    v.text(&PodcastLocation::name);
    v.other_attributes(&PodcastLocation::attributes);
    v.order(&PodcastLocation::order);
  }
};

template <>
struct Schema<PodcastSeason> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("name", &PodcastSeason::name);
    v.text(&PodcastSeason::number);
    v.other_attributes(&PodcastSeason::attributes);
    v.order(&PodcastSeason::order);
  }
};

template <>
struct Schema<PodcastEpisode> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("display", &PodcastEpisode::display);
    v.text(&PodcastEpisode::number);
    v.other_attributes(&PodcastEpisode::attributes);
    v.order(&PodcastEpisode::order);
  }
};

template <>
struct Schema<PodcastTrailer> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("url", &PodcastTrailer::url);
    v.attribute("pubdate", &PodcastTrailer::pubdate, Form::rfc822);
    v.attribute("length", &PodcastTrailer::length);
    v.attribute("type", &PodcastTrailer::type);
    v.attribute("season", &PodcastTrailer::season);
    v.text(&PodcastTrailer::title);
    v.other_attributes(&PodcastTrailer::attributes);
    v.order(&PodcastTrailer::order);
  }
};

template <>
struct Schema<PodcastLicense> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("url", &PodcastLicense::url);
    v.text(&PodcastLicense::identifier);
    v.other_attributes(&PodcastLicense::attributes);
    v.order(&PodcastLicense::order);
  }
};

template <>
struct Schema<PodcastSource> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("uri", &PodcastSource::uri);
    v.attribute("contentType", &PodcastSource::content_type);
    v.other_attributes(&PodcastSource::attributes);
    v.order(&PodcastSource::order);
  }
};

template <>
struct Schema<PodcastIntegrity> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("type", &PodcastIntegrity::type);
    v.attribute("value", &PodcastIntegrity::value);
    v.other_attributes(&PodcastIntegrity::attributes);
    v.order(&PodcastIntegrity::order);
  }
};

template <>
struct Schema<PodcastAlternateEnclosure> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("type", &PodcastAlternateEnclosure::type);
    v.attribute("length", &PodcastAlternateEnclosure::length);
    v.attribute("bitrate", &PodcastAlternateEnclosure::bitrate);
    v.attribute("height", &PodcastAlternateEnclosure::height);
    v.attribute("lang", &PodcastAlternateEnclosure::lang);
    v.attribute("title", &PodcastAlternateEnclosure::title);
    v.attribute("rel", &PodcastAlternateEnclosure::rel);
    v.attribute("codecs", &PodcastAlternateEnclosure::codecs);
    v.attribute("default", &PodcastAlternateEnclosure::is_default, Form::true_false);
    v.element("source", &PodcastAlternateEnclosure::sources);
    v.element("integrity", &PodcastAlternateEnclosure::integrity);
    v.other_attributes(&PodcastAlternateEnclosure::attributes);
    v.extensions(&PodcastAlternateEnclosure::extensions);
    v.order(&PodcastAlternateEnclosure::order);
  }
};

template <>
struct Schema<PodcastValueRecipient> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("name", &PodcastValueRecipient::name);
    v.attribute("customKey", &PodcastValueRecipient::custom_key);
    v.attribute("customValue", &PodcastValueRecipient::custom_value);
    v.attribute("type", &PodcastValueRecipient::type);
    v.attribute("address", &PodcastValueRecipient::address);
    v.attribute("split", &PodcastValueRecipient::split);
    v.attribute("fee", &PodcastValueRecipient::fee, Form::true_false);
    v.other_attributes(&PodcastValueRecipient::attributes);
    v.order(&PodcastValueRecipient::order);
  }
};

template <>
struct Schema<PodcastRemoteItem> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("feedGuid", &PodcastRemoteItem::feed_guid);
    v.attribute("feedUrl", &PodcastRemoteItem::feed_url);
    v.attribute("itemGuid", &PodcastRemoteItem::item_guid);
    v.attribute("medium", &PodcastRemoteItem::medium);
    v.other_attributes(&PodcastRemoteItem::attributes);
    v.order(&PodcastRemoteItem::order);
  }
};

template <>
struct Schema<PodcastValueTimeSplit> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("startTime", &PodcastValueTimeSplit::start_time);
    v.attribute("duration", &PodcastValueTimeSplit::duration);
    v.attribute("remoteStartTime", &PodcastValueTimeSplit::remote_start_time);
    v.attribute("remotePercentage", &PodcastValueTimeSplit::remote_percentage);
    v.element("remoteItem", &PodcastValueTimeSplit::remote_items);
    v.element("valueRecipient", &PodcastValueTimeSplit::recipients);
    v.other_attributes(&PodcastValueTimeSplit::attributes);
    v.extensions(&PodcastValueTimeSplit::extensions);
    v.order(&PodcastValueTimeSplit::order);
  }
};

template <>
struct Schema<PodcastValue> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("type", &PodcastValue::type);
    v.attribute("method", &PodcastValue::method);
    v.attribute("suggested", &PodcastValue::suggested);
    v.element("valueRecipient", &PodcastValue::recipients);
    v.element("valueTimeSplit", &PodcastValue::time_splits);
    v.other_attributes(&PodcastValue::attributes);
    v.extensions(&PodcastValue::extensions);
    v.order(&PodcastValue::order);
  }
};

template <>
struct Schema<PodcastImages> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("srcset", &PodcastImages::srcset);
    v.other_attributes(&PodcastImages::attributes);
    v.order(&PodcastImages::order);
  }
};

template <>
struct Schema<PodcastImage> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("href", &PodcastImage::href);
    v.attribute("alt", &PodcastImage::alt);
    v.attribute("aspect-ratio", &PodcastImage::aspect_ratio);
    v.attribute("width", &PodcastImage::width);
    v.attribute("type", &PodcastImage::type);
    v.attribute("purpose", &PodcastImage::purpose);
    v.other_attributes(&PodcastImage::attributes);
    v.order(&PodcastImage::order);
  }
};

template <>
struct Schema<PodcastContentLink> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("href", &PodcastContentLink::href);
    v.text(&PodcastContentLink::label);
    v.other_attributes(&PodcastContentLink::attributes);
    v.order(&PodcastContentLink::order);
  }
};

template <>
struct Schema<PodcastSocialInteract> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("uri", &PodcastSocialInteract::uri);
    v.attribute("protocol", &PodcastSocialInteract::protocol);
    v.attribute("accountId", &PodcastSocialInteract::account_id);
    v.attribute("accountUrl", &PodcastSocialInteract::account_url);
    v.attribute("priority", &PodcastSocialInteract::priority);
    v.other_attributes(&PodcastSocialInteract::attributes);
    v.order(&PodcastSocialInteract::order);
  }
};

template <>
struct Schema<PodcastBlock> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("id", &PodcastBlock::id);
    v.text(&PodcastBlock::blocked, Form::yes_no);
    v.other_attributes(&PodcastBlock::attributes);
    v.order(&PodcastBlock::order);
  }
};

template <>
struct Schema<PodcastTxt> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("purpose", &PodcastTxt::purpose);
    v.text(&PodcastTxt::text);
    v.other_attributes(&PodcastTxt::attributes);
    v.order(&PodcastTxt::order);
  }
};

template <>
struct Schema<PodcastPodroll> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("remoteItem", &PodcastPodroll::remote_items);
    v.other_attributes(&PodcastPodroll::attributes);
    v.extensions(&PodcastPodroll::extensions);
    v.order(&PodcastPodroll::order);
  }
};

template <>
struct Schema<PodcastUpdateFrequency> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("complete", &PodcastUpdateFrequency::complete, Form::true_false);
    v.attribute("dtstart", &PodcastUpdateFrequency::dtstart, Form::rfc3339);
    v.attribute("rrule", &PodcastUpdateFrequency::rrule);
    v.text(&PodcastUpdateFrequency::label);
    v.other_attributes(&PodcastUpdateFrequency::attributes);
    v.order(&PodcastUpdateFrequency::order);
  }
};

template <>
struct Schema<PodcastPodping> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("usesPodping", &PodcastPodping::uses_podping, Form::true_false);
    v.other_attributes(&PodcastPodping::attributes);
    v.order(&PodcastPodping::order);
  }
};

template <>
struct Schema<PodcastChat> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("server", &PodcastChat::server);
    v.attribute("protocol", &PodcastChat::protocol);
    v.attribute("accountId", &PodcastChat::account_id);
    v.attribute("space", &PodcastChat::space);
    v.other_attributes(&PodcastChat::attributes);
    v.order(&PodcastChat::order);
  }
};

template <>
struct Schema<PodcastPublisher> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("remoteItem", &PodcastPublisher::remote_items);
    v.other_attributes(&PodcastPublisher::attributes);
    v.extensions(&PodcastPublisher::extensions);
    v.order(&PodcastPublisher::order);
  }
};

template <>
struct Schema<PodcastLiveItem> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("status", &PodcastLiveItem::status);
    v.attribute("start", &PodcastLiveItem::start, Form::rfc3339);
    v.attribute("end", &PodcastLiveItem::end, Form::rfc3339);
    v.element("alternateEnclosure", &PodcastLiveItem::alternate_enclosures);
    v.element("contentLink", &PodcastLiveItem::content_links);
    v.element("person", &PodcastLiveItem::persons);
    v.element("images", &PodcastLiveItem::images);
    v.element("image", &PodcastLiveItem::image);
    v.element("value", &PodcastLiveItem::value);
    v.element("socialInteract", &PodcastLiveItem::social_interacts);
    v.element("chat", &PodcastLiveItem::chat);
    v.other_attributes(&PodcastLiveItem::attributes);
    v.extensions(&PodcastLiveItem::extensions);
    v.order(&PodcastLiveItem::order);
  }
};

template <>
struct Schema<PodcastChannel> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("guid", &PodcastChannel::guid);
    v.element("locked", &PodcastChannel::locked);
    v.element("funding", &PodcastChannel::funding);
    v.element("person", &PodcastChannel::persons);
    v.element("location", &PodcastChannel::location);
    v.element("trailer", &PodcastChannel::trailers);
    v.element("license", &PodcastChannel::license);
    v.element("value", &PodcastChannel::value);
    v.element("medium", &PodcastChannel::medium);
    v.element("images", &PodcastChannel::images);
    v.element("image", &PodcastChannel::image);
    v.element("liveItem", &PodcastChannel::live_items);
    v.element("block", &PodcastChannel::blocks);
    v.element("txt", &PodcastChannel::txt);
    v.element("remoteItem", &PodcastChannel::remote_items);
    v.element("podroll", &PodcastChannel::podroll);
    v.element("updateFrequency", &PodcastChannel::update_frequency);
    v.element("podping", &PodcastChannel::podping);
    v.element("chat", &PodcastChannel::chat);
    v.element("publisher", &PodcastChannel::publisher);
    v.element("socialInteract", &PodcastChannel::social_interacts);
    v.order(&PodcastChannel::order);
  }
};

template <>
struct Schema<PodcastItem> {
  static constexpr Vocabulary vocabulary = Vocabulary::podcast;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("transcript", &PodcastItem::transcripts);
    v.element("chapters", &PodcastItem::chapters);
    v.element("soundbite", &PodcastItem::soundbites);
    v.element("person", &PodcastItem::persons);
    v.element("location", &PodcastItem::location);
    v.element("season", &PodcastItem::season);
    v.element("episode", &PodcastItem::episode);
    v.element("license", &PodcastItem::license);
    v.element("alternateEnclosure", &PodcastItem::alternate_enclosures);
    v.element("value", &PodcastItem::value);
    v.element("images", &PodcastItem::images);
    v.element("image", &PodcastItem::image);
    v.element("socialInteract", &PodcastItem::social_interacts);
    v.element("txt", &PodcastItem::txt);
    v.element("chat", &PodcastItem::chat);
    v.element("contentLink", &PodcastItem::content_links);
    v.element("remoteItem", &PodcastItem::remote_items);
    v.order(&PodcastItem::order);
  }
};
}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_PODCAST_SCHEMA_HPP
