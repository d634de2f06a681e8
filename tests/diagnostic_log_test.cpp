// SPDX-License-Identifier: MIT
// The parser's DiagnosticLog: severities, strict promotion, the cap per code, input order, and
// the offset -> line/column computation.
#include "base/diagnostic_log.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace feedpp {

// Prints codes by name in failure messages (found by ADL, so it lives in feedpp).
static void PrintTo(ErrorCode code, std::ostream* os) { *os << to_string(code); }

}  // namespace feedpp

namespace feedpp::detail {
namespace {

std::vector<ErrorCode> codes(const std::vector<Diagnostic>& ds) {
  std::vector<ErrorCode> out;
  out.reserve(ds.size());
  for (const Diagnostic& d : ds) out.push_back(d.code);
  return out;
}

// Every code the parser reports.
constexpr std::array<ErrorCode, 29> kParserCodes = {
    ErrorCode::io_error,
    ErrorCode::empty_document,
    ErrorCode::input_too_large,
    ErrorCode::encoding_override,
    ErrorCode::encoding_unknown,
    ErrorCode::non_xml_content_type,
    ErrorCode::invalid_bytes,
    ErrorCode::xml_syntax,
    ErrorCode::undefined_entity,
    ErrorCode::bare_ampersand,
    ErrorCode::invalid_character,
    ErrorCode::junk_before_root,
    ErrorCode::undeclared_namespace,
    ErrorCode::depth_limit,
    ErrorCode::item_limit,
    ErrorCode::text_limit,
    ErrorCode::not_a_feed,
    ErrorCode::bad_date,
    ErrorCode::bad_base64,
    ErrorCode::missing_element,
    ErrorCode::duplicate_element,
    ErrorCode::unexpected_text,
    ErrorCode::unknown_version,
    ErrorCode::misencoded_character,
    ErrorCode::bad_compression,
    ErrorCode::html_page,
    ErrorCode::json_syntax,
    ErrorCode::wrong_type,
    ErrorCode::truncated,
};

// The severities diagnostics.hpp documents for each code.
Severity documented(ErrorCode code) {
  switch (code) {
    case ErrorCode::io_error:
    case ErrorCode::empty_document:
    case ErrorCode::not_a_feed:
    case ErrorCode::html_page:
      return Severity::fatal;
    case ErrorCode::bad_date:
    case ErrorCode::bad_base64:
    case ErrorCode::missing_element:
    case ErrorCode::duplicate_element:
    case ErrorCode::unexpected_text:
    case ErrorCode::unknown_version:
    case ErrorCode::misencoded_character:
    case ErrorCode::wrong_type:
      return Severity::warning;
    default:
      return Severity::error;
  }
}

// ---------------------------------------------------------------------------------------------
// Severities

TEST(DiagnosticLogTest, SeverityFollowsTheCode) {
  EXPECT_EQ(default_severity(ErrorCode::empty_document), Severity::fatal);
  EXPECT_EQ(default_severity(ErrorCode::not_a_feed), Severity::fatal);
  EXPECT_EQ(default_severity(ErrorCode::xml_syntax), Severity::error);
  EXPECT_EQ(default_severity(ErrorCode::encoding_override), Severity::error);
  EXPECT_EQ(default_severity(ErrorCode::text_limit), Severity::error);
  EXPECT_EQ(default_severity(ErrorCode::bad_date), Severity::warning);
  EXPECT_EQ(default_severity(ErrorCode::misencoded_character), Severity::warning);
  for (const ErrorCode code : kParserCodes) {
    EXPECT_EQ(default_severity(code), documented(code)) << to_string(code);
  }
}

TEST(DiagnosticLogTest, AddKeepsCodeMessageAndSeverity) {
  DiagnosticLog log(false);
  for (const ErrorCode code : kParserCodes) log.add(code, 0, std::string(to_string(code)));
  const std::vector<Diagnostic> out = log.finish("x");
  ASSERT_EQ(out.size(), kParserCodes.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    EXPECT_EQ(out[i].code, kParserCodes[i]);
    EXPECT_EQ(out[i].message, to_string(kParserCodes[i]));
    EXPECT_EQ(out[i].severity, documented(kParserCodes[i])) << to_string(kParserCodes[i]);
  }
}

TEST(DiagnosticLogTest, StrictPromotesWarningsOnly) {
  DiagnosticLog log(true);
  for (const ErrorCode code : kParserCodes) log.add(code, 0, "m");
  for (const Diagnostic& d : log.finish("")) {
    const Severity expected =
        documented(d.code) == Severity::warning ? Severity::error : documented(d.code);
    EXPECT_EQ(d.severity, expected) << to_string(d.code);
  }
}

TEST(DiagnosticLogTest, HasAndHasFatal) {
  DiagnosticLog log(false);
  EXPECT_FALSE(log.has(ErrorCode::bad_date));
  EXPECT_FALSE(log.has_fatal());
  log.add(ErrorCode::bad_date, 3, "m");
  log.add(ErrorCode::xml_syntax, 3, "m");
  EXPECT_TRUE(log.has(ErrorCode::bad_date));
  EXPECT_TRUE(log.has(ErrorCode::xml_syntax));
  EXPECT_FALSE(log.has(ErrorCode::bad_base64));
  EXPECT_FALSE(log.has_fatal());
  log.add(ErrorCode::not_a_feed, 0, "m");
  EXPECT_TRUE(log.has_fatal());

  DiagnosticLog strict(true);
  strict.add(ErrorCode::bad_date, 0, "m");
  EXPECT_FALSE(strict.has_fatal());  // promoted to error, not fatal
}

// ---------------------------------------------------------------------------------------------
// The cap

TEST(DiagnosticLogTest, KeepsTwentyOfACodeAndSummarizesTheRest) {
  DiagnosticLog log(false);
  for (std::size_t i = 0; i < 25; ++i) {
    log.add(ErrorCode::undefined_entity, i * 10, "entity " + std::to_string(i));
  }
  const std::vector<Diagnostic> out = log.finish(std::string(300, 'x'));
  ASSERT_EQ(out.size(), 21u);
  for (std::size_t i = 0; i < 20; ++i) {
    EXPECT_EQ(out[i].code, ErrorCode::undefined_entity);
    EXPECT_EQ(out[i].message, "entity " + std::to_string(i));  // the first ones are kept
    EXPECT_EQ(out[i].location.offset, i * 10);
  }
  const Diagnostic& summary = out[20];
  EXPECT_EQ(summary.code, ErrorCode::undefined_entity);
  EXPECT_EQ(summary.severity, Severity::error);
  EXPECT_NE(summary.message.find('5'), std::string::npos) << summary.message;
  EXPECT_NE(summary.message.find("undefined_entity"), std::string::npos) << summary.message;
  EXPECT_EQ(summary.location.line, 0u);  // a summary has no place
  EXPECT_EQ(summary.location.column, 0u);
  EXPECT_TRUE(log.has(ErrorCode::undefined_entity));
}

TEST(DiagnosticLogTest, ExactlyTwentyHasNoSummary) {
  DiagnosticLog log(false);
  for (std::size_t i = 0; i < DiagnosticLog::kKeptPerCode; ++i) {
    log.add(ErrorCode::bad_date, i, "m");
  }
  EXPECT_EQ(log.finish("").size(), 20u);
}

TEST(DiagnosticLogTest, CapsEachCodeOnItsOwn) {
  DiagnosticLog log(true);
  for (std::size_t i = 0; i < 30; ++i) log.add(ErrorCode::bare_ampersand, 100 + i, "amp");
  for (std::size_t i = 0; i < 3; ++i) log.add(ErrorCode::bad_date, 50 + i, "date");
  for (std::size_t i = 0; i < 22; ++i) log.add(ErrorCode::xml_syntax, 200 + i, "syntax");
  const std::vector<Diagnostic> out = log.finish(std::string(300, ' '));
  std::size_t amp = 0;
  std::size_t date = 0;
  std::size_t syntax = 0;
  std::vector<Diagnostic> summaries;
  for (const Diagnostic& d : out) {
    if (d.location.line == 0) {
      summaries.push_back(d);
      continue;
    }
    amp += d.code == ErrorCode::bare_ampersand;
    date += d.code == ErrorCode::bad_date;
    syntax += d.code == ErrorCode::xml_syntax;
  }
  EXPECT_EQ(amp, 20u);
  EXPECT_EQ(date, 3u);
  EXPECT_EQ(syntax, 20u);
  ASSERT_EQ(codes(summaries),
            (std::vector<ErrorCode>{ErrorCode::bare_ampersand, ErrorCode::xml_syntax}));
  EXPECT_NE(summaries[0].message.find("10"), std::string::npos) << summaries[0].message;
  EXPECT_NE(summaries[1].message.find('2'), std::string::npos) << summaries[1].message;
  EXPECT_EQ(summaries[0].severity, Severity::error);
  EXPECT_EQ(out.size(), 45u);
}

TEST(DiagnosticLogTest, SummaryComesAfterTheKeptOnes) {
  DiagnosticLog log(false);
  for (std::size_t i = 0; i < 21; ++i) log.add(ErrorCode::misencoded_character, i, "c1");
  const std::vector<Diagnostic> out = log.finish("0123456789012345678901234567890");
  ASSERT_EQ(out.size(), 21u);
  EXPECT_EQ(out.back().severity, Severity::warning);
  EXPECT_EQ(out.back().location.line, 0u);
  for (std::size_t i = 0; i < 20; ++i) EXPECT_EQ(out[i].location.offset, i);
}

// ---------------------------------------------------------------------------------------------
// Order

TEST(DiagnosticLogTest, SortsByOffset) {
  DiagnosticLog log(false);
  log.add(ErrorCode::bad_date, 30, "c");
  log.add(ErrorCode::undefined_entity, 5, "a");
  log.add(ErrorCode::xml_syntax, 12, "b");
  log.add(ErrorCode::missing_element, kUnknownOffset, "nowhere");
  log.add(ErrorCode::bare_ampersand, 0, "first");
  const std::vector<Diagnostic> out = log.finish(std::string(40, 'x'));
  std::vector<std::string> messages;
  messages.reserve(out.size());
  for (const Diagnostic& d : out) messages.push_back(d.message);
  EXPECT_EQ(messages, (std::vector<std::string>{"first", "a", "b", "c", "nowhere"}));
}

TEST(DiagnosticLogTest, KeepsTheOrderOfFindingsAtOneOffset) {
  DiagnosticLog log(false);
  log.add(ErrorCode::xml_syntax, 7, "one");
  log.add(ErrorCode::bad_date, 3, "zero");
  log.add(ErrorCode::undefined_entity, 7, "two");
  log.add(ErrorCode::xml_syntax, 7, "three");
  const std::vector<Diagnostic> out = log.finish("0123456789");
  std::vector<std::string> messages;
  messages.reserve(out.size());
  for (const Diagnostic& d : out) messages.push_back(d.message);
  EXPECT_EQ(messages, (std::vector<std::string>{"zero", "one", "two", "three"}));
}

// ---------------------------------------------------------------------------------------------
// Lines and columns

Location locate(std::string_view text, std::size_t offset) {
  DiagnosticLog log(false);
  log.add(ErrorCode::xml_syntax, offset, "m");
  return log.finish(text).at(0).location;
}

TEST(DiagnosticLogTest, LinesAndColumnsCountFromOne) {
  const std::string_view text = "ab\ncd\n\nefg";
  EXPECT_EQ(locate(text, 0).line, 1u);
  EXPECT_EQ(locate(text, 0).column, 1u);
  EXPECT_EQ(locate(text, 1).column, 2u);
  EXPECT_EQ(locate(text, 2).line, 1u);  // the newline ends its line
  EXPECT_EQ(locate(text, 2).column, 3u);
  EXPECT_EQ(locate(text, 3).line, 2u);
  EXPECT_EQ(locate(text, 3).column, 1u);
  EXPECT_EQ(locate(text, 6).line, 3u);  // an empty line
  EXPECT_EQ(locate(text, 6).column, 1u);
  EXPECT_EQ(locate(text, 9).line, 4u);
  EXPECT_EQ(locate(text, 9).column, 3u);
  EXPECT_EQ(locate(text, 9).offset, 9u);
  EXPECT_EQ(locate(text, 10).line, 4u);  // the end of the text
  EXPECT_EQ(locate(text, 10).column, 4u);
}

TEST(DiagnosticLogTest, LineSevenColumnTwelve) {
  const std::string text = "1\n2\n3\n4\n5\n6\n0123456789_X\n8\n";
  const std::size_t at = text.find('X');
  const Location where = locate(text, at);
  EXPECT_EQ(where.line, 7u);
  EXPECT_EQ(where.column, 12u);
  EXPECT_EQ(where.offset, at);
}

TEST(DiagnosticLogTest, ColumnsCountBytes) {
  const std::string_view text = "<t>caf\xC3\xA9 \xE2\x98\x83 x</t>";
  EXPECT_EQ(locate(text, text.find('x')).column, 14u);  // 6 + 2 + 1 + 3 + 1 bytes before it
}

TEST(DiagnosticLogTest, CrLfEndsALineOnce) {
  const std::string_view text = "ab\r\ncd\r\n\r\nef";
  EXPECT_EQ(locate(text, 2).line, 1u);  // the '\r'
  EXPECT_EQ(locate(text, 2).column, 3u);
  EXPECT_EQ(locate(text, 4).line, 2u);
  EXPECT_EQ(locate(text, 4).column, 1u);
  EXPECT_EQ(locate(text, 5).column, 2u);
  EXPECT_EQ(locate(text, 10).line, 4u);
  EXPECT_EQ(locate(text, 10).column, 1u);
}

TEST(DiagnosticLogTest, UnknownOffsetHasLineZero) {
  const Location where = locate("a\nb\nc", kUnknownOffset);
  EXPECT_EQ(where.line, 0u);
  EXPECT_EQ(where.column, 0u);
  EXPECT_EQ(where.offset, 0u);
}

TEST(DiagnosticLogTest, OffsetPastTheEndIsTheEnd) {
  const Location where = locate("ab\ncd", 99);
  EXPECT_EQ(where.offset, 5u);
  EXPECT_EQ(where.line, 2u);
  EXPECT_EQ(where.column, 3u);
  const Location empty = locate("", 0);
  EXPECT_EQ(empty.line, 1u);
  EXPECT_EQ(empty.column, 1u);
}

TEST(DiagnosticLogTest, ManyLocationsInOnePass) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "line " + std::to_string(i + 1) + "\n";
  DiagnosticLog log(false);
  // Added out of order, on every line, at the third byte of each line.
  for (std::size_t line = 50; line >= 1; --line) {
    std::size_t start = 0;
    for (std::size_t l = 1; l < line; ++l) start = text.find('\n', start) + 1;
    log.add(line % 2 == 0 ? ErrorCode::bad_date : ErrorCode::missing_element, start + 2, "m");
  }
  const std::vector<Diagnostic> out = log.finish(text);
  ASSERT_EQ(out.size(), 42u);  // 20 of each code (lines 11 to 50), then two summaries
  std::size_t previous = 10;
  for (std::size_t i = 0; i < 40; ++i) {
    EXPECT_EQ(out[i].location.line, previous + 1);
    previous = out[i].location.line;
    EXPECT_EQ(out[i].location.column, 3u);
  }
  EXPECT_EQ(out[40].location.line, 0u);
  EXPECT_EQ(out[41].location.line, 0u);
}

}  // namespace
}  // namespace feedpp::detail
