// SPDX-License-Identifier: MIT
// The base URL in scope where a feed's elements stand (xml:base, RFC 3986 §5.1): what the reader
// view resolves relative URLs against, and what convert() makes Atom ids against. Stage model/.
#ifndef FEEDPP_SRC_MODEL_XML_BASE_HPP
#define FEEDPP_SRC_MODEL_XML_BASE_HPP

#include <string>
#include <string_view>

#include "feedpp/model.hpp"

namespace feedpp::detail {

// The base in scope below an element declaring xml:base `declared`, inside a scope whose base is
// `outer`: `declared` resolved against `outer`. An empty one, or a script URL (which is no base),
// leaves `outer`.
std::string inner_base(std::string_view outer, std::string_view declared);

// The base in scope on `feed`'s channel, the document having been read from `document_url` ("":
// unknown): that, then the root's xml:base, then the channel's.
std::string channel_base(const Feed& feed, std::string_view document_url);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_MODEL_XML_BASE_HPP
