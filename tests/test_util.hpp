// SPDX-License-Identifier: MIT
// Helpers shared by the tests: test data, parse results in failure messages, and
// (xml_check.hpp) the XML checks.
#ifndef FEEDPP_TESTS_TEST_UTIL_HPP
#define FEEDPP_TESTS_TEST_UTIL_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/parse.hpp"
#include "feedpp/write_options.hpp"
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

// Returns "" when `a == b`; otherwise names the first part that differs ("items[1].itunes").
std::string model_difference(const Feed& a, const Feed& b);

// Parses `xml` and fails the test on any diagnostic (a feed in the shape a generator writes
// should have none); returns the feed.
Feed parse_clean(std::string_view xml);

// Writes `feed` as RSS 2.0 (`atom` false) or Atom 1.0, and fails the test when the writer fails or
// the output is not well-formed XML with namespaces. Returns the output.
std::string write(const Feed& feed, bool atom = false, const WriteOptions& options = {});

// The round trip of a model through a writer: `feed` written, parsed back without an error, is
// the same model (its format set to the one written), and writing that gives the same bytes.
// Returns the first output.
std::string expect_round_trip(const Feed& feed, bool atom = false);

// The round trip of a feed as a generator wrote it, in its own format: parsed without a
// diagnostic, written back XML-equivalent to `xml` (when `equivalent`: false for a feed whose
// namespace URIs feedpp writes otherwise), read back as the same model, and written again as
// the same bytes. Returns the parsed feed.
Feed expect_feed_round_trip(const std::string& xml, bool equivalent = true);

// Returns how many times `needle` occurs in `haystack`.
std::size_t count(std::string_view haystack, std::string_view needle);

}  // namespace feedpp::test

#endif  // FEEDPP_TESTS_TEST_UTIL_HPP
