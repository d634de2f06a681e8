// SPDX-License-Identifier: MIT
// What an extension reads back as is what the format's reader makes of its element: the element
// tables (model/fields.hpp) say it for both.
#include "write/write_collisions.hpp"

#include "base/vocabulary.hpp"

namespace feedpp::detail {
namespace {

// The format's own vocabulary, as its reader recognises it once written.
bool own(Target target, Level level, Vocabulary v) {
  if (level == Level::person) {  // Atom persons, in RSS as atom:author: Atom's, or no namespace
    return v == Vocabulary::none || v == Vocabulary::atom || v == Vocabulary::atom03;
  }
  if (target == Target::rss) return v == Vocabulary::none || v == Vocabulary::rss;
  return v == Vocabulary::atom || v == Vocabulary::atom03;
}

// The canonical field a slot of `level`'s struct fills.
int field(Level level, std::uint8_t slot) {
  switch (level) {
    case Level::root:
    case Level::channel:
      return static_cast<int>(field_of(static_cast<ChannelElement>(slot)));
    case Level::item:
      return static_cast<int>(field_of(static_cast<ItemElement>(slot)));
    default:
      return slot;
  }
}

}  // namespace

Collision collision(Target target, Level level, const Extension& e) noexcept {
  return collision(target, level, vocabulary_of(e.ns), e.name);
}

Collision collision(Target target, Level level, Vocabulary v, std::string_view name) noexcept {
  if (level == Level::person && !own(target, level, v)) return {};
  const ElementRow* row = element_table(target, level).find(own(target, level, v), v, name);
  if (row == nullptr) return {};
  switch (row->fill) {
    case Fill::single:
      return Collision{Collision::single, field(level, row->slot)};
    case Fill::list:
      return Collision{Collision::list, -1};
    case Fill::structural:
      return Collision{Collision::structural, -1};
  }
  return {};
}

}  // namespace feedpp::detail
