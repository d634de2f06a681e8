// SPDX-License-Identifier: MIT
// The iTunes vocabulary's schemas (see ext/schema.hpp): Apple's tag names for each member of
// include/feedpp/ext/itunes.hpp.
#ifndef FEEDPP_SRC_EXT_ITUNES_SCHEMA_HPP
#define FEEDPP_SRC_EXT_ITUNES_SCHEMA_HPP

#include "ext/schema.hpp"
#include "feedpp/ext/itunes.hpp"

namespace feedpp::detail {

template <>
struct Codec<ItunesExplicit> {
  static std::optional<ItunesExplicit> parse(std::string_view text) noexcept;
  static std::string format(ItunesExplicit value);
};
template <>
struct Codec<ItunesType> {
  static std::optional<ItunesType> parse(std::string_view text) noexcept;
  static std::string format(ItunesType value);
};
template <>
struct Codec<ItunesEpisodeType> {
  static std::optional<ItunesEpisodeType> parse(std::string_view text) noexcept;
  static std::string format(ItunesEpisodeType value);
};

template <>
struct Schema<ItunesImage> {
  static constexpr Vocabulary vocabulary = Vocabulary::itunes;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("href", &ItunesImage::href);
    v.text(&ItunesImage::text);
    v.other_attributes(&ItunesImage::attributes);
    v.order(&ItunesImage::order);
  }
};

template <>
struct Schema<ItunesSubcategory> {
  static constexpr Vocabulary vocabulary = Vocabulary::itunes;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("text", &ItunesSubcategory::text);
    v.other_attributes(&ItunesSubcategory::attributes);
    v.extensions(&ItunesSubcategory::extensions);
    v.order(&ItunesSubcategory::order);
  }
};

template <>
struct Schema<ItunesCategory> {
  static constexpr Vocabulary vocabulary = Vocabulary::itunes;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("text", &ItunesCategory::text);
    v.element("category", &ItunesCategory::subcategories);
    v.other_attributes(&ItunesCategory::attributes);
    v.extensions(&ItunesCategory::extensions);
    v.order(&ItunesCategory::order);
  }
};

template <>
struct Schema<ItunesOwner> {
  static constexpr Vocabulary vocabulary = Vocabulary::itunes;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("name", &ItunesOwner::name);
    v.element("email", &ItunesOwner::email);
    v.other_attributes(&ItunesOwner::attributes);
    v.extensions(&ItunesOwner::extensions);
    v.order(&ItunesOwner::order);
  }
};

// In the order Apple's documentation lists the tags.
template <>
struct Schema<ItunesChannel> {
  static constexpr Vocabulary vocabulary = Vocabulary::itunes;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("image", &ItunesChannel::image);
    v.element("category", &ItunesChannel::categories);
    v.element("explicit", &ItunesChannel::explicit_content);
    v.element("author", &ItunesChannel::author);
    v.element("title", &ItunesChannel::title);
    v.element("type", &ItunesChannel::type);
    v.element("owner", &ItunesChannel::owner);
    v.element("new-feed-url", &ItunesChannel::new_feed_url);
    v.element("block", &ItunesChannel::block);
    v.element("complete", &ItunesChannel::complete);
    v.element("subtitle", &ItunesChannel::subtitle);
    v.element("summary", &ItunesChannel::summary);
    v.element("keywords", &ItunesChannel::keywords);
    v.element("applepodcastsverify", &ItunesChannel::apple_podcasts_verify);
    v.order(&ItunesChannel::order);
  }
};

template <>
struct Schema<ItunesItem> {
  static constexpr Vocabulary vocabulary = Vocabulary::itunes;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("title", &ItunesItem::title);
    v.element("episode", &ItunesItem::episode);
    v.element("season", &ItunesItem::season);
    v.element("episodeType", &ItunesItem::episode_type);
    v.element("duration", &ItunesItem::duration);
    v.element("image", &ItunesItem::image);
    v.element("explicit", &ItunesItem::explicit_content);
    v.element("block", &ItunesItem::block);
    v.element("author", &ItunesItem::author);
    v.element("subtitle", &ItunesItem::subtitle);
    v.element("summary", &ItunesItem::summary);
    v.element("keywords", &ItunesItem::keywords);
    v.element("isClosedCaptioned", &ItunesItem::is_closed_captioned);
    v.element("order", &ItunesItem::order_number);
    v.order(&ItunesItem::order);
  }
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_ITUNES_SCHEMA_HPP
