// SPDX-License-Identifier: MIT
// Helpers shared by the tests: test data, and the two checks every writer test leans on.
#ifndef FEEDPP_TESTS_TEST_UTIL_HPP
#define FEEDPP_TESTS_TEST_UTIL_HPP

#include <string>
#include <string_view>

namespace feedpp::test {

// Returns the path of `name` under tests/data.
std::string data_path(std::string_view name);
// Returns the bytes of a file; fails the test when it cannot be read.
std::string read_file(const std::string& path);
// Returns the bytes of tests/data/`name`.
std::string read_data(std::string_view name);

// Returns "" when `xml` is well-formed XML 1.0 with namespaces in UTF-8 (every byte valid UTF-8,
// every character allowed, every prefix bound, no attribute twice); otherwise what is wrong.
std::string xml_problem(std::string_view xml);

// Returns "" when `a` and `b` are XML-equivalent: the same elements (namespace URI and local
// name), attributes (in any order; namespace declarations aside) and text, in the same order,
// ignoring whitespace-only text between elements and how characters were escaped (CDATA or
// not). Otherwise describes the first difference and where.
std::string xml_difference(std::string_view a, std::string_view b);

}  // namespace feedpp::test

#endif  // FEEDPP_TESTS_TEST_UTIL_HPP
