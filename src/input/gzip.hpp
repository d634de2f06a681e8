// SPDX-License-Identifier: MIT
// gzip (RFC 1952): what a server sends with Content-Encoding: gzip, and what a .gz file holds.
// The parser's front door inflates it before anything else looks at the bytes. The only user of
// zlib.
#ifndef FEEDPP_SRC_INPUT_GZIP_HPP
#define FEEDPP_SRC_INPUT_GZIP_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace feedpp::detail {

// Returns true when `bytes` start with gzip's magic number (1F 8B) and method (8, deflate).
[[nodiscard]] bool is_gzip(std::string_view bytes) noexcept;

struct Gunzipped {
  std::string bytes;       // what the stream held, up to the limit
  bool too_large = false;  // the stream held more than the limit: `bytes` stops there
  std::string error;       // why the stream could not be read to its end ("" when it could)
};

// Inflates the gzip stream in `bytes` (members one after another, as gzip writes them, count as
// one), keeping at most `max_output` bytes: a zip bomb costs no more memory than the limit, and
// time linear in the input read. Never throws but std::bad_alloc.
Gunzipped gunzip(std::string_view bytes, std::size_t max_output);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_INPUT_GZIP_HPP
