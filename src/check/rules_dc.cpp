// SPDX-License-Identifier: MIT
// What the W3C validator accepts in any element that holds elements: Dublin Core's elements and
// terms (dc:, dcterms:), RDF's, and the geographic modules (W3C geo, GeoURL, ICBM, GeoRSS with
// GML), each with its value check. Semantic duplicates of RSS's own elements are noted.
#include "check/rule_helpers.hpp"

namespace feedpp::detail {
namespace {

using namespace rules;  // NOLINT(google-build-using-namespace): table shorthands

constexpr Handler kResource = K(Kind::rdf_resource);

constexpr ChildRule kEverywhere[] = {
    {"dc_title", T(Check::none, kNoDup)},
    {"dc_description", T(Check::none, kNoDup)},
    {"dc_publisher",
     T(),
     Special::none,
     {"webMaster", "DuplicateSemantics", "webMaster", "dc:publisher"}},
    {"dc_contributor", T()},
    {"dc_type", T(Check::none, kNoDup)},
    {"dc_format", T(Check::none, kNoDup)},
    {"dc_identifier", T()},
    {"dc_source",
     T(Check::none, kNoDup),
     Special::none,
     {"source", "DuplicateItemSemantics", "source", "dc:source"}},
    {"dc_language",
     T(Check::iso639, kNoDup),
     Special::none,
     {"language", "DuplicateSemantics", "language", "dc:language"}},
    {"dc_relation", T()},
    {"dc_coverage", T()},
    {"dc_rights",
     T(Check::nonhtml, kNoDup),
     Special::none,
     {"copyright", "DuplicateSemantics", "copyright", "dc:rights"}},
    {"dcterms_alternative", T()},
    {"dcterms_abstract", T(Check::none, kNoDup)},
    {"dcterms_tableOfContents", K(Kind::rdf_resource, kNoDup)},
    {"dcterms_created", T(Check::w3cdtf, kNoDup)},
    {"dcterms_valid", kEat},
    {"dcterms_available", kEat},
    {"dcterms_issued", T(Check::w3cdtf, kNoDup)},
    {"dcterms_modified",
     T(Check::w3cdtf, kNoDup),
     Special::none,
     {"lastBuildDate", "DuplicateSemantics", "lastBuildDate", "dcterms:modified"}},
    {"dcterms_dateAccepted", T(Check::none, kNoDup)},
    {"dcterms_dateCopyrighted", T(Check::none, kNoDup)},
    {"dcterms_dateSubmitted", T(Check::none, kNoDup)},
    {"dcterms_extent", T(Check::positive_integer, kNonBlank | kNoDup)},
    {"dcterms_isVersionOf", kResource},
    {"dcterms_hasVersion", kResource},
    {"dcterms_isReplacedBy", kResource},
    {"dcterms_replaces", kResource},
    {"dcterms_isRequiredBy", kResource},
    {"dcterms_requires", kResource},
    {"dcterms_isPartOf", kResource},
    {"dcterms_hasPart", kResource},
    {"dcterms_isReferencedBy", kResource},
    {"dcterms_references", kResource},
    {"dcterms_isFormatOf", kResource},
    {"dcterms_hasFormat", kResource},
    {"dcterms_conformsTo", kResource},
    {"dcterms_spatial", kEat},
    {"dcterms_temporal", kEat},
    {"dcterms_audience", T()},
    {"dcterms_mediator", T(Check::none, kNoDup)},
    {"dcterms_accessRights", kEat},
    {"dcterms_accrualMethod", kEat},
    {"dcterms_accrualPeriodicity", kEat},
    {"dcterms_accrualPolicy", kEat},
    {"dcterms_bibliographicCitation", kEat},
    {"dcterms_educationLevel", kEat},
    {"dcterms_instructionalMethod", kEat},
    {"dcterms_license", kEat},
    {"dcterms_provenance", kEat},
    {"dcterms_rightsHolder", kEat},
    {"rdf_RDF", kEat},
    {"rdf_type", kEat},
    {"rdf_Description", kEat},
    {"rdfs_seeAlso", kResource},
    {"geo_Point", K(Kind::geo_point)},
    {"geo_lat", T(Check::latitude)},
    {"geo_long", T(Check::longitude)},
    {"geo_alt", T(Check::decimal)},
    {"geourl_latitude", T(Check::latitude)},
    {"geourl_longitude", T(Check::longitude)},
    {"georss_where", K(Kind::georss_where)},
    {"georss_point", T(Check::gml_pos)},
    {"georss_line", T(Check::gml_pos_list)},
    {"georss_polygon", T(Check::gml_pos_list)},
    // GeoRSS Simple spells these in lower case; the W3C validator knows them in camel case.
    {"georss_box", T(Check::gml_pos_list)},
    {"georss_featureTypeTag", T()},
    {"georss_featuretypetag", T()},
    {"georss_relationshipTag", T()},
    {"georss_relationshiptag", T()},
    {"georss_featureName", T()},
    {"georss_featurename", T()},
    {"georss_elev", T(Check::decimal)},
    {"georss_floor", T(Check::integer)},
    {"georss_radius", T(Check::float_)},
    {"icbm_latitude", T(Check::latitude)},
    {"icbm_longitude", T(Check::longitude)},
    {"opml_dateCreated", T(Check::rfc822, kNoDup)},
    {"opml_dateModified", T(Check::rfc822, kNoDup)},
    {"opml_ownerName", T(Check::safe_html, kNoDup)},
    {"opml_ownerEmail", T(Check::email, kNoDup)},
    {"opml_ownerId", T(Check::http_url, kNoDup)},
};

constexpr ChildRule kGeoPoint[] = {
    {"geo_lat", T(Check::latitude)},
    {"geo_long", T(Check::longitude)},
    {"geo_alt", T(Check::decimal)},  // W3C Basic Geo: a point's altitude
};
constexpr ChildRule kWhere[] = {
    {"gml_Point", K(Kind::gml_point)},
    {"gml_LineString", K(Kind::gml_line)},
    {"gml_Polygon", K(Kind::gml_polygon)},
    {"gml_Envelope", K(Kind::gml_envelope)},
};
constexpr ChildRule kGmlPoint[] = {{"gml_pos", T(Check::gml_pos)}};
constexpr ChildRule kGmlLine[] = {{"gml_posList", T(Check::gml_pos_list)}};
constexpr ChildRule kGmlPolygon[] = {{"gml_exterior", K(Kind::gml_exterior)}};
constexpr ChildRule kGmlExterior[] = {{"gml_LinearRing", K(Kind::gml_linear_ring)}};
constexpr ChildRule kGmlEnvelope[] = {
    {"gml_lowerCorner", T(Check::gml_pos)},
    {"gml_upperCorner", T(Check::gml_pos)},
};

}  // namespace

RuleGroup everywhere_rules() noexcept { return group(kEverywhere); }

RuleGroup geo_rules_of(Kind kind) noexcept {
  switch (kind) {
    case Kind::geo_point:
      return group(kGeoPoint);
    case Kind::georss_where:
      return group(kWhere);
    case Kind::gml_point:
      return group(kGmlPoint);
    case Kind::gml_line:
    case Kind::gml_linear_ring:
      return group(kGmlLine);
    case Kind::gml_polygon:
      return group(kGmlPolygon);
    case Kind::gml_exterior:
      return group(kGmlExterior);
    case Kind::gml_envelope:
      return group(kGmlEnvelope);
    default:
      return RuleGroup{nullptr, 0};
  }
}

}  // namespace feedpp::detail
