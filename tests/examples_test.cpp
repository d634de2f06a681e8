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

// examples/parse_feed prints each item's date, title and link, whatever the format.
TEST(ExamplesTest, ParseFeedPrintsTheItems) {
  const std::string out = run(std::string(FEEDPP_PARSE_FEED_EXE) + " " +
                              test::data_path("alamrafiul-distributed-systems.xml"));
  EXPECT_EQ(out.substr(0, out.find('\n')), "Distributed-Systems on Rafiul Alam (rss2.0, utf-8)");
  EXPECT_NE(out.find("2026-03-23T00:00:00Z      Building Real-World Event Streaming Systems with "
                     "Go and Kafka <https://alamrafiul.com/posts/golang-kafka-practical-guide/>"),
            std::string::npos)
      << out;
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
