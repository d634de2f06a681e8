// SPDX-License-Identifier: MIT
// gzip at the front door (input/gzip.cpp): a gzipped feed reads like the feed; a corrupt or cut
// stream keeps what it held; a zip bomb stops at the size limit.
#include "input/gzip.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <feedpp/feedpp.hpp>

#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

using test::codes;
using test::describe;

// gzip of `data`, as a server sends it (RFC 1952).
std::string gzip(const std::string& data) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

TEST(GzipTest, AGzippedFeedReadsLikeTheFeed) {
  const std::string xml = test::read_data("alamrafiul-distributed-systems.xml");
  const ParseResult plain = parse(xml);
  const ParseResult zipped = parse(test::read_data("inputs/alamrafiul.xml.gz"));
  ASSERT_TRUE(zipped.ok()) << describe(zipped);
  EXPECT_TRUE(zipped.diagnostics.empty()) << describe(zipped);
  EXPECT_EQ(zipped.feed, plain.feed);
  EXPECT_EQ(zipped.encoding, plain.encoding);

  const ParseResult json = parse(test::read_data("inputs/podcast.json.gz"));
  ASSERT_TRUE(json.ok()) << describe(json);
  EXPECT_EQ(json.feed.format, Format::json_1_1);
  EXPECT_EQ(json.feed, parse(test::read_data("json/podcast-1.1.json")).feed);
  EXPECT_EQ(detect_format(test::read_data("inputs/alamrafiul.xml.gz")), Format::rss_2_0);
  EXPECT_EQ(parse_file(test::data_path("inputs/podcast.json.gz")).feed.items.size(), 2u);
}

TEST(GzipTest, MembersOneAfterAnother) {
  const std::string xml = "<rss version=\"2.0\"><channel><title>T</title></channel></rss>";
  const std::string two = gzip(xml.substr(0, 20)) + gzip(xml.substr(20));
  const detail::Gunzipped g = detail::gunzip(two, 1000);
  EXPECT_EQ(g.bytes, xml);
  EXPECT_EQ(g.error, "");
  EXPECT_EQ(parse(two).feed.channel.title.value, "T");
}

TEST(GzipTest, ACutStreamKeepsWhatItHeld) {
  const std::string xml = test::read_data("alamrafiul-distributed-systems.xml");
  const std::string zipped = gzip(xml);
  const ParseResult r = parse(zipped.substr(0, zipped.size() / 2));
  EXPECT_TRUE(r.ok()) << describe(r);
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics.front().code, ErrorCode::bad_compression) << describe(r);
  EXPECT_NE(r.diagnostics.front().message.find("cut short"), std::string::npos);
  EXPECT_FALSE(r.feed.items.empty());  // the items before the cut
  EXPECT_FALSE(r.complete());
  EXPECT_TRUE(parse(zipped).complete());
}

TEST(GzipTest, ACorruptStream) {
  std::string zipped = gzip(test::read_data("alamrafiul-distributed-systems.xml"));
  for (std::size_t i = 200; i < 260; ++i) zipped[i] = static_cast<char>(zipped[i] ^ 0x5A);
  const ParseResult r = parse(zipped);
  EXPECT_TRUE(r.has_errors());
  bool corrupt = false;
  for (const Diagnostic& d : r.diagnostics) corrupt |= d.code == ErrorCode::bad_compression;
  EXPECT_TRUE(corrupt) << describe(r);
  // Only the magic number: nothing in it.
  const ParseResult magic = parse(std::string("\x1F\x8B\x08", 3));
  EXPECT_FALSE(magic.ok());
  EXPECT_EQ(codes(magic),
            (std::vector<ErrorCode>{ErrorCode::bad_compression, ErrorCode::empty_document}));
}

TEST(GzipTest, AZipBombStopsAtTheLimit) {
  // 64 MiB of spaces after a feed: 64 KiB of gzip.
  std::string bomb = "<rss version=\"2.0\"><channel><title>Bomb</title></channel></rss>";
  bomb += std::string(std::size_t{64} << 20, ' ');
  const std::string zipped = gzip(bomb);
  EXPECT_LT(zipped.size(), std::size_t{128} << 10);
  ParseOptions o;
  o.limits.max_input_bytes = std::size_t{1} << 20;
  const ParseResult r = parse(zipped, o);
  EXPECT_EQ(r.feed.channel.title.value, "Bomb");
  EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::input_too_large}) << describe(r);
  EXPECT_NE(r.diagnostics[0].message.find("inflates to more than the limit of 1048576 bytes"),
            std::string::npos);
  const detail::Gunzipped g = detail::gunzip(zipped, 1000);
  EXPECT_TRUE(g.too_large);
  EXPECT_EQ(g.bytes.size(), 1000u);
}

TEST(GzipTest, OnlyGzipIsInflated) {
  EXPECT_TRUE(detail::is_gzip(gzip("x")));
  EXPECT_FALSE(detail::is_gzip("\x1F\x8B"));
  EXPECT_FALSE(detail::is_gzip("<rss/>"));
}

}  // namespace
}  // namespace feedpp
