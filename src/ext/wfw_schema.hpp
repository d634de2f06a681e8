// SPDX-License-Identifier: MIT
// The schemas of wfw (see ext/schema.hpp): element and attribute names for each
// member of include/feedpp/ext/wfw.hpp.
#ifndef FEEDPP_SRC_EXT_WFW_SCHEMA_HPP
#define FEEDPP_SRC_EXT_WFW_SCHEMA_HPP

#include "ext/schema.hpp"
#include "feedpp/ext/wfw.hpp"

namespace feedpp::detail {

template <>
struct Schema<WellFormedWeb> {
  static constexpr Vocabulary vocabulary = Vocabulary::wfw;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("comment", &WellFormedWeb::comment);
    v.element("commentRss", &WellFormedWeb::comment_rss);
    v.order(&WellFormedWeb::order);
  }
};
}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_WFW_SCHEMA_HPP
