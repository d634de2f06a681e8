// SPDX-License-Identifier: MIT
// The schemas of slash (see ext/schema.hpp): element and attribute names for each
// member of include/feedpp/ext/slash.hpp.
#ifndef FEEDPP_SRC_EXT_SLASH_SCHEMA_HPP
#define FEEDPP_SRC_EXT_SLASH_SCHEMA_HPP

#include "ext/schema.hpp"
#include "feedpp/ext/slash.hpp"

namespace feedpp::detail {

template <>
struct Schema<Slash> {
  static constexpr Vocabulary vocabulary = Vocabulary::slash;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("section", &Slash::section);
    v.element("department", &Slash::department);
    v.element("comments", &Slash::comments);
    v.element("hit_parade", &Slash::hit_parade);
    v.order(&Slash::order);
  }
};
}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_SLASH_SCHEMA_HPP
