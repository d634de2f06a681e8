// SPDX-License-Identifier: MIT
// The Atom 1.0 writer's elements: each field of a channel (the feed) and an item (an entry) in
// Atom's syntax, in the order the model's ElementOrder gives; RSS-only fields become their Atom
// equivalents where there is one (managingEditor an author, comments a replies link, enclosures
// enclosure links). AtomWriter (atom_writer.cpp) is the state machine around them.
#ifndef FEEDPP_SRC_WRITE_ATOM_FIELDS_HPP
#define FEEDPP_SRC_WRITE_ATOM_FIELDS_HPP

#include "feedpp/model.hpp"
#include "write/extension_writer.hpp"
#include "write/feed_writer.hpp"

namespace feedpp::detail {

// Writes the children of <feed> in `part` of its order (channel_part()): every field of
// `channel` but its entries.
void write_atom_feed(FeedWriterBase& out, const Channel& channel, OrderedPart part);

// Writes <entry> and its children.
void write_atom_entry(FeedWriterBase& out, const Item& item);

// Adds the namespaces the Atom writer will use for a channel's or an item's extensions.
void add_atom_namespaces(NamespaceSet& set, const Channel& channel);
void add_atom_namespaces(NamespaceSet& set, const Item& item);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_ATOM_FIELDS_HPP
