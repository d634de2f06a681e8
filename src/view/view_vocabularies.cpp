// SPDX-License-Identifier: MIT
#include "view/view_vocabularies.hpp"

#include <charconv>
#include <cmath>
#include <string>
#include <vector>

#include "base/ascii.hpp"
#include "ext/vocabularies.hpp"

namespace feedpp::detail {
namespace {

// --- Media RSS -------------------------------------------------------------------------------

// Adds the optional elements of one level; the singles only when no earlier level had them.
void collect(const MediaElements& e, MediaView& v) {
  v.credits.insert(v.credits.end(), e.credits.begin(), e.credits.end());
  v.thumbnails.insert(v.thumbnails.end(), e.thumbnails.begin(), e.thumbnails.end());
  if (!v.restriction && !e.restrictions.empty()) v.restriction = e.restrictions.front();
  if (!v.license && e.license) v.license = *e.license;
  if (!v.rating && !e.ratings.empty()) v.rating = e.ratings.front();
  if (!v.player && e.player) v.player = *e.player;
}

// --- where -----------------------------------------------------------------------------------

// The numbers in `text`, whatever separates them (spaces, commas).
std::vector<double> numbers(std::string_view text) {
  std::vector<double> out;
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    double value = 0;
    const auto [next, error] = std::from_chars(p, end, value);
    if (error == std::errc() && next != p) {
      if (std::isfinite(value)) out.push_back(value);
      p = next;
    } else {
      ++p;
    }
  }
  return out;
}

// Positions of `dimension` numbers each; `swap`: written latitude first, given longitude first.
std::vector<std::vector<double>> positions(std::string_view text, bool swap,
                                           std::size_t dimension) {
  const std::vector<double> n = numbers(text);
  std::vector<std::vector<double>> out;
  for (std::size_t i = 0; i + dimension <= n.size(); i += dimension) {
    std::vector<double> p(n.begin() + static_cast<std::ptrdiff_t>(i),
                          n.begin() + static_cast<std::ptrdiff_t>(i + dimension));
    if (swap) std::swap(p[0], p[1]);
    out.push_back(std::move(p));
  }
  return out;
}

GeoView geometry(GeoView::Type type, std::vector<std::vector<double>> ps) {
  GeoView g;
  if (ps.empty()) return g;  // a place named with coordinates that cannot be read
  g.type = type;
  if (type == GeoView::Type::point) ps.resize(1);
  g.positions = std::move(ps);
  return g;
}

// GML positions are latitude first in WGS84 (EPSG:4326), and as written in other systems.
template <class G>
bool lat_first(const G& g) {
  return g.srs_name.empty() || g.srs_name.find("4326") != std::string::npos ||
         g.srs_name.find("WGS84") != std::string::npos;
}

template <class G>
std::size_t dimension(const G& g) {
  return g.srs_dimension.value.value_or(2) == 3 ? 3 : 2;
}

// The first geometry of a georss:where, in its document order.
std::optional<GeoView> where_geometry(const GeoWhere& w) {
  using T = GeoView::Type;
  for (std::size_t i = 0; i < w.order.size(); ++i) {
    const int r = w.order[i];
    if (r == row_of<GeoWhere>(&GeoWhere::point) && w.point) {
      return geometry(T::point, positions(w.point->pos, lat_first(*w.point), dimension(*w.point)));
    }
    if (r == row_of<GeoWhere>(&GeoWhere::line_string) && w.line_string) {
      const GmlLineString& l = *w.line_string;
      return geometry(T::line_string, positions(l.pos_list, lat_first(l), dimension(l)));
    }
    if (r == row_of<GeoWhere>(&GeoWhere::polygon) && w.polygon) {
      const GmlPolygon& p = *w.polygon;
      std::string_view list;
      if (p.exterior && p.exterior->linear_ring) list = p.exterior->linear_ring->pos_list;
      return geometry(T::polygon, positions(list, lat_first(p), dimension(p)));
    }
    if (r == row_of<GeoWhere>(&GeoWhere::envelope) && w.envelope) {
      const GmlEnvelope& e = *w.envelope;
      return geometry(T::box,
                      positions(e.lower_corner + " " + e.upper_corner, lat_first(e), dimension(e)));
    }
  }
  return std::nullopt;
}

std::optional<GeoView> first_geometry(const Geo& g) {
  using T = GeoView::Type;
  for (std::size_t i = 0; i < g.order.size(); ++i) {
    const int r = g.order[i];
    if (r == row_of<Geo>(&Geo::point)) return geometry(T::point, positions(g.point, true, 2));
    if (r == row_of<Geo>(&Geo::line)) return geometry(T::line_string, positions(g.line, true, 2));
    if (r == row_of<Geo>(&Geo::polygon)) return geometry(T::polygon, positions(g.polygon, true, 2));
    if (r == row_of<Geo>(&Geo::box)) return geometry(T::box, positions(g.box, true, 2));
    if (r == row_of<Geo>(&Geo::where) && g.where) {
      if (std::optional<GeoView> found = where_geometry(*g.where)) return found;
    }
    if (r == row_of<Geo>(&Geo::gml_point) && g.gml_point) {
      return geometry(T::point, positions(g.gml_point->pos, true, 2));
    }
    if (r == row_of<Geo>(&Geo::gml_line_string) && g.gml_line_string) {
      return geometry(T::line_string, positions(g.gml_line_string->pos_list, true, 2));
    }
    if (r == row_of<Geo>(&Geo::gml_polygon) && g.gml_polygon) {
      const GmlPolygon& p = *g.gml_polygon;
      std::string_view list;
      if (p.exterior && p.exterior->linear_ring) list = p.exterior->linear_ring->pos_list;
      return geometry(T::polygon, positions(list, true, 2));
    }
    if (r == row_of<Geo>(&Geo::gml_envelope) && g.gml_envelope) {
      const GmlEnvelope& e = *g.gml_envelope;
      return geometry(T::box, positions(e.lower_corner + " " + e.upper_corner, true, 2));
    }
    if (r == row_of<Geo>(&Geo::lat) || r == row_of<Geo>(&Geo::geo_point)) {
      // W3C geo: geo:lat and geo:long beside each other, or inside a geo:Point.
      const bool in_point = r == row_of<Geo>(&Geo::geo_point) && g.geo_point;
      const Typed<double>& lat = in_point ? g.geo_point->lat : g.lat;
      const Typed<double>& lon = in_point ? g.geo_point->lon : g.lon;
      if (lat.value && lon.value) return geometry(T::point, {{*lon.value, *lat.value}});
    }
  }
  return std::nullopt;
}

// "hh:mm:ss.mmm", "mm:ss" or "ss" (Podlove's normal play time) in milliseconds.
std::optional<std::int64_t> milliseconds(std::string_view s) {
  s = trim(s);
  if (s.empty()) return std::nullopt;
  std::int64_t total = 0;
  std::size_t parts = 0;
  while (true) {
    const auto colon = s.find(':');
    const std::string_view part = s.substr(0, colon);
    if (colon == std::string_view::npos) {
      double seconds = 0;
      const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), seconds);
      if (error != std::errc() || end != part.data() + part.size() || part.empty()) {
        return std::nullopt;
      }
      if (parts > 2 || seconds < 0 || seconds > 1e12) return std::nullopt;
      return total * 60 * 1000 + static_cast<std::int64_t>(std::llround(seconds * 1000));
    }
    std::int64_t n = 0;
    const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), n);
    if (error != std::errc() || end != part.data() + part.size() || part.empty() || n < 0 ||
        n > 1000000) {
      return std::nullopt;
    }
    total = total * 60 + n;
    ++parts;
    s.remove_prefix(colon + 1);
  }
}

}  // namespace

MediaView media_view(const MediaItem& media) {
  MediaView v;
  // In document order: the item's own elements and contents, its groups' where they stand.
  const int group_row = row_of<MediaItem>(&MediaItem::groups);
  const int content_row = row_of<MediaItem>(&MediaItem::contents);
  std::size_t next_group = 0;
  std::size_t next_content = 0;
  bool own_done = false;
  for (std::size_t i = 0; i < media.order.size(); ++i) {
    const int r = media.order[i];
    if (r == group_row && next_group < media.groups.size()) {
      const MediaGroup& g = media.groups[next_group++];
      collect(g, v);
      v.contents.insert(v.contents.end(), g.contents.begin(), g.contents.end());
    } else if (r == content_row && next_content < media.contents.size()) {
      v.contents.push_back(media.contents[next_content++]);
    } else if (!own_done) {
      collect(media, v);
      own_done = true;
    }
  }
  if (!own_done) collect(media, v);  // made in code: no order
  for (; next_group < media.groups.size(); ++next_group) {
    collect(media.groups[next_group], v);
    v.contents.insert(v.contents.end(), media.groups[next_group].contents.begin(),
                      media.groups[next_group].contents.end());
  }
  for (; next_content < media.contents.size(); ++next_content) {
    v.contents.push_back(media.contents[next_content]);
  }
  return v;
}

std::optional<GeoView> where_view(const Geo* geo) {
  // Only properties (featurename, elev, ...), or geo:long without geo:lat, name no geometry.
  return geo != nullptr ? first_geometry(*geo) : std::nullopt;
}

ChaptersView chapters_view(const SimpleChapters& chapters) {
  ChaptersView v;
  v.version = chapters.version;
  for (const SimpleChapter& c : chapters.chapters) {
    v.chapters.push_back({c.start, milliseconds(c.start), c.title, c.href, c.image});
  }
  return v;
}

}  // namespace feedpp::detail
