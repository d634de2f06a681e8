// SPDX-License-Identifier: MIT
// The keys of JSON Feed's objects by name, for its reader and its writer (model/, which both may
// include).
#ifndef FEEDPP_SRC_MODEL_JSON_FEED_KEYS_HPP
#define FEEDPP_SRC_MODEL_JSON_FEED_KEYS_HPP

#include <array>
#include <string_view>

#include "feedpp/ext/json_feed.hpp"

namespace feedpp::detail {

// Returns the key `name` is (at any level of a JSON Feed), JsonFeedKey::member for none.
JsonFeedKey json_feed_key(std::string_view name) noexcept;

// Returns the name of `key` ("" for JsonFeedKey::member).
std::string_view json_feed_name(JsonFeedKey key) noexcept;

// The order JsonFeedWriter writes an item's members in when the item has no order of its own.
inline constexpr std::array<JsonFeedKey, 16> kItemKeyOrder = {JsonFeedKey::id,
                                                              JsonFeedKey::url,
                                                              JsonFeedKey::external_url,
                                                              JsonFeedKey::title,
                                                              JsonFeedKey::content_html,
                                                              JsonFeedKey::content_text,
                                                              JsonFeedKey::summary,
                                                              JsonFeedKey::image,
                                                              JsonFeedKey::banner_image,
                                                              JsonFeedKey::date_published,
                                                              JsonFeedKey::date_modified,
                                                              JsonFeedKey::author,
                                                              JsonFeedKey::authors,
                                                              JsonFeedKey::tags,
                                                              JsonFeedKey::language,
                                                              JsonFeedKey::attachments};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_MODEL_JSON_FEED_KEYS_HPP
