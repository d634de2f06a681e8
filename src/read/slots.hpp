// SPDX-License-Identifier: MIT
// The bookkeeping of one struct being read: its ElementOrder, what happens to a second element
// for a single-valued field (the last one wins, the earlier becomes an extension where it stood,
// so nothing is lost), and, for a channel or an item, the attributes of its children that no
// field holds (KeptAttribute).
#ifndef FEEDPP_SRC_READ_SLOTS_HPP
#define FEEDPP_SRC_READ_SLOTS_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "model/fields.hpp"
#include "read/extension_of.hpp"
#include "read/walk.hpp"

namespace feedpp::detail {

template <class Struct, class Element>
class Slots {
 public:
  Slots(ReadContext& ctx, Struct& target, std::size_t depth)
      : ctx_(ctx), target_(target), depth_(depth) {}

  // Records `node` as filling the field of table row `row`; the caller then stores its value.
  // `unread` names an attribute the row reads that this format version does not (Atom 1.0 has
  // no `mode`): it is kept like one the row does not name.
  void take(const ElementRow& row, const pugi::xml_node& node, std::string_view unread = {}) {
    const auto slot = static_cast<Element>(row.slot);
    const Element field = field_of(slot);
    [[maybe_unused]] std::size_t index = 0;  // which value of the field this is, counted first
    if constexpr (kKeepsAttributes) {
      if (row.fill == Fill::list) index = values_[slot_index(field)];
    }
    if (row.fill == Fill::list) {
      list(slot);
    } else {
      single(field, slot, node);
    }
    if constexpr (kKeepsAttributes) {
      // A single field read again: what its earlier element kept goes with that element, an
      // extension now (with its attributes).
      if (row.fill != Fill::list && !target_.attributes.empty()) forget_attributes(field);
      if (node.first_attribute()) keep_attributes(row, node, field, index, unread);
    }
  }

  // Records `node` as filling a list field in form `slot`.
  void list(Element slot) {
    if constexpr (kKeepsAttributes) ++values_[slot_index(field_of(slot))];
    target_.order.push_back(slot, ctx_.spelling);
  }

  // Records `node` as filling single-valued field `field` in form `slot`. When the field was
  // filled before, the earlier element becomes an extension where it stood.
  void single(Element field, Element slot, const pugi::xml_node& node) {
    const std::size_t f = static_cast<std::size_t>(field) % kFields;
    if (filled_[f]) demote(f, node);
    filled_[f] = node;
    where_[f] = target_.order.size();
    target_.order.push_back(slot, ctx_.spelling);
  }

  // Called before a channel's child of table row `row` (null: none) is recorded, `items` read
  // so far: at the first child that is not an item to follow one, records that the items stood
  // here (ChannelElement::items), so that it is written after them again.
  void before_child(const ElementRow* row, std::size_t items) {
    if (after_items_ || items == 0 || (row != nullptr && row->fill == Fill::structural)) return;
    target_.order.push_back(Element::items);
    after_items_ = true;
  }

  // Keeps `node` as an extension where it stands.
  void extension(const pugi::xml_node& node) {
    target_.order.push_back(Element::extension);
    // Room for the elements left, at the first: most that follow one extension are more (but
    // for the items after a channel's, hence a cap).
    if (target_.extensions.empty()) target_.extensions.reserve(count_siblings(node, 32));
    target_.extensions.push_back(extension_of(ctx_, node, depth_ + 1));
  }

 private:
  // The single-valued fields come before Element::extension in each enum; sized to them, the
  // bookkeeping of a person or an image costs no more than it holds.
  static constexpr std::size_t kFields = static_cast<std::size_t>(Element::extension);
  bool after_items_ = false;
  static constexpr bool kKeepsAttributes =
      std::is_same_v<Struct, Channel> || std::is_same_v<Struct, Item>;
  static constexpr std::size_t slot_index(Element e) { return static_cast<std::size_t>(e) & 63U; }

  void forget_attributes(Element field) {
    auto& kept = target_.attributes;
    kept.erase(std::remove_if(kept.begin(), kept.end(),
                              [&](const auto& k) { return !k.own && k.field == field; }),
               kept.end());
  }

  // Keeps the attributes of `node` (value `index` of `field`) that `row` does not read, those it
  // reads that are empty (where the model holds "" as absent), and the text of those it reads
  // in a form the writers would not write (spelled_otherwise()).
  void keep_attributes(const ElementRow& row, const pugi::xml_node& node, Element field,
                       std::size_t index, std::string_view unread) {
    if (row.attributes == "*" || index > 0xFFFF) return;
    const auto keeps = [&](const pugi::xml_attribute& a) {
      return !is_xmlns(a.name()) &&
             (!reads_attribute(row, a.name()) || (!unread.empty() && unread == a.name()) ||
              (*a.value() == '\0' && !writes_empty_attribute(row, a.name())) ||
              spelled_otherwise(a.name(), a.value()));
    };
    // Most elements have only the attributes their field holds: nothing to build for them.
    pugi::xml_attribute first = node.first_attribute();
    while (first && !keeps(first)) first = first.next_attribute();
    if (!first) return;
    std::vector<Attribute> found;
    AttributeKeeper keeper(ctx_, node, found);
    for (pugi::xml_attribute a = first; a; a = a.next_attribute()) {
      if (keeps(a)) keeper.keep(a);
    }
    for (Attribute& a : found) {
      target_.attributes.push_back({false, field, static_cast<std::uint16_t>(index), std::move(a)});
    }
  }

  // `current` is the element being read, whose namespace scope is entered.
  void demote(std::size_t f, const pugi::xml_node& current) {
    const pugi::xml_node earlier = filled_[f];
    const std::size_t at = where_[f];
    std::size_t before = 0;  // extensions listed before the earlier element
    for (std::size_t i = 0; i < at; ++i) before += target_.order[i] == Element::extension;
    ctx_.log.add(ErrorCode::duplicate_element, ctx_.offset_of(earlier),
                 std::string("more than one <") + earlier.name() +
                     ">: the last is read, this one is kept as an extension");
    // Read `earlier` in its own scope: the parent's, with its declarations, not `current`'s.
    ctx_.scope.leave();
    ctx_.scope.enter(earlier);
    target_.extensions.insert(target_.extensions.begin() + static_cast<std::ptrdiff_t>(before),
                              extension_of(ctx_, earlier, depth_ + 1));
    ctx_.scope.leave();
    ctx_.scope.enter(current);
    target_.order.set(at, Element::extension);
  }

  ReadContext& ctx_;
  Struct& target_;
  std::size_t depth_;
  std::array<pugi::xml_node, kFields> filled_{};
  std::array<std::size_t, kFields> where_{};
  // How many values each list field has so far (a channel or an item: see keep_attributes()).
  std::array<std::uint32_t, kKeepsAttributes ? 64 : 0> values_{};
};

// Keeps the attributes of the channel or item element `node` that its reader does not read
// (it reads xml:lang, xml:base and RSS 1.0's rdf:about) in `target`'s KeptAttributes.
template <class Struct>
void keep_own_attributes(ReadContext& ctx, const pugi::xml_node& node, Struct& target) {
  const auto keeps = [&](const pugi::xml_attribute& a) {
    const std::string_view name = a.name();
    const bool empty = *a.value() == '\0';
    if (is_xmlns(a.name()) || name == "xml:lang" || (name == "xml:base" && !empty)) return false;
    if (empty) return true;
    const QName q = ctx.scope.attribute_name(a);
    return !(q.vocabulary == Vocabulary::rdf && q.local == "about");
  };
  pugi::xml_attribute first = node.first_attribute();
  while (first && !keeps(first)) first = first.next_attribute();
  if (!first) return;  // the usual case: nothing to keep, nothing built
  std::vector<Attribute> found;
  AttributeKeeper keeper(ctx, node, found);
  for (pugi::xml_attribute a = first; a; a = a.next_attribute()) {
    if (keeps(a)) keeper.keep(a);
  }
  for (Attribute& a : found) target.attributes.push_back({true, {}, 0, std::move(a)});
}

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_READ_SLOTS_HPP
