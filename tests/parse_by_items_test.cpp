// SPDX-License-Identifier: MIT
// parse() of a large document item by item reads it as the whole document reads, presentation
// included, or gives up: every feed in tests/data, each reason to give up, and parse() itself on
// documents past the size it starts at.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "read/parse_by_items.hpp"
#include "read/parse_hook.hpp"
#include "test_util.hpp"

namespace feedpp {
namespace {

// The document read whole, as parse() reads a small one.
ParseResult read_whole(std::string_view bytes, const ParseOptions& options = {}) {
  return detail::parse_with(bytes, options, nullptr, false);
}

// What a reading item by item must have given: the whole reading, presentation and all (the
// element order, spellings and namespaces the writers follow, which == ignores).
void expect_same(const ParseResult& by_items, const ParseResult& whole, const std::string& what) {
  EXPECT_EQ(test::model_difference(by_items.feed, whole.feed), "") << what;
  EXPECT_EQ(by_items.encoding, whole.encoding) << what;
  EXPECT_EQ(test::describe(by_items), test::describe(whole)) << what;
  EXPECT_EQ(by_items.feed.spellings.size(), whole.feed.spellings.size()) << what;
  EXPECT_EQ(by_items.feed.namespaces.size(), whole.feed.namespaces.size()) << what;
  EXPECT_EQ(to_rss(by_items.feed), to_rss(whole.feed)) << what;
  EXPECT_EQ(to_atom(by_items.feed), to_atom(whole.feed)) << what;
}

TEST(ParseByItems, ReadsEveryFeedInTestDataAsTheWholeDocumentOrGivesUp) {
  std::size_t read = 0;
  bool started_from = false;
  for (const auto& e : std::filesystem::recursive_directory_iterator(test::data_path(""))) {
    const std::string path = e.path().string();
    if (!e.is_regular_file() || e.path().extension() != ".xml") continue;
    const std::string bytes = test::read_file(path);
    for (const bool resolve : {false, true}) {
      ParseOptions options;
      options.resolve_urls = resolve;
      options.base_url = "http://example.com/feeds/feed.xml";
      const std::optional<ParseResult> by_items = detail::parse_by_items(bytes, options);
      if (!by_items) continue;
      expect_same(*by_items, read_whole(bytes, options), path);
      if (resolve) continue;
      ++read;
      if (e.path().filename() == "alamrafiul-distributed-systems.xml") started_from = true;
    }
  }
  // Not those without items (the encodings' tests), nor RSS 0.90 and 1.0 with a <textinput>
  // after their items.
  EXPECT_GT(read, 100u) << "most well-formed feeds with items split into items";
  EXPECT_TRUE(started_from) << "the feed this project started from splits into items";
}

// An RSS feed of `count` items, each with the elements real feeds carry, `extra` in item `at`.
std::string rss_feed(std::size_t count, std::size_t at = 0, const std::string& extra = "") {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">\n<channel>\n"
      "<title>Big &amp; long</title><link>http://example.com/</link>"
      "<description>A feed of many items</description><itunes:author>Jo</itunes:author>\n";
  for (std::size_t i = 0; i < count; ++i) {
    const std::string n = std::to_string(i);
    xml += "<item><title>Item " + n + "</title><link>http://example.com/" + n +
           "</link><guid isPermaLink=\"false\">id-" + n +
           "</guid><pubDate>Sat, 01 Nov 2025 06:30:00 +0000</pubDate><dc:creator>Writer " + n +
           "</dc:creator><category domain=\"urn:c\">c" + std::to_string(i % 7) +
           "</category><enclosure url=\"http://example.com/" + n +
           ".mp3\" length=\"1234\" type=\"audio/mpeg\"/><description>&lt;p&gt;Text of item " + n +
           " with &amp;amp; and <![CDATA[<b>markup</b>]]> in it, long enough to make the feed "
           "large.&lt;/p&gt;</description>" +
           (i == at ? extra : "") + "</item>\n";
  }
  return xml + "</channel>\n</rss>\n";
}

TEST(ParseByItems, GivesUpWhereAPartCouldReadOtherwise) {
  const auto after_items = [](const std::string& markup) {
    std::string xml = rss_feed(40);
    return xml.insert(xml.rfind("</channel>"), markup);
  };
  struct Case {
    const char* why;
    std::string xml;
    std::size_t max_items;
  };
  const std::vector<Case> cases = {
      {"an error in an item", rss_feed(40, 30, "<source>a<b></source>"), 100},
      {"more than the log keeps of a warning",
       [] {
         std::string xml = rss_feed(40);
         for (std::size_t at = 0; (at = xml.find("<pubDate>Sat", at)) != std::string::npos;) {
           xml.replace(at + 9, 3, "Sta");
         }
         return xml;
       }(),
       100},
      {"a warning, in a document with a byte order mark",
       "\xEF\xBB\xBF" + rss_feed(40, 30, "<pubDate>yesterday</pubDate>"), 100},
      {"a name in another letter case", rss_feed(40, 30, "<Comments>c</Comments>"), 100},
      {"more items than the limit", rss_feed(40), 39},
      {"a channel element after the items", after_items("<ttl>5</ttl>"), 100},
      {"a comment after the items", after_items("<!-- c -->"), 100},
      {"bytes that are not UTF-8 in a later item, no charset declared",
       [] {
         std::string xml = rss_feed(40, 30, "<author>Jos\xe9</author>");
         return xml.erase(xml.find(" encoding=\"utf-8\""), 17);
       }(),
       100},
      {"a document cut short", rss_feed(40).substr(0, rss_feed(40).size() - 30), 100},
      {"text after the root", rss_feed(40) + "x\n", 100},
      {"text after a comment after the root", rss_feed(40) + "<!-- c -->x", 100},
      {"a comment cut short after the root", rss_feed(40) + "<!-- c ->", 100},
      {"not a feed", "<html><body><p>no</p></body></html>", 100},
      {"JSON", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}", 100},
  };
  for (const Case& c : cases) {
    ParseOptions options;
    options.limits.max_items = c.max_items;
    EXPECT_FALSE(detail::parse_by_items(c.xml, options).has_value()) << c.why;
  }
  // parse() inflated the bytes already: gzip in them is not read as a feed's.
  EXPECT_FALSE(
      detail::parse_by_items(test::read_file(test::data_path("inputs/alamrafiul.xml.gz")), {})
          .has_value());
  // And without the reason, each feed case reads item by item.
  EXPECT_TRUE(detail::parse_by_items(rss_feed(40), {}).has_value());
}

// What the readers find of an item's values is the whole document's finding too: the same
// warnings, placed in the document, whichever part they were in.
TEST(ParseByItems, ReadsWarningsAsTheWholeDocument) {
  for (const std::size_t at : {std::size_t{0}, std::size_t{17}, std::size_t{39}}) {
    std::string xml = rss_feed(40, at, "<pubDate>yesterday</pubDate><ttl>x</ttl>");
    xml.insert(xml.find("<description>A feed"), "<lastBuildDate>soon</lastBuildDate>\n");
    const ParseResult whole = read_whole(xml);
    ASSERT_GE(whole.diagnostics.size(), 2u) << test::describe(whole);
    const std::optional<ParseResult> by_items = detail::parse_by_items(xml, {});
    ASSERT_TRUE(by_items.has_value()) << at;
    expect_same(*by_items, whole, "warning in item " + std::to_string(at));
  }
}

// White space and comments after the root, or white space in its end tag, are no reason to give up.
TEST(ParseByItems, ReadsWhatMayFollowTheRootAsTheWholeDocument) {
  std::string spaced = rss_feed(40);
  spaced.insert(spaced.rfind('>'), "\n");
  for (const std::string& xml :
       {rss_feed(40) + "\n\t \n", spaced, rss_feed(40) + "<!-- cached in 0.2 s -->\n<!---->\n"}) {
    const std::optional<ParseResult> by_items = detail::parse_by_items(xml, {});
    ASSERT_TRUE(by_items.has_value()) << xml.substr(xml.size() - 60);
    expect_same(*by_items, read_whole(xml), xml.substr(xml.size() - 60));
  }
}

TEST(ParseByItems, GivesUpWhenElementsOpenBetweenItems) {
  std::string xml = rss_feed(4);
  xml.insert(xml.find("<item>", xml.find("<item>") + 1), "<x:group xmlns:x=\"urn:x\">");
  xml.insert(xml.rfind("</channel>"), "</x:group>");
  EXPECT_FALSE(detail::parse_by_items(xml, {}).has_value());
}

// parse() gives no sign of which reading it took: the document is shown to split, and parse()'s
// result to be the whole reading.
TEST(ParseByItems, ParseReadsALargeFeedAsTheWholeDocumentReads) {
  std::string xml = rss_feed(1);
  const std::size_t one = xml.size();
  const std::size_t count = detail::kParseByItemsFrom / (one / 2) + 100;
  xml = rss_feed(count);
  ASSERT_GE(xml.size(), detail::kParseByItemsFrom);
  const ParseResult whole = read_whole(xml);
  ASSERT_TRUE(whole.diagnostics.empty()) << test::describe(whole);
  ASSERT_EQ(whole.feed.items.size(), count);
  const std::optional<ParseResult> by_items = detail::parse_by_items(xml, {});
  ASSERT_TRUE(by_items.has_value());
  expect_same(*by_items, whole, "by items");
  expect_same(parse(xml), whole, "parse()");
}

// Past the size, a document that says something: a warning, read item by item, and an error near
// the end, read whole once a part has said it. Either way parse() gives the whole reading, the
// diagnostics in place.
TEST(ParseByItems, ParseReadsALargeFeedThatSaysSomethingAsTheWholeDocument) {
  const std::size_t count = detail::kParseByItemsFrom / (rss_feed(1).size() / 2) + 100;
  for (const bool error : {false, true}) {
    SCOPED_TRACE(error ? "an error" : "a warning");
    const std::string xml = rss_feed(
        count, count - 2, error ? "<source>a<b></source>" : "<pubDate>yesterday</pubDate>");
    const ParseResult whole = read_whole(xml);
    ASSERT_FALSE(whole.diagnostics.empty());
    EXPECT_EQ(whole.has_errors(), error) << test::describe(whole);
    EXPECT_EQ(detail::parse_by_items(xml, {}).has_value(), !error);
    const ParseResult parsed = parse(xml);
    expect_same(parsed, whole, "parse()");
    EXPECT_EQ(test::describe(parsed), test::describe(whole));
  }
}

}  // namespace
}  // namespace feedpp
