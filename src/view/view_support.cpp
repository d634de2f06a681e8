// SPDX-License-Identifier: MIT
#include "view/view_support.hpp"

#include <algorithm>
#include <utility>

#include "base/ascii.hpp"
#include "base/base64.hpp"
#include "base/xml_escape.hpp"
#include "feedpp/html.hpp"
#include "feedpp/sanitize.hpp"
#include "feedpp/url.hpp"
#include "model/xml_base.hpp"

namespace feedpp::detail {

Scope inner(const Scope& outer, const std::optional<std::string>& lang, std::string_view base) {
  Scope s = outer;
  if (lang) {
    std::string l(trim(*lang));
    std::replace(l.begin(), l.end(), '_', '-');                         // en_US is meant as en-US
    s.lang = l.empty() ? std::nullopt : std::optional<std::string>(l);  // xml:lang="" clears it
  }
  s.base = inner_base(outer.base, base);
  return s;
}

Scope extension_scope(const Scope& outer, const Extension& e) {
  std::optional<std::string> lang;
  std::string_view base;
  for (const Attribute& a : e.attributes) {
    if (a.ns == ns::kXml && a.name == "lang") lang = a.value;
    if (a.ns == ns::kXml && a.name == "base") base = a.value;
  }
  return inner(outer, lang, base);
}

FeedContext::FeedContext(const Feed& f, const ViewOptions& o) : feed(f), options(o) {
  rss = f.format != Format::unknown && f.format != Format::atom && f.format != Format::atom_0_3 &&
        f.format != Format::atom_1_0 && f.format != Format::json_1_0 &&
        f.format != Format::json_1_1 && f.format != Format::json;
  Scope root{o.document_url, std::nullopt};
  if (!o.content_language.empty()) root.lang = o.content_language;
  std::string root_base;
  for (const Attribute& a : f.attributes) {
    if (a.ns == ns::kXml && a.name == "lang") root_lang = a.value;
    if (a.ns == ns::kXml && a.name == "base") root_base = a.value;
  }
  root = inner(root, root_lang, root_base);
  channel = inner(root, f.channel.lang, f.channel.base);
}

std::string resolved(const Scope& scope, std::string_view url) {
  if (trim(url).empty()) return {};
  return resolve_url(scope.base, url);
}

std::string mime(std::string_view type, std::string_view unstated) {
  std::string t = lower(trim(type));
  if (t.empty()) return std::string(unstated);
  if (t == "text" || t == "plain") return "text/plain";  // "plain": Media RSS
  if (t == "html") return "text/html";
  if (t == "xhtml") return "application/xhtml+xml";
  return t;
}

bool is_markup(std::string_view mime_type) {
  return mime_type == "text/html" || mime_type == "application/xhtml+xml";
}

bool is_binary(std::string_view m, bool rss) {
  // RFC 4287 §4.1.3.3: content of a type neither text nor XML is base64.
  if (rss || m.find('/') == std::string_view::npos || m.substr(0, 5) == "text/" || is_markup(m)) {
    return false;
  }
  return !(m.size() > 4 && (m.substr(m.size() - 4) == "+xml" || m.substr(m.size() - 4) == "/xml"));
}

namespace {

// Base64 content decoded; content that is not base64 is shown as written.
std::string decoded(std::string_view value) {
  std::string out;
  return decode_base64(value, out) ? out : std::string(value);
}

}  // namespace

std::string markup(const Extension& e) {
  std::string out;
  append_escaped(out, e.text, EscapeMode::text);
  struct Frame {
    const Extension* node;
    std::size_t next;
  };
  std::vector<Frame> stack{{&e, 0}};
  const auto name = [&](const Extension& x) {
    if (!x.prefix.empty()) out += x.prefix + ":";
    out += x.name;
  };
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next < top.node->children.size()) {
      const Extension& c = top.node->children[top.next++];
      out += '<';
      name(c);
      for (const Attribute& a : c.attributes) {
        out += ' ';
        if (!a.prefix.empty()) out += a.prefix + ":";
        out += a.name + "=\"";
        append_escaped(out, a.value, EscapeMode::attribute);
        out += '"';
      }
      out += '>';
      append_escaped(out, c.text, EscapeMode::text);
      stack.push_back({&c, 0});
      continue;
    }
    const Extension* done = top.node;
    stack.pop_back();
    if (stack.empty()) break;
    out += "</";
    name(*done);
    out += '>';
    append_escaped(out, done->tail, EscapeMode::text);
  }
  return out;
}

TextView text_view(std::string_view value, std::string type, const Scope& scope,
                   std::string_view src) {
  TextView t;
  t.value = std::string(trim(value));  // markup as written: present() makes it safe
  t.type = std::move(type);
  t.language = scope.lang;
  t.base = scope.base;
  t.src = resolved(scope, src);
  return t;
}

TextView text_view(const Text& text, std::string_view unstated, const Scope& outer, bool rss) {
  const Scope scope = inner(outer, text.lang, text.base);
  const std::string m = mime(text.type, unstated);
  return text_view(is_binary(m, rss) ? decoded(text.value) : text.value, m, scope);
}

TextView text_view(const Extension& e, std::string_view unstated, const Scope& outer, bool rss) {
  const Scope scope = extension_scope(outer, e);
  const std::string_view type = attribute_of(e, "type");
  const Extension* content = &e;
  // Atom 1.0 xhtml: the content is inside one <div>, which is not part of it.
  if (type == "xhtml" && e.children.size() == 1 && e.children[0].name == "div" &&
      trim(e.text).empty() && trim(e.children[0].tail).empty()) {
    content = &e.children[0];
  }
  const bool xhtml = mime(type, "") == "application/xhtml+xml";
  std::string value = content->children.empty() && !xhtml ? content->text : markup(*content);
  if (attribute_of(e, "mode") == "base64" || is_binary(mime(type, ""), rss)) value = decoded(value);
  return text_view(value, mime(type, unstated), scope);
}

TextView content_view(const Content& content, const Scope& outer, bool rss, bool with_src) {
  const std::string m = mime(content.type, "text/plain");
  const std::string value = is_binary(m, rss) ? decoded(content.value) : content.value;
  return text_view(value, m, inner(outer, content.lang, content.base),
                   with_src ? std::string_view(content.src) : std::string_view());
}

void present(TextView& text, const ViewOptions& options, SanitizeOptions& scratch) {
  if (!is_markup(text.type)) return;
  if (!options.sanitize) {
    text.value = resolve_html_urls(text.value, text.base);
    return;
  }
  scratch.base_url = text.base;
  text.value = std::string(trim(sanitize_html(text.value, scratch)));
}

void present(std::optional<TextView>& text, const ViewOptions& options, SanitizeOptions& scratch) {
  if (text) present(*text, options, scratch);
}

namespace {

bool is(const Extension& e, Vocabulary vocabulary, std::string_view name) {
  // Atom's own names: feeds of either version (and the drafts) write them.
  const Vocabulary v = vocabulary_of(e.ns);
  const bool same = v == vocabulary || (vocabulary == Vocabulary::atom && v == Vocabulary::atom03);
  return same && iequals(e.name, name);
}

}  // namespace

const Extension* find_extension(const std::vector<Extension>& list, Vocabulary vocabulary,
                                std::string_view name) {
  for (const Extension& e : list) {
    if (is(e, vocabulary, name)) return &e;
  }
  return nullptr;
}

const Extension* find_last_extension(const std::vector<Extension>& list, Vocabulary vocabulary,
                                     std::string_view name) {
  const Extension* found = nullptr;
  for (const Extension& e : list) {
    if (is(e, vocabulary, name)) found = &e;
  }
  return found;
}

std::vector<const Extension*> find_extensions(const std::vector<Extension>& list,
                                              Vocabulary vocabulary, std::string_view name) {
  std::vector<const Extension*> out;
  for (const Extension& e : list) {
    if (is(e, vocabulary, name)) out.push_back(&e);
  }
  return out;
}

std::string_view attribute_of(const Extension& e, std::string_view name) {
  for (const Attribute& a : e.attributes) {
    if (a.name == name && a.ns.empty()) return a.value;
  }
  return {};
}

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

PersonView person_view(const Person& p, const Scope& scope) {
  Person split = p;
  if (p.email.empty() && p.uri.empty() && p.name.find('@') != std::string::npos) {
    split = parse_person(p.name);
  }
  return PersonView{std::string(trim(split.name)), std::string(trim(split.email)),
                    resolved(scope, split.uri)};
}

LinkView link_view(const Link& l, const Scope& scope) {
  LinkView v;
  v.href = resolve_url(scope.base, l.href);
  v.rel = l.rel.empty() ? "alternate" : std::string(trim(l.rel));
  v.type = std::string(trim(l.type));
  if (v.type.empty() && v.rel != "license") {
    v.type = v.rel == "self" ? "application/atom+xml" : "text/html";
  }
  v.title = l.title;
  v.hreflang = l.hreflang;
  v.length = l.length;
  return v;
}

void add_category(std::vector<CategoryView>& list, CategoryView c) {
  if (c.term.empty()) return;
  for (const CategoryView& o : list) {
    if (o.term == c.term && o.scheme == c.scheme) return;
  }
  list.push_back(std::move(c));
}

void vocabulary_categories(const ItunesChannel* itunes_channel, const ItunesItem* itunes_item,
                           const std::vector<Extension>& extensions, const MediaElements* media,
                           std::vector<CategoryView>& out) {
  constexpr std::string_view kItunesScheme = "http://www.itunes.com/";
  const auto itunes_category = [&](std::string_view term) {
    add_category(out, {std::string(term), std::string(kItunesScheme), {}});
  };
  if (itunes_channel != nullptr) {
    for (const ItunesCategory& c : itunes_channel->categories) {
      itunes_category(c.text);
      for (const ItunesSubcategory& sub : c.subcategories) itunes_category(sub.text);
    }
  }
  // iTunes categories of an item are no tag of Apple's: kept as extensions, read here.
  for (const Extension* e : find_extensions(extensions, Vocabulary::itunes, "category")) {
    itunes_category(attribute_of(*e, "text"));
    for (const Extension& sub : e->children) {
      if (sub.name == "category") itunes_category(attribute_of(sub, "text"));
    }
  }
  std::string_view keywords;
  if (itunes_channel != nullptr) keywords = itunes_channel->keywords;
  if (itunes_item != nullptr) keywords = itunes_item->keywords;
  while (!keywords.empty()) {
    const auto comma = keywords.find(',');
    itunes_category(trim(keywords.substr(0, comma)));
    if (comma == std::string_view::npos) break;
    keywords.remove_prefix(comma + 1);
  }
  if (media != nullptr) {
    for (const MediaCategory& c : media->categories) {
      std::string scheme =
          c.scheme.empty() ? "http://search.yahoo.com/mrss/category_schema" : c.scheme;
      add_category(out, {std::string(trim(c.value)), std::move(scheme), c.label});
    }
  }
}

ImageView image_view(const Image& image, const Scope& scope) {
  return ImageView{resolved(scope, image.url),      std::string(trim(image.title)),
                   resolved(scope, image.link),     std::string(trim(image.width)),
                   std::string(trim(image.height)), std::string(trim(image.description))};
}

std::optional<ImageView> itunes_image_view(const std::optional<ItunesImage>& image,
                                           const Scope& scope) {
  if (!image) return std::nullopt;
  ImageView v;
  v.url = resolved(scope, image->href.empty() ? image->text : image->href);
  return v;
}

Date date_from(std::string_view text) {
  Date d;
  d.text = std::string(trim(text));
  d.value = parse_date(d.text);
  return d;
}

void validity(std::string_view rest, Date& start, Date& end) {
  while (!rest.empty()) {
    const auto semi = rest.find(';');
    const std::string_view part = trim(rest.substr(0, semi));
    const auto eq = part.find('=');
    if (eq != std::string_view::npos) {
      const std::string_view key = trim(part.substr(0, eq));
      if (key == "start") start = date_from(part.substr(eq + 1));
      if (key == "end") end = date_from(part.substr(eq + 1));
    }
    if (semi == std::string_view::npos) break;
    rest.remove_prefix(semi + 1);
  }
}

void itunes_flags(const Typed<bool>& block, bool has_block, const Typed<ItunesExplicit>& explicit_,
                  bool has_explicit, bool exact, ItunesView& out) {
  if (has_block) {
    out.block = exact ? block.text == "yes" : block.value.value_or(false);
  }
  if (!has_explicit) return;
  out.has_explicit = true;
  bool known = explicit_.value.has_value();
  bool yes = known && *explicit_.value == ItunesExplicit::yes;
  if (exact) {  // feedparser's reading: the lower-case words only
    const std::string_view t = trim(explicit_.text);
    yes = t == "yes" || t == "true" || t == "explicit";
    known = yes || t == "no" || t == "false" || t == "clean";
  }
  if (known) out.explicit_content = yes;
}

}  // namespace feedpp::detail
