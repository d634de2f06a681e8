// SPDX-License-Identifier: MIT
// Location (include/feedpp/ext/georss.hpp): GeoRSS simple with every element, GeoRSS GML in an
// Atom feed (point, line, polygon, envelope), W3C Basic Geo (lat/long and geo:Point), GeoRSS's
// versioned URI, unreadable values, repeats and misfits; writing from code; round trips.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

TEST(GeoRssTest, ReadsEverySimpleElement) {
  const Feed f = test::parse_clean(test::read_data("georss/simple.xml"));
  ASSERT_TRUE(f.channel.geo);
  EXPECT_EQ(f.channel.geo->box, "50.10 -5.75 50.70 -4.20");
  ASSERT_EQ(f.items.size(), 3u);
  const Geo& landslip = *f.items[0].geo;
  EXPECT_EQ(landslip.point, "50.0428 -5.6527");
  EXPECT_EQ(landslip.feature_type, "landslide");
  EXPECT_EQ(landslip.relationship, "is-centred-at");
  EXPECT_EQ(landslip.feature_name, "Porthcurno");
  EXPECT_EQ(landslip.elevation.value, 45.5);
  EXPECT_EQ(landslip.radius.value, 250.0);
  EXPECT_EQ(f.items[1].geo->line, "50.0657 -5.7132 50.0700 -5.7050 50.0712 -5.6981");
  EXPECT_EQ(f.items[2].geo->polygon, "50.1 -5.5 50.2 -5.5 50.2 -5.4 50.1 -5.4 50.1 -5.5");
  EXPECT_EQ(f.items[2].geo->floor.value, 0);
  EXPECT_EQ(f.items[2].geo->floor.text, "0");
  for (const Item& item : f.items) EXPECT_TRUE(item.extensions.empty());
}

TEST(GeoRssTest, ReadsGmlInsideWhere) {
  const Feed f = test::parse_clean(test::read_data("georss/gml.xml"));
  ASSERT_TRUE(f.channel.geo);
  ASSERT_TRUE(f.channel.geo->where);
  ASSERT_TRUE(f.channel.geo->where->envelope);
  const GmlEnvelope& box = *f.channel.geo->where->envelope;
  EXPECT_EQ(box.srs_name, "EPSG:4326");
  EXPECT_EQ(box.lower_corner, "-90 -180");
  EXPECT_EQ(box.upper_corner, "90 180");
  ASSERT_EQ(f.items.size(), 3u);
  const Geo& quake = *f.items[0].geo;
  ASSERT_TRUE(quake.where);
  ASSERT_TRUE(quake.where->point);
  EXPECT_EQ(quake.where->point->srs_name, "EPSG:4326");
  EXPECT_EQ(quake.where->point->srs_dimension.value, 3);
  EXPECT_EQ(quake.where->point->pos, "38.1234 -122.5678 10.2");
  EXPECT_EQ(quake.elevation.value, -10200.0);
  ASSERT_TRUE(f.items[1].geo->where->line_string);
  EXPECT_EQ(f.items[1].geo->where->line_string->pos_list, "38.0 -122.0 38.5 -122.4 39.0 -122.9");
  const GeoWhere& zone = *f.items[2].geo->where;
  ASSERT_TRUE(zone.polygon);
  ASSERT_TRUE(zone.polygon->exterior);
  ASSERT_TRUE(zone.polygon->exterior->linear_ring);
  EXPECT_EQ(zone.polygon->exterior->linear_ring->pos_list,
            "38.0 -122.6 38.2 -122.6 38.2 -122.4 38.0 -122.4 38.0 -122.6");
}

TEST(GeoRssTest, ReadsW3cBasicGeo) {
  const Feed f = test::parse_clean(test::read_data("georss/w3c-geo.xml"));
  ASSERT_TRUE(f.channel.geo);
  EXPECT_EQ(f.channel.geo->lat.value, 51.5074);
  EXPECT_EQ(f.channel.geo->lon.value, -0.1278);
  const Geo& grind = *f.items.at(0).geo;
  EXPECT_EQ(grind.lat.value, 51.5155);
  EXPECT_EQ(grind.lon.value, -0.0922);
  EXPECT_EQ(grind.alt.value, 21.0);
  const Geo& top = *f.items.at(1).geo;
  ASSERT_TRUE(top.geo_point);
  EXPECT_EQ(top.geo_point->lat.value, 51.5033);
  EXPECT_EQ(top.geo_point->lon.value, -0.1195);
  EXPECT_EQ(top.geo_point->alt.value, 135.0);
  EXPECT_EQ(top.geo_point->lat.text, "51.5033");
}

TEST(GeoRssTest, VariantsRepeatsAndMisfits) {
  const ParseResult r = parse(test::read_data("georss/variants.xml"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(test::codes(r), std::vector<ErrorCode>{ErrorCode::duplicate_element})
      << test::describe(r);
  const Item& somewhere = r.feed.items.at(0);
  ASSERT_TRUE(somewhere.geo);  // the versioned URI is GeoRSS
  EXPECT_EQ(somewhere.geo->point, "45.256 -71.92");
  ASSERT_EQ(somewhere.extensions.size(), 1u);
  EXPECT_EQ(somewhere.extensions[0].ns, ns::kGeoRss);
  EXPECT_EQ(somewhere.extensions[0].text, "45.300 -71.90");
  EXPECT_FALSE(somewhere.geo->elevation.value);
  EXPECT_EQ(somewhere.geo->elevation.text, "high");
  EXPECT_FALSE(somewhere.geo->radius.value);
  EXPECT_EQ(somewhere.geo->radius.text, "500m");
  EXPECT_EQ(somewhere.geo->floor.value, 2);  // the name in another case

  const Item& elsewhere = r.feed.items.at(1);
  ASSERT_TRUE(elsewhere.geo);
  ASSERT_TRUE(elsewhere.geo->gml_point);  // GML without georss:where
  EXPECT_EQ(elsewhere.geo->gml_point->pos, "45.256 -71.92");
  EXPECT_FALSE(elsewhere.geo->lat.value);
  EXPECT_EQ(elsewhere.geo->lat.text, "north");
  EXPECT_EQ(elsewhere.geo->feature_name, "");
  ASSERT_EQ(elsewhere.extensions.size(), 1u);
  EXPECT_EQ(elsewhere.extensions[0].name, "featurename");
  ASSERT_TRUE(elsewhere.geo->where);
  ASSERT_TRUE(elsewhere.geo->where->point);
  ASSERT_EQ(elsewhere.geo->where->extensions.size(), 1u);
  EXPECT_EQ(elsewhere.geo->where->extensions[0].name, "Circle");

  const std::string out = test::write(r.feed);
  EXPECT_EQ(test::count(out, "xmlns:georss=\"http://www.georss.org/georss\""), 1u) << out;
  EXPECT_EQ(out.find("georss/10"), std::string::npos) << out;
  for (const char* written : {"<georss:point>45.300 -71.90</georss:point>",
                              "<georss:elev>high</georss:elev>", "<georss:floor>2</georss:floor>",
                              "<georss:featurename lang=\"fr\">Ailleurs</georss:featurename>",
                              "<gml:Circle radius=\"3\">", "<geo:lat>north</geo:lat>"}) {
    EXPECT_NE(out.find(written), std::string::npos) << written << "\n" << out;
  }
  const ParseResult back = parse(out);
  EXPECT_EQ(test::model_difference(back.feed, r.feed), "");
  EXPECT_EQ(test::write(back.feed), out);
}

Feed places_in_code(bool atom) {
  Feed f;
  f.channel.title = "Places";
  if (atom) {
    f.channel.id = "urn:uuid:aa11bb22-cc33-4d44-8e55-ff6600778899";
    f.channel.last_build_date = *make_datetime(2026, 11, 10);
  } else {
    f.channel.link = "https://places.example/";
    f.channel.description = Text::html("Places.");
  }
  Item point;
  point.title = "A point";
  point.guid.value = "urn:place:1";
  if (atom) point.updated = *make_datetime(2026, 11, 10);
  Geo& g = point.geo.ensure();
  g.point = "45.256 -71.92";
  g.elevation = 313.5;
  g.lat = 45.256;
  g.lon = -71.92;
  f.items.push_back(point);

  Item area;
  area.title = "An area";
  area.guid.value = "urn:place:2";
  if (atom) area.updated = *make_datetime(2026, 11, 10);
  GmlPolygon polygon;
  polygon.srs_dimension = 2;
  GmlRing ring;
  GmlLinearRing linear;
  linear.pos_list = "45 -71 46 -71 46 -70 45 -71";
  ring.linear_ring = linear;
  polygon.exterior = ring;
  GeoWhere where;
  where.polygon = polygon;
  area.geo.ensure().where = where;
  f.items.push_back(area);
  return f;
}

TEST(GeoRssTest, WritesValuesMadeInCode) {
  const std::string out = test::write(places_in_code(false));
  EXPECT_EQ(test::count(out, "xmlns:georss=\"http://www.georss.org/georss\""), 1u) << out;
  EXPECT_EQ(test::count(out, "xmlns:gml=\"http://www.opengis.net/gml\""), 1u) << out;
  EXPECT_EQ(test::count(out, "xmlns:geo=\"http://www.w3.org/2003/01/geo/wgs84_pos#\""), 1u) << out;
  for (const char* element :
       {"<georss:point>45.256 -71.92</georss:point>", "<georss:elev>313.5</georss:elev>",
        "<geo:lat>45.256</geo:lat>", "<geo:long>-71.92</geo:long>",
        "<georss:where>\n        <gml:Polygon srsDimension=\"2\">\n"
        "          <gml:exterior>\n            <gml:LinearRing>\n"
        "              <gml:posList>45 -71 46 -71 46 -70 45 -71</gml:posList>"}) {
    EXPECT_NE(out.find(element), std::string::npos) << element << "\n" << out;
  }
}

TEST(GeoRssTest, AModelBuiltInCodeRoundTrips) {
  test::expect_round_trip(places_in_code(false));
  test::expect_round_trip(places_in_code(true), true);
}

TEST(GeoRssTest, FeedsRoundTrip) {
  for (const char* file : {"georss/simple.xml", "georss/gml.xml", "georss/w3c-geo.xml"}) {
    SCOPED_TRACE(file);
    test::expect_feed_round_trip(test::read_data(file));
  }
}

}  // namespace
}  // namespace feedpp
