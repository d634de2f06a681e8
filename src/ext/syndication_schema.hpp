// SPDX-License-Identifier: MIT
// The schemas of syndication (see ext/schema.hpp): element and attribute names for each
// member of include/feedpp/ext/syndication.hpp.
#ifndef FEEDPP_SRC_EXT_SYNDICATION_SCHEMA_HPP
#define FEEDPP_SRC_EXT_SYNDICATION_SCHEMA_HPP

#include "ext/schema.hpp"
#include "feedpp/ext/syndication.hpp"

namespace feedpp::detail {

template <>
struct Codec<UpdatePeriod> {
  static std::optional<UpdatePeriod> parse(std::string_view text) noexcept;
  static std::string format(UpdatePeriod value);
};

template <>
struct Schema<Syndication> {
  static constexpr Vocabulary vocabulary = Vocabulary::sy;
  template <class V>
  static constexpr void visit(V& v) {
    v.element("updatePeriod", &Syndication::update_period);
    v.element("updateFrequency", &Syndication::update_frequency);
    v.element("updateBase", &Syndication::update_base, Form::rfc3339);
    v.order(&Syndication::order);
  }
};
}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_SYNDICATION_SCHEMA_HPP
