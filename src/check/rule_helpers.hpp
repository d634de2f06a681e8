// SPDX-License-Identifier: MIT
// Shorthands for writing the rule tables (rules_*.cpp): one line per child element.
#ifndef FEEDPP_SRC_CHECK_RULE_HELPERS_HPP
#define FEEDPP_SRC_CHECK_RULE_HELPERS_HPP

#include <cstdint>

#include "check/rules.hpp"

namespace feedpp::detail::rules {

// Text checked as `check`.
constexpr Handler T(Check check = Check::none, std::uint16_t flags = 0) {
  return Handler{Kind::text, check, flags, 0, Unique::none};
}
// An element of kind `kind`.
constexpr Handler K(Kind kind, std::uint16_t flags = 0) {
  return Handler{kind, Check::none, flags, 0, Unique::none};
}
// Text of a kind of its own, checked as `check`.
constexpr Handler KT(Kind kind, Check check, std::uint16_t flags = 0) {
  return Handler{kind, check, flags, 0, Unique::none};
}
// Text of at most `max` characters, without HTML.
constexpr Handler LIMIT(std::uint16_t max, std::uint16_t flags = 0) {
  return Handler{Kind::text, Check::length_limited, flags, max, Unique::none};
}
// Text whose value must be unique in its scope.
constexpr Handler UNIQUE(Kind kind, Check check, Unique unique, std::uint16_t flags = 0) {
  return Handler{kind, check, flags, 0, unique};
}
constexpr Handler kEat = Handler{Kind::eater, Check::none, 0, 0, Unique::none};

template <std::size_t N>
constexpr RuleGroup group(const ChildRule (&rules)[N]) {
  return RuleGroup{rules, N};
}

}  // namespace feedpp::detail::rules

#endif  // FEEDPP_SRC_CHECK_RULE_HELPERS_HPP
