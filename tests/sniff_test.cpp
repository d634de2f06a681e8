// SPDX-License-Identifier: MIT
// Knowing what the input is (input/sniff.cpp and the front door): each kind of input the
// command meets gets its reader or a fatal diagnostic that names it.
#include "input/sniff.hpp"

#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <filesystem>
#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

using test::codes;
using test::describe;

// The one fatal diagnostic of a non-feed, and its message.
std::string fatal_message(const ParseResult& r) {
  for (const Diagnostic& d : r.diagnostics) {
    if (d.severity == Severity::fatal) return std::string(to_string(d.code)) + ": " + d.message;
  }
  return "no fatal diagnostic: " + describe(r);
}

std::string answer(const char* name) { return fatal_message(parse(test::read_data(name))); }

TEST(SniffTest, EachNonFeedIsNamed) {
  EXPECT_EQ(answer("inputs/pixel.png"), "not_a_feed: a PNG image, not a feed");
  EXPECT_EQ(answer("inputs/document.pdf"), "not_a_feed: a PDF document, not a feed");
  EXPECT_EQ(answer("inputs/blob.bin"), "not_a_feed: binary data, not a feed");
  EXPECT_EQ(answer("inputs/moved.txt"), "not_a_feed: plain text, without markup: not a feed");
  EXPECT_EQ(answer("inputs/empty.xml"), "empty_document: the document is empty");
  EXPECT_EQ(answer("inputs/subscriptions.opml"),
            "not_a_feed: the root element <opml> is not RSS, RDF, Atom or CDF: not a feed");
  EXPECT_EQ(answer("inputs/package.json"),
            "not_a_feed: a JSON document with no JSON Feed \"version\", \"items\" or "
            "\"feed_url\": not a JSON Feed");
  EXPECT_EQ(fatal_message(parse(std::string("PK\x03\x04\x14\x00", 6))),
            "not_a_feed: zip data, not a feed");
}

TEST(SniffTest, AnHtmlPageNamesTheFeedsItLinksTo) {
  ParseOptions o;
  o.base_url = "https://notes.example.net/";
  const ParseResult r = parse(test::read_data("inputs/blog-page.html"), o);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::html_page});
  EXPECT_EQ(fatal_message(r),
            "html_page: an HTML page, not a feed; it links to these feeds: "
            "https://notes.example.net/blog/feed.xml (application/rss+xml), "
            "https://notes.example.net/atom.xml (application/atom+xml), "
            "https://notes.example.net/feed.json (application/feed+json)");
  EXPECT_EQ(r.feed.format, Format::unknown);
  EXPECT_EQ(fatal_message(parse("<html><body>hi</body></html>")),
            "html_page: an HTML page, not a feed, and it links to no feed");
  // XHTML, after an XML declaration and a comment.
  EXPECT_EQ(codes(parse("<?xml version=\"1.0\"?><!-- x -->\n<!DOCTYPE html PUBLIC "
                        "\"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x\"><html "
                        "xmlns=\"http://www.w3.org/1999/xhtml\"><head/></html>")),
            std::vector<ErrorCode>{ErrorCode::html_page});
  // An <html> root that the sniffer's prolog skipping misses still is one.
  EXPECT_EQ(codes(parse("<!DOCTYPE x><html><body/></html>")),
            std::vector<ErrorCode>{ErrorCode::html_page});
}

TEST(SniffTest, ADirectoryIsAReadError) {
  const ParseResult r = parse_file(test::data_path("inputs"));
  EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::io_error});
  EXPECT_NE(r.diagnostics[0].message.find("it is a directory"), std::string::npos);
  const ParseResult missing = parse_file("/nonexistent/feed.xml");
  EXPECT_EQ(codes(missing), std::vector<ErrorCode>{ErrorCode::io_error});
  EXPECT_EQ(missing.diagnostics[0].message, "cannot read /nonexistent/feed.xml: no such file");
}

TEST(SniffTest, Sniffers) {
  EXPECT_TRUE(detail::looks_like_json(" \n\t{"));
  EXPECT_TRUE(detail::looks_like_json("\xEF\xBB\xBF["));
  EXPECT_FALSE(detail::looks_like_json("<rss/>"));
  EXPECT_FALSE(detail::looks_like_json(""));
  EXPECT_TRUE(detail::looks_like_html("<!doctype html><p>"));
  EXPECT_TRUE(detail::looks_like_html("  <HTML lang=en>"));
  EXPECT_FALSE(detail::looks_like_html("<htmlx>"));
  EXPECT_FALSE(detail::looks_like_html("<rss><description>&lt;html&gt;</description></rss>"));
  EXPECT_FALSE(detail::looks_like_html("<!DOCTYPE rss>"));
  EXPECT_TRUE(detail::looks_like_html("<!DOCTYPE html>\n<!-- x --><head><title>t</title>"));
  // A feed served with an XHTML doctype by mistake is a feed: its root element decides.
  EXPECT_FALSE(detail::looks_like_html(
      "<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
      "\"x\">\n<!-- c -->\n<rss version=\"2.0\">"));
  EXPECT_FALSE(
      detail::looks_like_html("<!DOCTYPE html><feed xmlns=\"http://www.w3.org/2005/Atom\">"));
  EXPECT_TRUE(detail::looks_binary(std::string("ab\0\0\0\1\2\3\4\5\6c", 12)));
  EXPECT_TRUE(detail::looks_binary(std::string(64, '\0')));
  EXPECT_FALSE(detail::looks_binary("<rss>\t\r\n\f</rss>"));
  // A few stray NULs, or many after which markup starts (UTF-16 read as bytes, a NUL-padded
  // prolog), leave a feed a feed: the clean-up removes them, each reported.
  EXPECT_FALSE(detail::looks_binary(std::string("ab\0c", 4)));
  EXPECT_FALSE(detail::looks_binary(std::string(16, '\0') + "<rss>\1\2\3\4\5\6\7\x08\x0e</rss>"));
  EXPECT_EQ(detail::binary_format("GIF89a..."), "a GIF image");
  EXPECT_EQ(detail::binary_format(std::string_view("RIFF\x10\x00\x00\x00WEBPVP8 ", 16)),
            "a WebP image");
  EXPECT_EQ(detail::binary_format("<?xml"), "");
}

TEST(SniffTest, FeedsAreStillFeeds) {
  // A feed whose text mentions HTML, a UTF-16 feed (NUL bytes), a feed after a BOM.
  EXPECT_EQ(parse("<rss version=\"2.0\"><channel><title>&lt;html&gt;</title></channel></rss>")
                .feed.format,
            Format::rss_2_0);
  std::string utf16 = "\xFF\xFE";
  for (const char c : std::string("<rss version=\"2.0\"><channel/></rss>")) {
    utf16 += c;
    utf16 += '\0';
  }
  EXPECT_EQ(parse(utf16).feed.format, Format::rss_2_0);
  EXPECT_EQ(parse("\xEF\xBB\xBF<feed xmlns=\"http://www.w3.org/2005/Atom\"/>").feed.format,
            Format::atom_1_0);
}

}  // namespace
}  // namespace feedpp
