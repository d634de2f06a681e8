// SPDX-License-Identifier: MIT
// convert(): a feed read in one format, made whole for the other; the target's writer then
// writes every feed of tests/data, and what it writes reads back clean and validates.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "test_util.hpp"

namespace feedpp {
namespace {

std::vector<std::string> feeds_in_test_data() {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(test::data_path(""))) {
    if (e.is_regular_file() && e.path().extension() == ".xml") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string write_as(const Feed& feed, Format target) {
  std::string out;
  const Status s = is_atom(target) ? write_atom(feed, out) : write_rss(feed, out);
  EXPECT_TRUE(s.ok()) << s.message();
  return s.ok() ? out : std::string();
}

TEST(ConvertTest, TheSameFamilyIsReturnedAsItIs) {
  const Feed seed = test::parse_clean(test::read_data("alamrafiul-distributed-systems.xml"));
  const Conversion c = convert(seed, Format::rss_2_0);
  EXPECT_TRUE(c.ok());
  EXPECT_TRUE(c.notes.empty());
  EXPECT_EQ(c.feed, seed);
}

TEST(ConvertTest, RssToAtomFillsWhatAtomRequiresAndSaysSo) {
  const Feed seed = test::parse_clean(test::read_data("alamrafiul-distributed-systems.xml"));
  std::string plain;
  EXPECT_FALSE(write_atom(seed, plain).ok());  // a model read as RSS is checked as Atom
  const Conversion c = convert(seed, Format::atom_1_0);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c.feed.channel.id, "https://alamrafiul.com/tags/distributed-systems/index.xml");
  ASSERT_FALSE(c.feed.channel.authors.empty());
  bool said_id = false;
  for (const Diagnostic& d : c.notes) {
    EXPECT_EQ(d.severity, Severity::warning);
    said_id |= d.code == ErrorCode::value_filled && d.message.find("<id>") != std::string::npos;
  }
  EXPECT_TRUE(said_id);
  const std::string atom = write_as(c.feed, Format::atom_1_0);
  const ValidationResult v = validate(atom);
  for (const Finding& f : v.findings) {
    EXPECT_NE(f.severity, FindingSeverity::error) << f.code << ": " << f.message;
  }
}

TEST(ConvertTest, NothingToMakeAnIdFromIsAnError) {
  Feed f;
  f.format = Format::rss_2_0;
  f.channel.title = "No links";
  f.channel.description = "none";
  const Conversion c = convert(f, Format::atom_1_0);
  EXPECT_FALSE(c.ok());
  std::string out;
  EXPECT_FALSE(write_atom(c.feed, out).ok());  // and the writer refuses it too
}

// Each RSS 2.0 and Atom 1.0 feed of tests/data goes to the other format and back, whole each
// time: the writers accept what convert() made, and it reads back without an error.
TEST(ConvertTest, EveryFeedInTestDataGoesThereAndBack) {
  std::size_t converted = 0;
  for (const std::string& file : feeds_in_test_data()) {
    const ParseResult r = parse(test::read_file(file));
    if (r.feed.format != Format::rss_2_0 && r.feed.format != Format::atom_1_0) continue;
    if (r.has_errors()) continue;
    SCOPED_TRACE(file);
    const Format other = is_rss(r.feed.format) ? Format::atom_1_0 : Format::rss_2_0;
    const Conversion there = convert(r.feed, other);
    if (!there.ok()) continue;  // nothing to fill from (said in the notes), checked above
    const std::string first = write_as(there.feed, other);
    ASSERT_FALSE(first.empty());
    const ParseResult back = parse(first);
    EXPECT_FALSE(back.has_errors()) << first;
    const Conversion again = convert(back.feed, r.feed.format);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(write_as(again.feed, r.feed.format).empty());
    ++converted;
  }
  EXPECT_GE(converted, 80u);
}

}  // namespace
}  // namespace feedpp
