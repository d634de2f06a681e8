// SPDX-License-Identifier: MIT
// The syndication module (include/feedpp/ext/syndication.hpp): WordPress's sy: elements with the
// whitespace WordPress puts around them, RSS 1.0's with an update base, values in other cases,
// unreadable values, a repeat and a misfit; writing from code; round trips.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

TEST(SyndicationTest, ReadsWordpressSchedule) {
  const Feed f = test::parse_clean(test::read_data("syndication/wordpress.xml"));
  ASSERT_TRUE(f.channel.syndication);
  const Syndication& sy = *f.channel.syndication;
  // WordPress writes the values on a line of their own: the value, and the text as written.
  EXPECT_EQ(sy.update_period.value, UpdatePeriod::hourly);
  EXPECT_EQ(sy.update_period.text, "\n\thourly\t");
  EXPECT_EQ(sy.update_frequency.value, 1);
  EXPECT_EQ(sy.update_frequency.text, "\n\t1\t");
  EXPECT_TRUE(sy.update_base.empty());
  EXPECT_TRUE(f.channel.extensions.empty());
}

TEST(SyndicationTest, ReadsAnUpdateBase) {
  const Feed f = test::parse_clean(test::read_data("syndication/rss10.xml"));
  ASSERT_TRUE(f.channel.syndication);
  const Syndication& sy = *f.channel.syndication;
  EXPECT_EQ(sy.update_period.value, UpdatePeriod::daily);
  EXPECT_EQ(sy.update_frequency.value, 4);
  // The module's own example form: W3C-DTF without seconds.
  EXPECT_EQ(sy.update_base.value, make_datetime(2000, 1, 1));
  EXPECT_EQ(sy.update_base.text, "2000-01-01T00:00+00:00");
}

TEST(SyndicationTest, ValuesInOtherCasesUnreadableValuesAndARepeat) {
  const ParseResult r = parse(test::read_data("syndication/variants.xml"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(test::codes(r),
            (std::vector<ErrorCode>{ErrorCode::bad_date, ErrorCode::duplicate_element}))
      << test::describe(r);
  const Syndication& sy = *r.feed.channel.syndication;
  EXPECT_EQ(sy.update_period.value, UpdatePeriod::weekly);
  EXPECT_EQ(sy.update_period.text, "Weekly");
  EXPECT_FALSE(sy.update_frequency.value);
  EXPECT_EQ(sy.update_frequency.text, "twice");
  EXPECT_FALSE(sy.update_base.value);
  EXPECT_EQ(sy.update_base.text, "sometime in 2001");
  ASSERT_EQ(r.feed.channel.extensions.size(), 1u);
  EXPECT_EQ(r.feed.channel.extensions[0].name, "updatePeriod");
  EXPECT_EQ(r.feed.channel.extensions[0].text, "daily");

  const std::string out = test::write(r.feed);
  for (const char* as_read : {"<sy:updatePeriod>Weekly</sy:updatePeriod>",
                              "<sy:updateFrequency>twice</sy:updateFrequency>",
                              "<sy:updateBase>sometime in 2001</sy:updateBase>",
                              "<sy:updatePeriod>daily</sy:updatePeriod>"}) {
    EXPECT_NE(out.find(as_read), std::string::npos) << as_read << "\n" << out;
  }
  const ParseResult again = parse(out);
  EXPECT_EQ(test::model_difference(again.feed, r.feed), "");
  EXPECT_EQ(test::write(again.feed), out);
}

TEST(SyndicationTest, AnUnknownPeriodAndAMisfit) {
  const ParseResult r = parse(test::read_data("syndication/variants-2.xml"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.diagnostics.empty()) << test::describe(r);
  const Syndication& sy = *r.feed.channel.syndication;
  EXPECT_FALSE(sy.update_period.value);
  EXPECT_EQ(sy.update_period.text, "FORTNIGHTLY");
  // Markup inside a number: not a number; kept whole.
  EXPECT_TRUE(sy.update_frequency.empty());
  ASSERT_EQ(r.feed.channel.extensions.size(), 1u);
  EXPECT_EQ(r.feed.channel.extensions[0].name, "updateFrequency");
  ASSERT_EQ(r.feed.channel.extensions[0].children.size(), 1u);
  const std::string out = test::write(r.feed);
  EXPECT_NE(out.find("<sy:updateFrequency>\n      <b>2</b>\n    </sy:updateFrequency>"),
            std::string::npos)
      << out;
}

Feed scheduled_in_code(bool atom) {
  Feed f;
  f.channel.title = "Tide tables";
  if (atom) {
    f.channel.id = "urn:uuid:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    f.channel.last_build_date = *make_datetime(2026, 11, 1);
  } else {
    f.channel.link = "https://tides.example/";
    f.channel.description = Text::html("High and low water.");
  }
  Syndication& sy = f.channel.syndication.ensure();
  sy.update_period = UpdatePeriod::monthly;
  sy.update_frequency = 2;
  sy.update_base = *make_datetime(2026, 1, 1, 6, 0, 0);
  return f;
}

TEST(SyndicationTest, WritesValuesMadeInCode) {
  const std::string out = test::write(scheduled_in_code(false));
  EXPECT_EQ(test::count(out, "xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\""), 1u)
      << out;
  EXPECT_NE(out.find("<sy:updatePeriod>monthly</sy:updatePeriod>\n"
                     "    <sy:updateFrequency>2</sy:updateFrequency>\n"
                     "    <sy:updateBase>2026-01-01T06:00:00Z</sy:updateBase>"),
            std::string::npos)
      << out;
  EXPECT_EQ(to_string(UpdatePeriod::yearly), "yearly");
}

TEST(SyndicationTest, AModelBuiltInCodeRoundTrips) {
  test::expect_round_trip(scheduled_in_code(false));
  const std::string atom = test::expect_round_trip(scheduled_in_code(true), true);
  EXPECT_EQ(test::count(atom, "xmlns:sy="), 1u) << atom;
}

TEST(SyndicationTest, FeedsRoundTrip) {
  const Feed wordpress = test::expect_feed_round_trip(test::read_data("syndication/wordpress.xml"));
  // The whitespace around WordPress's values is written back as it was.
  const std::string out = test::write(wordpress);
  EXPECT_NE(out.find("<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>"), std::string::npos) << out;
  test::expect_feed_round_trip(test::read_data("syndication/rss10.xml"), false);
}

}  // namespace
}  // namespace feedpp
