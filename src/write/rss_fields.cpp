// SPDX-License-Identifier: MIT
#include "write/rss_fields.hpp"

#include "base/xml_escape.hpp"
#include "model/fields.hpp"
#include "write/ordered_writer.hpp"
#include "write/vocabularies.hpp"
#include "write/write_collisions.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kAtom = ns::kAtom;
constexpr std::string_view kContent = ns::kContent;
constexpr std::string_view kDc = ns::kDc;
constexpr std::string_view kDcTerms = ns::kDcTerms;

// RSS <description> and <content:encoded> hold HTML: plain text is escaped into HTML first, so
// that a reader shows it as it was.
std::string html_from_plain(std::string_view text) {
  std::string out;
  detail::append_escaped(out, text, detail::EscapeMode::text);
  return out;
}

// Writes the elements of RSS, through the writer's XmlWriter, status and options.
class RssElements {
 public:
  explicit RssElements(FeedWriterBase& out) : out_(out), xml_(out.xml()) {}

  void element(std::string_view name, std::string_view value, std::string_view ns = {},
               std::string_view prefix = {}) {
    xml_.text_element(name, value, ns, prefix);
  }

  void description_element(std::string_view name, const Text& text, std::string_view ns = {},
                           std::string_view prefix = {}) {
    const TextKind kind = text.kind(TextKind::html);
    xml_.start_element(name, ns, prefix);
    html_payload(text.value, text.layout, kind, kind == TextKind::text);
    xml_.end_element();
  }

  // Writes the HTML an element holds: as the document laid it out (Layout), else as escaped HTML
  // (or CDATA), `plain` text made HTML first.
  void html_payload(std::string_view value, Layout layout, TextKind kind, bool plain) {
    if (out_.write_laid_out(value, layout, kind, {}, false)) return;
    if (plain) {
      out_.write_html(html_from_plain(value));
    } else {
      out_.write_html(value);
    }
  }

  // A title: plain text, or as the document laid it out (Layout).
  void title_element(const Text& text, std::string_view ns = {}, std::string_view prefix = {}) {
    xml_.start_element("title", ns, prefix);
    if (!out_.write_laid_out(text.value, text.layout, text.kind(), {}, false)) {
      xml_.text(text.value);
    }
    xml_.end_element();
  }

  void person(std::string_view name, std::string_view dc_name, const Person& p, bool dc_form) {
    if (dc_form && name_only(p)) {
      element(dc_name, p.name, kDc, "dc");
      return;
    }
    xml_.start_element(name, kAtom, "atom");
    detail::write_ordered(
        xml_, p.order,
        {PersonElement::name, PersonElement::email, PersonElement::uri, PersonElement::extension},
        PersonFields{{p}, *this});
    xml_.end_element();
  }

  struct PersonFields : PlainFields<Person, PersonElement> {
    RssElements& w;
    void write(PersonElement e, std::size_t i) {
      if (!written.allows(field_of(e), s.extensions, i, Target::rss, Level::person, *this)) {
        return;
      }
      switch (e) {
        case PersonElement::name:
        case PersonElement::text:
          if (e == PersonElement::text && name_as_text(s, w.out_.options())) {
            w.xml_.text(s.name);
          } else {
            w.element("name", s.name, kAtom, "atom");
          }
          break;
        case PersonElement::email:
          w.element("email", s.email, kAtom, "atom");
          break;
        case PersonElement::uri:
        case PersonElement::url:
          w.element(uri_name(e, w.out_.options()), s.uri, kAtom, "atom");
          break;
        case PersonElement::extension:
          detail::write_extension(w.xml_, s.extensions[i]);
          break;
      }
    }
  };

  // The seed feeds' attribute order: href, rel, type.
  void atom_link(const Link& link) { write_link(xml_, link, out_.options(), "atom", true); }

  void category(const Category& c, bool dc_form) {
    if (dc_form && c.scheme.empty() && c.label.empty()) {
      element("subject", c.term, kDc, "dc");
      return;
    }
    xml_.start_element("category");
    if (!c.scheme.empty()) xml_.attribute("domain", c.scheme);
    xml_.text(c.term);
    xml_.end_element();
  }

  // --- channel ---------------------------------------------------------------------------------

  struct ChannelFields {
    RssElements& w;
    const Channel& c;
    ChannelParts parts{c};

    static ChannelElement canonical(ChannelElement e) {
      return ChannelParts::is_part(e) ? e : detail::field_of(e);
    }
    static bool is_list(ChannelElement e) { return detail::is_list(e); }
    // Optional structs are absent when reset, whatever the order says.
    static bool keeps_empty(ChannelElement e) {
      using E = ChannelElement;
      return e != E::cloud && e != E::image && e != E::text_input;
    }
    std::size_t count(ChannelElement e) const {
      return parts.is_part(e) ? parts.count(e) : detail::value_count(c, e);
    }

    detail::WrittenFields written{};

    void write(ChannelElement e, std::size_t i) {
      const KeptAttributesScope kept(w.xml_, w.out_.options(), c.attributes, false, canonical(e),
                                     i);
      if (!written.allows(canonical(e), c.extensions, i, Target::rss, Level::channel, *this)) {
        return;
      }
      if (parts.is_part(e))
        return write_part(w.xml_, parts, e, i, Target::rss, Level::channel, *this);
      if (!write_rss(e, i)) write_module(e, i);
    }

    // RSS's own elements; false for the others.
    bool write_rss(ChannelElement e, std::size_t i) {
      using E = ChannelElement;
      switch (e) {
        case E::title:
          w.title_element(c.title);
          break;
        case E::link:
          w.element("link", c.link);
          break;
        case E::description:
          w.description_element("description", c.description);
          break;
        case E::language:
          w.element("language", c.language);
          break;
        case E::copyright:
          w.element("copyright", c.copyright.value);
          break;
        case E::managing_editor:
          w.element("managingEditor", c.managing_editor);
          break;
        case E::web_master:
          w.element("webMaster", c.web_master);
          break;
        case E::pub_date:
          w.date_element("pubDate", c.pub_date, DateStyle::rfc822);
          break;
        case E::last_build_date:
          w.date_element("lastBuildDate", c.last_build_date, DateStyle::rfc822);
          break;
        case E::categories:
          w.category(c.categories[i], false);
          break;
        case E::generator:
          w.element("generator", c.generator.name.empty() ? c.generator.uri : c.generator.name);
          break;
        case E::docs:
          w.element("docs", c.docs);
          break;
        case E::cloud:
          w.cloud(*c.cloud);
          break;
        case E::ttl:
          w.element("ttl", c.ttl);
          break;
        case E::image:
          w.image(*c.image);
          break;
        case E::rating:
          w.element("rating", c.rating);
          break;
        case E::text_input:
          w.text_input(*c.text_input);
          break;
        case E::skip_hours:
          w.list_element("skipHours", "hour", c.skip_hours);
          break;
        case E::skip_days:
          w.list_element("skipDays", "day", c.skip_days);
          break;
        default:
          return false;
      }
      return true;
    }

    // The elements of other vocabularies (Atom, Dublin Core) RSS channels carry.
    void write_module(ChannelElement e, std::size_t i) {
      using E = ChannelElement;
      switch (e) {
        case E::dc_title:
          w.title_element(c.title, kDc, "dc");
          break;
        case E::links:
          w.atom_link(c.links[i]);
          break;
        case E::dc_description:
          w.description_element("description", c.description, kDc, "dc");
          break;
        case E::dc_language:
          w.element("language", c.language, kDc, "dc");
          break;
        case E::dc_rights:
          w.element("rights", c.copyright.value, kDc, "dc");
          break;
        case E::dcterms_issued:
          w.date_element("issued", c.pub_date, DateStyle::rfc3339, kDcTerms, "dcterms");
          break;
        case E::dc_date:
          w.date_element("date", c.last_build_date, DateStyle::rfc3339, kDc, "dc");
          break;
        case E::dcterms_modified:
          w.date_element("modified", c.last_build_date, DateStyle::rfc3339, kDcTerms, "dcterms");
          break;
        case E::dc_subject:
          w.category(c.categories[i], true);
          break;
        case E::id:
          w.element("id", c.id, kAtom, "atom");
          break;
        case E::icon:
          w.element("icon", c.icon, kAtom, "atom");
          break;
        case E::logo:
          w.element("logo", c.logo, kAtom, "atom");
          break;
        case E::authors:
        case E::dc_creator:
          w.person("author", "creator", c.authors[i], e == E::dc_creator);
          break;
        case E::contributors:
        case E::dc_contributor:
          w.person("contributor", "contributor", c.contributors[i], e == E::dc_contributor);
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
    // Models built in code get the order blogs write (title, link, description, image, ...).
    detail::write_ordered(xml_, c.order,
                          {E::title,
                           E::link,
                           E::description,
                           E::image,
                           E::generator,
                           E::language,
                           E::managing_editor,
                           E::web_master,
                           E::copyright,
                           E::pub_date,
                           E::last_build_date,
                           E::links,
                           E::categories,
                           E::docs,
                           E::cloud,
                           E::ttl,
                           E::rating,
                           E::text_input,
                           E::skip_hours,
                           E::skip_days,
                           E::id,
                           E::icon,
                           E::logo,
                           E::dc_creator,
                           E::dc_contributor},
                          detail::kChannelTail, ChannelFields{*this, c}, part);
  }

  void cloud(const Cloud& cloud) {
    xml_.start_element("cloud");
    const auto attribute = [&](std::string_view name, const std::string& value) {
      if (!value.empty()) xml_.attribute(name, value);
    };
    attribute("domain", cloud.domain);
    attribute("port", cloud.port);
    attribute("path", cloud.path);
    attribute("registerProcedure", cloud.register_procedure);
    attribute("protocol", cloud.protocol);
    xml_.end_element();
  }

  void list_element(std::string_view name, std::string_view child,
                    const std::vector<std::string>& values) {
    xml_.start_element(name);
    for (const std::string& v : values) element(child, v);
    xml_.end_element();
  }

  void image(const Image& image) {
    using E = ImageElement;
    struct Fields : PlainFields<Image, E> {
      RssElements& w;
      void write(E e, std::size_t i) {
        if (!written.allows(e, s.extensions, i, Target::rss, Level::image, *this)) return;
        switch (e) {
          case E::url:
            w.element("url", s.url);
            break;
          case E::title:
            w.element("title", s.title);
            break;
          case E::link:
            w.element("link", s.link);
            break;
          case E::width:
            w.element("width", s.width);
            break;
          case E::height:
            w.element("height", s.height);
            break;
          case E::description:
            w.element("description", s.description);
            break;
          case E::extension:
            detail::write_extension(w.xml_, s.extensions[i]);
            break;
        }
      }
    };
    xml_.start_element("image");
    // RSS 2.0 requires url, title and link; the default order is the one Hugo writes.
    detail::write_ordered(
        xml_, image.order,
        {E::title, E::url, E::link, E::width, E::height, E::description, E::extension},
        Fields{{image}, *this});
    xml_.end_element();
  }

  void text_input(const TextInput& input) {
    using E = TextInputElement;
    struct Fields : PlainFields<TextInput, E> {
      RssElements& w;
      void write(E e, std::size_t i) {
        if (!written.allows(e, s.extensions, i, Target::rss, Level::text_input, *this)) return;
        switch (e) {
          case E::title:
            w.element("title", s.title);
            break;
          case E::description:
            w.element("description", s.description);
            break;
          case E::name:
            w.element("name", s.name);
            break;
          case E::link:
            w.element("link", s.link);
            break;
          case E::extension:
            detail::write_extension(w.xml_, s.extensions[i]);
            break;
        }
      }
    };
    xml_.start_element("textInput");
    detail::write_ordered(xml_, input.order,
                          {E::title, E::description, E::name, E::link, E::extension},
                          Fields{{input}, *this});
    xml_.end_element();
  }

  // --- item ------------------------------------------------------------------------------------

  struct ItemFields {
    RssElements& w;
    const Item& m;
    ItemParts parts{m};

    // A vocabulary part is its own field: no table to look in, for the many items without one.
    static ItemElement canonical(ItemElement e) {
      return ItemParts::is_part(e) ? e : detail::field_of(e);
    }
    static bool is_list(ItemElement e) { return detail::is_list(e); }
    static bool keeps_empty(ItemElement e) { return e != ItemElement::source; }
    std::size_t count(ItemElement e) const {
      return parts.is_part(e) ? parts.count(e) : detail::value_count(m, e);
    }
    // Content RSS cannot hold in content:encoded is written as atom:content, which its reader
    // keeps as an extension: a content:encoded extension would read back as the content (found
    // by roundtrip_fuzzer).
    bool reads_back(ItemElement e) const {
      return count(e) > 0 && !(e == ItemElement::content && content_needs_atom(m.content));
    }

    detail::WrittenFields written{};

    void write(ItemElement e, std::size_t i) {
      using E = ItemElement;
      const KeptAttributesScope kept(w.xml_, w.out_.options(), m.attributes, false, canonical(e),
                                     i);
      if (!written.allows(canonical(e), m.extensions, i, Target::rss, Level::item, *this)) return;
      if (parts.is_part(e)) return write_part(w.xml_, parts, e, i, Target::rss, Level::item, *this);
      switch (e) {
        case E::title:
          w.title_element(m.title);
          break;
        case E::dc_title:
          w.title_element(m.title, kDc, "dc");
          break;
        case E::link:
          w.element("link", m.link);
          break;
        case E::links:
          w.atom_link(m.links[i]);
          break;
        case E::description:
          w.description_element("description", m.description);
          break;
        case E::dc_description:
          w.description_element("description", m.description, kDc, "dc");
          break;
        case E::content:
          w.content(m.content);
          break;
        case E::author:
          w.element("author", m.author);
          break;
        case E::authors:
        case E::dc_creator:
          w.person("author", "creator", m.authors[i], e == E::dc_creator);
          break;
        case E::contributors:
        case E::dc_contributor:
          w.person("contributor", "contributor", m.contributors[i], e == E::dc_contributor);
          break;
        case E::categories:
        case E::dc_subject:
          w.category(m.categories[i], e == E::dc_subject);
          break;
        case E::comments:
          w.element("comments", m.comments);
          break;
        case E::enclosures:
          w.enclosure(m.enclosures[i]);
          break;
        case E::guid:
          w.guid(m.guid);
          break;
        case E::pub_date:
          w.date_element("pubDate", m.pub_date, DateStyle::rfc822);
          break;
        case E::dcterms_issued:
          w.date_element("issued", m.pub_date, DateStyle::rfc3339, kDcTerms, "dcterms");
          break;
        case E::updated:
          w.date_element("updated", m.updated, DateStyle::rfc3339, kAtom, "atom");
          break;
        case E::dc_date:
          w.date_element("date", m.updated, DateStyle::rfc3339, kDc, "dc");
          break;
        case E::dcterms_modified:
          w.date_element("modified", m.updated, DateStyle::rfc3339, kDcTerms, "dcterms");
          break;
        case E::source:
          w.source(*m.source);
          break;
        case E::rights:
          w.element("rights", m.rights.value, kAtom, "atom");
          break;
        case E::dc_rights:
          w.element("rights", m.rights.value, kDc, "dc");
          break;
        case E::extension:
          detail::write_extension(w.xml_, m.extensions[i]);
          break;
        default:  // the vocabulary parts, written above
          break;
      }
    }
  };

  void write_item(const Item& item) {
    using E = ItemElement;
    {
      const KeptAttributesScope kept(xml_, out_.options(), item.attributes, true, ItemElement{}, 0);
      xml_.start_element("item");
    }
    write_lang_and_base(xml_, item.lang, item.base);
    // Models built in code get the order blogs write (title, link, pubDate, guid, description).
    detail::write_ordered(xml_, item.order,
                          {E::title, E::link, E::pub_date, E::author, E::guid, E::description,
                           E::content, E::dc_creator, E::categories, E::comments, E::enclosures,
                           E::source, E::links, E::dc_date, E::dc_contributor, E::dc_rights},
                          detail::kItemTail, ItemFields{*this, item});
    xml_.end_element();
  }

  void content(const Content& c) {
    if (content_needs_atom(c)) {
      xml_.start_element("content", kAtom, "atom");
      if (!c.type.empty()) xml_.attribute("type", c.type);
      if (!c.src.empty()) typed_attribute(xml_, "src", c.src);
      xml_.text(c.value);
      xml_.end_element();
    } else {
      xml_.start_element("encoded", kContent, "content");
      write_lang_and_base(xml_, c.lang, c.base);
      const TextKind kind = c.kind();
      html_payload(c.value, c.layout, kind, kind == TextKind::text && !c.type.empty());
      xml_.end_element();
    }
  }

  void enclosure(const Enclosure& e) {
    xml_.start_element("enclosure");
    // RSS 2.0 requires the url; one read without is written without (or as read, "").
    if (writes_required(e.url, out_.options())) typed_attribute(xml_, "url", e.url);
    if (!e.length.empty()) xml_.attribute("length", e.length);
    if (!e.type.empty()) xml_.attribute("type", e.type);
    xml_.end_element();
  }

  void guid(const Guid& g) {
    xml_.start_element("guid");
    if (g.is_permalink) typed_attribute(xml_, "isPermaLink", *g.is_permalink ? "true" : "false");
    xml_.text(g.value);
    xml_.end_element();
  }

  void source(const Source& s) {
    // RSS <source> needs the URL of the feed: an Atom source's self link serves.
    std::string_view url = s.url;
    if (url.empty()) {
      if (const Link* self = find_link(s.links, "self")) url = self->href;
    }
    xml_.start_element("source");
    // RSS 2.0 requires the url; one read without is written without (or as read, "").
    if (writes_required(url, out_.options())) typed_attribute(xml_, "url", url);
    xml_.text(s.title.value);
    xml_.end_element();
  }

 private:
  void date_element(std::string_view name, const Date& date, DateStyle style,
                    std::string_view ns = {}, std::string_view prefix = {}) {
    out_.date_element(name, date, style, ns, prefix);
  }

  FeedWriterBase& out_;
  XmlWriter& xml_;
};

}  // namespace

void write_rss_channel(FeedWriterBase& out, const Channel& channel, OrderedPart part) {
  RssElements(out).write_channel(channel, part);
}

void write_rss_item(FeedWriterBase& out, const Item& item) { RssElements(out).write_item(item); }

}  // namespace feedpp::detail
