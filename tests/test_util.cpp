// SPDX-License-Identifier: MIT
#include "test_util.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace feedpp::test {

std::string data_path(std::string_view name) {
  return std::string(FEEDPP_TEST_DATA_DIR) + "/" + std::string(name);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string read_data(std::string_view name) { return read_file(data_path(name)); }

std::string describe(const ParseResult& r) {
  std::string out = "format " + std::string(to_string(r.feed.format)) + ", encoding " + r.encoding +
                    ", " + std::to_string(r.diagnostics.size()) + " diagnostics";
  for (const Diagnostic& d : r.diagnostics) {
    out += "\n  " + std::string(to_string(d.severity)) + " " + std::string(to_string(d.code)) +
           " at " + std::to_string(d.location.line) + ":" + std::to_string(d.location.column) +
           " (offset " + std::to_string(d.location.offset) + "): " + d.message;
  }
  return out;
}

std::vector<ErrorCode> codes(const ParseResult& r) {
  std::vector<ErrorCode> out;
  for (const Diagnostic& d : r.diagnostics) out.push_back(d.code);
  return out;
}

}  // namespace feedpp::test
