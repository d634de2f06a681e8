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
  other,
};

// Returns the vocabulary of namespace `uri` (compared without regard to case).
Vocabulary vocabulary_of(std::string_view uri) noexcept;

// The namespace a well-known prefix stands for when a feed uses it without declaring it; "" when
// the prefix is not one feeds commonly use.
std::string_view well_known_namespace(std::string_view prefix) noexcept;

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_VOCABULARY_HPP
