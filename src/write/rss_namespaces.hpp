// SPDX-License-Identifier: MIT
// The namespaces the RSS writer declares on the root for what rss_fields.cpp will write: Atom,
// content, Dublin Core and DC terms where RSS has no element, the typed vocabularies, and the
// extensions' own.
#ifndef FEEDPP_SRC_WRITE_RSS_NAMESPACES_HPP
#define FEEDPP_SRC_WRITE_RSS_NAMESPACES_HPP

#include "feedpp/model.hpp"
#include "write/extension_writer.hpp"

namespace feedpp::detail {

// Adds the namespaces the RSS writer will use for `feed`'s root extensions, a channel or an item.
void add_rss_namespaces(NamespaceSet& set, const Feed& feed);
void add_rss_namespaces(NamespaceSet& set, const Channel& channel);
void add_rss_namespaces(NamespaceSet& set, const Item& item);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_RSS_NAMESPACES_HPP
