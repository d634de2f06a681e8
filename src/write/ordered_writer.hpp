// SPDX-License-Identifier: MIT
// The one loop both feed writers use to write a struct's children: first as its ElementOrder
// lists them (a parsed feed keeps its order), then whatever values are left in the writer's
// default order (models built in code, and values added after parsing).
#ifndef FEEDPP_SRC_WRITE_ORDERED_WRITER_HPP
#define FEEDPP_SRC_WRITE_ORDERED_WRITER_HPP

#include <array>
#include <cstddef>
#include <initializer_list>
#include <utility>

#include "feedpp/model.hpp"
#include "feedpp/xml_writer.hpp"
#include "model/fields.hpp"
#include "write/write_collisions.hpp"

namespace feedpp::detail {

// Which entries of an order one call writes: those in [from, to), and, with `rest`, the values
// no entry places. The entries outside count as written where they stand, so that a struct
// written in two calls (a channel, before and after its items: ChannelElement::items) writes
// each value once, and an extension that duplicates a field is judged as in one call.
struct OrderedPart {
  std::size_t from = 0;
  std::size_t to = static_cast<std::size_t>(-1);
  bool rest = true;
};

// `Fields` describes the struct being written:
//   E canonical(E slot)          the slot every form of the same field maps to (dc_date -> updated)
//   std::size_t count(E field)   how many values the field has (0 or 1 for a single value)
//   bool is_list(E field)        whether the field holds a list
//   bool keeps_empty(E field)    whether an empty single value listed in the order is written
//                                (the element was there, empty); false for fields the format
//                                does not write, or writes only under conditions
//   void write(E slot, std::size_t index)  writes value `index` of the slot's field in its form
//   WrittenFields written        the fields written so far
// `defaults` lists one entry per field, in the form to use for values the order does not cover,
// and `tail` those written after them.
template <class E, class Fields, class Tail = std::initializer_list<E>>
void write_ordered(XmlWriter& xml, const ElementOrder<E>& order, std::initializer_list<E> defaults,
                   const Tail& tail, Fields&& fields, OrderedPart part = {}) {
  std::array<std::size_t, 64> next{};
  const auto slot_index = [](E e) { return static_cast<std::size_t>(e) & 63u; };
  const auto available = [&](E field) {
    const std::size_t count = fields.count(field);
    return fields.is_list(field) ? count : (count > 0 || fields.keeps_empty(field) ? 1 : 0);
  };
  if (part.from > 0) {
    // The values the first call wrote without an entry: written, for the extensions after.
    for (std::size_t i = 0; i < order.size(); ++i) ++next[slot_index(fields.canonical(order[i]))];
    const auto mark_rest = [&](E entry) {
      const E field = fields.canonical(entry);
      if (fields.count(field) > next[slot_index(field)]) fields.written.mark(field);
    };
    for (const E entry : defaults) mark_rest(entry);
    for (const E entry : tail) mark_rest(entry);
    next = {};
  }
  for (std::size_t i = 0; i < order.size(); ++i) {
    const E slot = order[i];
    const E field = fields.canonical(slot);
    std::size_t& n = next[slot_index(field)];
    if (n < available(field)) {
      if (i >= part.from && i < part.to) {
        xml.spell_next(order.spelling(i));  // the element is spelled as it was read
        fields.write(slot, n);
        xml.spell_next(0);
      } else if (i < part.from) {
        fields.written.mark(field);  // written by the first call
      }
    }
    ++n;
  }
  if (!part.rest) return;
  const auto rest = [&](E entry) {
    const E field = fields.canonical(entry);
    std::size_t& n = next[slot_index(field)];
    for (const std::size_t count = fields.count(field); n < count; ++n) fields.write(entry, n);
  };
  for (const E entry : defaults) rest(entry);
  for (const E entry : tail) rest(entry);
}

// As above, for a struct with no tail: `defaults` lists every field.
template <class E, class Fields>
void write_ordered(XmlWriter& xml, const ElementOrder<E>& order, std::initializer_list<E> defaults,
                   Fields&& fields) {
  write_ordered(xml, order, defaults, std::initializer_list<E>{}, std::forward<Fields>(fields));
}

// The `Fields` of a struct whose fields each have one form (an image, a text input, a person, a
// source): counts from the slot tables, and every element the order lists written, even empty.
// A writer derives from it and adds `write`.
template <class Struct, class E>
struct PlainFields {
  const Struct& s;
  WrittenFields written{};
  static E canonical(E e) { return field_of(e); }
  static bool is_list(E e) { return detail::is_list(e); }
  static bool keeps_empty(E) { return true; }
  std::size_t count(E e) const { return value_count(s, e); }
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_ORDERED_WRITER_HPP
