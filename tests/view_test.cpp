// SPDX-License-Identifier: MIT
// resolve_urls(): relative URLs resolved against the xml:base in scope and the document's URL.
// view(): HTML and XHTML texts sanitized by default (or not, or with other options), their
// URLs resolved, a plain-text summary, and the model left as the feed wrote it.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <string>
#include <string_view>

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

// An RSS 2.0 feed with HTML where RSS has it: the channel description, an item's description and
// content:encoded (the title is text).
constexpr std::string_view kHostileRss = R"xml(<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>T &amp; co</title>
<link>http://example.com/</link>
<description>&lt;b onmouseover="x()"&gt;News&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description>
<item xml:base="http://example.com/posts/">
<title>A &lt;script&gt; in a title</title>
<description>&lt;p onclick="steal()"&gt;That&amp;rsquo;s it &amp;mdash; &lt;a href="one.html"&gt;one&lt;/a&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src="javascript:alert(1)"&gt;&lt;/p&gt;&lt;p&gt;&lt;img src="data:image/png;base64,iVBORw0KGgo="&gt;Second&lt;/p&gt;</description>
<content:encoded><![CDATA[<iframe src="http://evil/"></iframe><a href="two.html" style="color: red; background: url(x)">two</a>]]></content:encoded>
</item>
</channel>
</rss>
)xml";

// An Atom feed with each kind of text construct: html, xhtml and text, and a source's.
constexpr std::string_view kHostileAtom = R"xml(<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/blog/">
<title type="html">&lt;i&gt;Blog&lt;/i&gt;&lt;script&gt;x&lt;/script&gt;</title>
<subtitle type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Sub <a href="about" onclick="x()">about</a></div></subtitle>
<entry xml:base="2026/">
<title type="text">&lt;script&gt;is text&lt;/script&gt;</title>
<summary type="text">Plain &lt;b&gt;text&lt;/b&gt;</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p style="color: blue; behavior: url(x.htc)">Hi <img src="pic.png" onerror="x()"/></p><object data="x.swf">fallback</object></div></content>
<rights type="html">&lt;a href="javascript:alert(1)"&gt;c&lt;/a&gt;</rights>
<source><title type="html">&lt;u&gt;S&lt;/u&gt;&lt;style&gt;p{}&lt;/style&gt;</title></source>
</entry>
</feed>
)xml";

TEST(ViewTest, SanitizesHtmlByDefaultAndResolvesItsUrls) {
  const Feed feed = parse(kHostileRss).feed;
  ViewOptions options;
  options.document_url = "http://example.com/feed.xml";
  const FeedView v = view(feed, options);
  ASSERT_TRUE(v.channel.subtitle);
  EXPECT_EQ(v.channel.subtitle->value, "<b>News</b>");
  EXPECT_EQ(v.channel.title->value, "T & co");  // text is text
  ASSERT_EQ(v.items.size(), 1u);
  const ItemView& it = v.items[0];
  EXPECT_EQ(it.title->value, "A <script> in a title");
  EXPECT_EQ(it.title->type, "text/plain");
  ASSERT_TRUE(it.summary);
  EXPECT_EQ(it.summary->type, "text/html");
  EXPECT_EQ(it.summary->value,
            "<p>That&rsquo;s it &mdash; <a href=\"http://example.com/posts/one.html\">one</a>"
            "<img src=\"\" /></p><p><img src=\"\" />Second</p>");
  ASSERT_EQ(it.content.size(), 1u);
  EXPECT_EQ(it.content[0].value,
            "<a href=\"http://example.com/posts/two.html\" style=\"color: red;\">two</a>");
  // view_item() and view_channel() alone do the same.
  EXPECT_EQ(view_item(feed, feed.items[0], options).summary->value, it.summary->value);
  EXPECT_EQ(view_channel(feed, options).subtitle->value, "<b>News</b>");
}

TEST(ViewTest, SanitizesEveryAtomTextConstructOfHtmlOrXhtml) {
  const FeedView v = view(parse(kHostileAtom).feed);
  EXPECT_EQ(v.channel.title->value, "<i>Blog</i>");
  EXPECT_EQ(v.channel.subtitle->type, "application/xhtml+xml");
  EXPECT_EQ(v.channel.subtitle->value, "Sub <a href=\"http://example.org/blog/about\">about</a>");
  const ItemView& it = v.items[0];
  EXPECT_EQ(it.title->value, "<script>is text</script>");  // type="text": text, not markup
  EXPECT_EQ(it.summary->value, "Plain <b>text</b>");
  ASSERT_EQ(it.content.size(), 1u);
  EXPECT_EQ(it.content[0].value,
            "<p style=\"color: blue;\">Hi <img src=\"http://example.org/blog/2026/pic.png\" /></p>"
            "fallback");
  EXPECT_EQ(it.rights->value, "<a href=\"\">c</a>");
  ASSERT_TRUE(it.source);
  EXPECT_EQ(it.source->title->value, "<u>S</u>");
}

TEST(ViewTest, SanitizingCanBeTurnedOff) {
  const Feed feed = parse(kHostileRss).feed;
  ViewOptions options;
  options.sanitize = false;
  const FeedView v = view(feed, options);
  EXPECT_EQ(v.channel.subtitle->value, "<b onmouseover=\"x()\">News</b><script>alert(1)</script>");
  // As written, URLs resolved (resolve_html_urls()).
  EXPECT_EQ(v.items[0].summary->value,
            "<p onclick=\"steal()\">That&rsquo;s it &mdash; "
            "<a href=\"http://example.com/posts/one.html\">one</a><script>alert(1)</script>"
            "<img src=\"javascript:alert(1)\" /></p>"
            "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" />Second</p>");
  const FeedView atom = view(parse(kHostileAtom).feed, options);
  EXPECT_EQ(atom.items[0].source->title->value, "<u>S</u><style>p{}</style>");
  EXPECT_EQ(atom.items[0].rights->value, "<a href=\"javascript:alert(1)\">c</a>");
}

TEST(ViewTest, TakesOtherSanitizeOptions) {
  const Feed feed = parse(kHostileRss).feed;
  ViewOptions options;
  options.sanitize_options.removed_elements = {"a"};
  options.sanitize_options.drop_with_content = {"p"};
  options.sanitize_options.base_url = "http://not.read.example/";  // each text's base is
  const FeedView v = view(feed, options);
  EXPECT_EQ(v.items[0].summary->value, "");
  EXPECT_EQ(v.items[0].content[0].value, "two");
  EXPECT_EQ(v.items[0].summary_text, "");
  options.sanitize_options = {};
  options.sanitize_options.style_attributes = false;
  options.sanitize_options.extra_attributes = {"onclick"};  // the floor holds
  EXPECT_EQ(view(feed, options).items[0].content[0].value,
            "<a href=\"http://example.com/posts/two.html\">two</a>");
  EXPECT_EQ(view(feed, options).items[0].summary->value.find("onclick"), std::string::npos);
}

TEST(ViewTest, OffersTheSummaryAsPlainText) {
  const FeedView v = view(parse(kHostileRss).feed);
  // References decoded, a base64 image nothing, paragraphs apart.
  EXPECT_EQ(v.items[0].summary_text, "That\u2019s it \u2014 one\n\nSecond");
  const FeedView atom = view(parse(kHostileAtom).feed);
  EXPECT_EQ(atom.items[0].summary_text, "Plain <b>text</b>");  // plain text as it is
  EXPECT_EQ(text_of(*atom.channel.title), "Blog");
  EXPECT_EQ(text_of(atom.items[0].content[0]), "Hi\n\nfallback");  // a paragraph, then text
  // Without a summary of its own, an item's summary is its first content.
  const FeedView content_only = view(parse(R"(<feed xmlns="http://www.w3.org/2005/Atom"><entry>
      <content type="html">&lt;h1&gt;Head&lt;/h1&gt;&lt;p&gt;Body &amp;amp; more&lt;/p&gt;</content>
      </entry></feed>)")
                                         .feed);
  EXPECT_EQ(content_only.items[0].summary_text, "Head\n\nBody & more");
  const FeedView none = view(parse("<rss version=\"2.0\"><channel><item><title>t</title>"
                                   "</item></channel></rss>")
                                 .feed);
  EXPECT_EQ(none.items[0].summary_text, "");
}

TEST(ViewTest, TheModelStaysAsWritten) {
  const Feed feed = parse(kHostileRss).feed;
  const Feed before = feed;
  const FeedView v = view(feed);
  EXPECT_EQ(feed, before);
  const std::string markup =
      "<p onclick=\"steal()\">That&rsquo;s it &mdash; <a href=\"one.html\">one</a>"
      "<script>alert(1)</script><img src=\"javascript:alert(1)\"></p>"
      "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\">Second</p>";
  EXPECT_EQ(feed.items[0].description.value, markup);
  // Written and read back, the markup is the feed's, not the view's.
  const Feed again = parse(to_rss(feed)).feed;
  EXPECT_EQ(again.items[0].description.value, markup);
  EXPECT_EQ(again.items[0].content.value, feed.items[0].content.value);
  EXPECT_EQ(again.channel.description.value, feed.channel.description.value);
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
