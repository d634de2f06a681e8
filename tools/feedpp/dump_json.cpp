// SPDX-License-Identifier: MIT
#include "dump_json.hpp"

#include <feedpp/feedpp.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <initializer_list>
#include <optional>
#include <vector>

#include "json_writer.hpp"

namespace feedpp_cli {
namespace {

using feedpp::Channel;
using feedpp::Content;
using feedpp::Date;
using feedpp::Extension;
using feedpp::Feed;
using feedpp::Format;
using feedpp::Item;
using feedpp::Link;
using feedpp::Person;
using feedpp::Text;
using feedpp::TextKind;

// --- small helpers -------------------------------------------------------------------------

std::string_view trim(std::string_view s) {
  const auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && ws(s.back())) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Namespace URIs of the modules the view folds in (compared without regard to case).
using Uris = std::initializer_list<std::string_view>;
const Uris kItunes = {"http://www.itunes.com/dtds/podcast-1.0.dtd",
                      "http://example.com/dtds/podcast-1.0.dtd"};
const Uris kMedia = {"http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss"};
const Uris kDc = {"http://purl.org/dc/elements/1.1/", "http://purl.org/dc/elements/1.0/"};
const Uris kDcTerms = {"http://purl.org/dc/terms/"};
const Uris kAtom = {"http://www.w3.org/2005/atom", "http://purl.org/atom/ns#"};
const Uris kWfw = {"http://wellformedweb.org/commentapi/"};
const Uris kLicense = {"http://web.resource.org/cc/",
                       "http://backend.userland.com/creativecommonsrssmodule",
                       "http://cyber.law.harvard.edu/rss/creativecommonsrssmodule.html"};
const Uris kXhtml = {"http://www.w3.org/1999/xhtml"};
const Uris kGeoRss = {"http://www.georss.org/georss"};
const Uris kGml = {"http://www.opengis.net/gml"};
const Uris kGeo = {"http://www.w3.org/2003/01/geo/wgs84_pos#"};
const Uris kPsc = {"http://podlove.org/simple-chapters"};
const Uris kFeedburner = {"http://rssnamespace.org/feedburner/ext/1.0"};
const Uris kNone = {""};

bool in(const Extension& e, const Uris& uris) {
  const std::string ns = lower(e.ns);
  return std::any_of(uris.begin(), uris.end(), [&](std::string_view u) { return ns == u; });
}

// Element names compare without regard to case, as feedparser folds them.
bool named(const Extension& e, std::string_view name) { return lower(e.name) == lower(name); }

const Extension* find(const std::vector<Extension>& list, const Uris& uris, std::string_view name) {
  for (const Extension& e : list) {
    if (named(e, name) && in(e, uris)) return &e;
  }
  return nullptr;
}

// The last of several: feedparser keeps the last value of a repeated element.
const Extension* find_last(const std::vector<Extension>& list, const Uris& uris,
                           std::string_view name) {
  const Extension* found = nullptr;
  for (const Extension& e : list) {
    if (named(e, name) && in(e, uris)) found = &e;
  }
  return found;
}

std::vector<const Extension*> find_all(const std::vector<Extension>& list, const Uris& uris,
                                       std::string_view name) {
  std::vector<const Extension*> out;
  for (const Extension& e : list) {
    if (named(e, name) && in(e, uris)) out.push_back(&e);
  }
  return out;
}

std::string_view attribute(const Extension& e, std::string_view name) {
  for (const feedpp::Attribute& a : e.attributes) {
    if (a.name == name && (a.ns.empty() || a.name == "lang" || a.name == "base")) return a.value;
  }
  return {};
}

// The text of an extension element and its descendants.
std::string all_text(const Extension& e) {
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

void escape_into(std::string& out, std::string_view s, bool attribute) {
  for (const char c : s) {
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '"' && attribute) {
      out += "&quot;";
    } else {
      out += c;
    }
  }
}

// The children of an extension serialized as markup (for text constructs kept as extensions).
std::string markup(const Extension& e) {
  std::string out;
  escape_into(out, e.text, false);
  struct Frame {
    const Extension* node;
    std::size_t next;
  };
  std::vector<Frame> stack{{&e, 0}};
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next < top.node->children.size()) {
      const Extension& c = top.node->children[top.next++];
      out += '<';
      if (!c.prefix.empty()) out += c.prefix + ":";
      out += c.name;
      for (const feedpp::Attribute& a : c.attributes) {
        out += ' ';
        if (!a.prefix.empty()) out += a.prefix + ":";
        out += a.name + "=\"";
        escape_into(out, a.value, true);
        out += '"';
      }
      out += '>';
      escape_into(out, c.text, false);
      stack.push_back({&c, 0});
      continue;
    }
    const Extension* done = top.node;
    stack.pop_back();
    if (stack.empty()) break;
    out += "</";
    if (!done->prefix.empty()) out += done->prefix + ":";
    out += done->name + ">";
    escape_into(out, done->tail, false);
  }
  return out;
}

std::string mime(std::string_view type, std::string_view unstated) {
  const std::string t = lower(trim(type));
  if (t.empty()) return std::string(unstated);
  if (t == "text" || t == "plain") return "text/plain";  // "plain": Media RSS
  if (t == "html") return "text/html";
  if (t == "xhtml") return "application/xhtml+xml";
  return t;
}

bool is_markup(std::string_view mime_type) {
  return mime_type == "text/html" || mime_type == "application/xhtml+xml";
}

std::string utc(const feedpp::DateTime& dt) {
  return feedpp::format_rfc3339(feedpp::DateTime{dt.utc, std::chrono::minutes{0}});
}

// --- inherited context -----------------------------------------------------------------------

struct Scope {
  std::string base;
  std::optional<std::string> lang;  // nothing: no language in scope
};

Scope inner(const Scope& outer, const std::optional<std::string>& lang, std::string_view base) {
  Scope s = outer;
  if (lang) {
    std::string l(trim(*lang));
    std::replace(l.begin(), l.end(), '_', '-');
    s.lang = l.empty() ? std::nullopt : std::optional<std::string>(l);
  }
  if (!trim(base).empty() && !feedpp::is_script_url(base)) {
    s.base = feedpp::resolve_url(outer.base, base);
  }
  return s;
}

Scope extension_scope(const Scope& outer, const Extension& e) {
  std::optional<std::string> lang;
  std::string_view base;
  for (const feedpp::Attribute& a : e.attributes) {
    if (a.ns == feedpp::ns::kXml && a.name == "lang") lang = a.value;
    if (a.ns == feedpp::ns::kXml && a.name == "base") base = a.value;
  }
  return inner(outer, lang, base);
}

// --- the view --------------------------------------------------------------------------------

class View {
 public:
  View(const feedpp::ParseResult& result, const DocumentContext& context)
      : result_(result), feed_(result.feed), context_(context) {
    rss_ = feed_.format != Format::unknown && feed_.format != Format::atom &&
           feed_.format != Format::atom_0_3 && feed_.format != Format::atom_1_0;
    atom03_ = feed_.format == Format::atom_0_3;
  }

  std::string run() {
    j_.begin_object();
    j_.key("format");
    j_.value(feedpp::to_string(feed_.format));
    j_.key("encoding");
    j_.value(result_.encoding);
    j_.key("bozo");
    j_.value(result_.has_errors());
    diagnostics();
    Scope root{context_.url, std::nullopt};
    if (!context_.content_language.empty()) root.lang = context_.content_language;
    std::optional<std::string> root_lang;
    std::string root_base;
    for (const feedpp::Attribute& a : feed_.attributes) {
      if (a.ns == feedpp::ns::kXml && a.name == "lang") root_lang = a.value;
      if (a.ns == feedpp::ns::kXml && a.name == "base") root_base = a.value;
    }
    root = inner(root, root_lang, root_base);
    const Scope channel_scope = inner(root, feed_.channel.lang, feed_.channel.base);
    j_.key("feed");
    channel(feed_.channel, channel_scope, root_lang);
    j_.key("items");
    j_.begin_array();
    for (const Item& item : feed_.items) this->item(item, channel_scope);
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

  static std::string kind(feedpp::ErrorCode code) {
    switch (code) {
      case feedpp::ErrorCode::xml_syntax:
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

  // A text construct: value (HTML re-serialized with its URLs resolved), type, language, base.
  void text(const char* key, std::string_view value, std::string_view type,
            std::string_view unstated, const Scope& scope) {
    if (key != nullptr) j_.key(key);
    text_object(value, mime(type, unstated), scope, {});
  }

  // {value, type, language, base[, src]}; HTML values re-serialized with URLs resolved.
  void text_object(std::string_view value, const std::string& m, const Scope& scope,
                   std::string_view src) {
    std::string v(trim(value));
    if (is_markup(m) && context_.sanitize) {
      feedpp::SanitizeOptions options;
      options.base_url = scope.base;
      v = std::string(trim(feedpp::sanitize_html(v, options)));
    } else if (is_markup(m)) {
      v = feedpp::resolve_html_urls(v, scope.base);
    }
    j_.begin_object();
    j_.key("value");
    j_.value(v);
    j_.key("type");
    j_.value(m);
    j_.key("language");
    if (scope.lang) {
      j_.value(*scope.lang);
    } else {
      j_.null();
    }
    j_.member("base", scope.base);
    if (!trim(src).empty()) url("src", src, scope);
    j_.end_object();
  }

  void text(const char* key, const Text& t, std::string_view unstated, const Scope& outer) {
    if (is_binary(mime(t.type, ""))) {
      text(key, base64(t.value), t.type, unstated, inner(outer, t.lang, t.base));
    } else {
      text(key, t.value, t.type, unstated, inner(outer, t.lang, t.base));
    }
  }

  // A text construct kept as an extension (Atom 0.3 info, itunes:summary, an Atom source's
  // subtitle, ...).
  void text(const char* key, const Extension& e, std::string_view unstated, const Scope& outer) {
    const Scope scope = extension_scope(outer, e);
    const std::string_view type = attribute(e, "type");
    const Extension* content = &e;
    // Atom 1.0 xhtml: the content is inside one <div>, which is not part of it.
    if (type == "xhtml" && e.children.size() == 1 && e.children[0].name == "div" &&
        trim(e.text).empty() && trim(e.children[0].tail).empty()) {
      content = &e.children[0];
    }
    const bool xhtml = mime(type, "") == "application/xhtml+xml";
    std::string value = content->children.empty() && !xhtml ? content->text : markup(*content);
    if (attribute(e, "mode") == "base64" || is_binary(mime(type, ""))) value = base64(value);
    text(key, value, type, unstated, scope);
  }

  // RFC 4287 §4.1.3.3: content of a type neither text nor XML is base64.
  [[nodiscard]] bool is_binary(std::string_view m) const {
    if (rss_ || m.find('/') == std::string_view::npos || m.substr(0, 5) == "text/" ||
        is_markup(m)) {
      return false;
    }
    return !(m.size() > 4 &&
             (m.substr(m.size() - 4) == "+xml" || m.substr(m.size() - 4) == "/xml"));
  }

  static std::string base64(std::string_view in) {
    static const std::string alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : in) {
      const auto at = alphabet.find(c);
      if (at == std::string::npos) continue;
      buffer = (buffer << 6) | static_cast<unsigned>(at);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
      }
    }
    return out;
  }

  void date(const char* key, const Date& d) {
    if (d.empty()) return;
    j_.key(key);
    j_.begin_object();
    j_.key("raw");
    j_.value(trim(d.text.empty() && d.value ? feedpp::format_rfc3339(*d.value) : d.text));
    j_.key("utc");
    if (d.value) {
      j_.value(utc(*d.value));
    } else {
      j_.null();
    }
    j_.end_object();
  }

  void date(const char* key, const Extension* e) {
    if (e == nullptr) return;
    Date d;
    d.text = e->text;
    d.value = feedpp::parse_date(e->text);
    date(key, d);
  }

  void url(const char* key, std::string_view value, const Scope& scope) {
    if (trim(value).empty()) return;
    j_.key(key);
    j_.value(feedpp::resolve_url(scope.base, value));
  }

  void person(const Person& p, const Scope& scope) {
    Person split = p;
    if (p.email.empty() && p.uri.empty() && p.name.find('@') != std::string::npos) {
      split = feedpp::parse_person(p.name);
    }
    j_.begin_object();
    j_.member("name", trim(split.name));
    j_.member("email", trim(split.email));
    if (!trim(split.uri).empty()) url("uri", split.uri, scope);
    j_.end_object();
  }

  void people(const char* key, const std::vector<Person>& list, const Scope& scope) {
    if (list.empty()) return;
    j_.key(key);
    j_.begin_array();
    for (const Person& p : list) person(p, scope);
    j_.end_array();
  }

  void link(const Link& l, const Scope& scope) {
    j_.begin_object();
    j_.key("href");
    j_.value(feedpp::resolve_url(scope.base, l.href));
    const std::string rel = l.rel.empty() ? "alternate" : std::string(trim(l.rel));
    j_.key("rel");
    j_.value(rel);
    std::string type(trim(l.type));
    if (type.empty()) type = rel == "self" ? "application/atom+xml" : "text/html";
    j_.member("type", type);
    j_.member("title", l.title);
    j_.member("hreflang", l.hreflang);
    j_.member("length", l.length);
    j_.end_object();
  }

  struct Category {
    std::string term;
    std::string scheme;
    std::string label;
  };

  void categories(std::vector<Category> list) {
    if (list.empty()) return;
    j_.key("categories");
    j_.begin_array();
    for (const Category& c : list) {
      j_.begin_object();
      const auto field = [&](const char* k, const std::string& v) {
        j_.key(k);
        if (v.empty()) {
          j_.null();
        } else {
          j_.value(v);
        }
      };
      field("term", c.term);
      field("scheme", c.scheme);
      field("label", c.label);
      j_.end_object();
    }
    j_.end_array();
  }

  // Categories from iTunes (nested categories each count), keywords and Media RSS.
  void module_categories(const std::vector<Extension>& extensions, std::vector<Category>& out) {
    const auto add = [&](Category c) {
      const bool seen = std::any_of(out.begin(), out.end(), [&](const Category& o) {
        return o.term == c.term && o.scheme == c.scheme;
      });
      if (!seen && !c.term.empty()) out.push_back(std::move(c));
    };
    for (const Extension* e : find_all(extensions, kItunes, "category")) {
      add({std::string(attribute(*e, "text")), "http://www.itunes.com/", ""});
      for (const Extension& sub : e->children) {
        if (sub.name == "category") {
          add({std::string(attribute(sub, "text")), "http://www.itunes.com/", ""});
        }
      }
    }
    for (const Extension* e : find_all(extensions, kItunes, "keywords")) {
      std::string_view rest = e->text;
      while (!rest.empty()) {
        const auto comma = rest.find(',');
        add({std::string(trim(rest.substr(0, comma))), "http://www.itunes.com/", ""});
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
      }
    }
    for (const Extension* e : find_all(extensions, kMedia, "category")) {
      std::string scheme(attribute(*e, "scheme"));
      if (scheme.empty()) scheme = "http://search.yahoo.com/mrss/category_schema";
      add({std::string(trim(e->text)), scheme, std::string(attribute(*e, "label"))});
    }
  }

  void itunes(const std::vector<Extension>& extensions, bool is_item) {
    const Extension* block = find(extensions, kItunes, "block");
    const Extension* explicit_ = find(extensions, kItunes, "explicit");
    const Extension* duration = is_item ? find(extensions, kItunes, "duration") : nullptr;
    if (block == nullptr && explicit_ == nullptr && duration == nullptr) return;
    j_.key("itunes");
    j_.begin_object();
    if (block != nullptr) {
      j_.key("block");
      j_.value(block->text == "yes");  // as feedparser: " yes " is not yes
    }
    if (explicit_ != nullptr) {
      j_.key("explicit");
      const std::string v(trim(explicit_->text));
      if (v == "yes" || v == "true" || v == "explicit") {
        j_.value(true);
      } else if (v == "no" || v == "false" || v == "clean") {
        j_.value(false);
      } else {
        j_.null();
      }
    }
    if (duration != nullptr) {
      j_.key("duration");
      j_.value(trim(duration->text));
    }
    j_.end_object();
  }

  // Extensions the view did not fold: {prefix: {name: [{value, attrs}]}}.
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
          if (e.prefix != prefix || e.name != name) continue;
          j_.begin_object();
          j_.key("value");
          j_.value(trim(all_text(e)));
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
        j_.end_array();
      }
      j_.end_object();
    }
    j_.end_object();
  }

  void image(const feedpp::Image& image, const Scope& scope) {
    j_.key("image");
    j_.begin_object();
    if (!trim(image.url).empty()) url("url", image.url, scope);
    j_.member("title", trim(image.title));
    if (!trim(image.link).empty()) url("link", image.link, scope);
    const auto number = [&](const char* key, std::string_view v) {
      v = trim(v);
      if (v.empty()) return;
      char* end = nullptr;
      const std::string s(v);
      const long n = std::strtol(s.c_str(), &end, 10);
      j_.key(key);
      if (end != s.c_str() && *end == '\0') {
        j_.value(static_cast<long long>(n));
      } else {
        j_.value(v);
      }
    };
    number("width", image.width);
    number("height", image.height);
    j_.member("description", trim(image.description));
    j_.end_object();
  }

  // --- feed ------------------------------------------------------------------------------------

  void channel(const Channel& c, const Scope& scope, const std::optional<std::string>& root_lang) {
    const std::vector<Extension>& ext = c.extensions;
    j_.begin_object();
    if (!c.title.empty() || c.order.contains(feedpp::ChannelElement::title)) {
      text("title", c.title, "text/plain", scope);
    }
    const Extension* itunes_subtitle = find(ext, kItunes, "subtitle");
    if (!c.description.empty() || c.order.contains(feedpp::ChannelElement::description)) {
      text("subtitle", c.description, rss_ ? "text/html" : "text/plain", scope);
    } else if (itunes_subtitle != nullptr) {
      text("subtitle", *itunes_subtitle, "text/plain", scope);
    } else if (const Extension* e = find(ext, kDc, "description")) {
      text("subtitle", *e, "text/html", scope);
    }
    if (const Extension* e = find(ext, kItunes, "summary"))
      text("summary", *e, "text/plain", scope);
    if (!c.copyright.empty() || c.order.contains(feedpp::ChannelElement::copyright)) {
      text("rights", c.copyright, "text/plain", scope);
    }
    if (const Extension* e = find(ext, kAtom, "info")) text("info", *e, "text/plain", scope);
    if (const Extension* e = find(ext, kFeedburner, "browserFriendly")) {
      text("info", *e, "text/plain", scope);
    }
    // Links: RSS <link> and the atom:links, in document order.
    std::vector<Link> links;
    const std::string rss_link(trim(c.link));
    bool link_done = false;
    std::size_t next_link = 0;
    for (std::size_t i = 0; i < c.order.size(); ++i) {
      if (c.order[i] == feedpp::ChannelElement::link && !link_done && !rss_link.empty()) {
        links.push_back({rss_link, "alternate", "text/html"});
        link_done = true;
      } else if (c.order[i] == feedpp::ChannelElement::links && next_link < c.links.size()) {
        links.push_back(c.links[next_link++]);
      }
    }
    if (!link_done && !rss_link.empty()) links.push_back({rss_link, "alternate", "text/html"});
    while (next_link < c.links.size()) links.push_back(c.links[next_link++]);
    if (!rss_link.empty()) {
      url("link", rss_link, scope);
    }
    if (!links.empty()) {
      j_.key("links");
      j_.begin_array();
      for (const Link& l : links) link(l, scope);
      j_.end_array();
    }
    if (!trim(c.id).empty()) url("id", c.id, scope);
    // Language: RSS <language>, dc:language, else the root's xml:lang, else HTTP's.
    std::string language(trim(c.language));
    if (language.empty() && c.lang) language = std::string(trim(*c.lang));
    if (language.empty() && root_lang) language = std::string(trim(*root_lang));
    if (language.empty()) language = context_.content_language;
    j_.member("language", language);
    date("updated", c.last_build_date);
    date("published", c.pub_date);
    date("created", find(ext, kDcTerms, "created"));
    if (c.last_build_date.empty()) date("updated", find(ext, kDcTerms, "modified"));
    validity(ext);
    // People.
    std::vector<Person> authors = c.authors;
    if (!trim(c.managing_editor).empty())
      authors.push_back(feedpp::parse_person(c.managing_editor));
    for (const Extension* e : find_all(ext, kNone, "author")) authors.push_back(Person{e->text});
    for (const Extension* e : find_all(ext, kDc, "author")) authors.push_back(Person{e->text});
    for (const Extension* e : find_all(ext, kItunes, "author")) authors.push_back(Person{e->text});
    people("authors", authors, scope);
    std::vector<Person> contributors = c.contributors;
    people("contributors", contributors, scope);
    publisher(c.web_master, ext, scope);
    std::vector<Category> cats;
    for (const feedpp::Category& k : c.categories) cats.push_back({k.term, k.scheme, k.label});
    module_categories(ext, cats);
    categories(cats);
    if (!c.generator.name.empty() || !c.generator.uri.empty()) {
      j_.key("generator");
      j_.begin_object();
      j_.member("name", trim(c.generator.name));
      if (!trim(c.generator.uri).empty()) url("uri", c.generator.uri, scope);
      j_.member("version", c.generator.version);
      j_.end_object();
    }
    const Extension* itunes_image = find(ext, kItunes, "image");
    if (c.image) {
      image(*c.image, scope);
    } else if (itunes_image != nullptr) {
      feedpp::Image img;
      img.url = std::string(attribute(*itunes_image, "href"));
      if (img.url.empty()) img.url = itunes_image->text;
      image(img, scope);
    }
    if (!trim(c.icon).empty()) url("icon", c.icon, scope);
    if (!trim(c.logo).empty()) url("logo", c.logo, scope);
    if (!trim(c.docs).empty()) url("docs", c.docs, scope);
    j_.member("ttl", trim(c.ttl));
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
      j_.member("title", trim(c.text_input->title));
      j_.member("description", trim(c.text_input->description));
      j_.member("name", trim(c.text_input->name));
      if (!trim(c.text_input->link).empty()) url("link", c.text_input->link, scope);
      j_.end_object();
    }
    if (const Extension* e = find(ext, kItunes, "new-feed-url")) {
      url("new_feed_url", e->text, scope);
    } else if (const Extension* r = find(feed_.extensions, kNone, "redirect")) {
      if (const Extension* n = find(r->children, kNone, "newLocation")) {
        url("new_feed_url", n->text, scope);
      }
    }
    itunes(ext, false);
    extensions(ext);
    j_.end_object();
  }

  void validity(const std::vector<Extension>& ext) {
    const Extension* valid = find(ext, kDcTerms, "valid");
    if (valid == nullptr) return;
    // dcterms:valid holds "start=...; end=...".
    std::string_view rest = valid->text;
    while (!rest.empty()) {
      const auto semi = rest.find(';');
      const std::string_view part = trim(rest.substr(0, semi));
      const auto eq = part.find('=');
      if (eq != std::string_view::npos) {
        const std::string_view k = trim(part.substr(0, eq));
        Date d;
        d.text = std::string(trim(part.substr(eq + 1)));
        d.value = feedpp::parse_date(d.text);
        if (k == "start") date("validity_start", d);
        if (k == "end") date("validity_end", d);
      }
      if (semi == std::string_view::npos) break;
      rest.remove_prefix(semi + 1);
    }
  }

  void publisher(const std::string& web_master, const std::vector<Extension>& ext,
                 const Scope& scope) {
    std::optional<Person> p;
    if (!trim(web_master).empty()) p = feedpp::parse_person(web_master);
    if (const Extension* e = find(ext, kDc, "publisher")) p = feedpp::parse_person(e->text);
    if (const Extension* e = find(ext, kItunes, "owner")) {
      Person owner;
      for (const Extension& c : e->children) {
        if (c.name == "name") owner.name = c.text;
        if (c.name == "email") owner.email = c.text;
      }
      p = owner;
    }
    if (!p) return;
    j_.key("publisher");
    person(*p, scope);
  }

  // --- item ------------------------------------------------------------------------------------

  void item(const Item& it, const Scope& outer) {
    const Scope scope = inner(outer, it.lang, it.base);
    const std::vector<Extension>& ext = it.extensions;
    j_.begin_object();
    // Title: the item's own, else Media RSS's.
    if (!it.title.empty() || it.order.contains(feedpp::ItemElement::title) ||
        it.order.contains(feedpp::ItemElement::dc_title)) {
      text("title", it.title, "text/plain", scope);
    } else if (const Extension* e = media(ext, "title")) {
      text("title", *e, "text/plain", scope);
    }
    // Links in document order: RSS <link>, atom links, enclosures.
    std::vector<Link> links;
    const std::string rss_link(trim(it.link));
    bool link_done = false;
    std::size_t next_link = 0;
    std::size_t next_enclosure = 0;
    const auto enclosure = [&](const feedpp::Enclosure& e) {
      Link l{std::string(trim(e.url)), "enclosure", e.type};
      l.length = e.length;
      return l;
    };
    for (std::size_t i = 0; i < it.order.size(); ++i) {
      const feedpp::ItemElement e = it.order[i];
      if (e == feedpp::ItemElement::link && !link_done && !rss_link.empty()) {
        links.push_back({rss_link, "alternate", "text/html"});
        link_done = true;
      } else if (e == feedpp::ItemElement::links && next_link < it.links.size()) {
        links.push_back(it.links[next_link++]);
      } else if (e == feedpp::ItemElement::enclosures && next_enclosure < it.enclosures.size()) {
        links.push_back(enclosure(it.enclosures[next_enclosure++]));
      }
    }
    if (!link_done && !rss_link.empty()) links.push_back({rss_link, "alternate", "text/html"});
    while (next_link < it.links.size()) links.push_back(it.links[next_link++]);
    while (next_enclosure < it.enclosures.size()) {
      links.push_back(enclosure(it.enclosures[next_enclosure++]));
    }
    for (const Extension& e : ext) {
      if (e.name == "license" && in(e, kLicense)) {
        std::string href(attribute(e, "resource"));
        if (href.empty()) href = std::string(trim(e.text));
        if (!href.empty()) links.push_back({href, "license", ""});
      }
    }
    if (!rss_link.empty()) {
      url("link", rss_link, scope);
    } else {
      for (const Link& l : links) {
        if ((l.rel.empty() || l.rel == "alternate") && !trim(l.href).empty()) {
          url("link", l.href, scope);
          break;
        }
      }
    }
    if (!links.empty()) {
      j_.key("links");
      j_.begin_array();
      for (const Link& l : links) {
        if (l.rel == "license") {
          j_.begin_object();
          j_.key("href");
          j_.value(feedpp::resolve_url(scope.base, l.href));
          j_.key("rel");
          j_.value("license");
          j_.end_object();
        } else {
          link(l, scope);
        }
      }
      j_.end_array();
    }
    // Identifier.
    if (!trim(it.guid.value).empty()) {
      const bool permalink =
          rss_ && feed_.format != Format::rss_1_0 && it.guid.is_permalink.value_or(true);
      if (permalink || !rss_) {
        url("id", it.guid.value, scope);
      } else {
        j_.key("id");
        j_.value(trim(it.guid.value));
      }
      j_.key("guid_is_permalink");
      j_.value(permalink);
    }
    // Summary and content.
    std::vector<std::pair<const Extension*, const Content*>> contents;
    if (!it.content.empty() || it.order.contains(feedpp::ItemElement::content)) {
      contents.push_back({nullptr, &it.content});
    }
    for (const Extension& e : ext) {
      if ((e.name == "body" && (in(e, kXhtml) || e.ns.empty())) ||
          (e.name == "fullitem" && in(e, kAtom)) || (e.name == "fullitem" && e.ns.empty())) {
        contents.push_back({&e, nullptr});
      }
    }
    bool has_summary = !it.description.empty() ||
                       it.order.contains(feedpp::ItemElement::description) ||
                       it.order.contains(feedpp::ItemElement::dc_description);
    // RSS with a <summary> beside <description>: the summary is the summary, the description
    // the content (feedparser's reading).
    const Extension* rss_summary = rss_ ? find(ext, kNone, "summary") : nullptr;
    std::optional<Content> description_as_content;
    if (rss_summary != nullptr && has_summary) {
      description_as_content =
          Content{it.description.value, "html", {}, it.description.lang, it.description.base};
      contents.insert(contents.begin(), {nullptr, &*description_as_content});
      text("summary", *rss_summary, "text/html", scope);
      has_summary = false;
    } else if (has_summary) {
      text("summary", it.description, rss_ ? "text/html" : "text/plain", scope);
    } else if (rss_summary != nullptr) {
    } else if (const Extension* e = find(ext, kItunes, "summary")) {
      text("summary", *e, "text/plain", scope);
    } else if (const Extension* m = media(ext, "description")) {
      text("summary", *m, "text/plain", scope);
    } else if (!contents.empty()) {
      content_object("summary", contents.front(), scope, false);
    }
    if (!contents.empty()) {
      j_.key("content");
      j_.begin_array();
      for (const auto& c : contents) content_object(nullptr, c, scope, true);
      j_.end_array();
    }
    // People.
    std::vector<Person> authors;
    if (!trim(it.author).empty()) authors.push_back(feedpp::parse_person(it.author));
    authors.insert(authors.end(), it.authors.begin(), it.authors.end());
    for (const Extension* e : find_all(ext, kDc, "author")) authors.push_back(Person{e->text});
    for (const Extension* e : find_all(ext, kItunes, "author")) authors.push_back(Person{e->text});
    people("authors", authors, scope);
    people("contributors", it.contributors, scope);
    if (const Extension* e = find(ext, kDc, "publisher")) {
      j_.key("publisher");
      person(feedpp::parse_person(e->text), scope);
    }
    std::vector<Category> cats;
    for (const feedpp::Category& k : it.categories) cats.push_back({k.term, k.scheme, k.label});
    module_categories(ext, cats);
    categories(cats);
    date("published", it.pub_date);
    date("updated", it.updated);
    if (it.pub_date.empty()) date("published", find(ext, kDcTerms, "issued"));
    date("created", find_last(ext, kDcTerms, "created"));
    date("created", find_last(ext, kAtom, "created"));
    date("expired", find_last(ext, kNone, "expirationDate"));
    validity(ext);
    if (!it.rights.empty()) text("rights", it.rights, "text/plain", scope);
    if (const Extension* e = find(ext, kDc, "language")) j_.member("language", trim(e->text));
    if (!trim(it.comments).empty()) url("comments", it.comments, scope);
    if (const Extension* e = find(ext, kWfw, "comment")) url("wfw_comment", e->text, scope);
    if (const Extension* e = find(ext, kWfw, "commentRss")) url("wfw_comment_rss", e->text, scope);
    if (const Extension* e = find(ext, kWfw, "commentrss")) url("wfw_comment_rss", e->text, scope);
    if (it.source) source(*it.source, scope);
    itunes(ext, true);
    const Extension* itunes_image = find(ext, kItunes, "image");
    for (const Extension* l : find_all(ext, kItunes, "link")) {
      if (attribute(*l, "rel") == "image" && itunes_image == nullptr) itunes_image = l;
    }
    if (itunes_image != nullptr) {
      feedpp::Image img;
      img.url = std::string(attribute(*itunes_image, "href"));
      if (img.url.empty()) img.url = itunes_image->text;
      image(img, scope);
    }
    if (const Extension* e = find(ext, kItunes, "subtitle")) {
      text("subtitle", *e, "text/plain", scope);
    }
    media_view(ext);
    where(ext);
    chapters(ext);
    extensions(ext);
    j_.end_object();
  }

  // A Media RSS element of the item or of its media:group.
  static const Extension* media(const std::vector<Extension>& ext, std::string_view name) {
    if (const Extension* e = find(ext, kMedia, name)) return e;
    if (const Extension* group = find(ext, kMedia, "group"))
      return find(group->children, kMedia, name);
    return nullptr;
  }

  void content_object(const char* key, const std::pair<const Extension*, const Content*>& c,
                      const Scope& scope, bool with_src) {
    if (key != nullptr) j_.key(key);
    if (c.second != nullptr) {
      const Content& content = *c.second;
      const std::string m = mime(content.type, "text/plain");
      const std::string value = is_binary(m) ? base64(content.value) : content.value;
      text_object(value, m, inner(scope, content.lang, content.base),
                  with_src ? std::string_view(content.src) : std::string_view());
      return;
    }
    const Extension& e = *c.first;  // xhtml:body or fullitem
    const bool xhtml_body = e.name == "body";
    text_object(xhtml_body ? markup(e) : e.text, xhtml_body ? "application/xhtml+xml" : "text/html",
                extension_scope(scope, e), {});
  }

  void source(const feedpp::Source& s, const Scope& scope) {
    j_.key("source");
    j_.begin_object();
    if (!s.title.empty()) text("title", s.title, "text/plain", scope);
    if (!trim(s.url).empty()) url("url", s.url, scope);
    if (!trim(s.id).empty()) url("id", s.id, scope);
    if (!s.links.empty()) {
      j_.key("links");
      j_.begin_array();
      for (const Link& l : s.links) link(l, scope);
      j_.end_array();
    }
    date("updated", s.updated);
    people("authors", s.authors, scope);
    const std::vector<Extension>& ext = s.extensions;
    const auto atom_text = [&](const char* key, const char* name) {
      if (const Extension* e = find(ext, kAtom, name)) text(key, *e, "text/plain", scope);
    };
    atom_text("subtitle", "subtitle");
    atom_text("rights", "rights");
    std::vector<Person> contributors;
    std::vector<Category> cats;
    for (const Extension& e : ext) {
      if (!in(e, kAtom)) continue;
      if (e.name == "contributor" || e.name == "author") {
        Person p;
        for (const Extension& c : e.children) {
          if (c.name == "name") p.name = c.text;
          if (c.name == "email") p.email = c.text;
          if (c.name == "uri" || c.name == "url") p.uri = c.text;
        }
        if (e.name == "contributor") contributors.push_back(p);
      } else if (e.name == "category") {
        cats.push_back({std::string(attribute(e, "term")), std::string(attribute(e, "scheme")),
                        std::string(attribute(e, "label"))});
      } else if (e.name == "generator") {
        j_.key("generator");
        j_.begin_object();
        j_.member("name", trim(e.text));
        if (!attribute(e, "uri").empty()) url("uri", attribute(e, "uri"), scope);
        j_.member("version", attribute(e, "version"));
        j_.end_object();
      } else if (e.name == "icon" || e.name == "logo") {
        url(e.name == "icon" ? "icon" : "logo", e.text, scope);
      }
    }
    people("contributors", contributors, scope);
    categories(cats);
    j_.end_object();
  }

  void media_view(const std::vector<Extension>& ext) {
    std::vector<const Extension*> scope_list;
    for (const Extension& e : ext) {
      if (!in(e, kMedia)) continue;
      if (e.name == "group") {
        for (const Extension& c : e.children) {
          if (in(c, kMedia)) scope_list.push_back(&c);
        }
      } else {
        scope_list.push_back(&e);
      }
    }
    if (scope_list.empty()) return;
    const auto first = [&](std::string_view name) -> const Extension* {
      for (const Extension* e : scope_list) {
        if (e->name == name) return e;
      }
      return nullptr;
    };
    j_.key("media");
    j_.begin_object();
    std::vector<const Extension*> credits;
    for (const Extension* e : scope_list) {
      if (e->name == "credit") credits.push_back(e);
    }
    if (!credits.empty()) {
      j_.key("credits");
      j_.begin_array();
      for (const Extension* e : credits) {
        j_.begin_object();
        j_.member("role", attribute(*e, "role"));
        j_.member("scheme", attribute(*e, "scheme"));
        j_.key("value");
        j_.value(trim(e->text));
        j_.end_object();
      }
      j_.end_array();
    }
    if (const Extension* r = first("restriction")) {
      j_.key("restriction");
      j_.begin_object();
      j_.member("relationship", attribute(*r, "relationship"));
      j_.member("type", attribute(*r, "type"));
      j_.key("values");
      j_.begin_array();
      std::string_view rest = r->text;
      while (!rest.empty()) {
        rest = trim(rest);
        const auto space = rest.find_first_of(" \t\r\n");
        if (!rest.empty()) j_.value(rest.substr(0, space));
        if (space == std::string_view::npos) break;
        rest.remove_prefix(space);
      }
      j_.end_array();
      j_.end_object();
    }
    if (const Extension* l = first("license")) {
      j_.key("license");
      j_.begin_object();
      j_.member("type", attribute(*l, "type"));
      j_.member("href", attribute(*l, "href"));
      j_.key("value");
      j_.value(trim(l->text));
      j_.end_object();
    }
    if (const Extension* r = first("rating")) {
      j_.key("rating");
      j_.begin_object();
      j_.member("scheme", attribute(*r, "scheme"));
      j_.key("value");
      j_.value(trim(r->text));
      j_.end_object();
    }
    if (const Extension* p = first("player")) {
      j_.key("player");
      j_.begin_object();
      for (const feedpp::Attribute& a : p->attributes) j_.member(a.name, a.value);
      j_.end_object();
    }
    const auto all_attrs = [&](const char* key, std::string_view name) {
      std::vector<const Extension*> list;
      for (const Extension* e : scope_list) {
        if (e->name == name) list.push_back(e);
      }
      if (list.empty()) return;
      j_.key(key);
      j_.begin_array();
      for (const Extension* e : list) {
        j_.begin_object();
        for (const feedpp::Attribute& a : e->attributes) {
          j_.member(a.name == "fileSize" ? "file_size" : a.name, a.value);
        }
        j_.end_object();
      }
      j_.end_array();
    };
    all_attrs("thumbnails", "thumbnail");
    all_attrs("contents", "content");
    j_.end_object();
  }

  // GeoRSS and GML, in GeoJSON order (longitude first).
  void where(const std::vector<Extension>& ext) {
    const auto numbers = [](std::string_view s) {
      std::vector<double> out;
      std::string buf(s);
      const char* p = buf.c_str();
      while (*p != '\0') {
        char* end = nullptr;
        const double v = std::strtod(p, &end);
        if (end == p) {
          ++p;
          continue;
        }
        out.push_back(v);
        p = end;
      }
      return out;
    };
    // Positions from "lat lon lat lon ..." (swap) or in the order written.
    const auto positions = [&](std::string_view s, bool swap, std::size_t dimension) {
      const std::vector<double> n = numbers(s);
      std::vector<std::vector<double>> out;
      for (std::size_t i = 0; i + dimension <= n.size(); i += dimension) {
        std::vector<double> p(n.begin() + static_cast<std::ptrdiff_t>(i),
                              n.begin() + static_cast<std::ptrdiff_t>(i + dimension));
        if (swap) std::swap(p[0], p[1]);
        out.push_back(p);
      }
      return out;
    };
    const auto position = [&](const std::vector<double>& p) {
      j_.begin_array();
      for (const double v : p) j_.value(v);
      j_.end_array();
    };
    const auto emit = [&](const char* type, const std::vector<std::vector<double>>& ps, int shape) {
      j_.key("where");
      j_.begin_object();
      if (ps.empty()) {
        j_.end_object();
        return;
      }
      j_.key("type");
      j_.value(type);
      j_.key("coordinates");
      if (shape == 0) {
        position(ps.front());
      } else {
        if (shape == 2) j_.begin_array();
        j_.begin_array();
        for (const auto& p : ps) position(p);
        j_.end_array();
        if (shape == 2) j_.end_array();
      }
      j_.end_object();
    };
    for (const Extension& e : ext) {
      if (in(e, kGeoRss)) {
        if (e.name == "point") return emit("Point", positions(e.text, true, 2), 0);
        if (e.name == "line") return emit("LineString", positions(e.text, true, 2), 1);
        if (e.name == "polygon") return emit("Polygon", positions(e.text, true, 2), 2);
        if (e.name == "box") return emit("Box", positions(e.text, true, 2), 1);
        if (e.name == "where") {
          for (const Extension& g : e.children) {
            if (!in(g, kGml)) continue;
            const std::string srs(attribute(g, "srsName"));
            const bool swap = srs.empty() || srs.find("4326") != std::string::npos ||
                              srs.find("WGS84") != std::string::npos;
            std::size_t dimension = 2;
            const std::string dim(attribute(g, "srsDimension"));
            if (dim == "3") dimension = 3;
            const std::string text = all_text(g);
            if (g.name == "Point") return emit("Point", positions(text, swap, dimension), 0);
            if (g.name == "LineString") {
              return emit("LineString", positions(text, swap, dimension), 1);
            }
            if (g.name == "Polygon") return emit("Polygon", positions(text, swap, dimension), 2);
            if (g.name == "Envelope") return emit("Box", positions(text, swap, dimension), 1);
          }
        }
      }
      if (in(e, kGml) && (e.name == "Point" || e.name == "LineString" || e.name == "Polygon" ||
                          e.name == "Envelope")) {
        const std::string text = all_text(e);
        if (e.name == "Point") return emit("Point", positions(text, true, 2), 0);
        if (e.name == "LineString") return emit("LineString", positions(text, true, 2), 1);
        if (e.name == "Polygon") return emit("Polygon", positions(text, true, 2), 2);
        return emit("Box", positions(text, true, 2), 1);
      }
      if (in(e, kGeo) && (e.name == "lat" || e.name == "Point")) {
        const Extension* lat = e.name == "lat" ? &e : find(e.children, kGeo, "lat");
        const Extension* lon = find(e.name == "lat" ? ext : e.children, kGeo, "long");
        if (lat != nullptr && lon != nullptr) {
          return emit("Point", positions(lat->text + " " + lon->text, true, 2), 0);
        }
      }
    }
  }

  // Podlove Simple Chapters: the first psc:chapters element.
  void chapters(const std::vector<Extension>& ext) {
    const Extension* list = find(ext, kPsc, "chapters");
    if (list == nullptr) return;
    j_.key("podlove_chapters");
    j_.begin_object();
    j_.member("version", attribute(*list, "version"));
    j_.key("chapters");
    j_.begin_array();
    for (const Extension& c : list->children) {
      if (c.name != "chapter") continue;
      j_.begin_object();
      const std::string start(attribute(c, "start"));
      j_.member("start", start);
      if (const auto ms = milliseconds(start)) {
        j_.key("start_ms");
        j_.value(*ms);
      }
      j_.member("title", attribute(c, "title"));
      j_.member("href", attribute(c, "href"));
      j_.member("image", attribute(c, "image"));
      j_.end_object();
    }
    j_.end_array();
    j_.end_object();
  }

  // "hh:mm:ss.mmm", "mm:ss" or "ss" (Podlove's normal play time) in milliseconds.
  static std::optional<long long> milliseconds(std::string_view s) {
    s = trim(s);
    if (s.empty()) return {};
    long long total = 0;
    double seconds = 0;
    std::size_t parts = 0;
    while (!s.empty()) {
      const auto colon = s.find(':');
      const std::string part(s.substr(0, colon));
      char* end = nullptr;
      const double v = std::strtod(part.c_str(), &end);
      if (end == part.c_str() || *end != '\0') return {};
      if (colon == std::string_view::npos) {
        seconds = v;
        break;
      }
      total = total * 60 + static_cast<long long>(v);
      ++parts;
      s.remove_prefix(colon + 1);
    }
    if (parts > 2) return {};
    return total * 60 * 1000 + static_cast<long long>(std::llround(seconds * 1000));
  }

  const feedpp::ParseResult& result_;
  const Feed& feed_;
  const DocumentContext& context_;
  JsonWriter j_;
  bool rss_ = false;
  bool atom03_ = false;
};

}  // namespace

std::string dump_json(const feedpp::ParseResult& result, const DocumentContext& context) {
  return View(result, context).run();
}

}  // namespace feedpp_cli
