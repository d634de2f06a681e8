// SPDX-License-Identifier: MIT
// Dublin Core (http://purl.org/dc/elements/1.1/, 1.0 too) and the common DCMI terms
// (http://purl.org/dc/terms/). Where the model has a field for an element in a format (RSS
// <dc:creator> is an author, <dc:date> the date updated), the parser fills that field; the
// others, and those of formats that do not map them (most Dublin Core in Atom), are typed here,
// in Channel::dublin_core and Item::dublin_core.
#ifndef FEEDPP_EXT_DUBLIN_CORE_HPP
#define FEEDPP_EXT_DUBLIN_CORE_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/values.hpp"

namespace feedpp {

// The namespace URIs are ns::kDc and ns::kDcTerms (model.hpp).

/// The Dublin Core elements and DCMI terms of a channel or an item.
struct DublinCore {
  std::string title{};                          ///< dc:title
  std::vector<std::string> creators{};          ///< dc:creator
  std::vector<std::string> subjects{};          ///< dc:subject
  std::string description{};                    ///< dc:description
  std::vector<std::string> publishers{};        ///< dc:publisher
  std::vector<std::string> contributors{};      ///< dc:contributor
  Date date{};                                  ///< dc:date (W3C-DTF)
  std::vector<std::string> types{};             ///< dc:type
  std::vector<std::string> formats{};           ///< dc:format
  std::vector<std::string> identifiers{};       ///< dc:identifier
  std::vector<std::string> sources{};           ///< dc:source
  std::string language{};                       ///< dc:language
  std::vector<std::string> relations{};         ///< dc:relation
  std::vector<std::string> coverages{};         ///< dc:coverage
  std::string rights{};                         ///< dc:rights
  std::string alternative{};                    ///< dcterms:alternative
  std::string abstract{};                       ///< dcterms:abstract
  Date created{};                               ///< dcterms:created
  Date available{};                             ///< dcterms:available
  std::string valid{};                          ///< dcterms:valid: a period, "start=...; end=..."
  Date date_accepted{};                         ///< dcterms:dateAccepted
  Date date_copyrighted{};                      ///< dcterms:dateCopyrighted
  Date date_submitted{};                        ///< dcterms:dateSubmitted
  std::vector<std::string> licenses{};          ///< dcterms:license
  std::vector<std::string> rights_holders{};    ///< dcterms:rightsHolder
  std::string access_rights{};                  ///< dcterms:accessRights
  std::vector<std::string> audiences{};         ///< dcterms:audience
  std::string extent{};                         ///< dcterms:extent
  std::vector<std::string> spatial{};           ///< dcterms:spatial
  std::vector<std::string> temporal{};          ///< dcterms:temporal
  std::vector<std::string> is_part_of{};        ///< dcterms:isPartOf
  std::vector<std::string> has_part{};          ///< dcterms:hasPart
  std::vector<std::string> references{};        ///< dcterms:references
  std::vector<std::string> is_referenced_by{};  ///< dcterms:isReferencedBy
  std::string bibliographic_citation{};         ///< dcterms:bibliographicCitation
  ElementOrder<std::uint8_t> order{};           ///< what was there, in document order
};

FEEDPP_API bool operator==(const DublinCore& a, const DublinCore& b);
inline bool operator!=(const DublinCore& a, const DublinCore& b) { return !(a == b); }

}  // namespace feedpp

#endif  // FEEDPP_EXT_DUBLIN_CORE_HPP
