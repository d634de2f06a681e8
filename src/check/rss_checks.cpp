// SPDX-License-Identifier: MIT
// The checks of RSS elements, at their start and end tags: RSS 2.0 and 0.9x (rss, channel, item,
// image, textInput, cloud, enclosure, guid, skipHours, skipDays; RSS 2.0 spec and the RSS
// Advisory Board's profile, as the W3C validator reads them) and RSS 1.0 (rdf:RDF, items,
// rdf:about, rdf:resource). The root element is here too: what it says the document is.
#include <cstring>
#include <string>

#include "base/ascii.hpp"
#include "check/kinds.hpp"
#include "check/namespaces.hpp"
#include "check/values.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kRssBoardSpec = "http://www.rssboard.org/rss-specification";

bool has_attr(const Frame& f, const char* name) { return Walker::attr(f, name) != nullptr; }

void prevalidate_cloud(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  auto required = [&](const char* name) {
    if (!has_attr(f, name)) w.log("MissingAttribute", f, Params().parent(parent).attr(name));
  };
  required("domain");
  const char* port = Walker::attr(f, "port");
  long long n = 0;
  if (port == nullptr) {
    w.log("MissingAttribute", f, Params().parent(parent).attr("port"));
  } else if (!parse_integer(port, n) || n <= 0) {
    w.log("InvalidIntegerAttribute", f, Params().parent(parent).attr("port"));
  }
  required("path");
  required("registerProcedure");
  required("protocol");
}

void prevalidate_enclosure(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  const char* length = Walker::attr(f, "length");
  long long n = 0;
  if (length == nullptr) {
    w.log("MissingAttribute", f, Params().parent(parent).attr("length"));
  } else if (!parse_integer(length, n)) {
    w.log("InvalidIntegerAttribute", f, Params().parent(parent).attr("length"));
  } else if (n == -1) {
    w.log("UseZeroForUnknown", f, Params().parent(f.name).element("length"));
  } else if (n < 0) {
    w.log("InvalidNonNegativeInteger", f, Params().parent(f.name).element("length"));
  }
  const char* type = Walker::attr(f, "type");
  if (type == nullptr) {
    w.log("MissingAttribute", f, Params().parent(parent).attr("type"));
  } else if (!is_mime_type(type)) {
    w.log("InvalidMIMEAttribute", f, Params().parent(parent).attr("type"));
  }
  const char* url = Walker::attr(f, "url");
  if (url == nullptr) {
    w.log("MissingAttribute", f, Params().attr("url"));
  } else {
    if (!is_http_url(url)) {
      w.log("InvalidURLAttribute", f, Params().parent(f.name).element("url").value(url));
    }
    if (!w.is_root(f)) note_enclosure(w, w.parent_of(f), url);
  }
}

void prevalidate_rss_root(Walker& w, Frame& f) {
  w.set_feed_type(FeedType::rss2);
  f.version = "2.0";
  const char* version = Walker::attr(f, "version");
  const Params where = Params().parent("root").element(f.name);
  if (version == nullptr) {
    w.log("MissingAttribute", f, Params(where).attr("version"));
    return;
  }
  f.version = version;
  if (w.has_valid_doctype()) {
    if (f.version != "0.91") w.log("InvalidDoctype", f, Params(where).attr("version"));
  } else if (f.version != "0.91" && f.version != "0.92" && f.version != "2.0") {
    w.log("InvalidRSSVersion", f, Params(where).value(f.version));
  }
}

void validate_channel(Walker& w, Frame& f) {
  const auto missing = [&](std::string_view code, std::string_view element) {
    if (!f.children.has(element)) w.log(code, f, Params().parent(f.name).element(element));
  };
  missing("MissingDescription", "description");
  missing("MissingLink", "link");
  missing("MissingTitle", "title");
  if (!f.children.has("dc_language") && !f.children.has("language") && !f.has_lang) {
    w.log("MissingDCLanguage", f, Params().parent(f.name).element("language"));
  }
  for (std::string_view e : {"image", "textInput", "skipHours", "skipDays"}) {
    if (f.children.count(e) > 1) w.log("DuplicateElement", f, Params().parent(f.name).element(e));
  }
  if (const char* about = w.attr_ns(f, kRdfNs, "about")) {
    check_uri(w, f, about, UriRule::rfc2396, "InvalidLink", f.name, w.parent_name(f), "rdf:about");
    if (!f.children.has("items")) {
      w.log("MissingElement", f, Params().parent(f.name).element("items"));
    }
  }
  const Frame& rss = w.parent_of(f);
  if (rss.kind == Kind::rss && rss.version == "2.0") {
    bool self = false;
    for (const LinkInfo& link : f.links) self = self || link.rel == "self";
    if (!self) w.log("MissingAtomSelfLink", f, Params());
  }
  if (f.itunes) validate_itunes_channel(w, f);
  // RSS Advisory Board feeds may use extension attributes: don't warn about those.
  if (f.docs == kRssBoardSpec) w.drop("UseOfExtensionAttr");
}

void validate_item(Walker& w, Frame& f) {
  if (f.kind == Kind::rss10_item) {
    for (std::string_view e : {"link", "title"}) {
      if (!f.children.has(e)) w.log("MissingElement", f, Params().parent(f.name).element(e));
    }
    return;
  }
  if (!f.children.has("title") && !f.children.has("description")) {
    w.log("ItemMustContainTitleOrDescription", f, Params());
  }
  if (!f.children.has("guid") && w.feed_type() == FeedType::rss2) {
    const Frame* rss = w.rss_of(f);
    if (rss != nullptr && rss->version.substr(0, 2) == "2.") {
      w.log("MissingGuid", f, Params().parent(f.name).element("guid"));
    }
  }
  if (f.children.has("slash_comments") && w.feed_type() == FeedType::rss2 &&
      !w.parent_of(f).children.has("lastBuildDate")) {
    w.log("SlashDate", f, Params());
  }
}

void validate_image(Walker& w, Frame& f) {
  if (f.kind == Kind::image) {
    if (!Walker::blank(f.value)) {
      w.log("UnexpectedText", f, Params().parent(w.parent_name(f)).element("image"));
    }
    if (w.attr_ns(f, kRdfNs, "resource") != nullptr) return;  // RSS 1.0
  }
  const Params where = Params().parent(f.name);
  if (!f.children.has("title")) w.log("MissingTitle", f, Params(where).element("title"));
  if (f.kind == Kind::rss10_image && !f.children.has("link")) {
    w.log("MissingLink", f, Params(where).element("link"));
  }
  if (!f.children.has("url")) w.log("MissingElement", f, Params(where).element("url"));
  if (f.kind == Kind::rss10_image || w.attr_ns(f, kRdfNs, "parseType") != nullptr) return;
  if (!f.children.has("link")) w.log("MissingLink", f, Params(where).element("link"));
}

void validate_text_input(Walker& w, Frame& f) {
  const Params where = Params().parent(f.name);
  if (!f.children.has("title")) w.log("MissingTitle", f, Params(where).element("title"));
  if (!f.children.has("link")) w.log("MissingLink", f, Params(where).element("link"));
  if (!f.children.has("description")) {
    w.log("MissingDescription", f, Params(where).element("description"));
  }
  if (!f.children.has("name")) w.log("MissingElement", f, Params(where).element("name"));
}

// RSS 2.0: a guid is a permalink unless isPermaLink="false", and then must be a full URL.
void validate_guid(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  bool permalink = true;
  if (const char* p = Walker::attr(f, "isPermaLink")) {
    if (std::strcmp(p, "true") != 0 && std::strcmp(p, "false") != 0) {
      w.log("InvalidBooleanAttribute", f, Params().parent(parent).attr("isPermaLink"));
    }
    permalink = std::strcmp(p, "true") == 0;
  }
  if (permalink) {
    if (!check_uri(w, f, f.value, UriRule::rfc2396_full, "InvalidHttpGUID", f.name, parent)) return;
    if ((f.value.size() >= 4 && iequals(std::string_view(f.value).substr(0, 4), "tag:")) ||
        (f.value.size() >= 9 && iequals(std::string_view(f.value).substr(0, 9), "urn:uuid:"))) {
      w.log("InvalidPermalink", f, Params().parent(parent));
    }
    return;
  }
  bool digits = !f.value.empty();
  for (char c : f.value) digits = digits && is_digit(c);
  if (f.value.size() < 9 && digits) {
    w.log("NotSufficientlyUnique", f, Params().parent(parent).value(f.value));
  }
}

void validate_skip(Walker& w, Frame& f) {
  const bool hours = f.kind == Kind::skip_hours;
  if (!f.children.has(hours ? "hour" : "day")) {
    w.log("MissingElement", f, Params().parent(f.name).element(hours ? "hour" : "day"));
  }
  if (hours && f.children.total() > 24) w.log("NotEnoughHoursInTheDay", f, Params());
  if (!hours && f.children.total() > 7) w.log("EightDaysAWeek", f, Params());
}

void validate_rdf_resource(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  if (const char* r = w.attr_ns(f, kRdfNs, "resource")) {
    check_uri(w, f, r, UriRule::rfc2396, "InvalidLink", f.name, parent);
  } else if (w.feed_type() == FeedType::rss1) {
    w.log("MissingAttribute", f, Params().parent(parent).attr("rdf:resource"));
  }
}

}  // namespace

void start_root(Walker& w, Frame& root, const pugi::xml_node& node, std::string_view uri,
                std::string_view local) {
  static_cast<void>(root);
  const std::size_t at = w.offset_of(node);
  if (local == "rss" && !uri.empty()) {
    w.log_at("InvalidNamespace", at, Params().parent("root").element(local).with("namespace", uri));
    w.add_default_namespace(uri);
  }
  if (local == "feed" || local == "entry") {
    for (const char* prefix : {"atom", "xhtml"}) {
      if (node.attribute((std::string("xmlns:") + prefix).c_str())) {
        w.log_at("AvoidNamespacePrefix", at, Params().with("prefix", prefix));
      }
    }
    if (uri == kAtom03Ns) {
      w.log_at("ObsoleteNamespace", at, Params().element("feed"));
      w.add_default_namespace(kAtom03Ns);
      w.set_feed_type(FeedType::atom);
    } else if (uri.empty()) {
      w.log_at("MissingNamespace", at, Params().parent("root").element(local));
    } else {
      w.set_feed_type(local == "feed" ? FeedType::atom : FeedType::atom_entry);
      w.add_default_namespace(kAtomNs);
      if (uri != kAtomNs) {
        w.log_at("InvalidNamespace", at,
                 Params().parent("root").element(local).with("namespace", uri));
        w.add_default_namespace(uri);
      }
    }
  }
  if (local == "Channel") {
    if (uri.empty()) {
      w.log_at("MissingNamespace", at, Params().parent("root").element(local));
    } else if (uri != kRss11Ns) {
      w.log_at("InvalidNamespace", at,
               Params().parent("root").element(local).with("namespace", uri));
    } else {
      w.add_default_namespace(uri);
      w.set_feed_type(FeedType::rss1);
    }
  }
  if (local == "RDF" && uri == kRdfNs) w.add_default_namespace(kRss10Ns);
}

void unknown_root(Walker& w, Frame& root, const pugi::xml_node& node, std::string_view uri,
                  std::string_view local) {
  static_cast<void>(root);
  const std::size_t at = w.offset_of(node);
  if (uri == "http://example.com/newformat#" || uri == kAtom03Ns) {
    w.log_at("ObsoleteNamespace", at, Params().element(local).with("namespace", uri));
  } else if (local == "feed") {
    w.log_at("InvalidNamespace", at, Params().element(local).with("namespace", uri));
  } else {
    w.log_at("UndefinedElement", at, Params().parent("root").element(local));
  }
}

void prevalidate_rss(Walker& w, Frame& f) {
  switch (f.kind) {
    case Kind::rss:
      prevalidate_rss_root(w, f);
      break;
    case Kind::rdf:
      w.set_feed_type(FeedType::rss1);
      break;
    case Kind::channel:
    case Kind::rss10_channel:
    case Kind::rss090_channel:
      if (const char* index = w.attr_ns(f, kIndexingNs, "index")) {
        run_check(w, f, Check::yesno, index, "indexing:index", f.name);
      }
      if (f.kind == Kind::rss10_channel) {
        if (const char* about = w.attr_ns(f, kRdfNs, "about")) w.note_about(about);
      }
      break;
    case Kind::rss10_item:
      if (const char* about = w.attr_ns(f, kRdfNs, "about")) {
        if (!w.note_about(about)) {
          w.log("DuplicateValue", f, Params().parent(f.name).element("rdf:about").value(about));
        }
      }
      break;
    case Kind::cloud:
      prevalidate_cloud(w, f);
      break;
    case Kind::enclosure:
      prevalidate_enclosure(w, f);
      break;
    case Kind::rss_source:
      if (const char* url = Walker::attr(f, "url")) {
        check_uri(w, f, url, UriRule::rfc2396_full, "InvalidFullLink", "url", f.name);
      } else {
        w.log("MissingAttribute", f, Params().attr("url"));
      }
      break;
    default:
      break;
  }
}

void validate_rss_kind(Walker& w, Frame& f) {
  switch (f.kind) {
    case Kind::rss:
      if (!f.children.has("channel")) {
        w.log("MissingElement", f, Params().parent(f.name).element("channel"));
      }
      break;
    case Kind::channel:
    case Kind::rss10_channel:
    case Kind::rss090_channel:
      validate_channel(w, f);
      break;
    case Kind::item:
    case Kind::rss10_item:
      validate_item(w, f);
      break;
    case Kind::image:
    case Kind::rss10_image:
      validate_image(w, f);
      break;
    case Kind::text_input:
      validate_text_input(w, f);
      break;
    case Kind::skip_hours:
    case Kind::skip_days:
      validate_skip(w, f);
      break;
    case Kind::guid:
      validate_guid(w, f);
      break;
    case Kind::rss_source:
    case Kind::rss_category:
      run_check(w, f, Check::nonhtml, f.value, f.name, w.parent_name(f));
      break;
    case Kind::rdf:
      if (!f.children.has("channel") && !f.children.has("rss090_channel")) {
        w.log("MissingElement", f, Params().parent(colon_name(f.name)).element("channel"));
      }
      break;
    case Kind::rdf_resource:
      validate_rdf_resource(w, f);
      break;
    case Kind::l_permalink:
    case Kind::l_link:
      if (const char* type = w.attr_ns(f, kLinkModuleNs, "type")) {
        if (f.kind == Kind::l_permalink || std::strchr(type, ':') == nullptr) {
          run_check(w, f, Check::mime_type, type, "l:type", f.name);
        }
      }
      validate_rdf_resource(w, f);
      break;
    default:
      break;
  }
}

bool rss_expects(Walker& w, const Frame& f, std::string_view uri, std::string_view local,
                 bool& known) {
  static_cast<void>(w);
  known = true;
  const bool none = uri.empty();
  const bool rdf = uri == kRdfNs;
  switch (f.kind) {
    case Kind::rss:
      return none && local == "version";
    case Kind::channel:
    case Kind::rss090_channel:
      return uri == kIndexingNs && local == "index";
    case Kind::rss10_channel:
      return (rdf && local == "about") || (uri == kIndexingNs && local == "index");
    case Kind::rss10_item:
    case Kind::text_input:
      return rdf && local == "about";
    case Kind::image:
      return rdf && (local == "resource" || local == "about" || local == "parseType");
    case Kind::cloud:
      return none && (local == "domain" || local == "path" || local == "registerProcedure" ||
                      local == "protocol" || local == "port");
    case Kind::enclosure:
      return none && (local == "url" || local == "length" || local == "type");
    case Kind::guid:
      return none && local == "isPermaLink";
    case Kind::rss_source:
      return none && local == "url";
    case Kind::rss_category:
      return none && local == "domain";
    case Kind::items:
      return rdf && local == "parseType";
    case Kind::rdf_li:
      return (none || rdf) && local == "resource";
    case Kind::rdf_resource:
      return (rdf && local == "resource") ||
             (uri == "http://purl.org/dc/elements/1.1/" && local == "title");
    case Kind::l_permalink:
      return (rdf && local == "resource") || (uri == kLinkModuleNs && local == "type");
    case Kind::l_link:
      return (rdf && local == "resource") ||
             (uri == kLinkModuleNs &&
              (local == "lang" || local == "rel" || local == "type" || local == "title"));
    case Kind::root:
    case Kind::item:
    case Kind::rss10_image:
    case Kind::skip_hours:
    case Kind::skip_days:
    case Kind::rdf:
    case Kind::rdf_seq:
    case Kind::content_items:
    case Kind::content_bag:
    case Kind::content_li:
    case Kind::content_item:
      return false;
    default:
      known = false;
      return false;
  }
}

bool run_special_check(Walker& w, Frame& f, Check check, std::string_view value,
                       std::string_view element, std::string_view parent) {
  const Frame* channel =
      w.is_root(f) || w.is_root(w.parent_of(f)) ? nullptr : &w.parent_of(w.parent_of(f));
  const Params where = Params().parent(parent).element(element);
  switch (check) {
    case Check::image_link:
      check_uri(w, f, value, UriRule::rfc2396_full, "InvalidFullLink", element, parent);
      if (channel != nullptr && !channel->link.empty() && channel->link != value) {
        w.log("ImageLinkDoesntMatch", f, where);
      }
      return true;
    case Check::image_url: {
      check_uri(w, f, value, UriRule::rfc2396_full, "InvalidFullLink", element, parent);
      const auto dot = value.rfind('.');
      std::string ext;
      for (char c : value.substr(dot == std::string_view::npos ? 0 : dot + 1)) {
        ext += ascii_lower(c);
      }
      bool word = !ext.empty();
      for (char c : ext) word = word && (is_alpha(c) || is_digit(c) || c == '_');
      if (word && ext != "jpg" && ext != "jpeg" && ext != "gif" && ext != "png") {
        w.log("ImageUrlFormat", f, where);
      }
      return true;
    }
    case Check::image_title:
      if (Walker::blank(value)) {
        w.log("NotBlank", f, where);
      } else {
        run_check(w, f, Check::nonhtml, value, element, parent);
      }
      if (channel != nullptr && !channel->title.empty() && channel->title != value) {
        w.log("ImageTitleDoesntMatch", f, where);
      }
      return true;
    case Check::image_width:
    case Check::image_height: {
      const bool width = check == Check::image_width;
      long long n = 0;
      if (!parse_integer(value, n) || n <= 0 || n > (width ? 144 : 400)) {
        w.log(width ? "InvalidWidth" : "InvalidHeight", f, Params(where).value(value));
        return false;
      }
      return true;
    }
    case Check::day: {
      constexpr std::string_view kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                            "Friday", "Saturday", "Sunday"};
      Frame& days = w.parent_of(f);
      for (std::size_t i = 0; i < 7; ++i) {
        if (value != kDays[i]) continue;
        if (days.slots[i]) {
          w.log("DuplicateValue", f, Params(where).value(value));
          return false;
        }
        days.slots[i] = true;
        return true;
      }
      w.log("InvalidDay", f, Params(where).value(value));
      return false;
    }
    case Check::hour: {
      Frame& hours = w.parent_of(f);
      long long h = 0;
      const bool is_int = parse_integer(value, h);
      if (is_int && h >= 0 && h <= 24 &&
          (hours.slots[static_cast<std::size_t>(h)] ||
           ((h == 0 || h == 24) && hours.slots[static_cast<std::size_t>(24 - h)]))) {
        w.log("DuplicateValue", f, Params(where).value(value));
      }
      if (!is_int || h < 0 || h > 23) {
        w.log(value == "24" ? "UseZeroForMidnight" : "InvalidHour", f, Params(where).value(value));
        return false;
      }
      hours.slots[static_cast<std::size_t>(h)] = true;
      return true;
    }
    default:
      return run_ext_check(w, f, check, value, element, parent);
  }
}

}  // namespace feedpp::detail
