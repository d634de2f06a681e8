// SPDX-License-Identifier: MIT
// The schemas of psc (see ext/schema.hpp): element and attribute names for each
// member of include/feedpp/ext/psc.hpp.
#ifndef FEEDPP_SRC_EXT_PSC_SCHEMA_HPP
#define FEEDPP_SRC_EXT_PSC_SCHEMA_HPP

#include "ext/schema.hpp"
#include "feedpp/ext/psc.hpp"

namespace feedpp::detail {

template <>
struct Schema<SimpleChapter> {
  static constexpr Vocabulary vocabulary = Vocabulary::psc;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("start", &SimpleChapter::start);
    v.attribute("title", &SimpleChapter::title);
    v.attribute("href", &SimpleChapter::href);
    v.attribute("image", &SimpleChapter::image);
    v.other_attributes(&SimpleChapter::attributes);
    v.order(&SimpleChapter::order);
  }
};

template <>
struct Schema<SimpleChapters> {
  static constexpr Vocabulary vocabulary = Vocabulary::psc;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute("version", &SimpleChapters::version);
    v.element("chapter", &SimpleChapters::chapters);
    v.other_attributes(&SimpleChapters::attributes);
    v.extensions(&SimpleChapters::extensions);
    v.order(&SimpleChapters::order);
  }
};

template <>
struct Schema<Chapters> {
  static constexpr Vocabulary vocabulary = Vocabulary::psc;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("chapters", &Chapters::lists);
    v.order(&Chapters::order);
  }
};
}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_PSC_SCHEMA_HPP
