// SPDX-License-Identifier: MIT
// The Well-Formed Web comment API (include/feedpp/ext/wfw.hpp): WordPress's wfw:commentRss, an
// older engine's wfw:comment and commentRSS in capitals, a repeat and a misfit; writing from
// code; round trips.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

TEST(WfwTest, ReadsWordpressCommentFeeds) {
  const Feed f = test::parse_clean(test::read_data("wfw/wordpress.xml"));
  ASSERT_EQ(f.items.size(), 2u);
  ASSERT_TRUE(f.items[0].wfw);
  EXPECT_EQ(f.items[0].wfw->comment_rss,
            "https://allotment.example/2026/11/09/leeks-finally/feed/");
  EXPECT_EQ(f.items[0].wfw->comment, "");
  EXPECT_EQ(f.items[1].wfw->comment_rss, "https://allotment.example/2026/11/02/frost/feed/");
  // RSS's own comments element stays RSS's.
  EXPECT_EQ(f.items[0].comments, "https://allotment.example/2026/11/09/leeks-finally/#comments");
  EXPECT_TRUE(f.items[0].extensions.empty());
}

TEST(WfwTest, ReadsAnOlderEngine) {
  const ParseResult r = parse(test::read_data("wfw/variants.xml"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(test::codes(r), std::vector<ErrorCode>{ErrorCode::duplicate_element})
      << test::describe(r);
  const Item& hello = r.feed.items.at(0);
  ASSERT_TRUE(hello.wfw);
  EXPECT_EQ(hello.wfw->comment, "https://oldblog.example/CommentView.aspx?guid=1b2c");
  EXPECT_EQ(hello.wfw->comment_rss,
            "https://oldblog.example/SyndicationService.asmx/GetEntryCommentsRss?guid=1b2c");
  EXPECT_TRUE(hello.extensions.empty());
  const Item& again = r.feed.items.at(1);
  EXPECT_EQ(again.wfw->comment_rss, "https://oldblog.example/again/feed");
  EXPECT_EQ(again.wfw->comment, "");
  ASSERT_EQ(again.extensions.size(), 2u);
  EXPECT_EQ(again.extensions[0].text, "https://oldblog.example/again/feed2");
  EXPECT_EQ(again.extensions[1].name, "comment");
  EXPECT_EQ(again.extensions[1].ns, ns::kWellFormedWeb);

  const std::string out = test::write(r.feed);
  for (const char* written :
       {"<wfw:commentRss>https://oldblog.example/SyndicationService.asmx/"
        "GetEntryCommentsRss?guid=1b2c</wfw:commentRss>",
        "<wfw:commentRss>https://oldblog.example/again/feed2</wfw:commentRss>",
        "<wfw:comment href=\"https://oldblog.example/again/post\"/>"}) {
    EXPECT_NE(out.find(written), std::string::npos) << written << "\n" << out;
  }
  const ParseResult back = parse(out);
  EXPECT_EQ(test::model_difference(back.feed, r.feed), "");
  EXPECT_EQ(test::write(back.feed), out);
}

Feed post_in_code(bool atom) {
  Feed f;
  f.channel.title = "Blog";
  if (atom) {
    f.channel.id = "urn:uuid:5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c";
    f.channel.last_build_date = *make_datetime(2026, 11, 10);
  } else {
    f.channel.link = "https://blog.example/";
    f.channel.description = Text::html("Posts.");
  }
  Item item;
  item.title = "Post";
  item.guid.value = "https://blog.example/post";
  if (atom) item.updated = *make_datetime(2026, 11, 10);
  WellFormedWeb& wfw = item.wfw.ensure();
  wfw.comment = "https://blog.example/post/comment";
  wfw.comment_rss = "https://blog.example/post/comments.xml";
  f.items.push_back(item);
  return f;
}

TEST(WfwTest, WritesValuesMadeInCode) {
  const std::string out = test::write(post_in_code(false));
  EXPECT_EQ(test::count(out, "xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\""), 1u) << out;
  EXPECT_NE(
      out.find("<wfw:comment>https://blog.example/post/comment</wfw:comment>\n"
               "      <wfw:commentRss>https://blog.example/post/comments.xml</wfw:commentRss>"),
      std::string::npos)
      << out;
}

TEST(WfwTest, AModelBuiltInCodeRoundTrips) {
  test::expect_round_trip(post_in_code(false));
  test::expect_round_trip(post_in_code(true), true);
}

TEST(WfwTest, FeedsRoundTrip) {
  test::expect_feed_round_trip(test::read_data("wfw/wordpress.xml"));
}

}  // namespace
}  // namespace feedpp
