// SPDX-License-Identifier: MIT
// The schemas of georss (see ext/schema.hpp): element and attribute names for each
// member of include/feedpp/ext/georss.hpp.
#ifndef FEEDPP_SRC_EXT_GEORSS_SCHEMA_HPP
#define FEEDPP_SRC_EXT_GEORSS_SCHEMA_HPP

#include "ext/schema.hpp"
#include "feedpp/ext/georss.hpp"

namespace feedpp::detail {

template <>
struct Schema<GmlPoint> {
  static constexpr Vocabulary vocabulary = Vocabulary::georss;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("srsName", &GmlPoint::srs_name);
    v.attribute("srsDimension", &GmlPoint::srs_dimension);
    v.element(Vocabulary::gml, "pos", &GmlPoint::pos);
    v.other_attributes(&GmlPoint::attributes);
    v.extensions(&GmlPoint::extensions);
    v.order(&GmlPoint::order);
  }
};

template <>
struct Schema<GmlLineString> {
  static constexpr Vocabulary vocabulary = Vocabulary::georss;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("srsName", &GmlLineString::srs_name);
    v.attribute("srsDimension", &GmlLineString::srs_dimension);
    v.element(Vocabulary::gml, "posList", &GmlLineString::pos_list);
    v.other_attributes(&GmlLineString::attributes);
    v.extensions(&GmlLineString::extensions);
    v.order(&GmlLineString::order);
  }
};

template <>
struct Schema<GmlLinearRing> {
  static constexpr Vocabulary vocabulary = Vocabulary::georss;
  template <class V>
  static constexpr void visit(V& v) {
    v.element(Vocabulary::gml, "posList", &GmlLinearRing::pos_list);
    v.other_attributes(&GmlLinearRing::attributes);
    v.extensions(&GmlLinearRing::extensions);
    v.order(&GmlLinearRing::order);
  }
};

template <>
struct Schema<GmlRing> {
  static constexpr Vocabulary vocabulary = Vocabulary::georss;
  template <class V>
  static constexpr void visit(V& v) {
    v.element(Vocabulary::gml, "LinearRing", &GmlRing::linear_ring);
    v.other_attributes(&GmlRing::attributes);
    v.extensions(&GmlRing::extensions);
    v.order(&GmlRing::order);
  }
};

template <>
struct Schema<GmlPolygon> {
  static constexpr Vocabulary vocabulary = Vocabulary::georss;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("srsName", &GmlPolygon::srs_name);
    v.attribute("srsDimension", &GmlPolygon::srs_dimension);
    v.element(Vocabulary::gml, "exterior", &GmlPolygon::exterior);
    v.other_attributes(&GmlPolygon::attributes);
    v.extensions(&GmlPolygon::extensions);
    v.order(&GmlPolygon::order);
  }
};

template <>
struct Schema<GmlEnvelope> {
  static constexpr Vocabulary vocabulary = Vocabulary::georss;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("srsName", &GmlEnvelope::srs_name);
    v.attribute("srsDimension", &GmlEnvelope::srs_dimension);
    v.element(Vocabulary::gml, "lowerCorner", &GmlEnvelope::lower_corner);
    v.element(Vocabulary::gml, "upperCorner", &GmlEnvelope::upper_corner);
    v.other_attributes(&GmlEnvelope::attributes);
    v.extensions(&GmlEnvelope::extensions);
    v.order(&GmlEnvelope::order);
  }
};

template <>
struct Schema<GeoWhere> {
  static constexpr Vocabulary vocabulary = Vocabulary::georss;
  template <class V>
  static constexpr void visit(V& v) {
    v.element(Vocabulary::gml, "Point", &GeoWhere::point);
    v.element(Vocabulary::gml, "LineString", &GeoWhere::line_string);
    v.element(Vocabulary::gml, "Polygon", &GeoWhere::polygon);
    v.element(Vocabulary::gml, "Envelope", &GeoWhere::envelope);
    v.other_attributes(&GeoWhere::attributes);
    v.extensions(&GeoWhere::extensions);
    v.order(&GeoWhere::order);
  }
};

template <>
struct Schema<GeoPoint> {
  static constexpr Vocabulary vocabulary = Vocabulary::georss;
  template <class V>
  static constexpr void visit(V& v) {
    v.element(Vocabulary::geo, "lat", &GeoPoint::lat);
    v.element(Vocabulary::geo, "long", &GeoPoint::lon);
    v.element(Vocabulary::geo, "alt", &GeoPoint::alt);
    v.other_attributes(&GeoPoint::attributes);
    v.extensions(&GeoPoint::extensions);
    v.order(&GeoPoint::order);
  }
};

template <>
struct Schema<Geo> {
  static constexpr Vocabulary vocabulary = Vocabulary::georss;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("point", &Geo::point);
    v.element("line", &Geo::line);
    v.element("polygon", &Geo::polygon);
    v.element("box", &Geo::box);
    v.element("where", &Geo::where);
    v.element("featuretypetag", &Geo::feature_type);
    v.element("relationshiptag", &Geo::relationship);
    v.element("featurename", &Geo::feature_name);
    v.element("elev", &Geo::elevation);
    v.element("floor", &Geo::floor);
    v.element("radius", &Geo::radius);
    v.element(Vocabulary::geo, "lat", &Geo::lat);
    v.element(Vocabulary::geo, "long", &Geo::lon);
    v.element(Vocabulary::geo, "alt", &Geo::alt);
    v.element(Vocabulary::geo, "Point", &Geo::geo_point);
    v.element(Vocabulary::gml, "Point", &Geo::gml_point);
    v.element(Vocabulary::gml, "LineString", &Geo::gml_line_string);
    v.element(Vocabulary::gml, "Polygon", &Geo::gml_polygon);
    v.element(Vocabulary::gml, "Envelope", &Geo::gml_envelope);
    v.order(&Geo::order);
  }
};
}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_GEORSS_SCHEMA_HPP
