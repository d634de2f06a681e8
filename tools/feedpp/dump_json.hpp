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
std::string dump_json(const feedpp::ParseResult& result, const feedpp::ViewOptions& options);

}  // namespace feedpp_cli

#endif  // FEEDPP_TOOLS_FEEDPP_DUMP_JSON_HPP
