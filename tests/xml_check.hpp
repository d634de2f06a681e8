// SPDX-License-Identifier: MIT
// The two checks the writer tests and the fuzzers lean on: is this well-formed XML with
// namespaces, and are these two documents the same XML. No test framework needed.
#ifndef FEEDPP_TESTS_XML_CHECK_HPP
#define FEEDPP_TESTS_XML_CHECK_HPP

#include <string>
#include <string_view>

namespace feedpp::test {

// Returns "" when `xml` is well-formed XML 1.0 with namespaces in UTF-8 (every byte valid UTF-8,
// every character allowed, every prefix bound, no attribute twice); otherwise what is wrong.
std::string xml_problem(std::string_view xml);

// Returns "" when `a` and `b` are XML-equivalent: the same elements (namespace URI and local
// name), attributes (in any order; namespace declarations aside) and text, in the same order,
// ignoring whitespace-only text between elements and how characters were escaped (CDATA or
// not). Otherwise describes the first difference and where.
std::string xml_difference(std::string_view a, std::string_view b);

}  // namespace feedpp::test

#endif  // FEEDPP_TESTS_XML_CHECK_HPP
