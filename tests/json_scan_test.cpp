// SPDX-License-Identifier: MIT
// The JSON checker and mender (base/json_scan.hpp): what is valid, what each repair gives, where
// each is reported, and that depth costs no stack.
#include "base/json_scan.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/diagnostic_log.hpp"

namespace feedpp::detail {
namespace {

struct Mended {
  std::string text;
  std::vector<Diagnostic> diagnostics;
};

Mended mend(std::string_view in, std::size_t depth = 256) {
  DiagnosticLog log(false);
  MendedJson m = mend_json(in, depth, &log);
  return {m.text, log.finish(in)};
}

std::vector<ErrorCode> codes(const Mended& m) {
  std::vector<ErrorCode> out;
  for (const Diagnostic& d : m.diagnostics) out.push_back(d.code);
  return out;
}

TEST(JsonScanTest, ValidValues) {
  for (const char* ok : {"{}", "[]", " {\"a\": [1, -2.5e+3, true, false, null, \"x\"]} ", "0",
                         "\"\\u00e9\\ud83d\\ude00\\n\"", "[[[[]]]]", "{\"\": {}}"}) {
    EXPECT_TRUE(is_json_value(ok, 256)) << ok;
    EXPECT_EQ(mend(ok).diagnostics.size(), 0u) << ok;
  }
}

TEST(JsonScanTest, InvalidValues) {
  for (const char* bad :
       {"", "   ", "{", "[1,]", "{\"a\":1,}", "[01]", "[1.]", "[-]", "[NaN]", "[tru]", "{a:1}",
        "[1 2]", "\"\\ud800\"", "\"\\x\"", "\"a\x01\"", "[1] x", "// c\n[]", "\"\xff\"", "}"}) {
    EXPECT_FALSE(is_json_value(bad, 256)) << bad;
  }
  EXPECT_FALSE(is_json_value("[[[]]]", 2));
  EXPECT_TRUE(is_json_value("[[[]]]", 3));
}

TEST(JsonScanTest, TrailingCommasAreDropped) {
  const Mended m = mend("{\"a\": [1, 2,], \"b\": 3,}");
  EXPECT_EQ(m.text, "{\"a\": [1, 2], \"b\": 3}");  // white space kept, for the offsets
  EXPECT_EQ(codes(m), (std::vector<ErrorCode>{ErrorCode::json_syntax, ErrorCode::json_syntax}));
  EXPECT_EQ(m.diagnostics[0].location.column, 13u);
}

TEST(JsonScanTest, MissingCommasArePutIn) {
  EXPECT_EQ(mend("[1 2 \"x\"]").text, "[1 ,2 ,\"x\"]");
  EXPECT_EQ(mend("{\"a\": 1\n\"b\": 2}").text, "{\"a\": 1\n,\"b\": 2}");
  const Mended m = mend("{\"a\": 1\n\"b\": 2}");
  ASSERT_EQ(m.diagnostics.size(), 1u);
  EXPECT_EQ(m.diagnostics[0].location.line, 2u);
  EXPECT_EQ(m.diagnostics[0].location.column, 1u);
}

TEST(JsonScanTest, BadTokensBecomeNull) {
  EXPECT_EQ(mend("[NaN, -Infinity, tru, 01, 1.5]").text, "[null, null, null, null, 1.5]");
  EXPECT_EQ(mend("[NaN]").diagnostics[0].message, "\"NaN\" is not a JSON value: read as null");
}

TEST(JsonScanTest, CommentsAreSkipped) {
  EXPECT_EQ(mend("// head\n{\"a\": /* inline */ 1}").text, "{\"a\":  1}");
}

TEST(JsonScanTest, StringsAreMended) {
  // A lone surrogate, a raw control character, bytes that are not UTF-8, a bad escape.
  const Mended m = mend("[\"\\udc00x\", \"a\tb\", \"\xC3(\", \"\\q\", \"\\ud83d\\ude00\"]");
  EXPECT_EQ(m.text,
            "[\"\\ufffdx\", \"a\\u0009b\", \"\xEF\xBF\xBD(\", \"\\\\q\", \"\\ud83d\\ude00\"]");
  EXPECT_EQ(codes(m),
            (std::vector<ErrorCode>{ErrorCode::invalid_character, ErrorCode::invalid_character,
                                    ErrorCode::invalid_bytes, ErrorCode::json_syntax}));
  EXPECT_TRUE(is_json_value(m.text, 256));
}

TEST(JsonScanTest, TruncatedDocumentsAreClosed) {
  EXPECT_EQ(mend("{\"items\": [{\"id\": \"1\"}, {\"id\": \"2\", \"title\": \"cut he").text,
            "{\"items\": [{\"id\": \"1\"}, {\"id\": \"2\"}]}");
  EXPECT_EQ(mend("{\"a\": [1, 2").text, "{\"a\": [1, 2]}");
  EXPECT_EQ(mend("{\"a\":").text, "{}");
  EXPECT_EQ(mend("[").text, "[]");
  const Mended m = mend("{\"a\": 1");
  EXPECT_EQ(m.text, "{\"a\": 1}");
  EXPECT_EQ(codes(m), std::vector<ErrorCode>{ErrorCode::truncated});
  EXPECT_EQ(m.diagnostics[0].message, "the document ends early: what is open is closed");
  EXPECT_EQ(codes(mend("{\"a\": \"b")), std::vector<ErrorCode>{ErrorCode::truncated});
  EXPECT_EQ(codes(mend("[[[1, {\"a\": 2}")), std::vector<ErrorCode>{ErrorCode::truncated});
}

TEST(JsonScanTest, AStrayBracketEndsTheDocument) {
  const Mended m = mend("{\"a\": [1, 2}, \"b\": 3}");
  EXPECT_EQ(m.text, "{\"a\": [1, 2]}");
  ASSERT_EQ(m.diagnostics.size(), 1u);
  EXPECT_EQ(m.diagnostics[0].location.column, 12u);
}

TEST(JsonScanTest, TextAfterTheValueIsIgnored) {
  const Mended m = mend("{\"a\": 1} trailing");
  EXPECT_EQ(m.text, "{\"a\": 1} ");
  EXPECT_EQ(codes(m), std::vector<ErrorCode>{ErrorCode::json_syntax});
}

TEST(JsonScanTest, NoValueGivesNothing) {
  EXPECT_EQ(mend("").text, "");
  EXPECT_EQ(mend("  ").text, "");
  EXPECT_EQ(mend("<rss/>").text, "");
  EXPECT_FALSE(mend_json("#!", 256, nullptr).had_value);
}

TEST(JsonScanTest, TooDeepValuesBecomeNull) {
  const Mended m = mend("{\"a\": [[[1]]], \"b\": 2}", 3);
  EXPECT_EQ(m.text, "{\"a\": [[null]], \"b\": 2}");
  EXPECT_EQ(codes(m), std::vector<ErrorCode>{ErrorCode::depth_limit});
}

TEST(JsonScanTest, AMillionLevelsCostNoStack) {
  const std::string deep =
      "{\"a\":" + std::string(1000000, '[') + std::string(1000000, ']') + ",\"b\":\"after\"}";
  EXPECT_FALSE(is_json_value(deep, 256));
  EXPECT_TRUE(is_json_value(deep, 2000000));
  EXPECT_EQ(mend(deep).text, "{\"a\":" + std::string(255, '[') + "null" + std::string(255, ']') +
                                 ",\"b\":\"after\"}");
  // Unclosed, it is closed as deep as the limit allows.
  const Mended open = mend(std::string(100000, '['));
  EXPECT_EQ(open.text, std::string(256, '[') + std::string(256, ']'));
}

TEST(JsonScanTest, OffsetsMapBackToTheInput) {
  const std::string in = "[\"\xC3(\", NaN, 7]";
  const MendedJson m = mend_json(in, 256, nullptr);
  EXPECT_EQ(m.text, "[\"\xEF\xBF\xBD(\", null, 7]");
  EXPECT_EQ(m.input_offset(m.text.find('7')), in.find('7'));
  EXPECT_EQ(m.input_offset(m.text.find('(')), in.find('('));
  EXPECT_EQ(m.input_offset(0), 0u);
}

}  // namespace
}  // namespace feedpp::detail
