// SPDX-License-Identifier: MIT
// `feedpp dump --json`: the reader's view of a parsed feed, as the JSON of
// docs/dump-schema.md. The view is computed from the faithful model, never stored in it:
// namespaced elements folded into the fields a reader looks at, URLs resolved, languages and
// bases inherited, HTML re-serialized.
#ifndef FEEDPP_EXAMPLES_CLI_DUMP_JSON_HPP
#define FEEDPP_EXAMPLES_CLI_DUMP_JSON_HPP

#include <feedpp/parse.hpp>

#include <string>

namespace feedpp_cli {

// What an HTTP response said about the document, when it came from one.
struct DocumentContext {
  std::string url;               // the document's URL (Content-Location wins over the request URL)
  std::string content_language;  // HTTP Content-Language
  bool sanitize = true;          // HTML values through sanitize_html() (else as written)
};

// Returns the dump of `result` as one line of JSON.
std::string dump_json(const feedpp::ParseResult& result, const DocumentContext& context);

}  // namespace feedpp_cli

#endif  // FEEDPP_EXAMPLES_CLI_DUMP_JSON_HPP
