// SPDX-License-Identifier: MIT
// `feedpp dump --json`: the reader's view of a parsed feed (feedpp::view()), as the JSON of
// docs/dump-schema.md.
#ifndef FEEDPP_TOOLS_FEEDPP_DUMP_JSON_HPP
#define FEEDPP_TOOLS_FEEDPP_DUMP_JSON_HPP

#include <feedpp/parse.hpp>
#include <feedpp/view.hpp>

#include <string>

namespace feedpp_cli {

// Returns the dump of `result` as one line of JSON; `options` say what the HTTP response said.
// It ends with the items' array, `"items":[...]}`, the last two bytes closing it.
std::string dump_json(const feedpp::ParseResult& result, const feedpp::ViewOptions& options);

// Returns the JSON object of one item of `feed` (whose channel it is read with), as dump_json()
// writes it in its items' array: for a dump whose items are printed as they are read.
std::string dump_json_item(const feedpp::Feed& feed, const feedpp::Item& item,
                           const feedpp::ViewOptions& options);

}  // namespace feedpp_cli

#endif  // FEEDPP_TOOLS_FEEDPP_DUMP_JSON_HPP
