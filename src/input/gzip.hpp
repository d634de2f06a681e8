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

// gunzip() for a stream that arrives in pieces (the streaming parser's input): each piece's
// output is appended to a string the caller empties as it goes, so memory stays flat.
class GzipStream {
 public:
  class Inflater;  // zlib's state, kept out of this header

  GzipStream();
  ~GzipStream();
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;

  // Appends to `out` what `bytes`, the next piece, inflates to. Returns false once the data
  // cannot be read on (error() says why); what came before stays in `out`.
  bool inflate(std::string_view bytes, std::string& out);
  // Whether the stream ended where gzip says it ends; call once all pieces are in.
  [[nodiscard]] bool ended() const noexcept { return ended_; }
  [[nodiscard]] const std::string& error() const noexcept { return error_; }

 private:
  Inflater* inflater_;
  bool ended_ = false;
  std::string error_;
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_INPUT_GZIP_HPP
