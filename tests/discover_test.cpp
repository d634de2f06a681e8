// SPDX-License-Identifier: MIT
// Feed autodiscovery (discover.hpp): the feed links of a page, resolved.
#include <gtest/gtest.h>

#include <feedpp/discover.hpp>

#include <string>
#include <vector>

#include "test_util.hpp"

namespace feedpp {
namespace {

std::vector<std::string> hrefs(const std::vector<DiscoveredFeed>& feeds) {
  std::vector<std::string> out;
  for (const DiscoveredFeed& f : feeds) out.push_back(f.href);
  return out;
}

TEST(DiscoverTest, ARealisticPage) {
  const std::vector<DiscoveredFeed> feeds =
      discover_feeds(test::read_data("inputs/blog-page.html"), "https://notes.example.net/");
  ASSERT_EQ(feeds.size(), 3u);
  EXPECT_EQ(feeds[0].href, "https://notes.example.net/blog/feed.xml");  // <base href> counts
  EXPECT_EQ(feeds[0].type, "application/rss+xml");
  EXPECT_EQ(feeds[0].title, "Fireside Notes & Links (RSS)");  // references decoded
  EXPECT_EQ(feeds[1].href, "https://notes.example.net/atom.xml");
  EXPECT_EQ(feeds[1].type, "application/atom+xml");
  EXPECT_EQ(feeds[2].href, "https://notes.example.net/feed.json");  // any case, with charset
  EXPECT_EQ(feeds[2].type, "application/feed+json");
  EXPECT_EQ(feeds[2].title, "JSON Feed");
}

TEST(DiscoverTest, WhatIsNotAFeedLink) {
  EXPECT_TRUE(discover_feeds("").empty());
  EXPECT_TRUE(discover_feeds("<p>no head</p>").empty());
  // Not alternate, not a feed type, no href, a script URL, a JSON API.
  EXPECT_TRUE(discover_feeds(R"(<link rel="stylesheet" type="application/rss+xml" href="a">
      <link rel="alternate" type="text/html" href="b"><link rel="alternate"
      type="application/rss+xml"><link rel="alternate" type="application/atom+xml"
      href="data:text/xml,<feed/>"><link rel="alternate" type="application/json" href="/wp-json">)")
                  .empty());
}

TEST(DiscoverTest, RelTokensQuotingAndBase) {
  const std::string page =
      "<link rel='home alternate' type=application/atom+xml href=/a.xml>"
      "<link rel=\"ALTERNATE\" type=\"Application/RSS+XML\" href=\"b.rss?x=1&amp;y=2\" "
      "title=\"&#233;t&#xe9;\">"
      "<base href=\"https://cdn.example.org/root/\">";
  const std::vector<DiscoveredFeed> feeds = discover_feeds(page, "https://example.com/page");
  // The base applies to links before it too, as in a browser.
  EXPECT_EQ(hrefs(feeds), (std::vector<std::string>{"https://cdn.example.org/a.xml",
                                                    "https://cdn.example.org/root/b.rss?x=1&y=2"}));
  EXPECT_EQ(feeds[1].title, "\u00e9t\u00e9");
  EXPECT_EQ(feeds[1].type, "application/rss+xml");
  // Without a page URL, the links stay as written.
  EXPECT_EQ(hrefs(discover_feeds("<link rel=alternate type=application/rss+xml href=/f>")),
            std::vector<std::string>{"/f"});
}

TEST(DiscoverTest, LinksInTextAreNotLinks) {
  EXPECT_TRUE(discover_feeds("<script>document.write('<link rel=alternate "
                             "type=application/rss+xml href=/x>')</script><!-- <link rel=alternate "
                             "type=application/rss+xml href=/y> -->")
                  .empty());
}

}  // namespace
}  // namespace feedpp
