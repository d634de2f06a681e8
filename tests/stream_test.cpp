// SPDX-License-Identifier: MIT
// The streaming parser reads what parse() reads: the same channel and items from every feed in
// tests/data, whatever the size of the chunks the bytes come in; its limits apply per part.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.hpp"

namespace feedpp {
namespace {

struct Streamed {
  Feed head;
  std::vector<Item> items;
  ParseResult result;
  int channels = 0;
};

// A handler that keeps in `s` what it is given: the channel (once, before the items) and items.
StreamHandler collect(Streamed& s) {
  StreamHandler handler;
  handler.on_channel = [&s](const Feed& f) {
    s.head = f;
    ++s.channels;
    EXPECT_TRUE(s.items.empty()) << "the channel comes before the items";
  };
  handler.on_item = [&s](Item& item) { s.items.push_back(std::move(item)); };
  return handler;
}

// `bytes` written to a StreamParser `chunk` bytes at a time.
Streamed stream(std::string_view bytes, std::size_t chunk, const ParseOptions& options = {}) {
  Streamed s;
  StreamParser parser(collect(s), options);
  for (std::size_t i = 0; i < bytes.size(); i += chunk) parser.write(bytes.substr(i, chunk));
  s.result = parser.finish();
  EXPECT_EQ(parser.items(), s.items.size());
  return s;
}

// `bytes` read from an istream by parse_stream().
Streamed stream_in(const std::string& bytes, const ParseOptions& options = {}) {
  Streamed s;
  std::istringstream in(bytes);
  s.result = parse_stream(in, collect(s), options);
  return s;
}

// The feed a streaming parse gives: finish()'s channel with the items handed over.
Feed whole(Streamed s) {
  Feed f = std::move(s.result.feed);
  f.items = std::move(s.items);
  return f;
}

// Expects `got` to say what `expected` says, each diagnostic placed alike.
void expect_placed_alike(const ParseResult& got, const ParseResult& expected) {
  ASSERT_EQ(got.diagnostics.size(), expected.diagnostics.size()) << test::describe(got);
  for (std::size_t i = 0; i < expected.diagnostics.size(); ++i) {
    const Diagnostic& a = got.diagnostics[i];
    const Diagnostic& b = expected.diagnostics[i];
    EXPECT_EQ(a.code, b.code) << i;
    EXPECT_EQ(a.location.line, b.location.line) << i;
    EXPECT_EQ(a.location.column, b.location.column) << i;
    EXPECT_EQ(a.location.offset, b.location.offset) << i;
  }
}

std::vector<std::string> feeds_in_data() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(test::data_path(""))) {
    const std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".xml" || ext == ".json" || ext == ".gz")) {
      out.push_back(e.path().string());
    }
  }
  return out;
}

TEST(Stream, ReadsEveryFeedInTestDataAsParseDoes) {
  std::size_t well_formed = 0;
  for (const std::string& path : feeds_in_data()) {
    const std::string bytes = test::read_file(path);
    const ParseResult expected = parse(bytes);
    if (!expected.complete()) continue;  // cut by a limit, which streaming applies per part
    for (const std::size_t chunk : {std::size_t{1} << 20, std::size_t{4096}, std::size_t{7}}) {
      Streamed s = stream(bytes, chunk);
      EXPECT_EQ(s.channels, 1) << path;
      EXPECT_EQ(s.result.encoding, expected.encoding) << path;
      EXPECT_EQ(s.result.ok(), expected.ok()) << path;
      EXPECT_EQ(s.result.has_errors(), expected.has_errors())
          << path << "\n"
          << test::describe(s.result) << "\nparse():\n"
          << test::describe(expected);
      // A broken document is repaired whole by parse(), in parts here: the repairs may differ.
      if (expected.has_errors()) continue;
      const Feed streamed = whole(std::move(s));
      EXPECT_EQ(test::model_difference(streamed, expected.feed), "") << path << " chunk " << chunk;
    }
    if (!expected.has_errors()) ++well_formed;
  }
  EXPECT_GT(well_formed, 200u);
}

// A write may end inside the text of an element after the items: the white space that follows,
// alone in a write, is that text's, not the white space between items (stream_fuzzer found
// "Rights at the end" read as "Rightsattheend" from writes of one byte).
TEST(Stream, TextAfterTheItemsKeepsItsWhiteSpaceWhateverTheWrites) {
  const std::string xml =
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:x=\"urn:x\"><title>T</title>\n"
      "<entry><title>one</title></entry>\n  <entry><title>two</title></entry>\n"
      "<rights>Rights  at the\tend</rights>\n<x:note>a <x:b>b</x:b> c</x:note>\n"
      "<entry><title>three</title></entry>\n</feed>\n";
  const ParseResult expected = parse(xml);
  ASSERT_TRUE(expected.diagnostics.empty()) << test::describe(expected);
  for (std::size_t chunk = 1; chunk <= 24; ++chunk) {
    SCOPED_TRACE(chunk);
    Streamed s = stream(xml, chunk);
    EXPECT_TRUE(s.result.diagnostics.empty()) << test::describe(s.result);
    const Feed streamed = whole(std::move(s));
    EXPECT_EQ(streamed.channel.copyright.value, "Rights  at the\tend");
    EXPECT_EQ(test::model_difference(streamed, expected.feed), "");
  }
}

TEST(Stream, HandsTheChannelOverBeforeTheFirstItemAndTheRestAtTheEnd) {
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
      "<channel><title>T</title>\n<item><title>one</title><dc:creator>A</dc:creator></item>\n"
      "<link>http://example.com/</link><item><title>two</title></item>"
      "<description>after</description></channel></rss>";
  Streamed s = stream(xml, 5);
  EXPECT_EQ(s.head.channel.title.value, "T");
  EXPECT_TRUE(s.head.channel.link.empty());  // it came after an item
  ASSERT_EQ(s.items.size(), 2u);
  EXPECT_EQ(s.items[0].title.value, "one");
  ASSERT_EQ(s.items[0].authors.size(), 1u);  // the root's namespaces hold in each item
  EXPECT_EQ(s.items[0].authors[0].name, "A");
  EXPECT_EQ(s.items[1].title.value, "two");
  EXPECT_EQ(s.result.feed.channel.link, "http://example.com/");
  EXPECT_EQ(s.result.feed.channel.description.value, "after");
  EXPECT_TRUE(s.result.feed.items.empty());
  EXPECT_TRUE(s.result.diagnostics.empty()) << test::describe(s.result);
}

TEST(Stream, ItemsAreHandedOverByTheWriteThatCompletesThem) {
  std::vector<std::string> titles;
  StreamHandler handler;
  handler.on_item = [&](Item& item) { titles.push_back(item.title.value); };
  StreamParser parser(handler);
  parser.write(
      "<rss version=\"2.0\"><channel><title>T</title>\n<item><title>a</title></item>\n"
      "<item><title>b</title></item><item><title>c</title></item><item><title>d");
  EXPECT_EQ(titles, (std::vector<std::string>{"a", "b", "c"}));  // read together, all handed over
  parser.write("</title></item>");
  EXPECT_EQ(titles, (std::vector<std::string>{"a", "b", "c", "d"}));
  parser.write("</channel></rss>");
  EXPECT_TRUE(parser.finish().ok());
  EXPECT_EQ(titles.size(), 4u);
}

// Items one write completes are read together; an item that says something is read again
// alone, so that it spoils no other: a byte that is not UTF-8 makes its own item's text
// windows-1252, not its neighbours', and a broken element is mended within its item.
TEST(Stream, AnItemReadsAsItWouldAlone) {
  const std::string head = "<rss version=\"2.0\"><channel><title>T</title>\n";
  const std::vector<std::string> items = {
      "<item><title>caf\xC3\xA9</title></item>", "<item><title>don\x92t</title></item>",
      "<item><title>b<b></title><description>x</description></item>",
      "<item><title>na\xC3\xAFve</title></item>"};
  std::string xml = head;
  for (const std::string& item : items) xml += item + "\n";
  xml += "</channel></rss>";
  const Streamed s = stream(xml, xml.size());
  ASSERT_EQ(s.items.size(), items.size()) << test::describe(s.result);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const ParseResult alone = parse(head + items[i] + "</channel></rss>");
    ASSERT_EQ(alone.feed.items.size(), 1u);
    EXPECT_EQ(s.items[i].title.value, alone.feed.items[0].title.value) << i;
    EXPECT_EQ(s.items[i].description.value, alone.feed.items[0].description.value) << i;
  }
  EXPECT_EQ(s.items[0].title.value, "caf\xC3\xA9");
  EXPECT_EQ(s.items[1].title.value, "don\xE2\x80\x99t");  // windows-1252's right quote
  EXPECT_EQ(s.items[3].title.value, "na\xC3\xAFve");
  EXPECT_TRUE(s.result.has_errors());  // the broken element, placed in the whole input
}

// Findings are placed where parse() places them: in items of a write read again one by one,
// after the white space between them was seen (a finding in the first was placed at the last
// one's place); and in the channel's text after the items, the white space before it held apart
// (until the next write says whose it is) or not.
TEST(Stream, PlacesDiagnosticsInTheWholeInput) {
  const std::string in_items =
      "<rss version=\"2.0\"><channel><title>T</title>\n"
      "<item><title>a</title><pubDate>soon</pubDate></item>\n"
      "<item><title>b &bogus; c</title></item>\n"
      "<item><title>c</title></item>\n"
      "</channel></rss>";
  const std::string after_items =
      "<rss version=\"2.0\"><channel><title>T</title>\n"
      "<item><title>a</title></item>\n  <item><title>b</title></item>\n"
      "<copyright>Rights\n\n  at the end &bogus;</copyright>\n  \n"
      "<item><title>c</title></item>\n<ttl>1 &nope;</ttl>\n</channel></rss>\n";
  for (const std::string* xml : {&in_items, &after_items}) {
    const ParseResult expected = parse(*xml);
    ASSERT_EQ(expected.diagnostics.size(), 2u) << test::describe(expected);
    for (std::size_t chunk = 1; chunk <= 40; ++chunk) {
      SCOPED_TRACE(chunk);
      expect_placed_alike(stream(*xml, chunk).result, expected);
    }
    expect_placed_alike(stream(*xml, 4096).result, expected);
  }
}

TEST(Stream, ReadsAtomEntriesAndRdfItems) {
  const std::string atom =
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title><id>urn:f</id>"
      "<updated>2024-01-01T00:00:00Z</updated><entry><id>urn:1</id><title>e1</title>"
      "<updated>2024-01-01T00:00:00Z</updated></entry><entry><id>urn:2</id><title>e2</title>"
      "<updated>2024-01-01T00:00:00Z</updated></entry></feed>";
  Streamed a = stream(atom, 11);
  EXPECT_EQ(a.head.format, Format::atom_1_0);
  EXPECT_EQ(a.head.channel.title.value, "F");
  ASSERT_EQ(a.items.size(), 2u);
  EXPECT_EQ(a.items[1].guid.value, "urn:2");
  const std::string rdf =
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
      "xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"x\"><title>R</title></channel>"
      "<item rdf:about=\"i1\"><title>i1</title><link>http://e/1</link></item>"
      "<item rdf:about=\"i2\"><title>i2</title><link>http://e/2</link></item></rdf:RDF>";
  Streamed r = stream(rdf, 2);
  EXPECT_EQ(r.head.format, Format::rss_1_0);
  EXPECT_EQ(r.head.channel.title.value, "R");
  ASSERT_EQ(r.items.size(), 2u);
  EXPECT_EQ(r.items[1].link, "http://e/2");
}

// The tags an item is read inside are those open where it is: here a channel opened after the
// first item, which binds the prefix the second uses.
TEST(Stream, EachItemIsReadInsideTheElementsOpenAroundIt) {
  const std::string xml =
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
      "xmlns=\"http://purl.org/rss/1.0/\"><item><title>a</title></item>"
      "<channel xmlns:x=\"urn:x\">"
      "<item><title>b</title><x:y>z</x:y></item></channel></rdf:RDF>";
  const ParseResult expected = parse(xml);
  Streamed s = stream(xml, 4096);
  ASSERT_EQ(s.items.size(), expected.feed.items.size());
  ASSERT_EQ(s.items.size(), 2u);
  ASSERT_EQ(s.items[1].extensions.size(), 1u);
  EXPECT_EQ(s.items[1].extensions[0].ns, "urn:x");
  EXPECT_EQ(test::model_difference(whole(std::move(s)), expected.feed), "");
}

TEST(Stream, MarkupThatLooksLikeAnItemIsNotOne) {
  const std::string xml =
      "<rss><channel><!-- <item> --><title><![CDATA[<item>]]></title>"
      "<?pi <item>?><item><description a=\"</item>\">&lt;item&gt;<![CDATA[</item>]]>"
      "</description></item></channel></rss>";
  Streamed s = stream(xml, 1);
  EXPECT_EQ(s.head.channel.title.value, "<item>");
  ASSERT_EQ(s.items.size(), 1u);
  EXPECT_EQ(s.items[0].description.value, "<item></item>");
}

TEST(Stream, AnItemWithoutItsEndTagEndsWithItsChannel) {
  const std::string xml =
      "<rss><channel><item><title>a</title></channel><item><title>b</title></item></rss>";
  const ParseResult expected = parse(xml);
  Streamed s = stream(xml, 4096);
  ASSERT_EQ(s.items.size(), 2u);
  EXPECT_EQ(s.items[0].title.value, "a");
  EXPECT_TRUE(s.result.has_errors());
}

TEST(Stream, CutDocumentsAreIncomplete) {
  const std::string xml = "<rss><channel><title>T</title><item><title>a</title></item><item><ti";
  Streamed s = stream(xml, 4096);
  ASSERT_EQ(s.items.size(), 2u);
  EXPECT_EQ(s.items[0].title.value, "a");
  EXPECT_FALSE(s.result.complete());
}

TEST(Stream, LimitsApplyToEachPart) {
  std::string xml = "<rss><channel><title>T</title>";
  for (int i = 0; i < 50; ++i) xml += "<item><title>item " + std::to_string(i) + "</title></item>";
  xml +=
      "<item><title>" + std::string(600, 'x') + "</title></item><item><title>last</title></item>";
  xml += "</channel></rss>";
  ParseOptions options;
  options.limits.max_input_bytes = 500;  // smaller than the feed, larger than each item but one
  options.limits.max_items = 10;
  // In small writes, the item grows past the limit; in one, it comes whole.
  for (const std::size_t chunk : {std::size_t{64}, std::size_t{1} << 20}) {
    Streamed s = stream(xml, chunk, options);
    ASSERT_EQ(s.items.size(), 51u);  // the large one skipped
    EXPECT_EQ(s.items.back().title.value, "last");
    EXPECT_FALSE(s.result.complete());
    EXPECT_EQ(test::codes(s.result), std::vector<ErrorCode>{ErrorCode::input_too_large});
  }
}

TEST(Stream, DocumentsThatCannotBeSplitAreReadWhole) {
  for (const char* name :
       {"json/blog-1.1.json", "encodings/utf-16le-bom.xml", "encodings/utf-32be.xml"}) {
    const std::string bytes = test::read_data(name);
    const Feed expected = parse(bytes).feed;
    ASSERT_FALSE(expected.channel.title.empty() && expected.items.empty()) << name;
    Streamed s = stream(bytes, 13);
    EXPECT_EQ(test::model_difference(whole(std::move(s)), expected), "") << name;
  }
  Streamed html = stream("<html><head><title>x</title></head></html>", 3);
  EXPECT_EQ(test::codes(html.result), std::vector<ErrorCode>{ErrorCode::html_page});
  Streamed empty = stream("", 3);
  EXPECT_FALSE(empty.result.ok());
}

TEST(Stream, FromStreamsAndFiles) {
  const std::string path = test::data_path("alamrafiul-distributed-systems.xml");
  std::size_t n = 0;
  StreamHandler handler;
  handler.on_item = [&](Item&) { ++n; };
  const ParseResult r = parse_stream_file(path, handler);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(n, parse_file(path).feed.items.size());
  std::istringstream in(test::read_file(path));
  std::size_t m = 0;
  handler.on_item = [&](Item&) { ++m; };
  EXPECT_TRUE(parse_stream(in, handler).ok());
  EXPECT_EQ(m, n);
  const ParseResult missing = parse_stream_file(test::data_path("no-such-file.xml"), handler);
  ASSERT_EQ(missing.diagnostics.size(), 1u);
  EXPECT_EQ(missing.diagnostics[0].code, ErrorCode::io_error);
  EXPECT_EQ(parse_stream_file(test::data_path("parse"), handler).diagnostics[0].code,
            ErrorCode::io_error);
}

// parse_stream() of an istream: the feed and diagnostics (placed) that parse() gives, whether the
// document fits in one read of the stream (read whole) or not (split), gzip or not.
TEST(Stream, ParseStreamGivesWhatParseGivesInOneReadOrMany) {
  const std::string small = test::read_data("alamrafiul-distributed-systems.xml");
  std::string said = small;  // a bad date in an item, on a line of its own
  const std::size_t at = said.find("<pubDate>");
  ASSERT_NE(at, std::string::npos);
  said.insert(at, "\n<pubDate>not a date</pubDate>\n");
  std::string large = said;  // past one read of 64 KiB: the items again, after the first
  const std::size_t first = large.find("<item>");
  const std::size_t last = large.rfind("</item>") + 7;
  const std::string items = large.substr(first, last - first);
  while (large.size() < 200000) large.insert(last, items);
  for (const std::string* bytes : std::vector<const std::string*>{&small, &said, &large}) {
    const ParseResult expected = parse(*bytes);
    Streamed s = stream_in(*bytes);
    EXPECT_EQ(s.channels, 1);
    EXPECT_EQ(s.items.size(), expected.feed.items.size());
    expect_placed_alike(s.result, expected);
    EXPECT_EQ(test::model_difference(whole(std::move(s)), expected.feed), "") << bytes->size();
  }
  // As split: max_items does not apply.
  ParseOptions two;
  two.limits.max_items = 2;
  const Streamed limited = stream_in(small, two);
  EXPECT_TRUE(limited.result.ok());
  const std::size_t all = limited.items.size();
  EXPECT_EQ(all, parse(small).feed.items.size());
  EXPECT_EQ(all, stream(small, 13, two).items.size());
  EXPECT_GT(all, 2u);
  const std::string gzip = test::read_data("inputs/alamrafiul.xml.gz");
  const Streamed inflated = stream_in(gzip);
  EXPECT_TRUE(inflated.result.ok());
  const std::size_t n = inflated.items.size();
  EXPECT_EQ(n, parse(gzip).feed.items.size());
  EXPECT_GT(n, 0u);
}

}  // namespace
}  // namespace feedpp
