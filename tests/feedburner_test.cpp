// SPDX-License-Identifier: MIT
// FeedBurner's elements (include/feedpp/ext/feedburner.hpp): a proxied feed with every channel
// element and an item's original links, the namespace in capitals, names in other cases, a
// repeat and a misfit; writing from code; round trips.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

TEST(FeedburnerTest, ReadsEveryElement) {
  const Feed f = test::parse_clean(test::read_data("feedburner/feedburner.xml"));
  ASSERT_TRUE(f.channel.feedburner);
  const Feedburner& c = *f.channel.feedburner;
  ASSERT_TRUE(c.info);
  EXPECT_EQ(c.info->uri, "weekendbaking");
  EXPECT_EQ(c.email_service_id, "WeekendBaking");
  EXPECT_EQ(c.hostname, "https://feedburner.google.example");
  EXPECT_EQ(c.browser_friendly,
            "This is an XML content feed. It is intended to be viewed in a newsreader or "
            "syndicated to another site.");
  ASSERT_EQ(c.feed_flares.size(), 2u);
  EXPECT_EQ(c.feed_flares[0].label, "Subscribe with My Yahoo!");
  EXPECT_EQ(c.feed_flares[1].src, "https://www.newsgator.example/images/ngsub1.gif");
  EXPECT_TRUE(f.channel.extensions.empty());
  ASSERT_EQ(f.channel.links.size(), 2u);  // atom10:link is Atom's, whatever its prefix
  const Item& item = f.items.at(0);
  ASSERT_TRUE(item.feedburner);
  EXPECT_EQ(item.feedburner->orig_link,
            "https://weekendbaking.example/2026/11/sourdough-slowly.html");
  EXPECT_EQ(item.feedburner->orig_enclosure_link,
            "https://weekendbaking.example/audio/sourdough.mp3");
  EXPECT_TRUE(item.extensions.empty());
}

TEST(FeedburnerTest, VariantsRepeatsAndMisfits) {
  const ParseResult r = parse(test::read_data("feedburner/variants.xml"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(test::codes(r), std::vector<ErrorCode>{ErrorCode::duplicate_element})
      << test::describe(r);
  ASSERT_TRUE(r.feed.channel.feedburner);
  EXPECT_EQ(r.feed.channel.feedburner->info->uri, "proxied");
  ASSERT_EQ(r.feed.channel.feedburner->info->attributes.size(), 1u);
  const Item& one = r.feed.items.at(0);
  EXPECT_EQ(one.feedburner->orig_link, "https://proxied.example/1");
  ASSERT_EQ(one.extensions.size(), 1u);
  EXPECT_EQ(one.extensions[0].ns, ns::kFeedburner);
  EXPECT_EQ(one.extensions[0].text, "https://proxied.example/1-again");
  const Item& two = r.feed.items.at(1);
  EXPECT_FALSE(two.feedburner);
  ASSERT_EQ(two.extensions.size(), 1u);

  const std::string out = test::write(r.feed);
  EXPECT_EQ(test::count(out, "xmlns:feedburner=\"http://rssnamespace.org/feedburner/ext/1.0\""), 1u)
      << out;
  for (const char* written :
       {"<feedburner:info uri=\"proxied\" version=\"2\"/>",
        "<feedburner:origLink>https://proxied.example/1</feedburner:origLink>",
        "<feedburner:origLink>https://proxied.example/1-again</feedburner:origLink>",
        "<feedburner:origLink rel=\"canonical\">https://proxied.example/2"
        "</feedburner:origLink>"}) {
    EXPECT_NE(out.find(written), std::string::npos) << written << "\n" << out;
  }
  const ParseResult back = parse(out);
  EXPECT_EQ(test::model_difference(back.feed, r.feed), "");
  EXPECT_EQ(test::write(back.feed), out);
}

Feed proxied_in_code(bool atom) {
  Feed f;
  f.channel.title = "Proxied";
  if (atom) {
    f.channel.id = "urn:uuid:abcdef01-2345-4678-89ab-cdef01234567";
    f.channel.last_build_date = *make_datetime(2026, 11, 10);
  } else {
    f.channel.link = "https://proxied.example/";
    f.channel.description = Text::html("Through a proxy.");
  }
  Feedburner& fb = f.channel.feedburner.ensure();
  FeedburnerInfo info;
  info.uri = "proxied";
  fb.info = info;
  fb.email_service_id = "Proxied";
  Item item;
  item.title = "Item";
  item.guid.value = "urn:proxied:1";
  if (atom) item.updated = *make_datetime(2026, 11, 10);
  item.feedburner.ensure().orig_link = "https://proxied.example/1";
  f.items.push_back(item);
  return f;
}

TEST(FeedburnerTest, WritesValuesMadeInCode) {
  const std::string out = test::write(proxied_in_code(false));
  for (const char* element :
       {"<feedburner:info uri=\"proxied\"/>",
        "<feedburner:emailServiceId>Proxied</feedburner:emailServiceId>",
        "<feedburner:origLink>https://proxied.example/1</feedburner:origLink>"}) {
    EXPECT_NE(out.find(element), std::string::npos) << element << "\n" << out;
  }
  EXPECT_EQ(test::count(out, "xmlns:feedburner="), 1u) << out;
}

TEST(FeedburnerTest, AModelBuiltInCodeRoundTrips) {
  test::expect_round_trip(proxied_in_code(false));
  test::expect_round_trip(proxied_in_code(true), true);
}

TEST(FeedburnerTest, FeedsRoundTrip) {
  test::expect_feed_round_trip(test::read_data("feedburner/feedburner.xml"));
}

}  // namespace
}  // namespace feedpp
