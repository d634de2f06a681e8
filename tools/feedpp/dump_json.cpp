// SPDX-License-Identifier: MIT
// The reader's view (feedpp::view()) printed as the JSON of docs/dump-schema.md. What a field
// holds and which source wins is the library's; this file only lays the view out.
#include "dump_json.hpp"

#include <feedpp/feedpp.hpp>

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

#include "json_writer.hpp"

namespace feedpp_cli {
namespace {

using feedpp::CategoryView;
using feedpp::Date;
using feedpp::Extension;
using feedpp::LinkView;
using feedpp::PersonView;
using feedpp::TextView;

class Printer {
 public:
  Printer(const feedpp::ParseResult& result, const feedpp::ViewOptions& options)
      : result_(result), options_(options) {}

  // One item's object alone, for a dump whose items are printed as they are read.
  std::string item_only(const feedpp::Feed& feed, const feedpp::Item& it) {
    item(feedpp::view_item(feed, it, options_));
    return j_.str();
  }

  std::string run() {
    const feedpp::Feed& feed = result_.feed;
    j_.begin_object();
    j_.key("format");
    j_.value(feedpp::to_string(feed.format));
    j_.key("encoding");
    j_.value(result_.encoding);
    j_.key("bozo");
    j_.value(result_.has_errors());
    diagnostics();
    j_.key("feed");
    channel(feedpp::view_channel(feed, options_));
    j_.key("items");
    j_.begin_array();
    for (const feedpp::Item& item : feed.items) {
      this->item(feedpp::view_item(feed, item, options_));
    }
    j_.end_array();
    j_.end_object();
    return j_.str();
  }

 private:
  void diagnostics() {
    j_.key("diagnostics");
    j_.begin_array();
    for (const feedpp::Diagnostic& d : result_.diagnostics) {
      j_.begin_object();
      j_.key("severity");
      j_.value(d.severity == feedpp::Severity::warning ? "warning" : "error");
      j_.key("kind");
      j_.value(kind(d.code));
      if (d.location.line > 0) {
        j_.key("line");
        j_.value(static_cast<long long>(d.location.line));
        j_.key("column");
        j_.value(static_cast<long long>(d.location.column));
      }
      j_.key("message");
      j_.value(d.message);
      j_.end_object();
    }
    j_.end_array();
  }

  // The schema's exception classes for the diagnostics that have one.
  static std::string kind(feedpp::ErrorCode code) {
    switch (code) {
      case feedpp::ErrorCode::xml_syntax:
      case feedpp::ErrorCode::truncated:
      case feedpp::ErrorCode::undefined_entity:
      case feedpp::ErrorCode::bare_ampersand:
      case feedpp::ErrorCode::invalid_character:
      case feedpp::ErrorCode::junk_before_root:
        return "xml-syntax";
      case feedpp::ErrorCode::encoding_override:
      case feedpp::ErrorCode::invalid_bytes:
        return "encoding-override";
      case feedpp::ErrorCode::encoding_unknown:
        return "encoding-unknown";
      case feedpp::ErrorCode::non_xml_content_type:
        return "non-xml-content-type";
      case feedpp::ErrorCode::undeclared_namespace:
        return "undeclared-namespace";
      default:
        return std::string(feedpp::to_string(code));
    }
  }

  // --- shared types ------------------------------------------------------------------------

  void text(const char* key, const std::optional<TextView>& t) {
    if (!t) return;
    if (key != nullptr) j_.key(key);
    j_.begin_object();
    j_.key("value");
    j_.value(t->value);
    j_.key("type");
    j_.value(t->type);
    j_.key("language");
    if (t->language) {
      j_.value(*t->language);
    } else {
      j_.null();
    }
    j_.member("base", t->base);
    j_.member("src", t->src);
    j_.end_object();
  }

  void date(const char* key, const Date& d) {
    if (d.empty()) return;
    j_.key(key);
    j_.begin_object();
    j_.key("raw");
    j_.value(trim(d.text.empty() && d.value ? feedpp::format_rfc3339(*d.value) : d.text));
    j_.key("utc");
    if (d.value) {
      j_.value(feedpp::format_date(*d.value, feedpp::DateStyle::rfc3339, true));
    } else {
      j_.null();
    }
    j_.end_object();
  }

  void person(const PersonView& p) {
    j_.begin_object();
    j_.member("name", p.name);
    j_.member("email", p.email);
    j_.member("uri", p.uri);
    j_.end_object();
  }

  void people(const char* key, const std::vector<PersonView>& list) {
    if (list.empty()) return;
    j_.key(key);
    j_.begin_array();
    for (const PersonView& p : list) person(p);
    j_.end_array();
  }

  void links(const std::vector<LinkView>& list) {
    if (list.empty()) return;
    j_.key("links");
    j_.begin_array();
    for (const LinkView& l : list) {
      j_.begin_object();
      j_.key("href");
      j_.value(l.href);
      j_.key("rel");
      j_.value(l.rel);
      j_.member("type", l.type);
      j_.member("title", l.title);
      j_.member("hreflang", l.hreflang);
      j_.member("length", l.length);
      j_.end_object();
    }
    j_.end_array();
  }

  void categories(const std::vector<CategoryView>& list) {
    if (list.empty()) return;
    j_.key("categories");
    j_.begin_array();
    for (const CategoryView& c : list) {
      j_.begin_object();
      for (const auto& [k, v] : {std::pair<const char*, const std::string&>{"term", c.term},
                                 {"scheme", c.scheme},
                                 {"label", c.label}}) {
        j_.key(k);
        if (v.empty()) {
          j_.null();
        } else {
          j_.value(v);
        }
      }
      j_.end_object();
    }
    j_.end_array();
  }

  void generator(const std::optional<feedpp::Generator>& g) {
    if (!g) return;
    j_.key("generator");
    j_.begin_object();
    j_.member("name", g->name);
    j_.member("uri", g->uri);
    j_.member("version", g->version);
    j_.end_object();
  }

  void image(const std::optional<feedpp::ImageView>& image) {
    if (!image) return;
    j_.key("image");
    j_.begin_object();
    j_.member("url", image->url);
    j_.member("title", image->title);
    j_.member("link", image->link);
    number("width", image->width);
    number("height", image->height);
    j_.member("description", image->description);
    j_.end_object();
  }

  // A number written as text: a JSON number when it is one.
  void number(const char* key, const std::string& text) {
    if (text.empty()) return;
    j_.key(key);
    long long n = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (error == std::errc() && end == text.data() + text.size()) {
      j_.value(n);
    } else {
      j_.value(text);
    }
  }

  void itunes(const feedpp::ItunesView& i) {
    if (!i.block && !i.has_explicit && i.duration.empty()) return;
    j_.key("itunes");
    j_.begin_object();
    if (i.block) {
      j_.key("block");
      j_.value(*i.block);
    }
    if (i.has_explicit) {
      j_.key("explicit");
      if (i.explicit_content) {
        j_.value(*i.explicit_content);
      } else {
        j_.null();
      }
    }
    j_.member("duration", i.duration);
    j_.end_object();
  }

  // Elements the view does not fold: {prefix: {name: [{value, attrs}]}}, first seen first.
  void extensions(const std::vector<Extension>& list) {
    if (list.empty()) return;
    std::vector<std::string> prefixes;
    for (const Extension& e : list) {
      if (std::find(prefixes.begin(), prefixes.end(), e.prefix) == prefixes.end()) {
        prefixes.push_back(e.prefix);
      }
    }
    j_.key("extensions");
    j_.begin_object();
    for (const std::string& prefix : prefixes) {
      j_.key(prefix);
      j_.begin_object();
      std::vector<std::string> names;
      for (const Extension& e : list) {
        if (e.prefix == prefix && std::find(names.begin(), names.end(), e.name) == names.end()) {
          names.push_back(e.name);
        }
      }
      for (const std::string& name : names) {
        j_.key(name);
        j_.begin_array();
        for (const Extension& e : list) {
          if (e.prefix == prefix && e.name == name) extension(e);
        }
        j_.end_array();
      }
      j_.end_object();
    }
    j_.end_object();
  }

  void extension(const Extension& e) {
    j_.begin_object();
    j_.key("value");
    j_.value(trim(text_of(e)));
    if (!e.attributes.empty()) {
      j_.key("attrs");
      j_.begin_object();
      for (const feedpp::Attribute& a : e.attributes) {
        j_.key(a.prefix.empty() ? a.name : a.prefix + ":" + a.name);
        j_.value(a.value);
      }
      j_.end_object();
    }
    j_.end_object();
  }

  // --- channel and item --------------------------------------------------------------------

  void channel(const feedpp::ChannelView& c) {
    j_.begin_object();
    text("title", c.title);
    text("subtitle", c.subtitle);
    text("summary", c.summary);
    text("rights", c.rights);
    text("info", c.info);
    j_.member("link", c.link);
    links(c.links);
    j_.member("id", c.id);
    j_.member("language", c.language);
    date("updated", c.updated);
    date("published", c.published);
    date("created", c.created);
    date("validity_start", c.validity_start);
    date("validity_end", c.validity_end);
    people("authors", c.authors);
    people("contributors", c.contributors);
    if (c.publisher) {
      j_.key("publisher");
      person(*c.publisher);
    }
    categories(c.categories);
    generator(c.generator);
    image(c.image);
    j_.member("icon", c.icon);
    j_.member("logo", c.logo);
    j_.member("docs", c.docs);
    j_.member("ttl", c.ttl);
    if (c.cloud) {
      j_.key("cloud");
      j_.begin_object();
      j_.member("domain", c.cloud->domain);
      j_.member("port", c.cloud->port);
      j_.member("path", c.cloud->path);
      j_.member("register_procedure", c.cloud->register_procedure);
      j_.member("protocol", c.cloud->protocol);
      j_.end_object();
    }
    if (c.text_input) {
      j_.key("text_input");
      j_.begin_object();
      j_.member("title", c.text_input->title);
      j_.member("description", c.text_input->description);
      j_.member("name", c.text_input->name);
      j_.member("link", c.text_input->link);
      j_.end_object();
    }
    j_.member("new_feed_url", c.new_feed_url);
    itunes(c.itunes);
    extensions(c.elements);
    j_.end_object();
  }

  void item(const feedpp::ItemView& it) {
    j_.begin_object();
    text("title", it.title);
    j_.member("link", it.link);
    links(it.links);
    j_.member("id", it.id);
    if (it.guid_is_permalink) {
      j_.key("guid_is_permalink");
      j_.value(*it.guid_is_permalink);
    }
    text("summary", it.summary);
    if (!it.content.empty()) {
      j_.key("content");
      j_.begin_array();
      for (const TextView& c : it.content) text(nullptr, c);
      j_.end_array();
    }
    people("authors", it.authors);
    people("contributors", it.contributors);
    if (it.publisher) {
      j_.key("publisher");
      person(*it.publisher);
    }
    categories(it.categories);
    date("published", it.published);
    date("updated", it.updated);
    date("created", it.created);
    date("expired", it.expired);
    date("validity_start", it.validity_start);
    date("validity_end", it.validity_end);
    text("rights", it.rights);
    j_.member("language", it.language);
    j_.member("comments", it.comments);
    j_.member("wfw_comment", it.wfw_comment);
    j_.member("wfw_comment_rss", it.wfw_comment_rss);
    if (it.source) source(*it.source);
    itunes(it.itunes);
    image(it.image);
    text("subtitle", it.subtitle);
    media(it.media);
    where(it.where);
    chapters(it.chapters);
    extensions(it.elements);
    j_.end_object();
  }

  void source(const feedpp::SourceView& s) {
    j_.key("source");
    j_.begin_object();
    text("title", s.title);
    j_.member("url", s.url);
    j_.member("id", s.id);
    links(s.links);
    date("updated", s.updated);
    people("authors", s.authors);
    text("subtitle", s.subtitle);
    text("rights", s.rights);
    generator(s.generator);
    j_.member("icon", s.icon);
    j_.member("logo", s.logo);
    people("contributors", s.contributors);
    categories(s.categories);
    j_.end_object();
  }

  // --- vocabularies ------------------------------------------------------------------------

  void media(const feedpp::MediaView& m) {
    if (m.empty()) return;
    j_.key("media");
    j_.begin_object();
    if (!m.credits.empty()) {
      j_.key("credits");
      j_.begin_array();
      for (const feedpp::MediaCredit& c : m.credits) {
        j_.begin_object();
        j_.member("role", c.role);
        j_.member("scheme", c.scheme);
        j_.key("value");
        j_.value(trim(c.value));
        j_.end_object();
      }
      j_.end_array();
    }
    if (m.restriction) {
      j_.key("restriction");
      j_.begin_object();
      j_.member("relationship", m.restriction->relationship);
      j_.member("type", m.restriction->type);
      j_.key("values");
      j_.begin_array();
      for (std::string_view rest = m.restriction->value; !rest.empty();) {
        rest = trim(rest);
        const auto space = rest.find_first_of(" \t\r\n");
        if (!rest.empty()) j_.value(rest.substr(0, space));
        if (space == std::string_view::npos) break;
        rest.remove_prefix(space);
      }
      j_.end_array();
      j_.end_object();
    }
    if (m.license) {
      j_.key("license");
      j_.begin_object();
      j_.member("type", m.license->type);
      j_.member("href", m.license->href);
      j_.key("value");
      j_.value(trim(m.license->value));
      j_.end_object();
    }
    if (m.rating) {
      j_.key("rating");
      j_.begin_object();
      j_.member("scheme", m.rating->scheme);
      j_.key("value");
      j_.value(trim(m.rating->value));
      j_.end_object();
    }
    if (m.player) {
      j_.key("player");
      j_.begin_object();
      j_.member("url", m.player->url);
      j_.member("width", m.player->width.text);
      j_.member("height", m.player->height.text);
      attributes(m.player->attributes);
      j_.end_object();
    }
    if (!m.thumbnails.empty()) {
      j_.key("thumbnails");
      j_.begin_array();
      for (const feedpp::MediaThumbnail& t : m.thumbnails) {
        j_.begin_object();
        j_.member("url", t.url);
        j_.member("width", t.width.text);
        j_.member("height", t.height.text);
        j_.member("time", t.time);
        attributes(t.attributes);
        j_.end_object();
      }
      j_.end_array();
    }
    if (!m.contents.empty()) {
      j_.key("contents");
      j_.begin_array();
      for (const feedpp::MediaContent& c : m.contents) content(c);
      j_.end_array();
    }
    j_.end_object();
  }

  void content(const feedpp::MediaContent& c) {
    j_.begin_object();
    j_.member("url", c.url);
    j_.member("file_size", c.file_size.text);
    j_.member("type", c.type);
    j_.member("medium", c.medium);
    j_.member("isDefault", c.is_default.text);
    j_.member("expression", c.expression);
    j_.member("bitrate", c.bitrate.text);
    j_.member("framerate", c.framerate.text);
    j_.member("samplingrate", c.samplingrate.text);
    j_.member("channels", c.channels.text);
    j_.member("duration", c.duration.text);
    j_.member("height", c.height.text);
    j_.member("width", c.width.text);
    j_.member("lang", c.lang);
    attributes(c.attributes);
    j_.end_object();
  }

  // Attributes the vocabulary does not name, as written.
  void attributes(const std::vector<feedpp::Attribute>& list) {
    for (const feedpp::Attribute& a : list) j_.member(a.name, a.value);
  }

  void where(const std::optional<feedpp::GeoView>& g) {
    if (!g) return;
    j_.key("where");
    j_.begin_object();
    if (g->type != feedpp::GeoView::Type::none) {
      j_.key("type");
      j_.value(geometry_name(g->type));
      j_.key("coordinates");
      const auto position = [&](const std::vector<double>& p) {
        j_.begin_array();
        for (const double v : p) j_.value(v);
        j_.end_array();
      };
      if (g->type == feedpp::GeoView::Type::point) {
        position(g->positions.front());
      } else {
        const bool polygon = g->type == feedpp::GeoView::Type::polygon;
        if (polygon) j_.begin_array();  // a polygon is a list of rings
        j_.begin_array();
        for (const auto& p : g->positions) position(p);
        j_.end_array();
        if (polygon) j_.end_array();
      }
    }
    j_.end_object();
  }

  static const char* geometry_name(feedpp::GeoView::Type type) {
    switch (type) {
      case feedpp::GeoView::Type::point:
        return "Point";
      case feedpp::GeoView::Type::line_string:
        return "LineString";
      case feedpp::GeoView::Type::polygon:
        return "Polygon";
      case feedpp::GeoView::Type::box:
        return "Box";
      case feedpp::GeoView::Type::none:
        break;
    }
    return "";
  }

  void chapters(const std::optional<feedpp::ChaptersView>& c) {
    if (!c) return;
    j_.key("podlove_chapters");
    j_.begin_object();
    j_.member("version", c->version);
    j_.key("chapters");
    j_.begin_array();
    for (const feedpp::ChapterView& chapter : c->chapters) {
      j_.begin_object();
      j_.member("start", chapter.start);
      if (chapter.start_ms) {
        j_.key("start_ms");
        j_.value(static_cast<long long>(*chapter.start_ms));
      }
      j_.member("title", chapter.title);
      j_.member("href", chapter.href);
      j_.member("image", chapter.image);
      j_.end_object();
    }
    j_.end_array();
    j_.end_object();
  }

  // --- text helpers ------------------------------------------------------------------------

  static std::string_view trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
  }

  // The text of an extension and its descendants, as the schema's "value".
  static std::string text_of(const Extension& e) {
    std::string out = e.text;
    std::vector<std::pair<const Extension*, std::size_t>> stack{{&e, 0}};
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      if (next < node->children.size()) {
        const Extension& child = node->children[next++];
        out += child.text;
        stack.push_back({&child, 0});
        continue;
      }
      const Extension* done = node;
      stack.pop_back();
      if (!stack.empty()) out += done->tail;
    }
    return out;
  }

  const feedpp::ParseResult& result_;
  const feedpp::ViewOptions& options_;
  JsonWriter j_;
};

}  // namespace

std::string dump_json(const feedpp::ParseResult& result, const feedpp::ViewOptions& options) {
  return Printer(result, options).run();
}

std::string dump_json_item(const feedpp::Feed& feed, const feedpp::Item& item,
                           const feedpp::ViewOptions& options) {
  const feedpp::ParseResult none;
  return Printer(none, options).item_only(feed, item);
}

}  // namespace feedpp_cli
