// SPDX-License-Identifier: MIT
// The scan before pugixml (cleanup_xml) and the HTML entity table it draws on (html_entity).
#include "input/xml_cleanup.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <array>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic_log.hpp"
#include "input/html_entities.hpp"

namespace feedpp {

// Prints codes by name in failure messages (found by ADL, so it lives in feedpp).
static void PrintTo(ErrorCode code, std::ostream* os) { *os << to_string(code); }

}  // namespace feedpp

namespace feedpp::detail {
namespace {

using namespace std::string_literals;

struct Cleaned {
  bool changed = false;
  std::string text;  // the input itself when nothing changed
  std::vector<Diagnostic> diagnostics;
  OffsetMap map;
};

Cleaned clean(std::string_view in) {
  DiagnosticLog log(false);
  CleanupResult r = cleanup_xml(in, log);
  Cleaned out;
  out.changed = r.changed;
  if (!r.changed) {
    EXPECT_TRUE(r.text.empty()) << "a copy was made of an unchanged text";
  }
  out.text = r.changed ? r.text : std::string(in);
  out.diagnostics = log.finish(in);
  out.map = r.map;
  return out;
}

std::vector<ErrorCode> codes(const Cleaned& c) {
  std::vector<ErrorCode> out;
  for (const Diagnostic& d : c.diagnostics) out.push_back(d.code);
  return out;
}

std::vector<std::size_t> offsets(const Cleaned& c) {
  std::vector<std::size_t> out;
  for (const Diagnostic& d : c.diagnostics) out.push_back(d.location.offset);
  return out;
}

// `body` inside a root element, so that the prolog plays no part.
std::string doc(std::string_view body) { return "<r>" + std::string(body) + "</r>"; }

// Returns the text of the root element of `xml` as pugixml reads it, or "!" when it can't.
std::string pugixml_text(const std::string& xml) {
  pugi::xml_document d;
  if (!d.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8)) return "!";
  return d.document_element().text().get();
}

// ---------------------------------------------------------------------------------------------
// Named references

TEST(XmlCleanupTest, HtmlEntitiesBecomeNumericReferences) {
  const Cleaned c = clean(doc("a&nbsp;b&rsquo;c&eacute;d&Eacute;"));
  EXPECT_TRUE(c.changed);
  EXPECT_EQ(c.text, doc("a&#xA0;b&#x2019;c&#xE9;d&#xC9;"));
  EXPECT_EQ(codes(c), std::vector<ErrorCode>(4, ErrorCode::undefined_entity));
  EXPECT_EQ(offsets(c), (std::vector<std::size_t>{4, 11, 19, 28}));
  EXPECT_EQ(c.diagnostics[0].severity, Severity::error);
  EXPECT_EQ(pugixml_text(c.text), "a\u00a0b\u2019c\u00e9d\u00c9");
}

TEST(XmlCleanupTest, UppercaseLtStaysEscaped) {
  const Cleaned c = clean(doc("a&LT;b&GT;c&AMP;d&QUOT;e"));
  EXPECT_EQ(c.text, doc("a&#x3C;b&#x3E;c&#x26;d&#x22;e"));
  EXPECT_EQ(c.text.find('<', 3), c.text.size() - 4) << "a raw '<' in " << c.text;
  EXPECT_EQ(codes(c), std::vector<ErrorCode>(4, ErrorCode::undefined_entity));
  EXPECT_EQ(pugixml_text(c.text), "a<b>c&d\"e");
}

TEST(XmlCleanupTest, TwoCodePointEntitiesBecomeTwoReferences) {
  const Cleaned c = clean(doc("&NotEqualTilde;|&nvlt;|&fjlig;|&acE;"));
  EXPECT_EQ(c.text, doc("&#x2242;&#x338;|&#x3C;&#x20D2;|&#x66;&#x6A;|&#x223E;&#x333;"));
  EXPECT_EQ(codes(c), std::vector<ErrorCode>(4, ErrorCode::undefined_entity));
  EXPECT_EQ(pugixml_text(c.text), "\u2242\u0338|<\u20d2|fj|\u223e\u0333");
}

TEST(XmlCleanupTest, EntitiesInAttributeValuesAreRepaired) {
  const Cleaned c = clean("<r a=\"caf&eacute;\" b='&hellip;'/>");
  EXPECT_EQ(c.text, "<r a=\"caf&#xE9;\" b='&#x2026;'/>");
  EXPECT_EQ(codes(c), std::vector<ErrorCode>(2, ErrorCode::undefined_entity));
}

TEST(XmlCleanupTest, UnknownNamesAreKeptAndReported) {
  const Cleaned c = clean(doc("a&bogus;b&Nbsp;c&nbsp"));
  EXPECT_FALSE(c.changed);
  EXPECT_EQ(c.text, doc("a&bogus;b&Nbsp;c&nbsp"));
  // &nbsp without ';' is no reference at all.
  EXPECT_EQ(codes(c),
            (std::vector<ErrorCode>{ErrorCode::undefined_entity, ErrorCode::undefined_entity,
                                    ErrorCode::bare_ampersand}));
  EXPECT_EQ(offsets(c), (std::vector<std::size_t>{4, 12, 19}));
  EXPECT_NE(c.diagnostics[0].message.find("bogus"), std::string::npos);
}

TEST(XmlCleanupTest, CharactersInAnUnknownNameAreCheckedAsText) {
  // An unknown reference stays text, so a C1 control or a control character in its name is
  // mended as in any text (it once passed raw, and read differently once written and read back).
  const Cleaned c =
      clean(doc("&qu\xC2\x92ot;&a\x01"
                "b;"));
  EXPECT_EQ(c.text, doc("&qu\xE2\x80\x99ot;&ab;"));
  EXPECT_EQ(codes(c),
            (std::vector<ErrorCode>{ErrorCode::undefined_entity, ErrorCode::misencoded_character,
                                    ErrorCode::bare_ampersand, ErrorCode::invalid_character}));
}

TEST(XmlCleanupTest, XmlsOwnFiveAreUntouched) {
  const std::string in = doc("&lt;&gt;&amp;&quot;&apos;") + "<s a=\"&lt;&amp;&quot;\"/>";
  const Cleaned c = clean(in);
  EXPECT_FALSE(c.changed);
  EXPECT_TRUE(c.diagnostics.empty());
}

TEST(XmlCleanupTest, RepairDoesNotStopAtTheDiagnosticCap) {
  std::string body;
  for (int i = 0; i < 30; ++i) body += "&nbsp;";
  const Cleaned c = clean(doc(body));
  std::string expected;
  for (int i = 0; i < 30; ++i) expected += "&#xA0;";
  EXPECT_EQ(c.text, doc(expected));
  EXPECT_EQ(c.diagnostics.size(), DiagnosticLog::kKeptPerCode + 1);
}

// ---------------------------------------------------------------------------------------------
// Bare ampersands

TEST(XmlCleanupTest, BareAmpersandsAreReportedNotChanged) {
  const std::vector<std::string> bodies = {"AT&T", "a & b", "&",      "&;",   "&#;", "&#x;",
                                           "&#12", "&#xG;", "&#12a;", "x&=y", "&amp"};
  for (const std::string& body : bodies) {
    const Cleaned c = clean(doc(body));
    EXPECT_FALSE(c.changed) << body;
    EXPECT_EQ(codes(c), std::vector<ErrorCode>{ErrorCode::bare_ampersand}) << body;
    EXPECT_EQ(offsets(c), std::vector<std::size_t>{3 + body.find('&')}) << body;
  }
  const Cleaned attribute = clean("<a href=\"https://example.com/?a=1&b=2&amp;c=3\"/>");
  EXPECT_FALSE(attribute.changed);
  EXPECT_EQ(codes(attribute), std::vector<ErrorCode>{ErrorCode::bare_ampersand});
  EXPECT_EQ(offsets(attribute), std::vector<std::size_t>{33});
}

// ---------------------------------------------------------------------------------------------
// Numeric references

TEST(XmlCleanupTest, ReferencesToForbiddenCharactersAreRemoved) {
  const std::vector<std::string> refs = {"&#0;",     "&#1;",       "&#x1F;",           "&#x0B;",
                                         "&#xFFFE;", "&#xffff;",   "&#65534;",         "&#xD800;",
                                         "&#xDFFF;", "&#x110000;", "&#99999999999999;"};
  for (const std::string& ref : refs) {
    const Cleaned c = clean(doc("a" + ref + "b"));
    EXPECT_EQ(c.text, doc("ab")) << ref;
    EXPECT_EQ(codes(c), std::vector<ErrorCode>{ErrorCode::invalid_character}) << ref;
    EXPECT_EQ(offsets(c), std::vector<std::size_t>{4}) << ref;
  }
}

TEST(XmlCleanupTest, ReferencesToAllowedCharactersAreKept) {
  const Cleaned c =
      clean(doc("&#9;&#xA;&#xD;&#32;&#x7F;&#xE000;&#xFFFD;&#x10000;&#x10FFFF;&#X41;&#x00041;"));
  EXPECT_FALSE(c.changed);
  EXPECT_TRUE(c.diagnostics.empty());
}

TEST(XmlCleanupTest, SurrogatePairReferencesAreJoined) {
  const Cleaned hex = clean(doc("a&#xD83D;&#xDE00;b"));
  EXPECT_EQ(hex.text, doc("a&#x1F600;b"));
  EXPECT_EQ(codes(hex), std::vector<ErrorCode>{ErrorCode::invalid_character});
  EXPECT_EQ(offsets(hex), std::vector<std::size_t>{4});
  EXPECT_EQ(pugixml_text(hex.text), "a\U0001F600b");

  const Cleaned dec = clean(doc("&#55357;&#56832;"));
  EXPECT_EQ(dec.text, doc("&#x1F600;"));
  const Cleaned highest = clean(doc("&#xDBFF;&#xDFFF;"));
  EXPECT_EQ(highest.text, doc("&#x10FFFF;"));
}

TEST(XmlCleanupTest, UnpairedSurrogatesAreRemoved) {
  EXPECT_EQ(clean(doc("&#xD83D;x")).text, doc("x"));
  EXPECT_EQ(clean(doc("&#xD83D;&#x41;")).text, doc("&#x41;"));
  EXPECT_EQ(clean(doc("&#xD83D;&#xD83D;&#xDE00;")).text, doc("&#x1F600;"));
  const Cleaned reversed = clean(doc("&#xDE00;&#xD83D;"));
  EXPECT_EQ(reversed.text, doc(""));
  EXPECT_EQ(codes(reversed), std::vector<ErrorCode>(2, ErrorCode::invalid_character));
}

// ---------------------------------------------------------------------------------------------
// Raw characters

TEST(XmlCleanupTest, RawControlBytesAreRemoved) {
  for (int b = 0; b < 0x20; ++b) {
    const std::string in = doc("a"s + static_cast<char>(b) + "b");
    const Cleaned c = clean(in);
    if (b == '\t' || b == '\n' || b == '\r') {
      EXPECT_FALSE(c.changed) << b;
      EXPECT_TRUE(c.diagnostics.empty()) << b;
    } else {
      EXPECT_EQ(c.text, doc("ab")) << b;
      EXPECT_EQ(codes(c), std::vector<ErrorCode>{ErrorCode::invalid_character}) << b;
      EXPECT_EQ(offsets(c), std::vector<std::size_t>{4}) << b;
    }
  }
  const Cleaned del = clean(doc("a\x7Fz"));
  EXPECT_FALSE(del.changed);  // U+007F is allowed
}

TEST(XmlCleanupTest, RawNoncharactersAreRemoved) {
  const Cleaned c = clean(doc("x\xEF\xBF\xBEy\xEF\xBF\xBFz"));
  EXPECT_EQ(c.text, doc("xyz"));
  EXPECT_EQ(codes(c), std::vector<ErrorCode>(2, ErrorCode::invalid_character));
  EXPECT_EQ(offsets(c), (std::vector<std::size_t>{4, 8}));

  // U+FEFF, U+FFFD and U+FFBF share the lead byte and are allowed.
  const Cleaned allowed = clean(doc("\xEF\xBB\xBF\xEF\xBF\xBD\xEF\xBE\xBF\xEF"));
  EXPECT_FALSE(allowed.changed);
  EXPECT_TRUE(allowed.diagnostics.empty());
}

TEST(XmlCleanupTest, RawCharactersInAttributesAreRemoved) {
  const Cleaned c = clean("<r a=\"x\x01y\" b=\"\xEF\xBF\xBE\"/>");
  EXPECT_EQ(c.text, "<r a=\"xy\" b=\"\"/>");
  EXPECT_EQ(codes(c), std::vector<ErrorCode>(2, ErrorCode::invalid_character));
}

// windows-1252's characters for 0x80-0x9F (0: undefined there).
constexpr std::array<char32_t, 32> kCp1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string utf8(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

TEST(XmlCleanupTest, C1ControlsBecomeWindows1252Characters) {
  for (char32_t c1 = 0x80; c1 <= 0x9F; ++c1) {
    const std::string in = doc("a" + utf8(c1) + "b");
    const Cleaned c = clean(in);
    const char32_t meant = kCp1252[c1 - 0x80];
    if (meant == 0) {
      EXPECT_FALSE(c.changed) << std::hex << static_cast<unsigned>(c1);
      EXPECT_TRUE(c.diagnostics.empty()) << std::hex << static_cast<unsigned>(c1);
    } else {
      EXPECT_EQ(c.text, doc("a" + utf8(meant) + "b")) << std::hex << static_cast<unsigned>(c1);
      ASSERT_EQ(codes(c), std::vector<ErrorCode>{ErrorCode::misencoded_character});
      EXPECT_EQ(c.diagnostics[0].severity, Severity::warning);
      EXPECT_EQ(offsets(c), std::vector<std::size_t>{4});
    }
  }
  // Other two-byte characters with the same lead byte are not C1 controls.
  const Cleaned nbsp = clean(doc("\xC2\xA0\xC2\xA9\xC2\xBF"));
  EXPECT_FALSE(nbsp.changed);
}

// ---------------------------------------------------------------------------------------------
// CDATA, comments, processing instructions

TEST(XmlCleanupTest, CdataIsLeftAloneButForForbiddenCharacters) {
  const std::string untouched = doc("<![CDATA[&nbsp; & AT&T &#0; &bogus; <b>]]>");
  const Cleaned c = clean(untouched);
  EXPECT_FALSE(c.changed);
  EXPECT_TRUE(c.diagnostics.empty());

  const Cleaned chars = clean(doc("<![CDATA[p\x01q\xC2\x96r\xEF\xBF\xBEs&nbsp;]]>"));
  EXPECT_EQ(chars.text, doc("<![CDATA[pq\u2013rs&nbsp;]]>"));
  EXPECT_EQ(codes(chars),
            (std::vector<ErrorCode>{ErrorCode::invalid_character, ErrorCode::misencoded_character,
                                    ErrorCode::invalid_character}));
}

TEST(XmlCleanupTest, ReferencesAfterCdataAreRepairedAgain) {
  const Cleaned c = clean(doc("<![CDATA[&nbsp;]]>&nbsp;"));
  EXPECT_EQ(c.text, doc("<![CDATA[&nbsp;]]>&#xA0;"));
  EXPECT_EQ(offsets(c), std::vector<std::size_t>{21});
}

// Comments and PIs hold no references. Their characters are mended as in text, without a word
// (the parser drops comments and PIs; a repair may yet make an unterminated one text, which
// must then read as any text does).
TEST(XmlCleanupTest, CommentsAndProcessingInstructionsLoseOnlyForbiddenCharacters) {
  const std::string in =
      doc("<!-- &nbsp; & \x01 \xC2\x96 &#0; \xEF\xBF\xBE -->"
          "<?pi &nbsp; & \x01 \xC2\x96 &#0;?>");
  const Cleaned c = clean(in);
  EXPECT_EQ(c.text, doc("<!-- &nbsp; &  \u2013 &#0;  -->"
                        "<?pi &nbsp; &  \u2013 &#0;?>"));
  EXPECT_TRUE(c.diagnostics.empty());
  const Cleaned prolog =
      clean("<?xml version=\"1.0\"?><!-- &nbsp; \x01 --><?pi & ?>\n<r>&nbsp;</r>");
  EXPECT_EQ(prolog.text, "<?xml version=\"1.0\"?><!-- &nbsp;  --><?pi & ?>\n<r>&#xA0;</r>");
  EXPECT_EQ(codes(prolog), std::vector<ErrorCode>{ErrorCode::undefined_entity});
  const Cleaned unterminated = clean("<r><?pi \x02 </r>");
  EXPECT_EQ(unterminated.text, "<r><?pi  </r>");
}

// ---------------------------------------------------------------------------------------------
// The prolog

TEST(XmlCleanupTest, JunkBeforeTheRootIsReported) {
  const Cleaned junk = clean("Warning: oops\n<?xml version=\"1.0\"?><r/>");
  EXPECT_FALSE(junk.changed);
  ASSERT_EQ(codes(junk),
            (std::vector<ErrorCode>{ErrorCode::junk_before_root, ErrorCode::xml_syntax}));
  EXPECT_EQ(offsets(junk), (std::vector<std::size_t>{0, 14}));
  EXPECT_EQ(junk.diagnostics[0].severity, Severity::error);

  const Cleaned after = clean("<?xml version=\"1.0\"?>\n  junk <!-- c --> more\n<r/>");
  EXPECT_EQ(codes(after), std::vector<ErrorCode>(2, ErrorCode::junk_before_root));
  EXPECT_EQ(offsets(after), (std::vector<std::size_t>{24, 40}));

  // What a repair may keep as text loses the characters XML forbids, as any text does.
  const Cleaned control = clean("\x10junk\x01<r/>");
  EXPECT_EQ(control.text, "junk<r/>");
  EXPECT_EQ(codes(control), std::vector<ErrorCode>{ErrorCode::junk_before_root});
}

TEST(XmlCleanupTest, PrologWithoutJunkIsClean) {
  const Cleaned c = clean(
      "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"a.xsl\"?>\n<!-- note -->\n"
      "<!DOCTYPE rss [\n<!ENTITY a \"x>y\">\n<!ENTITY b 'z]>'>\n]>\n\t<r/>");
  EXPECT_FALSE(c.changed);
  EXPECT_TRUE(c.diagnostics.empty());
}

struct DeclarationCase {
  std::string in;
  std::size_t offset;  // of the misplaced declaration
};

TEST(XmlCleanupTest, MisplacedXmlDeclarationIsReported) {
  const std::vector<DeclarationCase> cases = {
      {" <?xml version=\"1.0\"?><r/>", 1},
      {"\n<?xml version=\"1.0\"?><r/>", 1},
      {"<!-- c --><?xml version=\"1.0\"?><r/>", 10},
      {"<r><?xml version=\"1.0\"?></r>", 3},
      {"<r/><?XML version=\"1.0\"?>", 4},
      {R"(<?xml version="1.0"?><r/><?xml version="1.0"?>)", 25},
  };
  for (const DeclarationCase& c : cases) {
    const Cleaned r = clean(c.in);
    EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::xml_syntax}) << c.in;
    EXPECT_EQ(offsets(r), std::vector<std::size_t>{c.offset}) << c.in;
  }
  EXPECT_TRUE(clean("<?xml version=\"1.0\"?><r/>").diagnostics.empty());
  EXPECT_TRUE(clean("<r><?xml-stylesheet href=\"a\"?><?xmlfoo?></r>").diagnostics.empty());
}

// ---------------------------------------------------------------------------------------------
// Offsets and copies

TEST(XmlCleanupTest, OffsetMapLeadsBackToTheInput) {
  const std::string in =
      "<r>J&eacute;K\x01\x02L&#0;M&#xD83D;&#xDE00;P\xC2\x96Q&NotEqualTilde;R\xEF\xBF\xBES&lt;U</r>";
  const Cleaned c = clean(in);
  ASSERT_TRUE(c.changed);
  // Markers that no reference's name or replacement holds.
  for (const char letter : std::string("JKLMPQRSU")) {
    const std::size_t in_text = c.text.find(letter);
    ASSERT_NE(in_text, std::string::npos) << letter;
    EXPECT_EQ(c.map.original(in_text), in.find(letter)) << letter;
  }
  for (std::size_t i = 0; i <= 4; ++i) EXPECT_EQ(c.map.original(i), i);
  EXPECT_EQ(c.map.original(c.text.size()), in.size());
  EXPECT_EQ(c.map.original(c.text.find("</r>")), in.find("</r>"));
}

TEST(XmlCleanupTest, OffsetMapAlone) {
  OffsetMap map;
  EXPECT_EQ(map.original(7), 7u);
  map.add(5, 5);    // an edit at 5 ...
  map.add(5, 8);    // ... removed three bytes
  map.add(10, 13);  // an edit at 10 (13 in the input) ...
  map.add(16, 21);  // ... made 8 bytes 6
  EXPECT_EQ(map.original(0), 0u);
  EXPECT_EQ(map.original(4), 4u);
  EXPECT_EQ(map.original(5), 8u);
  EXPECT_EQ(map.original(9), 12u);
  EXPECT_EQ(map.original(10), 13u);
  EXPECT_EQ(map.original(16), 21u);
  EXPECT_EQ(map.original(20), 25u);
}

TEST(XmlCleanupTest, CleanDocumentIsNotCopied) {
  const std::string in =
      "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Caf\xC3\xA9 &amp; "
      "&#xE9; \xE2\x80\x99</title><description><![CDATA[<b>x</b>]]></description></channel></rss>";
  DiagnosticLog log(false);
  const CleanupResult r = cleanup_xml(in, log);
  EXPECT_FALSE(r.changed);
  EXPECT_TRUE(r.text.empty());
  EXPECT_EQ(r.map.original(10), 10u);
  EXPECT_TRUE(log.finish(in).empty());

  // Findings that need no change make no copy either.
  const Cleaned reported = clean("junk<r>AT&T &bogus;</r>");
  EXPECT_FALSE(reported.changed);
  EXPECT_EQ(reported.diagnostics.size(), 3u);
}

bool may_repeat(std::string_view in) {
  DiagnosticLog log(false);
  return cleanup_xml(in, log).may_repeat_attributes;
}

TEST(XmlCleanupTest, TagsThatMayRepeatAnAttributeAreNoted) {
  // Plain tags with distinct attributes, or none: the tree need not be searched.
  EXPECT_FALSE(may_repeat("<r><a/><b x='1'/><c x=\"1\" y='2' z = \"3\"></c></r>"));
  EXPECT_FALSE(may_repeat("<r a=\"x>y\" b='\"a\"' c=\"'\"/>"));      // quotes and '>' in values
  EXPECT_FALSE(may_repeat("<r xmlns:a=\"u\" a:x=\"1\" x=\"2\"/>"));  // names, not namespaces
  EXPECT_FALSE(may_repeat("<r><![CDATA[<a x='1' x='2'>]]><!-- <b y='1' y='1'> --></r>"));
  EXPECT_FALSE(may_repeat("<r>&lt;a x='1' x='2'&gt;</r>"));
  // A repeat, in any tag, with either quote.
  EXPECT_TRUE(may_repeat("<r x=\"1\" x=\"2\"/>"));
  EXPECT_TRUE(may_repeat("<r><a/><b y='1' x='2' y='3'/></r>"));
  EXPECT_TRUE(may_repeat("<r>text<b y='1' x='2'/><c><d q='\"' q=\"'\"/></c></r>"));
  // What cannot be read plainly is looked into.
  EXPECT_TRUE(may_repeat("<r x=1 y=2/>"));              // unquoted
  EXPECT_TRUE(may_repeat("<r x=\"1"));                  // cut short
  EXPECT_TRUE(may_repeat("<r x/>"));                    // no value
  EXPECT_TRUE(may_repeat("<r a\x01=\"1\" a=\"2\"/>"));  // a control the clean-up removes
  EXPECT_TRUE(may_repeat("<r \xC3\xA9=\"1\"/>"));       // a name beyond ASCII
  std::string many = "<r";
  for (int i = 0; i < 17; ++i) many += " a" + std::to_string(i) + "=\"\"";
  EXPECT_TRUE(may_repeat(many + "/>"));
}

TEST(XmlCleanupTest, EmptyAndTruncatedInputs) {
  for (const std::string& in : {""s, "<"s, "&"s, "<r>&"s, "<r>&#"s, "<r>&#x"s, "<r>&#xD83D;&"s,
                                "<r>&#xD83D;&#"s, "<r>\xC2"s, "<r>\xEF\xBF"s, "<![CDATA["s,
                                "<r><![CDATA[\x01"s, "<!--"s, "<?xml"s, "<!DOCTYPE [ '"s}) {
    const Cleaned c = clean(in);
    EXPECT_LE(c.text.size(), in.size() + 16) << testing::PrintToString(in);
  }
}

// ---------------------------------------------------------------------------------------------
// html_entity()

TEST(HtmlEntityTest, LooksUpNames) {
  EXPECT_EQ(html_entity("amp"), "&");
  EXPECT_EQ(html_entity("nbsp"), "\xC2\xA0");
  EXPECT_EQ(html_entity("Eacute"), "\u00c9");
  EXPECT_EQ(html_entity("eacute"), "\u00e9");
  EXPECT_EQ(html_entity("rsquo"), "\u2019");
  EXPECT_EQ(html_entity("LT"), "<");
  EXPECT_EQ(html_entity("NotEqualTilde"), "\u2242\u0338");
  EXPECT_EQ(html_entity("AElig"), "\u00c6");  // first in the table
  EXPECT_EQ(html_entity("zwnj"), "\u200c");   // last in the table
  // The longest name and the longest replacement fill the table's fixed arrays.
  EXPECT_EQ(html_entity("CounterClockwiseContourIntegral"), "\u2233");
  EXPECT_EQ(html_entity("ThickSpace"), "\u205f\u200a");
  EXPECT_FALSE(html_entity("CounterClockwiseContourIntegralX").has_value());
}

TEST(HtmlEntityTest, UnknownNamesHaveNoValue) {
  EXPECT_FALSE(html_entity("bogus").has_value());
  EXPECT_FALSE(html_entity("").has_value());
  EXPECT_FALSE(html_entity("NBSP").has_value());   // case matters
  EXPECT_FALSE(html_entity("nbsp;").has_value());  // the name, without ';'
  EXPECT_FALSE(html_entity("nbs").has_value());
  EXPECT_FALSE(html_entity("nbspx").has_value());
  EXPECT_FALSE(html_entity("zzzz").has_value());
  EXPECT_FALSE(html_entity("A").has_value());
}

}  // namespace
}  // namespace feedpp::detail

namespace feedpp::detail {
namespace {

// &#150; is windows-1252's en dash referenced by its byte: read as windows-1252 says.
TEST(XmlCleanupTest, ReferencesToC1ControlsAreReadAsWindows1252) {
  DiagnosticLog log(false);
  const CleanupResult r = cleanup_xml("<a>1&#150;2 &#x92; &#129;</a>", log);
  ASSERT_TRUE(r.changed);
  EXPECT_EQ(r.text, "<a>1&#x2013;2 &#x2019; &#129;</a>");  // 0x81 has no windows-1252 meaning
  EXPECT_TRUE(log.has(ErrorCode::misencoded_character));
}

}  // namespace
}  // namespace feedpp::detail
