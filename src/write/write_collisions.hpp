// SPDX-License-Identifier: MIT
// Extensions that a format's reader would not read back as extensions. An Atom feed's
// unqualified <description>, kept as an extension, is RSS's <description> once written as RSS;
// a duplicate <title>, kept as an extension, reads back as one only when the title it
// duplicates comes after it (the last one wins). Writers ask here before writing an extension,
// so that what they write reads back the same and writing again gives the same bytes.
#ifndef FEEDPP_SRC_WRITE_COLLISIONS_HPP
#define FEEDPP_SRC_WRITE_COLLISIONS_HPP

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "feedpp/model.hpp"
#include "model/fields.hpp"

namespace feedpp::detail {

// What the reader of `target` would make of `e` at `level`.
struct Collision {
  enum Kind {
    none,        // an extension again
    single,      // the single-valued field `field`
    list,        // a value of a list field: would add one
    structural,  // a channel, item or entry: would change the feed's shape
  } kind = none;
  int field = -1;  // for single: the field's element enum value (canonical)
};

Collision collision(Target target, Level level, const Extension& e) noexcept;
// The same for an element of `vocabulary` named `name` (a typed vocabulary's element).
Collision collision(Target target, Level level, Vocabulary vocabulary,
                    std::string_view name) noexcept;

// Whether field `e` of `fields`, written in its own form, reads back as that field: a Fields
// that writes some value in a form its format's reader keeps as an extension says so with
// reads_back(); for the others, whether it has a value.
template <class Fields, class E>
auto reads_back(const Fields& fields, E e, int) -> decltype(fields.reads_back(e)) {
  return fields.reads_back(e);
}
template <class Fields, class E>
bool reads_back(const Fields& fields, E e, long) {
  return fields.count(e) > 0;
}

// The fields of one struct written so far, for deciding on colliding extensions.
class WrittenFields {
 public:
  // Called before writing `field` (canonical; `extension` for extensions[i]): notes a typed
  // field as written, and says whether the extension may be written. It may when it reads back
  // as an extension, or when it duplicates a single field whose own element is still to come
  // (and reads back as the field, not written yet): the last one read wins, the first is kept
  // as an extension. Otherwise it would change or add a typed value, and is left out.
  template <class E, class Fields>
  bool allows(E field, const std::vector<Extension>& extensions, std::size_t i, Target target,
              Level level, const Fields& fields) {
    if (field != E::extension) {
      const auto f = static_cast<std::size_t>(field);
      if (f < written_.size()) written_[f] = true;
      return true;
    }
    return allows<E>(collision(target, level, extensions[i]), fields);
  }

  // Notes `field` (canonical) as written before, by another call (see OrderedPart).
  template <class E>
  void mark(E field) {
    if (field == E::extension) return;
    const auto f = static_cast<std::size_t>(field);
    if (f < written_.size()) written_[f] = true;
  }

  // Whether an element that reads back as `c` says may be written now, by the rule above: an
  // extension's, or a typed vocabulary's that the format's reader takes for one of its own
  // fields (RSS reads dc:title as the title, where Atom keeps it as Dublin Core).
  template <class E, class Fields>
  bool allows(const Collision& c, const Fields& fields) const {
    if (c.kind == Collision::none) return true;
    if (c.kind != Collision::single) return false;
    return !written_[static_cast<std::size_t>(c.field)] &&
           reads_back(fields, static_cast<E>(c.field), 0);
  }

 private:
  std::array<bool, 64> written_{};
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_COLLISIONS_HPP
