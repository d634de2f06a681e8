// SPDX-License-Identifier: MIT
#include "feedpp/rss_writer.hpp"

#include "feedpp/parse.hpp"

#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "test_util.hpp"

namespace feedpp {
namespace {

using test::xml_difference;
using test::xml_problem;

WriteOptions compact() {
  WriteOptions o;
  o.xml.pretty = false;
  o.xml_declaration = false;
  return o;
}

Channel minimal_channel() {
  Channel c;
  c.title = "T";
  c.link = "https://example.com/";
  c.description = "D";
  return c;
}

Feed minimal_feed() {
  Feed f;
  f.channel = minimal_channel();
  Item item;
  item.title = "First";
  item.link = "https://example.com/1";
  f.items.push_back(item);
  return f;
}

TEST(RssWriterTest, WritesAMinimalFeed) {
  std::string out;
  ASSERT_TRUE(write_rss(minimal_feed(), out, compact()).ok());
  EXPECT_EQ(out,
            "<rss version=\"2.0\"><channel><title>T</title><link>https://example.com/</link>"
            "<description>D</description><item><title>First</title>"
            "<link>https://example.com/1</link></item></channel></rss>");
}

TEST(RssWriterTest, WritesEveryChannelAndItemField) {
  Feed f = minimal_feed();
  Channel& c = f.channel;
  c.language = "en-us";
  c.copyright = "(c) 2026";
  c.managing_editor = "ed@example.com (Ed)";
  c.web_master = "web@example.com (Web)";
  c.pub_date = *make_datetime(2026, 1, 2, 3, 4, 5);
  c.last_build_date = *make_datetime(2026, 1, 2, 3, 4, 5, std::chrono::minutes{90});
  c.categories.push_back({"News", "http://example.com/cats", ""});
  c.generator.name = "feedpp";
  c.docs = "https://www.rssboard.org/rss-specification";
  c.cloud = Cloud{"rpc.example.com", "80", "/RPC2", "pingMe", "soap"};
  c.ttl = "60";
  Image image;
  image.url = "https://example.com/i.png";
  image.title = "I";
  image.link = "https://example.com/";
  image.width = "88";
  image.height = "31";
  image.description = "logo";
  c.image = image;
  c.rating = "(PICS-1.1 ...)";
  TextInput input;
  input.title = "Search";
  input.description = "Search the site";
  input.name = "q";
  input.link = "https://example.com/search";
  c.text_input = input;
  c.skip_hours = {"0", "1"};
  c.skip_days = {"Saturday"};
  c.links.push_back({"https://example.com/feed.xml", "self", "application/rss+xml"});
  Item& item = f.items[0];
  item.description = "<p>Hi &amp; bye</p>";
  item.author = "jo@example.com (Jo)";
  item.categories.push_back({"Tech", "", ""});
  item.comments = "https://example.com/1#comments";
  item.enclosures.push_back({"https://example.com/1.mp3", "12345", "audio/mpeg"});
  item.enclosures.push_back({"https://example.com/1.ogg", "999", "audio/ogg"});
  item.guid = Guid{"tag:example.com,2026:1", false};
  item.pub_date = *make_datetime(2026, 1, 2);
  item.source = Source{};
  item.source->url = "https://other.example.com/feed.xml";
  item.source->title = "Other";
  item.content.value = "<p>Full</p>";
  item.authors.push_back({"Jo Doe"});
  std::string out;
  ASSERT_TRUE(write_rss(f, out).ok());
  EXPECT_EQ(xml_problem(out), "");
  const std::string expected = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"
     xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>T</title>
    <link>https://example.com/</link>
    <description>D</description>
    <image><title>I</title><url>https://example.com/i.png</url><link>https://example.com/</link>
      <width>88</width><height>31</height><description>logo</description></image>
    <generator>feedpp</generator>
    <language>en-us</language>
    <managingEditor>ed@example.com (Ed)</managingEditor>
    <webMaster>web@example.com (Web)</webMaster>
    <copyright>(c) 2026</copyright>
    <pubDate>Fri, 02 Jan 2026 03:04:05 +0000</pubDate>
    <lastBuildDate>Fri, 02 Jan 2026 03:04:05 +0130</lastBuildDate>
    <atom:link href="https://example.com/feed.xml" rel="self" type="application/rss+xml"/>
    <category domain="http://example.com/cats">News</category>
    <docs>https://www.rssboard.org/rss-specification</docs>
    <cloud domain="rpc.example.com" port="80" path="/RPC2" registerProcedure="pingMe" protocol="soap"/>
    <ttl>60</ttl>
    <rating>(PICS-1.1 ...)</rating>
    <textInput><title>Search</title><description>Search the site</description><name>q</name>
      <link>https://example.com/search</link></textInput>
    <skipHours><hour>0</hour><hour>1</hour></skipHours>
    <skipDays><day>Saturday</day></skipDays>
    <item>
      <title>First</title>
      <link>https://example.com/1</link>
      <pubDate>Fri, 02 Jan 2026 00:00:00 +0000</pubDate>
      <author>jo@example.com (Jo)</author>
      <guid isPermaLink="false">tag:example.com,2026:1</guid>
      <description>&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;</description>
      <content:encoded><![CDATA[<p>Full</p>]]></content:encoded>
      <dc:creator>Jo Doe</dc:creator>
      <category>Tech</category>
      <comments>https://example.com/1#comments</comments>
      <enclosure url="https://example.com/1.mp3" length="12345" type="audio/mpeg"/>
      <enclosure url="https://example.com/1.ogg" length="999" type="audio/ogg"/>
      <source url="https://other.example.com/feed.xml">Other</source>
    </item>
  </channel>
</rss>)";
  EXPECT_EQ(xml_difference(out, expected), "") << out;
}

TEST(RssWriterTest, DeclaresOnlyTheNamespacesItUses) {
  std::string out;
  ASSERT_TRUE(write_rss(minimal_feed(), out).ok());
  EXPECT_EQ(out.find("xmlns"), std::string::npos) << out;

  Feed f = minimal_feed();
  f.items[0].content.value = "<b>x</b>";
  out.clear();
  ASSERT_TRUE(write_rss(f, out).ok());
  EXPECT_NE(out.find(R"(xmlns:content="http://purl.org/rss/1.0/modules/content/")"),
            std::string::npos);
  EXPECT_EQ(out.find("xmlns:atom"), std::string::npos);
  EXPECT_EQ(out.find("xmlns:dc"), std::string::npos);
}

TEST(RssWriterTest, RequiredElementsAreCheckedUnlessAllowed) {
  Feed f = minimal_feed();
  f.channel.description = Text();
  std::string out;
  Status s = write_rss(f, out);
  EXPECT_EQ(s.code(), ErrorCode::missing_element);
  EXPECT_NE(s.message().find("description"), std::string::npos);
  EXPECT_EQ(out, "");  // nothing of a channel that fails its check is written
  EXPECT_EQ(to_rss(f), "");

  WriteOptions allow;
  allow.allow_missing = true;
  out.clear();
  EXPECT_TRUE(write_rss(f, out, allow).ok());
  EXPECT_EQ(xml_problem(out), "");

  Feed g = minimal_feed();
  g.items.push_back(Item{});  // neither title nor description
  out.clear();
  s = write_rss(g, out);
  EXPECT_EQ(s.code(), ErrorCode::missing_element);
  EXPECT_NE(s.message().find("<item>"), std::string::npos);
  // The feed so far is there, but the document is incomplete: that is what the error says.
  EXPECT_NE(out.find("First"), std::string::npos);

  // An element the parser saw empty counts as present.
  Feed h = minimal_feed();
  h.channel.description = Text();
  h.channel.order.push_back(ChannelElement::title);
  h.channel.order.push_back(ChannelElement::link);
  h.channel.order.push_back(ChannelElement::description);
  out.clear();
  ASSERT_TRUE(write_rss(h, out, compact()).ok());
  EXPECT_NE(out.find("<description/>"), std::string::npos) << out;
}

// RSS 2.0: "<enclosure> has three required attributes": url, length (bytes) and type.
TEST(RssWriterTest, EnclosuresNeedUrlLengthAndTypeUnlessTheWriteIsLenient) {
  for (const auto& [enclosure, missing] : std::vector<std::pair<Enclosure, std::string>>{
           {{"https://example.com/a.mp3", "", "audio/mpeg"}, "length"},
           {{"https://example.com/a.mp3", "123", ""}, "type"},
           {{"", "123", "audio/mpeg"}, "url"}}) {
    Feed f = minimal_feed();
    Item second;
    second.title = "Second";
    second.enclosures.push_back({"https://example.com/ok.mp3", "0", "audio/mpeg"});
    second.enclosures.push_back(enclosure);
    f.items.push_back(second);
    std::string out;
    const Status s = write_rss(f, out, compact());
    EXPECT_EQ(s.code(), ErrorCode::missing_element) << missing;
    EXPECT_NE(s.message().find(missing + " is missing"), std::string::npos) << s.message();
    // The items before are written; nothing of the one that fails its check is.
    EXPECT_NE(out.find("<title>First</title>"), std::string::npos) << out;
    EXPECT_EQ(out.find("Second"), std::string::npos) << out;

    WriteOptions lenient = compact();
    lenient.allow_missing = true;
    out.clear();
    ASSERT_TRUE(write_rss(f, out, lenient).ok()) << missing;
    EXPECT_EQ(xml_problem(out), "");
    const ParseResult back = parse(out);
    ASSERT_EQ(back.feed.items.size(), 2u);
    EXPECT_EQ(back.feed.items[1].enclosures, second.enclosures) << out;
  }
}

TEST(RssWriterTest, AStreamedItemWithAnIncompleteEnclosureStopsTheWriter) {
  std::string out;
  StringSink sink(out);
  RssWriter rss(sink, compact());
  ASSERT_TRUE(rss.begin(minimal_channel()).ok());
  Item item;
  item.title = "Episode";
  item.enclosures.push_back({"https://example.com/e.mp3", "", ""});
  EXPECT_EQ(rss.add(item).code(), ErrorCode::missing_element);
  Item next;
  next.title = "Next";
  EXPECT_EQ(rss.add(next).code(), ErrorCode::missing_element);  // sticky
  EXPECT_EQ(rss.end().code(), ErrorCode::missing_element);
  EXPECT_EQ(out.find("Episode"), std::string::npos) << out;
  EXPECT_EQ(out.find("Next"), std::string::npos) << out;
}

TEST(RssWriterTest, StreamingCallsOutOfOrderAreErrors) {
  std::string out;
  StringSink sink(out);
  {
    RssWriter w(sink);
    EXPECT_EQ(w.add(Item{}).code(), ErrorCode::writer_misuse);
  }
  {
    RssWriter w(sink);
    EXPECT_EQ(w.end().code(), ErrorCode::writer_misuse);
  }
  {
    RssWriter w(sink);
    ASSERT_TRUE(w.begin(minimal_channel()).ok());
    EXPECT_EQ(w.begin(minimal_channel()).code(), ErrorCode::writer_misuse);
  }
  {
    RssWriter w(sink);
    w.begin(minimal_channel());
    ASSERT_TRUE(w.end().ok());
    Item item;
    item.title = "late";
    EXPECT_EQ(w.add(item).code(), ErrorCode::writer_misuse);
    EXPECT_EQ(w.end().code(), ErrorCode::writer_misuse);  // sticky
  }
}

TEST(RssWriterTest, StreamsItemsAsTheyCome) {
  std::size_t delivered = 0;
  CallbackSink sink([&](std::string_view bytes) { delivered += bytes.size(); });
  WriteOptions o;
  o.xml.buffer_size = 4096;
  RssWriter w(sink, o);
  ASSERT_TRUE(w.begin(minimal_channel()).ok());
  Item item;
  item.title = "An item that is written as soon as it is added";
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(w.add(item).ok());
  // Before end(), all but the last buffer's worth has reached the sink.
  EXPECT_GT(delivered, 1000 * item.title.value.size() - o.xml.buffer_size);
  ASSERT_TRUE(w.end().ok());
}

TEST(RssWriterTest, HtmlAsCdataOrEscaped) {
  Feed f = minimal_feed();
  f.items[0].description = "<p>a]]>b</p>";
  WriteOptions o = compact();
  std::string escaped;
  ASSERT_TRUE(write_rss(f, escaped, o).ok());
  EXPECT_NE(escaped.find("<description>&lt;p&gt;a]]&gt;b&lt;/p&gt;</description>"),
            std::string::npos);
  o.html_as_cdata = true;
  std::string cdata;
  ASSERT_TRUE(write_rss(f, cdata, o).ok());
  EXPECT_NE(cdata.find("<description><![CDATA[<p>a]]]]><![CDATA[>b</p>]]></description>"),
            std::string::npos)
      << cdata;
  EXPECT_EQ(xml_difference(escaped, cdata), "");
}

TEST(RssWriterTest, PlainTextDescriptionsAreEscapedIntoHtml) {
  Feed f = minimal_feed();
  f.items[0].description = Text::plain("1 < 2 & <b> is not bold");
  std::string out;
  ASSERT_TRUE(write_rss(f, out, compact()).ok());
  EXPECT_NE(
      out.find("<description>1 &amp;lt; 2 &amp;amp; &amp;lt;b&amp;gt; is not bold</description>"),
      std::string::npos)
      << out;
}

TEST(RssWriterTest, DatesAreWrittenAsTheyCameWhenTheyStillSayTheSame) {
  Feed f = minimal_feed();
  Date gmt;
  gmt.value = parse_rfc822("Sat, 07 Sep 2002 00:00:01 GMT");
  gmt.text = "Sat, 07 Sep 2002 00:00:01 GMT";
  f.channel.pub_date = gmt;
  Date stale = gmt;
  stale.value->utc += std::chrono::hours{1};  // changed after parsing: the text no longer holds
  f.channel.last_build_date = stale;
  Date unreadable;
  unreadable.text = "sometime last week";
  f.items[0].pub_date = unreadable;
  std::string out;
  ASSERT_TRUE(write_rss(f, out, compact()).ok());
  EXPECT_NE(out.find("<pubDate>Sat, 07 Sep 2002 00:00:01 GMT</pubDate>"), std::string::npos);
  EXPECT_NE(out.find("<lastBuildDate>Sat, 07 Sep 2002 01:00:01 +0000</lastBuildDate>"),
            std::string::npos);
  EXPECT_NE(out.find("<pubDate>sometime last week</pubDate>"), std::string::npos);

  f.items[0].pub_date = DateTime{Timestamp{std::chrono::seconds{0}}, std::chrono::minutes{24 * 60}};
  EXPECT_EQ(write_rss(f, out).code(), ErrorCode::date_out_of_range);
}

TEST(RssWriterTest, FollowsTheParsedOrderThenTheDefault) {
  Feed f = minimal_feed();
  Item& item = f.items[0];
  item.guid.value = "g";
  item.pub_date = *make_datetime(2020, 1, 1);
  Extension ext;
  ext.ns = "http://www.itunes.com/dtds/podcast-1.0.dtd";
  ext.prefix = "itunes";
  ext.name = "duration";
  ext.text = "3:00";
  item.extensions.push_back(ext);
  using E = ItemElement;
  for (const E e : {E::guid, E::extension, E::title}) item.order.push_back(e);
  std::string out;
  ASSERT_TRUE(write_rss(f, out, compact()).ok());
  EXPECT_NE(out.find("<item><guid>g</guid><itunes:duration>3:00</itunes:duration>"
                     "<title>First</title><link>https://example.com/1</link>"
                     "<pubDate>Wed, 01 Jan 2020 00:00:00 +0000</pubDate></item>"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find(R"(xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd")"),
            std::string::npos);
}

TEST(RssWriterTest, StreamedExtensionsDeclareTheirNamespacesInPlace) {
  std::string out;
  StringSink sink(out);
  RssWriter w(sink, compact());
  w.begin(minimal_channel());
  Item item;
  item.title = "x";
  Extension ext;
  ext.ns = "http://search.yahoo.com/mrss/";
  ext.prefix = "media";
  ext.name = "thumbnail";
  ext.attributes.push_back({"", "", "url", "https://example.com/t.jpg"});
  item.extensions.push_back(ext);
  w.add(item);
  w.add(item);
  ASSERT_TRUE(w.end().ok());
  EXPECT_EQ(xml_problem(out), "");
  EXPECT_NE(
      out.find(
          R"(<media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="https://example.com/t.jpg"/>)"),
      std::string::npos)
      << out;
  // Declared up front, it is declared once.
  WriteOptions o = compact();
  o.namespaces.push_back({"media", "http://search.yahoo.com/mrss/"});
  std::string out2;
  StringSink sink2(out2);
  RssWriter w2(sink2, o);
  w2.begin(minimal_channel());
  w2.add(item);
  w2.add(item);
  ASSERT_TRUE(w2.end().ok());
  EXPECT_EQ(out2.find("xmlns:media"), out2.rfind("xmlns:media"));
}

TEST(RssWriterTest, WritesToAStream) {
  std::ostringstream s;
  ASSERT_TRUE(write_rss(minimal_feed(), s).ok());
  EXPECT_EQ(s.str(), to_rss(minimal_feed()));
}

// Strings full of markup, entities, controls, invalid UTF-8 and "]]>" in every field.
// An Atom feed's unqualified <description> is no Atom element, so it is kept as an extension;
// written into RSS as it is, it would read back as the channel's description.
TEST(RssWriterTest, LeavesOutExtensionsThatAnRssReaderTakesForFields) {
  Feed f = minimal_feed();
  f.channel.description = Text{};
  Extension description;
  description.name = "description";
  description.text = "from Atom";
  Extension item;
  item.name = "item";
  Extension category;
  category.name = "category";
  category.text = "a list value";
  f.channel.extensions = {description, item, category};
  Extension channel;
  channel.name = "channel";
  f.extensions = {channel};
  WriteOptions options = compact();
  options.allow_missing = true;
  std::string out;
  ASSERT_TRUE(write_rss(f, out, options).ok());
  EXPECT_EQ(out.find("from Atom"), std::string::npos) << out;
  EXPECT_EQ(out.find("a list value"), std::string::npos) << out;
  const ParseResult back = parse(out);
  EXPECT_TRUE(back.feed.channel.description.empty());
  EXPECT_EQ(back.feed.items.size(), 1u);

  // Before the channel's own description, it is a repeat that the later one outvotes: kept.
  f.channel.description = "own";
  for (const ChannelElement e :
       {ChannelElement::title, ChannelElement::extension, ChannelElement::description}) {
    f.channel.order.push_back(e);
  }
  f.channel.extensions = {description};
  out.clear();
  ASSERT_TRUE(write_rss(f, out, options).ok());
  const ParseResult again = parse(out);
  EXPECT_EQ(again.feed.channel.description.value, "own");
  ASSERT_EQ(again.feed.channel.extensions.size(), 1u);
  EXPECT_EQ(again.feed.channel.extensions[0].text, "from Atom");
}

// A document without <channel> is written without one when written as read, while the channel
// holds nothing; once it holds something, or in a strict write, the channel is there.
TEST(RssWriterTest, AChannelReadWithoutItsElementIsWrittenWithout) {
  const std::string xml =
      "<rss version=\"2.0\"><item><title>a</title></item><item><title>b</title></item></rss>";
  Feed feed = parse(xml).feed;
  EXPECT_FALSE(feed.channel.has_element);
  ASSERT_EQ(feed.items.size(), 2u);
  std::string out;
  ASSERT_TRUE(write_rss(feed, out).ok());
  EXPECT_EQ(xml_difference(xml, out), "") << out;
  WriteOptions strict;
  strict.allow_missing = false;
  feed.format = Format::unknown;  // a model as a program builds it: checked
  feed.channel.title = "T";
  feed.channel.link = "https://example.org/";
  feed.channel.description = "D";
  out.clear();
  ASSERT_TRUE(write_rss(feed, out, strict).ok());
  EXPECT_NE(out.find("<channel>"), std::string::npos) << out;
  WriteOptions lenient;
  lenient.allow_missing = true;
  out.clear();
  ASSERT_TRUE(write_rss(feed, out, lenient).ok());
  EXPECT_NE(out.find("<channel>"), std::string::npos) << out;  // it holds something now
}

TEST(RssWriterTest, NastyStringsGiveWellFormedOutput) {
  std::mt19937 rng(42);
  const std::vector<std::string> pieces = {"<b>",
                                           "</p>",
                                           "&amp;",
                                           "&nbsp;",
                                           "&",
                                           "]]>",
                                           "\x01",
                                           "\x1F",
                                           "\xFF",
                                           "\xC3",
                                           "\xED\xA0\x80",
                                           "\r\n",
                                           "\"",
                                           "'",
                                           "<![CDATA[",
                                           "-->",
                                           "é",
                                           "\xEF\xBF\xBF",
                                           std::string("\0", 1),
                                           "x"};
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  const auto nasty = [&] {
    std::string s;
    for (int i = 0; i < 8; ++i) s += pieces[pick(rng)];
    return s;
  };
  for (int round = 0; round < 200; ++round) {
    Feed f;
    f.channel.title = nasty();
    f.channel.link = nasty();
    f.channel.description = nasty();
    f.channel.copyright = nasty();
    f.channel.categories.push_back({nasty(), nasty(), nasty()});
    f.channel.links.push_back({nasty(), nasty(), nasty(), nasty(), nasty(), nasty()});
    Item item;
    item.title = nasty();
    item.description = Text(nasty(), round % 3 == 0 ? "text" : "");
    item.content.value = nasty();
    item.author = nasty();
    item.guid = Guid{nasty(), true};
    item.enclosures.push_back({nasty(), nasty(), nasty()});
    item.authors.push_back({nasty(), nasty(), nasty()});
    Extension ext;
    ext.ns = nasty();
    ext.prefix = nasty();
    ext.name = nasty();
    ext.text = nasty();
    ext.attributes.push_back({nasty(), nasty(), nasty(), nasty()});
    Extension child = ext;
    child.tail = nasty();
    ext.children.push_back(child);
    item.extensions.push_back(ext);
    f.items.push_back(item);
    WriteOptions o;
    o.html_as_cdata = round % 2 == 0;
    std::string out;
    ASSERT_TRUE(write_rss(f, out, o).ok());
    ASSERT_EQ(xml_problem(out), "") << out;
  }
}

}  // namespace
}  // namespace feedpp
