// SPDX-License-Identifier: MIT
// The RSS 2.0 writer's elements: each field of a channel and an item in RSS's syntax (Atom,
// Dublin Core and content elements where RSS has none), in the order the model's ElementOrder
// gives. RssWriter (rss_writer.cpp) is the state machine around them; rss_namespaces.hpp says
// which namespaces these elements take.
#ifndef FEEDPP_SRC_WRITE_RSS_FIELDS_HPP
#define FEEDPP_SRC_WRITE_RSS_FIELDS_HPP

#include "feedpp/model.hpp"
#include "write/extension_writer.hpp"
#include "write/feed_writer.hpp"

namespace feedpp::detail {

// Writes the children of <channel> in `part` of its order (channel_part()): every field of
// `channel` but its items.
void write_rss_channel(FeedWriterBase& out, const Channel& channel, OrderedPart part);

// Writes <item> and its children.
void write_rss_item(FeedWriterBase& out, const Item& item);

// Whether RSS writes `c` as atom:content rather than content:encoded: content:encoded has no
// src and holds HTML or text only.
inline bool content_needs_atom(const Content& c) {
  return !c.src.empty() || c.kind() == TextKind::other;
}

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_RSS_FIELDS_HPP
