// SPDX-License-Identifier: MIT
#include "write/rss_namespaces.hpp"

#include "model/fields.hpp"
#include "write/rss_fields.hpp"
#include "write/vocabularies.hpp"

namespace feedpp::detail {
namespace {

// What the RSS writer will declare on the root for a channel or an item.
void add_typed_namespaces(detail::NamespaceSet& set, bool atom, bool content, bool dc,
                          bool dcterms) {
  if (atom) set.add("atom", ns::kAtom);
  if (content) set.add("content", ns::kContent);
  if (dc) set.add("dc", ns::kDc);
  if (dcterms) set.add("dcterms", ns::kDcTerms);
}

template <class E>
bool order_has(const ElementOrder<E>& order, std::initializer_list<E> slots) {
  for (const E slot : slots) {
    if (order.contains(slot)) return true;
  }
  return false;
}

bool any_atom_person(const std::vector<Person>& people) {
  for (const Person& p : people) {
    if (!name_only(p)) return true;
  }
  return false;
}

void add_namespaces_of(detail::NamespaceSet& set, const Feed& f) {
  set.add_extensions(f.extensions_before_channel, Target::rss, Level::root);
  set.add_extensions(f.extensions, Target::rss, Level::root);
}

// True when a person among `people` is written as dc:creator (`dc_form`; dc:contributor): one
// with a name alone that the order places in that form, or places nowhere (write_ordered() writes
// those in the default form, which is Dublin Core's). Exactly those: a declaration the document
// does not use would be there on the first write only, when a person's only other child is one
// the writer leaves out (found by roundtrip_fuzzer).
bool any_dc_person(const std::vector<Person>& people, const ElementOrder<ChannelElement>& order,
                   ChannelElement atom_form, ChannelElement dc_form) {
  std::size_t placed = 0;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (order[i] != atom_form && order[i] != dc_form) continue;
    if (order[i] == dc_form && placed < people.size() && name_only(people[placed])) return true;
    ++placed;
  }
  for (std::size_t i = placed; i < people.size(); ++i) {
    if (name_only(people[i])) return true;
  }
  return false;
}

void add_namespaces_of(detail::NamespaceSet& set, const Channel& c) {
  using E = ChannelElement;
  const bool atom = !c.links.empty() || !c.id.empty() || !c.icon.empty() || !c.logo.empty() ||
                    any_atom_person(c.authors) || any_atom_person(c.contributors) ||
                    order_has(c.order, {E::authors, E::contributors});
  const bool dc = any_dc_person(c.authors, c.order, E::authors, E::dc_creator) ||
                  any_dc_person(c.contributors, c.order, E::contributors, E::dc_contributor) ||
                  order_has(c.order, {E::dc_title, E::dc_description, E::dc_language, E::dc_rights,
                                      E::dc_date, E::dc_subject});
  const bool dcterms = order_has(c.order, {E::dcterms_issued, E::dcterms_modified});
  add_typed_namespaces(set, atom, false, dc, dcterms);
  add_vocabulary_namespaces(set, c, Target::rss);
  set.add_extensions(c.extensions, Target::rss, Level::channel);
  if (c.image) set.add_extensions(c.image->extensions, Target::rss, Level::image);
  if (c.text_input) set.add_extensions(c.text_input->extensions, Target::rss, Level::text_input);
  for (const Person& p : c.authors) set.add_extensions(p.extensions, Target::rss, Level::person);
  for (const Person& p : c.contributors) {
    set.add_extensions(p.extensions, Target::rss, Level::person);
  }
}

void add_namespaces_of(detail::NamespaceSet& set, const Item& item) {
  using E = ItemElement;
  const bool atom = !item.links.empty() || any_atom_person(item.authors) ||
                    any_atom_person(item.contributors) || content_needs_atom(item.content) ||
                    order_has(item.order, {E::authors, E::contributors, E::updated, E::rights});
  // Declared wherever content:encoded is written: also empty, where the order lists it (found by
  // roundtrip_fuzzer: characters XML forbids alone, written as nothing, read back empty).
  const bool content = (!item.content.empty() || item.order.contains(E::content)) &&
                       !content_needs_atom(item.content);
  const bool dc =
      !item.authors.empty() || !item.contributors.empty() || item.updated || !item.rights.empty() ||
      order_has(item.order, {E::dc_title, E::dc_description, E::dc_creator, E::dc_contributor,
                             E::dc_subject, E::dc_date, E::dc_rights});
  const bool dcterms = order_has(item.order, {E::dcterms_issued, E::dcterms_modified});
  add_typed_namespaces(set, atom, content, dc, dcterms);
  add_vocabulary_namespaces(set, item, Target::rss);
  set.add_extensions(item.extensions, Target::rss, Level::item);
  for (const Person& p : item.authors) set.add_extensions(p.extensions, Target::rss, Level::person);
  for (const Person& p : item.contributors) {
    set.add_extensions(p.extensions, Target::rss, Level::person);
  }
  // RSS <source> is a title and a URL: a source's extensions are not written.
}

}  // namespace

void add_rss_namespaces(NamespaceSet& set, const Feed& feed) { add_namespaces_of(set, feed); }
void add_rss_namespaces(NamespaceSet& set, const Channel& channel) {
  add_namespaces_of(set, channel);
}
void add_rss_namespaces(NamespaceSet& set, const Item& item) { add_namespaces_of(set, item); }

}  // namespace feedpp::detail
