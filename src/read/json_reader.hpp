// SPDX-License-Identifier: MIT
// The JSON Feed reader (https://jsonfeed.org, 1.0 and 1.1): a JSON document into the model, with
// simdjson's on-demand parser in one pass. The mapping onto the model is README's "JSON Feed"
// table; what the model lacks goes in Channel::json_feed and Item::json_feed.
//
// Stage read/, as feed_readers.hpp says; the only place that includes simdjson.
#ifndef FEEDPP_SRC_READ_JSON_READER_HPP
#define FEEDPP_SRC_READ_JSON_READER_HPP

#include <string_view>

#include "base/diagnostic_log.hpp"
#include "feedpp/model.hpp"
#include "feedpp/parse.hpp"

namespace feedpp::detail {

// Reads the JSON document `text` (UTF-8, its BOM removed) into `feed`, reporting to `log` at
// offsets in `text`. A document simdjson cannot read is mended first (base/json_scan.hpp), each
// repair reported; one that is valid JSON but no JSON Feed is ErrorCode::not_a_feed.
void read_json(std::string_view text, const ParseLimits& limits, DiagnosticLog& log, Feed& feed);

// Returns the JSON Feed version the `version` member of `text` names: json_1_0, json_1_1, json
// (another version, or none in a document with `items`), or unknown (not a JSON Feed). Reads
// `text` as far as it goes (a head cut anywhere will do), without checking its syntax.
Format detect_json(std::string_view text) noexcept;

// Returns the format the `version` string of a JSON Feed names (json when it names none).
Format json_feed_format(std::string_view version) noexcept;

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_READ_JSON_READER_HPP
