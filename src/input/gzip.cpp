// SPDX-License-Identifier: MIT
#include "input/gzip.hpp"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace feedpp::detail {

// A z_stream that is always ended.
class GzipStream::Inflater {
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

namespace {

using Inflater = GzipStream::Inflater;

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

GzipStream::GzipStream() : inflater_(new Inflater) {
  if (!inflater_->ok()) error_ = "zlib could not start";
}

GzipStream::~GzipStream() { delete inflater_; }

bool GzipStream::inflate(std::string_view bytes, std::string& out) {
  if (!error_.empty()) return false;
  z_stream& z = inflater_->z();
  constexpr std::size_t kChunk = std::numeric_limits<uInt>::max() / 2;
  char buffer[64 * 1024];
  while (!bytes.empty()) {
    if (ended_) {
      // Another member follows (gzip concatenates them); anything else is trailing junk.
      if (bytes.size() < 2 || static_cast<unsigned char>(bytes[0]) != 0x1F ||
          static_cast<unsigned char>(bytes[1]) != 0x8B) {
        return true;
      }
      if (inflateReset(&z) != Z_OK) {
        error_ = message_of(z, "zlib could not go on");
        return false;
      }
      ended_ = false;
    }
    const std::size_t n = std::min(bytes.size(), kChunk);
    z.next_in = reinterpret_cast<unsigned char*>(const_cast<char*>(bytes.data()));
    z.avail_in = static_cast<uInt>(n);
    int rc = Z_OK;
    do {
      z.next_out = reinterpret_cast<unsigned char*>(buffer);
      z.avail_out = sizeof buffer;
      rc = ::inflate(&z, Z_NO_FLUSH);
      out.append(buffer, sizeof buffer - z.avail_out);
      if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
        error_ = message_of(z, "the gzip stream is corrupt");
        return false;
      }
    } while (rc == Z_OK && (z.avail_in > 0 || z.avail_out == 0));
    bytes.remove_prefix(n - z.avail_in);
    if (rc == Z_STREAM_END) {
      ended_ = true;
    } else if (z.avail_in > 0) {
      error_ = "the gzip stream is corrupt";
      return false;
    }
  }
  return true;
}

}  // namespace feedpp::detail
