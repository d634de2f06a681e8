// SPDX-License-Identifier: MIT
// The schemas of dublin core (see ext/schema.hpp): element and attribute names for each
// member of include/feedpp/ext/dublin_core.hpp.
#ifndef FEEDPP_SRC_EXT_DUBLIN_CORE_SCHEMA_HPP
#define FEEDPP_SRC_EXT_DUBLIN_CORE_SCHEMA_HPP

#include "ext/schema.hpp"
#include "feedpp/ext/dublin_core.hpp"

namespace feedpp::detail {

template <>
struct Schema<DublinCore> {
  static constexpr Vocabulary vocabulary = Vocabulary::dc;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("title", &DublinCore::title);
    v.element("creator", &DublinCore::creators);
    v.element("subject", &DublinCore::subjects);
    v.element("description", &DublinCore::description);
    v.element("publisher", &DublinCore::publishers);
    v.element("contributor", &DublinCore::contributors);
    v.element("date", &DublinCore::date, Form::rfc3339);
    v.element("type", &DublinCore::types);
    v.element("format", &DublinCore::formats);
    v.element("identifier", &DublinCore::identifiers);
    v.element("source", &DublinCore::sources);
    v.element("language", &DublinCore::language);
    v.element("relation", &DublinCore::relations);
    v.element("coverage", &DublinCore::coverages);
    v.element("rights", &DublinCore::rights);
    v.element(Vocabulary::dcterms, "alternative", &DublinCore::alternative);
    v.element(Vocabulary::dcterms, "abstract", &DublinCore::abstract);
    v.element(Vocabulary::dcterms, "created", &DublinCore::created, Form::rfc3339);
    v.element(Vocabulary::dcterms, "available", &DublinCore::available, Form::rfc3339);
    v.element(Vocabulary::dcterms, "valid", &DublinCore::valid);
    v.element(Vocabulary::dcterms, "dateAccepted", &DublinCore::date_accepted, Form::rfc3339);
    v.element(Vocabulary::dcterms, "dateCopyrighted", &DublinCore::date_copyrighted, Form::rfc3339);
    v.element(Vocabulary::dcterms, "dateSubmitted", &DublinCore::date_submitted, Form::rfc3339);
    v.element(Vocabulary::dcterms, "license", &DublinCore::licenses);
    v.element(Vocabulary::dcterms, "rightsHolder", &DublinCore::rights_holders);
    v.element(Vocabulary::dcterms, "accessRights", &DublinCore::access_rights);
    v.element(Vocabulary::dcterms, "audience", &DublinCore::audiences);
    v.element(Vocabulary::dcterms, "extent", &DublinCore::extent);
    v.element(Vocabulary::dcterms, "spatial", &DublinCore::spatial);
    v.element(Vocabulary::dcterms, "temporal", &DublinCore::temporal);
    v.element(Vocabulary::dcterms, "isPartOf", &DublinCore::is_part_of);
    v.element(Vocabulary::dcterms, "hasPart", &DublinCore::has_part);
    v.element(Vocabulary::dcterms, "references", &DublinCore::references);
    v.element(Vocabulary::dcterms, "isReferencedBy", &DublinCore::is_referenced_by);
    v.element(Vocabulary::dcterms, "bibliographicCitation", &DublinCore::bibliographic_citation);
    v.order(&DublinCore::order);
  }
};
}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_DUBLIN_CORE_SCHEMA_HPP
