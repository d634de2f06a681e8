// SPDX-License-Identifier: MIT
// The schemas of creative commons (see ext/schema.hpp): element and attribute names for each
// member of include/feedpp/ext/creative_commons.hpp.
#ifndef FEEDPP_SRC_EXT_CREATIVE_COMMONS_SCHEMA_HPP
#define FEEDPP_SRC_EXT_CREATIVE_COMMONS_SCHEMA_HPP

#include "ext/schema.hpp"
#include "feedpp/ext/creative_commons.hpp"

namespace feedpp::detail {

template <>
struct Schema<CcLicense> {
  static constexpr Vocabulary vocabulary = Vocabulary::cc;
  template <class V>
  static constexpr void visit(V& v) {
    v.attribute(Vocabulary::rdf, "resource", &CcLicense::resource);
    v.text(&CcLicense::text);
    v.other_attributes(&CcLicense::attributes);
    v.order(&CcLicense::order);
  }
};

template <>
struct Schema<CreativeCommons> {
  static constexpr Vocabulary vocabulary = Vocabulary::cc;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("license", &CreativeCommons::cc_licenses);
    v.element(Vocabulary::creative_commons, "license", &CreativeCommons::licenses);
    v.order(&CreativeCommons::order);
  }
};
}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_CREATIVE_COMMONS_SCHEMA_HPP
