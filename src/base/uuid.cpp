// SPDX-License-Identifier: MIT
#include "base/uuid.hpp"

#include <cstddef>

namespace feedpp::detail {
namespace {

constexpr std::uint32_t rotl(std::uint32_t x, int n) noexcept { return (x << n) | (x >> (32 - n)); }

// feedpp's namespace for the names it hashes into namespaces (a random UUID, fixed for good:
// changing it changes every id convert() has made).
constexpr std::array<std::uint8_t, 16> kFeedppSpace = {
    0x7b, 0x9c, 0x32, 0x1d, 0xda, 0x38, 0x4c, 0xc1, 0xa8, 0xf6, 0x1a, 0x29, 0x5c, 0x37, 0x4c, 0xce};

std::array<std::uint8_t, 16> uuid5(const std::array<std::uint8_t, 16>& space,
                                   std::string_view name) {
  std::string input(reinterpret_cast<const char*>(space.data()), space.size());
  input += name;
  const Sha1Digest d = sha1(input);
  std::array<std::uint8_t, 16> u{};
  for (std::size_t i = 0; i < u.size(); ++i) u[i] = d[i];
  u[6] = static_cast<std::uint8_t>((u[6] & 0x0F) | 0x50);  // version 5
  u[8] = static_cast<std::uint8_t>((u[8] & 0x3F) | 0x80);  // the RFC's variant
  return u;
}

}  // namespace

Sha1Digest sha1(std::string_view data) noexcept {
  std::uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  const std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
  // The message, a 1 bit, zeros, and its length in bits: whole blocks of 64 bytes.
  const std::size_t total = (data.size() + 8) / 64 * 64 + 64;
  std::uint8_t block[64];
  for (std::size_t at = 0; at < total; at += 64) {
    for (std::size_t i = 0; i < 64; ++i) {
      const std::size_t k = at + i;
      if (k < data.size()) {
        block[i] = static_cast<std::uint8_t>(data[k]);
      } else if (k == data.size()) {
        block[i] = 0x80;
      } else if (k >= total - 8) {
        block[i] = static_cast<std::uint8_t>(bits >> (8 * (total - 1 - k)));
      } else {
        block[i] = 0;
      }
    }
    std::uint32_t w[80];
    for (int i = 0; i < 16; ++i) {
      w[i] = static_cast<std::uint32_t>(block[4 * i]) << 24 |
             static_cast<std::uint32_t>(block[4 * i + 1]) << 16 |
             static_cast<std::uint32_t>(block[4 * i + 2]) << 8 | block[4 * i + 3];
    }
    for (int i = 16; i < 80; ++i) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
      std::uint32_t f = 0;
      std::uint32_t k = 0;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5A827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ED9EBA1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8F1BBCDC;
      } else {
        f = b ^ c ^ d;
        k = 0xCA62C1D6;
      }
      const std::uint32_t t = rotl(a, 5) + f + e + k + w[i];
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }
  Sha1Digest out{};
  for (std::size_t i = 0; i < 20; ++i)
    out[i] = static_cast<std::uint8_t>(h[i / 4] >> (24 - 8 * (i % 4)));
  return out;
}

std::string name_based_urn(std::string_view space, std::string_view name) {
  const std::array<std::uint8_t, 16> u = uuid5(uuid5(kFeedppSpace, space), name);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "urn:uuid:";
  for (std::size_t i = 0; i < u.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += kHex[u[i] >> 4];
    out += kHex[u[i] & 0x0F];
  }
  return out;
}

}  // namespace feedpp::detail
