// SPDX-License-Identifier: MIT
#include "write/vocabularies.hpp"

#include "ext/vocabularies.hpp"
#include "write/vocabulary_writer.hpp"

namespace feedpp::detail {
namespace {

// Calls f(part) with the part `slot` stands for, when there is one.
template <class F>
void with_part(const Channel& c, ChannelElement slot, F&& f) {
  switch (slot) {
    case ChannelElement::itunes:
      if (c.itunes) f(*c.itunes);
      break;
    case ChannelElement::podcast:
      if (c.podcast) f(*c.podcast);
      break;
    case ChannelElement::media:
      if (c.media) f(*c.media);
      break;
    case ChannelElement::dublin_core:
      if (c.dublin_core) f(*c.dublin_core);
      break;
    case ChannelElement::syndication:
      if (c.syndication) f(*c.syndication);
      break;
    case ChannelElement::geo:
      if (c.geo) f(*c.geo);
      break;
    case ChannelElement::creative_commons:
      if (c.creative_commons) f(*c.creative_commons);
      break;
    case ChannelElement::feedburner:
      if (c.feedburner) f(*c.feedburner);
      break;
    default:
      break;
  }
}

// Calls f(part) with the part `slot` stands for, when there is one.
template <class F>
void with_part(const Item& it, ItemElement slot, F&& f) {
  switch (slot) {
    case ItemElement::itunes:
      if (it.itunes) f(*it.itunes);
      break;
    case ItemElement::podcast:
      if (it.podcast) f(*it.podcast);
      break;
    case ItemElement::media:
      if (it.media) f(*it.media);
      break;
    case ItemElement::dublin_core:
      if (it.dublin_core) f(*it.dublin_core);
      break;
    case ItemElement::slash:
      if (it.slash) f(*it.slash);
      break;
    case ItemElement::wfw:
      if (it.wfw) f(*it.wfw);
      break;
    case ItemElement::threading:
      if (it.threading) f(*it.threading);
      break;
    case ItemElement::geo:
      if (it.geo) f(*it.geo);
      break;
    case ItemElement::chapters:
      if (it.chapters) f(*it.chapters);
      break;
    case ItemElement::creative_commons:
      if (it.creative_commons) f(*it.creative_commons);
      break;
    case ItemElement::feedburner:
      if (it.feedburner) f(*it.feedburner);
      break;
    default:
      break;
  }
}

template <class S>
void add_part(NamespaceSet& set, const Boxed<S>& part, const TopLevel& top) {
  if (part) add_struct_namespaces(set, *part, &top);
}

}  // namespace

// Which parts a channel or an item has: bit k for the k-th part entry of its order enum.
std::uint32_t present(const Channel& c) {
  std::uint32_t bits = 0;
  bits |= c.itunes ? 1U << 0 : 0U;
  bits |= c.podcast ? 1U << 1 : 0U;
  bits |= c.media ? 1U << 2 : 0U;
  bits |= c.dublin_core ? 1U << 3 : 0U;
  bits |= c.syndication ? 1U << 4 : 0U;
  bits |= c.geo ? 1U << 5 : 0U;
  bits |= c.creative_commons ? 1U << 6 : 0U;
  bits |= c.feedburner ? 1U << 7 : 0U;
  return bits;
}
std::uint32_t present(const Item& it) {
  std::uint32_t bits = 0;
  bits |= it.itunes ? 1U << 0 : 0U;
  bits |= it.podcast ? 1U << 1 : 0U;
  bits |= it.media ? 1U << 2 : 0U;
  bits |= it.dublin_core ? 1U << 3 : 0U;
  bits |= it.slash ? 1U << 4 : 0U;
  bits |= it.wfw ? 1U << 5 : 0U;
  bits |= it.threading ? 1U << 6 : 0U;
  bits |= it.geo ? 1U << 7 : 0U;
  bits |= it.chapters ? 1U << 8 : 0U;
  bits |= it.creative_commons ? 1U << 9 : 0U;
  bits |= it.feedburner ? 1U << 10 : 0U;
  return bits;
}

template <class Struct, class E>
Parts<Struct, E>::Parts(const Struct& s) : s_(s), present_(present(s)) {}

template <class Struct, class E>
const std::vector<Child>& Parts<Struct, E>::children(E slot) const {
  const std::size_t k = static_cast<std::size_t>(slot) - static_cast<std::size_t>(kFirst);
  if (!children_) children_ = std::make_unique<std::array<std::vector<Child>, kParts>>();
  if (((built_ >> k) & 1U) == 0) {
    built_ |= 1U << k;
    with_part(s_, slot, [&](const auto& part) { (*children_)[k] = children_of(part); });
  }
  return (*children_)[k];
}

template <class Struct, class E>
void Parts<Struct, E>::write(XmlWriter& xml, E slot, std::size_t i) const {
  if (i >= count(slot)) return;
  const std::vector<Child>& list = children(slot);
  if (i >= list.size()) return;
  with_part(s_, slot, [&](const auto& part) { write_child(xml, part, list[i]); });
}

template <class Struct, class E>
ElementName Parts<Struct, E>::name(E slot, std::size_t i) const {
  ElementName out;
  if (i >= count(slot)) return out;
  with_part(s_, slot, [&](const auto& part) { out = name_of_child(part, children(slot)[i]); });
  return out;
}

template class Parts<Channel, ChannelElement>;
template class Parts<Item, ItemElement>;

void add_vocabulary_namespaces(NamespaceSet& set, const Channel& c, Target target) {
  const TopLevel top{target, Level::channel};
  add_part(set, c.itunes, top);
  add_part(set, c.podcast, top);
  add_part(set, c.media, top);
  add_part(set, c.dublin_core, top);
  add_part(set, c.syndication, top);
  add_part(set, c.geo, top);
  add_part(set, c.creative_commons, top);
  add_part(set, c.feedburner, top);
}

void add_vocabulary_namespaces(NamespaceSet& set, const Item& it, Target target) {
  const TopLevel top{target, Level::item};
  add_part(set, it.itunes, top);
  add_part(set, it.podcast, top);
  add_part(set, it.media, top);
  add_part(set, it.dublin_core, top);
  add_part(set, it.slash, top);
  add_part(set, it.wfw, top);
  add_part(set, it.threading, top);
  add_part(set, it.geo, top);
  add_part(set, it.chapters, top);
  add_part(set, it.creative_commons, top);
  add_part(set, it.feedburner, top);
}

}  // namespace feedpp::detail
