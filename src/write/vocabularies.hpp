// SPDX-License-Identifier: MIT
// The typed vocabularies of a channel and an item (include/feedpp/ext/), written the same way in
// RSS and Atom: each writer hands over the order entries that stand for them
// (ChannelElement::itunes, ...), and declares on the root the namespaces they use.
#ifndef FEEDPP_SRC_WRITE_VOCABULARIES_HPP
#define FEEDPP_SRC_WRITE_VOCABULARIES_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "ext/schema.hpp"
#include "feedpp/model.hpp"
#include "feedpp/xml_writer.hpp"
#include "model/fields.hpp"
#include "write/extension_writer.hpp"
#include "write/vocabulary_writer.hpp"
#include "write/write_collisions.hpp"

namespace feedpp::detail {

// The vocabulary parts of a channel (or an item), each written in its own order. The order of a
// part's elements is worked out when the part is first asked for, so that a channel or an item
// without vocabularies costs nothing more to write.
template <class Struct, class E>
class Parts {
 public:
  explicit Parts(const Struct& s);
  // Returns true when `slot` stands for a vocabulary part.
  static constexpr bool is_part(E slot) noexcept { return slot >= kFirst; }
  // Returns how many elements the part `slot` stands for holds.
  std::size_t count(E slot) const {
    const std::size_t k = static_cast<std::size_t>(slot) - static_cast<std::size_t>(kFirst);
    return k < kParts && ((present_ >> k) & 1U) != 0 ? children(slot).size() : 0;
  }
  // Writes element `i` of the part `slot` stands for. Requires: i < count(slot).
  void write(XmlWriter& xml, E slot, std::size_t i) const;
  // The name element `i` of the part `slot` stands for is written under. Requires: i < count(slot).
  [[nodiscard]] ElementName name(E slot, std::size_t i) const;

 private:
  static constexpr E kFirst = E::itunes;
  static constexpr std::size_t kParts =
      static_cast<std::size_t>(E::feedburner) - static_cast<std::size_t>(kFirst) + 1;
  const std::vector<Child>& children(E slot) const;

  const Struct& s_;
  std::uint32_t present_ = 0;  // bit k: the struct has part k
  // Each part's children, worked out on first use; most items have no part.
  mutable std::unique_ptr<std::array<std::vector<Child>, kParts>> children_;
  mutable std::uint32_t built_ = 0;
};

// What a channel or an item made in code writes after its own fields: its vocabulary parts, in
// their order in the enum, then its extensions.
inline constexpr std::array<ChannelElement, 9> kChannelTail = {
    ChannelElement::itunes,           ChannelElement::podcast,     ChannelElement::media,
    ChannelElement::dublin_core,      ChannelElement::syndication, ChannelElement::geo,
    ChannelElement::creative_commons, ChannelElement::feedburner,  ChannelElement::extension};
inline constexpr std::array<ItemElement, 12> kItemTail = {
    ItemElement::itunes,           ItemElement::podcast,    ItemElement::media,
    ItemElement::dublin_core,      ItemElement::slash,      ItemElement::wfw,
    ItemElement::threading,        ItemElement::geo,        ItemElement::chapters,
    ItemElement::creative_commons, ItemElement::feedburner, ItemElement::extension};

using ChannelParts = Parts<Channel, ChannelElement>;
using ItemParts = Parts<Item, ItemElement>;

// Writes element `i` of the part `slot` stands for (of a channel's or an item's `parts`),
// unless the format's reader would take it for one of its own fields: Atom keeps dc:title as
// Dublin Core where RSS reads it as the title, so an Atom feed's DublinCore::title written as
// RSS would change the title, or be lost beside it. Such an element is written only where an
// extension that collides would be (WrittenFields::allows), so that what is written reads back
// the same and writing again gives the same bytes.
template <class P, class E, class Fields>
void write_part(XmlWriter& xml, const P& parts, E slot, std::size_t i, Target target, Level level,
                const Fields& fields) {
  const ElementName name = parts.name(slot, i);
  // Judged as spelled: a name in another case than the format's own field is not that field.
  const std::string_view spelled =
      xml.spelled_name(name.name, namespace_of(name.vocabulary), name.spelling);
  if (!fields.written.template allows<E>(collision(target, level, name.vocabulary, spelled),
                                         fields)) {
    return;
  }
  parts.write(xml, slot, i);
}

// Adds the namespaces the vocabulary parts of a channel or an item are written in, as `target`
// (but those of elements that format reads as its own fields: see TopLevel).
void add_vocabulary_namespaces(NamespaceSet& set, const Channel& channel, Target target);
void add_vocabulary_namespaces(NamespaceSet& set, const Item& item, Target target);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_VOCABULARIES_HPP
