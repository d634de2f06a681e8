// SPDX-License-Identifier: MIT
// Helpers shared by the tests: test data, parse results in failure messages, and
// (xml_check.hpp) the XML checks.
#ifndef FEEDPP_TESTS_TEST_UTIL_HPP
#define FEEDPP_TESTS_TEST_UTIL_HPP

#include <string>
#include <string_view>
#include <vector>

#include "feedpp/parse.hpp"
#include "xml_check.hpp"

namespace feedpp::test {

// Returns the path of `name` under tests/data.
std::string data_path(std::string_view name);
// Returns the bytes of a file; fails the test when it cannot be read.
std::string read_file(const std::string& path);
// Returns the bytes of tests/data/`name`.
std::string read_data(std::string_view name);

// Describes a parse result for failure messages: format, encoding and every diagnostic.
std::string describe(const ParseResult& r);
// Returns the codes of the diagnostics, in order.
std::vector<ErrorCode> codes(const ParseResult& r);

}  // namespace feedpp::test

#endif  // FEEDPP_TESTS_TEST_UTIL_HPP
