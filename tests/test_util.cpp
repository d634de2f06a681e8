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

}  // namespace feedpp::test
