// SPDX-License-Identifier: MIT
// The examples do what the README says they do.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  EXPECT_NE(pipe, nullptr) << command;
  if (pipe == nullptr) return out;
  char buf[65536];
  std::size_t n = 0;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  EXPECT_EQ(pclose(pipe), 0) << command;
  return out;
}

// examples/write_feed rebuilds the seed feed from data: every element, attribute and text of the
// original, in the same order.
TEST(ExamplesTest, WriteFeedRebuildsTheSeedFeed) {
  const std::string original = test::read_data("alamrafiul-distributed-systems.xml");
  for (const char* flags : {"", " --compact"}) {
    const std::string generated = run(std::string(FEEDPP_WRITE_FEED_EXE) + flags);
    EXPECT_EQ(test::xml_problem(generated), "");
    EXPECT_EQ(test::xml_difference(original, generated), "") << flags;
  }
}

// The check itself notices a difference: one changed character of text fails it.
TEST(ExamplesTest, XmlDifferenceSeesOneCharacter) {
  const std::string original = test::read_data("alamrafiul-distributed-systems.xml");
  std::string changed = original;
  changed.replace(changed.find("Circuit Breaker"), 1, "c");
  EXPECT_NE(test::xml_difference(original, changed), "");
  std::string reordered = original;
  const std::string a = "<generator>Hugo -- gohugo.io</generator>";
  const std::string b = "<language>en</language>";
  reordered.replace(reordered.find(a), a.size(), b);
  reordered.replace(reordered.rfind(b), b.size(), a);
  EXPECT_NE(test::xml_difference(original, reordered), "");
}

}  // namespace
}  // namespace feedpp
