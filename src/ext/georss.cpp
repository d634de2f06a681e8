// SPDX-License-Identifier: MIT
#include "feedpp/ext/georss.hpp"

#include "ext/georss_schema.hpp"

namespace feedpp {

bool operator==(const GmlPoint& a, const GmlPoint& b) { return detail::schema_equal(a, b); }
bool operator==(const GmlLineString& a, const GmlLineString& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const GmlLinearRing& a, const GmlLinearRing& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const GmlRing& a, const GmlRing& b) { return detail::schema_equal(a, b); }
bool operator==(const GmlPolygon& a, const GmlPolygon& b) { return detail::schema_equal(a, b); }
bool operator==(const GmlEnvelope& a, const GmlEnvelope& b) { return detail::schema_equal(a, b); }
bool operator==(const GeoWhere& a, const GeoWhere& b) { return detail::schema_equal(a, b); }
bool operator==(const GeoPoint& a, const GeoPoint& b) { return detail::schema_equal(a, b); }
bool operator==(const Geo& a, const Geo& b) { return detail::schema_equal(a, b); }

}  // namespace feedpp
