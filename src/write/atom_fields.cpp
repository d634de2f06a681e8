// SPDX-License-Identifier: MIT
#include "write/atom_fields.hpp"

#include "feedpp/url.hpp"
#include "model/fields.hpp"
#include "write/ordered_writer.hpp"
#include "write/vocabularies.hpp"
#include "write/write_collisions.hpp"
#include "write/xhtml_writer.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kAtom = ns::kAtom;

// An Atom feed's <dc:language> is read as the channel's language; it is written back as it was
// read, where a language from elsewhere (RSS <language>) becomes the feed's xml:lang.
bool language_as_element(const Channel& c) {
  return !c.language.empty() && c.order.contains(ChannelElement::dc_language);
}

// Atom reads <dc:subject> as a category: one read so is written back so while it is a term
// alone (a <dc:creator> likewise while its person is a name alone: name_only()).
bool term_only(const Category& c) { return c.scheme.empty() && c.label.empty(); }

void add_namespaces_of(detail::NamespaceSet& set, const Channel& c) {
  if (language_as_element(c) || c.order.contains(ChannelElement::dc_subject)) {
    set.add("dc", ns::kDc);
  }
  add_vocabulary_namespaces(set, c, Target::atom);
  set.add_extensions(c.extensions, Target::atom, Level::channel);
  for (const Person& p : c.authors) set.add_extensions(p.extensions, Target::atom, Level::person);
  for (const Person& p : c.contributors) {
    set.add_extensions(p.extensions, Target::atom, Level::person);
  }
}

void add_namespaces_of(detail::NamespaceSet& set, const Item& item) {
  if (item.order.contains(ItemElement::dc_creator) ||
      item.order.contains(ItemElement::dc_subject)) {
    set.add("dc", ns::kDc);
  }
  add_vocabulary_namespaces(set, item, Target::atom);
  set.add_extensions(item.extensions, Target::atom, Level::item);
  for (const Person& p : item.authors)
    set.add_extensions(p.extensions, Target::atom, Level::person);
  for (const Person& p : item.contributors) {
    set.add_extensions(p.extensions, Target::atom, Level::person);
  }
  if (item.source) set.add_extensions(item.source->extensions, Target::atom, Level::source);
}

bool has_alternate(const std::vector<Link>& links, std::string_view href) {
  for (const Link& link : links) {
    if ((link.rel.empty() || link.rel == "alternate") && link.href == href) return true;
  }
  return false;
}

// Writes the elements of Atom, through the writer's XmlWriter, status and options.
class AtomElements {
 public:
  explicit AtomElements(FeedWriterBase& out) : out_(out), xml_(out.xml()) {}

  void element(std::string_view name, std::string_view value) {
    xml_.text_element(name, value, kAtom);
  }

  // Writes the value of a text construct or content whose kind is `kind`, as XHTML when it is
  // well-formed (checked by the caller in `fragment`), else as text or HTML.
  void payload(std::string_view value, TextKind kind, const detail::XhtmlFragment* fragment) {
    if (fragment != nullptr) {
      fragment->write_div(xml_);
    } else if (kind == TextKind::html || kind == TextKind::xhtml) {
      write_html(value);
    } else {
      xml_.text(value);
    }
  }

  void text_construct(std::string_view name, const Text& t) {
    const TextKind kind = t.kind();
    // A type RFC 4287 §3.1.1 does not name, written as read when writing as read.
    std::string_view type =
        out_.options().allow_missing ? std::string_view(t.type) : atom_text_type(t.type, kind);
    detail::XhtmlFragment fragment;
    const bool xhtml = kind == TextKind::xhtml && fragment.parse(t.value);
    if (kind == TextKind::xhtml && !xhtml) type = "html";  // not well-formed: say what it is
    xml_.start_element(name, kAtom);
    if (!type.empty()) xml_.attribute("type", type);
    write_lang_and_base(xml_, t.lang, t.base);
    if (!out_.write_laid_out(t.value, t.layout, kind, kAtom, true)) {
      payload(t.value, kind, xhtml ? &fragment : nullptr);
    }
    xml_.end_element();
  }

  void content(const Content& c) {
    const TextKind kind = c.kind();
    std::string_view type = c.type;
    detail::XhtmlFragment fragment;
    const bool xhtml = kind == TextKind::xhtml && c.src.empty() && fragment.parse(c.value);
    if (kind == TextKind::xhtml && c.src.empty() && !xhtml) type = "html";
    xml_.start_element("content", kAtom);
    if (!type.empty()) xml_.attribute("type", type);
    if (!c.src.empty()) typed_attribute(xml_, "src", c.src);
    write_lang_and_base(xml_, c.lang, c.base);
    if (c.src.empty() && kind == TextKind::other && c.is_xml() && fragment.parse(c.value)) {
      xml_.mixed_content();
      fragment.write_nodes(xml_, {});  // inline XML, as read
    } else if (c.src.empty() && !out_.write_laid_out(c.value, c.layout, kind, kAtom, true)) {
      payload(c.value, kind, xhtml ? &fragment : nullptr);
    }
    xml_.end_element();
  }

  void link(const Link& l) { write_link(xml_, l, out_.options(), {}, false); }

  void simple_link(std::string_view rel, std::string_view href, std::string_view type = {},
                   std::string_view length = {}) {
    xml_.start_element("link", kAtom);
    xml_.attribute("rel", rel);
    if (!type.empty()) xml_.attribute("type", type);
    if (writes_required(href, out_.options())) xml_.attribute("href", href);
    if (!length.empty()) xml_.attribute("length", length);
    xml_.end_element();
  }

  void category(const Category& c, bool dc_form = false) {
    if (dc_form && term_only(c)) {
      xml_.text_element("subject", c.term, ns::kDc, "dc");
      return;
    }
    xml_.start_element("category", kAtom);
    // RFC 4287 §4.2.2.1 requires a term; one read without is written without (or as read, "").
    if (writes_required(c.term, out_.options())) xml_.attribute("term", c.term);
    if (!c.scheme.empty()) xml_.attribute("scheme", c.scheme);
    if (!c.label.empty()) xml_.attribute("label", c.label);
    xml_.end_element();
  }

  void person(std::string_view name, const Person& p) {
    using E = PersonElement;
    struct Fields : PlainFields<Person, E> {
      AtomElements& w;
      std::size_t count(E e) const {
        switch (e) {
          case E::name:
            // RFC 4287 §3.2.1: atom:name is required, even if empty; a person read without
            // one (allow_missing: written as read) is written without.
            return s.name.empty() && w.out_.options().allow_missing ? 0 : 1;
          case E::email:
            return s.email.empty() ? 0 : 1;
          case E::uri:
          case E::url:
            return s.uri.empty() ? 0 : 1;
          case E::extension:
            return s.extensions.size();
          case E::text:
            break;
        }
        return 0;
      }
      void write(E e, std::size_t i) {
        if (!written.allows(field_of(e), s.extensions, i, Target::atom, Level::person, *this)) {
          return;
        }
        switch (e) {
          case E::name:
          case E::text:
            if (e == E::text && name_as_text(s, w.out_.options())) {
              w.xml_.text(s.name);
            } else {
              w.element("name", s.name);
            }
            break;
          case E::email:
            w.element("email", s.email);
            break;
          case E::uri:
          case E::url:
            w.element(uri_name(e, w.out_.options()), s.uri);
            break;
          case E::extension:
            detail::write_extension(w.xml_, s.extensions[i]);
            break;
        }
      }
    };
    xml_.start_element(name, kAtom);
    detail::write_ordered(xml_, p.order, {E::name, E::uri, E::email, E::extension},
                          Fields{{p}, *this});
    xml_.end_element();
  }

  void generator(const Generator& g) {
    xml_.start_element("generator", kAtom);
    if (!g.uri.empty()) typed_attribute(xml_, "uri", g.uri);
    if (!g.version.empty()) xml_.attribute("version", g.version);
    xml_.text(g.name);
    xml_.end_element();
  }

  struct ChannelFields {
    AtomElements& w;
    const Channel& c;
    ChannelParts parts{c};

    static ChannelElement canonical(ChannelElement e) {
      return ChannelParts::is_part(e) ? e : detail::field_of(e);
    }
    static bool is_list(ChannelElement e) { return detail::is_list(e); }

    // The Atom elements a parsed feed may have had empty; the rest are written under conditions.
    static bool keeps_empty(ChannelElement e) {
      using E = ChannelElement;
      return e == E::title || e == E::description || e == E::copyright || e == E::last_build_date ||
             e == E::generator || e == E::id || e == E::icon || e == E::logo;
    }

    std::size_t count(ChannelElement e) const {
      using E = ChannelElement;
      if (parts.is_part(e)) return parts.count(e);
      switch (e) {
        case E::link:  // unless a link says the same
          return !c.link.empty() && !has_alternate(c.links, c.link) ? 1 : 0;
        case E::managing_editor:  // the author, when there is no other
          return !c.managing_editor.empty() && c.authors.empty() ? 1 : 0;
        case E::image:  // the logo, when there is no other
          return c.image && !c.image->url.empty() && c.logo.empty() ? 1 : 0;
        case E::language:  // xml:lang, unless it was read from <dc:language>
          return language_as_element(c) ? 1 : 0;
        case E::title:
        case E::links:
        case E::description:
        case E::copyright:
        case E::last_build_date:
        case E::categories:
        case E::generator:
        case E::id:
        case E::icon:
        case E::logo:
        case E::authors:
        case E::contributors:
        case E::itunes:
        case E::podcast:
        case E::media:
        case E::dublin_core:
        case E::syndication:
        case E::geo:
        case E::creative_commons:
        case E::feedburner:
        case E::extension:
          return detail::value_count(c, e);
        default:
          return 0;  // RSS-only: language (xml:lang), pubDate, docs, cloud, ttl, ...
      }
    }

    detail::WrittenFields written{};

    void write(ChannelElement e, std::size_t i) {
      using E = ChannelElement;
      const KeptAttributesScope kept(w.xml_, w.out_.options(), c.attributes, false, canonical(e),
                                     i);
      if (!written.allows(canonical(e), c.extensions, i, Target::atom, Level::channel, *this)) {
        return;
      }
      if (parts.is_part(e))
        return write_part(w.xml_, parts, e, i, Target::atom, Level::channel, *this);
      switch (canonical(e)) {
        case E::title:
          w.text_construct("title", c.title);
          break;
        case E::link:
          w.simple_link("alternate", c.link);
          break;
        case E::links:
          w.link(c.links[i]);
          break;
        case E::description:
          w.text_construct("subtitle", c.description);
          break;
        case E::copyright:
          w.text_construct("rights", c.copyright);
          break;
        case E::managing_editor:
          w.person("author", parse_person(c.managing_editor));
          break;
        case E::last_build_date:
          w.date_element("updated", c.last_build_date, DateStyle::rfc3339, kAtom);
          break;
        case E::categories:
          w.category(c.categories[i], e == E::dc_subject);
          break;
        case E::generator:
          w.generator(c.generator);
          break;
        case E::image:
          w.element("logo", c.image->url);
          break;
        case E::id:
          w.element("id", c.id);
          break;
        case E::icon:
          w.element("icon", c.icon);
          break;
        case E::logo:
          w.element("logo", c.logo);
          break;
        case E::authors:
          w.person("author", c.authors[i]);
          break;
        case E::contributors:
          w.person("contributor", c.contributors[i]);
          break;
        case E::language:
          w.xml_.text_element("language", c.language, ns::kDc, "dc");
          break;
        case E::extension:
          detail::write_extension(w.xml_, c.extensions[i]);
          break;
        default:
          break;
      }
    }
  };

  void write_channel(const Channel& c, OrderedPart part) {
    using E = ChannelElement;
    detail::write_ordered(xml_, c.order,
                          {E::id, E::title, E::description, E::link, E::links, E::last_build_date,
                           E::copyright, E::generator, E::icon, E::logo, E::image, E::authors,
                           E::managing_editor, E::contributors, E::categories},
                          detail::kChannelTail, ChannelFields{*this, c}, part);
  }

  // --- entry -----------------------------------------------------------------------------------

  struct ItemFields {
    AtomElements& w;
    const Item& m;
    ItemParts parts{m};

    // A vocabulary part is its own field: no table to look in, for the many items without one.
    static ItemElement canonical(ItemElement e) {
      return ItemParts::is_part(e) ? e : detail::field_of(e);
    }
    static bool is_list(ItemElement e) { return detail::is_list(e); }

    static bool keeps_empty(ItemElement e) {
      using E = ItemElement;
      return e == E::title || e == E::description || e == E::content || e == E::guid ||
             e == E::pub_date || e == E::updated || e == E::rights;
    }

    std::size_t count(ItemElement e) const {
      if (e == ItemElement::link) {  // unless a link says the same
        return !m.link.empty() && !has_alternate(m.links, m.link) ? 1 : 0;
      }
      return parts.is_part(e) ? parts.count(e) : detail::value_count(m, e);
    }

    detail::WrittenFields written{};

    void write(ItemElement e, std::size_t i) {
      using E = ItemElement;
      const KeptAttributesScope kept(w.xml_, w.out_.options(), m.attributes, false, canonical(e),
                                     i);
      if (!written.allows(canonical(e), m.extensions, i, Target::atom, Level::item, *this)) return;
      if (parts.is_part(e))
        return write_part(w.xml_, parts, e, i, Target::atom, Level::item, *this);
      switch (canonical(e)) {
        case E::title:
          w.text_construct("title", m.title);
          break;
        case E::link:
          w.simple_link("alternate", m.link);
          break;
        case E::links:
          w.link(m.links[i]);
          break;
        case E::description:
          w.text_construct("summary", m.description);
          break;
        case E::content:
          w.content(m.content);
          break;
        case E::author:
          w.person("author", parse_person(m.author));
          break;
        case E::authors:
          if (e == E::dc_creator && name_only(m.authors[i])) {
            w.xml_.text_element("creator", m.authors[i].name, ns::kDc, "dc");
          } else {
            w.person("author", m.authors[i]);
          }
          break;
        case E::contributors:
          w.person("contributor", m.contributors[i]);
          break;
        case E::categories:
          w.category(m.categories[i], e == E::dc_subject);
          break;
        case E::comments:
          // RFC 4685 §4: rel="replies" points at the responses to an entry.
          w.simple_link("replies", m.comments, "text/html");
          break;
        case E::enclosures: {
          const Enclosure& enc = m.enclosures[i];
          w.simple_link("enclosure", enc.url, enc.type, enc.length);
          break;
        }
        case E::guid:
          w.element("id", m.guid.value);
          break;
        case E::pub_date:
          w.date_element("published", m.pub_date, DateStyle::rfc3339, kAtom);
          break;
        case E::updated:
          w.date_element("updated", m.updated, DateStyle::rfc3339, kAtom);
          break;
        case E::source:
          w.source(*m.source);
          break;
        case E::rights:
          w.text_construct("rights", m.rights);
          break;
        case E::extension:
          detail::write_extension(w.xml_, m.extensions[i]);
          break;
        default:
          break;
      }
    }
  };

  void source(const Source& s) {
    using E = SourceElement;
    struct Fields : PlainFields<Source, E> {
      AtomElements& w;
      void write(E e, std::size_t i) {
        if (!written.allows(e, s.extensions, i, Target::atom, Level::source, *this)) return;
        switch (e) {
          case E::title:
            w.text_construct("title", s.title);
            break;
          case E::id:
            w.element("id", s.id);
            break;
          case E::links:
            w.link(s.links[i]);
            break;
          case E::updated:
            w.date_element("updated", s.updated, DateStyle::rfc3339, kAtom);
            break;
          case E::authors:
            w.person("author", s.authors[i]);
            break;
          case E::extension:
            detail::write_extension(w.xml_, s.extensions[i]);
            break;
        }
      }
    };
    xml_.start_element("source", kAtom);
    detail::write_ordered(xml_, s.order,
                          {E::id, E::title, E::links, E::updated, E::authors, E::extension},
                          Fields{{s}, *this});
    // RSS <source url> is the feed's own address: Atom's rel="self".
    if (!s.url.empty() && find_link(s.links, "self") == nullptr) {
      simple_link("self", s.url);
    }
    xml_.end_element();
  }

  void write_entry(const Item& item) {
    using E = ItemElement;
    {
      const KeptAttributesScope kept(xml_, out_.options(), item.attributes, true, ItemElement{}, 0);
      xml_.start_element("entry", kAtom);
    }
    write_lang_and_base(xml_, item.lang, item.base);
    detail::write_ordered(xml_, item.order,
                          {E::guid, E::title, E::link, E::links, E::enclosures, E::comments,
                           E::pub_date, E::updated, E::author, E::authors, E::contributors,
                           E::categories, E::description, E::content, E::source, E::rights},
                          detail::kItemTail, ItemFields{*this, item});
    xml_.end_element();
  }

 private:
  void write_html(std::string_view value) { out_.write_html(value); }
  void date_element(std::string_view name, const Date& date, DateStyle style,
                    std::string_view ns = {}, std::string_view prefix = {}) {
    out_.date_element(name, date, style, ns, prefix);
  }

  FeedWriterBase& out_;
  XmlWriter& xml_;
};

}  // namespace

void write_atom_feed(FeedWriterBase& out, const Channel& channel, OrderedPart part) {
  AtomElements(out).write_channel(channel, part);
}

void write_atom_entry(FeedWriterBase& out, const Item& item) {
  AtomElements(out).write_entry(item);
}

void add_atom_namespaces(NamespaceSet& set, const Channel& channel) {
  add_namespaces_of(set, channel);
}
void add_atom_namespaces(NamespaceSet& set, const Item& item) { add_namespaces_of(set, item); }

}  // namespace feedpp::detail
