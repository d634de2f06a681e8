// SPDX-License-Identifier: MIT
// The schemas of threading (see ext/schema.hpp): element and attribute names for each
// member of include/feedpp/ext/threading.hpp.
#ifndef FEEDPP_SRC_EXT_THREADING_SCHEMA_HPP
#define FEEDPP_SRC_EXT_THREADING_SCHEMA_HPP

#include "ext/schema.hpp"
#include "feedpp/ext/threading.hpp"

namespace feedpp::detail {

template <>
struct Schema<ThreadInReplyTo> {
  static constexpr Vocabulary vocabulary = Vocabulary::thr;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("ref", &ThreadInReplyTo::ref);
    v.attribute("href", &ThreadInReplyTo::href);
    v.attribute("type", &ThreadInReplyTo::type);
    v.attribute("source", &ThreadInReplyTo::source);
    v.other_attributes(&ThreadInReplyTo::attributes);
    v.order(&ThreadInReplyTo::order);
  }
};

template <>
struct Schema<Threading> {
  static constexpr Vocabulary vocabulary = Vocabulary::thr;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("in-reply-to", &Threading::in_reply_to);
    v.element("total", &Threading::total);
    v.order(&Threading::order);
  }
};
}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_THREADING_SCHEMA_HPP
