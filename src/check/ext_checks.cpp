// SPDX-License-Identifier: MIT
// The checks of the namespaces feeds carry, at their start and end tags: iTunes (Apple's podcast
// tags: categories, owner, image, explicit, formats), FeedSync (sx), GeoRSS and W3C geo, the
// Bloglines access restriction, XHTML robots meta, FeedBurner flares, Microsoft's list
// extensions. Media RSS is media_checks.cpp's.
#include <cstring>
#include <string>

#include "base/ascii.hpp"
#include "check/html_check.hpp"
#include "check/kinds.hpp"
#include "check/namespaces.hpp"
#include "check/values.hpp"

namespace feedpp::detail {

// rules_itunes.cpp: Apple's categories, current and retired; `parent` is "" for a top level one.
bool itunes_category_valid(std::string_view parent, std::string_view name, bool& obsolete);
// rules_ext.cpp: robots directives for xhtml:meta (case-insensitive).
bool is_robots_directive(std::string_view content);

namespace {

// validate_required_attribute(): MissingAttribute, or the attribute's value checked as `check`.
void required(Walker& w, Frame& f, const char* name, Check check) {
  if (const char* v = Walker::attr(f, name)) {
    run_check(w, f, check, v, name, f.name);
  } else {
    w.log("MissingAttribute", f, Params().attr(name));
  }
}

void optional(Walker& w, Frame& f, const char* name, Check check) {
  if (const char* v = Walker::attr(f, name)) run_check(w, f, check, v, name, f.name);
}

void prevalidate_itunes_category(Walker& w, Frame& f) {
  const std::string parent = colon_name(w.parent_name(f));
  const std::string element = colon_name(f.name);
  const char* text = Walker::attr(f, "text");
  if (text == nullptr) {
    w.log("MissingAttribute", f, Params().parent(parent).element(element).attr("text"));
    return;
  }
  f.type = text;
  bool obsolete = false;
  const std::string_view top =
      f.kind == Kind::itunes_subcategory ? std::string_view(w.parent_of(f).type) : "";
  if (itunes_category_valid(top, text, obsolete)) return;
  w.log(obsolete ? "ObsoleteItunesCategory" : "InvalidItunesCategory", f,
        Params().parent(parent).element(element).with("text", text));
}

void prevalidate_sse(Walker& w, Frame& f) {
  switch (f.kind) {
    case Kind::sx_sharing: {
      const bool since = Walker::attr(f, "since") != nullptr;
      const bool until = Walker::attr(f, "until") != nullptr;
      (until ? required : optional)(w, f, "since", Check::rfc3339);
      (since ? required : optional)(w, f, "until", Check::rfc3339);
      optional(w, f, "expires", Check::rfc3339);
      if (since && until && std::strcmp(Walker::attr(f, "since"), Walker::attr(f, "until")) > 0) {
        w.log("SinceAfterUntil", f, Params());
      }
      break;
    }
    case Kind::sx_related:
      required(w, f, "link", Check::rfc2396_full);
      if (const char* title = Walker::attr(f, "title")) {
        check_plain_text(w, f, title, "ContainsHTML", {"title", f.name});
        if (*title == '\0') w.log("NotBlank", f, Params().parent(f.name).element("title"));
      }
      if (const char* type = Walker::attr(f, "type")) {
        if (std::strcmp(type, "complete") != 0 && std::strcmp(type, "aggregated") != 0) {
          w.log("InvalidSseType", f,
                Params().parent(f.name).element("type").attr("type").value(type));
        }
      } else {
        w.log("MissingAttribute", f, Params().attr("type"));
      }
      break;
    case Kind::sx_sync:
      optional(w, f, "deleted", Check::truefalse_strict);
      optional(w, f, "noconflicts", Check::truefalse_strict);
      if (const char* id = Walker::attr(f, "id")) {
        if (*id == '\0') w.log("NotBlank", f, Params().parent(f.name).element("id"));
        if (*id != '\0' && !w.note_sync_id(id)) {
          w.log("DuplicateValue", f, Params().parent(f.name).element("id").value(id));
        }
        run_check(w, f, Check::nss, id, "id", f.name);
      } else {
        w.log("MissingAttribute", f, Params().attr("id"));
      }
      required(w, f, "updates", Check::uint31);
      break;
    case Kind::sx_history: {
      if (const char* by = Walker::attr(f, "by")) {
        check_plain_text(w, f, by, "ContainsHTML", {"by", f.name});
        if (*by == '\0') w.log("NotBlank", f, Params().parent(f.name).element("by"));
        run_check(w, f, Check::nss, by, "by", f.name);
      }
      required(w, f, "sequence", Check::uint31);
      optional(w, f, "when", Check::rfc3339);
      const bool when = Walker::attr(f, "when") != nullptr;
      const bool by = Walker::attr(f, "by") != nullptr;
      if (when && !by) w.log("MissingRecommendedAttribute", f, Params().attr("by"));
      if (!when && by) w.log("MissingRecommendedAttribute", f, Params().attr("when"));
      if (!when && !by) w.log("MissingByAndWhenAttrs", f, Params());
      break;
    }
    default:
      break;
  }
}

}  // namespace

void note_enclosure(Walker& w, Frame& item, std::string_view url) {
  // A podcast's enclosure: the item's, or its channel's, iTunes elements say it is one. (The
  // W3C validator looks at the item's only when the channel has none yet, a quirk of how it
  // passes the flag down: a podcast's item is a podcast's item.)
  if (item.itunes || (!w.is_root(item) && w.parent_of(item).itunes)) {
    // Apple's supported formats (podcast technical specifications).
    const auto dot = url.rfind('.');
    const std::string_view ext = url.substr(dot == std::string_view::npos ? 0 : dot + 1);
    bool ok = false;
    for (std::string_view e : {"m4a", "mp3", "mov", "mp4", "m4v", "pdf", "epub"}) {
      ok = ok || e == ext;
    }
    if (!ok) {
      w.log("UnsupportedItunesFormat", item,
            Params().parent(w.parent_name(item)).with("extension", ext));
    }
  }
  item.enclosures.emplace_back(url);
}

void validate_itunes_channel(Walker& w, Frame& f) {
  if (!f.children.has("language") && !f.has_lang) {
    w.log("MissingItunesElement", f, Params().parent(f.name).element("language"));
  }
  for (std::string_view e : {"itunes_category", "itunes_explicit"}) {
    if (!f.children.has(e)) {
      w.log("MissingItunesElement", f, Params().parent(f.name).element(colon_name(e)));
    }
  }
  if (!f.children.has("itunes_owner")) {
    w.log("MissingItunesEmail", f, Params().parent(f.name).element("itunes:email"));
  }
}

void prevalidate_ext(Walker& w, Frame& f) {
  switch (f.kind) {
    case Kind::itunes_category:
    case Kind::itunes_subcategory:
      prevalidate_itunes_category(w, f);
      break;
    case Kind::itunes_image:
      required(w, f, "href", Check::http_url);
      break;
    case Kind::access_restriction:
      f.forced_children = true;
      if (const char* rel = Walker::attr(f, "relationship")) {
        f.value = rel;
      } else {
        w.log("MissingAttribute", f, Params().parent(w.parent_name(f)).attr("relationship"));
      }
      break;
    case Kind::xhtml_meta:
      if (const char* name = Walker::attr(f, "name")) {
        if (!iequals(name, "robots")) {
          w.log("InvalidMetaName", f, Params().parent(f.name).element("name").value(name));
        }
      } else {
        w.log("MissingAttribute", f, Params().attr("name"));
      }
      if (const char* content = Walker::attr(f, "content")) {
        if (!is_robots_directive(content)) {
          w.log("InvalidMetaContent", f, Params().parent(f.name).element("content").value(content));
        }
      } else {
        w.log("MissingAttribute", f, Params().attr("content"));
      }
      break;
    case Kind::feedburner_flare:
      for (const char* name : {"href", "src"}) {
        const char* v = Walker::attr(f, name);
        if (v == nullptr) {
          w.log("MissingAttribute", f, Params().attr(name));
        } else if (w.feed_type() == FeedType::atom) {
          check_uri(w, f, v, UriRule::rfc3987, "InvalidIRI", name, f.name);
        } else if (!is_absolute_uri_form(v, false)) {
          w.log("ContainsRelRef", f, Params().element(name).parent(f.name));
        }
      }
      break;
    case Kind::feedburner_info:
      required(w, f, "uri", Check::rfc3987);
      break;
    default:
      prevalidate_media(w, f);
      prevalidate_sse(w, f);
      break;
  }
}

void validate_ext_kind(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  switch (f.kind) {
    case Kind::itunes_owner:
      if (!f.children.has("itunes_email")) {
        w.log("MissingElement", f, Params().parent(colon_name(f.name)).element("itunes:email"));
      }
      break;
    case Kind::sx_sync:
      if (!f.children.has("sx_history")) {
        w.log("MissingElement", f, Params().parent(f.name).element("sx:history"));
      }
      break;
    case Kind::geo_point:
      for (std::string_view e : {"geo_lat", "geo_long"}) {
        if (!f.children.has(e)) {
          w.log("MissingElement", f, Params().parent(colon_name(f.name)).element(colon_name(e)));
        }
      }
      break;
    case Kind::access_restriction:
      if (f.value != "allow" && f.value != "deny") {
        w.log("InvalidAccessRestrictionRel", f,
              Params().parent(parent).attr(colon_name(f.name)).value(f.value));
      }
      break;
    case Kind::feedburner_flare:
      check_plain_text(w, f, f.value, "ContainsHTML", {f.name, parent});
      break;
    default:
      validate_media_kind(w, f);
      break;
  }
}

bool ext_expects(Walker& w, const Frame& f, std::string_view uri, std::string_view local,
                 bool& known) {
  static_cast<void>(w);
  known = true;
  // The kinds below expect attributes in no namespace only.
  const bool none = uri.empty();
  auto any = [local, none](std::initializer_list<std::string_view> names) {
    for (std::string_view n : names) {
      if (none && n == local) return true;
    }
    return false;
  };
  switch (f.kind) {
    case Kind::itunes_category:
    case Kind::itunes_subcategory:
      return none && local == "text";
    case Kind::itunes_image:
      return none && local == "href";
    case Kind::media_content:
      return any({"bitrate", "channels", "duration", "expression", "fileSize", "framerate",
                  "height", "isDefault", "lang", "medium", "samplingrate", "type", "url", "width"});
    case Kind::media_player:
      return any({"height", "url", "width"});
    case Kind::media_thumbnail:
      return any({"height", "time", "url", "width"});
    case Kind::media_text:
      return any({"end", "lang", "start", "type"});
    case Kind::media_title:
      return none && local == "type";
    case Kind::media_category:
      return any({"label", "scheme"});
    case Kind::media_copyright:
      return none && local == "url";
    case Kind::media_credit:
      return any({"role", "scheme"});
    case Kind::media_hash:
      return none && local == "algo";
    case Kind::media_rating:
      return none && local == "scheme";
    case Kind::media_restriction:
      return any({"relationship", "type"});
    case Kind::sx_sharing:
      return any({"expires", "since", "until"});
    case Kind::sx_related:
      return any({"link", "title", "type"});
    case Kind::sx_sync:
      return any({"deleted", "noconflicts", "id", "updates"});
    case Kind::sx_history:
      return any({"by", "sequence", "when"});
    case Kind::gml_point:
    case Kind::gml_line:
    case Kind::gml_polygon:
    case Kind::gml_linear_ring:
    case Kind::gml_envelope:
      return none && local == "srsName";
    case Kind::access_restriction:
      return none && local == "relationship";
    case Kind::xhtml_meta:
      return any({"name", "content"});
    case Kind::feedburner_flare:
      return any({"href", "src"});
    case Kind::feedburner_info:
      return none && local == "uri";
    case Kind::cf_sort:
      return any({"data-type", "default", "element", "label", "ns"});
    case Kind::cf_group:
      return any({"element", "label", "ns"});
    case Kind::media_group:
    case Kind::itunes_owner:
    case Kind::sx_conflicts:
    case Kind::geo_point:
    case Kind::georss_where:
    case Kind::gml_exterior:
    case Kind::cf_listinfo:
    case Kind::plain:
      return false;
    default:
      known = false;
      return false;
  }
}

bool run_ext_check(Walker& w, Frame& f, Check check, std::string_view value,
                   std::string_view element, std::string_view parent) {
  static_cast<void>(element);
  static_cast<void>(parent);
  switch (check) {
    case Check::gml_pos: {
      // [-+]?\d+\.?\d*[ ,][-+]?\d+\.?\d*
      const auto sep = value.find_first_of(" ,");
      double a = 0;
      double b = 0;
      if (sep == std::string_view::npos || !parse_float(value.substr(0, sep), a) ||
          !parse_float(value.substr(sep + 1), b)) {
        w.log("InvalidCoord", f, Params().value(value));
        return false;
      }
      if (value[sep] == ',') w.log("CoordComma", f, Params().value(value));
      return true;
    }
    case Check::gml_pos_list: {
      std::string v(value);
      if (v.find(',') != std::string::npos) {
        w.log("CoordComma", f, Params().value(value));
        for (char& c : v) c = c == ',' ? ' ' : c;
      }
      std::size_t count = 0;
      std::size_t i = 0;
      while (i < v.size()) {
        while (i < v.size() && is_xml_space(v[i])) ++i;
        const std::size_t start = i;
        while (i < v.size() && !is_xml_space(v[i])) ++i;
        if (i == start) break;
        double d = 0;
        if (!parse_float(std::string_view(v).substr(start, i - start), d)) {
          w.log("InvalidCoordList", f, Params().value(value));
          return false;
        }
        ++count;
      }
      if (count < 3 || count % 2 == 1) {
        w.log("InvalidCoordList", f, Params().value(value));
        return false;
      }
      return true;
    }
    case Check::nss: {
      bool ok = !value.empty();
      for (std::size_t i = 0; i < value.size() && ok; ++i) {
        const char c = value[i];
        if (is_alpha(c) || is_digit(c) ||
            std::string_view("()+,-.:=@;$_!*'/?#").find(c) != std::string_view::npos)
          continue;
        ok = c == '%' && i + 2 < value.size() && is_hex_digit(value[i + 1]) &&
             is_hex_digit(value[i + 2]);
        i += 2;
      }
      if (!ok) w.log("InvalidNSS", f, Params().element(element).parent(parent));
      return ok;
    }
    default:
      return true;
  }
}

}  // namespace feedpp::detail
