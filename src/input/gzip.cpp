// SPDX-License-Identifier: MIT
#include "input/gzip.hpp"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace feedpp::detail {
namespace {

// A z_stream that is always ended.
class Inflater {
 public:
  Inflater() noexcept { ok_ = inflateInit2(&z_, 16 + MAX_WBITS) == Z_OK; }  // 16: gzip only
  ~Inflater() {
    if (ok_) inflateEnd(&z_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
  [[nodiscard]] bool ok() const noexcept { return ok_; }
  z_stream& z() noexcept { return z_; }

 private:
  z_stream z_{};
  bool ok_ = false;
};

std::string message_of(const z_stream& z, const char* otherwise) {
  return z.msg != nullptr ? std::string(z.msg) : std::string(otherwise);
}

}  // namespace

bool is_gzip(std::string_view bytes) noexcept {
  return bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
         static_cast<unsigned char>(bytes[1]) == 0x8B && bytes[2] == 8;
}

Gunzipped gunzip(std::string_view bytes, std::size_t max_output) {
  Gunzipped out;
  Inflater inflater;
  if (!inflater.ok()) {
    out.error = "zlib could not start";
    return out;
  }
  z_stream& z = inflater.z();
  // zlib counts in uInt: feed the input in chunks it can count.
  constexpr std::size_t kChunk = std::numeric_limits<uInt>::max() / 2;
  const auto* next = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t left = bytes.size();
  char buffer[64 * 1024];
  for (;;) {
    if (z.avail_in == 0 && left > 0) {
      const std::size_t n = std::min(left, kChunk);
      z.next_in = const_cast<unsigned char*>(next);  // zlib's API is not const-correct
      z.avail_in = static_cast<uInt>(n);
      next += n;
      left -= n;
    }
    z.next_out = reinterpret_cast<unsigned char*>(buffer);
    z.avail_out = sizeof buffer;
    const int rc = inflate(&z, Z_NO_FLUSH);
    const std::size_t got = sizeof buffer - z.avail_out;
    const std::size_t room = max_output - out.bytes.size();
    out.bytes.append(buffer, std::min(got, room));
    if (got > room) {
      out.too_large = true;
      return out;
    }
    if (rc == Z_STREAM_END) {
      if (z.avail_in == 0 && left == 0) return out;
      // Another member follows (gzip concatenates them); anything else is trailing junk.
      const auto* rest = z.next_in;
      if (z.avail_in < 2 || rest[0] != 0x1F || rest[1] != 0x8B) return out;
      if (inflateReset(&z) != Z_OK) {
        out.error = message_of(z, "zlib could not go on");
        return out;
      }
    } else if (rc == Z_BUF_ERROR && z.avail_in == 0 && left == 0) {
      out.error = "the gzip stream is cut short";
      return out;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      out.error = message_of(z, "the gzip stream is corrupt");
      return out;
    }
  }
}

}  // namespace feedpp::detail
