// SPDX-License-Identifier: MIT
#include "base/xml_escape.hpp"

#include <gtest/gtest.h>
#include <feedpp/parse.hpp>

#include <string>
#include <utility>
#include <vector>

#include "base/utf8.hpp"

namespace feedpp::detail {
namespace {

std::string escaped(std::string_view in, EscapeMode mode = EscapeMode::text) {
  std::string out;
  append_escaped(out, in, mode);
  return out;
}

std::string ncname(std::string_view in) {
  std::string out;
  append_ncname(out, in);
  return out;
}

TEST(XmlEscapeTest, EscapesMarkupInText) {
  EXPECT_EQ(escaped("a < b && c > d"), "a &lt; b &amp;&amp; c &gt; d");
  EXPECT_EQ(escaped("\"quoted\" 'single'"), "\"quoted\" 'single'");
  EXPECT_EQ(escaped("tab\tand\nnewline"), "tab\tand\nnewline");
  EXPECT_EQ(escaped("cr\r\n"), "cr&#13;\n");  // a raw CR would read back as LF
  EXPECT_EQ(escaped("&amp;"), "&amp;amp;");   // text is text: entities are escaped again
}

TEST(XmlEscapeTest, EscapesQuotesAndWhitespaceInAttributes) {
  EXPECT_EQ(escaped("a\"b<c>&", EscapeMode::attribute), "a&quot;b&lt;c&gt;&amp;");
  EXPECT_EQ(escaped("t\tn\nr\r", EscapeMode::attribute), "t&#9;n&#10;r&#13;");
}

TEST(XmlEscapeTest, CdataSplitsTheEndMarker) {
  EXPECT_EQ(escaped("<p>x</p> & y", EscapeMode::cdata), "<p>x</p> & y");
  EXPECT_EQ(escaped("a]]>b", EscapeMode::cdata), "a]]]]><![CDATA[>b");
  EXPECT_EQ(escaped("]]]>", EscapeMode::cdata), "]]]]]><![CDATA[>");
  EXPECT_EQ(escaped("]]>]]>", EscapeMode::cdata), "]]]]><![CDATA[>]]]]><![CDATA[>");
  EXPECT_EQ(escaped("]]", EscapeMode::cdata), "]]");
  EXPECT_EQ(escaped("a\rb", EscapeMode::cdata), "a]]>&#13;<![CDATA[b");
  // A control character dropped between the brackets must not leave a "]]>" behind.
  EXPECT_EQ(escaped("]\x01]>", EscapeMode::cdata), "]]]]><![CDATA[>");
  EXPECT_EQ(escaped("a]\x02]\x03>b", EscapeMode::cdata), "a]]]]><![CDATA[>b");
}

TEST(XmlEscapeTest, DropsCharactersXmlForbids) {
  std::string controls;
  for (char c = 1; c < 0x20; ++c) controls.push_back(c);
  EXPECT_EQ(escaped(controls), "\t\n&#13;");
  EXPECT_EQ(escaped(std::string("a\0b", 3)), "ab");
  EXPECT_EQ(escaped("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "xyz");  // U+FFFE, U+FFFF
  EXPECT_EQ(escaped("\x7F\xC2\x81"), "\x7F\xC2\x81");        // DEL and U+0081 are allowed in 1.0
}

// A C1 control reads as what windows-1252 means by it (the parser's rule), so it is written so:
// what is written reads back the same. The five windows-1252 leaves undefined stay.
TEST(XmlEscapeTest, WritesC1ControlsAsWindows1252ReadsThem) {
  EXPECT_EQ(escaped("don\xC2\x92t"), "don\xE2\x80\x99t");  // U+0092: U+2019
  EXPECT_EQ(escaped("\xC2\x85"), "\xE2\x80\xA6");          // NEL: the ellipsis
  EXPECT_EQ(escaped("\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D"),
            "\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D");
  EXPECT_EQ(parse("<rss version=\"2.0\"><channel><title>" +
                  escaped("a\xC2\x96"
                          "b") +
                  "</title></channel></rss>")
                .feed.channel.title.value,
            "a\xE2\x80\x93"
            "b");
}

TEST(XmlEscapeTest, ReplacesInvalidUtf8ByMaximalSubparts) {
  const std::string r(kReplacementUtf8);
  EXPECT_EQ(escaped("caf\xC3\xA9"), "caf\xC3\xA9");  // valid
  EXPECT_EQ(escaped("caf\xE9"), "caf" + r);          // Latin-1 byte
  EXPECT_EQ(escaped("\xC0\xAF"), r + r);             // overlong: two subparts
  EXPECT_EQ(escaped("\xED\xA0\x80"), r + r + r);     // a surrogate, encoded
  EXPECT_EQ(escaped("\xE2\x82"), r);                 // truncated: one subpart
  EXPECT_EQ(escaped("\xE2\x82x"), r + "x");
  EXPECT_EQ(escaped("\xF4\x90\x80\x80"), r + r + r + r);          // above U+10FFFF
  EXPECT_EQ(escaped("\xF0\x9F\x98\x80"), "\xF0\x9F\x98\x80");     // U+1F600
  EXPECT_EQ(escaped("\x80\xBF"), r + r);                          // stray continuation bytes
  EXPECT_EQ(escaped("\xF8\x88\x80\x80\x80"), r + r + r + r + r);  // 5-byte form
}

// A long text is checked for UTF-8 at once, and its characters then copied in runs but for C1
// controls and U+FFFE/U+FFFF: the same output as character by character, wherever the
// characters fall in the 16-byte blocks and the tail.
TEST(XmlEscapeTest, LongTextsAreWrittenAsShortOnes) {
  const std::string r(kReplacementUtf8);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"caf\xC3\xA9 <b> & \xE6\x97\xA5\xE6\x9C\xAC",
       "caf\xC3\xA9 &lt;b&gt; &amp; \xE6\x97\xA5\xE6\x9C\xAC"},
      {"don\xC2\x92t \xC2\x85", "don\xE2\x80\x99t \xE2\x80\xA6"},
      {"\xC2\x81\xC2\xA0\xC2\x9D", "\xC2\x81\xC2\xA0\xC2\x9D"},
      {"x\xEF\xBF\xBEy\xEF\xBF\xBFz\xEF\xBC\x81", "xyz\xEF\xBC\x81"},
      {"\xF0\x9F\x98\x80\x01\r", "\xF0\x9F\x98\x80&#13;"},
      {"caf\xE9", "caf" + r},  // not UTF-8: read character by character
  };
  for (std::size_t pad = 0; pad < 40; ++pad) {
    // Three-byte characters, so that the characters of a case start at every place of a block.
    std::string before;
    for (std::size_t i = 0; i < 22; ++i) before += "\xE2\x82\xAC";  // the euro sign
    before += std::string(pad, 'a');
    const std::string after(pad % 7, 'b');
    // ASCII first: the text is checked from its first non-ASCII byte on, if at all.
    const std::string ascii = std::string(70 + pad, 'a') + "<&>";
    const std::string ascii_escaped = std::string(70 + pad, 'a') + "&lt;&amp;&gt;";
    for (const auto& [in, want] : cases) {
      SCOPED_TRACE(std::to_string(pad) + ": " + in);
      EXPECT_EQ(escaped(before + in + after), before + want + after);
      EXPECT_EQ(escaped(before + in + before), before + want + before);
      EXPECT_EQ(escaped(ascii + in + before), ascii_escaped + want + before);
      EXPECT_EQ(escaped(ascii + in + after), ascii_escaped + want + after);
    }
  }
}

// In markup, the bytes to escape come a few apart, several to a 16-byte block: each is written as
// it is alone, in every mode and at every place in a block, between characters copied as they
// are and characters that are looked at. (No "]]>" forms, so CDATA writes each byte alone too.)
TEST(XmlEscapeTest, DenseMarkupIsWrittenAsEachByteAlone) {
  for (const EscapeMode mode :
       {EscapeMode::text, EscapeMode::attribute, EscapeMode::repair, EscapeMode::cdata}) {
    for (std::size_t pad = 0; pad < 17; ++pad) {
      std::string in(pad, 'a');
      std::string want(pad, 'a');
      for (int b = 0; b < 0x80; ++b) {
        const std::string byte(1, static_cast<char>(b));
        // é is copied with its run; © (C2 A9) is looked at, as a C1 control's lead byte is.
        const std::string more = b % 7 == 0 ? "\xC3\xA9" : b % 23 == 5 ? "\xC2\xA9" : "q";
        in += byte + more;
        want += escaped(byte, mode) + more;
      }
      SCOPED_TRACE(std::to_string(pad) + " in mode " + std::to_string(static_cast<int>(mode)));
      EXPECT_EQ(escaped(in, mode), want);
    }
  }
}

TEST(XmlEscapeTest, DecodeUtf8ReportsLengths) {
  const auto decode = [](std::string_view s, std::size_t& len) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    return decode_utf8(p, p + s.size(), len);
  };
  std::size_t len = 0;
  EXPECT_EQ(decode("A", len), U'A');
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(decode("\xC3\xA9", len), U'\u00E9');
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(decode("\xE2\x82\xAC", len), U'\u20AC');
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(decode("\xF0\x9F\x98\x80", len), U'\U0001F600');
  EXPECT_EQ(len, 4u);
  EXPECT_EQ(decode("\xF0\x9F\x98", len), kBadUtf8);
  EXPECT_EQ(len, 3u);
  std::string out;
  append_utf8(out, U'\U0001F600');
  append_utf8(out, U'\u20AC');
  append_utf8(out, U'\u00E9');
  EXPECT_EQ(out, "\xF0\x9F\x98\x80\xE2\x82\xAC\xC3\xA9");
}

TEST(XmlEscapeTest, NamesAreRepaired) {
  EXPECT_TRUE(is_ncname("item"));
  EXPECT_TRUE(is_ncname("_x-1.2"));
  EXPECT_TRUE(is_ncname("\xC3\xA9l\xC3\xA9ment"));
  EXPECT_FALSE(is_ncname(""));
  EXPECT_FALSE(is_ncname("a:b"));
  EXPECT_FALSE(is_ncname("1st"));
  EXPECT_FALSE(is_ncname("a b"));
  EXPECT_EQ(ncname("item"), "item");
  EXPECT_EQ(ncname(""), "_");
  EXPECT_EQ(ncname("a b<c>"), "a_b_c_");
  EXPECT_EQ(ncname("1st"), "_1st");
  EXPECT_EQ(ncname("-x"), "_-x");
  EXPECT_EQ(ncname("a:b"), "a_b");
  EXPECT_EQ(ncname("bad\xFFname"), "bad_name");
  EXPECT_TRUE(is_ncname(ncname("\x01\x02 \xC0")));
}

}  // namespace
}  // namespace feedpp::detail
