// SPDX-License-Identifier: MIT
// JSON as the tests see it, through simdjson's DOM (a parser independent of the reader's on-demand
// walk): whether a text is valid JSON, and where two documents differ.
#ifndef FEEDPP_TESTS_JSON_CHECK_HPP
#define FEEDPP_TESTS_JSON_CHECK_HPP

#include <string>
#include <string_view>

namespace feedpp::test {

// Returns "" when `json` is one valid JSON document (RFC 8259, UTF-8), else what is wrong.
// Numbers are held to RFC 8259's grammar, not to a range (1e999 is valid).
std::string json_problem(std::string_view json);

// Returns "" when `a` and `b` hold the same value: objects with the same keys (in any order) and
// equal values, arrays equal element by element, numbers equal as numbers. Else the path of the
// first difference and what differs there.
std::string json_difference(std::string_view a, std::string_view b);

}  // namespace feedpp::test

#endif  // FEEDPP_TESTS_JSON_CHECK_HPP
