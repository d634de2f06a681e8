// SPDX-License-Identifier: MIT
#include "feedpp/atom_writer.hpp"

#include "feedpp/parse.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

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

Feed minimal_feed() {
  Feed f;
  f.channel.id = "urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6";
  f.channel.title = "Example Feed";
  f.channel.last_build_date = *make_datetime(2003, 12, 13, 18, 30, 2);
  Item e;
  e.guid.value = "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a";
  e.title = "Atom-Powered Robots Run Amok";
  e.updated = *make_datetime(2003, 12, 13, 18, 30, 2);
  e.links.push_back({"http://example.org/2003/12/13/atom03"});
  e.description = "Some text.";
  f.items.push_back(e);
  return f;
}

TEST(AtomWriterTest, WritesRfc4287sExample) {
  std::string out;
  ASSERT_TRUE(write_atom(minimal_feed(), out, compact()).ok());
  EXPECT_EQ(out,
            R"(<feed xmlns="http://www.w3.org/2005/Atom">)"
            R"(<id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id><title>Example Feed</title>)"
            R"(<updated>2003-12-13T18:30:02Z</updated>)"
            R"(<entry><id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>)"
            R"(<title>Atom-Powered Robots Run Amok</title>)"
            R"(<link href="http://example.org/2003/12/13/atom03"/>)"
            R"(<updated>2003-12-13T18:30:02Z</updated><summary>Some text.</summary></entry>)"
            R"(</feed>)");
}

TEST(AtomWriterTest, RequiredElementsAreCheckedUnlessAllowed) {
  Feed f = minimal_feed();
  f.channel.id.clear();
  std::string out;
  Status s = write_atom(f, out);
  EXPECT_EQ(s.code(), ErrorCode::missing_element);
  EXPECT_NE(s.message().find("<id>"), std::string::npos);
  WriteOptions allow;
  allow.allow_missing = true;
  out.clear();
  EXPECT_TRUE(write_atom(f, out, allow).ok());
  EXPECT_EQ(xml_problem(out), "");

  for (int missing = 0; missing < 3; ++missing) {
    Feed g = minimal_feed();
    Item& e = g.items[0];
    if (missing == 0) e.guid.value.clear();
    if (missing == 1) e.title = Text();
    if (missing == 2) e.updated = Date();
    out.clear();
    s = write_atom(g, out);
    EXPECT_EQ(s.code(), ErrorCode::missing_element) << missing;
    EXPECT_NE(s.message().find("<entry>"), std::string::npos);
  }
}

TEST(AtomWriterTest, TextConstructsKeepTheirType) {
  Feed f = minimal_feed();
  Item& e = f.items[0];
  e.title = Text::html("A <b>bold</b> title");
  e.description = Text::xhtml("Some <b>bold</b> text");
  e.rights = Text::plain("(c) me");
  e.content.value = "<p>Para</p>";
  e.content.type = "html";
  std::string out;
  ASSERT_TRUE(write_atom(f, out, compact()).ok());
  EXPECT_EQ(xml_problem(out), "");
  EXPECT_NE(out.find(R"(<title type="html">A &lt;b&gt;bold&lt;/b&gt; title</title>)"),
            std::string::npos)
      << out;
  EXPECT_NE(
      out.find(
          R"(<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Some <b>bold</b> text</div></summary>)"),
      std::string::npos)
      << out;
  EXPECT_NE(out.find(R"(<rights type="text">(c) me</rights>)"), std::string::npos);
  EXPECT_NE(out.find(R"(<content type="html">&lt;p&gt;Para&lt;/p&gt;</content>)"),
            std::string::npos);
}

// A type RFC 4287 does not name is written as RFC 4287 names its kind in a strict write, and as
// the model holds it in a lenient one (how a feed read is written back); so are links and
// categories without their required attribute.
TEST(AtomWriterTest, ALenientWriteWritesTypesAndAbsencesAsTheModelHoldsThem) {
  Feed f = minimal_feed();
  f.channel.title = Text("Example <b>Feed</b>", "text/html");
  f.items[0].description = Text("Some text.", "text/plain");
  f.items[0].links.push_back(Link{});
  f.items[0].links.back().rel = "related";
  f.items[0].categories.push_back(Category{});
  std::string strict;
  ASSERT_TRUE(write_atom(f, strict, compact()).ok());
  EXPECT_NE(strict.find(R"(<title type="html">)"), std::string::npos) << strict;
  EXPECT_NE(strict.find(R"(<summary type="text">)"), std::string::npos) << strict;
  EXPECT_NE(strict.find(R"(<link rel="related" href=""/>)"), std::string::npos) << strict;
  EXPECT_NE(strict.find(R"(<category term=""/>)"), std::string::npos) << strict;
  WriteOptions lenient = compact();
  lenient.allow_missing = true;
  std::string as_held;
  ASSERT_TRUE(write_atom(f, as_held, lenient).ok());
  EXPECT_NE(as_held.find(R"(<title type="text/html">)"), std::string::npos) << as_held;
  EXPECT_NE(as_held.find(R"(<summary type="text/plain">)"), std::string::npos) << as_held;
  EXPECT_NE(as_held.find(R"(<link rel="related"/>)"), std::string::npos) << as_held;
  EXPECT_NE(as_held.find(R"(<category/>)"), std::string::npos) << as_held;
}

// HTML a program gives (a description with an HTML type) is Atom's type="html", whatever
// spelling of the type it used; "" is Atom's default, text.
TEST(AtomWriterTest, HtmlDescriptionsAreWrittenAsTypeHtml) {
  Feed f = minimal_feed();
  f.channel.description = Text::html("The <em>best</em> feed");
  f.items[0].description = Text::html("<p>Hi &amp; bye</p>");
  Item mime = f.items[0];
  mime.guid.value = "urn:x:mime";
  mime.description = Text("<p>Atom 0.3's MIME type</p>", "text/html");
  f.items.push_back(mime);
  Item plain = f.items[0];
  plain.guid.value = "urn:x:plain";
  plain.description = "<p> is a paragraph";
  f.items.push_back(plain);
  std::string out;
  ASSERT_TRUE(write_atom(f, out, compact()).ok());
  EXPECT_NE(out.find(R"(<subtitle type="html">The &lt;em&gt;best&lt;/em&gt; feed</subtitle>)"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find(R"(<summary type="html">&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;</summary>)"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find(R"(<summary type="html">&lt;p&gt;Atom 0.3's MIME type&lt;/p&gt;</summary>)"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find(R"(<summary>&lt;p&gt; is a paragraph</summary>)"), std::string::npos) << out;
  const ParseResult back = parse(out);
  EXPECT_EQ(back.feed.items.at(0).description, f.items[0].description);
  EXPECT_EQ(back.feed.items.at(1).description.kind(), TextKind::html);
  EXPECT_EQ(back.feed.items.at(2).description.kind(), TextKind::text);

  WriteOptions cdata = compact();
  cdata.html_as_cdata = true;
  out.clear();
  ASSERT_TRUE(write_atom(f, out, cdata).ok());
  EXPECT_NE(out.find(R"(<summary type="html"><![CDATA[<p>Hi &amp; bye</p>]]></summary>)"),
            std::string::npos)
      << out;
}

// An RSS description is HTML: written as Atom, it says so.
TEST(AtomWriterTest, AnRssDescriptionIsWrittenAsTypeHtml) {
  const ParseResult rss = parse(
      R"(<rss version="2.0"><channel><title>T</title><link>https://example.com/</link>)"
      R"(<description>A &lt;b&gt;bold&lt;/b&gt; channel</description><item><title>I</title>)"
      R"(<guid>urn:x:1</guid><description><![CDATA[<p>An <i>HTML</i> item</p>]]></description>)"
      R"(</item></channel></rss>)");
  ASSERT_TRUE(rss.ok());
  WriteOptions lenient = compact();
  lenient.allow_missing = true;
  std::string out;
  ASSERT_TRUE(write_atom(rss.feed, out, lenient).ok());
  EXPECT_NE(out.find(R"(<subtitle type="html">A &lt;b&gt;bold&lt;/b&gt; channel</subtitle>)"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find(R"(<summary type="html">&lt;p&gt;An &lt;i&gt;HTML&lt;/i&gt; item&lt;/p&gt;)"),
            std::string::npos)
      << out;
}

TEST(AtomWriterTest, XhtmlThatIsNotWellFormedIsWrittenAsHtml) {
  Feed f = minimal_feed();
  f.items[0].description = Text::xhtml("<p>unclosed <b>tags</p>");
  std::string out;
  ASSERT_TRUE(write_atom(f, out, compact()).ok());
  EXPECT_NE(out.find(R"(<summary type="html">&lt;p&gt;unclosed &lt;b&gt;tags&lt;/p&gt;</summary>)"),
            std::string::npos)
      << out;
}

TEST(AtomWriterTest, XhtmlIsWrittenWithoutAddedWhitespace) {
  Feed f = minimal_feed();
  f.items[0].content.type = "xhtml";
  f.items[0].content.value =
      "<p>One</p> <p>Two <svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/></p>";
  std::string out;
  ASSERT_TRUE(write_atom(f, out).ok());  // pretty
  EXPECT_EQ(xml_problem(out), "");
  EXPECT_NE(
      out.find(
          R"(<div xmlns="http://www.w3.org/1999/xhtml"><p>One</p> <p>Two <svg:svg xmlns:svg="http://www.w3.org/2000/svg"/></p></div>)"),
      std::string::npos)
      << out;
}

TEST(AtomWriterTest, RssFieldsMapOntoAtom) {
  Feed f = minimal_feed();
  f.channel.link = "http://example.org/";
  f.channel.description = "The subtitle";
  f.channel.language = "en-us";
  f.channel.copyright = "(c) 2003";
  f.channel.generator = Generator{"feedpp", "https://github.com/feedpp", "0.1"};
  Item& e = f.items[0];
  e.link = "http://example.org/2003/12/13/atom03";  // the same as the alternate link: once
  e.author = "jo@example.com (Jo)";
  e.enclosures.push_back({"http://example.org/a.mp3", "1337", "audio/mpeg"});
  e.pub_date = *make_datetime(2003, 12, 13, 8, 29, 29, std::chrono::minutes{-240});
  e.categories.push_back({"robots", "http://example.org/tags", "Robots"});
  std::string out;
  ASSERT_TRUE(write_atom(f, out).ok());
  const std::string expected = R"(<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-us">
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <title>Example Feed</title>
  <subtitle>The subtitle</subtitle>
  <link rel="alternate" href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <rights>(c) 2003</rights>
  <generator uri="https://github.com/feedpp" version="0.1">feedpp</generator>
  <entry>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <title>Atom-Powered Robots Run Amok</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <link rel="enclosure" type="audio/mpeg" href="http://example.org/a.mp3" length="1337"/>
    <published>2003-12-13T08:29:29-04:00</published>
    <updated>2003-12-13T18:30:02Z</updated>
    <author><name>Jo</name><email>jo@example.com</email></author>
    <category term="robots" scheme="http://example.org/tags" label="Robots"/>
    <summary>Some text.</summary>
  </entry>
</feed>)";
  EXPECT_EQ(xml_difference(out, expected), "") << out;
}

TEST(AtomWriterTest, StreamingCallsOutOfOrderAreErrors) {
  std::string out;
  StringSink sink(out);
  AtomWriter w(sink);
  EXPECT_EQ(w.add(minimal_feed().items[0]).code(), ErrorCode::writer_misuse);
  AtomWriter w2(sink);
  ASSERT_TRUE(w2.begin(minimal_feed().channel).ok());
  ASSERT_TRUE(w2.add(minimal_feed().items[0]).ok());
  ASSERT_TRUE(w2.end().ok());
  EXPECT_EQ(w2.add(minimal_feed().items[0]).code(), ErrorCode::writer_misuse);
}

TEST(AtomWriterTest, KeepsExtensionsAndTheirNamespaces) {
  Feed f = minimal_feed();
  Extension thr;
  thr.ns = "http://purl.org/syndication/thread/1.0";
  thr.prefix = "thr";
  thr.name = "in-reply-to";
  thr.attributes.push_back({"", "", "ref", "tag:example.org,2003:1"});
  f.items[0].extensions.push_back(thr);
  Extension plain;  // no namespace, inside Atom's default namespace
  plain.name = "madeup";
  plain.text = "x";
  f.channel.extensions.push_back(plain);
  std::string out;
  ASSERT_TRUE(write_atom(f, out, compact()).ok());
  EXPECT_EQ(xml_problem(out), "");
  EXPECT_NE(out.find(R"(xmlns:thr="http://purl.org/syndication/thread/1.0")"), std::string::npos);
  EXPECT_NE(out.find(R"(<thr:in-reply-to ref="tag:example.org,2003:1"/>)"), std::string::npos);
  EXPECT_NE(out.find(R"(<madeup xmlns="">x</madeup>)"), std::string::npos) << out;
}

// An RSS item's <atom:summary> is an extension to RSS readers, but Atom's own summary: written
// as it is, it would read back as the entry's summary.
TEST(AtomWriterTest, LeavesOutExtensionsThatAnAtomReaderTakesForFields) {
  Feed f = minimal_feed();
  Extension summary;
  summary.ns = std::string(ns::kAtom);
  summary.prefix = "atom";
  summary.name = "summary";
  summary.text = "from RSS";
  Extension entry = summary;
  entry.name = "entry";
  f.items[0].description = Text{};
  f.items[0].extensions = {summary};
  f.channel.extensions = {entry};  // would add an entry
  std::string out;
  ASSERT_TRUE(write_atom(f, out, compact()).ok());
  EXPECT_EQ(out.find("from RSS"), std::string::npos) << out;
  const ParseResult back = parse(out);
  ASSERT_EQ(back.feed.items.size(), 1u);
  EXPECT_TRUE(back.feed.items[0].description.empty());

  // Before the entry's own summary, it is a repeat that the later one outvotes: kept.
  f.items[0].description = "own";
  for (const ItemElement e :
       {ItemElement::guid, ItemElement::extension, ItemElement::description}) {
    f.items[0].order.push_back(e);
  }
  f.items[0].extensions = {summary};
  out.clear();
  ASSERT_TRUE(write_atom(f, out, compact()).ok());
  const ParseResult again = parse(out);
  ASSERT_EQ(again.feed.items.size(), 1u);
  EXPECT_EQ(again.feed.items[0].description.value, "own");
  ASSERT_EQ(again.feed.items[0].extensions.size(), 1u);
  EXPECT_EQ(again.feed.items[0].extensions[0].text, "from RSS");
}

// RSS keeps xml:lang and xml:base on <rss> as root attributes and on <channel> as the
// channel's; Atom has one root for both.
TEST(AtomWriterTest, RootAndChannelLanguageAndBaseBecomeTheFeeds) {
  Feed f = minimal_feed();
  f.attributes = {{std::string(ns::kXml), "xml", "lang", "nl"},
                  {std::string(ns::kXml), "xml", "base", "https://example.nl/news/"},
                  {"", "", "data", "kept"}};
  f.channel.base = "archive/";
  std::string out;
  ASSERT_TRUE(write_atom(f, out, compact()).ok());
  EXPECT_NE(out.find(R"(<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl" )"
                     R"(xml:base="https://example.nl/news/archive/" data="kept">)"),
            std::string::npos)
      << out;
  // The channel's own language wins over the root's, and over RSS <language>.
  f.channel.lang = "fy";
  f.channel.language = "nl-NL";
  out.clear();
  ASSERT_TRUE(write_atom(f, out, compact()).ok());
  EXPECT_NE(out.find(R"( xml:lang="fy" )"), std::string::npos) << out;
  EXPECT_EQ(out.find(R"(xml:lang="nl")"), std::string::npos) << out;
}

TEST(AtomWriterTest, NastyStringsGiveWellFormedOutput) {
  std::mt19937 rng(99);
  const std::vector<std::string> pieces = {"<b>",      "</div>",
                                           "&amp;",    "&nbsp;",
                                           "&",        "]]>",
                                           "\x02",     "\xFF",
                                           "\xE2\x82", "\r",
                                           "\"",       "<div xmlns='x'>",
                                           "é",        std::string("\0", 1),
                                           "x",        " ",
                                           "<p>ok</p>"};
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  const auto nasty = [&] {
    std::string s;
    for (int i = 0; i < 6; ++i) s += pieces[pick(rng)];
    return s;
  };
  const std::vector<std::string> types = {"", "text", "html", "xhtml", "image/png", "\x01"};
  std::uniform_int_distribution<std::size_t> type(0, types.size() - 1);
  for (int round = 0; round < 200; ++round) {
    Feed f = minimal_feed();
    f.channel.title = Text(nasty(), types[type(rng)]);
    f.channel.title.lang = nasty();
    f.channel.title.base = nasty();
    f.channel.id = nasty();
    Item& e = f.items[0];
    e.title = Text(nasty(), types[type(rng)]);
    e.description = Text(nasty(), types[type(rng)]);
    e.content.value = nasty();
    e.content.type = types[type(rng)];
    e.content.src = round % 5 == 0 ? nasty() : "";
    e.authors.push_back({nasty(), nasty(), nasty()});
    e.links.push_back({nasty(), nasty(), nasty(), nasty(), nasty(), nasty()});
    std::string out;
    ASSERT_TRUE(write_atom(f, out).ok());
    ASSERT_EQ(xml_problem(out), "") << out;
  }
}

}  // namespace
}  // namespace feedpp
