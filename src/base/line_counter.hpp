// SPDX-License-Identifier: MIT
// Lines and columns of byte offsets into a text, in one pass for offsets asked in order: how the
// parser's diagnostics and the validator's findings get their places.
#ifndef FEEDPP_SRC_BASE_LINE_COUNTER_HPP
#define FEEDPP_SRC_BASE_LINE_COUNTER_HPP

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>

#include "feedpp/diagnostics.hpp"

namespace feedpp::detail {

class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}

  // Sets `where`'s line and column from its offset (cut to the text's end). Requires: offsets
  // are given in non-decreasing order.
  void place(Location& where) {
    const std::size_t target = std::min(where.offset, text_.size());
    where.offset = target;
    while (pos_ < target) {
      const auto* nl =
          static_cast<const char*>(std::memchr(text_.data() + pos_, '\n', target - pos_));
      if (nl == nullptr) {
        pos_ = target;
        break;
      }
      pos_ = static_cast<std::size_t>(nl - text_.data()) + 1;
      ++line_;
      line_start_ = pos_;
    }
    where.line = line_;
    where.column = target - line_start_ + 1;
  }

 private:
  std::string_view text_;
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;
  std::size_t pos_ = 0;
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_BASE_LINE_COUNTER_HPP
