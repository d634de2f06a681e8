// SPDX-License-Identifier: MIT
// The Slash module (include/feedpp/ext/slash.hpp): a Slashdot-like RSS 1.0 feed with every
// element, WordPress's comment count, names in other cases, unreadable counts, a repeat and a
// misfit; writing from code; round trips.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

TEST(SlashTest, ReadsEveryElementOfASlashdotStory) {
  const Feed f = test::parse_clean(test::read_data("slash/slashdot.xml"));
  ASSERT_EQ(f.format, Format::rss_1_0);
  ASSERT_EQ(f.items.size(), 1u);
  ASSERT_TRUE(f.items[0].slash);
  const Slash& s = *f.items[0].slash;
  EXPECT_EQ(s.department, "copy-on-write-all-the-things");
  EXPECT_EQ(s.section, "linux");
  EXPECT_EQ(s.comments.value, 142);
  EXPECT_EQ(s.comments.text, "142");
  EXPECT_EQ(s.hit_parade, "142,131,98,61,22,11,6");
  EXPECT_TRUE(f.items[0].extensions.empty());
}

TEST(SlashTest, ReadsWordpressCommentCounts) {
  const Feed f = test::parse_clean(test::read_data("slash/wordpress.xml"));
  ASSERT_EQ(f.items.size(), 2u);
  EXPECT_EQ(f.items[0].slash->comments.value, 7);
  EXPECT_EQ(f.items[1].slash->comments.value, 0);
  EXPECT_EQ(f.items[1].slash->comments.text, "0");
  EXPECT_EQ(f.items[0].slash->section, "");
}

TEST(SlashTest, VariantsKeepTheirTextAndRepeatsAndMisfitsAreExtensions) {
  const ParseResult r = parse(test::read_data("slash/variants.xml"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(test::codes(r), std::vector<ErrorCode>{ErrorCode::duplicate_element})
      << test::describe(r);
  ASSERT_EQ(r.feed.items.size(), 3u);
  const Item& many = r.feed.items[0];
  EXPECT_FALSE(many.slash->comments.value);
  EXPECT_EQ(many.slash->comments.text, "many");
  EXPECT_EQ(many.slash->section, "news");  // the name in another case
  const Item& twice = r.feed.items[1];
  EXPECT_EQ(twice.slash->comments.value, 12);
  EXPECT_EQ(twice.slash->comments.text, " 12 ");
  ASSERT_EQ(twice.extensions.size(), 1u);
  EXPECT_EQ(twice.extensions[0].text, "13");
  const Item& attributed = r.feed.items[2];
  EXPECT_TRUE(attributed.slash->comments.empty());
  EXPECT_EQ(attributed.slash->department, "fresh");
  ASSERT_EQ(attributed.extensions.size(), 1u);
  EXPECT_EQ(attributed.extensions[0].ns, ns::kSlash);
  EXPECT_EQ(attributed.extensions[0].attributes.at(0).value, "approved");

  const std::string out = test::write(r.feed);
  for (const char* written :
       {"<slash:comments>many</slash:comments>", "<slash:section>news</slash:section>",
        "<slash:comments> 12 </slash:comments>\n      <slash:comments>13</slash:comments>",
        "<slash:comments type=\"approved\">3</slash:comments>\n"
        "      <slash:department>fresh</slash:department>"}) {
    EXPECT_NE(out.find(written), std::string::npos) << written << "\n" << out;
  }
  const ParseResult again = parse(out);
  EXPECT_EQ(test::model_difference(again.feed, r.feed), "");
  EXPECT_EQ(test::write(again.feed), out);
}

Feed story_in_code(bool atom) {
  Feed f;
  f.channel.title = "Stories";
  if (atom) {
    f.channel.id = "urn:uuid:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    f.channel.last_build_date = *make_datetime(2026, 11, 10);
  } else {
    f.channel.link = "https://stories.example/";
    f.channel.description = Text::html("All the stories.");
  }
  Item item;
  item.title = "A story";
  item.guid.value = "https://stories.example/1";
  if (atom) item.updated = *make_datetime(2026, 11, 10);
  Slash& s = item.slash.ensure();
  s.section = "science";
  s.department = "it-was-the-cat";
  s.comments = 42;
  s.hit_parade = "42,40,12,3,1,0,0";
  f.items.push_back(item);
  return f;
}

TEST(SlashTest, WritesValuesMadeInCode) {
  const std::string out = test::write(story_in_code(false));
  EXPECT_EQ(test::count(out, "xmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\""), 1u) << out;
  EXPECT_NE(out.find("<slash:section>science</slash:section>\n"
                     "      <slash:department>it-was-the-cat</slash:department>\n"
                     "      <slash:comments>42</slash:comments>\n"
                     "      <slash:hit_parade>42,40,12,3,1,0,0</slash:hit_parade>"),
            std::string::npos)
      << out;
}

TEST(SlashTest, AModelBuiltInCodeRoundTrips) {
  test::expect_round_trip(story_in_code(false));
  const std::string atom = test::expect_round_trip(story_in_code(true), true);
  EXPECT_EQ(test::count(atom, "xmlns:slash="), 1u) << atom;
}

TEST(SlashTest, FeedsRoundTrip) {
  test::expect_feed_round_trip(test::read_data("slash/wordpress.xml"));
  test::expect_feed_round_trip(test::read_data("slash/slashdot.xml"), false);
}

}  // namespace
}  // namespace feedpp
