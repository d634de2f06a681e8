// SPDX-License-Identifier: MIT
// The readers: a parsed document's tree into the model. rss_reader.cpp reads RSS 0.90 to 2.0
// (RDF included), atom_reader.cpp Atom 0.3 and 1.0; the Atom person and link constructs are
// shared because RSS feeds carry them as atom:author and atom:link. Each reader dispatches on
// its format's element tables (model/fields.hpp).
//
// Stage read/: the document's tree into the model. May include base/, input/, date/, model/ and
// the public headers; never write/ (what both need is in base/ or model/).
#ifndef FEEDPP_SRC_READ_FEED_READERS_HPP
#define FEEDPP_SRC_READ_FEED_READERS_HPP

#include "feedpp/model.hpp"
#include "read/extension_of.hpp"
#include "read/slots.hpp"
#include "read/text_of.hpp"
#include "read/vocabularies.hpp"
#include "read/walk.hpp"

namespace feedpp::detail {

// Returns the format `root` (the document element, its namespaces entered) stands for.
Format detect_root(ReadContext& ctx, const pugi::xml_node& root, const pugi::xml_document& doc);

// Reads an RSS document (<rss> or <rdf:RDF> root, entered) into `feed`.
void read_rss(ReadContext& ctx, const pugi::xml_node& root, Feed& feed);

// Reads an Atom document (<feed> root, entered) into `feed`.
void read_atom(ReadContext& ctx, const pugi::xml_node& root, Feed& feed);

// Reads a CDF document (<CHANNEL> root, entered) into `feed`.
void read_cdf(ReadContext& ctx, const pugi::xml_node& root, Feed& feed);

// Atom's person construct (name, email, uri; 0.3's url and homepage), `node` entered, at
// `depth`; children in `format_uri` (the document's Atom namespace, whatever it is) count too.
// `atom03`: the document is Atom 0.3, whose <url> is the uri as Atom 1.0 names it.
Person read_person(ReadContext& ctx, const pugi::xml_node& node, std::size_t depth,
                   std::string_view format_uri = {}, bool atom03 = false);

// Atom's link (href, rel, type, hreflang, title, length, other attributes); a link whose URL is
// its text rather than its href is read as if href held it.
Link read_link(ReadContext& ctx, const pugi::xml_node& node);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_READ_FEED_READERS_HPP
