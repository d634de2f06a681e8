// SPDX-License-Identifier: MIT
// Helpers shared by the tests: test data, and (xml_check.hpp) the XML checks.
#ifndef FEEDPP_TESTS_TEST_UTIL_HPP
#define FEEDPP_TESTS_TEST_UTIL_HPP

#include <string>
#include <string_view>

#include "xml_check.hpp"

namespace feedpp::test {

// Returns the path of `name` under tests/data.
std::string data_path(std::string_view name);
// Returns the bytes of a file; fails the test when it cannot be read.
std::string read_file(const std::string& path);
// Returns the bytes of tests/data/`name`.
std::string read_data(std::string_view name);

}  // namespace feedpp::test

#endif  // FEEDPP_TESTS_TEST_UTIL_HPP
