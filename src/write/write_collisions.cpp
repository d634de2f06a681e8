// SPDX-License-Identifier: MIT
// The tables here mirror what rss_reader.cpp and atom_reader.cpp type at each level.
#include "write/write_collisions.hpp"

#include <string_view>

#include "base/ascii.hpp"

#include "base/vocabulary.hpp"

namespace feedpp::detail {
namespace {

struct Entry {
  Vocabulary vocabulary;  // `none` stands for the format's own (no namespace, RSS or Atom)
  std::string_view name;
  Collision::Kind kind;
  int field;
};

template <class E>
constexpr int f(E e) {
  return static_cast<int>(e);
}

using C = ChannelElement;
using I = ItemElement;
constexpr Collision::Kind S = Collision::single;
constexpr Collision::Kind L = Collision::list;
constexpr Collision::Kind X = Collision::structural;
constexpr Vocabulary kOwn = Vocabulary::none;

constexpr Entry kRssRoot[] = {{kOwn, "channel", X, -1},
                              {kOwn, "item", X, -1},
                              {kOwn, "image", X, -1},
                              {kOwn, "textinput", X, -1}};

constexpr Entry kRssChannel[] = {
    {kOwn, "item", X, -1},
    {kOwn, "title", S, f(C::title)},
    {kOwn, "link", S, f(C::link)},
    {kOwn, "description", S, f(C::description)},
    {kOwn, "language", S, f(C::language)},
    {kOwn, "copyright", S, f(C::copyright)},
    {kOwn, "managingEditor", S, f(C::managing_editor)},
    {kOwn, "webMaster", S, f(C::web_master)},
    {kOwn, "pubDate", S, f(C::pub_date)},
    {kOwn, "lastBuildDate", S, f(C::last_build_date)},
    {kOwn, "category", L, -1},
    {kOwn, "generator", S, f(C::generator)},
    {kOwn, "docs", S, f(C::docs)},
    {kOwn, "cloud", S, f(C::cloud)},
    {kOwn, "ttl", S, f(C::ttl)},
    {kOwn, "image", S, f(C::image)},
    {kOwn, "rating", S, f(C::rating)},
    {kOwn, "textInput", S, f(C::text_input)},
    {kOwn, "skipHours", S, f(C::skip_hours)},
    {kOwn, "skipDays", S, f(C::skip_days)},
    {Vocabulary::atom, "link", L, -1},
    {Vocabulary::atom, "id", S, f(C::id)},
    {Vocabulary::atom, "icon", S, f(C::icon)},
    {Vocabulary::atom, "logo", S, f(C::logo)},
    {Vocabulary::atom, "author", L, -1},
    {Vocabulary::atom, "contributor", L, -1},
    {Vocabulary::dc, "title", S, f(C::title)},
    {Vocabulary::dc, "description", S, f(C::description)},
    {Vocabulary::dc, "language", S, f(C::language)},
    {Vocabulary::dc, "rights", S, f(C::copyright)},
    {Vocabulary::dc, "date", S, f(C::last_build_date)},
    {Vocabulary::dc, "creator", L, -1},
    {Vocabulary::dc, "contributor", L, -1},
    {Vocabulary::dc, "subject", L, -1},
    {Vocabulary::dcterms, "issued", S, f(C::pub_date)},
    {Vocabulary::dcterms, "modified", S, f(C::last_build_date)},
};

constexpr Entry kRssItem[] = {
    {kOwn, "title", S, f(I::title)},
    {kOwn, "link", S, f(I::link)},
    {kOwn, "description", S, f(I::description)},
    {kOwn, "author", S, f(I::author)},
    {kOwn, "category", L, -1},
    {kOwn, "comments", S, f(I::comments)},
    {kOwn, "enclosure", L, -1},
    {kOwn, "guid", S, f(I::guid)},
    {kOwn, "pubDate", S, f(I::pub_date)},
    {kOwn, "source", S, f(I::source)},
    {Vocabulary::content, "encoded", S, f(I::content)},
    {Vocabulary::atom, "link", L, -1},
    {Vocabulary::atom, "author", L, -1},
    {Vocabulary::atom, "contributor", L, -1},
    {Vocabulary::atom, "updated", S, f(I::updated)},
    {Vocabulary::atom, "rights", S, f(I::rights)},
    {Vocabulary::dc, "title", S, f(I::title)},
    {Vocabulary::dc, "description", S, f(I::description)},
    {Vocabulary::dc, "creator", L, -1},
    {Vocabulary::dc, "contributor", L, -1},
    {Vocabulary::dc, "subject", L, -1},
    {Vocabulary::dc, "date", S, f(I::updated)},
    {Vocabulary::dc, "rights", S, f(I::rights)},
    {Vocabulary::dcterms, "issued", S, f(I::pub_date)},
    {Vocabulary::dcterms, "modified", S, f(I::updated)},
};

constexpr Entry kRssImage[] = {{kOwn, "url", S, f(ImageElement::url)},
                               {kOwn, "title", S, f(ImageElement::title)},
                               {kOwn, "link", S, f(ImageElement::link)},
                               {kOwn, "width", S, f(ImageElement::width)},
                               {kOwn, "height", S, f(ImageElement::height)},
                               {kOwn, "description", S, f(ImageElement::description)}};

constexpr Entry kRssTextInput[] = {{kOwn, "title", S, f(TextInputElement::title)},
                                   {kOwn, "description", S, f(TextInputElement::description)},
                                   {kOwn, "name", S, f(TextInputElement::name)},
                                   {kOwn, "link", S, f(TextInputElement::link)}};

constexpr Entry kPerson[] = {{kOwn, "name", S, f(PersonElement::name)},
                             {kOwn, "email", S, f(PersonElement::email)},
                             {kOwn, "uri", S, f(PersonElement::uri)},
                             {kOwn, "url", S, f(PersonElement::uri)},
                             {kOwn, "homepage", S, f(PersonElement::uri)}};

constexpr Entry kAtomFeed[] = {
    {kOwn, "entry", X, -1},
    {kOwn, "item", X, -1},
    {kOwn, "title", S, f(C::title)},
    {kOwn, "subtitle", S, f(C::description)},
    {kOwn, "tagline", S, f(C::description)},
    {kOwn, "rights", S, f(C::copyright)},
    {kOwn, "copyright", S, f(C::copyright)},
    {kOwn, "updated", S, f(C::last_build_date)},
    {kOwn, "modified", S, f(C::last_build_date)},
    {kOwn, "id", S, f(C::id)},
    {kOwn, "icon", S, f(C::icon)},
    {kOwn, "logo", S, f(C::logo)},
    {kOwn, "link", L, -1},
    {kOwn, "author", L, -1},
    {kOwn, "contributor", L, -1},
    {kOwn, "category", L, -1},
    {kOwn, "generator", S, f(C::generator)},
    {Vocabulary::dc, "language", S, f(C::language)},
    {Vocabulary::dc, "subject", L, -1},
};

constexpr Entry kAtomEntry[] = {
    {kOwn, "id", S, f(I::guid)},
    {kOwn, "title", S, f(I::title)},
    {kOwn, "link", L, -1},
    {kOwn, "summary", S, f(I::description)},
    {kOwn, "content", S, f(I::content)},
    {kOwn, "author", L, -1},
    {kOwn, "contributor", L, -1},
    {kOwn, "category", L, -1},
    {kOwn, "published", S, f(I::pub_date)},
    {kOwn, "issued", S, f(I::pub_date)},
    {kOwn, "updated", S, f(I::updated)},
    {kOwn, "modified", S, f(I::updated)},
    {kOwn, "rights", S, f(I::rights)},
    {kOwn, "copyright", S, f(I::rights)},
    {kOwn, "source", S, f(I::source)},
    {Vocabulary::dc, "subject", L, -1},
    {Vocabulary::dc, "creator", L, -1},
};

constexpr Entry kAtomSource[] = {{kOwn, "title", S, f(SourceElement::title)},
                                 {kOwn, "id", S, f(SourceElement::id)},
                                 {kOwn, "link", L, -1},
                                 {kOwn, "updated", S, f(SourceElement::updated)},
                                 {kOwn, "author", L, -1}};

// The format's own vocabulary, as its reader recognises it once written.
bool own(Target target, Vocabulary v) {
  if (target == Target::rss) return v == Vocabulary::none || v == Vocabulary::rss;
  return v == Vocabulary::atom || v == Vocabulary::atom03;
}

template <std::size_t N>
Collision look_up(const Entry (&table)[N], Target target, const Extension& e) {
  const Vocabulary v = vocabulary_of(e.ns);
  for (const Entry& entry : table) {
    const bool vocabulary = entry.vocabulary == kOwn ? own(target, v) : entry.vocabulary == v;
    if (vocabulary && iequals(e.name, entry.name)) return Collision{entry.kind, entry.field};
  }
  return {};
}

}  // namespace

Collision collision(Target target, Level level, const Extension& e) noexcept {
  const bool rss = target == Target::rss;
  switch (level) {
    case Level::root:
      return rss ? look_up(kRssRoot, target, e) : look_up(kAtomFeed, target, e);
    case Level::channel:
      return rss ? look_up(kRssChannel, target, e) : look_up(kAtomFeed, target, e);
    case Level::item:
      return rss ? look_up(kRssItem, target, e) : look_up(kAtomEntry, target, e);
    case Level::image:
      return rss ? look_up(kRssImage, target, e) : Collision{};
    case Level::text_input:
      return rss ? look_up(kRssTextInput, target, e) : Collision{};
    case Level::person: {
      // Atom persons, in RSS as atom:author: their children are Atom's, or in no namespace.
      const Vocabulary v = vocabulary_of(e.ns);
      if (v != Vocabulary::none && v != Vocabulary::atom && v != Vocabulary::atom03) return {};
      Collision c;
      for (const Entry& entry : kPerson) {
        if (iequals(e.name, entry.name)) c = Collision{entry.kind, entry.field};
      }
      return c;
    }
    case Level::source:
      return rss ? Collision{} : look_up(kAtomSource, target, e);
  }
  return {};
}

}  // namespace feedpp::detail
