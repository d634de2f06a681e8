// SPDX-License-Identifier: MIT
#include "feedpp/xml_writer.hpp"

#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.hpp"

namespace feedpp {
namespace {

using test::xml_problem;

XmlWriterOptions compact() {
  XmlWriterOptions o;
  o.pretty = false;
  return o;
}

TEST(XmlWriterTest, WritesCompactDocuments) {
  std::string out;
  StringSink sink(out);
  XmlWriter xml(sink, compact());
  xml.declaration();
  xml.start_element("a");
  xml.attribute("x", "1");
  xml.text_element("b", "text");
  xml.start_element("c");
  xml.end_element();
  xml.end_element();
  ASSERT_TRUE(xml.finish().ok());
  EXPECT_EQ(out, R"(<?xml version="1.0" encoding="UTF-8"?><a x="1"><b>text</b><c/></a>)");
  EXPECT_EQ(xml.bytes_written(), out.size());
}

// Aliasing no namespace puts elements asked for in none in the URI, but not attributes, which
// take no default namespace; an element asked for in another namespace keeps its own.
TEST(XmlWriterTest, AliasingNoNamespaceMovesElementsNotAttributes) {
  std::string out;
  StringSink sink(out);
  XmlWriter xml(sink, compact());
  xml.alias_namespace("", "urn:rss");
  xml.start_element("rss");
  xml.attribute("version", "2.0");
  xml.start_element("x", "urn:x", "x");
  xml.text_element("channel", "t");
  xml.end_element();
  xml.end_element();
  ASSERT_TRUE(xml.finish().ok());
  EXPECT_EQ(out, R"(<rss xmlns="urn:rss" version="2.0"><x:x xmlns:x="urn:x"><channel>t</channel>)"
                 R"(</x:x></rss>)");
}

TEST(XmlWriterTest, PrettyPrintsWithTheGivenIndentAndNewline) {
  std::string out;
  StringSink sink(out);
  XmlWriterOptions o;
  o.indent = 4;
  o.newline = "\r\n";
  XmlWriter xml(sink, o);
  xml.start_element("a");
  xml.start_element("b");
  xml.text_element("c", "x");
  xml.end_element();
  xml.end_element();
  ASSERT_TRUE(xml.finish().ok());
  EXPECT_EQ(out, "<a>\r\n    <b>\r\n        <c>x</c>\r\n    </b>\r\n</a>\r\n");
}

TEST(XmlWriterTest, NeverIndentsInsideMixedContent) {
  std::string out;
  StringSink sink(out);
  XmlWriter xml(sink);
  xml.start_element("p");
  xml.text("Hello ");
  xml.text_element("b", "bold");
  xml.text(" world");
  xml.end_element();
  xml.start_element("x");  // a second root: misuse
  EXPECT_EQ(xml.status().code(), ErrorCode::writer_misuse);
  // A StringSink's string is written as the writer goes; the output stops at the misuse.
  EXPECT_EQ(out, "<p>Hello <b>bold</b> world</p>");
  xml.finish();
  EXPECT_EQ(out, "<p>Hello <b>bold</b> world</p>");

  std::string out2;
  StringSink sink2(out2);
  XmlWriter div(sink2);
  div.start_element("div");
  div.mixed_content();
  div.text_element("p", "one");
  div.text_element("p", "two");
  div.end_element();
  ASSERT_TRUE(div.finish().ok());
  EXPECT_EQ(out2, "<div><p>one</p><p>two</p></div>\n");
}

TEST(XmlWriterTest, EscapesTextAndAttributes) {
  std::string out;
  StringSink sink(out);
  XmlWriter xml(sink, compact());
  xml.start_element("a");
  xml.attribute("v", "\"<&>\"\t\n");
  xml.text("<b>&amp;</b>\r");
  xml.end_element();
  ASSERT_TRUE(xml.finish().ok());
  EXPECT_EQ(out,
            "<a v=\"&quot;&lt;&amp;&gt;&quot;&#9;&#10;\">&lt;b&gt;&amp;amp;&lt;/b&gt;&#13;</a>");
  EXPECT_EQ(xml_problem(out), "");
}

TEST(XmlWriterTest, CdataSurvivesItsEndMarker) {
  std::string out;
  StringSink sink(out);
  XmlWriter xml(sink, compact());
  xml.start_element("a");
  xml.cdata("x]]>y");
  xml.end_element();
  ASSERT_TRUE(xml.finish().ok());
  EXPECT_EQ(out, "<a><![CDATA[x]]]]><![CDATA[>y]]></a>");
  EXPECT_EQ(test::xml_difference(out, "<a>x]]&gt;y</a>"), "");
}

// Text of characters XML forbids alone writes nothing: the element is empty, as it reads back
// (<d></d> read and written again would be <d/>; found by roundtrip_fuzzer on a JSON Feed).
TEST(XmlWriterTest, TextThatIsAllDroppedLeavesTheElementEmpty) {
  std::string out;
  StringSink sink(out);
  XmlWriter xml(sink, compact());
  xml.start_element("a");
  xml.text_element("d", "\x1b\x01\xEF\xBF\xBE");
  xml.start_element("c");
  xml.cdata("\x02");
  xml.end_element();
  xml.text_element("e", "\x1bx");
  xml.end_element();
  ASSERT_TRUE(xml.finish().ok());
  EXPECT_EQ(out, "<a><d/><c/><e>x</e></a>");
}

TEST(XmlWriterTest, DeclaresNamespacesWhereNeeded) {
  std::string out;
  StringSink sink(out);
  XmlWriter xml(sink, compact());
  xml.start_element("feed", "http://www.w3.org/2005/Atom");
  xml.namespace_declaration("media", "http://search.yahoo.com/mrss/");
  xml.start_element("thumbnail", "http://search.yahoo.com/mrss/", "m");  // bound as media:
  xml.attribute("url", "u");
  xml.end_element();
  xml.start_element("x", "urn:x", "x");  // not in scope: declared here
  xml.attribute("y", "1", "urn:y", "y");
  xml.end_element();
  xml.start_element("plain");  // no namespace inside Atom's default: undeclare it
  xml.end_element();
  xml.start_element("entry", "http://www.w3.org/2005/Atom");  // the default again
  xml.end_element();
  xml.end_element();
  ASSERT_TRUE(xml.finish().ok());
  EXPECT_EQ(
      out,
      R"(<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">)"
      R"(<media:thumbnail url="u"/><x:x xmlns:x="urn:x" xmlns:y="urn:y" y:y="1"/>)"
      R"(<plain xmlns=""/><entry/></feed>)");
  EXPECT_EQ(xml_problem(out), "");
}

TEST(XmlWriterTest, ResolvesPrefixClashes) {
  std::string out;
  StringSink sink(out);
  XmlWriter xml(sink, compact());
  xml.start_element("root");
  xml.namespace_declaration("a", "urn:one");
  xml.start_element("e", "urn:two", "a");  // "a" is taken by urn:one
  xml.attribute("q", "1", "urn:three", "a");
  xml.end_element();
  xml.start_element("e", "urn:one", "zzz");  // urn:one is in scope as a:
  xml.end_element();
  xml.start_element("e", "urn:four", "xml");  // a reserved prefix
  xml.end_element();
  xml.end_element();
  ASSERT_TRUE(xml.finish().ok());
  EXPECT_EQ(xml_problem(out), "");
  EXPECT_EQ(
      test::xml_difference(
          out,
          R"(<root xmlns:a="urn:one"><b:e xmlns:b="urn:two" xmlns:c="urn:three" c:q="1"/><a:e/><d:e xmlns:d="urn:four"/></root>)"),
      "");
}

TEST(XmlWriterTest, RepairsNamesAndDropsRepeatedAttributes) {
  std::string out;
  StringSink sink(out);
  XmlWriter xml(sink, compact());
  xml.start_element("bad name");
  xml.attribute("1x", "a");
  xml.attribute("1x", "b");
  xml.attribute("xmlns", "urn:nope");
  xml.attribute("", "c");
  xml.text_element("a:b", "t");
  xml.end_element();
  ASSERT_TRUE(xml.finish().ok());
  EXPECT_EQ(out, R"(<bad_name _1x="a" _="c"><a_b>t</a_b></bad_name>)");
}

// A name given several spellings is written in its first by default, in another where
// spell_next() asks for it (for the next element only), and as given with kAsNamed.
TEST(XmlWriterTest, SpellsNamesAsAsked) {
  std::string out;
  StringSink sink(out);
  XmlWriter xml(sink, compact());
  xml.alias_name("urn:x", "id", "ID");
  xml.alias_name("urn:x", "id", "id");
  xml.alias_name("urn:x", "id", "Id");
  xml.start_element("r", "urn:x");
  xml.text_element("id", "default", "urn:x");
  xml.spell_next(2);
  xml.text_element("id", "third", "urn:x");
  xml.text_element("id", "default again", "urn:x");
  xml.spell_next(1);
  xml.text_element("id", "second", "urn:x");
  xml.spell_next(7);  // no such spelling: the default
  xml.text_element("id", "default", "urn:x");
  xml.spell_next(XmlWriter::kAsNamed);
  xml.text_element("id", "as named", "urn:x");
  xml.spell_next(1);
  xml.text_element("other", "no spellings", "urn:x");
  xml.end_element();
  ASSERT_TRUE(xml.finish().ok());
  EXPECT_EQ(out,
            R"(<r xmlns="urn:x"><ID>default</ID><Id>third</Id><ID>default again</ID>)"
            R"(<id>second</id><ID>default</ID><id>as named</id><other>no spellings</other></r>)");
}

TEST(XmlWriterTest, ReportsMisuse) {
  const auto misuse = [](auto&& calls) {
    std::string out;
    StringSink sink(out);
    XmlWriter xml(sink);
    calls(xml);
    return xml.status().code();
  };
  EXPECT_EQ(misuse([](XmlWriter& x) { x.end_element(); }), ErrorCode::writer_misuse);
  EXPECT_EQ(misuse([](XmlWriter& x) { x.text("loose"); }), ErrorCode::writer_misuse);
  EXPECT_EQ(misuse([](XmlWriter& x) { x.attribute("a", "b"); }), ErrorCode::writer_misuse);
  EXPECT_EQ(misuse([](XmlWriter& x) {
              x.start_element("a");
              x.text("t");
              x.attribute("late", "1");
            }),
            ErrorCode::writer_misuse);
  EXPECT_EQ(misuse([](XmlWriter& x) {
              x.start_element("a");
              x.declaration();
            }),
            ErrorCode::writer_misuse);
  EXPECT_EQ(misuse([](XmlWriter& x) { x.finish(); }), ErrorCode::writer_misuse);
  EXPECT_EQ(misuse([](XmlWriter& x) {
              x.start_element("a");
              x.finish();
              x.start_element("b");
            }),
            ErrorCode::writer_misuse);
}

TEST(XmlWriterTest, FinishClosesOpenElements) {
  std::string out;
  StringSink sink(out);
  XmlWriter xml(sink, compact());
  xml.start_element("a");
  xml.start_element("b");
  xml.text("x");
  EXPECT_EQ(xml.depth(), 2u);
  ASSERT_TRUE(xml.finish().ok());
  EXPECT_EQ(out, "<a><b>x</b></a>");
}

TEST(XmlWriterTest, WritesToStreamsAndCallbacks) {
  std::ostringstream stream;
  OStreamSink stream_sink(stream);
  XmlWriter a(stream_sink, compact());
  a.text_element("a", "1");
  ASSERT_TRUE(a.finish().ok());
  EXPECT_EQ(stream.str(), "<a>1</a>");

  std::vector<std::string> chunks;
  CallbackSink callback([&](std::string_view bytes) { chunks.emplace_back(bytes); });
  XmlWriterOptions small = compact();
  small.buffer_size = 256;  // the smallest buffer: forces many flushes
  XmlWriter b(callback, small);
  b.start_element("list");
  for (int i = 0; i < 1000; ++i) b.text_element("i", std::to_string(i));
  b.end_element();
  ASSERT_TRUE(b.finish().ok());
  EXPECT_GT(chunks.size(), 10u);
  std::string joined;
  for (const auto& c : chunks) joined += c;
  EXPECT_EQ(xml_problem(joined), "");
  EXPECT_EQ(joined.size(), b.bytes_written());
}

TEST(XmlWriterTest, AppendsToAStringSinksStringAsItGoes) {
  std::string out = "kept: ";
  StringSink sink(out);
  XmlWriter xml(sink, compact());
  xml.start_element("a");
  xml.text("x < y");
  EXPECT_EQ(out, "kept: <a>x &lt; y");
  EXPECT_EQ(xml.bytes_written(), out.size() - 6);
  ASSERT_TRUE(xml.finish().ok());
  EXPECT_EQ(out, "kept: <a>x &lt; y</a>");
  EXPECT_EQ(xml.bytes_written(), out.size() - 6);
}

TEST(XmlWriterTest, ReportsAFailingSink) {
  std::ostringstream stream;
  stream.setstate(std::ios::badbit);
  OStreamSink sink(stream);
  XmlWriter xml(sink);
  xml.text_element("a", "1");
  const Status s = xml.finish();
  EXPECT_EQ(s.code(), ErrorCode::sink_failed);
}

// Whatever bytes the strings hold, the output is well-formed.
TEST(XmlWriterTest, AnyStringsGiveWellFormedOutput) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> length(0, 40);
  const auto random_string = [&] {
    std::string s(static_cast<std::size_t>(length(rng)), '\0');
    for (char& c : s) c = static_cast<char>(byte(rng));
    return s;
  };
  for (int round = 0; round < 300; ++round) {
    std::string out;
    StringSink sink(out);
    XmlWriterOptions o;
    o.pretty = round % 2 == 0;
    XmlWriter xml(sink, o);
    xml.declaration();
    xml.start_element(random_string(), random_string(), random_string());
    for (int i = 0; i < 5; ++i) {
      xml.attribute(random_string(), random_string(), random_string(), random_string());
    }
    for (int i = 0; i < 5; ++i) {
      xml.start_element(random_string(), random_string(), random_string());
      xml.attribute(random_string(), random_string());
      xml.text(random_string());
      xml.cdata(random_string() + "]]>" + random_string());
      xml.end_element();
    }
    ASSERT_TRUE(xml.finish().ok());
    ASSERT_EQ(xml_problem(out), "") << out;
  }
}

}  // namespace
}  // namespace feedpp
