// SPDX-License-Identifier: MIT
// Lines and columns of byte offsets into a text, in one pass for offsets asked in order: how the
// parser's diagnostics and the validator's findings get their places.
#ifndef FEEDPP_SRC_BASE_LINE_COUNTER_HPP
#define FEEDPP_SRC_BASE_LINE_COUNTER_HPP

#include <algorithm>
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "feedpp/diagnostics.hpp"

namespace feedpp::detail {

// The number of '\n' in [p, p + n). With SSE2, 16 bytes a step, counted in byte lanes and summed
// every 255 steps (before a lane could overflow): a memchr() a line costs a call for each of a
// feed's short lines.
inline std::size_t count_newlines(const char* p, std::size_t n) noexcept {
  std::size_t count = 0;
#if defined(__SSE2__)
  const __m128i newline = _mm_set1_epi8('\n');
  while (n >= 16) {
    const std::size_t steps = std::min<std::size_t>(n / 16, 255);
    __m128i lanes = _mm_setzero_si128();
    for (std::size_t i = 0; i < steps; ++i, p += 16) {
      const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(chunk, newline));  // a match is -1
    }
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
    count += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
             static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
    n -= steps * 16;
  }
#endif
  for (; n > 0; --n, ++p) count += *p == '\n' ? 1 : 0;
  return count;
}

class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}

  // Sets `where`'s line and column from its offset (cut to the text's end). Requires: offsets
  // are given in non-decreasing order.
  void place(Location& where) {
    const std::size_t target = std::min(where.offset, text_.size());
    where.offset = target;
    if (pos_ < target) {
      const std::size_t lines = count_newlines(text_.data() + pos_, target - pos_);
      if (lines > 0) {
        line_ += lines;
        std::size_t last = target;  // the last line starts after the last '\n'
        while (text_[last - 1] != '\n') --last;
        line_start_ = last;
      }
      pos_ = target;
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
