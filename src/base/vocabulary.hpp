// SPDX-License-Identifier: MIT
// Which vocabulary a namespace URI names: the readers type elements by it, and the writers check
// by it which extensions would read back as typed elements.
#ifndef FEEDPP_SRC_VOCABULARY_HPP
#define FEEDPP_SRC_VOCABULARY_HPP

#include <cstdint>
#include <string_view>

namespace feedpp::detail {

// The vocabularies the readers type, identified from namespace URIs (old and wrong ones included).
enum class Vocabulary : std::uint8_t {
  none,     // no namespace
  rss,      // an RSS namespace (0.90, 1.0, UserLand's, Harvard's)
  atom,     // Atom 1.0
  atom03,   // Atom 0.3 and its drafts (purl.org/atom/ns#, echo, pie, necho)
  content,  // RSS 1.0 content module
  dc,       // Dublin Core elements
  dcterms,  // Dublin Core terms
  rdf,
  xhtml,
  xml,  // the xml: prefix
  // The vocabularies of include/feedpp/ext/, typed into Channel and Item.
  itunes,            // Apple Podcasts
  podcast,           // Podcasting 2.0 (podcastindex.org)
  media,             // Media RSS
  georss,            // GeoRSS simple and the georss:where wrapper
  gml,               // GML, inside georss:where
  geo,               // W3C Basic Geo (WGS84 lat/long)
  psc,               // Podlove Simple Chapters
  cc,                // Creative Commons RDF (cc:license rdf:resource)
  creative_commons,  // UserLand's creativeCommons:license
  slash,
  wfw,  // Well-Formed Web comment API
  thr,  // Atom threading, RFC 4685
  sy,   // RSS 1.0 syndication module
  feedburner,
  other,
};

// Returns the vocabulary of namespace `uri` (compared without regard to case).
Vocabulary vocabulary_of(std::string_view uri) noexcept;

// The namespace URI and prefix feedpp writes for `vocabulary` ("" for none, other, xml).
std::string_view namespace_of(Vocabulary vocabulary) noexcept;
std::string_view prefix_of(Vocabulary vocabulary) noexcept;

// The namespace a well-known prefix stands for when a feed uses it without declaring it; "" when
// the prefix is not one feeds commonly use.
std::string_view well_known_namespace(std::string_view prefix) noexcept;

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_VOCABULARY_HPP
