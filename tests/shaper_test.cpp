// SPDX-License-Identifier: MIT
// shape_html(): the token stream gumbo gets, and the bound it keeps on gumbo's tree.
#include "html/shaper.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "html/gumbo_parse.hpp"

namespace {

struct KeepAll final : feedpp::detail::AttributeFilter {
  [[nodiscard]] bool keep(std::string_view /*lower_name*/) const override { return true; }
};

std::string shape(std::string_view html, std::size_t depth = 256, std::size_t formatting = 32,
                  std::size_t attributes = 32) {
  static const KeepAll all;
  return feedpp::detail::shape_html(html, {std::size_t{1} << 30, depth, formatting, attributes},
                                    &all);
}

// The depth of gumbo's tree of `html`, walked without recursion.
std::size_t depth(std::string_view html) {
  const feedpp::detail::GumboFragment fragment(html, std::size_t{1} << 30);
  std::vector<std::pair<const GumboNode*, std::size_t>> stack{{fragment.root(), 0}};
  std::size_t max = 0;
  while (!stack.empty()) {
    const auto [node, d] = stack.back();
    stack.pop_back();
    max = d > max ? d : max;
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    for (unsigned i = 0; i < node->v.element.children.length; ++i) {
      stack.push_back({static_cast<const GumboNode*>(node->v.element.children.data[i]), d + 1});
    }
  }
  return max;
}

std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST(Shaper, ClosesWhatHtmlClosesExplicitly) {
  EXPECT_EQ(shape("<p>a<p>b<div>c</div>"), "<p>a</p><p>b</p><div>c</div>");
  EXPECT_EQ(shape("<ul><li>a<li>b</ul>"), "<ul><li>a</li><li>b</li></ul>");
  EXPECT_EQ(shape("<b>x<i>y</b>z</i>"), "<b>x<i>y</i></b>z");
  EXPECT_EQ(shape("<table><td>x<td>y</table>"),
            "<table><tbody><tr><td>x</td><td>y</td></tr></tbody></table>");
  EXPECT_EQ(shape("<h1>a<h2>b"), "<h1>a</h1><h2>b");
  EXPECT_EQ(shape("<select><option>a<option>b<div>x</select>"),
            "<select><option>a</option><option>bx</option></select>");
}

TEST(Shaper, LeavesOutWhatGumboNeedNotSee) {
  EXPECT_EQ(shape("a<!-- c --!>b<!-->c<?pi?>d<!DOCTYPE html>e</>f"), "abcdef");
  EXPECT_EQ(shape("a<script>x<!--<script></script>y</script>b<style>c</style>d"), "abd");
  EXPECT_EQ(shape("a<template><p>x</template>b<noscript><p>y</noscript>c<plaintext>d"), "abc");
  EXPECT_EQ(shape("<textarea><b>x</textarea>y"), "<textarea>&lt;b>x</textarea>y");
  // The end tag is read with the start tag: the start tag's name and attributes survive it.
  EXPECT_EQ(shape("<textarea cols=\"4\" class=x>t</textarea a=b>"),
            "<textarea cols=\"4\" class=\"x\">t</textarea>");
  EXPECT_EQ(shape("<![CDATA[<b>]]> a < b"), "&lt;![CDATA[<b>]]> a &lt; b");
  EXPECT_EQ(shape("<x\"y>a</x\"y><body><html>b"), "ab");
  // A reference never runs on across what was left out.
  EXPECT_EQ(shape("&#X<!-- -->333333333333;&amp<x\"y>b&<template></template>#65;"),
            "&#X<!---->333333333333;&amp<!---->b&<!---->#65;");
  // gumbo's int overflows on these; HTML 5 reads them as U+FFFD.
  EXPECT_EQ(shape("&#99999999;&#x1234567&#0000065;<a title=\"&#x00000001F600;\">"),
            "&#xFFFD;&#xFFFD;&#0000065;<a title=\"&#x00000001F600;\">");
  EXPECT_EQ(shape("<form><td>x</form>"), "<!--td-->x");
  // A table part's tags outside a table are ignored by HTML: a comment marks where they stood.
  EXPECT_EQ(shape("<caption>a</caption><col></col>"), "<!--caption-->a<!--/caption--><!--col-->");
}

TEST(Shaper, WritesVoidAndSelfClosingTagsThatAddNoDepth) {
  EXPECT_EQ(shape("<br><img src=a><span/>t"), "<br/><img src=\"a\"/><span/></span>t");
  // A foreign element closed otherwise than by its own end tag gets one in upper case.
  EXPECT_EQ(shape("<svg><path/><input></svg>"), "<svg><path/><input></INPUT></svg>");
  EXPECT_EQ(shape("<svg><p>x</svg>"), "<svg></SVG><p>x");  // <p> leaves SVG
  EXPECT_EQ(shape("<svg><g></p>x"), "<svg><g></G></SVG></p>x");
  EXPECT_EQ(shape("<svg><g></g></svg>"), "<svg><g></g></svg>");
}

// gumbo resets its insertion mode by tag names alone: a foreign element named like a table part
// (or select, html, frameset, ...) reaches it under another name, so that only HTML ones count.
TEST(Shaper, RenamesForeignElementsThatWouldResetGumbosMode) {
  EXPECT_EQ(shape("<table><math><select><mtext><select><table>"),
            "<table><math><feedpp-select><mtext><select></select></MTEXT></FEEDPP-SELECT></MATH>"
            "</table><table>");
  EXPECT_EQ(shape("<svg><td><g></td>x"), "<svg><feedpp-td><g></G></feedpp-td>x");
  EXPECT_EQ(shape("<svg><tr/>"), "<svg><tr/>");  // pushed and popped at once: no rename
}

TEST(Shaper, Attributes) {
  EXPECT_EQ(shape("<a HREF=1 href=2 title='\"q\"' x>"),
            "<a href=\"1\" title=\"&quot;q&quot;\" x=\"\">");
  EXPECT_EQ(shape("<a a=1 b=2 c=3>", 256, 32, 2), "<a a=\"1\" b=\"2\">");
  EXPECT_EQ(feedpp::detail::shape_html("<font color=red onclick=x>", {100, 256, 32, 32}, nullptr),
            "<font color=\"red\">");  // what changes parsing stays without a filter
}

TEST(Shaper, Limits) {
  EXPECT_EQ(shape(repeat("<div>", 5) + "x", 3), "<div><div><div>x");
  EXPECT_EQ(shape(repeat("<b>", 5) + "x", 256, 2), "<b><b>x");
  EXPECT_EQ(feedpp::detail::shape_html("abcdef", {3, 256, 32, 32}, nullptr), "abc");
}

// The bound on gumbo's tree, for the hostile inputs of the evaluation and a few that would
// fool a model that closes less than HTML does.
TEST(Shaper, GumboDepthStaysBounded) {
  const std::size_t cap = 64;
  const std::vector<std::string> inputs = {
      repeat("<div>", 5000),
      repeat("<b id=1>", 5000),
      repeat("<table><tr><td>", 3000),
      "<a>" + repeat("<div>", 3000) + repeat("</a>", 3000),
      repeat("<b id=x><table></b></table>", 3000),
      repeat("<p><b><div>x", 3000),
      repeat("<p><table></table><span>", 3000),
      repeat("<svg><p><g/>", 3000),
      repeat("<math><mi><svg><desc><div>", 3000),
      repeat("<td><span></td>", 3000),
      repeat("<select><option>", 3000),
      repeat("<ruby><rt><x>", 3000),
      repeat("<object><p><b>", 3000),
      "<svg>" + repeat("<g><input>", 3000),
      repeat("<a><b><nobr><div>", 3000),
  };
  for (const std::string& html : inputs) {
    EXPECT_LE(depth(shape(html, cap, 16)), 3 * cap + 2) << html.substr(0, 60);
  }
}
