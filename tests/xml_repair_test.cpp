// SPDX-License-Identifier: MIT
#include "input/xml_repair.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pugixml.hpp>

namespace feedpp::detail {
namespace {

// The flags the brief names, the ones xml_dom parses feeds with, and everything pugixml can
// check (parse_pi makes it read PI targets, which the others skip).
constexpr unsigned kBriefFlags =
    pugi::parse_default | pugi::parse_declaration | pugi::parse_doctype;
constexpr unsigned kDomFlags = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;
constexpr unsigned kFullFlags = pugi::parse_full;

struct Repaired {
  std::string out;
  std::vector<RepairNote> notes;
};

Repaired repair(std::string_view in) {
  Repaired r;
  r.out = repair_xml(in, r.notes);
  return r;
}

std::string parse_error(const std::string& xml, unsigned flags) {
  pugi::xml_document doc;
  const pugi::xml_parse_result result =
      doc.load_buffer(xml.data(), xml.size(), flags, pugi::encoding_utf8);
  if (result) return "";
  return std::string(result.description()) + " at " + std::to_string(result.offset);
}

// The repair's promise: pugixml accepts the output whatever the input, and the output is
// already repaired (a second pass changes nothing and notes nothing).
void expect_well_formed(std::string_view in, const Repaired& r) {
  for (const unsigned flags : {kBriefFlags, kDomFlags, kFullFlags}) {
    ASSERT_EQ(parse_error(r.out, flags), "")
        << "input: " << testing::PrintToString(in) << "\noutput: " << testing::PrintToString(r.out);
  }
  for (const RepairNote& note : r.notes) ASSERT_LE(note.offset, in.size());
  const Repaired again = repair(r.out);
  ASSERT_EQ(again.out, r.out) << "input: " << testing::PrintToString(in);
  ASSERT_TRUE(again.notes.empty())
      << "input: " << testing::PrintToString(in) << "\nfirst note: " << again.notes.front().message;
}

using Notes = std::vector<std::pair<std::size_t, std::string>>;

Notes notes_of(const Repaired& r) {
  Notes notes;
  for (const RepairNote& n : r.notes) notes.emplace_back(n.offset, n.message);
  return notes;
}

// Repairs `in`, checks the exact output and that it is well-formed, and returns the notes.
Notes expect_repair(std::string_view in, std::string_view expected) {
  const Repaired r = repair(in);
  EXPECT_EQ(r.out, expected) << "input: " << testing::PrintToString(in);
  expect_well_formed(in, r);
  return notes_of(r);
}

// --- Prolog ---

TEST(XmlRepairTest, WellFormedInputIsUnchanged) {
  const std::string_view in =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- c -->\n<rss version=\"2.0\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>A &amp; B</title><item>"
      "<dc:creator>x</dc:creator><description><![CDATA[<p>hi</p>]]></description></item>"
      "</channel></rss>\n";
  EXPECT_EQ(expect_repair(in, in), Notes{});
}

TEST(XmlRepairTest, DeclarationKeptOnlyAtTheStart) {
  EXPECT_EQ(expect_repair(" <?xml version=\"1.0\"?><a><?xml version=\"1.0\"?></a>", " <a></a>"),
            (Notes{{1, "XML declaration not at the start of the document dropped"},
                   {25, "XML declaration not at the start of the document dropped"}}));
  // pugixml takes any case of "xml" for a declaration.
  expect_repair("<a><?XmL version=\"1.0\"?></a>", "<a></a>");
}

TEST(XmlRepairTest, DeclarationAfterBomIsAtTheStart) {
  expect_repair("\xEF\xBB\xBF<?xml version=\"1.0\"?><a/>",
                "\xEF\xBB\xBF<?xml version=\"1.0\"?><a/>");
}

TEST(XmlRepairTest, DeclarationPseudoAttributesAreRepaired) {
  EXPECT_EQ(
      expect_repair("<?xml version=1.0 encoding='utf-8' standalone?><a/>",
                    "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"standalone\"?><a/>"),
      (Notes{{14, "unquoted value of attribute 'version' quoted"},
             {35, "attribute 'standalone' has no value; given its name"}}));
  expect_repair("<?XML version=\"1.0\" ## ?><a/>", "<?xml version=\"1.0\"?><a/>");
  expect_repair("<?xml version=\"1.0?><a/>", "<?xml version=\"1.0\"?><a/>");
}

TEST(XmlRepairTest, DeclarationClosedByGreaterThan) {
  EXPECT_EQ(expect_repair("<?xml version=\"1.0\">\n<a/>", "<?xml version=\"1.0\"?>\n<a/>"),
            (Notes{{19, "processing instruction <?xml> closed by '>' instead of '?>'"}}));
}

TEST(XmlRepairTest, DoctypeWithInternalSubsetKept) {
  const std::string_view in =
      "<!DOCTYPE rss [\n<!ENTITY x \"a>]b\">\n<!-- ] > -->\n<?pi ]>?>\n"
      "<![IGNORE[ <!ELEMENT y ANY> ]]>\n]>\n<rss/>";
  EXPECT_EQ(expect_repair(in, in), Notes{});
  const std::string_view netscape =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS "
      "0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss "
      "version=\"0.91\"></rss>";
  EXPECT_EQ(expect_repair(netscape, netscape), Notes{});
}

TEST(XmlRepairTest, DoctypeKeywordIsUpperCased) {
  EXPECT_EQ(expect_repair("<!doctype html><html></html>", "<!DOCTYPE html><html></html>"),
            (Notes{{0, "DOCTYPE keyword written in upper case"}}));
}

TEST(XmlRepairTest, DoctypeOutsideThePrologDropped) {
  EXPECT_EQ(expect_repair("<a><!DOCTYPE x>b</a>", "<a>b</a>"),
            (Notes{{3, "DOCTYPE inside the root element dropped"}}));
  EXPECT_EQ(expect_repair("<!DOCTYPE a><!DOCTYPE b><a/>", "<!DOCTYPE a><a/>"),
            (Notes{{12, "second DOCTYPE dropped"}}));
  expect_repair("<a/><!DOCTYPE x>", "<a/>");
}

TEST(XmlRepairTest, MalformedDoctypeReducedToItsName) {
  // The missing quote would make the DOCTYPE swallow the root element.
  EXPECT_EQ(expect_repair("<!DOCTYPE rss PUBLIC \"foo>\n<rss version=\"2.0\"></rss>",
                          "<!DOCTYPE rss>\n<rss version=\"2.0\"></rss>"),
            (Notes{{0, "malformed DOCTYPE reduced to <!DOCTYPE rss>"}}));
  expect_repair("<!DOCTYPE rss [ <bad> ]>\n<rss/>", "<!DOCTYPE rss>\n<rss/>");
  expect_repair("<!DOCTYPE [ <bad> ]><rss/>", "<rss/>");
  EXPECT_EQ(expect_repair("<!DOCTYPE rss PUBLIC \"-//Nets", "<no-root-element/>"),
            (Notes{{0, "unterminated DOCTYPE dropped"},
                   {29, "no root element; an empty <no-root-element/> added"}}));
}

TEST(XmlRepairTest, CommentsAndPisKept) {
  const std::string_view in = "<!-- a --><?pi x?><r><!-- b --><?pi y?></r><!-- c --><?pi z?>";
  EXPECT_EQ(expect_repair(in, in), Notes{});
  // pugixml with parse_pi wants space between the target and the content.
  expect_repair("<r><?pi/x?></r>", "<r><?pi /x?></r>");
  expect_repair("<r><?php echo '<b>'; ?></r>", "<r><?php echo '<b>'; ?></r>");
}

TEST(XmlRepairTest, UnterminatedCommentAndPiDropped) {
  EXPECT_EQ(expect_repair("<r>x<!-- y", "<r>x</r>"),
            (Notes{{4, "unterminated comment dropped"}, {10, "document ended inside <r>"}}));
  EXPECT_EQ(expect_repair("<r>x<?pi y", "<r>x</r>"),
            (Notes{{4, "unterminated processing instruction <?pi> dropped"},
                   {10, "document ended inside <r>"}}));
  // With no terminator anywhere, one typo must not cost the rest of the document.
  EXPECT_EQ(expect_repair("<r><!-- y ->\n<a>b</a><?pi c <d/></r>", "<r><a>b</a><d/></r>"),
            (Notes{{3, "unterminated comment dropped"},
                   {21, "unterminated processing instruction <?pi> dropped"}}));
}

TEST(XmlRepairTest, UnterminatedDeclarationEndsBeforeTheRoot) {
  EXPECT_EQ(
      expect_repair("<?xml version=\"1.0\"\n<rss></rss>?>", "<?xml version=\"1.0\"?><rss></rss>"),
      (Notes{{20, "XML declaration not closed by '?>'"},
             {31, "content after the root element dropped"}}));
  expect_repair("<?xml version=\"1.0\"", "<no-root-element/>");
}

TEST(XmlRepairTest, TextBeforeTheRootDropped) {
  EXPECT_EQ(expect_repair("\n junk\n<a/>", "<a/>"),
            (Notes{{2, "text before the root element dropped"}}));
  expect_repair("\n \n<a/>", "\n \n<a/>");
  expect_repair("<![CDATA[x]]><a/>", "<a/>");
  EXPECT_EQ(expect_repair("</b><a/>", "<a/>"),
            (Notes{{0, "end tag </b> matches no open element; dropped"}}));
}

TEST(XmlRepairTest, DocumentWithoutRootGetsAnEmptyOne) {
  EXPECT_EQ(expect_repair("", "<no-root-element/>"),
            (Notes{{0, "no root element; an empty <no-root-element/> added"}}));
  expect_repair("hello", "<no-root-element/>");
  expect_repair("<?xml version=\"1.0\"?>\n", "<?xml version=\"1.0\"?>\n<no-root-element/>");
}

// --- Start tags ---

TEST(XmlRepairTest, NamesKeptAsWritten) {
  const std::string_view in = "<r><dc:creator>x</dc:creator><_a.b-c/><\xC3\xA9t\xC3\xA9/></r>";
  EXPECT_EQ(expect_repair(in, in), Notes{});
}

TEST(XmlRepairTest, LessThanThatStartsNoMarkupIsText) {
  EXPECT_EQ(expect_repair("<r>1 < 2 <3 <!x> <?> </ > <</r>",
                          "<r>1 &lt; 2 &lt;3 &lt;!x> &lt;?> &lt;/ > &lt;</r>"),
            (Notes{{5, "'<' that starts no markup escaped as &lt;"},
                   {9, "'<' that starts no markup escaped as &lt;"},
                   {12, "'<' that starts no markup escaped as &lt;"},
                   {17, "'<' that starts no markup escaped as &lt;"},
                   {21, "'<' that starts no markup escaped as &lt;"},
                   {26, "'<' that starts no markup escaped as &lt;"}}));
}

TEST(XmlRepairTest, AttributeForms) {
  EXPECT_EQ(expect_repair("<a b=\"1\" c='2' d=3 e f = g/>",
                          "<a b=\"1\" c=\"2\" d=\"3\" e=\"e\" f=\"g\"/>"),
            (Notes{{17, "unquoted value of attribute 'd' quoted"},
                   {19, "attribute 'e' has no value; given its name"},
                   {25, "unquoted value of attribute 'f' quoted"}}));
  // An unquoted value ends at whitespace, ">" or "/>".
  expect_repair("<a href=http://x/y/>", "<a href=\"http://x/y\"/>");
  expect_repair("<r><a href=http://x/y>t</a></r>", "<r><a href=\"http://x/y\">t</a></r>");
  expect_repair("<a t='say \"hi\"'/>", "<a t=\"say &quot;hi&quot;\"/>");
  expect_repair("<a t=/>", "<a t=\"\"/>");
  expect_repair("<a\nb=\"1\"\tc=\"2\" / >", "<a b=\"1\" c=\"2\"/>");
}

TEST(XmlRepairTest, MissingClosingQuoteEndsTheValueAtTheNextGreaterThan) {
  EXPECT_EQ(expect_repair("<r><a href=\"foo>text</a></r>", "<r><a href=\"foo\">text</a></r>"),
            (Notes{{11, "missing closing quote in the value of attribute 'href'"}}));
  // A quote before the next ">" or "<" is believed, so ">" and "<" may stand in values.
  expect_repair("<a t=\"a -> b\" u=\"1 < 2\"/>", "<a t=\"a -> b\" u=\"1 &lt; 2\"/>");
  expect_repair("<r><a t='x<b>y</b></r>", "<r><a t=\"x\"><b>y</b></a></r>");
}

TEST(XmlRepairTest, AttributeValueEscapes) {
  EXPECT_EQ(expect_repair("<a t=\"a & b &amp; &#38; &#x26; &nbsp; &x &#; &#xZ;\"/>",
                          "<a t=\"a &amp; b &amp; &#38; &#x26; &nbsp; &amp;x &amp;#; "
                          "&amp;#xZ;\"/>"),
            (Notes{{8, "bare '&' in the value of attribute 't' escaped as &amp;"},
                   {38, "bare '&' in the value of attribute 't' escaped as &amp;"},
                   {41, "bare '&' in the value of attribute 't' escaped as &amp;"},
                   {45, "bare '&' in the value of attribute 't' escaped as &amp;"}}));
  EXPECT_EQ(expect_repair("<a t=\"1 < 2\"/>", "<a t=\"1 &lt; 2\"/>"),
            (Notes{{8, "'<' in the value of attribute 't' escaped as &lt;"}}));
}

TEST(XmlRepairTest, DuplicateAttributeDropped) {
  EXPECT_EQ(
      expect_repair("<a x=\"1\" x=\"2\" X=\"3\" p:x=\"4\"/>", "<a x=\"1\" X=\"3\" p:x=\"4\"/>"),
      (Notes{{9, "duplicate attribute 'x' dropped"}}));
  // Past the directly compared few, a hash set takes over.
  std::string in = "<a";
  std::string expected = "<a";
  for (int i = 0; i < 40; ++i) {
    in += " a" + std::to_string(i) + "=\"" + std::to_string(i) + "\"";
    expected += " a" + std::to_string(i) + "=\"" + std::to_string(i) + "\"";
  }
  in += " a3=\"x\" a33=\"y\"/>";
  expected += "/>";
  EXPECT_EQ(expect_repair(in, expected).size(), 2U);
}

TEST(XmlRepairTest, JunkBetweenAttributesSkipped) {
  EXPECT_EQ(expect_repair("<a @x=\"1\" ,, \"y\"=2 / z/>", "<a x=\"1\" y=\"y\" z=\"z\"/>"),
            (Notes{{3, "junk in start tag <a> skipped"},
                   {10, "junk in start tag <a> skipped"},
                   {13, "junk in start tag <a> skipped"},
                   {14, "attribute 'y' has no value; given its name"},
                   {15, "junk in start tag <a> skipped"},
                   {19, "junk in start tag <a> skipped"},
                   {21, "attribute 'z' has no value; given its name"}}));
}

TEST(XmlRepairTest, StartTagWithoutGreaterThanEndsAtTheNextTag) {
  EXPECT_EQ(expect_repair("<r><title<b>x</b></title></r>", "<r><title><b>x</b></title></r>"),
            (Notes{{9, "start tag <title> not closed by '>'"}}));
}

TEST(XmlRepairTest, StartTagCutOffByTheEndIsDropped) {
  EXPECT_EQ(expect_repair("<r>a<b href=\"x", "<r>a</r>"),
            (Notes{{4, "start tag <b> cut off by the end of the document dropped"},
                   {14, "document ended inside <r>"}}));
  expect_repair("<r", "<no-root-element/>");
}

// --- End tags ---

TEST(XmlRepairTest, EndTagClosesTheElementsAboveItsMatch) {
  EXPECT_EQ(expect_repair("<r><a><b><c>x</a></r>", "<r><a><b><c>x</c></b></a></r>"),
            (Notes{{13, "unclosed <c> closed at </a>"}, {13, "unclosed <b> closed at </a>"}}));
}

TEST(XmlRepairTest, EndTagMatchesIgnoringCase) {
  EXPECT_EQ(expect_repair("<r><title>x</Title></r>", "<r><title>x</title></r>"),
            (Notes{{11, "end tag </Title> closes <title> (the case differs)"}}));
  EXPECT_EQ(expect_repair("<R><b>x</r>", "<R><b>x</b></R>"),
            (Notes{{7, "unclosed <b> closed at </r>"},
                   {7, "end tag </r> closes <R> (the case differs)"}}));
  // An exact match further down wins over a case-insensitive one on top.
  expect_repair("<r><a><A>x</a></r>", "<r><a><A>x</A></a></r>");
}

TEST(XmlRepairTest, StrayEndTagDropped) {
  EXPECT_EQ(expect_repair("<r>x</foo>y</r>", "<r>xy</r>"),
            (Notes{{4, "end tag </foo> matches no open element; dropped"}}));
}

TEST(XmlRepairTest, EndTagJunkAndMissingGreaterThan) {
  EXPECT_EQ(expect_repair("<r><a>x</a foo=\">\"></r>", "<r><a>x</a>\"></r>"),
            (Notes{{11, "junk in end tag </a> skipped"}}));
  EXPECT_EQ(expect_repair("<r><a>x</a<b/></r>", "<r><a>x</a><b/></r>"),
            (Notes{{10, "end tag </a> not closed by '>'"}}));
  EXPECT_EQ(expect_repair("<r>x</r", "<r>x</r>"),
            (Notes{{4, "end tag </r> cut off by the end of the document dropped"},
                   {7, "document ended inside <r>"}}));
}

// --- Text, CDATA, the end ---

TEST(XmlRepairTest, BareAmpersandInTextLeftAlone) {
  EXPECT_EQ(expect_repair("<r>a & b &nbsp;</r>", "<r>a & b &nbsp;</r>"), Notes{});
}

TEST(XmlRepairTest, CdataEndInTextEscaped) {
  EXPECT_EQ(expect_repair("<r>a]]>b]]]>c>]></r>", "<r>a]]&gt;b]]]&gt;c>]></r>"),
            (Notes{{6, "'>' after ']]' in text escaped as &gt;"},
                   {11, "'>' after ']]' in text escaped as &gt;"}}));
  // Dropping the stray end tag brings "]]" and ">" together.
  EXPECT_EQ(expect_repair("<r>]]</x>></r>", "<r>]]&gt;</r>"),
            (Notes{{5, "end tag </x> matches no open element; dropped"},
                   {9, "'>' after ']]' in text escaped as &gt;"}}));
}

TEST(XmlRepairTest, CdataCopiedAndClosedAtTheEnd) {
  expect_repair("<r><![CDATA[<b>&</b>]]></r>", "<r><![CDATA[<b>&</b>]]></r>");
  EXPECT_EQ(expect_repair("<r><![CDATA[a<b]", "<r><![CDATA[a<b]]]></r>"),
            (Notes{{3, "unterminated CDATA section closed at the end of the document"},
                   {16, "document ended inside <r>"}}));
}

TEST(XmlRepairTest, OpenElementsClosedAtTheEnd) {
  EXPECT_EQ(expect_repair("<r><a>x", "<r><a>x</a></r>"),
            (Notes{{7, "document ended inside <a>"}, {7, "document ended inside <r>"}}));
}

TEST(XmlRepairTest, ContentAfterTheRootDropped) {
  EXPECT_EQ(expect_repair("<r/>\n junk <x a='1'>t</x> <!-- c --><?pi?> \n</y>",
                          "<r/> <!-- c --><?pi?> \n"),
            (Notes{{6, "content after the root element dropped"}}));
  expect_repair("<r></r><r></r>", "<r></r>");
}

TEST(XmlRepairTest, NulBecomesReplacementCharacter) {
  using std::string_literals::operator""s;
  EXPECT_EQ(expect_repair("<r a=\"\0\">x\0y<!--\0--></r>"s,
                          "<r a=\"\xEF\xBF\xBD\">x\xEF\xBF\xBDy<!--\xEF\xBF\xBD--></r>"),
            (Notes{{6, "NUL byte replaced by U+FFFD"},
                   {10, "NUL byte replaced by U+FFFD"},
                   {16, "NUL byte replaced by U+FFFD"}}));
}

TEST(XmlRepairTest, NotesAreCapped) {
  std::string in = "<r>";
  for (int i = 0; i < 5000; ++i) in += "</x>";
  in += "</r>";
  const Repaired r = repair(in);
  EXPECT_EQ(r.out, "<r></r>");
  ASSERT_EQ(r.notes.size(), 1001U);
  EXPECT_EQ(r.notes[0].offset, 3U);
  EXPECT_EQ(r.notes[999].offset, 3U + 999 * 4);
  EXPECT_EQ(r.notes[1000].message, "too many repairs; the later ones are not reported");
}

TEST(XmlRepairTest, NotesDoNotQuoteWholeHugeNames) {
  const std::string name(100000, 'n');
  const Repaired r = repair("<r></" + name + "></r>");
  ASSERT_EQ(r.notes.size(), 1U);
  EXPECT_LT(r.notes[0].message.size(), 200U);
}

// --- Feeds ---

std::string rss(std::string_view items) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
         "<title>Feed</title>\n" +
         std::string(items) + "</channel></rss>\n";
}

std::string item(std::string_view title) {
  return "<item><title>" + std::string(title) + "</title><link>http://example.com/" +
         std::string(title) + "</link></item>\n";
}

// Parses repaired `xml` and returns the title of each item.
std::vector<std::string> item_titles(const std::string& xml) {
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_buffer(xml.data(), xml.size(), kBriefFlags, pugi::encoding_utf8)) << xml;
  std::vector<std::string> titles;
  for (const pugi::xml_node i : doc.child("rss").child("channel").children("item")) {
    titles.emplace_back(i.child("title").child_value());
  }
  return titles;
}

TEST(XmlRepairTest, UnclosedTitleCostsNoNeighbour) {
  const std::string in =
      rss(item("One") + item("Two") + "<item><title>Three<description>d</description></item>\n" +
          item("Four") + item("Five"));
  const Repaired r = repair(in);
  expect_well_formed(in, r);
  EXPECT_EQ(item_titles(r.out), (std::vector<std::string>{"One", "Two", "Three", "Four", "Five"}));
  ASSERT_EQ(r.notes.size(), 1U);
  EXPECT_EQ(r.notes[0].message, "unclosed <title> closed at </item>");
  EXPECT_EQ(r.notes[0].offset, in.find("</item>", in.find("Three")));
}

TEST(XmlRepairTest, FeedWithMismatchedCaseTags) {
  const std::string in = rss("<Item><Title>One</title><link>l</LINK></item>\n" + item("Two"));
  const Repaired r = repair(in);
  expect_well_formed(in, r);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_buffer(r.out.data(), r.out.size(), kBriefFlags, pugi::encoding_utf8));
  const pugi::xml_node channel = doc.child("rss").child("channel");
  EXPECT_STREQ(channel.child("Item").child("Title").child_value(), "One");
  EXPECT_STREQ(channel.child("Item").child("link").child_value(), "l");
  EXPECT_STREQ(channel.child("item").child("title").child_value(), "Two");
  EXPECT_EQ(r.notes.size(), 3U);
}

TEST(XmlRepairTest, FeedWithUnquotedAttributes) {
  const std::string in =
      rss("<item><title>One</title><enclosure url=http://example.com/a.mp3 length=123 "
          "type=audio/mpeg/></item>\n" +
          item("Two"));
  const Repaired r = repair(in);
  expect_well_formed(in, r);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_buffer(r.out.data(), r.out.size(), kBriefFlags, pugi::encoding_utf8));
  const pugi::xml_node enclosure =
      doc.child("rss").child("channel").child("item").child("enclosure");
  EXPECT_STREQ(enclosure.attribute("url").value(), "http://example.com/a.mp3");
  EXPECT_STREQ(enclosure.attribute("length").value(), "123");
  EXPECT_STREQ(enclosure.attribute("type").value(), "audio/mpeg");
  EXPECT_EQ(item_titles(r.out), (std::vector<std::string>{"One", "Two"}));
}

TEST(XmlRepairTest, FeedWithStrayEndTag) {
  const std::string in =
      rss(item("One") + "</foo>\n" + item("Two") + "<item><title>Three</title></p></item>\n");
  const Repaired r = repair(in);
  expect_well_formed(in, r);
  EXPECT_EQ(item_titles(r.out), (std::vector<std::string>{"One", "Two", "Three"}));
  ASSERT_EQ(r.notes.size(), 2U);
  EXPECT_EQ(r.notes[0].offset, in.find("</foo>"));
  EXPECT_EQ(r.notes[1].offset, in.find("</p>"));
}

TEST(XmlRepairTest, FeedWithLessThanInText) {
  const std::string in = rss(item("1 < 2") + item("Two"));
  const Repaired r = repair(in);
  expect_well_formed(in, r);
  EXPECT_EQ(item_titles(r.out), (std::vector<std::string>{"1 < 2", "Two"}));
  ASSERT_EQ(r.notes.size(), 2U);  // in the title and in the link
  EXPECT_EQ(r.notes[0].offset, in.find('<', in.find("1 ")));
}

TEST(XmlRepairTest, EveryPrefixOfAFeedKeepsItsCompleteItems) {
  const std::string feed =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY e \"x\">]>\n<rss version=\"2.0\">"
      "<channel><title>T</title>\n"
      "<item><title>One</title><link href='http://a/1'/><!-- c --></item>\n"
      "<item><title>Two &amp; more</title><description><![CDATA[<p>2</p>]]></description>"
      "</item>\n<item><title>Three</title><?pi x?></item>\n</channel></rss>\n";
  const std::vector<std::string> titles{"One", "Two & more", "Three"};
  for (std::size_t size = 0; size <= feed.size(); ++size) {
    const std::string prefix = feed.substr(0, size);
    const Repaired r = repair(prefix);
    expect_well_formed(prefix, r);
    std::size_t complete = 0;
    for (std::size_t at = prefix.find("</item>"); at != std::string::npos;
         at = prefix.find("</item>", at + 1)) {
      ++complete;
    }
    const std::vector<std::string> got = item_titles(r.out);
    ASSERT_GE(got.size(), complete) << prefix;
    for (std::size_t i = 0; i < complete; ++i) EXPECT_EQ(got[i], titles[i]) << prefix;
  }
}

// --- Limits ---

TEST(XmlRepairTest, MillionDeepNestingNeedsNoRecursion) {
  constexpr std::size_t kDepth = 1000000;
  std::string in;
  for (std::size_t i = 0; i < kDepth; ++i) in += "<a>";
  const Repaired r = repair(in);
  std::string expected = in;
  for (std::size_t i = 0; i < kDepth; ++i) expected += "</a>";
  EXPECT_EQ(r.out, expected);
  ASSERT_EQ(r.notes.size(), 1001U);
  EXPECT_EQ(r.notes[0].offset, in.size());
  EXPECT_EQ(r.notes[0].message, "document ended inside <a>");
  EXPECT_EQ(parse_error(r.out, kBriefFlags), "");
}

// Inputs that make a careless repair quadratic. Each is a few megabytes, so a quadratic pass
// would take hours; a linear one takes well under a second even with sanitizers.
TEST(XmlRepairTest, HostileInputsStayLinear) {
  const auto repeat = [](std::string_view s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
  };
  const std::vector<std::string> inputs{
      repeat("<a>", 300000) + repeat("</b>", 300000),     // unmatched end tags under deep nesting
      repeat("<a><B>", 200000) + repeat("</b>", 200000),  // case-insensitive matches
      "<r>" + repeat("<?a>", 500000),                     // PIs without "?>"
      "<r>" + repeat("<a b=\"x>", 300000),                // values without a closing quote
      "<r>" + repeat("<a b='x<", 300000),
      "<r>" + repeat("a]]", 500000),  // text without "]]>"
      "<r>" + repeat("<!x", 500000),
      "<r " + repeat("a=\"&b", 300000),    // references without ";"
      "<r " + repeat("a", 500000) + ">",   // one long name
      "<r" + repeat(" a", 300000) + "/>",  // many duplicate attributes
      "<r>" + repeat("<a " + repeat("x", 50) + "/>", 30000),
      "<r>" + repeat("<!DOCTYPE [", 300000),
      "<!DOCTYPE r [" + repeat("<!a", 300000),
      repeat("\n", 1000000) + repeat("x", 1000000),
  };
  for (const std::string& in : inputs) {
    const auto start = std::chrono::steady_clock::now();
    const Repaired r = repair(in);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 20.0) << in.substr(0, 40);
    EXPECT_EQ(parse_error(r.out, kBriefFlags), "") << in.substr(0, 40);
    EXPECT_LE(r.out.size(), 3 * in.size() + 64);
  }
}

// --- Properties ---

// std::mt19937's output is fixed by the standard (unlike the distributions), so the cases are
// the same everywhere.
class Random {
 public:
  explicit Random(std::uint32_t seed) : engine_(seed) {}
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine_()) % n; }

 private:
  std::mt19937 engine_;
};

TEST(XmlRepairTest, RandomBytesAlwaysRepairToWellFormedXml) {
  constexpr std::string_view kAlphabet = "<>/\"'=&!?[]- abxmlCDATOYPE";
  Random random(20240611);
  for (int n = 0; n < 100000; ++n) {
    std::string in(random.below(64), ' ');
    for (char& c : in) c = kAlphabet[random.below(kAlphabet.size())];
    expect_well_formed(in, repair(in));
    if (testing::Test::HasFatalFailure()) return;
  }
}

TEST(XmlRepairTest, RandomTokensAlwaysRepairToWellFormedXml) {
  using std::string_literals::operator""s;
  const std::vector<std::string> tokens{
      "<",        ">",     "</",     "/>",       "<a",  "</a>",      "<b>", "<A>",
      "<?xml",    "?>",    "<?p",    "<!--",     "-->", "<![CDATA[", "]]>", "<!DOCTYPE",
      "<!ENTITY", "[",     "]",      "\"",       "'",   "=",         " ",   "\n",
      "&",        "&amp;", "&#x26;", "x",        "<!",  "<![",       "<!-", "\xEF\xBB\xBF",
      "\0"s,      "é",     "a=",     "<!doctype"};
  Random random(7);
  for (int n = 0; n < 30000; ++n) {
    std::string in;
    const std::size_t count = random.below(24);
    for (std::size_t i = 0; i < count; ++i) in += tokens[random.below(tokens.size())];
    expect_well_formed(in, repair(in));
    if (testing::Test::HasFatalFailure()) return;
  }
}

TEST(XmlRepairTest, MutatedFeedsAlwaysRepairToWellFormedXml) {
  const std::string feed =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY e \"x\">]>\n<rss version=\"2.0\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>T &amp; U</title>\n"
      "<item><title>One</title><link href='http://a/1'/><!-- c --><dc:creator>me"
      "</dc:creator></item>\n<item><title>Two</title><description><![CDATA[<p>2</p>]]>"
      "</description></item>\n<item><?pi x?><enclosure url=\"u\" length=\"1\"/></item>\n"
      "</channel></rss>\n";
  Random random(99);
  for (int n = 0; n < 20000; ++n) {
    std::string in = feed;
    const std::size_t edits = 1 + random.below(4);
    for (std::size_t e = 0; e < edits && !in.empty(); ++e) {
      const std::size_t at = random.below(in.size());
      const std::size_t len = 1 + random.below(12);
      switch (random.below(3)) {
        case 0:
          in.erase(at, len);
          break;
        case 1:
          in.insert(at, feed.substr(random.below(feed.size()), len));
          break;
        default:
          in.resize(at);
          break;
      }
    }
    expect_well_formed(in, repair(in));
    if (testing::Test::HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace feedpp::detail
