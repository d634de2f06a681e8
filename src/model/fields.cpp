// SPDX-License-Identifier: MIT
#include "model/fields.hpp"

#include <array>
#include <type_traits>

#include "base/ascii.hpp"
#include "ext/vocabularies.hpp"

namespace feedpp::detail {
namespace {

// --- slot tables ---------------------------------------------------------------------------

bool has_value(const std::string& s) noexcept { return !s.empty(); }
bool has_value(const Text& t) noexcept { return !t.empty(); }
bool has_value(const Content& c) noexcept { return !c.empty(); }
bool has_value(const Date& d) noexcept { return !d.empty(); }
bool has_value(const Guid& g) noexcept { return !g.value.empty(); }
bool has_value(const Generator& g) noexcept {
  return !g.name.empty() || !g.uri.empty() || !g.version.empty();
}
template <class T>
bool has_value(const std::optional<T>& o) noexcept {
  return o.has_value();
}
template <class T>
bool has_value(const Boxed<T>& b) noexcept {
  return b.has_value();
}
template <class T>
bool has_value(const std::vector<T>& v) noexcept {  // one element holds the list (skipHours)
  return !v.empty();
}

// The count of a single-valued field: 1 when it has a value.
template <auto Member, class Struct>
std::size_t one(const Struct& s) noexcept {
  return has_value(s.*Member) ? 1 : 0;
}
// The count of a vocabulary's part: how many of its elements it holds.
template <auto Member, class Struct>
std::size_t elements(const Struct& s) noexcept {
  const auto* part = (s.*Member).get();
  return part != nullptr ? element_count(*part) : 0;
}

// The count of a list field: its size.
template <auto Member, class Struct>
std::size_t many(const Struct& s) noexcept {
  return (s.*Member).size();
}

// What an ElementOrder entry of `Struct` stands for.
template <class Struct, class E>
struct Slot {
  E slot;
  E field;
  bool list;
  std::size_t (*count)(const Struct&) noexcept;  // null for forms of another slot's field
};

// The rows must list every enumerator in order, so that a slot's row is at its value.
template <class Struct, class E, std::size_t N>
constexpr bool in_order(const Slot<Struct, E> (&rows)[N]) {
  for (std::size_t i = 0; i < N; ++i) {
    if (static_cast<std::size_t>(rows[i].slot) != i) return false;
  }
  return true;
}

using CE = ChannelElement;
using C = Channel;

constexpr Slot<C, CE> kChannelSlots[] = {
    {CE::title, CE::title, false, one<&C::title>},
    {CE::link, CE::link, false, one<&C::link>},
    {CE::links, CE::links, true, many<&C::links>},
    {CE::description, CE::description, false, one<&C::description>},
    {CE::language, CE::language, false, one<&C::language>},
    {CE::copyright, CE::copyright, false, one<&C::copyright>},
    {CE::managing_editor, CE::managing_editor, false, one<&C::managing_editor>},
    {CE::web_master, CE::web_master, false, one<&C::web_master>},
    {CE::pub_date, CE::pub_date, false, one<&C::pub_date>},
    {CE::last_build_date, CE::last_build_date, false, one<&C::last_build_date>},
    {CE::categories, CE::categories, true, many<&C::categories>},
    {CE::generator, CE::generator, false, one<&C::generator>},
    {CE::docs, CE::docs, false, one<&C::docs>},
    {CE::cloud, CE::cloud, false, one<&C::cloud>},
    {CE::ttl, CE::ttl, false, one<&C::ttl>},
    {CE::image, CE::image, false, one<&C::image>},
    {CE::rating, CE::rating, false, one<&C::rating>},
    {CE::text_input, CE::text_input, false, one<&C::text_input>},
    {CE::skip_hours, CE::skip_hours, false, one<&C::skip_hours>},
    {CE::skip_days, CE::skip_days, false, one<&C::skip_days>},
    {CE::id, CE::id, false, one<&C::id>},
    {CE::icon, CE::icon, false, one<&C::icon>},
    {CE::logo, CE::logo, false, one<&C::logo>},
    {CE::authors, CE::authors, true, many<&C::authors>},
    {CE::contributors, CE::contributors, true, many<&C::contributors>},
    {CE::extension, CE::extension, true, many<&C::extensions>},
    {CE::dc_title, CE::title, false, nullptr},
    {CE::dc_description, CE::description, false, nullptr},
    {CE::dc_language, CE::language, false, nullptr},
    {CE::dc_rights, CE::copyright, false, nullptr},
    {CE::dc_date, CE::last_build_date, false, nullptr},
    {CE::dc_creator, CE::authors, true, nullptr},
    {CE::dc_contributor, CE::contributors, true, nullptr},
    {CE::dc_subject, CE::categories, true, nullptr},
    {CE::dcterms_issued, CE::pub_date, false, nullptr},
    {CE::dcterms_modified, CE::last_build_date, false, nullptr},
    {CE::items, CE::items, false, nullptr},
    {CE::itunes, CE::itunes, true, elements<&C::itunes>},
    {CE::podcast, CE::podcast, true, elements<&C::podcast>},
    {CE::media, CE::media, true, elements<&C::media>},
    {CE::dublin_core, CE::dublin_core, true, elements<&C::dublin_core>},
    {CE::syndication, CE::syndication, true, elements<&C::syndication>},
    {CE::geo, CE::geo, true, elements<&C::geo>},
    {CE::creative_commons, CE::creative_commons, true, elements<&C::creative_commons>},
    {CE::feedburner, CE::feedburner, true, elements<&C::feedburner>},
};
static_assert(in_order(kChannelSlots));

using IE = ItemElement;
using I = Item;

constexpr Slot<I, IE> kItemSlots[] = {
    {IE::title, IE::title, false, one<&I::title>},
    {IE::link, IE::link, false, one<&I::link>},
    {IE::links, IE::links, true, many<&I::links>},
    {IE::description, IE::description, false, one<&I::description>},
    {IE::content, IE::content, false, one<&I::content>},
    {IE::author, IE::author, false, one<&I::author>},
    {IE::authors, IE::authors, true, many<&I::authors>},
    {IE::contributors, IE::contributors, true, many<&I::contributors>},
    {IE::categories, IE::categories, true, many<&I::categories>},
    {IE::comments, IE::comments, false, one<&I::comments>},
    {IE::enclosures, IE::enclosures, true, many<&I::enclosures>},
    {IE::guid, IE::guid, false, one<&I::guid>},
    {IE::pub_date, IE::pub_date, false, one<&I::pub_date>},
    {IE::updated, IE::updated, false, one<&I::updated>},
    {IE::source, IE::source, false, one<&I::source>},
    {IE::rights, IE::rights, false, one<&I::rights>},
    {IE::extension, IE::extension, true, many<&I::extensions>},
    {IE::dc_title, IE::title, false, nullptr},
    {IE::dc_description, IE::description, false, nullptr},
    {IE::dc_creator, IE::authors, true, nullptr},
    {IE::dc_contributor, IE::contributors, true, nullptr},
    {IE::dc_subject, IE::categories, true, nullptr},
    {IE::dc_date, IE::updated, false, nullptr},
    {IE::dc_rights, IE::rights, false, nullptr},
    {IE::dcterms_issued, IE::pub_date, false, nullptr},
    {IE::dcterms_modified, IE::updated, false, nullptr},
    {IE::beside_channel, IE::beside_channel, false, nullptr},
    {IE::itunes, IE::itunes, true, elements<&I::itunes>},
    {IE::podcast, IE::podcast, true, elements<&I::podcast>},
    {IE::media, IE::media, true, elements<&I::media>},
    {IE::dublin_core, IE::dublin_core, true, elements<&I::dublin_core>},
    {IE::slash, IE::slash, true, elements<&I::slash>},
    {IE::wfw, IE::wfw, true, elements<&I::wfw>},
    {IE::threading, IE::threading, true, elements<&I::threading>},
    {IE::geo, IE::geo, true, elements<&I::geo>},
    {IE::chapters, IE::chapters, true, elements<&I::chapters>},
    {IE::creative_commons, IE::creative_commons, true, elements<&I::creative_commons>},
    {IE::feedburner, IE::feedburner, true, elements<&I::feedburner>},
};
static_assert(in_order(kItemSlots));

using ImE = ImageElement;
constexpr Slot<Image, ImE> kImageSlots[] = {
    {ImE::url, ImE::url, false, one<&Image::url>},
    {ImE::title, ImE::title, false, one<&Image::title>},
    {ImE::link, ImE::link, false, one<&Image::link>},
    {ImE::width, ImE::width, false, one<&Image::width>},
    {ImE::height, ImE::height, false, one<&Image::height>},
    {ImE::description, ImE::description, false, one<&Image::description>},
    {ImE::extension, ImE::extension, true, many<&Image::extensions>},
};
static_assert(in_order(kImageSlots));

using TE = TextInputElement;
constexpr Slot<TextInput, TE> kTextInputSlots[] = {
    {TE::title, TE::title, false, one<&TextInput::title>},
    {TE::description, TE::description, false, one<&TextInput::description>},
    {TE::name, TE::name, false, one<&TextInput::name>},
    {TE::link, TE::link, false, one<&TextInput::link>},
    {TE::extension, TE::extension, true, many<&TextInput::extensions>},
};
static_assert(in_order(kTextInputSlots));

using PE = PersonElement;
constexpr Slot<Person, PE> kPersonSlots[] = {
    {PE::name, PE::name, false, one<&Person::name>},
    {PE::email, PE::email, false, one<&Person::email>},
    {PE::uri, PE::uri, false, one<&Person::uri>},
    {PE::extension, PE::extension, true, many<&Person::extensions>},
    {PE::url, PE::uri, false, one<&Person::uri>},
    {PE::text, PE::name, false, one<&Person::name>},
};
static_assert(in_order(kPersonSlots));

using SE = SourceElement;
constexpr Slot<Source, SE> kSourceSlots[] = {
    {SE::title, SE::title, false, one<&Source::title>},
    {SE::id, SE::id, false, one<&Source::id>},
    {SE::links, SE::links, true, many<&Source::links>},
    {SE::updated, SE::updated, false, one<&Source::updated>},
    {SE::authors, SE::authors, true, many<&Source::authors>},
    {SE::extension, SE::extension, true, many<&Source::extensions>},
};
static_assert(in_order(kSourceSlots));

template <class Struct, class E, std::size_t N>
const Slot<Struct, E>& row(const Slot<Struct, E> (&rows)[N], E e) noexcept {
  const auto i = static_cast<std::size_t>(e);
  return rows[i < N ? i : N - 1];  // out of range: the extensions' row, which is harmless
}

template <class Struct, class E, std::size_t N>
std::size_t count(const Slot<Struct, E> (&rows)[N], const Struct& s, E field) noexcept {
  const Slot<Struct, E>& r = row(rows, row(rows, field).field);
  return r.count != nullptr ? r.count(s) : 0;
}

// --- element tables ------------------------------------------------------------------------

constexpr Vocabulary kOwn = Vocabulary::none;
constexpr Fill S = Fill::single;
constexpr Fill L = Fill::list;
constexpr Fill X = Fill::structural;

template <class E>
constexpr std::uint8_t s(E e) {
  return static_cast<std::uint8_t>(e);
}

constexpr ElementRow kRssRoot[] = {{kOwn, "channel", X, 0},
                                   {kOwn, "item", X, 0},
                                   {kOwn, "image", X, 0},
                                   {kOwn, "textinput", X, 0}};
constexpr auto kRssRootRows = bucketed(kRssRoot);

// RSS 0.91-2.0 (and RSS 1.0's core), with the Atom, Dublin Core and content elements RSS feeds
// carry. An item's elements come first in the channel's table: the channel holds the items.
constexpr ElementRow kRssChannel[] = {
    {kOwn, "item", X, 0},
    {kOwn, "title", S, s(CE::title)},
    {kOwn, "link", S, s(CE::link)},
    {kOwn, "description", S, s(CE::description)},
    {kOwn, "language", S, s(CE::language)},
    {kOwn, "copyright", S, s(CE::copyright)},
    {kOwn, "managingEditor", S, s(CE::managing_editor)},
    {kOwn, "webMaster", S, s(CE::web_master)},
    {kOwn, "pubDate", S, s(CE::pub_date)},
    {kOwn, "lastBuildDate", S, s(CE::last_build_date)},
    {kOwn, "category", L, s(CE::categories), "domain"},
    {kOwn, "generator", S, s(CE::generator)},
    {kOwn, "docs", S, s(CE::docs)},
    {kOwn, "cloud", S, s(CE::cloud), "domain port path registerProcedure protocol"},
    {kOwn, "ttl", S, s(CE::ttl)},
    {kOwn, "image", S, s(CE::image)},
    {kOwn, "rating", S, s(CE::rating)},
    {kOwn, "textInput", S, s(CE::text_input)},
    {kOwn, "skipHours", S, s(CE::skip_hours)},
    {kOwn, "skipDays", S, s(CE::skip_days)},
    {Vocabulary::atom, "link", L, s(CE::links), "*"},
    {Vocabulary::atom, "id", S, s(CE::id)},  // over an RSS 1.0 rdf:about, which is no element
    {Vocabulary::atom, "icon", S, s(CE::icon)},
    {Vocabulary::atom, "logo", S, s(CE::logo)},
    {Vocabulary::atom, "author", L, s(CE::authors)},
    {Vocabulary::atom, "contributor", L, s(CE::contributors)},
    {Vocabulary::dc, "title", S, s(CE::dc_title)},
    {Vocabulary::dc, "description", S, s(CE::dc_description)},
    {Vocabulary::dc, "language", S, s(CE::dc_language)},
    {Vocabulary::dc, "rights", S, s(CE::dc_rights)},
    {Vocabulary::dc, "date", S, s(CE::dc_date)},
    {Vocabulary::dc, "creator", L, s(CE::dc_creator)},
    {Vocabulary::dc, "contributor", L, s(CE::dc_contributor)},
    {Vocabulary::dc, "subject", L, s(CE::dc_subject)},
    {Vocabulary::dcterms, "issued", S, s(CE::dcterms_issued)},
    {Vocabulary::dcterms, "modified", S, s(CE::dcterms_modified)},
};
constexpr auto kRssChannelRows = bucketed(kRssChannel);

constexpr ElementRow kRssItem[] = {
    {kOwn, "title", S, s(IE::title)},
    {kOwn, "link", S, s(IE::link)},
    {kOwn, "description", S, s(IE::description)},
    {kOwn, "pubDate", S, s(IE::pub_date)},
    {kOwn, "guid", S, s(IE::guid), "isPermaLink"},
    {kOwn, "category", L, s(IE::categories), "domain"},
    {kOwn, "author", S, s(IE::author)},
    {kOwn, "comments", S, s(IE::comments)},
    {kOwn, "enclosure", L, s(IE::enclosures), "url length type"},
    {kOwn, "source", S, s(IE::source), "url"},
    {Vocabulary::content, "encoded", S, s(IE::content), "!xml:lang xml:base"},
    {Vocabulary::atom, "link", L, s(IE::links), "*"},
    {Vocabulary::atom, "author", L, s(IE::authors)},
    {Vocabulary::atom, "contributor", L, s(IE::contributors)},
    {Vocabulary::atom, "updated", S, s(IE::updated)},
    {Vocabulary::atom, "rights", S, s(IE::rights), "type"},
    {Vocabulary::dc, "title", S, s(IE::dc_title)},
    {Vocabulary::dc, "description", S, s(IE::dc_description)},
    {Vocabulary::dc, "creator", L, s(IE::dc_creator)},
    {Vocabulary::dc, "contributor", L, s(IE::dc_contributor)},
    {Vocabulary::dc, "subject", L, s(IE::dc_subject)},
    {Vocabulary::dc, "date", S, s(IE::dc_date)},
    {Vocabulary::dc, "rights", S, s(IE::dc_rights)},
    {Vocabulary::dcterms, "issued", S, s(IE::dcterms_issued)},
    {Vocabulary::dcterms, "modified", S, s(IE::dcterms_modified)},
};
constexpr auto kRssItemRows = bucketed(kRssItem);

constexpr ElementRow kRssImage[] = {
    {kOwn, "url", S, s(ImE::url)},       {kOwn, "title", S, s(ImE::title)},
    {kOwn, "link", S, s(ImE::link)},     {kOwn, "width", S, s(ImE::width)},
    {kOwn, "height", S, s(ImE::height)}, {kOwn, "description", S, s(ImE::description)}};
constexpr auto kRssImageRows = bucketed(kRssImage);

constexpr ElementRow kRssTextInput[] = {{kOwn, "title", S, s(TE::title)},
                                        {kOwn, "description", S, s(TE::description)},
                                        {kOwn, "name", S, s(TE::name)},
                                        {kOwn, "link", S, s(TE::link)}};
constexpr auto kRssTextInputRows = bucketed(kRssTextInput);

// Atom's person construct, in either format (atom:author in RSS); Atom 0.3 wrote url and homepage.
constexpr ElementRow kPerson[] = {{kOwn, "name", S, s(PE::name)},
                                  {kOwn, "email", S, s(PE::email)},
                                  {kOwn, "uri", S, s(PE::uri)},
                                  {kOwn, "url", S, s(PE::url)},
                                  {kOwn, "homepage", S, s(PE::uri)}};
constexpr auto kPersonRows = bucketed(kPerson);

// Atom 1.0 and 0.3 (tagline, copyright, modified, issued), and early drafts' <item>.
constexpr ElementRow kAtomFeed[] = {
    {kOwn, "entry", X, 0},
    {kOwn, "item", X, 0},
    {kOwn, "title", S, s(CE::title), "type !xml:lang xml:base mode"},
    {kOwn, "subtitle", S, s(CE::description), "type !xml:lang xml:base mode"},
    {kOwn, "tagline", S, s(CE::description), "type !xml:lang xml:base mode"},
    {kOwn, "rights", S, s(CE::copyright), "type !xml:lang xml:base mode"},
    {kOwn, "copyright", S, s(CE::copyright), "type !xml:lang xml:base mode"},
    {kOwn, "updated", S, s(CE::last_build_date)},
    {kOwn, "modified", S, s(CE::last_build_date)},
    {kOwn, "id", S, s(CE::id)},
    {kOwn, "icon", S, s(CE::icon)},
    {kOwn, "logo", S, s(CE::logo)},
    {kOwn, "link", L, s(CE::links), "*"},
    {kOwn, "author", L, s(CE::authors)},
    {kOwn, "contributor", L, s(CE::contributors)},
    {kOwn, "category", L, s(CE::categories), "term scheme label"},
    {kOwn, "generator", S, s(CE::generator), "uri url version"},
    {Vocabulary::dc, "language", S, s(CE::dc_language)},
    {Vocabulary::dc, "subject", L, s(CE::dc_subject)},
};
constexpr auto kAtomFeedRows = bucketed(kAtomFeed);

constexpr ElementRow kAtomEntry[] = {
    {kOwn, "id", S, s(IE::guid)},
    {kOwn, "title", S, s(IE::title), "type !xml:lang xml:base mode"},
    {kOwn, "link", L, s(IE::links), "*"},
    {kOwn, "updated", S, s(IE::updated)},
    {kOwn, "published", S, s(IE::pub_date)},
    {kOwn, "summary", S, s(IE::description), "type !xml:lang xml:base mode"},
    {kOwn, "content", S, s(IE::content), "type src !xml:lang xml:base mode"},
    {kOwn, "author", L, s(IE::authors)},
    {kOwn, "contributor", L, s(IE::contributors)},
    {kOwn, "category", L, s(IE::categories), "term scheme label"},
    {kOwn, "issued", S, s(IE::pub_date)},
    {kOwn, "modified", S, s(IE::updated)},
    {kOwn, "rights", S, s(IE::rights), "type !xml:lang xml:base mode"},
    {kOwn, "copyright", S, s(IE::rights), "type !xml:lang xml:base mode"},
    {kOwn, "source", S, s(IE::source)},
    {Vocabulary::dc, "subject", L, s(IE::dc_subject)},
    {Vocabulary::dc, "creator", L, s(IE::dc_creator)},
};
constexpr auto kAtomEntryRows = bucketed(kAtomEntry);

constexpr ElementRow kAtomSource[] = {
    {kOwn, "title", S, s(SE::title), "type !xml:lang xml:base mode"},
    {kOwn, "id", S, s(SE::id)},
    {kOwn, "link", L, s(SE::links), "*"},
    {kOwn, "updated", S, s(SE::updated)},
    {kOwn, "author", L, s(SE::authors)}};
constexpr auto kAtomSourceRows = bucketed(kAtomSource);

// RSS reads its own names in any case, other vocabularies' exactly; Atom reads all in any case.
constexpr ElementTable kNone{};
constexpr std::array<ElementTable, 7> kRssTables = {ElementTable(kRssRootRows, false),
                                                    ElementTable(kRssChannelRows, false),
                                                    ElementTable(kRssItemRows, false),
                                                    ElementTable(kRssImageRows, false),
                                                    ElementTable(kRssTextInputRows, false),
                                                    ElementTable(kPersonRows, true),
                                                    kNone};
constexpr std::array<ElementTable, 7> kAtomTables = {ElementTable(kAtomFeedRows, true),
                                                     ElementTable(kAtomFeedRows, true),
                                                     ElementTable(kAtomEntryRows, true),
                                                     kNone,
                                                     kNone,
                                                     ElementTable(kPersonRows, true),
                                                     ElementTable(kAtomSourceRows, true)};

}  // namespace

namespace {

// The entry for `name` in `row.attributes` ("!name" or "name"), or "".
std::string_view attribute_entry(const ElementRow& row, std::string_view name) noexcept {
  std::string_view rest = row.attributes;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    const std::string_view entry = rest.substr(0, space);
    if (entry == name ||
        (entry.size() == name.size() + 1 && entry[0] == '!' && entry.substr(1) == name)) {
      return entry;
    }
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return {};
}

}  // namespace

bool reads_attribute(const ElementRow& row, std::string_view name) noexcept {
  return row.attributes == "*" || !attribute_entry(row, name).empty();
}

bool writes_empty_attribute(const ElementRow& row, std::string_view name) noexcept {
  return row.attributes == "*" || attribute_entry(row, name).substr(0, 1) == "!";
}

bool spelled_otherwise(std::string_view name, std::string_view text) noexcept {
  if (name == "isPermaLink") return text != "true" && text != "false";
  const bool url = name == "url" || name == "href" || name == "src" || name == "uri";
  return url && text.size() != trim(text).size();
}

bool still_means(std::string_view name, std::string_view text, std::string_view value) noexcept {
  if (name == "isPermaLink") return permalink_of(text) == permalink_of(value);
  return trim(text) == value;
}

bool permalink_of(std::string_view text) noexcept { return !iequals(trim(text), "false"); }

std::string_view atom_text_type(std::string_view type, TextKind kind) noexcept {
  if (type.empty() || type == "text" || type == "html" || type == "xhtml") return type;
  switch (kind) {
    case TextKind::html:
      return "html";
    case TextKind::xhtml:
      return "xhtml";
    default:
      return "text";
  }
}

ChannelElement field_of(ChannelElement slot) noexcept { return row(kChannelSlots, slot).field; }
ItemElement field_of(ItemElement slot) noexcept { return row(kItemSlots, slot).field; }

bool is_list(ChannelElement field) noexcept { return row(kChannelSlots, field).list; }
bool is_list(ItemElement field) noexcept { return row(kItemSlots, field).list; }
bool is_list(ImageElement field) noexcept { return row(kImageSlots, field).list; }
bool is_list(TextInputElement field) noexcept { return row(kTextInputSlots, field).list; }
bool is_list(PersonElement field) noexcept { return row(kPersonSlots, field).list; }
bool is_list(SourceElement field) noexcept { return row(kSourceSlots, field).list; }

std::size_t value_count(const Channel& c, ChannelElement field) noexcept {
  return count(kChannelSlots, c, field);
}
std::size_t value_count(const Item& m, ItemElement field) noexcept {
  return count(kItemSlots, m, field);
}
std::size_t value_count(const Image& m, ImageElement field) noexcept {
  return count(kImageSlots, m, field);
}
std::size_t value_count(const TextInput& m, TextInputElement field) noexcept {
  return count(kTextInputSlots, m, field);
}
std::size_t value_count(const Person& m, PersonElement field) noexcept {
  return count(kPersonSlots, m, field);
}
std::size_t value_count(const Source& m, SourceElement field) noexcept {
  return count(kSourceSlots, m, field);
}

const ElementRow* ElementTable::find(bool own, Vocabulary vocabulary,
                                     std::string_view local) const noexcept {
  if (rows_ == nullptr) return nullptr;
  const Vocabulary key = own ? kOwn : vocabulary;
  const bool any_case = own || any_case_other_;
  const std::size_t b = name_bucket(local.size());
  for (std::size_t i = begin_[b]; i < begin_[b + 1]; ++i) {
    const ElementRow& r = rows_[i];
    if (r.vocabulary != key) continue;
    // Exactly first: most feeds spell names as their specifications do.
    if (local == r.name || (any_case && iequals(local, r.name))) return &r;
  }
  return nullptr;
}

const ElementTable& element_table(Target target, Level level) noexcept {
  const auto i = static_cast<std::size_t>(level);
  return target == Target::rss ? kRssTables[i] : kAtomTables[i];
}

}  // namespace feedpp::detail
