// SPDX-License-Identifier: MIT
// `feedpp convert` and JSON Feed: what a converter fills in so that a feed read from RSS or Atom
// can be written as JSON Feed, and one read from a JSON Feed as RSS or Atom. (convert.hpp holds
// the rules between RSS and Atom; these add the ones JSON Feed needs.)
#ifndef FEEDPP_TOOLS_FEEDPP_CONVERT_JSON_HPP
#define FEEDPP_TOOLS_FEEDPP_CONVERT_JSON_HPP

#include <feedpp/model.hpp>

namespace feedpp_cli {

// Prepares `feed` (read from RSS or Atom) for JsonFeedWriter: an item with a description and no
// content gets the description as its content (an RSS description is the item's HTML); a
// summary that is HTML becomes its text; an item with neither gets an empty content_text, as
// JSON Feed requires one of content_html and content_text. A feed read from a JSON Feed is left
// as it is.
void prepare_for_json(feedpp::Feed& feed);

// Prepares `feed` read from a JSON Feed for `target` (Format::rss_2_0 or Format::atom_1_0),
// after prepare_for(): what RSS or Atom requires and JSON Feed may leave out is written empty
// (an RSS channel's link and description, an Atom entry's title), and an item with neither
// title nor summary has its content as its RSS description. Other feeds are left as they are.
void prepare_from_json(feedpp::Feed& feed, feedpp::Format target);

}  // namespace feedpp_cli

#endif  // FEEDPP_TOOLS_FEEDPP_CONVERT_JSON_HPP
