// SPDX-License-Identifier: MIT
// The schemas of feedburner (see ext/schema.hpp): element and attribute names for each
// member of include/feedpp/ext/feedburner.hpp.
#ifndef FEEDPP_SRC_EXT_FEEDBURNER_SCHEMA_HPP
#define FEEDPP_SRC_EXT_FEEDBURNER_SCHEMA_HPP

#include "ext/schema.hpp"
#include "feedpp/ext/feedburner.hpp"

namespace feedpp::detail {

template <>
struct Schema<FeedburnerInfo> {
  static constexpr Vocabulary vocabulary = Vocabulary::feedburner;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("uri", &FeedburnerInfo::uri);
    v.other_attributes(&FeedburnerInfo::attributes);
    v.order(&FeedburnerInfo::order);
  }
};

template <>
struct Schema<FeedFlare> {
  static constexpr Vocabulary vocabulary = Vocabulary::feedburner;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("href", &FeedFlare::href);
    v.attribute("src", &FeedFlare::src);
    v.text(&FeedFlare::label);
    v.other_attributes(&FeedFlare::attributes);
    v.order(&FeedFlare::order);
  }
};

template <>
struct Schema<Feedburner> {
  static constexpr Vocabulary vocabulary = Vocabulary::feedburner;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("origLink", &Feedburner::orig_link);
    v.element("origEnclosureLink", &Feedburner::orig_enclosure_link);
    v.element("info", &Feedburner::info);
    v.element("browserFriendly", &Feedburner::browser_friendly);
    v.element("emailServiceId", &Feedburner::email_service_id);
    v.element("feedburnerHostname", &Feedburner::hostname);
    v.element("feedFlare", &Feedburner::feed_flares);
    v.order(&Feedburner::order);
  }
};
}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_FEEDBURNER_SCHEMA_HPP
