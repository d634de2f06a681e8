// SPDX-License-Identifier: MIT
// view_item(): an item as a reader shows it, folded from RSS, Atom and the vocabularies.
#include <charconv>
#include <initializer_list>

#include "base/ascii.hpp"
#include "ext/vocabularies.hpp"
#include "view/view_json.hpp"
#include "view/view_support.hpp"
#include "view/view_vocabularies.hpp"

namespace feedpp {
namespace {

using detail::find_extension;
using detail::resolved;
using detail::Scope;
using detail::trim;
using detail::Vocabulary;
using detail::was_there;

std::optional<std::int64_t> integer(std::string_view text) {
  text = trim(text);
  std::int64_t n = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return {};
  return n;
}

// Links in document order: RSS <link>, Atom links and enclosures where they stood; licenses.
void links(const Item& it, const Scope& scope, ItemView& v) {
  const std::string rss_link(trim(it.link));
  std::vector<Link> list;
  bool link_done = false;
  std::size_t next_link = 0;
  std::size_t next_enclosure = 0;
  const auto enclosure = [](const Enclosure& e) {
    Link l{std::string(trim(e.url)), "enclosure", e.type};
    l.length = e.length;
    return l;
  };
  for (std::size_t i = 0; i < it.order.size(); ++i) {
    const ItemElement e = it.order[i];
    if (e == ItemElement::link && !link_done && !rss_link.empty()) {
      list.push_back({rss_link, "alternate", "text/html"});
      link_done = true;
    } else if (e == ItemElement::links && next_link < it.links.size()) {
      list.push_back(it.links[next_link++]);
    } else if (e == ItemElement::enclosures && next_enclosure < it.enclosures.size()) {
      list.push_back(enclosure(it.enclosures[next_enclosure++]));
    }
  }
  if (!link_done && !rss_link.empty()) list.push_back({rss_link, "alternate", "text/html"});
  while (next_link < it.links.size()) list.push_back(it.links[next_link++]);
  while (next_enclosure < it.enclosures.size()) {
    list.push_back(enclosure(it.enclosures[next_enclosure++]));
  }
  for (const Link& l : list) {
    v.links.push_back(detail::link_view(l, scope));
    if (v.links.back().rel == "enclosure") {
      v.enclosures.push_back({v.links.back().href, l.type, integer(l.length)});
    }
  }
  if (const CreativeCommons* cc = it.creative_commons.get()) {
    for (const CcLicense& l : cc->cc_licenses) {
      const std::string href(trim(l.resource.empty() ? l.text : l.resource));
      if (!href.empty()) v.links.push_back({resolved(scope, href), "license", {}, {}, {}, {}});
    }
    for (const std::string& l : cc->licenses) {
      if (!trim(l).empty()) v.links.push_back({resolved(scope, l), "license", {}, {}, {}, {}});
    }
  }
  v.link = resolved(scope, rss_link);
  for (const LinkView& l : v.links) {
    if (!v.link.empty()) break;
    if (l.rel == "alternate" && !trim(l.href).empty()) v.link = l.href;
  }
}

void identity(const detail::FeedContext& f, const Item& it, const Scope& scope, ItemView& v) {
  if (trim(it.guid.value).empty()) return;
  // RSS 2.0: a guid is a permalink unless it says not; RSS 1.0's rdf:about and Atom ids are not.
  const bool permalink =
      f.rss && f.feed.format != Format::rss_1_0 && it.guid.is_permalink.value_or(true);
  v.id = permalink || !f.rss ? resolved(scope, it.guid.value) : std::string(trim(it.guid.value));
  v.guid_is_permalink = permalink;
}

void texts(const detail::FeedContext& f, const Item& it, const Scope& scope, ItemView& v) {
  const MediaItem* media = it.media.get();
  const MediaText* media_title = nullptr;
  const MediaText* media_description = nullptr;
  if (media != nullptr) {
    media_title = media->title ? &*media->title : nullptr;
    media_description = media->description ? &*media->description : nullptr;
    for (const MediaGroup& g : media->groups) {  // the group's, when the item has none
      if (media_title == nullptr && g.title) media_title = &*g.title;
      if (media_description == nullptr && g.description) media_description = &*g.description;
    }
  }
  if (!it.title.empty() || it.order.contains(ItemElement::title) ||
      it.order.contains(ItemElement::dc_title)) {
    v.title = detail::text_view(it.title, "text/plain", scope, f.rss);
  } else if (media_title != nullptr) {
    v.title =
        detail::text_view(media_title->value, detail::mime(media_title->type, "text/plain"), scope);
  }
  // Content: Atom content or content:encoded, then xhtml:body and fullitem.
  if (!it.content.empty() || it.order.contains(ItemElement::content)) {
    v.content.push_back(detail::content_view(it.content, scope, f.rss, true));
  }
  for (const Extension& e : it.extensions) {
    const Vocabulary vocabulary = detail::vocabulary_of(e.ns);
    // <body> in no namespace: an RSS feed that forgot XHTML's.
    if (e.name == "body" && (vocabulary == Vocabulary::xhtml || e.ns.empty())) {
      v.content.push_back(detail::text_view(detail::markup(e), "application/xhtml+xml",
                                            detail::extension_scope(scope, e)));
    } else if (e.name == "fullitem" && (vocabulary == Vocabulary::atom ||
                                        vocabulary == Vocabulary::atom03 || e.ns.empty())) {
      v.content.push_back(
          detail::text_view(e.text, "text/html", detail::extension_scope(scope, e)));
    }
  }
  bool has_summary = !it.description.empty() || it.order.contains(ItemElement::description) ||
                     it.order.contains(ItemElement::dc_description);
  // RSS with a <summary> beside <description>: the summary is the summary, the description the
  // content.
  const Extension* rss_summary =
      f.rss ? find_extension(it.extensions, Vocabulary::none, "summary") : nullptr;
  const ItunesItem* itunes = it.itunes.get();
  if (rss_summary != nullptr && has_summary) {
    const Content described{
        it.description.value, "html", {}, it.description.lang, it.description.base};
    v.content.insert(v.content.begin(), detail::content_view(described, scope, f.rss, true));
    v.summary = detail::text_view(*rss_summary, "text/html", scope, f.rss);
  } else if (has_summary) {
    v.summary = detail::text_view(it.description, f.rss ? "text/html" : "text/plain", scope, f.rss);
  } else if (rss_summary != nullptr) {
    // a <summary> alone is no RSS element: kept as an extension only
  } else if (itunes != nullptr && was_there(*itunes, &ItunesItem::summary)) {
    v.summary = detail::text_view(itunes->summary, "text/plain", scope);
  } else if (media_description != nullptr) {
    v.summary = detail::text_view(media_description->value,
                                  detail::mime(media_description->type, "text/plain"), scope);
  } else if (!v.content.empty()) {
    v.summary = v.content.front();
    v.summary->src.clear();
  }
  if (!it.rights.empty()) v.rights = detail::text_view(it.rights, "text/plain", scope, f.rss);
  if (itunes != nullptr && was_there(*itunes, &ItunesItem::subtitle)) {
    v.subtitle = detail::text_view(itunes->subtitle, "text/plain", scope);
  }
}

void people(const Item& it, const Scope& scope, ItemView& v) {
  std::vector<Person> authors;
  if (!trim(it.author).empty()) authors.push_back(parse_person(it.author));
  authors.insert(authors.end(), it.authors.begin(), it.authors.end());
  const DublinCore* dc = it.dublin_core.get();
  if (dc != nullptr) {
    for (const std::string& name : dc->creators) authors.push_back(Person{name});
  }
  for (const Extension* e : detail::find_extensions(it.extensions, Vocabulary::dc, "author")) {
    authors.push_back(Person{e->text});
  }
  if (const ItunesItem* itunes = it.itunes.get(); itunes && !itunes->author.empty()) {
    authors.push_back(Person{itunes->author});
  }
  for (const Person& p : authors) v.authors.push_back(detail::person_view(p, scope));
  for (const Person& p : it.contributors) v.contributors.push_back(detail::person_view(p, scope));
  if (dc != nullptr) {
    for (const std::string& name : dc->contributors) {
      v.contributors.push_back(detail::person_view(Person{name}, scope));
    }
    if (!dc->publishers.empty()) {
      v.publisher = detail::person_view(parse_person(dc->publishers.front()), scope);
    }
  }
}

void dates(const Item& it, ItemView& v) {
  v.published = it.pub_date;
  v.updated = it.updated;
  if (v.published.empty()) {  // dcterms:issued in a format that does not map it (Atom)
    if (const Extension* e = find_extension(it.extensions, Vocabulary::dcterms, "issued")) {
      v.published = detail::date_from(e->text);
    }
  }
  if (const DublinCore* dc = it.dublin_core.get()) {
    v.created = dc->created;
    detail::validity(dc->valid, v.validity_start, v.validity_end);
  }
  if (const Extension* e =
          detail::find_last_extension(it.extensions, Vocabulary::atom, "created")) {
    v.created = detail::date_from(e->text);  // Atom 0.3
  }
  if (const Extension* e =
          detail::find_last_extension(it.extensions, Vocabulary::none, "expirationDate")) {
    v.expired = detail::date_from(e->text);  // RSS 0.93
  }
}

void details(const detail::FeedContext& f, const Item& it, const Scope& scope, ItemView& v) {
  for (const Category& k : it.categories) v.categories.push_back({k.term, k.scheme, k.label});
  detail::vocabulary_categories(nullptr, it.itunes.get(), it.extensions, it.media.get(),
                                v.categories);
  if (const DublinCore* dc = it.dublin_core.get()) v.language = std::string(trim(dc->language));
  v.comments = resolved(scope, it.comments);
  if (const WellFormedWeb* wfw = it.wfw.get()) {
    v.wfw_comment = resolved(scope, wfw->comment);
    v.wfw_comment_rss = resolved(scope, wfw->comment_rss);
  }
  if (const ItunesItem* itunes = it.itunes.get()) {
    detail::itunes_flags(
        itunes->block, was_there(*itunes, &ItunesItem::block), itunes->explicit_content,
        was_there(*itunes, &ItunesItem::explicit_content), f.options.exact_itunes_flags, v.itunes);
    if (was_there(*itunes, &ItunesItem::duration)) {
      v.itunes.duration =
          std::string(trim(itunes->duration.text.empty() ? detail::text_of_typed(itunes->duration)
                                                         : itunes->duration.text));
    }
    v.image = detail::itunes_image_view(itunes->image, scope);
  }
  if (!v.image) {
    for (const Extension* l : detail::find_extensions(it.extensions, Vocabulary::itunes, "link")) {
      if (detail::attribute_of(*l, "rel") == "image") {
        const std::string_view href = detail::attribute_of(*l, "href");
        v.image = ImageView{
            resolved(scope, href.empty() ? std::string_view(l->text) : href), {}, {}, {}, {}, {}};
        break;
      }
    }
  }
  if (const MediaItem* media = it.media.get()) {
    v.media = detail::media_view(*media);
    if (v.enclosures.empty()) {
      for (const MediaContent& c : v.media.contents) {
        if (!trim(c.url).empty()) {
          v.enclosures.push_back({resolved(scope, c.url), c.type, c.file_size.value});
        }
      }
    }
  }
  v.where = detail::where_view(it.geo.get());
  if (const Chapters* psc = it.chapters.get(); psc && !psc->lists.empty()) {
    v.chapters = detail::chapters_view(psc->lists.front());
  }
}

// RSS <source url>title</source>, or Atom's <source> with the feed metadata it copies.
SourceView source_view(const detail::FeedContext& f, const Source& s, const Scope& scope) {
  SourceView v;
  if (!s.title.empty()) v.title = detail::text_view(s.title, "text/plain", scope, f.rss);
  v.url = resolved(scope, s.url);
  v.id = resolved(scope, s.id);
  for (const Link& l : s.links) v.links.push_back(detail::link_view(l, scope));
  v.updated = s.updated;
  for (const Person& p : s.authors) v.authors.push_back(detail::person_view(p, scope));
  // The rest of an Atom source is kept as extensions: read them as a feed's.
  for (const Extension& e : s.extensions) {
    const Vocabulary vocabulary = detail::vocabulary_of(e.ns);
    if (vocabulary != Vocabulary::atom && vocabulary != Vocabulary::atom03) continue;
    if (e.name == "subtitle") {
      v.subtitle = detail::text_view(e, "text/plain", scope, f.rss);
    } else if (e.name == "rights") {
      v.rights = detail::text_view(e, "text/plain", scope, f.rss);
    } else if (e.name == "contributor") {
      Person p;
      for (const Extension& c : e.children) {
        if (c.name == "name") p.name = c.text;
        if (c.name == "email") p.email = c.text;
        if (c.name == "uri" || c.name == "url") p.uri = c.text;
      }
      v.contributors.push_back(detail::person_view(p, scope));
    } else if (e.name == "category") {
      detail::add_category(v.categories, {std::string(detail::attribute_of(e, "term")),
                                          std::string(detail::attribute_of(e, "scheme")),
                                          std::string(detail::attribute_of(e, "label"))});
    } else if (e.name == "generator") {
      v.generator =
          Generator{std::string(trim(e.text)), resolved(scope, detail::attribute_of(e, "uri")),
                    std::string(detail::attribute_of(e, "version"))};
    } else if (e.name == "icon") {
      v.icon = resolved(scope, e.text);
    } else if (e.name == "logo") {
      v.logo = resolved(scope, e.text);
    }
  }
  return v;
}

}  // namespace

ItemView view_item(const Feed& feed, const Item& item, const ViewOptions& options) {
  const detail::FeedContext f(feed, options);
  const Scope scope = detail::inner(f.channel, item.lang, item.base);
  ItemView v;
  texts(f, item, scope, v);
  links(item, scope, v);
  identity(f, item, scope, v);
  people(item, scope, v);
  dates(item, v);
  details(f, item, scope, v);
  if (item.source) v.source = source_view(f, *item.source, scope);
  detail::json_item_view(item, scope, v);
  v.elements = detail::item_elements(item);
  SanitizeOptions scratch = options.sanitize_options;
  for (std::optional<TextView>* t : {&v.title, &v.summary, &v.rights, &v.subtitle}) {
    detail::present(*t, options, scratch);
  }
  for (TextView& t : v.content) detail::present(t, options, scratch);
  if (v.summary) v.summary_text = text_of(*v.summary, options.sanitize_options.limits);
  if (v.source) {
    for (std::optional<TextView>* t : {&v.source->title, &v.source->subtitle, &v.source->rights}) {
      detail::present(*t, options, scratch);
    }
  }
  return v;
}

}  // namespace feedpp
