// SPDX-License-Identifier: MIT
// Bytes in one charset to UTF-8: UTF-8 itself, US-ASCII, ISO-8859-1 and windows-1252 and
// UTF-16/32 by hand, every other charset through iconv. Each decoder either takes the bytes as
// they are in that charset or says they are not, so that the caller can try the next candidate.
#ifndef FEEDPP_SRC_DECODERS_HPP
#define FEEDPP_SRC_DECODERS_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "input/charsets.hpp"

namespace feedpp::detail {

// The result of decoding with one charset.
struct Attempt {
  bool ok = false;
  bool borrow = false;  // the text is the input as it is
  std::string text;
  std::size_t replaced = 0;        // U+FFFD written for invalid sequences
  std::size_t first_replaced = 0;  // where the first one is in `text`
};

// Decodes `data` (without its BOM) from `charset`, which is settled: UTF-16/32 with a byte order.
// Fails on bytes invalid in the charset, unless `lenient` (for UTF-16/32 and windows-1252), which
// writes U+FFFD for them instead. UTF-8 decides for itself: a few bad bytes in good UTF-8 are
// replaced, more fail. Text that needs no change is borrowed, not copied.
Attempt decode_as(const Charset& charset, std::string_view data, bool lenient);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_DECODERS_HPP
