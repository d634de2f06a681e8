// SPDX-License-Identifier: MIT
// resolve_urls(): relative URLs resolved against the xml:base in scope and the document's URL.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include "test_util.hpp"

namespace feedpp {
namespace {

TEST(ViewTest, XmlBaseChainsFromRootToElement) {
  Feed feed = parse(test::read_data("resolve/atom-bases.xml")).feed;
  const Feed faithful = feed;
  resolve_urls(feed, "http://ignored.example.org/feed.xml");  // the root's absolute base wins
  EXPECT_EQ(feed.channel.links[0].href, "http://example.com/blog/feed.atom");
  EXPECT_EQ(feed.channel.icon, "http://example.com/favicon.ico");
  const Item& e = feed.items[0];
  EXPECT_EQ(e.guid.value, "http://example.com/blog/posts/2026/first/");
  EXPECT_EQ(e.links[0].href, "http://example.com/blog/posts/2026/first.html");
  EXPECT_EQ(e.links[1].href, "http://example.com/blog/media/a.mp3");
  EXPECT_EQ(e.authors[0].uri, "http://example.com/about/jo");
  // A script URL is no base: the entry's base applies to the title's HTML.
  EXPECT_EQ(e.title.value, "<a href=\"http://example.com/blog/posts/2026/x.html\">x</a>");
  // XHTML content with its own base; absolute URLs untouched.
  EXPECT_EQ(e.content.value,
            "<img alt=\"p\" src=\"http://cdn.example.net/img/pic.png\" /> "
            "<a href=\"http://absolute.example.org/\">abs</a>");
  // The model as parsed kept what the document said.
  EXPECT_EQ(faithful.items[0].links[0].href, "first.html");
}

TEST(ViewTest, DocumentUrlIsTheBaseOfRss) {
  ParseOptions options;
  options.base_url = "https://example.com/feeds/main.xml";
  options.resolve_urls = true;
  const Feed feed = parse(test::read_data("resolve/rss-relative.xml"), options).feed;
  EXPECT_EQ(feed.channel.link, "https://example.com/");
  EXPECT_EQ(feed.channel.description.value, "<img src=\"https://example.com/feeds/logo.png\" />");
  EXPECT_EQ(feed.channel.image->url, "https://example.com/feeds/img/logo.png");
  const Item& it = feed.items[0];
  EXPECT_EQ(it.link, "https://example.com/feeds/one.html");
  EXPECT_EQ(it.comments, "https://example.com/feeds/one.html#comments");
  EXPECT_EQ(it.enclosures[0].url, "https://example.com/feeds/media/one.mp3");
  EXPECT_EQ(it.guid.value, "42");  // not a permalink: not a URL
  EXPECT_EQ(it.description.value, "<a href=\"https://example.com/two.html\">two</a>");
  EXPECT_EQ(it.title.value, "One");
}

TEST(ViewTest, WithoutABaseRelativeUrlsStay) {
  Feed feed = parse(test::read_data("resolve/rss-relative.xml")).feed;
  resolve_urls(feed, "");
  EXPECT_EQ(feed.items[0].link, "one.html");
}

TEST(ViewTest, LinksAndDatesWhateverTheFormat) {
  Channel c;
  EXPECT_EQ(self_link(c), nullptr);
  EXPECT_EQ(alternate_link(c), "");
  c.links.push_back({"https://example.com/feed", "self", "application/rss+xml"});
  c.links.push_back({"https://example.com/"});  // rel "" is alternate
  ASSERT_NE(self_link(c), nullptr);
  EXPECT_EQ(self_link(c)->href, "https://example.com/feed");
  EXPECT_EQ(alternate_link(c), "https://example.com/");
  c.link = "https://example.com/rss-link";
  EXPECT_EQ(alternate_link(c), "https://example.com/rss-link");

  Item item;
  item.guid = Guid{"https://example.com/p/1", {}};
  EXPECT_EQ(alternate_link(item), "https://example.com/p/1");  // a permalink guid
  item.guid.is_permalink = false;
  EXPECT_EQ(alternate_link(item), "");
  item.links.push_back({"https://example.com/a", "alternate"});
  EXPECT_EQ(alternate_link(item), "https://example.com/a");
  EXPECT_EQ(item_date(item), nullptr);
  item.updated = *make_datetime(2020, 1, 1);
  ASSERT_NE(item_date(item), nullptr);
  EXPECT_EQ(item_date(item), &item.updated);
  item.pub_date = *make_datetime(2019, 1, 1);
  EXPECT_EQ(item_date(item), &item.pub_date);
}

}  // namespace
}  // namespace feedpp
