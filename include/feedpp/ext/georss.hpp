// SPDX-License-Identifier: MIT
// Where an item is: GeoRSS simple (georss:point, line, polygon, box and their properties),
// GeoRSS GML (georss:where around a gml:Point, LineString, Polygon or Envelope) and W3C Basic
// Geo (geo:lat, geo:long, geo:Point). Coordinates are kept as written ("45.256 -71.92"), in the
// order each form writes them (GeoRSS: latitude first); the reader view gives them as numbers in
// longitude, latitude order. In Channel::geo and Item::geo.
#ifndef FEEDPP_EXT_GEORSS_HPP
#define FEEDPP_EXT_GEORSS_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/values.hpp"

namespace feedpp {

namespace ns {
/// GeoRSS, as written by feedpp.
inline constexpr std::string_view kGeoRss = "http://www.georss.org/georss";
/// GML, inside georss:where.
inline constexpr std::string_view kGml = "http://www.opengis.net/gml";
/// W3C Basic Geo (WGS84).
inline constexpr std::string_view kGeo = "http://www.w3.org/2003/01/geo/wgs84_pos#";
}  // namespace ns

/// gml:Point: one position.
struct GmlPoint {
  std::string srs_name{};               ///< the reference system; WGS84 when absent
  Typed<std::int64_t> srs_dimension{};  ///< 2, or 3 with a height
  std::string pos{};                    ///< gml:pos: "lat lon"
  std::vector<Attribute> attributes{};  ///< other attributes, as written
  std::vector<Extension> extensions{};  ///< children the schema does not name
  ElementOrder<std::uint8_t> order{};   ///< what was there, in document order
};

/// gml:LineString: a path.
struct GmlLineString {
  std::string srs_name{};
  Typed<std::int64_t> srs_dimension{};
  std::string pos_list{};               ///< gml:posList: "lat lon lat lon ..."
  std::vector<Attribute> attributes{};  ///< other attributes, as written
  std::vector<Extension> extensions{};  ///< children the schema does not name
  ElementOrder<std::uint8_t> order{};   ///< what was there, in document order
};

/// gml:LinearRing: a closed path.
struct GmlLinearRing {
  std::string pos_list{};               ///< gml:posList
  std::vector<Attribute> attributes{};  ///< other attributes, as written
  std::vector<Extension> extensions{};  ///< children the schema does not name
  ElementOrder<std::uint8_t> order{};   ///< what was there, in document order
};

/// gml:exterior: a polygon's outline.
struct GmlRing {
  std::optional<GmlLinearRing> linear_ring{};  ///< gml:LinearRing
  std::vector<Attribute> attributes{};         ///< other attributes, as written
  std::vector<Extension> extensions{};         ///< children the schema does not name
  ElementOrder<std::uint8_t> order{};          ///< what was there, in document order
};

/// gml:Polygon: an area.
struct GmlPolygon {
  std::string srs_name{};
  Typed<std::int64_t> srs_dimension{};
  std::optional<GmlRing> exterior{};    ///< gml:exterior
  std::vector<Attribute> attributes{};  ///< other attributes, as written
  std::vector<Extension> extensions{};  ///< children the schema does not name
  ElementOrder<std::uint8_t> order{};   ///< what was there, in document order
};

/// gml:Envelope: a box.
struct GmlEnvelope {
  std::string srs_name{};
  Typed<std::int64_t> srs_dimension{};
  std::string lower_corner{};           ///< gml:lowerCorner
  std::string upper_corner{};           ///< gml:upperCorner
  std::vector<Attribute> attributes{};  ///< other attributes, as written
  std::vector<Extension> extensions{};  ///< children the schema does not name
  ElementOrder<std::uint8_t> order{};   ///< what was there, in document order
};

/// georss:where: a GML geometry.
struct GeoWhere {
  std::optional<GmlPoint> point{};             ///< gml:Point
  std::optional<GmlLineString> line_string{};  ///< gml:LineString
  std::optional<GmlPolygon> polygon{};         ///< gml:Polygon
  std::optional<GmlEnvelope> envelope{};       ///< gml:Envelope
  std::vector<Attribute> attributes{};         ///< other attributes, as written
  std::vector<Extension> extensions{};         ///< children the schema does not name
  ElementOrder<std::uint8_t> order{};          ///< what was there, in document order
};

/// geo:Point: a W3C Basic Geo position.
struct GeoPoint {
  Typed<double> lat{};                  ///< geo:lat, degrees
  Typed<double> lon{};                  ///< geo:long, degrees
  Typed<double> alt{};                  ///< geo:alt, meters
  std::vector<Attribute> attributes{};  ///< other attributes, as written
  std::vector<Extension> extensions{};  ///< children the schema does not name
  ElementOrder<std::uint8_t> order{};   ///< what was there, in document order
};

/// The location of a channel or an item, in any of the forms.
struct Geo {
  std::string point{};                  ///< georss:point: "lat lon"
  std::string line{};                   ///< georss:line: "lat lon lat lon ..."
  std::string polygon{};                ///< georss:polygon: a closed "lat lon ..." list
  std::string box{};                    ///< georss:box: "lat lon lat lon", lower corner first
  std::optional<GeoWhere> where{};      ///< georss:where
  std::string feature_type{};           ///< georss:featuretypetag
  std::string relationship{};           ///< georss:relationshiptag
  std::string feature_name{};           ///< georss:featurename
  Typed<double> elevation{};            ///< georss:elev, meters
  Typed<std::int64_t> floor{};          ///< georss:floor
  Typed<double> radius{};               ///< georss:radius, meters
  Typed<double> lat{};                  ///< geo:lat
  Typed<double> lon{};                  ///< geo:long
  Typed<double> alt{};                  ///< geo:alt
  std::optional<GeoPoint> geo_point{};  ///< geo:Point
  std::optional<GmlPoint> gml_point{};  ///< gml:Point written without georss:where
  std::optional<GmlLineString> gml_line_string{};
  std::optional<GmlPolygon> gml_polygon{};
  std::optional<GmlEnvelope> gml_envelope{};
  ElementOrder<std::uint8_t> order{};  ///< what was there, in document order
};

FEEDPP_API bool operator==(const GmlPoint& a, const GmlPoint& b);
inline bool operator!=(const GmlPoint& a, const GmlPoint& b) { return !(a == b); }
FEEDPP_API bool operator==(const GmlLineString& a, const GmlLineString& b);
inline bool operator!=(const GmlLineString& a, const GmlLineString& b) { return !(a == b); }
FEEDPP_API bool operator==(const GmlLinearRing& a, const GmlLinearRing& b);
inline bool operator!=(const GmlLinearRing& a, const GmlLinearRing& b) { return !(a == b); }
FEEDPP_API bool operator==(const GmlRing& a, const GmlRing& b);
inline bool operator!=(const GmlRing& a, const GmlRing& b) { return !(a == b); }
FEEDPP_API bool operator==(const GmlPolygon& a, const GmlPolygon& b);
inline bool operator!=(const GmlPolygon& a, const GmlPolygon& b) { return !(a == b); }
FEEDPP_API bool operator==(const GmlEnvelope& a, const GmlEnvelope& b);
inline bool operator!=(const GmlEnvelope& a, const GmlEnvelope& b) { return !(a == b); }
FEEDPP_API bool operator==(const GeoWhere& a, const GeoWhere& b);
inline bool operator!=(const GeoWhere& a, const GeoWhere& b) { return !(a == b); }
FEEDPP_API bool operator==(const GeoPoint& a, const GeoPoint& b);
inline bool operator!=(const GeoPoint& a, const GeoPoint& b) { return !(a == b); }
FEEDPP_API bool operator==(const Geo& a, const Geo& b);
inline bool operator!=(const Geo& a, const Geo& b) { return !(a == b); }

}  // namespace feedpp

#endif  // FEEDPP_EXT_GEORSS_HPP
