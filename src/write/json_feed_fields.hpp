// SPDX-License-Identifier: MIT
// The members of JSON Feed's feed and item objects, from the model (json_feed_writer.hpp says
// which field gives which member). JsonFeedWriter (json_feed_writer.cpp) is the state machine.
//
// Stage write/, as feed_writer.hpp says.
#ifndef FEEDPP_SRC_WRITE_JSON_FEED_FIELDS_HPP
#define FEEDPP_SRC_WRITE_JSON_FEED_FIELDS_HPP

#include "feedpp/diagnostics.hpp"
#include "feedpp/model.hpp"
#include "write/json_out.hpp"

namespace feedpp::detail {

// What JSON Feed requires and `channel` or `item` lacks ("title", "id", "content_html or
// content_text"), or null.
const char* json_channel_missing(const Channel& channel);
const char* json_item_missing(const Item& item);

// Writes the feed object's members but "items" (the object is open). Returns the status:
// ErrorCode::date_out_of_range for a date that cannot be written.
Status write_json_channel(JsonOut& out, const Channel& channel);

// Writes an item object, from `{` to `}`.
Status write_json_item(JsonOut& out, const Item& item);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_JSON_FEED_FIELDS_HPP
