// SPDX-License-Identifier: MIT
// The front door, through the public API only: parse() of bytes, files and streams, what ok() and
// has_errors() say, budgets, strict mode, charset options, URL resolution, detect_format(), and
// where diagnostics point.
#include "feedpp/parse.hpp"
#include "feedpp/view.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <fstream>
#include <limits>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "test_util.hpp"

namespace feedpp {

// Prints codes by name in failure messages (found by ADL, so it lives in feedpp).
static void PrintTo(ErrorCode code, std::ostream* os) { *os << to_string(code); }

namespace {

using namespace std::string_literals;
using test::data_path;
using test::read_data;

using test::codes;
using test::describe;

// Returns the first diagnostic with `code`, or null.
const Diagnostic* find(const ParseResult& r, ErrorCode code) {
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

bool has_fatal(const ParseResult& r, ErrorCode code) {
  const Diagnostic* d = find(r, code);
  return d != nullptr && d->severity == Severity::fatal;
}

// Two results are the same when their feeds, encodings and diagnostics are.
void expect_same(const ParseResult& a, const ParseResult& b) {
  EXPECT_TRUE(a.feed == b.feed);
  EXPECT_EQ(a.encoding, b.encoding);
  EXPECT_EQ(describe(a), describe(b));
}

// ---------------------------------------------------------------------------------------------
// ok() and has_errors()

TEST(ParseTest, WellFormedFeedIsOkWithoutErrors) {
  const ParseResult r = parse(read_data("parse/rss2-three-items.xml"));
  EXPECT_TRUE(r.ok()) << describe(r);
  EXPECT_TRUE(static_cast<bool>(r));
  EXPECT_FALSE(r.has_errors()) << describe(r);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(r.feed.format, Format::rss_2_0);
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.feed.channel.title.value, "Three items");
  ASSERT_EQ(r.feed.items.size(), 3u);
  EXPECT_EQ(r.feed.items[0].title.value, "First");
  EXPECT_EQ(r.feed.items[2].link, "https://example.com/3");
}

TEST(ParseTest, BrokenMarkupIsOkWithErrors) {
  const ParseResult r = parse(read_data("malformed/unclosed-element.xml"));
  EXPECT_TRUE(r.ok()) << describe(r);
  EXPECT_TRUE(r.has_errors()) << describe(r);
  const Diagnostic* syntax = find(r, ErrorCode::xml_syntax);
  ASSERT_NE(syntax, nullptr) << describe(r);
  EXPECT_EQ(syntax->severity, Severity::error);
  EXPECT_EQ(r.feed.format, Format::rss_2_0);
  EXPECT_EQ(r.feed.channel.title.value, "Unclosed element");
  ASSERT_EQ(r.feed.items.size(), 2u) << describe(r);
  EXPECT_EQ(r.feed.items[1].title.value, "Second");
  EXPECT_EQ(r.feed.items[1].link, "https://example.com/2");
}

// Broken markup in a document that the clean-up also changed: the repair must see the cleaned
// text, and read what the same document without the entity gives.
TEST(ParseTest, BrokenMarkupThatAlsoNeedsCleanupIsRepaired) {
  const ParseResult r = parse(read_data("malformed/unclosed-element-and-entity.xml"));
  SCOPED_TRACE(describe(r));
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(codes(r), (std::vector<ErrorCode>{ErrorCode::undefined_entity, ErrorCode::xml_syntax}));
  EXPECT_EQ(r.feed.format, Format::rss_2_0);
  EXPECT_EQ(r.feed.channel.title.value, "Unclosed\u00a0element");
  EXPECT_EQ(r.feed.channel.link, "https://example.com/");
  ASSERT_EQ(r.feed.items.size(), 2u);
  EXPECT_EQ(r.feed.items[1].title.value, "Second");
  EXPECT_EQ(r.feed.items[1].link, "https://example.com/2");
  const ParseResult plain = parse(read_data("malformed/unclosed-element.xml"));
  EXPECT_TRUE(r.feed.items == plain.feed.items);
}

// What the clean-up took for an unterminated comment or PI runs to the end of the document as far
// as it knew, so it read no references there; the repair ends it at the next '<' and makes the
// rest markup and text again, whose references must then read as any text's do.
TEST(ParseTest, TextAfterAnUnterminatedCommentOrPiIsCleanedUp) {
  const std::string head = "<rss version=\"2.0\"><channel><title>t</title>";
  const std::string tail = "<item><title>Dec.&#159;15&nbsp;&#0;!</title></item></channel></rss>";
  const ParseResult plain = parse(head + tail);
  ASSERT_EQ(plain.feed.items.size(), 1u) << describe(plain);
  EXPECT_EQ(plain.feed.items[0].title.value, "Dec.\u017815\u00a0!");
  for (const char* opener : {"<!-- ", "<?pi "}) {
    SCOPED_TRACE(opener);
    const ParseResult r = parse(head + opener + tail);
    EXPECT_TRUE(r.ok()) << describe(r);
    EXPECT_TRUE(r.feed.items == plain.feed.items) << describe(r);
  }
}

TEST(ParseTest, WarningsAloneAreNotErrors) {
  const ParseResult r = parse(read_data("parse/bad-date.xml"));
  EXPECT_TRUE(r.ok()) << describe(r);
  EXPECT_FALSE(r.has_errors()) << describe(r);
  ASSERT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::bad_date}) << describe(r);
  EXPECT_EQ(r.diagnostics[0].severity, Severity::warning);
}

// CDF reads the typed vocabularies of its CHANNEL and ITEMs as RSS does (found by the round-trip
// fuzzer: an iTunes or FeedBurner element kept as an extension was read as its vocabulary's once
// written as RSS, so writing was not a fixed point).
TEST(ParseTest, CdfReadsVocabulariesAsRssDoes) {
  const ParseResult r = parse(
      "<CHANNEL HREF=\"https://e.com/\" "
      "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" "
      "xmlns:feedburner=\"http://rssnamespace.org/feedburner/ext/1.0\"><TITLE>t</TITLE>"
      "<itunes:author>A</itunes:author><ITEM HREF=\"https://e.com/1\"><TITLE>i</TITLE>"
      "<feedburner:origlink>https://e.com/o</feedburner:origlink></ITEM></CHANNEL>");
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(r.feed.format, Format::cdf);
  ASSERT_TRUE(r.feed.channel.itunes);
  EXPECT_EQ(r.feed.channel.itunes->author, "A");
  EXPECT_TRUE(r.feed.channel.extensions.empty());
  ASSERT_EQ(r.feed.items.size(), 1u);
  ASSERT_TRUE(r.feed.items[0].feedburner);
  EXPECT_EQ(r.feed.items[0].feedburner->orig_link, "https://e.com/o");
  EXPECT_TRUE(r.feed.items[0].extensions.empty());
}

TEST(ParseTest, PlainTextIsNotAFeed) {
  const ParseResult r = parse("This is not XML at all, just a sentence.\n");
  EXPECT_FALSE(r.ok()) << describe(r);
  EXPECT_FALSE(static_cast<bool>(r));
  EXPECT_TRUE(r.has_errors());
  EXPECT_TRUE(has_fatal(r, ErrorCode::not_a_feed)) << describe(r);
  EXPECT_EQ(r.feed.format, Format::unknown);
  EXPECT_TRUE(r.feed.items.empty());
}

// CDF reads the typed vocabularies as RSS and Atom do, so that what RSS and Atom write of a CDF
// feed reads back the same (roundtrip_fuzzer: a CDF item's <georss:Floor> was written as an
// extension, which RSS then read as GeoRSS's floor and wrote in its own case).
TEST(ParseTest, CdfReadsTheVocabularies) {
  const ParseResult r =
      parse(test::read_data("fixed_point/fuzz-cdf-vocabulary-element-in-another-case.xml"));
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(r.feed.format, Format::cdf);
  ASSERT_EQ(r.feed.items.size(), 1u);
  const Item& item = r.feed.items[0];
  ASSERT_TRUE(item.geo);
  EXPECT_EQ(item.geo->floor.value, 2);
  EXPECT_EQ(item.geo->point, "45.256 -71.92");
  EXPECT_TRUE(item.extensions.empty());
}

TEST(ParseTest, HtmlPageIsNotAFeed) {
  const ParseResult r = parse(read_data("parse/html-page.html"));
  EXPECT_FALSE(r.ok()) << describe(r);
  EXPECT_TRUE(has_fatal(r, ErrorCode::html_page)) << describe(r);
  EXPECT_EQ(r.feed.format, Format::unknown);
  EXPECT_TRUE(r.feed.channel.title.empty());
}

TEST(ParseTest, WellFormedXmlOfAnotherKindIsNotAFeed) {
  const ParseResult r =
      parse("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>x</title></head></opml>");
  EXPECT_FALSE(r.ok()) << describe(r);
  ASSERT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::not_a_feed}) << describe(r);
  EXPECT_EQ(r.diagnostics[0].severity, Severity::fatal);
  EXPECT_EQ(r.diagnostics[0].location.line, 2u);
}

TEST(ParseTest, EmptyInputIsAnEmptyDocument) {
  const ParseResult r = parse("");
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::empty_document}) << describe(r);
  EXPECT_EQ(r.diagnostics[0].severity, Severity::fatal);
  EXPECT_EQ(r.feed.format, Format::unknown);
}

TEST(ParseTest, WhitespaceOnlyIsAnEmptyDocument) {
  for (const std::string& input :
       {" "s, "\n"s, " \t\r\n \n"s, "\xEF\xBB\xBF"s, "\xEF\xBB\xBF \n"s}) {
    const ParseResult r = parse(input);
    EXPECT_FALSE(r.ok()) << testing::PrintToString(input);
    ASSERT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::empty_document})
        << testing::PrintToString(input) << ": " << describe(r);
    EXPECT_EQ(r.diagnostics[0].severity, Severity::fatal);
  }
}

// ---------------------------------------------------------------------------------------------
// ParseLimits::max_input_bytes

// The document is read as if it ended at the limit.
TEST(ParseTest, InputOverTheLimitIsReadUpToIt) {
  const std::string bytes = read_data("parse/rss2-three-items.xml");
  const std::size_t last_item = bytes.rfind("<item>");
  ASSERT_NE(last_item, std::string::npos);
  ParseOptions options;
  options.limits.max_input_bytes = last_item;
  const ParseResult r = parse(bytes, options);
  EXPECT_TRUE(r.ok());
  // The limit's error, then what the cut did to the document (unclosed elements).
  ASSERT_FALSE(r.diagnostics.empty());
  const Diagnostic& d = r.diagnostics.front();
  EXPECT_EQ(d.code, ErrorCode::input_too_large) << describe(r);
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(d.location.offset, last_item);
  EXPECT_EQ(r.feed.format, Format::rss_2_0);
  const std::vector<Item> all = parse(bytes).feed.items;
  ASSERT_EQ(all.size(), 3u);
  ASSERT_EQ(r.feed.items.size(), 2u);
  EXPECT_EQ(r.feed.items[0], all[0]);
  EXPECT_EQ(r.feed.items[1], all[1]);
}

TEST(ParseTest, InputAtTheLimitIsRead) {
  const std::string bytes = read_data("parse/rss2-three-items.xml");
  ParseOptions options;
  options.limits.max_input_bytes = bytes.size();
  const ParseResult r = parse(bytes, options);
  EXPECT_TRUE(r.ok()) << describe(r);
  EXPECT_FALSE(r.has_errors()) << describe(r);
  EXPECT_EQ(r.feed.items.size(), 3u);
}

TEST(ParseTest, StreamOverTheLimitIsReadUpToIt) {
  const std::string bytes = read_data("parse/rss2-three-items.xml");
  ParseOptions options;
  options.limits.max_input_bytes = bytes.rfind("<item>");
  const ParseResult whole = parse(bytes, options);
  std::istringstream in(bytes);
  const ParseResult r = parse(in, options);
  EXPECT_EQ(r.feed, whole.feed);
  EXPECT_EQ(codes(r), codes(whole)) << describe(r);
  EXPECT_EQ(r.feed.items.size(), 2u);

  const ParseResult file = parse_file(data_path("parse/rss2-three-items.xml"), options);
  EXPECT_EQ(file.feed, whole.feed);
  EXPECT_EQ(codes(file), codes(whole)) << describe(file);
}

// A caller who wants no limit sets the largest one; the stream must still be read.
TEST(ParseTest, StreamWithTheLargestLimitIsRead) {
  ParseOptions options;
  options.limits.max_input_bytes = std::numeric_limits<std::size_t>::max();
  std::istringstream in(read_data("parse/rss2-three-items.xml"));
  const ParseResult r = parse(in, options);
  EXPECT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(r.feed.items.size(), 3u) << describe(r);
}

// ---------------------------------------------------------------------------------------------
// Strict parsing

TEST(ParseTest, StrictMakesWarningsErrors) {
  ParseOptions strict;
  strict.strict = true;
  const ParseResult r = parse(read_data("parse/bad-date.xml"), strict);
  ASSERT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::bad_date}) << describe(r);
  EXPECT_EQ(r.diagnostics[0].severity, Severity::error);
  EXPECT_TRUE(r.has_errors());
}

// parse.hpp: strict means "report warnings as errors, and make ok() false on any error".
TEST(ParseTest, StrictMakesOkFalseOnAnyFinding) {
  ParseOptions strict;
  strict.strict = true;
  const ParseResult warning = parse(read_data("parse/bad-date.xml"), strict);
  EXPECT_FALSE(warning.ok()) << describe(warning);
  EXPECT_FALSE(static_cast<bool>(warning));
  const ParseResult error = parse(read_data("malformed/unclosed-element.xml"), strict);
  EXPECT_FALSE(error.ok()) << describe(error);
}

TEST(ParseTest, StrictLeavesCleanFeedsAndFatalsAlone) {
  ParseOptions strict;
  strict.strict = true;
  const ParseResult clean = parse(read_data("parse/rss2-three-items.xml"), strict);
  EXPECT_TRUE(clean.ok()) << describe(clean);
  EXPECT_TRUE(clean.diagnostics.empty()) << describe(clean);

  const ParseResult empty = parse("", strict);
  ASSERT_EQ(codes(empty), std::vector<ErrorCode>{ErrorCode::empty_document});
  EXPECT_EQ(empty.diagnostics[0].severity, Severity::fatal);
}

TEST(ParseTest, StrictReadsTheSameFeed) {
  ParseOptions strict;
  strict.strict = true;
  for (const char* name : {"parse/bad-date.xml", "malformed/unclosed-element.xml"}) {
    const std::string bytes = read_data(name);
    const ParseResult lax = parse(bytes);
    const ParseResult r = parse(bytes, strict);
    EXPECT_TRUE(r.feed == lax.feed) << name;
    EXPECT_EQ(codes(r), codes(lax)) << name;
  }
  const Feed feed = parse(read_data("parse/bad-date.xml"), strict).feed;
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_FALSE(feed.items[0].pub_date.value.has_value());
  EXPECT_EQ(feed.items[0].pub_date.text, "the day after tomorrow");
}

// ---------------------------------------------------------------------------------------------
// The charset: content_type and default_encoding

TEST(ParseTest, UndeclaredWindows1252FallsBackWithAnError) {
  const ParseResult r = parse(read_data("parse/windows-1252-undeclared.xml"));
  EXPECT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(r.feed.channel.title.value, "Caf\u00e9");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_NE(find(r, ErrorCode::encoding_override), nullptr) << describe(r);
  EXPECT_TRUE(r.has_errors());
}

TEST(ParseTest, DefaultEncodingDecidesWhenNothingElseDoes) {
  ParseOptions options;
  options.default_encoding = "windows-1252";
  const ParseResult r = parse(read_data("parse/windows-1252-undeclared.xml"), options);
  EXPECT_EQ(r.feed.channel.title.value, "Caf\u00e9");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
}

TEST(ParseTest, DefaultEncodingDoesNotBeatADeclaration) {
  ParseOptions options;
  options.default_encoding = "windows-1252";
  const ParseResult r = parse(
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<rss version=\"2.0\"><channel><title>Caf\xC3\xA9</title></channel></rss>",
      options);
  EXPECT_EQ(r.feed.channel.title.value, "Caf\u00e9");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
}

TEST(ParseTest, ContentTypeCharsetDecides) {
  ParseOptions options;
  options.content_type = "application/rss+xml; charset=windows-1252";
  const ParseResult r = parse(read_data("parse/windows-1252-undeclared.xml"), options);
  EXPECT_EQ(r.feed.channel.title.value, "Caf\u00e9");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);

  // RFC 3023: the HTTP charset beats the XML declaration, even when it makes mojibake.
  options.content_type = "application/rss+xml; charset=iso-8859-1";
  const ParseResult latin1 = parse(
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<rss version=\"2.0\"><channel><title>Caf\xC3\xA9</title></channel></rss>",
      options);
  EXPECT_EQ(latin1.encoding, "iso-8859-1");
  EXPECT_EQ(latin1.feed.channel.title.value, "Caf\u00c3\u00a9");
}

TEST(ParseTest, NonXmlContentTypeIsAnError) {
  ParseOptions options;
  options.content_type = "text/html; charset=utf-8";
  const ParseResult r = parse(read_data("parse/rss2-three-items.xml"), options);
  EXPECT_TRUE(r.ok()) << describe(r);
  EXPECT_NE(find(r, ErrorCode::non_xml_content_type), nullptr) << describe(r);
  EXPECT_EQ(r.feed.items.size(), 3u);
}

// ---------------------------------------------------------------------------------------------
// base_url and resolve_urls

constexpr std::string_view kFeedUrl = "https://example.com/blog/feed.xml";

TEST(ParseTest, ResolveUrlsMakesRelativeLinksAbsolute) {
  ParseOptions options;
  options.base_url = std::string(kFeedUrl);
  options.resolve_urls = true;
  const ParseResult r = parse(read_data("parse/relative-links.xml"), options);
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(r.feed.channel.link, "https://example.com/");
  ASSERT_EQ(r.feed.items.size(), 2u);
  const Item& one = r.feed.items[0];
  EXPECT_EQ(one.link, "https://example.com/blog/posts/1.html");
  EXPECT_EQ(one.comments, "https://example.com/comments/1");
  ASSERT_EQ(one.enclosures.size(), 1u);
  EXPECT_EQ(one.enclosures[0].url, "https://example.com/blog/media/1.mp3");
  EXPECT_EQ(one.description.value, "<a href=\"https://example.com/blog/notes.html\">notes</a>");
  EXPECT_EQ(r.feed.items[1].link, "https://elsewhere.example/2");  // absolute: left alone
}

TEST(ParseTest, UrlsStayAsWrittenUnlessAskedToResolve) {
  ParseOptions options;
  options.base_url = std::string(kFeedUrl);
  const ParseResult r = parse(read_data("parse/relative-links.xml"), options);
  EXPECT_EQ(r.feed.channel.link, "/");
  ASSERT_EQ(r.feed.items.size(), 2u);
  EXPECT_EQ(r.feed.items[0].link, "posts/1.html");
  EXPECT_EQ(r.feed.items[0].enclosures.at(0).url, "media/1.mp3");
}

TEST(ParseTest, ResolvingWhileParsingEqualsResolvingAfter) {
  const std::string bytes = read_data("parse/relative-links.xml");
  ParseOptions options;
  options.base_url = std::string(kFeedUrl);
  options.resolve_urls = true;
  Feed after = parse(bytes).feed;
  resolve_urls(after, kFeedUrl);
  EXPECT_TRUE(parse(bytes, options).feed == after);
}

// ---------------------------------------------------------------------------------------------
// Files and streams

TEST(ParseTest, MissingFileIsAnIoError) {
  const ParseResult r = parse_file(data_path("parse/no-such-file.xml"));
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::io_error}) << describe(r);
  EXPECT_EQ(r.diagnostics[0].severity, Severity::fatal);
  EXPECT_EQ(r.diagnostics[0].location.line, 0u);
  EXPECT_TRUE(r.feed == Feed{});
}

// A directory opens but cannot be read: "a file that cannot be read gives io_error".
TEST(ParseTest, DirectoryIsAnIoError) {
  const ParseResult r = parse_file(data_path("parse"));
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::io_error}) << describe(r);
}

TEST(ParseTest, FileEqualsBytes) {
  for (const char* name : {"parse/rss2-three-items.xml", "malformed/nul-bytes.xml",
                           "parse/windows-1252-undeclared.xml", "malformed/unclosed-element.xml"}) {
    SCOPED_TRACE(name);
    expect_same(parse_file(data_path(name)), parse(read_data(name)));
  }
}

TEST(ParseTest, StreamEqualsBytes) {
  ParseOptions options;
  options.strict = true;
  options.base_url = std::string(kFeedUrl);
  options.resolve_urls = true;
  for (const char* name : {"parse/rss2-three-items.xml", "parse/relative-links.xml",
                           "malformed/nul-bytes.xml", "parse/windows-1252-undeclared.xml",
                           "malformed/unclosed-element.xml", "parse/html-page.html"}) {
    SCOPED_TRACE(name);
    const std::string bytes = read_data(name);
    std::istringstream in(bytes);
    expect_same(parse(in), parse(bytes));
    std::istringstream again(bytes);
    expect_same(parse(again, options), parse(bytes, options));
  }
  std::istringstream empty;
  expect_same(parse(empty), parse(""));
}

TEST(ParseTest, LongStreamEqualsBytes) {
  // Larger than any one read from the stream.
  std::string bytes = "<rss version=\"2.0\"><channel><title>Long</title>\n";
  for (int i = 0; i < 3000; ++i) {
    bytes += "<item><title>Item " + std::to_string(i) + "</title><link>https://example.com/" +
             std::to_string(i) + "</link></item>\n";
  }
  bytes += "</channel></rss>\n";
  ASSERT_GT(bytes.size(), std::size_t{200000});
  std::istringstream in(bytes);
  const ParseResult r = parse(in);
  expect_same(r, parse(bytes));
  ASSERT_EQ(r.feed.items.size(), 3000u);
  EXPECT_EQ(r.feed.items[2999].title.value, "Item 2999");
}

// A streambuf whose reads fail after `good` bytes.
class FailingBuf : public std::streambuf {
 public:
  explicit FailingBuf(std::string good) : good_(std::move(good)) {
    setg(good_.data(), good_.data(), good_.data() + good_.size());
  }

 protected:
  int_type underflow() override { throw std::runtime_error("disk on fire"); }

 private:
  std::string good_;
};

TEST(ParseTest, FailingStreamIsAnIoError) {
  FailingBuf buf("<rss version=\"2.0\"><channel><title>Cut");
  std::istream in(&buf);
  const ParseResult r = parse(in);
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::io_error}) << describe(r);
  EXPECT_EQ(r.diagnostics[0].severity, Severity::fatal);
}

// A stream that has already failed (a file that did not open) is "a stream that fails".
TEST(ParseTest, StreamThatFailedToOpenIsAnIoError) {
  std::ifstream in(data_path("parse/no-such-file.xml"), std::ios::binary);
  ASSERT_FALSE(in);
  const ParseResult r = parse(in);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::io_error}) << describe(r);
}

// ---------------------------------------------------------------------------------------------
// detect_format()

TEST(ParseTest, DetectsEachFormat) {
  EXPECT_EQ(detect_format(read_data("parse/rss2-three-items.xml")), Format::rss_2_0);
  EXPECT_EQ(detect_format(read_data("parse/rss1.xml")), Format::rss_1_0);
  EXPECT_EQ(detect_format(read_data("parse/atom1.xml")), Format::atom_1_0);
  EXPECT_EQ(detect_format(read_data("parse/atom03.xml")), Format::atom_0_3);
}

TEST(ParseTest, DetectAgreesWithParse) {
  for (const char* name : {"parse/rss2-three-items.xml", "parse/rss1.xml", "parse/atom1.xml",
                           "parse/atom03.xml", "parse/html-page.html"}) {
    const std::string bytes = read_data(name);
    EXPECT_EQ(detect_format(bytes), parse(bytes).feed.format) << name;
  }
}

TEST(ParseTest, DetectsNoFormatInWhatIsNotAFeed) {
  EXPECT_EQ(detect_format(read_data("parse/html-page.html")), Format::unknown);
  EXPECT_EQ(detect_format("<opml version=\"2.0\"><head/><body/></opml>"), Format::unknown);
  EXPECT_EQ(detect_format("Not XML, not a feed."), Format::unknown);
  EXPECT_EQ(detect_format(""), Format::unknown);
  EXPECT_EQ(detect_format("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\xFF\xFE<\xC3"s),
            Format::unknown);
  std::string noise;
  for (int i = 0; i < 4096; ++i) noise += static_cast<char>((i * 7919 + 13) % 256);
  EXPECT_EQ(detect_format(noise), Format::unknown);
}

TEST(ParseTest, DetectsTheFormatOfADocumentCutAfterTheRootStartTag) {
  EXPECT_EQ(detect_format("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"), Format::rss_2_0);
  EXPECT_EQ(detect_format("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n  <channel>\n    <ti"),
            Format::rss_2_0);
  EXPECT_EQ(detect_format("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                          "xmlns=\"http://purl.org/rss/1.0/\">"),
            Format::rss_1_0);
  EXPECT_EQ(detect_format("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), Format::atom_1_0);
  EXPECT_EQ(detect_format("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\">"),
            Format::atom_0_3);
}

TEST(ParseTest, DetectsTheFormatOfALargeFeed) {
  std::string bytes = "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  while (bytes.size() < std::size_t{200} << 10) {
    bytes += "<entry><title>t</title><id>urn:x</id></entry>\n";
  }
  bytes += "</feed>\n";
  EXPECT_EQ(detect_format(bytes), Format::atom_1_0);
}

// ---------------------------------------------------------------------------------------------
// Where diagnostics point

// Six lines, then line 7 with 11 bytes before `problem` (so the problem is at column 12).
std::string on_line_7_column_12(std::string_view problem) {
  return "<?xml version=\"1.0\"?>\n"
         "<rss version=\"2.0\">\n"
         "<channel>\n"
         "<title>T</title>\n"
         "<link>https://example.com/</link>\n"
         "<item>\n"
         "<title>abcd" +
         std::string(problem) + "efg</title>\n</item>\n</channel>\n</rss>\n";
}

constexpr std::size_t kLine7Start = 22 + 20 + 10 + 17 + 34 + 7;

struct ProblemCase {
  std::string problem;
  ErrorCode code;
};

TEST(ParseTest, ReportsLineAndColumnOfCharacterProblems) {
  const std::vector<ProblemCase> cases = {
      {"&nbsp;", ErrorCode::undefined_entity},
      {"&nosuchname;", ErrorCode::undefined_entity},
      {"& ", ErrorCode::bare_ampersand},
      {"&#1;", ErrorCode::invalid_character},
      {"&#xFFFE;", ErrorCode::invalid_character},
      {"\x01", ErrorCode::invalid_character},
      {"\0"s, ErrorCode::invalid_character},
      {"\xEF\xBF\xBF", ErrorCode::invalid_character},
      {"\xC2\x93", ErrorCode::misencoded_character},
      {"</item>", ErrorCode::xml_syntax},  // <title> closed by </item>
  };
  for (const ProblemCase& c : cases) {
    const std::string input = on_line_7_column_12(c.problem);
    ASSERT_EQ(input.substr(kLine7Start, 11), "<title>abcd");
    const ParseResult r = parse(input);
    SCOPED_TRACE(testing::PrintToString(c.problem) + "\n" + describe(r));
    EXPECT_TRUE(r.ok());
    const Diagnostic* d = find(r, c.code);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->location.line, 7u);
    EXPECT_EQ(d->location.column, 12u);
    EXPECT_EQ(d->location.offset, kLine7Start + 11);
  }
}

TEST(ParseTest, LineAndColumnSurviveEarlierRepairs) {
  // Lines 2 to 6 hold problems whose repair changes the text's length.
  const std::string input =
      "<rss version=\"2.0\">\n"
      "<channel>\x01\x02\n"
      "<title>&eacute;&rsquo;&#0;</title>\n"
      "<description>&#xD83D;&#xDE00; &NotEqualTilde;\xEF\xBF\xBE</description>\n"
      "<link>\xC2\x80\xC2\x85</link>\n"
      "<language>en</language>\n"
      "<item><title>&bogus;abcd&nbsp;</title></item>\n"
      "</channel>\n"
      "</rss>\n";
  const ParseResult r = parse(input);
  SCOPED_TRACE(describe(r));
  const Diagnostic* nbsp = nullptr;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code == ErrorCode::undefined_entity && d.message.find("nbsp") != std::string::npos) {
      nbsp = &d;
    }
  }
  ASSERT_NE(nbsp, nullptr);
  EXPECT_EQ(nbsp->location.line, 7u);
  EXPECT_EQ(nbsp->location.column, 25u);
  EXPECT_EQ(nbsp->location.offset, input.find("&nbsp;"));
}

TEST(ParseTest, ReportsLineOfProblemsFoundAfterRepairs) {
  // The reader's findings on a well-formed document whose text was changed by the cleanup.
  const std::string input =
      "<rss version=\"2.0\">\n"
      "<channel>\x01\n"
      "<title>&eacute;&#xD83D;&#xDE00;&hellip;</title>\n"
      "<link>https://example.com/</link>\n"
      "<description>\xC2\x80</description>\n"
      "<item>\n"
      "<title>t</title><pubDate>never</pubDate>\n"
      "</item>\n"
      "</channel>\n"
      "</rss>\n";
  const ParseResult r = parse(input);
  SCOPED_TRACE(describe(r));
  const Diagnostic* date = find(r, ErrorCode::bad_date);
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(date->location.line, 7u);
  EXPECT_GE(date->location.column, 17u);  // within <pubDate>
  EXPECT_LE(date->location.column, 25u);
}

// Element-level findings point at the element's start tag, where an editor would show it.
TEST(ParseTest, ElementFindingsPointAtTheStartTag) {
  const std::string input =
      "<rss version=\"2.0\">\n<channel>\n<title>T</title>\n<link>https://example.com/</link>\n"
      "<description>d</description>\n<item>\n           <pubDate>never</pubDate>\n</item>\n"
      "</channel>\n</rss>\n";
  const ParseResult r = parse(input);
  const Diagnostic* date = find(r, ErrorCode::bad_date);
  ASSERT_NE(date, nullptr) << describe(r);
  EXPECT_EQ(date->location.line, 7u);
  EXPECT_EQ(date->location.column, 12u) << describe(r);
  EXPECT_EQ(date->location.offset, input.find("<pubDate>")) << describe(r);
}

TEST(ParseTest, CrLfLinesCountOnce) {
  std::string input = on_line_7_column_12("&nbsp;");
  std::string crlf;
  for (const char c : input) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const ParseResult r = parse(crlf);
  const Diagnostic* d = find(r, ErrorCode::undefined_entity);
  ASSERT_NE(d, nullptr) << describe(r);
  EXPECT_EQ(d->location.line, 7u);
  EXPECT_EQ(d->location.column, 12u);
}

TEST(ParseTest, DiagnosticsComeInInputOrder) {
  // Findings of the cleanup (lines 4, 6, 8) and of the reader (lines 3, 5, 7), interleaved.
  const std::string input =
      "<rss version=\"2.0\">\n"
      "<channel>\n"
      "<pubDate>first</pubDate>\n"
      "<title>A &nbsp; B</title>\n"
      "<lastBuildDate>second</lastBuildDate>\n"
      "<description>x &amp y</description>\n"
      "<item><title>t</title><pubDate>third</pubDate></item>\n"
      "<item><title>u\x01</title></item>\n"
      "</channel>\n"
      "</rss>\n";
  const ParseResult r = parse(input);
  SCOPED_TRACE(describe(r));
  EXPECT_EQ(codes(r), (std::vector<ErrorCode>{ErrorCode::bad_date, ErrorCode::undefined_entity,
                                              ErrorCode::bad_date, ErrorCode::bare_ampersand,
                                              ErrorCode::bad_date, ErrorCode::invalid_character}));
  std::vector<std::size_t> lines;
  for (const Diagnostic& d : r.diagnostics) lines.push_back(d.location.line);
  EXPECT_EQ(lines, (std::vector<std::size_t>{3, 4, 5, 6, 7, 8}));
  for (std::size_t i = 1; i < r.diagnostics.size(); ++i) {
    EXPECT_LT(r.diagnostics[i - 1].location.offset, r.diagnostics[i].location.offset);
  }
}

// ---------------------------------------------------------------------------------------------
// Text around the root

TEST(ParseTest, JunkBeforeTheXmlDeclaration) {
  const ParseResult r = parse(read_data("malformed/junk-before-declaration.xml"));
  SCOPED_TRACE(describe(r));
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.has_errors());
  const Diagnostic* junk = find(r, ErrorCode::junk_before_root);
  ASSERT_NE(junk, nullptr);
  EXPECT_EQ(junk->severity, Severity::error);
  EXPECT_EQ(junk->location.line, 1u);
  EXPECT_EQ(junk->location.column, 1u);
  const Diagnostic* declaration = find(r, ErrorCode::xml_syntax);
  ASSERT_NE(declaration, nullptr);
  EXPECT_EQ(declaration->location.line, 1u);
  EXPECT_EQ(declaration->location.column, 47u);  // where "<?xml" starts
  EXPECT_EQ(r.feed.format, Format::rss_2_0);
  EXPECT_EQ(r.feed.channel.title.value, "Junk before the declaration");
}

TEST(ParseTest, SecondRootElementIsASyntaxError) {
  const ParseResult r = parse(read_data("malformed/second-root.xml"));
  SCOPED_TRACE(describe(r));
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.has_errors());
  const Diagnostic* d = find(r, ErrorCode::xml_syntax);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::error);
  EXPECT_EQ(d->location.line, 9u);
  EXPECT_EQ(d->location.column, 1u);
  EXPECT_EQ(r.feed.channel.title.value, "Second root");  // the first root is the document
}

TEST(ParseTest, RepeatedAttributesAreFoundWhereverTheyAre) {
  // On an element the reader looks at, on one it ignores, and on none: each is reported at its
  // element, and the first of the two is the one read.
  const std::string head = "<rss version=\"2.0\"><channel><title>t</title><link>l</link>";
  const ParseResult clean =
      parse(head +
            "<item><enclosure url=\"a\" length=\"1\" type=\"b\"/>"
            "<pubDate>Mon, 02 Mar 2026 10:00:00 GMT<x a=\"1\" b=\"2\"/></pubDate>"
            "</item></channel></rss>");
  EXPECT_FALSE(clean.has_errors()) << describe(clean);

  const ParseResult r = parse(head +
                              "<item>\n<enclosure url=\"a\" url=\"b\" type=\"c\"/>\n"
                              "<pubDate>Mon, 02 Mar 2026 10:00:00 GMT<x a=\"1\" a=\"2\"/></pubDate>"
                              "</item></channel></rss>");
  ASSERT_EQ(codes(r), (std::vector<ErrorCode>{ErrorCode::xml_syntax, ErrorCode::xml_syntax}))
      << describe(r);
  EXPECT_EQ(r.diagnostics[0].message,
            "attribute url repeated on <enclosure>: the first one is kept");
  EXPECT_EQ(r.diagnostics[0].location.line, 2u);
  EXPECT_EQ(r.diagnostics[1].message, "attribute a repeated on <x>: the first one is kept");
  EXPECT_EQ(r.diagnostics[1].location.line, 3u);
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].enclosures.at(0).url, "a");
}

TEST(ParseTest, TextAfterTheRootIsASyntaxError) {
  const ParseResult r = parse(read_data("malformed/text-after-root.xml"));
  SCOPED_TRACE(describe(r));
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.has_errors());
  const Diagnostic* d = find(r, ErrorCode::xml_syntax);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->location.line, 10u);  // where the text starts
  EXPECT_EQ(d->location.column, 1u);
  EXPECT_EQ(r.feed.channel.title.value, "Text after the root");
}

TEST(ParseTest, TextAfterTheRootIsFoundBeforeAComment) {
  const ParseResult r = parse(read_data("malformed/text-after-root-before-comment.xml"));
  SCOPED_TRACE(describe(r));
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.has_errors());
  const Diagnostic* d = find(r, ErrorCode::xml_syntax);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->location.line, 9u);
}

TEST(ParseTest, TextAfterTheRootEndingInAngleBracketIsASyntaxError) {
  const ParseResult r =
      parse("<rss version=\"2.0\"><channel><title>T</title></channel></rss>\n-->\n");
  EXPECT_TRUE(r.has_errors()) << describe(r);
}

TEST(ParseTest, CommentsAndWhitespaceAfterTheRootAreFine) {
  const ParseResult r = parse(
      "<rss version=\"2.0\"><channel><title>T</title></channel></rss>\n<!-- cached -->\n \r\n\t");
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
}

// ---------------------------------------------------------------------------------------------
// Truncated documents and NUL bytes

// A feed of three items, and what it holds.
struct ThreeItems {
  std::string bytes;
  std::string channel_title;
  std::vector<std::string> titles;
};

// Returns what is wrong with the parse of the first `n` bytes of `feed`, or "".
std::string prefix_problem(const ThreeItems& feed, std::size_t n) {
  const std::string_view full = feed.bytes;
  const std::string_view prefix = full.substr(0, n);
  const std::vector<std::string>& titles = feed.titles;
  const ParseResult r = parse(prefix);
  if (n < full.find("</rss>") + 6 && !r.has_errors()) return "no error reported";
  if (n >= full.find("<rss version=\"2.0\">") + 19) {
    if (!r.ok()) return "not ok";
    if (r.feed.format != Format::rss_2_0) return "format " + std::string(to_string(r.feed.format));
  }
  if (n >= full.find("</title>") + 8 && r.feed.channel.title.value != feed.channel_title) {
    return "channel title \"" + r.feed.channel.title.value + "\"";
  }
  // Every item whose </item> is in the prefix is kept whole.
  std::size_t complete = 0;
  for (std::size_t at = prefix.find("</item>"); at != std::string_view::npos;
       at = prefix.find("</item>", at + 1)) {
    ++complete;
  }
  if (r.feed.items.size() < complete) {
    return std::to_string(r.feed.items.size()) + " items, " + std::to_string(complete) +
           " complete";
  }
  for (std::size_t i = 0; i < complete; ++i) {
    const Item& item = r.feed.items[i];
    const std::string url = "https://example.com/" + std::to_string(i + 1);
    if (item.title.value != titles[i] || item.link != url || item.guid.value != url) {
      return "item " + std::to_string(i) + " is \"" + item.title.value + "\", " + item.link;
    }
  }
  return "";
}

// Parses every prefix of a feed: none crashes, each reads what it holds.
void parse_every_prefix(const ThreeItems& feed) {
  std::vector<std::string> failures;
  for (std::size_t n = 0; n <= feed.bytes.size(); ++n) {
    const std::string problem = prefix_problem(feed, n);
    if (!problem.empty()) failures.push_back(std::to_string(n) + " bytes: " + problem);
  }
  EXPECT_TRUE(failures.empty()) << failures.size() << " of " << feed.bytes.size() + 1
                                << " prefixes fail; the first: " << failures.front()
                                << "; the last: " << failures.back();
}

TEST(ParseTest, EveryPrefixOfAFeedParses) {
  parse_every_prefix(
      {read_data("parse/rss2-three-items.xml"), "Three items", {"First", "Second", "Third"}});
}

// The same, when the text also needs the pre-parse clean-up (HTML entities).
TEST(ParseTest, EveryPrefixOfAFeedWithEntitiesParses) {
  parse_every_prefix({read_data("parse/rss2-three-items-entities.xml"),
                      "Three\u00a0items",
                      {"First", "Second\u2019s", "Third"}});
}

TEST(ParseTest, NulBytesAreRemoved) {
  const ParseResult r = parse(read_data("malformed/nul-bytes.xml"));
  SCOPED_TRACE(describe(r));
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.has_errors());
  EXPECT_EQ(codes(r),
            (std::vector<ErrorCode>{ErrorCode::invalid_character, ErrorCode::invalid_character}));
  EXPECT_EQ(r.diagnostics.at(0).location.line, 4u);
  EXPECT_EQ(r.diagnostics.at(0).location.column, 15u);
  EXPECT_EQ(r.diagnostics.at(1).location.line, 6u);
  EXPECT_EQ(r.feed.channel.title.value, "NUL bytes");
  EXPECT_EQ(r.feed.channel.description.value, "Two NUL bytes: one in this text, one in the title.");
  EXPECT_EQ(r.feed.channel.link, "https://example.com/");
}

TEST(ParseTest, NulBytesAnywhereDoNotStopTheParse) {
  const std::vector<std::string> inputs = {
      "\0<rss version=\"2.0\"><channel><title>T</title></channel></rss>"s,
      "<rss version=\"2.0\"><channel><title a=\"\0\">T</title></channel></rss>"s,
      "<rss version=\"2.0\"><channel><title>T</title></channel></rss>\0"s,
      "<rss version=\"2.0\"><channel><title><![CDATA[\0T]]></title></channel></rss>"s,
  };
  for (const std::string& input : inputs) {
    const ParseResult r = parse(input);
    SCOPED_TRACE(testing::PrintToString(input) + "\n" + describe(r));
    EXPECT_TRUE(r.ok());
    EXPECT_TRUE(r.has_errors());
    EXPECT_EQ(r.feed.format, Format::rss_2_0);
    EXPECT_EQ(r.feed.channel.title.value, "T");
  }
  const ParseResult nuls = parse(std::string(64, '\0'));
  EXPECT_FALSE(nuls.ok()) << describe(nuls);
}

// Namespaces in XML forbids binding a prefix to xmlns's namespace, or any prefix but xml to
// XML's: such a declaration binds nothing, so the elements are not written back as xml:foo or
// in no namespace (found by the round-trip fuzzer).
TEST(ParseTest, APrefixBoundToTheXmlOrXmlnsNamespaceIsUndeclared) {
  const ParseResult r = parse(
      "<rss version=\"2.0\" xmlns:x=\"http://www.w3.org/XML/1998/namespace\" "
      "xmlns:y=\"http://www.w3.org/2000/xmlns/\"><channel><title>t</title>"
      "<x:foo>v</x:foo><y:bar>w</y:bar></channel></rss>");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.feed.channel.extensions.size(), 2U);
  for (const Extension& e : r.feed.channel.extensions) {
    EXPECT_NE(e.ns, "http://www.w3.org/XML/1998/namespace") << e.name;
    EXPECT_NE(e.ns, "http://www.w3.org/2000/xmlns/") << e.name;
  }
  std::size_t undeclared = 0;
  for (const Diagnostic& d : r.diagnostics) undeclared += d.code == ErrorCode::undeclared_namespace;
  EXPECT_EQ(undeclared, 2U);
}

// JSON is told apart before magic numbers: a JSON Feed whose bytes 4-7 read "ftyp" (an MP4's)
// is a JSON Feed (found by json_fuzzer in what the JSON writer wrote).
TEST(ParseTest, JsonIsToldApartBeforeMagicNumbers) {
  const ParseResult r =
      parse(R"({"__ftyp":"x","version":"https://jsonfeed.org/version/1.1","title":"t",)"
            R"("items":[{"id":"1","content_text":"x"}]})");
  EXPECT_TRUE(r.ok()) << test::describe(r);
  EXPECT_EQ(r.feed.format, Format::json_1_1);
  EXPECT_EQ(r.feed.channel.title.value, "t");
}

}  // namespace
}  // namespace feedpp
