// SPDX-License-Identifier: MIT
// Atom threading (include/feedpp/ext/threading.hpp, RFC 4685): a Blogger-like comments feed
// (thr:in-reply-to with every attribute, one entry replying to two), a posts feed (thr:total,
// and thr:count on links, which stays the link's), names in other cases, an unreadable total, a
// repeat and a misfit; writing from code; round trips.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

TEST(ThreadingTest, ReadsRepliesOfACommentsFeed) {
  const Feed f = test::parse_clean(test::read_data("threading/blogger-comments.xml"));
  ASSERT_EQ(f.items.size(), 2u);
  ASSERT_TRUE(f.items[0].threading);
  ASSERT_EQ(f.items[0].threading->in_reply_to.size(), 1u);
  const ThreadInReplyTo& r = f.items[0].threading->in_reply_to[0];
  EXPECT_EQ(r.ref, "tag:blogger.example,1999:blog-4721.post-881234");
  EXPECT_EQ(r.href, "https://purlandplain.blogger.example/2026/11/casting-on.html");
  EXPECT_EQ(r.type, "text/html");
  EXPECT_EQ(r.source, "https://www.blogger.example/feeds/4721/posts/default/881234");
  EXPECT_TRUE(r.attributes.empty());
  EXPECT_FALSE(f.items[0].threading->total);
  // An entry may reply to more than one.
  ASSERT_EQ(f.items[1].threading->in_reply_to.size(), 2u);
  EXPECT_EQ(f.items[1].threading->in_reply_to[1].ref,
            "tag:blogger.example,1999:blog-4721.post-77120");
  EXPECT_EQ(f.items[1].threading->in_reply_to[1].href, "");
  // Blogger's own elements stay extensions.
  ASSERT_EQ(f.items[0].extensions.size(), 1u);
  EXPECT_EQ(f.items[0].extensions[0].name, "extendedProperty");
}

TEST(ThreadingTest, ReadsATotalAndLeavesLinkCountsOnTheLinks) {
  const Feed f = test::parse_clean(test::read_data("threading/blogger-posts.xml"));
  const Item& post = f.items.at(0);
  ASSERT_TRUE(post.threading);
  EXPECT_EQ(post.threading->total.value, 2);
  EXPECT_TRUE(post.threading->in_reply_to.empty());
  ASSERT_EQ(post.links.size(), 3u);
  ASSERT_EQ(post.links[0].attributes.size(), 2u);
  EXPECT_EQ(post.links[0].attributes[0].ns, ns::kThreading);
  EXPECT_EQ(post.links[0].attributes[0].name, "count");
  EXPECT_EQ(post.links[0].attributes[0].value, "2");
  EXPECT_EQ(post.links[0].attributes[1].name, "updated");
}

TEST(ThreadingTest, VariantsKeepTheirTextAndRepeatsAndMisfitsAreExtensions) {
  const ParseResult r = parse(test::read_data("threading/variants.xml"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(test::codes(r), std::vector<ErrorCode>{ErrorCode::duplicate_element})
      << test::describe(r);
  const Item& item = r.feed.items.at(0);
  ASSERT_TRUE(item.threading);
  EXPECT_FALSE(item.threading->total.value);
  EXPECT_EQ(item.threading->total.text, "lots");
  ASSERT_EQ(item.threading->in_reply_to.size(), 1u);  // the name in capitals
  EXPECT_EQ(item.threading->in_reply_to[0].ref, "urn:uuid:b1c2d3e4-f5a6-4b7c-8d9e-000000000000");
  ASSERT_EQ(item.extensions.size(), 2u);
  EXPECT_EQ(item.extensions[0].name, "Total");
  EXPECT_EQ(item.extensions[1].name, "in-reply-to");
  EXPECT_EQ(item.extensions[1].text, "urn:uuid:b1c2d3e4-f5a6-4b7c-8d9e-000000000000");

  const std::string out = test::write(r.feed, true);
  for (const char* written :
       {"<thr:total>lots</thr:total>", "<thr:Total>3</thr:Total>",
        "<thr:in-reply-to ref=\"urn:uuid:b1c2d3e4-f5a6-4b7c-8d9e-000000000000\"/>",
        "<thr:in-reply-to>urn:uuid:b1c2d3e4-f5a6-4b7c-8d9e-000000000000</thr:in-reply-to>"}) {
    EXPECT_NE(out.find(written), std::string::npos) << written << "\n" << out;
  }
  const ParseResult back = parse(out);
  EXPECT_EQ(test::model_difference(back.feed, r.feed), "");
  EXPECT_EQ(test::write(back.feed, true), out);
}

Feed reply_in_code(bool atom) {
  Feed f;
  f.channel.title = "Comments";
  if (atom) {
    f.channel.id = "urn:uuid:c0ffee00-1234-4abc-8def-0123456789ab";
    f.channel.last_build_date = *make_datetime(2026, 11, 10);
  } else {
    f.channel.link = "https://comments.example/";
    f.channel.description = Text::html("Replies.");
  }
  Item item;
  item.title = "Re: hello";
  item.guid.value = "urn:uuid:c0ffee00-1234-4abc-8def-000000000002";
  if (atom) item.updated = *make_datetime(2026, 11, 10);
  Threading& thr = item.threading.ensure();
  ThreadInReplyTo to;
  to.ref = "urn:uuid:c0ffee00-1234-4abc-8def-000000000001";
  to.href = "https://comments.example/hello";
  to.type = "text/html";
  thr.in_reply_to.push_back(to);
  thr.total = 0;
  f.items.push_back(item);
  return f;
}

TEST(ThreadingTest, WritesValuesMadeInCode) {
  const std::string out = test::write(reply_in_code(true), true);
  EXPECT_EQ(test::count(out, "xmlns:thr=\"http://purl.org/syndication/thread/1.0\""), 1u) << out;
  EXPECT_NE(out.find("<thr:in-reply-to ref=\"urn:uuid:c0ffee00-1234-4abc-8def-000000000001\" "
                     "href=\"https://comments.example/hello\" type=\"text/html\"/>\n"
                     "    <thr:total>0</thr:total>"),
            std::string::npos)
      << out;
}

TEST(ThreadingTest, AModelBuiltInCodeRoundTrips) {
  test::expect_round_trip(reply_in_code(true), true);
  test::expect_round_trip(reply_in_code(false));
}

TEST(ThreadingTest, FeedsRoundTrip) {
  test::expect_feed_round_trip(test::read_data("threading/blogger-comments.xml"));
  test::expect_feed_round_trip(test::read_data("threading/blogger-posts.xml"));
}

}  // namespace
}  // namespace feedpp
