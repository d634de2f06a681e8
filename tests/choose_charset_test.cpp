// SPDX-License-Identifier: MIT
#include "input/choose_charset.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace feedpp::detail {
namespace {

struct Ladder {
  // Each candidate as its charset's name, "+" after it when lenient, or "?label" when unknown.
  std::vector<std::string> candidates;
  std::string primary;  // "" when unknown
  bool defaulted = false;
  std::vector<ErrorCode> codes;
  CharsetChoice choice;
};

Ladder ladder(std::string_view input, std::string_view content_type = "",
              std::string_view default_encoding = "") {
  Ladder l;
  l.choice = choose_charset(input, content_type, default_encoding);
  for (const CharsetCandidate& c : l.choice.candidates) {
    if (!c.charset) {
      l.candidates.push_back("?" + c.label);
    } else {
      l.candidates.push_back(c.charset->name + (c.lenient ? "+" : ""));
    }
  }
  if (l.choice.primary) l.primary = l.choice.primary->name;
  l.defaulted = l.choice.defaulted;
  for (const EncodingIssue& issue : l.choice.issues) l.codes.push_back(issue.code);
  return l;
}

using Names = std::vector<std::string>;
using Codes = std::vector<ErrorCode>;
constexpr ErrorCode kOverride = ErrorCode::encoding_override;
constexpr ErrorCode kNonXml = ErrorCode::non_xml_content_type;

std::string declared(std::string_view encoding) {
  return R"(<?xml version="1.0" encoding=")" + std::string(encoding) + "\"?><rss/>";
}

// Each ASCII character of `s` as UTF-16LE, after the bytes `prefix` (a BOM, or nothing).
std::string utf16le(std::string_view prefix, std::string_view s) {
  std::string out(prefix);
  for (const char c : s) {
    out += c;
    out += '\0';
  }
  return out;
}

TEST(ChooseCharsetTest, NothingSaysSoUtf8ByDefault) {
  const Ladder l = ladder("<rss/>");
  EXPECT_EQ(l.candidates, (Names{"utf-8", "windows-1252"}));
  EXPECT_EQ(l.primary, "utf-8");
  EXPECT_TRUE(l.defaulted);
  EXPECT_EQ(l.codes, Codes{});
  EXPECT_EQ(l.choice.bom_length, 0u);
}

TEST(ChooseCharsetTest, TheDeclarationLeadsWithoutHttp) {
  const Ladder l = ladder(declared("ISO_8859-1"));
  EXPECT_EQ(l.candidates, (Names{"iso-8859-1", "utf-8", "windows-1252"}));
  EXPECT_EQ(l.primary, "iso-8859-1");
  EXPECT_FALSE(l.defaulted);
}

TEST(ChooseCharsetTest, Utf8BomIsALabelAndIsSkipped) {
  const Ladder l = ladder("\xEF\xBB\xBF<rss/>");
  EXPECT_EQ(l.candidates, (Names{"utf-8", "windows-1252"}));
  EXPECT_FALSE(l.defaulted);
  EXPECT_EQ(l.choice.bom_length, 3u);
}

TEST(ChooseCharsetTest, ApplicationXmlHttpCharsetThenDeclaration) {
  const Ladder l = ladder(declared("iso-8859-1"), "application/rss+xml; charset=\"CP1251\"");
  EXPECT_EQ(l.candidates, (Names{"windows-1251", "iso-8859-1", "utf-8", "windows-1252"}));
  EXPECT_EQ(l.primary, "windows-1251");
  EXPECT_EQ(l.codes, Codes{});
}

TEST(ChooseCharsetTest, TextXmlWithoutCharsetMeansUsAscii) {
  const Ladder l = ladder(declared("utf-8"), "text/xml");
  EXPECT_EQ(l.candidates, (Names{"us-ascii", "utf-8", "windows-1252"}));
  EXPECT_EQ(l.primary, "us-ascii");
  EXPECT_TRUE(l.defaulted);
  EXPECT_TRUE(l.choice.text_media);
}

TEST(ChooseCharsetTest, NonXmlMediaTypes) {
  // text/*: its charset, else us-ascii; any other type: the declaration, its charset ignored.
  Ladder l = ladder(declared("iso-8859-1"), "text/html; charset=koi8-r");
  EXPECT_EQ(l.candidates, (Names{"koi8-r", "iso-8859-1", "utf-8", "windows-1252"}));
  EXPECT_EQ(l.codes, Codes{kNonXml});

  l = ladder(declared("iso-8859-1"), "application/octet-stream; charset=koi8-r");
  EXPECT_EQ(l.candidates, (Names{"iso-8859-1", "utf-8", "windows-1252"}));
  EXPECT_EQ(l.codes, Codes{kNonXml});
  EXPECT_FALSE(l.choice.text_media);
}

TEST(ChooseCharsetTest, CallersDefaultComesLastOfTheLabels) {
  Ladder l = ladder("<rss/>", "", " Shift_JIS ");
  EXPECT_EQ(l.candidates, (Names{"shift_jis", "utf-8", "windows-1252"}));
  EXPECT_FALSE(l.defaulted);

  l = ladder(declared("iso-8859-1"), "", "shift_jis");
  EXPECT_EQ(l.candidates, (Names{"iso-8859-1", "utf-8", "windows-1252"}));

  // A default the bytes contradict is dropped without a word: it was only a guess.
  l = ladder("<rss/>", "", "utf-16");
  EXPECT_EQ(l.candidates, (Names{"utf-8", "windows-1252"}));
  EXPECT_EQ(l.codes, Codes{});
}

TEST(ChooseCharsetTest, Utf16BomGoesFirstAndIsLenient) {
  const Ladder l = ladder(utf16le("\xFF\xFE", declared("utf-16")));
  EXPECT_EQ(l.candidates, (Names{"utf-16le+", "utf-8", "windows-1252"}));
  EXPECT_EQ(l.primary, "utf-16le");
  EXPECT_EQ(l.choice.bom_length, 2u);
  EXPECT_EQ(l.codes, Codes{});
}

TEST(ChooseCharsetTest, Utf16MarkerWithoutBom) {
  const Ladder l = ladder(utf16le("", "<rss/>"));
  EXPECT_EQ(l.candidates, (Names{"utf-16le+", "utf-8", "windows-1252"}));
  EXPECT_EQ(l.choice.bom_length, 0u);
}

TEST(ChooseCharsetTest, Utf16BomOverridesAnotherDeclaredCharset) {
  const Ladder l = ladder(utf16le("\xFF\xFE", declared("iso-8859-1")));
  EXPECT_EQ(l.candidates, (Names{"utf-16le+", "utf-8", "windows-1252"}));
  EXPECT_EQ(l.codes, Codes{kOverride});
  EXPECT_EQ(l.choice.issues[0].message,
            "the XML declaration says iso-8859-1 but the document is in utf-16le; the declaration "
            "was ignored");
}

TEST(ChooseCharsetTest, Utf16BomBeatsADefaultButNotALabel) {
  Ladder l = ladder(utf16le("\xFF\xFE", "<rss/>"), "text/xml");
  EXPECT_EQ(l.candidates, (Names{"utf-16le+", "utf-8", "windows-1252"}));
  EXPECT_EQ(l.primary, "utf-16le");
  EXPECT_TRUE(l.defaulted);

  // The HTTP charset stays primary (and is reported as overridden once decoding settles).
  l = ladder(utf16le("\xFF\xFE", "<rss/>"), "text/xml; charset=iso-8859-1");
  EXPECT_EQ(l.candidates, (Names{"utf-16le+", "iso-8859-1", "utf-8", "windows-1252"}));
  EXPECT_EQ(l.primary, "iso-8859-1");
  EXPECT_FALSE(l.defaulted);
}

TEST(ChooseCharsetTest, WideLabelsOnAsciiBytesAreDropped) {
  Ladder l = ladder(declared("UTF-16"));
  EXPECT_EQ(l.candidates, (Names{"utf-8", "windows-1252"}));
  EXPECT_EQ(l.codes, Codes{kOverride});

  l = ladder(declared("utf-8"), "application/xml; charset=utf-32");
  EXPECT_EQ(l.candidates, (Names{"utf-8", "windows-1252"}));
  EXPECT_EQ(l.codes, Codes{kOverride});
  EXPECT_EQ(l.choice.issues[0].message,
            "the HTTP charset says utf-32 but the document is ASCII-compatible; the charset was "
            "ignored");
}

TEST(ChooseCharsetTest, GenericUtf16GetsTheByteOrderTheBytesSuggest) {
  // Neither BOM nor marker (the text opens with a space), nor ASCII-compatible: the label stands
  // and the NUL bytes say little-endian.
  const Ladder l = ladder(utf16le("", " <rss/>"), "application/xml; charset=utf-16");
  EXPECT_EQ(l.candidates, (Names{"utf-16le", "utf-8", "windows-1252"}));
  EXPECT_EQ(l.primary, "utf-16le");
}

TEST(ChooseCharsetTest, UnknownLabelsKeepTheirPlace) {
  // An unknown primary leads: it is reported whatever wins.
  Ladder l = ladder(declared("bogus"));
  EXPECT_EQ(l.candidates, (Names{"?bogus", "utf-8", "windows-1252"}));
  EXPECT_EQ(l.primary, "");

  l = ladder(utf16le("\xFF\xFE", "<rss/>"), "application/xml; charset=bogus");
  EXPECT_EQ(l.candidates, (Names{"?bogus", "utf-16le+", "utf-8", "windows-1252"}));

  // Any other is reported only if the decoder gets that far.
  l = ladder(declared("bogus"), "application/xml; charset=utf-8");
  EXPECT_EQ(l.candidates, (Names{"utf-8", "?bogus", "windows-1252"}));

  // Names iconv would take options from are unknown.
  l = ladder(declared("utf-8//IGNORE"));
  EXPECT_EQ(l.candidates, (Names{"?utf-8//ignore", "utf-8", "windows-1252"}));
}

TEST(ChooseCharsetTest, EachCharsetOnce) {
  // latin1, ISO-8859-1 and iso8859-1 are one charset: tried once, under the first label.
  const Ladder l = ladder(declared("latin1"), "application/xml; charset=ISO-8859-1");
  EXPECT_EQ(l.candidates, (Names{"iso-8859-1", "utf-8", "windows-1252"}));
  EXPECT_EQ(l.choice.candidates[0].label, "iso-8859-1");

  const Ladder w = ladder(declared("windows-1252"));
  EXPECT_EQ(w.candidates, (Names{"windows-1252", "utf-8"}));
}

TEST(ChooseCharsetTest, EmptyInput) {
  const Ladder l = ladder("");
  EXPECT_EQ(l.candidates, (Names{"utf-8", "windows-1252"}));
  EXPECT_EQ(l.codes, Codes{});
}

}  // namespace
}  // namespace feedpp::detail
