// SPDX-License-Identifier: MIT
// JsonFeedWriter: the members it writes from the model, string escaping, the stream and its
// status, "write as read" on real JSON Feeds, and conversions between JSON Feed, RSS and Atom.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "json_check.hpp"
#include "test_util.hpp"

namespace feedpp {
namespace {

using test::describe;
using test::json_difference;
using test::json_problem;

WriteOptions compact() {
  WriteOptions o;
  o.xml.pretty = false;
  return o;
}

Feed small_feed() {
  Feed feed;
  feed.channel.title = "T";
  Item item;
  item.guid.value = "1";
  item.content = Content{"<p>x</p>", "html", {}, {}, {}};
  feed.items.push_back(item);
  return feed;
}

std::vector<std::string> json_files(const char* folder) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(test::data_path(folder))) {
    if (e.path().extension() == ".json") out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(JsonFeedWriterTest, AFeedMadeInCode) {
  Feed feed;
  Channel& c = feed.channel;
  c.title = "Example";
  c.link = "https://example.com/";
  c.links.push_back({"https://example.com/feed.json", "self", "application/feed+json"});
  c.description = "About";
  c.language = "en";
  c.authors.push_back({"Jo", "jo@example.com", "", {}, {}});
  Item item;
  item.guid.value = "tag:example.com,2025:1";
  item.link = "https://example.com/1";
  item.title = "One";
  item.description = "Summary";
  item.content = Content{"<p>Body</p>", "html", {}, {}, {}};
  item.pub_date = *make_datetime(2025, 11, 10, 8, 15, 0, std::chrono::minutes(-300));
  item.categories.push_back({"news", "", ""});
  item.enclosures.push_back({"https://example.com/1.mp3", "1234", "audio/mpeg"});
  item.lang = "fr";
  feed.items.push_back(item);
  const std::string out = to_json_feed(feed, compact());
  EXPECT_EQ(out,
            R"({"version":"https://jsonfeed.org/version/1.1","title":"Example",)"
            R"("home_page_url":"https://example.com/","feed_url":"https://example.com/feed.json",)"
            R"("description":"About","authors":[{"name":"Jo","url":"mailto:jo@example.com"}],)"
            R"("language":"en","items":[{"id":"tag:example.com,2025:1",)"
            R"("url":"https://example.com/1","title":"One","content_html":"<p>Body</p>",)"
            R"("summary":"Summary","date_published":"2025-11-10T08:15:00-05:00",)"
            R"("tags":["news"],"language":"fr","attachments":[{"url":"https://example.com/1.mp3",)"
            R"("mime_type":"audio/mpeg","size_in_bytes":1234}]}]})");
  EXPECT_EQ(json_problem(out), "");
}

TEST(JsonFeedWriterTest, PrettyLayout) {
  WriteOptions o;
  o.xml.indent = 1;
  EXPECT_EQ(
      to_json_feed(small_feed(), o),
      "{\n \"version\": \"https://jsonfeed.org/version/1.1\",\n \"title\": \"T\",\n"
      " \"items\": [\n  {\n   \"id\": \"1\",\n   \"content_html\": \"<p>x</p>\"\n  }\n ]\n}\n");
  Feed empty = small_feed();
  empty.items.clear();
  EXPECT_EQ(to_json_feed(empty, compact()),
            R"({"version":"https://jsonfeed.org/version/1.1","title":"T","items":[]})");
}

TEST(JsonFeedWriterTest, StringsAreEscaped) {
  Feed feed = small_feed();
  // Quotes, backslashes, every kind of control character, JavaScript's line separators,
  // invalid UTF-8 and a lone surrogate encoded as UTF-8 (CESU), DEL and an emoji.
  feed.channel.title = std::string("q\" b\\ \b\f\n\r\t \x01\x1f \xE2\x80\xA8\xE2\x80\xA9 \xff|") +
                       "\xED\xA0\x80| \x7f \xF0\x9F\x98\x80 </script>";
  const std::string out = to_json_feed(feed, compact());
  EXPECT_EQ(json_problem(out), "");
  EXPECT_NE(out.find(R"("title":"q\" b\\ \b\f\n\r\t \u0001\u001f \u2028\u2029 )"
                     "\xEF\xBF\xBD|\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD| \x7f "
                     "\xF0\x9F\x98\x80 </script>\""),
            std::string::npos)
      << out;
  const ParseResult back = parse(out);
  EXPECT_TRUE(back.diagnostics.empty()) << describe(back);
}

TEST(JsonFeedWriterTest, RequiredMembers) {
  Feed feed = small_feed();
  feed.channel.title = Text();
  std::string strict_out;
  EXPECT_EQ(write_json_feed(feed, strict_out).code(), ErrorCode::missing_element);
  EXPECT_EQ(to_json_feed(feed), "");
  WriteOptions lax;
  lax.allow_missing = true;
  std::string lax_out;
  EXPECT_TRUE(write_json_feed(feed, lax_out, lax).ok());

  Feed no_id = small_feed();
  no_id.items[0].guid.value.clear();
  std::string out;
  const Status s = write_json_feed(no_id, out);
  EXPECT_EQ(s.code(), ErrorCode::missing_element);
  EXPECT_EQ(s.message(), "JSON Feed requires an item \"id\"");
  no_id.items[0].link = "https://example.com/1";  // the URL stands in for the id
  EXPECT_TRUE(write_json_feed(no_id, out).ok());

  Feed no_content = small_feed();
  no_content.items[0].content = Content();
  EXPECT_EQ(write_json_feed(no_content, out).code(), ErrorCode::missing_element);
}

TEST(JsonFeedWriterTest, StatusIsSticky) {
  std::string out;
  StringSink sink(out);
  JsonFeedWriter w(sink);
  EXPECT_EQ(w.add(Item()).code(), ErrorCode::writer_misuse);
  EXPECT_EQ(w.begin(small_feed().channel).code(), ErrorCode::writer_misuse);  // sticky
  EXPECT_EQ(w.end().code(), ErrorCode::writer_misuse);

  std::string out2;
  StringSink sink2(out2);
  JsonFeedWriter w2(sink2);
  ASSERT_TRUE(w2.begin(small_feed().channel).ok());
  EXPECT_EQ(w2.begin(small_feed().channel).code(), ErrorCode::writer_misuse);
}

TEST(JsonFeedWriterTest, AnItemThatFailsIsNotWritten) {
  std::string out;
  StringSink sink(out);
  JsonFeedWriter w(sink, compact());
  ASSERT_TRUE(w.begin(small_feed().channel).ok());
  Item bad = small_feed().items[0];
  DateTime far{Timestamp{}, std::chrono::minutes(24 * 60)};  // an offset no format can write
  bad.pub_date = far;
  EXPECT_EQ(w.add(bad).code(), ErrorCode::date_out_of_range);
  EXPECT_EQ(w.end().code(), ErrorCode::date_out_of_range);
  EXPECT_EQ(out.find("\"id\""), std::string::npos);
}

TEST(JsonFeedWriterTest, ASinkThatFails) {
  struct Failing : Sink {
    bool write(std::string_view) override { return false; }
  } failing;
  JsonFeedWriter w(failing);
  w.begin(small_feed().channel);
  EXPECT_EQ(w.end().code(), ErrorCode::sink_failed);
}

TEST(JsonFeedWriterTest, StreamsInFlatMemory) {
  WriteOptions o = compact();
  o.xml.buffer_size = 4096;
  std::size_t biggest = 0;
  std::size_t total = 0;
  CallbackSink sink([&](std::string_view chunk) {
    biggest = std::max(biggest, chunk.size());
    total += chunk.size();
  });
  JsonFeedWriter w(sink, o);
  ASSERT_TRUE(w.begin(small_feed().channel).ok());
  Item item = small_feed().items[0];
  item.content.value = std::string(1000, 'x');
  for (int i = 0; i < 20000; ++i) ASSERT_TRUE(w.add(item).ok());
  ASSERT_TRUE(w.end().ok());
  EXPECT_GT(total, 20000u * 1000u);
  EXPECT_LT(biggest, 4096u + 2048u);  // a buffer's worth and one item, whatever the length
}

TEST(JsonFeedWriterTest, MembersAreCheckedAndNotRepeated) {
  Feed feed = small_feed();
  JsonFeedChannel& j = feed.channel.json_feed.ensure();
  j.members.push_back({"_ok", " {\"a\": [1, 2]} "});
  j.members.push_back({"_bad", "{unquoted: 1}"});
  j.members.push_back({"_ok", "2"});      // a second of one key
  j.members.push_back({"title", "5"});    // the model writes "title"
  j.members.push_back({"expired", "1"});  // a known key the model leaves empty
  EXPECT_EQ(to_json_feed(feed, compact()),
            R"({"version":"https://jsonfeed.org/version/1.1","title":"T",)"
            R"("_ok":{"a": [1, 2]},"_bad":null,"expired":1,)"
            R"("items":[{"id":"1","content_html":"<p>x</p>"}]})");
}

// Write as read: a JSON Feed parsed and written back has the same members and values (the one
// exception: a number id, which JSON Feed says to read as a string, comes back as one).
TEST(JsonFeedWriterTest, WriteAsRead) {
  for (const std::string& path : json_files("json")) {
    SCOPED_TRACE(path);
    const std::string input = test::read_file(path);
    const ParseResult r = parse(input);
    ASSERT_TRUE(r.ok()) << describe(r);
    std::string out;
    ASSERT_TRUE(write_json_feed(r.feed, out).ok());
    ASSERT_EQ(json_problem(out), "");
    std::string expected = input;
    if (path.find("microblog") != std::string::npos) {
      expected.replace(expected.find("\"id\": 1042"), 10, "\"id\": \"1042\"");
    }
    EXPECT_EQ(json_difference(expected, out), "") << out;
    // The model reads back the same, and writing it again gives the same bytes.
    const ParseResult again = parse(out);
    EXPECT_EQ(again.feed, r.feed);
    EXPECT_EQ(to_json_feed(again.feed), out);
  }
}

// Found by json_fuzzer: RFC 8259 bounds no number, and a number that binary64 cannot hold is
// written back as the feed wrote it (a JSON parser may read it as infinity, or refuse it).
TEST(JsonFeedWriterTest, NumbersOutOfRangeAreWrittenAsRead) {
  const ParseResult r = parse(R"({"version": "https://jsonfeed.org/version/1.1", "title": "T",
      "items": [{"id": "1", "content_html": "x", "content_text": 1e999, "_big": -1E+400,
                 "_int": 123456789012345678901234567890}]})");
  ASSERT_TRUE(r.ok()) << describe(r);
  const std::string out = to_json_feed(r.feed, compact());
  EXPECT_EQ(out, R"({"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1",)"
                 R"("content_html":"x","content_text":1e999,"_big":-1E+400,)"
                 R"("_int":123456789012345678901234567890}]})");
  EXPECT_EQ(json_problem(out), "");
  EXPECT_NE(json_problem(R"({"a": 1e})"), "");  // the grammar still holds
  EXPECT_NE(json_problem(R"({"a": 1e999, "b": 01})"), "");
  EXPECT_EQ(parse(out).feed, r.feed);
}

TEST(JsonFeedWriterTest, KeyOrderIsKept) {
  const ParseResult r = parse(R"({"items": [{"url": "u", "id": "1", "content_text": "t"}],
      "title": "T", "_x": 1, "version": "https://jsonfeed.org/version/1.1"})");
  ASSERT_TRUE(r.ok());
  // The feed's members that followed "items" go before it: items stream last.
  EXPECT_EQ(to_json_feed(r.feed, compact()),
            R"({"title":"T","_x":1,"version":"https://jsonfeed.org/version/1.1",)"
            R"("items":[{"url":"u","id":"1","content_text":"t"}]})");
}

// Inputs json_fuzzer and roundtrip_fuzzer found: what is written as JSON Feed reads back as one,
// cleanly, and writing that again gives the same bytes. (An "items" array followed by an "items"
// of another type is written after it, items last: the array still makes the object a feed.)
TEST(JsonFeedWriterTest, WritingAParsedFeedIsAFixedPoint) {
  const std::vector<std::string> files = json_files("fixed_point");
  ASSERT_GE(files.size(), 5u);
  for (const std::string& path : files) {
    SCOPED_TRACE(path);
    const ParseResult r = parse(test::read_file(path));
    ASSERT_TRUE(r.ok()) << describe(r);
    WriteOptions lax;
    lax.allow_missing = true;
    std::string out;
    ASSERT_TRUE(write_json_feed(r.feed, out, lax).ok());
    const ParseResult again = parse(out);
    EXPECT_TRUE(is_json(again.feed.format)) << describe(again);
    EXPECT_FALSE(again.has_errors()) << describe(again);
    EXPECT_EQ(again.feed.items.size(), r.feed.items.size());
    std::string twice;
    ASSERT_TRUE(write_json_feed(again.feed, twice, lax).ok());
    EXPECT_EQ(twice, out);
  }
}

// Other projects' JSON Feeds, never looked at while the reader was written (heldout/README.md).
TEST(JsonFeedWriterTest, HeldOutFeeds) {
  std::size_t feeds = 0;
  for (const std::string& path : json_files("json/heldout")) {
    SCOPED_TRACE(path);
    const std::string input = test::read_file(path);
    const ParseResult r = parse(input);
    for (const Diagnostic& d : r.diagnostics) {
      EXPECT_TRUE(d.severity != Severity::fatal || d.code == ErrorCode::not_a_feed) << describe(r);
    }
    if (!r.ok()) continue;  // JSON, but no JSON Feed (a test of one member alone)
    ++feeds;
    std::string out;
    WriteOptions lax;
    lax.allow_missing = true;
    ASSERT_TRUE(write_json_feed(r.feed, out, lax).ok());
    ASSERT_EQ(json_problem(out), "") << out;
    // A feed read cleanly is written back with the same members and values.
    if (r.diagnostics.empty()) {
      const std::string body = input.substr(input.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0);
      EXPECT_EQ(json_difference(body, out), "") << out;
    }
    // Whatever it was (a feed without version gets 1.1's), what is written reads back clean, and
    // is a fixed point of read and write.
    const ParseResult again = parse(out);
    EXPECT_FALSE(again.has_errors()) << describe(again);
    std::string twice;
    ASSERT_TRUE(write_json_feed(again.feed, twice, lax).ok());
    EXPECT_EQ(twice, out);
    EXPECT_EQ(parse(twice).feed, again.feed);
  }
  EXPECT_GE(feeds, 10u);
}

// JSON Feed into RSS and Atom and back: what both formats hold survives.
TEST(JsonFeedWriterTest, ConvertsToRssAndAtomAndBack) {
  for (const char* name : {"json/blog-1.1.json", "json/podcast-1.1.json"}) {
    SCOPED_TRACE(name);
    const ParseResult json = parse(test::read_data(name));
    ASSERT_TRUE(json.ok());
    // What Atom requires and JSON Feed leaves out, as a converter fills it in: the feed's id (JSON
    // Feed's feed_url is its identifier), its updated date and the entries'.
    Feed for_atom = json.feed;
    for_atom.channel.id = self_link(for_atom.channel)->href;
    for_atom.channel.last_build_date = for_atom.items[0].pub_date;
    for (Item& item : for_atom.items) {
      if (item.updated.empty()) item.updated = item.pub_date;
    }
    for (const bool rss : {true, false}) {
      std::string xml;
      const Status written = rss ? write_rss(json.feed, xml) : write_atom(for_atom, xml);
      ASSERT_TRUE(written.ok()) << written.message();
      const ParseResult back = parse(xml);
      ASSERT_TRUE(back.ok() && !back.has_errors()) << describe(back);
      ASSERT_EQ(back.feed.items.size(), json.feed.items.size());
      EXPECT_EQ(back.feed.channel.title, json.feed.channel.title);
      EXPECT_EQ(alternate_link(back.feed.channel), json.feed.channel.link);
      for (std::size_t i = 0; i < back.feed.items.size(); ++i) {
        const Item& a = json.feed.items[i];
        const Item& b = back.feed.items[i];
        EXPECT_EQ(b.guid.value, a.guid.value);
        EXPECT_EQ(alternate_link(b), a.link);
        EXPECT_EQ(b.title.value, a.title.value);
        EXPECT_EQ(b.content.value, a.content.value);
        EXPECT_EQ(b.pub_date, a.pub_date);
        EXPECT_EQ(b.enclosures.size() + (rss ? 0 : b.links.size() - 1), a.enclosures.size());
      }
      // And into JSON Feed again: the members RSS and Atom could hold are all there.
      const std::string again = to_json_feed(back.feed);
      ASSERT_FALSE(again.empty());
      EXPECT_EQ(json_problem(again), "");
      const ParseResult json2 = parse(again);
      for (std::size_t i = 0; i < json2.feed.items.size(); ++i) {
        EXPECT_EQ(json2.feed.items[i].guid.value, json.feed.items[i].guid.value);
        EXPECT_EQ(json2.feed.items[i].link, json.feed.items[i].link);
        EXPECT_EQ(json2.feed.items[i].content.value, json.feed.items[i].content.value);
      }
    }
  }
}

TEST(JsonFeedWriterTest, RssAndAtomIntoJsonFeed) {
  for (const char* name : {"alamrafiul-distributed-systems.xml", "golden/atom10-full.xml"}) {
    SCOPED_TRACE(name);
    const ParseResult r = parse(test::read_data(name));
    ASSERT_TRUE(r.ok());
    WriteOptions lax;
    lax.allow_missing = true;
    std::string out;
    ASSERT_TRUE(write_json_feed(r.feed, out, lax).ok());
    ASSERT_EQ(json_problem(out), "");
    const ParseResult back = parse(out);
    ASSERT_TRUE(back.ok() && !back.has_errors()) << describe(back);
    EXPECT_EQ(back.feed.format, Format::json_1_1);
    EXPECT_EQ(back.feed.channel.title.value, r.feed.channel.title.value);
    EXPECT_EQ(back.feed.channel.link, alternate_link(r.feed.channel));
    ASSERT_EQ(back.feed.items.size(), r.feed.items.size());
    for (std::size_t i = 0; i < r.feed.items.size(); ++i) {
      EXPECT_EQ(back.feed.items[i].link, alternate_link(r.feed.items[i]));
      EXPECT_EQ(back.feed.items[i].title.value, r.feed.items[i].title.value);
    }
  }
}

}  // namespace
}  // namespace feedpp
