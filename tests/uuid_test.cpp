// SPDX-License-Identifier: MIT
// SHA-1 and name-based UUIDs (base/uuid.hpp): FIPS 180's test vectors, the padding's edge
// lengths, and URNs equal to Python's uuid.uuid5 over the same namespaces.
#include "base/uuid.hpp"

#include <gtest/gtest.h>

#include <string>

namespace feedpp::detail {
namespace {

std::string hex(const Sha1Digest& d) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (const std::uint8_t b : d) {
    out += kHex[b >> 4];
    out += kHex[b & 0x0F];
  }
  return out;
}

TEST(UuidTest, Sha1GivesTheStandardsDigests) {
  EXPECT_EQ(hex(sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(hex(sha1("abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  EXPECT_EQ(hex(sha1(std::string(1000000, 'a'))), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

// 55 bytes leave room for the length in the last block; 56 do not; 64 fill one exactly.
TEST(UuidTest, Sha1PadsEveryLength) {
  EXPECT_EQ(hex(sha1(std::string(55, 'x'))), "cef734ba81a024479e09eb5a75b6ddae62e6abf1");
  EXPECT_EQ(hex(sha1(std::string(56, 'x'))), "901305367c259952f4e7af8323f480d59f81335b");
  EXPECT_EQ(hex(sha1(std::string(64, 'x'))), "bb2fa3ee7afb9f54c6dfb5d021f14b1ffe40c163");
}

TEST(UuidTest, NameBasedUrnsAreVersion5AndStable) {
  EXPECT_EQ(name_based_urn("feed", "Title"), "urn:uuid:7336f328-bc2b-5ed3-83cb-37a050c4da50");
  EXPECT_EQ(name_based_urn("", ""), "urn:uuid:f4e717d7-c576-5bce-abca-0e57e60bdb58");
  EXPECT_NE(name_based_urn("feed", "Title"), name_based_urn("feed", "Title "));
  EXPECT_NE(name_based_urn("feed", "Title"), name_based_urn("feeds", "Title"));
}

}  // namespace
}  // namespace feedpp::detail
