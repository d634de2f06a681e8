// SPDX-License-Identifier: MIT
// The JSON Feed reader (read/json_reader.cpp): each member onto the model, the JSON Feed part,
// versions, values of the wrong type, broken and hostile JSON.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

using test::codes;
using test::describe;

ParseResult parse_data(const char* name) { return parse(test::read_data(name)); }

TEST(JsonReaderTest, BlogFeedMembers) {
  const ParseResult r = parse_data("json/blog-1.1.json");
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(r.feed.format, Format::json_1_1);
  EXPECT_EQ(r.encoding, "utf-8");
  const Channel& c = r.feed.channel;
  EXPECT_EQ(c.title.value, "Fireside Notes");
  EXPECT_EQ(c.link, "https://notes.example.net/");
  ASSERT_EQ(c.links.size(), 1u);
  EXPECT_EQ(c.links[0].href, "https://notes.example.net/feeds/json");
  EXPECT_EQ(c.links[0].rel, "self");
  EXPECT_EQ(c.description,
            Text::plain("Links, notes and the occasional essay on software & the web."));
  EXPECT_EQ(c.logo, "https://notes.example.net/graphics/icon-512.png");
  EXPECT_EQ(c.icon, "https://notes.example.net/favicon-64.png");
  EXPECT_EQ(c.language, "en-US");
  ASSERT_EQ(c.authors.size(), 1u);
  EXPECT_EQ(c.authors[0].name, "Ada Quill");
  EXPECT_EQ(c.authors[0].uri, "https://notes.example.net/about/");
  ASSERT_TRUE(c.json_feed);
  EXPECT_EQ(c.json_feed->version, json_feed_version::k1_1);
  ASSERT_EQ(c.json_feed->authors.size(), 1u);
  EXPECT_EQ(c.json_feed->authors[0].avatar, "https://notes.example.net/graphics/ada.jpg");

  ASSERT_EQ(r.feed.items.size(), 3u);
  const Item& first = r.feed.items[0];
  EXPECT_EQ(first.guid.value, "https://notes.example.net/2025/11/17/streaming-writers");
  EXPECT_FALSE(first.guid.is_permalink);
  EXPECT_EQ(first.link, first.guid.value);
  EXPECT_EQ(first.title.value, "Streaming Writers, or Why Your Feed Generator Uses 2 GB");
  EXPECT_EQ(first.content.type, "html");
  EXPECT_NE(first.content.value.find("for (const auto&amp; post"), std::string::npos);
  EXPECT_EQ(first.description, Text::plain("Flat memory for feeds of any size."));
  ASSERT_TRUE(first.pub_date.value);
  EXPECT_EQ(first.pub_date.text, "2025-11-17T09:41:07-05:00");
  EXPECT_EQ(format_rfc3339(*first.pub_date.value), "2025-11-17T09:41:07-05:00");
  EXPECT_EQ(first.updated.text, "2025-11-18T14:02:31-05:00");
  ASSERT_EQ(first.categories.size(), 3u);
  EXPECT_EQ(first.categories[2].term, "C++");

  const Item& linked = r.feed.items[1];
  ASSERT_TRUE(linked.json_feed);
  EXPECT_EQ(linked.json_feed->external_url, "https://utf8everywhere.example.org/");
  EXPECT_EQ(linked.title.value, "\u2605 UTF-8 Everywhere");

  const Item& text = r.feed.items[2];
  EXPECT_EQ(text.title.value, "On \"quotes\", <angle brackets> and \\backslashes\\");
  EXPECT_EQ(text.content.type, "text");
  EXPECT_EQ(text.content.value, "Plain text only, with a tab\there and a line break\nthere.");
  ASSERT_EQ(text.authors.size(), 2u);
  EXPECT_EQ(text.authors[1].uri, "mailto:guest@example.org");
}

TEST(JsonReaderTest, PodcastAttachmentsAndExtensions) {
  const ParseResult r = parse_data("json/podcast-1.1.json");
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  const JsonFeedChannel& j = *r.feed.channel.json_feed;
  EXPECT_EQ(j.user_comment.substr(0, 24), "This is a podcast feed. ");
  ASSERT_EQ(j.hubs.size(), 1u);
  EXPECT_EQ(j.hubs[0].type, "WebSub");
  EXPECT_EQ(j.hubs[0].url, "https://pubsubhubbub.appspot.com/");
  ASSERT_EQ(j.members.size(), 1u);
  EXPECT_EQ(j.members[0].key, "_itunes");
  EXPECT_EQ(j.members[0].json.substr(0, 15), "{\n    \"about\": ");  // as written
  EXPECT_EQ(r.feed.channel.authors.size(), 2u);

  ASSERT_EQ(r.feed.items.size(), 2u);
  const Item& it = r.feed.items[0];
  EXPECT_EQ(it.content.type, "html");
  EXPECT_EQ(it.content.value.substr(0, 11), "<p>How do y");
  ASSERT_TRUE(it.json_feed->content_text);
  EXPECT_EQ(it.json_feed->content_text->substr(0, 10), "How do you");
  EXPECT_EQ(it.description.value, "Alert budgets, runbooks and the 3 a.m. phone call.");
  EXPECT_EQ(it.json_feed->image, "https://podcast.example.com/episodes/42/cover.jpg");
  EXPECT_EQ(it.json_feed->banner_image, "https://podcast.example.com/episodes/42/banner.jpg");
  ASSERT_EQ(it.enclosures.size(), 2u);
  EXPECT_EQ(it.enclosures[0].url, "https://cdn.example.com/night-shift/042.mp3");
  EXPECT_EQ(it.enclosures[0].type, "audio/mpeg");
  EXPECT_EQ(it.enclosures[0].length, "48211927");
  ASSERT_EQ(it.json_feed->attachments.size(), 2u);
  EXPECT_EQ(it.json_feed->attachments[0].title, "MP3");
  EXPECT_EQ(it.json_feed->attachments[0].duration_in_seconds, "2998");
  EXPECT_EQ(it.json_feed->attachments[1].duration_in_seconds, "2998.5");
  ASSERT_EQ(it.json_feed->members.size(), 1u);
  EXPECT_EQ(it.json_feed->members[0].json,
            R"({ "episode": 42, "season": 3, "episodeType": "full" })");
  ASSERT_EQ(r.feed.items[1].json_feed->attachments.size(), 1u);
  EXPECT_EQ(r.feed.items[1].json_feed->attachments[0].title, "");
  EXPECT_EQ(r.feed.items[1].json_feed->attachments[0].duration_in_seconds, "3182");
}

TEST(JsonReaderTest, JsonFeed10Author) {
  const ParseResult r = parse_data("json/microblog-1.0.json");
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(r.feed.format, Format::json_1_0);
  const Channel& c = r.feed.channel;
  ASSERT_EQ(c.authors.size(), 1u);
  EXPECT_EQ(c.authors[0].name, "Jun Park");
  ASSERT_EQ(c.json_feed->authors.size(), 1u);
  EXPECT_EQ(c.json_feed->authors[0].avatar, "https://micro.example.blog/jun/avatar.jpg");
  EXPECT_TRUE(c.json_feed->order.contains(JsonFeedKey::author));
  EXPECT_FALSE(c.json_feed->order.contains(JsonFeedKey::authors));
  ASSERT_EQ(r.feed.items.size(), 3u);
  EXPECT_TRUE(r.feed.items[0].title.empty());  // microblog posts have none
  EXPECT_EQ(r.feed.items[1].authors.size(), 1u);
  EXPECT_EQ(r.feed.items[2].guid.value, "1042");  // JSON Feed: a number id is its text
}

TEST(JsonReaderTest, Versions) {
  const auto format = [](const std::string& version) {
    return parse("{\"version\": \"" + version + "\", \"items\": []}").feed.format;
  };
  EXPECT_EQ(format("https://jsonfeed.org/version/1"), Format::json_1_0);
  EXPECT_EQ(format("https://jsonfeed.org/version/1.1"), Format::json_1_1);
  EXPECT_EQ(format("http://jsonfeed.org/version/1.1/"), Format::json_1_1);
  EXPECT_EQ(format("https://jsonfeed.org/version/2"), Format::json);
  EXPECT_EQ(format("1.0"), Format::json);  // gofeed's sample: no URL, but a feed's keys
  const ParseResult unknown =
      parse(R"({"version": "https://jsonfeed.org/version/2", "items": []})");
  EXPECT_EQ(codes(unknown), std::vector<ErrorCode>{ErrorCode::unknown_version});
  EXPECT_TRUE(unknown.ok());
  EXPECT_EQ(to_string(Format::json_1_0), "json1.0");
  EXPECT_EQ(to_string(Format::json_1_1), "json1.1");
  // The version need not come first.
  EXPECT_EQ(
      parse(R"({"_x": 1, "items": [], "version": "https://jsonfeed.org/version/1.1"})").feed.format,
      Format::json_1_1);
}

TEST(JsonReaderTest, JsonThatIsNoFeed) {
  const ParseResult package = parse(R"({"name": "left-pad", "version": "1.3.0"})");
  EXPECT_FALSE(package.ok());
  EXPECT_EQ(package.feed.format, Format::unknown);
  EXPECT_EQ(codes(package), std::vector<ErrorCode>{ErrorCode::not_a_feed});
  EXPECT_TRUE(package.feed.items.empty());
  const ParseResult array = parse("[1, 2, 3]");
  EXPECT_EQ(codes(array), std::vector<ErrorCode>{ErrorCode::not_a_feed});
  EXPECT_NE(array.diagnostics[0].message.find("an array"), std::string::npos);
  // Diagnostics come in input order: the empty object's (at 0), then the end of input's.
  EXPECT_EQ(codes(parse("{")),
            (std::vector<ErrorCode>{ErrorCode::not_a_feed, ErrorCode::truncated}));
}

TEST(JsonReaderTest, ValuesOfTheWrongTypeAreKept) {
  const ParseResult r = parse(
      "{\"version\": \"https://jsonfeed.org/version/1.1\",\n"
      " \"title\": 5, \"expired\": \"true\",\n"
      " \"items\": [{\"id\": true, \"tags\": [\"a\", 2, \"b\"], \"content_text\": null}]}");
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(codes(r), std::vector<ErrorCode>(5, ErrorCode::wrong_type)) << describe(r);
  EXPECT_EQ(r.diagnostics[0].location.line, 2u);
  EXPECT_EQ(r.diagnostics[0].location.column, 11u);
  EXPECT_EQ(r.diagnostics[0].message,
            "\"title\" should be a string, not a number: kept as written");
  const JsonFeedChannel& j = *r.feed.channel.json_feed;
  ASSERT_EQ(j.members.size(), 2u);
  EXPECT_EQ(j.members[0].key, "title");
  EXPECT_EQ(j.members[0].json, "5");
  EXPECT_EQ(j.members[1].json, "\"true\"");
  EXPECT_FALSE(j.expired);
  const Item& item = r.feed.items.at(0);
  EXPECT_TRUE(item.guid.value.empty());
  ASSERT_EQ(item.categories.size(), 2u);
  EXPECT_EQ(item.categories[1].term, "b");
  ASSERT_EQ(item.json_feed->members.size(), 2u);
  EXPECT_EQ(item.json_feed->members[1].json, "null");
}

TEST(JsonReaderTest, DuplicateKeys) {
  const ParseResult r = parse(R"({"version": "https://jsonfeed.org/version/1.1",
    "title": "first", "title": "second", "_x": 1, "_x": [2],
    "author": {"name": "A"}, "authors": [{"name": "B"}], "items": []})");
  ASSERT_TRUE(r.ok());
  // A second "title", a second "_x" (an extension), and "author" beside "authors".
  EXPECT_EQ(codes(r),
            (std::vector<ErrorCode>{ErrorCode::duplicate_element, ErrorCode::duplicate_element,
                                    ErrorCode::duplicate_element}))
      << describe(r);
  EXPECT_EQ(r.diagnostics[1].message, "a second \"_x\" in one object: the last one is kept");
  EXPECT_EQ(r.feed.channel.title.value, "second");  // the last one, as JSON parsers read it
  ASSERT_EQ(r.feed.channel.json_feed->members.size(), 1u);
  EXPECT_EQ(r.feed.channel.json_feed->members[0].json, "[2]");
  ASSERT_EQ(r.feed.channel.authors.size(), 1u);
  EXPECT_EQ(r.feed.channel.authors[0].name, "B");  // JSON Feed 1.1: authors wins
}

// As the XML readers do, and as the writers write them: white space around a URL or an id is
// not part of it (roundtrip_fuzzer found a trailing space that RSS read back without).
TEST(JsonReaderTest, WhiteSpaceAroundUrlsAndIdsIsDropped) {
  const ParseResult r = parse_data("fixed_point/fuzz-json-white-space-around-urls.json");
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(r.feed.channel.link, "https://example.org/");
  EXPECT_EQ(self_link(r.feed.channel)->href, "https://example.org/feed.json");
  EXPECT_EQ(r.feed.channel.authors.at(0).uri, "https://example.org/a");
  EXPECT_EQ(r.feed.channel.json_feed->authors.at(0).avatar, "https://example.org/a.png");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].guid.value, "1");
  EXPECT_EQ(r.feed.items[0].link, "https://example.org/1");
  EXPECT_EQ(r.feed.items[0].enclosures.at(0).url, "https://example.org/1.mp3");
  EXPECT_EQ(r.feed.channel.title.value,
            "White space around URLs and ids (found by roundtrip_fuzzer)");
}

TEST(JsonReaderTest, EscapedKeysAndStrings) {
  const ParseResult r = parse(
      R"({"version": "https://jsonfeed.org/version/1.1", "ti\u0074le": "caf\u00e9 \ud83d\ude00 \"q\" \/",
          "items": []})");
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(r.feed.channel.title.value, "caf\u00e9 \U0001F600 \"q\" /");
  // Every escape RFC 8259 §7 has, hex in either case, white space after the closing quote.
  const ParseResult all = parse(
      R"({"version": "https://jsonfeed.org/version/1.1", "title": "\b\f\n\r\t\\\"\/\u00E9\u00e9\u0000\uD83D\uDE00\\"  ,)"
      R"( "items": []})");
  ASSERT_TRUE(all.ok()) << describe(all);
  EXPECT_TRUE(all.diagnostics.empty()) << describe(all);
  EXPECT_EQ(all.feed.channel.title.value,
            std::string("\b\f\n\r\t\\\"/\u00e9\u00e9") + '\0' + "\U0001F600\\");
  // A surrogate without its other half is no character: U+FFFD, and said so.
  for (const char* lone : {R"(\udc00)", R"(\ud83d)", R"(\ud83dx)", R"(\ud83d\u0041)"}) {
    SCOPED_TRACE(lone);
    const ParseResult r2 =
        parse(std::string(R"({"version": "https://jsonfeed.org/version/1.1", "title": "a)") + lone +
              R"(", "items": []})");
    ASSERT_TRUE(r2.ok()) << describe(r2);
    EXPECT_EQ(codes(r2), std::vector<ErrorCode>{ErrorCode::invalid_character}) << describe(r2);
    EXPECT_EQ(r2.feed.channel.title.value.substr(0, 4), "a\uFFFD");
  }
}

// The unescaping copies 16 bytes at a time: an escape and the closing quote at every place
// within and across those blocks, and white space between the quote and the next token.
TEST(JsonReaderTest, EscapesAndEndsAtEveryPlace) {
  for (std::size_t length = 0; length < 40; ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      for (const char* space : {"", " ", "\n\t "}) {
        SCOPED_TRACE(std::to_string(length) + " " + std::to_string(at));
        std::string raw(length, 'x');
        std::string want = raw;
        raw.insert(at, at % 2 == 0 ? "\\\"" : "\\n");
        want.insert(at, at % 2 == 0 ? "\"" : "\n");
        const ParseResult r =
            parse(R"({"version": "https://jsonfeed.org/version/1.1", "title": ")" + raw + '"' +
                  space + R"(, "items": []})");
        ASSERT_TRUE(r.ok()) << describe(r);
        EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
        EXPECT_EQ(r.feed.channel.title.value, want);
      }
    }
  }
}

// An item whose members stand in JsonFeedWriter's own order, with values it writes, needs no
// JSON Feed part; one in another order, or with a member the writer would leave out, keeps its
// order. Either is written back as read.
TEST(JsonReaderTest, AnItemKeepsItsOrderOnlyWhereTheWriterWouldChangeIt) {
  const std::string doc = R"({
  "version": "https://jsonfeed.org/version/1.1",
  "title": "T",
  "items": [
    {
      "id": "1",
      "url": "https://example.org/1",
      "title": "One",
      "content_html": "<p>one</p>",
      "date_published": "2025-01-02T03:04:05Z"
    },
    {
      "title": "Two",
      "id": "2",
      "content_text": "two"
    },
    {
      "id": "3",
      "title": "",
      "content_text": "three"
    }
  ]
}
)";
  const ParseResult r = parse(doc);
  ASSERT_TRUE(r.ok()) << describe(r);
  ASSERT_EQ(r.feed.items.size(), 3u);
  EXPECT_FALSE(r.feed.items[0].json_feed);
  ASSERT_TRUE(r.feed.items[1].json_feed);
  ASSERT_EQ(r.feed.items[1].json_feed->order.size(), 3u);
  EXPECT_EQ(r.feed.items[1].json_feed->order[0], JsonFeedKey::title);
  ASSERT_TRUE(r.feed.items[2].json_feed);
  EXPECT_EQ(r.feed.items[2].json_feed->order[1], JsonFeedKey::title);
  std::string written;
  ASSERT_TRUE(write_json_feed(r.feed, written).ok());
  EXPECT_EQ(written, doc);
}

TEST(JsonReaderTest, BrokenJsonIsMendedAndRead) {
  const std::string doc =
      "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\",\n"
      " \"items\": [\n"
      "  {\"id\": \"1\", \"content_text\": \"one\",},\n"
      "  {\"id\": \"2\", \"content_text\": \"two\" \"title\": \"Two\"},\n"
      "  {\"id\": \"3\", \"content_text\": \"three\", \"title\": tru}\n"
      " ]\n"
      "}";
  const ParseResult r = parse(doc);
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_TRUE(r.has_errors());
  // The bad literal is null in the mended text, which "title" cannot be: kept as written.
  EXPECT_EQ(codes(r), (std::vector<ErrorCode>{ErrorCode::json_syntax, ErrorCode::json_syntax,
                                              ErrorCode::json_syntax, ErrorCode::wrong_type}))
      << describe(r);
  EXPECT_EQ(r.diagnostics[0].location.line, 3u);
  EXPECT_EQ(r.diagnostics[0].location.column, 37u);  // at the '}' after the comma
  EXPECT_EQ(r.diagnostics[1].location.line, 4u);
  EXPECT_EQ(r.diagnostics[2].location.line, 5u);
  ASSERT_EQ(r.feed.items.size(), 3u);
  EXPECT_EQ(r.feed.items[1].title.value, "Two");
  EXPECT_EQ(r.feed.items[2].content.value, "three");
  ASSERT_EQ(r.feed.items[2].json_feed->members.size(), 1u);  // "title": null
}

// simdjson's on-demand walk ends with the feed object: what follows it is still reported.
TEST(JsonReaderTest, TextAfterTheFeedIsReported) {
  const std::string feed = R"({"version": "https://jsonfeed.org/version/1.1", "title": "T",)"
                           R"( "items": [{"id": "1", "content_text": "x"}]})";
  for (const std::string tail : {"}", " {\"a\": 1}", "\n]", " xyz"}) {
    const ParseResult r = parse(feed + tail);
    SCOPED_TRACE(tail);
    ASSERT_TRUE(r.ok()) << describe(r);
    EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::json_syntax}) << describe(r);
    EXPECT_EQ(r.diagnostics[0].message, "text after the JSON value: ignored");
    EXPECT_EQ(r.feed.format, Format::json_1_1);
    ASSERT_EQ(r.feed.items.size(), 1u);
  }
  EXPECT_TRUE(parse(feed + " \n\t").diagnostics.empty());
}

TEST(JsonReaderTest, ATruncatedFeedKeepsItsItems) {
  const std::string whole = test::read_data("json/blog-1.1.json");
  const std::string cut = whole.substr(0, whole.find("\"title\": \"On \\\"quotes"));
  const ParseResult r = parse(cut);
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::truncated}) << describe(r);
  EXPECT_FALSE(r.complete());
  EXPECT_TRUE(parse(whole).complete());
  ASSERT_EQ(r.feed.items.size(), 3u);  // the third, cut inside, keeps its id and url
  EXPECT_EQ(r.feed.items[2].link, "https://notes.example.net/2025/11/02/quotes");
  EXPECT_EQ(r.feed.channel.title.value, "Fireside Notes");
}

TEST(JsonReaderTest, BytesThatAreNotUtf8) {
  const ParseResult r = parse(
      "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"caf\xE9\", \"items\": [],\n"
      " \"description\": \"a\\ud800b\"}");
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(codes(r),
            (std::vector<ErrorCode>{ErrorCode::invalid_bytes, ErrorCode::invalid_character}));
  EXPECT_EQ(r.diagnostics[0].location.column, 62u);
  EXPECT_EQ(r.feed.channel.title.value, "caf\uFFFD");
  EXPECT_EQ(r.feed.channel.description.value, "a\uFFFDb");
}

TEST(JsonReaderTest, ByteOrderMark) {
  const ParseResult r = parse_data("json/heldout/gofeed-issue_366_utf8_bom.json");
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(r.feed.channel.title.value, "Title");
}

TEST(JsonReaderTest, Limits) {
  ParseOptions o;
  o.limits.max_items = 2;
  o.limits.max_text_bytes = 39;
  o.limits.max_depth = 4;
  const ParseResult r = parse(
      R"({"version": "https://jsonfeed.org/version/1.1",
          "title": ")" +
          std::string(38, 'a') + R"(\u00e9b",
          "_deep": [[[[[1]]]]], "_ok": [[1]],
          "items": [{"id": "1"}, {"id": "2"}, {"id": "3"}], "_after": true})",
      o);
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(codes(r), (std::vector<ErrorCode>{ErrorCode::text_limit, ErrorCode::depth_limit,
                                              ErrorCode::item_limit}))
      << describe(r);
  EXPECT_EQ(r.feed.channel.title.value, std::string(38, 'a'));  // é would be cut in two
  EXPECT_EQ(r.feed.items.size(), 2u);
  const std::vector<JsonMember>& m = r.feed.channel.json_feed->members;
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].json, "[[[null]]]");  // the feed's { and [[[ are 4 levels; the 5th is null
  EXPECT_EQ(m[1].json, "[[1]]");
  EXPECT_EQ(m[2].key, "_after");  // read after the items that were skipped
}

// The room for the items is guessed from the first ones' size (json_feed_members.cpp): items
// that grow, and a long member after the array, must neither lose an item nor keep the room.
TEST(JsonReaderTest, EveryItemIsReadWhateverTheGuessOfTheirNumber) {
  const std::string head = R"({"version": "https://jsonfeed.org/version/1.1", "items": [)";
  std::string growing = head;
  for (int i = 0; i < 2000; ++i) {
    if (i > 0) growing += ',';
    growing += R"({"id": ")" + std::to_string(i) + R"(", "content_text": ")" +
               std::string(static_cast<std::size_t>(i), 'x') + R"("})";
  }
  growing += "]}";
  const ParseResult g = parse(growing);
  ASSERT_TRUE(g.ok()) << describe(g);
  ASSERT_EQ(g.feed.items.size(), 2000u);
  for (std::size_t i = 0; i < g.feed.items.size(); ++i) {
    ASSERT_EQ(g.feed.items[i].guid.value, std::to_string(i));
    ASSERT_EQ(g.feed.items[i].content.value.size(), i);
  }

  std::string followed = head;
  for (int i = 0; i < 100; ++i) followed += std::string(i > 0 ? "," : "") + R"({"id": "i"})";
  followed += R"(], "_after": ")" + std::string(std::size_t{2} << 20, 'y') + R"("})";
  const ParseResult f = parse(followed);
  ASSERT_TRUE(f.ok()) << describe(f);
  EXPECT_EQ(f.feed.items.size(), 100u);
  EXPECT_LE(f.feed.items.capacity(), 2 * f.feed.items.size() + 16);  // not ~60,000 items' room
  EXPECT_EQ(f.feed.channel.json_feed->members.at(0).key, "_after");
}

TEST(JsonReaderTest, HugeNumbersAreKeptAsWritten) {
  const std::string digits(100, '9');
  const ParseResult r =
      parse(R"({"version": "https://jsonfeed.org/version/1.1", "items": [{"id": 1e999999,
          "attachments": [{"url": "u", "size_in_bytes": )" +
            digits + "}]}]}");
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::wrong_type}) << describe(r);
  const Item& item = r.feed.items.at(0);
  EXPECT_EQ(item.guid.value, "1e999999");
  EXPECT_EQ(item.enclosures.at(0).length, "");
  EXPECT_EQ(item.json_feed->attachments.at(0).members.at(0).json, digits);
}

TEST(JsonReaderTest, HostileShapesAreLinear) {
  // A million nested arrays in an extension, and 100,000 unknown keys: read, and quickly.
  std::string deep = R"({"version": "https://jsonfeed.org/version/1.1", "items": [], "_x": )";
  deep += std::string(1000000, '[') + std::string(1000000, ']') + "}";
  const ParseResult d = parse(deep);
  EXPECT_TRUE(d.ok());
  EXPECT_EQ(codes(d), std::vector<ErrorCode>{ErrorCode::depth_limit});
  std::string wide = R"({"version": "https://jsonfeed.org/version/1.1", "items": [])";
  for (int i = 0; i < 100000; ++i) wide += ",\"_k" + std::to_string(i % 50000) + "\": 1";
  wide += "}";
  const ParseResult w = parse(wide);
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(w.feed.channel.json_feed->members.size(), 50000u);
  // Each second key is a duplicate_element: 20 of them are kept, and a count of the others.
  EXPECT_EQ(w.diagnostics.size(), 21u);
}

TEST(JsonReaderTest, DetectFormat) {
  EXPECT_EQ(detect_format(test::read_data("json/blog-1.1.json")), Format::json_1_1);
  EXPECT_EQ(detect_format(test::read_data("json/microblog-1.0.json")), Format::json_1_0);
  EXPECT_EQ(detect_format(R"({"items": [], "title": "x"})"), Format::json);
  EXPECT_EQ(detect_format(R"({"name": "x"})"), Format::unknown);
  // A head cut in the middle still says what it is.
  EXPECT_EQ(detect_format(test::read_data("json/podcast-1.1.json").substr(0, 90)),
            Format::json_1_1);
}

TEST(JsonReaderTest, ResolveUrls) {
  ParseOptions o;
  o.resolve_urls = true;
  o.base_url = "https://example.com/blog/feed.json";
  const ParseResult r = parse(R"({"version": "https://jsonfeed.org/version/1.1",
      "home_page_url": "./", "items": [{"id": "1", "url": "posts/1", "content_text": "x"}]})",
                              o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.feed.channel.link, "https://example.com/blog/");
  EXPECT_EQ(r.feed.items.at(0).link, "https://example.com/blog/posts/1");
}

TEST(JsonReaderTest, ReaderView) {
  const ParseResult r = parse_data("json/podcast-1.1.json");
  const FeedView v = view(r.feed);
  ASSERT_TRUE(v.channel.title);
  EXPECT_EQ(v.channel.title->type, "text/plain");
  EXPECT_EQ(v.channel.id, "https://podcast.example.com/feed.json");
  ASSERT_TRUE(v.channel.info);
  EXPECT_EQ(v.channel.info->value.substr(0, 7), "This is");
  ASSERT_TRUE(v.channel.image);
  EXPECT_EQ(v.channel.image->url, "https://podcast.example.com/artwork-3000.jpg");
  const ItemView& item = v.items.at(0);
  EXPECT_EQ(item.guid_is_permalink, false);
  ASSERT_EQ(item.content.size(), 2u);
  EXPECT_EQ(item.content[0].type, "text/html");
  EXPECT_EQ(item.content[1].type, "text/plain");
  ASSERT_EQ(item.enclosures.size(), 2u);
  EXPECT_EQ(item.enclosures[0].length, 48211927);
  ASSERT_TRUE(item.image);
  EXPECT_EQ(item.image->url, "https://podcast.example.com/episodes/42/cover.jpg");
  ASSERT_TRUE(item.summary);
  EXPECT_EQ(item.summary->type, "text/plain");
}

}  // namespace
}  // namespace feedpp
