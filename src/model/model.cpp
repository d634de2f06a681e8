// SPDX-License-Identifier: MIT
#include "feedpp/model.hpp"

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "base/ascii.hpp"

namespace feedpp {
namespace {

TextKind kind_of(std::string_view type, TextKind unstated) noexcept {
  // RFC 4287 §3.1.1 names; the MIME forms are Atom 0.3's and appear in 1.0 feeds too.
  if (type.empty()) return unstated;
  if (type == "text" || type == "text/plain") return TextKind::text;
  if (type == "html" || type == "text/html") return TextKind::html;
  if (type == "xhtml" || type == "application/xhtml+xml") return TextKind::xhtml;
  return TextKind::other;
}

bool same_rel(std::string_view rel, std::string_view wanted) noexcept {
  const auto normal = [](std::string_view r) {
    return r.empty() ? std::string_view("alternate") : r;
  };
  return normal(rel) == normal(wanted);
}

}  // namespace

bool Content::is_xml() const noexcept {
  const std::string_view t = type;
  return t == "text/xml" || t == "application/xml" ||
         (t.size() > 4 && (t.substr(t.size() - 4) == "+xml" || t.substr(t.size() - 4) == "/xml"));
}

bool is_rss(Format f) noexcept {
  return f == Format::rss_0_90 || f == Format::rss_0_91_netscape ||
         f == Format::rss_0_91_userland || f == Format::rss_0_92 || f == Format::rss_0_93 ||
         f == Format::rss_0_94 || f == Format::rss_1_0 || f == Format::rss_2_0 || f == Format::rss;
}

bool is_atom(Format f) noexcept {
  return f == Format::atom_0_3 || f == Format::atom_1_0 || f == Format::atom;
}

bool is_json(Format f) noexcept {
  return f == Format::json_1_0 || f == Format::json_1_1 || f == Format::json;
}

std::string_view to_string(Format format) noexcept {
  switch (format) {
    case Format::unknown:
      return "";
    case Format::rss_0_90:
      return "rss0.90";
    case Format::rss_0_91_netscape:
      return "rss0.91n";
    case Format::rss_0_91_userland:
      return "rss0.91u";
    case Format::rss_0_92:
      return "rss0.92";
    case Format::rss_0_93:
      return "rss0.93";
    case Format::rss_0_94:
      return "rss0.94";
    case Format::rss_1_0:
      return "rss1.0";
    case Format::rss_2_0:
      return "rss2.0";
    case Format::rss:
      return "rss";
    case Format::atom_0_3:
      return "atom0.3";
    case Format::atom_1_0:
      return "atom1.0";
    case Format::atom:
      return "atom";
    case Format::cdf:
      return "cdf";
    case Format::json_1_0:
      return "json1.0";
    case Format::json_1_1:
      return "json1.1";
    case Format::json:
      return "json";
  }
  return "";
}

TextKind Text::kind(TextKind unstated) const noexcept { return kind_of(type, unstated); }
TextKind Content::kind(TextKind unstated) const noexcept { return kind_of(type, unstated); }

bool operator==(const Attribute& a, const Attribute& b) noexcept {
  return std::tie(a.ns, a.prefix, a.name, a.value) == std::tie(b.ns, b.prefix, b.name, b.value);
}

namespace {

// Everything of an element but its children.
void copy_node(const Extension& from, Extension& to) {
  to.ns = from.ns;
  to.prefix = from.prefix;
  to.name = from.name;
  to.attributes = from.attributes;
  to.text = from.text;
  to.tail = from.tail;
}

bool same_node(const Extension& a, const Extension& b) noexcept {
  return std::tie(a.ns, a.prefix, a.name, a.attributes, a.text, a.tail) ==
             std::tie(b.ns, b.prefix, b.name, b.attributes, b.text, b.tail) &&
         a.children.size() == b.children.size();
}

}  // namespace

// The compiler's versions would recurse once per level of the tree; these keep a work list.
Extension::Extension(const Extension& other) {
  copy_node(other, *this);
  std::vector<std::pair<const Extension*, Extension*>> todo{{&other, this}};
  while (!todo.empty()) {
    const auto [from, to] = todo.back();
    todo.pop_back();
    // Sized once, so the addresses of the new children stay put while they wait in `todo`.
    to->children.resize(from->children.size());
    for (std::size_t i = 0; i < from->children.size(); ++i) {
      copy_node(from->children[i], to->children[i]);
      if (!from->children[i].children.empty()) {
        todo.emplace_back(&from->children[i], &to->children[i]);
      }
    }
  }
}

Extension& Extension::operator=(const Extension& other) {
  if (this != &other) *this = Extension(other);
  return *this;
}

Extension::~Extension() {
  // Children's subtrees are moved out to a flat list before each child dies childless.
  std::vector<Extension> pending = std::move(children);
  while (!pending.empty()) {
    Extension last = std::move(pending.back());
    pending.pop_back();
    for (Extension& child : last.children) pending.push_back(std::move(child));
    last.children.clear();
  }
}

bool operator==(const Extension& a, const Extension& b) noexcept {
  std::vector<std::pair<const Extension*, const Extension*>> todo{{&a, &b}};
  while (!todo.empty()) {
    const auto [x, y] = todo.back();
    todo.pop_back();
    if (!same_node(*x, *y)) return false;
    for (std::size_t i = 0; i < x->children.size(); ++i) {
      todo.emplace_back(&x->children[i], &y->children[i]);
    }
  }
  return true;
}

bool operator==(const Text& a, const Text& b) noexcept {
  return std::tie(a.value, a.type, a.lang, a.base) == std::tie(b.value, b.type, b.lang, b.base);
}

bool operator==(const Content& a, const Content& b) noexcept {
  return std::tie(a.value, a.type, a.src, a.lang, a.base) ==
         std::tie(b.value, b.type, b.src, b.lang, b.base);
}

bool operator==(const Date& a, const Date& b) noexcept {
  if (a.value || b.value) return a.value == b.value;
  return a.text == b.text;
}

bool operator==(const Link& a, const Link& b) noexcept {
  return std::tie(a.href, a.rel, a.type, a.hreflang, a.title, a.length, a.attributes, a.text) ==
         std::tie(b.href, b.rel, b.type, b.hreflang, b.title, b.length, b.attributes, b.text);
}

bool operator==(const Person& a, const Person& b) noexcept {
  return std::tie(a.name, a.email, a.uri, a.extensions) ==
         std::tie(b.name, b.email, b.uri, b.extensions);
}

bool operator==(const Category& a, const Category& b) noexcept {
  return std::tie(a.term, a.scheme, a.label) == std::tie(b.term, b.scheme, b.label);
}

bool operator==(const Enclosure& a, const Enclosure& b) noexcept {
  return std::tie(a.url, a.length, a.type) == std::tie(b.url, b.length, b.type);
}

bool operator==(const Guid& a, const Guid& b) noexcept {
  return std::tie(a.value, a.is_permalink) == std::tie(b.value, b.is_permalink);
}

bool operator==(const Image& a, const Image& b) noexcept {
  return std::tie(a.url, a.title, a.link, a.width, a.height, a.description, a.extensions) ==
         std::tie(b.url, b.title, b.link, b.width, b.height, b.description, b.extensions);
}

bool operator==(const Cloud& a, const Cloud& b) noexcept {
  return std::tie(a.domain, a.port, a.path, a.register_procedure, a.protocol) ==
         std::tie(b.domain, b.port, b.path, b.register_procedure, b.protocol);
}

bool operator==(const TextInput& a, const TextInput& b) noexcept {
  return std::tie(a.title, a.description, a.name, a.link, a.extensions) ==
         std::tie(b.title, b.description, b.name, b.link, b.extensions);
}

bool operator==(const Source& a, const Source& b) noexcept {
  return std::tie(a.url, a.title, a.id, a.links, a.updated, a.authors, a.extensions) ==
         std::tie(b.url, b.title, b.id, b.links, b.updated, b.authors, b.extensions);
}

bool operator==(const Generator& a, const Generator& b) noexcept {
  return std::tie(a.name, a.uri, a.version) == std::tie(b.name, b.uri, b.version);
}

bool operator==(const Channel& a, const Channel& b) noexcept {
  return std::tie(a.title, a.link, a.links, a.description, a.language, a.copyright,
                  a.managing_editor, a.web_master, a.pub_date, a.last_build_date, a.categories,
                  a.generator, a.docs, a.cloud, a.ttl, a.image, a.rating, a.text_input,
                  a.skip_hours, a.skip_days, a.id, a.icon, a.logo, a.authors, a.contributors,
                  a.lang, a.base, a.itunes, a.podcast, a.media, a.dublin_core, a.syndication, a.geo,
                  a.creative_commons, a.feedburner, a.json_feed, a.extensions, a.attributes) ==
         std::tie(b.title, b.link, b.links, b.description, b.language, b.copyright,
                  b.managing_editor, b.web_master, b.pub_date, b.last_build_date, b.categories,
                  b.generator, b.docs, b.cloud, b.ttl, b.image, b.rating, b.text_input,
                  b.skip_hours, b.skip_days, b.id, b.icon, b.logo, b.authors, b.contributors,
                  b.lang, b.base, b.itunes, b.podcast, b.media, b.dublin_core, b.syndication, b.geo,
                  b.creative_commons, b.feedburner, b.json_feed, b.extensions, b.attributes);
}

bool operator==(const Item& a, const Item& b) noexcept {
  return std::tie(a.title, a.link, a.links, a.description, a.content, a.author, a.authors,
                  a.contributors, a.categories, a.comments, a.enclosures, a.guid, a.pub_date,
                  a.updated, a.source, a.rights, a.lang, a.base, a.itunes, a.podcast, a.media,
                  a.dublin_core, a.slash, a.wfw, a.threading, a.geo, a.chapters, a.creative_commons,
                  a.feedburner, a.json_feed, a.extensions, a.attributes) ==
         std::tie(b.title, b.link, b.links, b.description, b.content, b.author, b.authors,
                  b.contributors, b.categories, b.comments, b.enclosures, b.guid, b.pub_date,
                  b.updated, b.source, b.rights, b.lang, b.base, b.itunes, b.podcast, b.media,
                  b.dublin_core, b.slash, b.wfw, b.threading, b.geo, b.chapters, b.creative_commons,
                  b.feedburner, b.json_feed, b.extensions, b.attributes);
}

bool operator==(const Feed& a, const Feed& b) noexcept {
  return std::tie(a.format, a.attributes, a.channel, a.items, a.extensions,
                  a.extensions_before_channel) == std::tie(b.format, b.attributes, b.channel,
                                                           b.items, b.extensions,
                                                           b.extensions_before_channel);
}

// RSS writes people as one string ("jo@example.com (Jo)"); Atom as name, email and uri.
namespace {

bool is_email_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.' || c == '+' || c == '@' || c == '\'' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Removes one layer of brackets around the whole of `s`: "(Jo)" and "<jo@x>" and "[...]".
std::string_view unwrap(std::string_view s) {
  s = detail::trim(s);
  while (s.size() >= 2 &&
         ((s.front() == '(' && s.back() == ')') || (s.front() == '<' && s.back() == '>') ||
          (s.front() == '[' && s.back() == ']') || (s.front() == '"' && s.back() == '"'))) {
    s = detail::trim(s.substr(1, s.size() - 2));
  }
  return s;
}

}  // namespace

Person parse_person(std::string_view text) {
  Person person;
  text = detail::trim(text);
  const std::size_t at = text.find('@');
  if (at == std::string_view::npos || at == 0) {
    person.name = std::string(unwrap(text));
    return person;
  }
  std::size_t begin = at;
  while (begin > 0 && is_email_char(text[begin - 1])) --begin;
  std::size_t end = at + 1;
  while (end < text.size() && is_email_char(text[end])) ++end;
  std::string_view email = text.substr(begin, end - begin);
  while (!email.empty() && email.back() == '.') email.remove_suffix(1);  // "jo@x.com."
  if (email.back() == '@' || email.front() == '@') {  // "jo@" or "@jo": not an address
    person.name = std::string(unwrap(text));
    return person;
  }
  if (begin >= 7 && text.substr(begin - 7, 7) == "mailto:") begin -= 7;
  person.email = std::string(email);
  // The name is what is left around the address, without the brackets that held either.
  std::string rest(text.substr(0, begin));
  rest += text.substr(end);
  std::string_view name = unwrap(rest);
  // "Jo <>" and "() Jo": drop brackets left empty by taking the address out.
  std::string cleaned;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (i + 1 < name.size() &&
        ((name[i] == '(' && name[i + 1] == ')') || (name[i] == '<' && name[i + 1] == '>') ||
         (name[i] == '[' && name[i + 1] == ']'))) {
      ++i;
      continue;
    }
    cleaned.push_back(name[i]);
  }
  person.name = std::string(unwrap(cleaned));
  return person;
}

std::string format_person(const Person& person) {
  if (person.email.empty()) return person.name;
  if (person.name.empty()) return person.email;
  return person.email + " (" + person.name + ")";
}

const Link* find_link(const std::vector<Link>& links, std::string_view rel) noexcept {
  for (const Link& link : links) {
    if (same_rel(link.rel, rel)) return &link;
  }
  return nullptr;
}

}  // namespace feedpp
