// SPDX-License-Identifier: MIT
// html_to_text(): the text a reader sees, for previews, notifications and search.
#include <gtest/gtest.h>
#include <feedpp/sanitize.hpp>

#include <string>

using feedpp::html_to_text;

TEST(HtmlText, DecodesReferences) {
  EXPECT_EQ(html_to_text("That&rsquo;s &amp; &lt;b&gt; &#8212; &#x41; &copy;"),
            "That\xE2\x80\x99s & <b> \xE2\x80\x94 A \xC2\xA9");
  EXPECT_EQ(html_to_text("a&nbsp;&nbsp;b"), "a  b");  // no-break spaces stay, as spaces
}

TEST(HtmlText, BlocksAreLineBreaks) {
  EXPECT_EQ(html_to_text("<p>one</p><p>two</p>"), "one\n\ntwo");
  EXPECT_EQ(html_to_text("<div>one</div><div>two</div>"), "one\ntwo");
  EXPECT_EQ(html_to_text("<div><p>a</p></div><div><p>b</p></div>"), "a\n\nb");
  EXPECT_EQ(html_to_text("<h1>Title</h1>Body <b>bold</b> <i>it</i>."), "Title\n\nBody bold it.");
  EXPECT_EQ(html_to_text("<ul><li>x</li><li>y</li></ul>after"), "x\ny\n\nafter");
  EXPECT_EQ(html_to_text("a<br>b<br/><br>c"), "a\nb\n\nc");
  EXPECT_EQ(html_to_text("<table><tr><td>a<td>b<tr><td>c</table>"), "a b\nc");
}

TEST(HtmlText, CollapsesWhiteSpaceButInPre) {
  EXPECT_EQ(html_to_text("  a \n\t b  <span> c </span>  "), "a b c");
  EXPECT_EQ(html_to_text("<pre>a  b\n  c</pre>d"), "a  b\n  c\n\nd");
}

TEST(HtmlText, LeavesOutWhatIsNotShown) {
  EXPECT_EQ(html_to_text("a<script>alert(1)</script>b<style>p{}</style>c<!-- x -->d"), "abcd");
  EXPECT_EQ(html_to_text("<img src=\"data:image/png;base64,iVBORw0KGgo=\">text"), "text");
  EXPECT_EQ(html_to_text("<title>t</title><template>x</template><noscript>n</noscript>y"), "y");
  EXPECT_EQ(html_to_text("<select><option>a<option>b</select>z"), "z");
}

TEST(HtmlText, IsPlainTextEvenOfHostileInput) {
  EXPECT_EQ(html_to_text("&lt;script&gt;x"), "<script>x");  // text, for the caller to escape
  EXPECT_EQ(html_to_text("<<script>script>x"), "<");  // the rest is script, as browsers read it
  EXPECT_EQ(html_to_text("\xff\xfe ok"), "\xEF\xBF\xBD\xEF\xBF\xBD ok");
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  EXPECT_EQ(html_to_text(deep + "x"), "x");
  feedpp::HtmlLimits limits;
  limits.max_input_bytes = 3;
  EXPECT_EQ(html_to_text("abcdef", limits), "abc");
}
