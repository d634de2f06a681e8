// SPDX-License-Identifier: MIT
// view_channel(): the channel as a reader shows it, folded from RSS, Atom and the vocabularies.
#include <initializer_list>

#include "base/ascii.hpp"
#include "ext/vocabularies.hpp"
#include "view/view_json.hpp"
#include "view/view_support.hpp"

namespace feedpp {
namespace {

using detail::find_extension;
using detail::resolved;
using detail::Scope;
using detail::trim;
using detail::was_there;

// RSS 2.0's <redirect> beside the channel, on either side of it, or null.
const Extension* redirect(const Feed& feed) {
  for (const auto* beside : {&feed.extensions_before_channel, &feed.extensions}) {
    if (const Extension* r = find_extension(*beside, detail::Vocabulary::none, "redirect"))
      return r;
  }
  return nullptr;
}

// Links in document order: RSS <link> where it stood, then the Atom links.
void links(const Channel& c, const Scope& scope, ChannelView& v) {
  const std::string rss_link(trim(c.link));
  std::vector<Link> list;
  bool link_done = false;
  std::size_t next_link = 0;
  for (std::size_t i = 0; i < c.order.size(); ++i) {
    if (c.order[i] == ChannelElement::link && !link_done && !rss_link.empty()) {
      list.push_back({rss_link, "alternate", "text/html"});
      link_done = true;
    } else if (c.order[i] == ChannelElement::links && next_link < c.links.size()) {
      list.push_back(c.links[next_link++]);
    }
  }
  if (!link_done && !rss_link.empty()) list.push_back({rss_link, "alternate", "text/html"});
  while (next_link < c.links.size()) list.push_back(c.links[next_link++]);
  for (const Link& l : list) v.links.push_back(detail::link_view(l, scope));
  v.link = resolved(scope, rss_link);
  if (v.link.empty()) {
    if (const Link* alternate = find_link(c.links, "alternate")) {
      v.link = resolved(scope, alternate->href);
    }
  }
}

void texts(const detail::FeedContext& f, const Channel& c, const Scope& scope, ChannelView& v) {
  const ItunesChannel* itunes = c.itunes.get();
  const DublinCore* dc = c.dublin_core.get();
  if (!c.title.empty() || c.order.contains(ChannelElement::title)) {
    v.title = detail::text_view(c.title, "text/plain", scope, f.rss);
  }
  if (!c.description.empty() || c.order.contains(ChannelElement::description)) {
    v.subtitle = detail::text_view(c.description, f.rss ? "text/html" : "text/plain", scope, f.rss);
  } else if (itunes != nullptr && was_there(*itunes, &ItunesChannel::subtitle)) {
    v.subtitle = detail::text_view(itunes->subtitle, "text/plain", scope);
  } else if (dc != nullptr && was_there(*dc, &DublinCore::description)) {
    v.subtitle = detail::text_view(dc->description, "text/html", scope);
  }
  if (itunes != nullptr && was_there(*itunes, &ItunesChannel::summary)) {
    v.summary = detail::text_view(itunes->summary, "text/plain", scope);
  }
  if (!c.copyright.empty() || c.order.contains(ChannelElement::copyright)) {
    v.rights = detail::text_view(c.copyright, "text/plain", scope, f.rss);
  }
  if (const Extension* e = find_extension(c.extensions, detail::Vocabulary::atom, "info")) {
    v.info = detail::text_view(*e, "text/plain", scope, f.rss);
  }
  if (const Feedburner* fb = c.feedburner.get();
      fb != nullptr && was_there(*fb, &Feedburner::browser_friendly)) {
    v.info = detail::text_view(fb->browser_friendly, "text/plain", scope);
  }
}

void dates(const Channel& c, ChannelView& v) {
  v.updated = c.last_build_date;
  v.published = c.pub_date;
  if (const DublinCore* dc = c.dublin_core.get()) {
    v.created = dc->created;
    detail::validity(dc->valid, v.validity_start, v.validity_end);
  }
  if (v.updated.empty()) {  // dcterms:modified in a feed whose format does not map it (Atom)
    if (const Extension* e =
            find_extension(c.extensions, detail::Vocabulary::dcterms, "modified")) {
      v.updated = detail::date_from(e->text);
    }
  }
}

void people(const Channel& c, const Scope& scope, ChannelView& v) {
  std::vector<Person> authors = c.authors;
  if (const DublinCore* dc = c.dublin_core.get()) {
    for (const std::string& name : dc->creators) authors.push_back(Person{name});
  }
  if (!trim(c.managing_editor).empty()) authors.push_back(parse_person(c.managing_editor));
  for (const Extension* e :
       detail::find_extensions(c.extensions, detail::Vocabulary::none, "author")) {
    authors.push_back(Person{e->text});  // RSS 0.9x channels wrote an author
  }
  for (const Extension* e :
       detail::find_extensions(c.extensions, detail::Vocabulary::dc, "author")) {
    authors.push_back(Person{e->text});
  }
  if (const ItunesChannel* itunes = c.itunes.get(); itunes && !itunes->author.empty()) {
    authors.push_back(Person{itunes->author});
  }
  for (const Person& p : authors) v.authors.push_back(detail::person_view(p, scope));
  for (const Person& p : c.contributors) v.contributors.push_back(detail::person_view(p, scope));
  // The publisher: iTunes's owner, else dc:publisher, else RSS's webMaster.
  std::optional<Person> publisher;
  if (!trim(c.web_master).empty()) publisher = parse_person(c.web_master);
  if (const DublinCore* dc = c.dublin_core.get(); dc && !dc->publishers.empty()) {
    publisher = parse_person(dc->publishers.front());
  }
  if (const ItunesChannel* itunes = c.itunes.get(); itunes && itunes->owner) {
    publisher = Person{itunes->owner->name, itunes->owner->email, {}, {}, {}};
  }
  if (publisher) v.publisher = detail::person_view(*publisher, scope);
}

void details(const detail::FeedContext& f, const Channel& c, const Scope& scope, ChannelView& v) {
  for (const Category& k : c.categories) v.categories.push_back({k.term, k.scheme, k.label});
  detail::vocabulary_categories(c.itunes.get(), nullptr, c.extensions, c.media.get(), v.categories);
  if (!c.generator.name.empty() || !c.generator.uri.empty()) {
    v.generator = Generator{std::string(trim(c.generator.name)), resolved(scope, c.generator.uri),
                            c.generator.version};
  }
  const ItunesChannel* itunes = c.itunes.get();
  if (c.image) {
    v.image = detail::image_view(*c.image, scope);
  } else if (itunes != nullptr) {
    v.image = detail::itunes_image_view(itunes->image, scope);
  }
  v.icon = resolved(scope, c.icon);
  v.logo = resolved(scope, c.logo);
  v.docs = resolved(scope, c.docs);
  v.ttl = std::string(trim(c.ttl));
  v.cloud = c.cloud;
  if (c.text_input) {
    const TextInput& t = *c.text_input;
    v.text_input = TextInput{std::string(trim(t.title)),
                             std::string(trim(t.description)),
                             std::string(trim(t.name)),
                             resolved(scope, t.link),
                             {},
                             {}};
  }
  if (itunes != nullptr && !trim(itunes->new_feed_url).empty()) {
    v.new_feed_url = resolved(scope, itunes->new_feed_url);
  } else if (const Extension* r = redirect(f.feed)) {
    if (const Extension* n = find_extension(r->children, detail::Vocabulary::none, "newLocation")) {
      v.new_feed_url = resolved(scope, n->text);
    }
  }
  if (itunes != nullptr) {
    detail::itunes_flags(itunes->block, was_there(*itunes, &ItunesChannel::block),
                         itunes->explicit_content,
                         was_there(*itunes, &ItunesChannel::explicit_content),
                         f.options.exact_itunes_flags, v.itunes);
  }
}

}  // namespace

ChannelView view_channel(const Feed& feed, const ViewOptions& options) {
  const detail::FeedContext f(feed, options);
  const Channel& c = feed.channel;
  const Scope& scope = f.channel;
  ChannelView v;
  texts(f, c, scope, v);
  links(c, scope, v);
  v.id = resolved(scope, c.id);
  // Language: RSS <language> or dc:language, else xml:lang on the channel or the root, else HTTP's.
  v.language = std::string(trim(c.language));
  if (v.language.empty() && c.lang) v.language = std::string(trim(*c.lang));
  if (v.language.empty() && f.root_lang) v.language = std::string(trim(*f.root_lang));
  if (v.language.empty()) v.language = options.content_language;
  dates(c, v);
  people(c, scope, v);
  details(f, c, scope, v);
  detail::json_channel_view(c, scope, v);
  v.elements = detail::channel_elements(c);
  SanitizeOptions scratch = options.sanitize_options;
  for (std::optional<TextView>* t : {&v.title, &v.subtitle, &v.summary, &v.rights, &v.info}) {
    detail::present(*t, options, scratch);
  }
  return v;
}

}  // namespace feedpp
