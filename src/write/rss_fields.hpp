// SPDX-License-Identifier: MIT
// The RSS 2.0 writer's elements: each field of a channel and an item in RSS's syntax (Atom,
// Dublin Core and content elements where RSS has none), in the order the model's ElementOrder
// gives, and the namespaces that takes. RssWriter (rss_writer.cpp) is the state machine around
// them.
#ifndef FEEDPP_SRC_WRITE_RSS_FIELDS_HPP
#define FEEDPP_SRC_WRITE_RSS_FIELDS_HPP

#include "feedpp/model.hpp"
#include "write/extension_writer.hpp"
#include "write/feed_writer.hpp"

namespace feedpp::detail {

// Writes the children of <channel>: every field of `channel` but its items.
void write_rss_channel(FeedWriterBase& out, const Channel& channel);

// Writes <item> and its children.
void write_rss_item(FeedWriterBase& out, const Item& item);

// Adds the namespaces the RSS writer will use for `feed`'s root extensions, a channel or an item.
void add_rss_namespaces(NamespaceSet& set, const Feed& feed);
void add_rss_namespaces(NamespaceSet& set, const Channel& channel);
void add_rss_namespaces(NamespaceSet& set, const Item& item);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_RSS_FIELDS_HPP
