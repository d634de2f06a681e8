// SPDX-License-Identifier: MIT
#include "input/encoding.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "base/utf8.hpp"
#include "test_util.hpp"

namespace feedpp::detail {
namespace {

using test::read_data;

// The documents under tests/data/encodings, as UTF-8: an RSS shell around `title`.
// NOLINTNEXTLINE(bugprone-easily-swappable-parameters)
std::string rss(std::string_view declared, std::string_view title) {
  std::string out;
  if (!declared.empty()) {
    out += R"(<?xml version="1.0" encoding=")" + std::string(declared) + "\"?>\n";
  }
  return out + "<rss version=\"2.0\"><channel><title>" + std::string(title) +
         "</title></channel></rss>\n";
}

// é, a snowman (3 bytes) and a musical symbol outside the BMP (a surrogate pair in UTF-16).
constexpr std::string_view kTitle = "caf\u00e9 \u2603 \U0001D11E";

struct Result {
  std::string text;
  std::string encoding;
  std::vector<ErrorCode> codes;
  DecodedDocument doc;
};

Result decode(std::string_view input, std::string_view content_type = "",
              std::string_view default_encoding = "") {
  Result r;
  r.doc = decode_document(input, content_type, default_encoding);
  r.text = std::string(r.doc.text(input));
  r.encoding = r.doc.encoding;
  for (const EncodingIssue& issue : r.doc.issues) r.codes.push_back(issue.code);
  return r;
}

Result decode_file(std::string_view name, std::string_view content_type = "") {
  return decode(read_data("encodings/" + std::string(name)), content_type);
}

using Codes = std::vector<ErrorCode>;
constexpr ErrorCode kOverride = ErrorCode::encoding_override;
constexpr ErrorCode kUnknown = ErrorCode::encoding_unknown;
constexpr ErrorCode kNonXml = ErrorCode::non_xml_content_type;
constexpr ErrorCode kInvalid = ErrorCode::invalid_bytes;

bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = p + s.size();
  while (p < end) {
    std::size_t len = 0;
    if (decode_utf8(p, end, len) == kBadUtf8) return false;
    p += len;
  }
  return true;
}

TEST(EncodingTest, Utf8WithoutBomIsBorrowed) {
  const std::string input = read_data("encodings/utf-8.xml");
  const Result r = decode(input);
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_TRUE(r.doc.borrowed);
  EXPECT_EQ(r.doc.skip, 0u);
  EXPECT_TRUE(r.doc.owned.empty());
  EXPECT_EQ(r.text, rss("utf-8", kTitle));
  EXPECT_EQ(r.doc.text(input).data(), input.data());  // no copy
}

TEST(EncodingTest, Utf8BomIsSkippedWithoutCopy) {
  const std::string input = read_data("encodings/utf-8-bom.xml");
  const Result r = decode(input);
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_TRUE(r.doc.borrowed);
  EXPECT_EQ(r.doc.skip, 3u);
  EXPECT_EQ(r.text, rss("utf-8", kTitle));
  EXPECT_EQ(r.doc.text(input).data(), input.data() + 3);
}

TEST(EncodingTest, Utf16AndUtf32EachByteOrderWithAndWithoutBom) {
  struct Case {
    const char* file;
    const char* encoding;
    const char* declared;
  };
  const std::vector<Case> cases = {
      {"utf-16le-bom.xml", "utf-16le", "utf-16"}, {"utf-16be-bom.xml", "utf-16be", "utf-16"},
      {"utf-16le.xml", "utf-16le", "utf-16"},     {"utf-16be.xml", "utf-16be", "utf-16"},
      {"utf-32le-bom.xml", "utf-32le", "utf-32"}, {"utf-32be-bom.xml", "utf-32be", "utf-32"},
      {"utf-32le.xml", "utf-32le", "utf-32"},     {"utf-32be.xml", "utf-32be", "utf-32"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.file);
    const Result r = decode_file(c.file);
    EXPECT_EQ(r.encoding, c.encoding);
    EXPECT_EQ(r.codes, Codes{});
    EXPECT_FALSE(r.doc.borrowed);
    EXPECT_EQ(r.text, rss(c.declared, kTitle));  // the BOM is not part of the text
  }
}

TEST(EncodingTest, Utf16WithoutBomOrDeclarationIsRecognisedByItsFirstCharacters) {
  const Result r = decode_file("utf-16le-no-declaration.xml");
  EXPECT_EQ(r.encoding, "utf-16le");
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_EQ(r.text, rss("", kTitle));
}

TEST(EncodingTest, DeclaredIso88591) {
  const Result r = decode_file("iso-8859-1.xml");
  EXPECT_EQ(r.encoding, "iso-8859-1");
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_FALSE(r.doc.borrowed);
  EXPECT_EQ(r.text, rss("iso-8859-1", "caf\u00e9 \u00a35 \u00bd"));
}

TEST(EncodingTest, DeclaredWindows1252MapsTheC1Range) {
  const Result r = decode_file("windows-1252.xml");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_EQ(r.codes, Codes{});
  // 0x93 0x94 are curly quotes, 0xA3 the pound sign, 0x80 the euro sign.
  EXPECT_EQ(r.text, rss("windows-1252", "\u201cquoted\u201d \u00a35 \u20ac"));
}

TEST(EncodingTest, Gb2312IsReadAsGb18030) {
  const Result r = decode_file("gb2312.xml");
  EXPECT_EQ(r.encoding, "gb18030");
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_EQ(r.text, rss("gb2312", "\u4e2d\u6587"));
}

TEST(EncodingTest, Big5AndKoi8rThroughIconv) {
  Result r = decode_file("big5.xml");
  EXPECT_EQ(r.encoding, "big5");
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_EQ(r.text, rss("big5", "\u4e2d\u6587"));

  r = decode_file("koi8-r.xml");
  EXPECT_EQ(r.encoding, "koi8-r");  // declared as KOI8-R: reported in lower case
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_EQ(r.text, rss("KOI8-R", "\u041f\u0440\u0438\u0432\u0435\u0442"));
}

TEST(EncodingTest, IconvIsStrict) {
  // 0xFE starts no Big5 character; windows-1252 reads it as a thorn.
  const Result r = decode("<?xml version='1.0' encoding='big5'?><a>\xFE</a>");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_EQ(r.codes, Codes{kOverride});
  EXPECT_EQ(r.text, "<?xml version='1.0' encoding='big5'?><a>\u00fe</a>");
  EXPECT_EQ(r.doc.issues[0].message, "document declared as big5, but parsed as windows-1252");
}

TEST(EncodingTest, CharsetNamesAreNormalised) {
  struct Case {
    const char* declared;
    const char* encoding;
  };
  const std::vector<Case> cases = {
      {"utf8", "utf-8"},
      {"UTF-8", "utf-8"},
      {"latin1", "iso-8859-1"},
      {"latin-1", "iso-8859-1"},
      {"iso_8859-1", "iso-8859-1"},
      {"iso8859-1", "iso-8859-1"},
      {"ISO-8859-1", "iso-8859-1"},
      {"l1", "iso-8859-1"},
      {"ascii", "us-ascii"},
      {"US-ASCII", "us-ascii"},
      {"ANSI_X3.4-1968", "us-ascii"},
      {"cp1252", "windows-1252"},
      {"x-cp1252", "windows-1252"},
      {"Windows-1252", "windows-1252"},
      {"sjis", "shift_jis"},
      {"Shift_JIS", "shift_jis"},
      {"shift-jis", "shift_jis"},
      {"x-sjis", "shift_jis"},
      {"ms_kanji", "shift_jis"},
      {"EUC-JP", "euc-jp"},
      {"euc-kr", "euc-kr"},
      {"Big5", "big5"},
      {"GB2312", "gb18030"},
      {"koi8-u", "koi8-u"},
      {"iso-8859-2", "iso-8859-2"},
      {"latin2", "iso-8859-2"},
      {"ISO-8859-15", "iso-8859-15"},
      {"iso-8859-16", "iso-8859-16"},
      {"windows-1250", "windows-1250"},
      {"cp1251", "windows-1251"},
      {"windows-1258", "windows-1258"},
      {"TIS-620", "tis-620"},
      {"macintosh", "mac-roman"},
      {"mac-roman", "mac-roman"},
      {"CP850", "cp850"},  // not in our table: iconv knows it
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.declared);
    const Result r = decode(R"(<?xml version="1.0" encoding=")" + std::string(c.declared) +
                            R"("?><a>plain ASCII</a>)");
    EXPECT_EQ(r.encoding, c.encoding);
    EXPECT_EQ(r.codes, Codes{});
  }
}

TEST(EncodingTest, DeclarationMayFollowWhitespaceAndJunk) {
  Result r = decode("\r\n  <?xml version='1.0' encoding='iso-8859-1'?><a>\xE9</a>");
  EXPECT_EQ(r.encoding, "iso-8859-1");
  EXPECT_EQ(r.codes, Codes{});

  r = decode(
      "<b>Warning</b>: headers already sent\n<?xml version=\"1.0\" encoding = \"latin1\" ?>"
      "<a>\xE9</a>");
  EXPECT_EQ(r.encoding, "iso-8859-1");
  EXPECT_EQ(r.codes, Codes{});

  // Past the first KiB a declaration is no longer looked for: utf-8, then windows-1252.
  r = decode(std::string(1500, ' ') + "<?xml version='1.0' encoding='iso-8859-1'?><a>\xE9</a>");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_EQ(r.codes, Codes{kOverride});

  // Another processing instruction is not the declaration.
  r = decode("<?xml-stylesheet encoding='iso-8859-1'?><a>\xE9</a>");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_EQ(r.codes, Codes{kOverride});
}

TEST(EncodingTest, ApplicationXmlUsesHttpCharsetThenDeclarationThenUtf8) {
  Result r = decode_file("iso-8859-1.xml", "application/xml");
  EXPECT_EQ(r.encoding, "iso-8859-1");
  EXPECT_EQ(r.codes, Codes{});

  r = decode_file("utf-8-no-declaration.xml", "application/xml");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_TRUE(r.doc.borrowed);

  r = decode_file("ascii.xml", "application/xml-dtd; charset=windows-1252");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_EQ(r.codes, Codes{});
}

TEST(EncodingTest, HttpCharsetOverridesTheDeclaration) {
  Result r = decode_file("declared-latin1-is-utf-8.xml", "application/xml; charset=utf-8");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_EQ(r.text, rss("iso-8859-1", "caf\u00e9"));

  // Without HTTP the declaration is believed, since every byte is valid ISO-8859-1.
  r = decode_file("declared-latin1-is-utf-8.xml");
  EXPECT_EQ(r.encoding, "iso-8859-1");
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_EQ(r.text, rss("iso-8859-1", "caf\u00c3\u00a9"));
}

TEST(EncodingTest, TextXmlWithoutCharsetIsUsAscii) {
  Result r = decode_file("ascii-declared-latin1.xml", "text/xml");
  EXPECT_EQ(r.encoding, "us-ascii");  // whatever the declaration says
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_TRUE(r.doc.borrowed);

  // The bytes are not ASCII: the declaration is the next candidate.
  r = decode_file("iso-8859-1.xml", "text/xml");
  EXPECT_EQ(r.encoding, "iso-8859-1");
  EXPECT_EQ(r.codes, Codes{kOverride});
  EXPECT_EQ(r.doc.issues[0].message,
            "a text/ media type without a charset means us-ascii, which the document is not: "
            "parsed as iso-8859-1");
}

TEST(EncodingTest, TextXmlOnNonAsciiUtf8IsUtf8WithOverride) {
  const Result r = decode_file("utf-8-no-declaration.xml", "text/xml");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{kOverride});
  EXPECT_TRUE(r.doc.borrowed);
  EXPECT_EQ(r.text, rss("", kTitle));
}

TEST(EncodingTest, TextPlainIsNotXml) {
  Result r = decode_file("ascii.xml", "text/plain");
  EXPECT_EQ(r.encoding, "us-ascii");
  EXPECT_EQ(r.codes, Codes{kNonXml});
  EXPECT_EQ(r.doc.issues[0].message, "Content-Type \"text/plain\" is not an XML media type");

  r = decode_file("iso-8859-1.xml", "text/html; charset=iso-8859-1");
  EXPECT_EQ(r.encoding, "iso-8859-1");
  EXPECT_EQ(r.codes, Codes{kNonXml});
}

TEST(EncodingTest, OtherMediaTypesUseTheDeclaration) {
  // The charset of a non-XML, non-text type is ignored, as feedparser does.
  Result r = decode_file("iso-8859-1.xml", "application/octet-stream; charset=windows-1252");
  EXPECT_EQ(r.encoding, "iso-8859-1");
  EXPECT_EQ(r.codes, Codes{kNonXml});

  r = decode_file("utf-8-no-declaration.xml", "application/json");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{kNonXml});
}

TEST(EncodingTest, CharsetParameterSpellings) {
  const std::vector<const char*> types = {
      "text/xml; charset='iso-8859-1'",   "text/xml; charset= \"iso-8859-1\"",
      "text/xml; charset = iso-8859-1",   "text/xml;charset=ISO-8859-1",
      "text/xml; qs=0.9; charset=latin1", "Text/XML; Charset=\"latin-1\"; format=flowed",
  };
  for (const char* type : types) {
    SCOPED_TRACE(type);
    const Result r = decode_file("iso-8859-1.xml", type);
    EXPECT_EQ(r.encoding, "iso-8859-1");
    EXPECT_EQ(r.codes, Codes{});
  }
}

TEST(EncodingTest, PlusXmlMediaTypes) {
  Result r = decode_file("iso-8859-1.xml", "application/atom+xml");
  EXPECT_EQ(r.encoding, "iso-8859-1");
  EXPECT_EQ(r.codes, Codes{});

  r = decode_file("utf-8.xml", "application/rss+xml; charset=utf-8");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{});

  r = decode_file("ascii.xml", "text/rss+xml");
  EXPECT_EQ(r.encoding, "us-ascii");
  EXPECT_EQ(r.codes, Codes{});

  r = decode_file("utf-8.xml", "text/rss+xml");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{kOverride});
}

TEST(EncodingTest, UnknownCharsetIsSkipped) {
  Result r = decode_file("bogus.xml");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{kUnknown});
  EXPECT_EQ(r.doc.issues[0].message, "unknown charset \"bogus\"; parsed as utf-8");
  EXPECT_EQ(r.text, rss("bogus", "caf\u00e9"));

  r = decode_file("utf-8.xml", "application/xml; charset=bogus");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{kUnknown});

  // Names iconv would take options from are not passed to it.
  r = decode("<?xml version='1.0' encoding='utf-8//IGNORE'?><a/>");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{kUnknown});
}

TEST(EncodingTest, DeclarationLyingAboutUtf16IsIgnored) {
  const std::string input = read_data("encodings/utf-16-lie.xml");
  const Result r = decode(input);
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{kOverride});
  EXPECT_TRUE(r.doc.borrowed);
  EXPECT_EQ(r.text, input);
}

TEST(EncodingTest, HttpCharsetLyingAboutUtf16IsIgnored) {
  Result r = decode_file("utf-8.xml", "application/xml; charset=utf-16");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{kOverride});

  r = decode_file("ascii.xml", "text/xml; charset=UTF-32");
  EXPECT_EQ(r.encoding, "us-ascii");
  EXPECT_EQ(r.codes, Codes{kOverride});

  // Nor is the caller's default believed over ASCII bytes; it is only a guess, so no issue.
  r = decode("<a>plain</a>", "", "utf-16");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{});
}

TEST(EncodingTest, Utf16BomBeatsAnotherDeclaredCharset) {
  const Result r = decode_file("utf-16le-bom-declared-latin1.xml");
  EXPECT_EQ(r.encoding, "utf-16le");
  EXPECT_EQ(r.codes, Codes{kOverride});
  EXPECT_EQ(r.text, rss("iso-8859-1", "caf\u00e9"));
}

TEST(EncodingTest, Utf16BomBeatsTheTextXmlDefault) {
  Result r = decode_file("utf-16be-bom.xml", "text/xml");
  EXPECT_EQ(r.encoding, "utf-16be");
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_EQ(r.text, rss("utf-16", kTitle));

  r = decode_file("utf-16be-bom.xml", "text/xml; charset=iso-8859-1");
  EXPECT_EQ(r.encoding, "utf-16be");
  EXPECT_EQ(r.codes, Codes{kOverride});
  EXPECT_EQ(r.text, rss("utf-16", kTitle));
}

TEST(EncodingTest, InvalidUtf8BecomesReplacementCharacters) {
  const std::string input = read_data("encodings/invalid-utf-8.xml");
  const Result r = decode(input);
  EXPECT_EQ(r.encoding, "utf-8");
  ASSERT_EQ(r.codes, Codes{kInvalid});
  EXPECT_FALSE(r.doc.borrowed);
  // A stray 0xFF and a cut sequence E2 80 (one maximal subpart): one U+FFFD each.
  EXPECT_EQ(r.text, rss("utf-8",
                        "r\u00e9sum\u00e9 \u2014 na\u00efve \u2014 \u00e9t\u00e9 \uFFFD "
                        "\u201cok\u201d \u2603\u2603\u2603 \u00e9\u00e9 \uFFFD \u00e9nd"));
  EXPECT_EQ(r.doc.issues[0].offset, input.find('\xFF'));  // all before it was copied as is
  EXPECT_EQ(r.doc.issues[0].message, "2 invalid byte sequences in utf-8 replaced with U+FFFD");
}

TEST(EncodingTest, MostlyUtf8MeansFewerThanOneBadSequenceInEight) {
  std::string good;
  for (int i = 0; i < 7; ++i) good += "\u00e9";
  // 7 good and 1 bad: not mostly UTF-8.
  Result r = decode("<a>" + good + "\xFF</a>");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_EQ(r.codes, Codes{kOverride});
  // 8 good and 1 bad: UTF-8 with one repair.
  r = decode("<a>" + good + "\u00e9\xFF</a>");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{kInvalid});
  EXPECT_EQ(r.text, "<a>" + good + "\u00e9\uFFFD</a>");
  EXPECT_EQ(r.doc.issues[0].offset, 3u + 16u);
}

// A download cut inside a character: the end says nothing against UTF-8, however few other
// characters there are. Each lead byte's sequence, cut after each of its bytes.
TEST(EncodingTest, Utf8CutOffInsideACharacterStaysUtf8) {
  for (const std::string_view character :
       {"\u00e9", "\u20ac", "\ud55c", "\U0001F600", "\U00100000"}) {
    for (std::size_t keep = 1; keep < character.size(); ++keep) {
      SCOPED_TRACE(std::string(character) + " cut after " + std::to_string(keep));
      const Result r = decode("<a>\u00e9" + std::string(character.substr(0, keep)));
      EXPECT_EQ(r.encoding, "utf-8");
      EXPECT_EQ(r.codes, Codes{kInvalid});
      EXPECT_EQ(r.text, "<a>\u00e9\uFFFD");
    }
  }
  // Not a cut: a byte that starts no sequence, or one a cut sequence could not continue with.
  EXPECT_EQ(decode("<a>\u00e9\xFF").encoding, "windows-1252");
  EXPECT_EQ(decode("<a>\u00e9\xE0\x80").encoding, "windows-1252");
}

TEST(EncodingTest, Latin1MislabelledAsUtf8IsWindows1252) {
  const Result r = decode_file("latin1-as-utf-8.xml");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_EQ(r.codes, Codes{kOverride});
  EXPECT_EQ(r.doc.issues[0].message, "document declared as utf-8, but parsed as windows-1252");
  EXPECT_EQ(r.text, rss("utf-8", "caf\u00e9 na\u00efve \u201cq\u201d"));
}

TEST(EncodingTest, LastResortIsWindows1252WithReplacements) {
  const Result r = decode_file("windows-1252-undefined.xml");
  EXPECT_EQ(r.encoding, "windows-1252");
  ASSERT_EQ(r.codes, (Codes{kOverride, kInvalid}));
  const std::string expected = rss("utf-8", "caf\u00e9 \uFFFD \uFFFD");
  EXPECT_EQ(r.text, expected);
  EXPECT_EQ(r.doc.issues[1].offset, expected.find("\uFFFD"));
  EXPECT_EQ(r.doc.issues[1].message,
            "2 invalid byte sequences in windows-1252 replaced with U+FFFD");
}

TEST(EncodingTest, TruncatedUtf16EndsInAReplacement) {
  const Result r = decode_file("utf-16le-truncated.xml");
  EXPECT_EQ(r.encoding, "utf-16le");
  ASSERT_EQ(r.codes, Codes{kInvalid});
  const std::string expected = rss("utf-16", "caf\u00e9") + "\uFFFD";
  EXPECT_EQ(r.text, expected);
  EXPECT_EQ(r.doc.issues[0].offset, expected.size() - 3);
}

TEST(EncodingTest, LoneSurrogateAndOutOfRangeCodePointBecomeReplacements) {
  Result r = decode_file("utf-16le-lone-surrogate.xml");
  EXPECT_EQ(r.encoding, "utf-16le");
  EXPECT_EQ(r.codes, Codes{kInvalid});
  EXPECT_EQ(r.text, rss("utf-16", "a\uFFFDb"));

  r = decode_file("utf-32be-out-of-range.xml");
  EXPECT_EQ(r.encoding, "utf-32be");
  EXPECT_EQ(r.codes, Codes{kInvalid});
  EXPECT_EQ(r.text, rss("utf-32", "a\uFFFDb"));
}

TEST(EncodingTest, EmptyInput) {
  Result r = decode("");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_TRUE(r.doc.borrowed);
  EXPECT_EQ(r.text, "");

  r = decode("", "text/xml");
  EXPECT_EQ(r.encoding, "us-ascii");
  EXPECT_EQ(r.codes, Codes{});
}

TEST(EncodingTest, InputOfOnlyABom) {
  using namespace std::string_view_literals;
  Result r = decode("\xEF\xBB\xBF");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_TRUE(r.doc.borrowed);
  EXPECT_EQ(r.doc.skip, 3u);
  EXPECT_EQ(r.text, "");
  EXPECT_EQ(r.codes, Codes{});

  struct Case {
    std::string_view bom;
    const char* encoding;
  };
  const std::vector<Case> cases = {
      {"\xFF\xFE"sv, "utf-16le"},
      {"\xFE\xFF"sv, "utf-16be"},
      {"\xFF\xFE\x00\x00"sv, "utf-32le"},
      {"\x00\x00\xFE\xFF"sv, "utf-32be"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.encoding);
    r = decode(c.bom);
    EXPECT_EQ(r.encoding, c.encoding);
    EXPECT_EQ(r.text, "");
    EXPECT_EQ(r.codes, Codes{});
  }
}

TEST(EncodingTest, DefaultEncodingAppliesWhenNothingSays) {
  Result r = decode("<a>caf\xE9</a>", "", "ISO-8859-1");
  EXPECT_EQ(r.encoding, "iso-8859-1");
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_EQ(r.text, "<a>caf\u00e9</a>");

  r = decode("<a>caf\xE9</a>");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_EQ(r.codes, Codes{kOverride});

  r = decode("<a>caf\u00e9</a>", "", "bogus");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{kUnknown});

  // The declaration wins over the default.
  r = decode("<?xml version='1.0' encoding='windows-1252'?><a>\x93</a>", "", "iso-8859-1");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_EQ(r.codes, Codes{});
}

TEST(EncodingTest, AsciiInSingleByteCharsetsIsNotCopied) {
  const Result r = decode_file("ascii-declared-latin1.xml");
  EXPECT_EQ(r.encoding, "iso-8859-1");
  EXPECT_EQ(r.codes, Codes{});
  EXPECT_TRUE(r.doc.borrowed);
  EXPECT_EQ(r.text, rss("iso-8859-1", "plain"));
}

TEST(EncodingTest, LargeInputs) {
  std::string big;
  while (big.size() < (4u << 20)) big += "<p>Gr\u00fc\u00dfe, \u4e16\u754c! plain ASCII text</p>\n";
  Result r = decode(big);
  EXPECT_TRUE(r.doc.borrowed);
  EXPECT_EQ(r.codes, Codes{});

  big[big.size() / 2] = '\xC0';  // never valid in UTF-8
  r = decode(big, "application/xml");
  EXPECT_EQ(r.encoding, "utf-8");
  EXPECT_EQ(r.codes, Codes{kInvalid});
  EXPECT_EQ(r.doc.issues[0].offset, big.size() / 2);

  // A lone high surrogate every 64 characters.
  using namespace std::string_view_literals;
  std::string utf16 = "\xFF\xFE";
  for (std::size_t i = 0; i < (1u << 20); ++i) utf16 += i % 64 == 0 ? "\x3D\xD8"sv : "a\x00"sv;
  r = decode(utf16);
  EXPECT_EQ(r.encoding, "utf-16le");
  EXPECT_EQ(r.codes, Codes{kInvalid});
  EXPECT_EQ(r.doc.issues[0].message,
            "16384 invalid byte sequences in utf-16le replaced with U+FFFD");
  EXPECT_EQ(r.text.size(), (1u << 20) - (1u << 14) + 3 * (1u << 14));
}

TEST(EncodingTest, RandomBytesNeverCrash) {
  using namespace std::string_view_literals;
  const std::vector<std::string_view> prefixes = {
      ""sv,
      "\xEF\xBB\xBF"sv,
      "\xFF\xFE"sv,
      "\xFE\xFF"sv,
      "\xFF\xFE\x00\x00"sv,
      "\x00\x00\xFE\xFF"sv,
      "\x3C\x00\x3F\x00"sv,
      "\x00\x3C\x00\x3F"sv,
      "\x3C\x00\x00\x00"sv,
      "\x00\x00\x00\x3C"sv,
      "<?xml version='1.0' encoding='utf-16'?>"sv,
      "<?xml version='1.0' encoding='big5'?>"sv,
      "<?xml version='1.0' encoding='iso-2022-jp'?>"sv,
      "<?xml version='1.0' encoding='shift_jis'?>"sv,
      "<?xml version='1.0' encoding='gb2312'?>"sv,
      "<?xml version='1.0' encoding='utf-32'?>"sv,
      "<?xml version='1.0' encoding='"sv,
      R"(<?xml encoding=")"sv,
  };
  const std::vector<std::string_view> types = {
      ""sv,
      "text/xml"sv,
      "application/xml"sv,
      "text/plain; charset=utf-16"sv,
      R"(application/atom+xml; charset="big5)"sv,
      ";;;=;charset"sv,
      "text/xml; charset='"sv,
      "application/xml; charset=utf-32be"sv,
  };
  std::mt19937 rng(20240613);
  const auto pick = [&rng](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  };
  for (int i = 0; i < 3000; ++i) {
    std::string input(prefixes[pick(prefixes.size())]);
    const std::size_t length = pick(300);
    // Sometimes mostly ASCII, sometimes any byte at all.
    const bool ascii = pick(2) == 0;
    for (std::size_t k = 0; k < length; ++k) {
      input.push_back(static_cast<char>(ascii && pick(8) != 0 ? 0x20 + pick(0x5F) : pick(256)));
    }
    const std::string_view type = types[pick(types.size())];
    const DecodedDocument doc = decode_document(input, type, i % 5 == 0 ? "koi8-r" : "");
    const std::string_view text = doc.text(input);
    ASSERT_TRUE(valid_utf8(text)) << i;
    ASSERT_FALSE(doc.encoding.empty());
    ASSERT_LE(doc.skip, input.size());
    for (const EncodingIssue& issue : doc.issues) {
      if (issue.code != kInvalid) continue;
      ASSERT_EQ(text.substr(issue.offset, 3), kReplacementUtf8) << i;
    }
  }
}

}  // namespace
}  // namespace feedpp::detail
