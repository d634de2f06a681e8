// SPDX-License-Identifier: MIT
// Lines and columns of offsets (base/line_counter.hpp): the bulk newline count and the counter
// agree with a byte-by-byte reading on texts long enough for every step of the vector loop.
#include "base/line_counter.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <random>
#include <string>
#include <vector>

namespace feedpp::detail {
namespace {

// Line and column of `offset` in `text`, counted byte by byte.
Location reference(const std::string& text, std::size_t offset) {
  Location where{offset, 1, 1};
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++where.line;
      line_start = i + 1;
    }
  }
  where.column = offset - line_start + 1;
  return where;
}

TEST(LineCounter, CountsNewlinesAtEveryLengthAndAlignment) {
  // Past 255 steps of 16 bytes, where the byte lanes are summed, and with every tail length.
  std::string text(5000, 'x');
  for (std::size_t i = 0; i < text.size(); i += 7) text[i] = '\n';
  for (const std::size_t from : {0u, 1u, 15u, 16u, 17u}) {
    for (const std::size_t n : {0u, 1u, 15u, 16u, 17u, 255u, 4079u, 4080u, 4081u, 4983u}) {
      std::size_t expected = 0;
      for (std::size_t i = from; i < from + n; ++i) {
        if (text[i] == '\n') ++expected;
      }
      EXPECT_EQ(count_newlines(text.data() + from, n), expected) << from << " + " << n;
    }
  }
}

TEST(LineCounter, EveryByteANewlineDoesNotOverflowALane) {
  const std::string text(16 * 300 + 5, '\n');
  EXPECT_EQ(count_newlines(text.data(), text.size()), text.size());
}

TEST(LineCounter, PlacesOffsetsAsAByteByByteReadingDoes) {
  std::mt19937 random(42);
  std::string text;
  for (int i = 0; i < 20000; ++i) text += random() % 9 == 0 ? '\n' : 'a';
  text += "\n\n";
  std::vector<std::size_t> offsets;
  for (int i = 0; i < 300; ++i) offsets.push_back(random() % (text.size() + 1));
  offsets.push_back(text.size() - 1);  // on the last newline
  offsets.push_back(text.size());
  std::sort(offsets.begin(), offsets.end());
  LineCounter lines(text);
  for (const std::size_t offset : offsets) {
    Location where{offset, 0, 0};
    lines.place(where);
    const Location expected = reference(text, offset);
    EXPECT_EQ(where.line, expected.line) << offset;
    EXPECT_EQ(where.column, expected.column) << offset;
  }
}

TEST(LineCounter, CutsAnOffsetPastTheEndToTheEnd) {
  LineCounter lines("ab\ncd");
  Location where{99, 0, 0};
  lines.place(where);
  EXPECT_EQ(where.offset, 5u);
  EXPECT_EQ(where.line, 2u);
  EXPECT_EQ(where.column, 3u);
}

}  // namespace
}  // namespace feedpp::detail
