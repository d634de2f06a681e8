// SPDX-License-Identifier: MIT
#include "feedpp/html.hpp"

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "base/html_void.hpp"
#include "html/html_tokenizer.hpp"

namespace feedpp {
namespace {

using detail::html_reference_length;
using detail::HtmlToken;
using detail::HtmlTokenizer;
using detail::HtmlTokenKind;

// One line per token: text(...) raw(...) <name a=[v] b/> </name> comment(...) decl(...) pi(...)
// cdata(...), joined with '|'. Also checks that the raw views tile the input.
std::string tokens(std::string_view input) {
  std::string out;
  HtmlTokenizer tokenizer(input);
  HtmlToken t;
  std::size_t offset = 0;
  while (tokenizer.next(t)) {
    EXPECT_FALSE(t.raw.empty());
    EXPECT_EQ(t.raw.data(), input.data() + offset) << "tokens must be adjacent";
    offset += t.raw.size();
    if (!out.empty()) out += '|';
    const std::string content(t.content);
    switch (t.kind) {
      case HtmlTokenKind::text:
        EXPECT_EQ(t.content, t.raw);
        out += "text(" + content + ")";
        break;
      case HtmlTokenKind::raw_text:
        EXPECT_EQ(t.content, t.raw);
        out += "raw(" + content + ")";
        break;
      case HtmlTokenKind::start_tag:
        out += "<" + std::string(t.name);
        for (const auto& a : t.attributes) {
          out += " " + std::string(a.name);
          if (a.has_value) out += "=[" + std::string(a.value) + "]";
        }
        out += t.self_closing ? "/>" : ">";
        break;
      case HtmlTokenKind::end_tag:
        EXPECT_TRUE(t.attributes.empty());
        out += "</" + std::string(t.name) + ">";
        break;
      case HtmlTokenKind::comment:
        out += "comment(" + content + ")";
        break;
      case HtmlTokenKind::declaration:
        out += "decl(" + content + ")";
        break;
      case HtmlTokenKind::processing_instruction:
        out += "pi(" + content + ")";
        break;
      case HtmlTokenKind::cdata:
        out += "cdata(" + content + ")";
        break;
    }
  }
  EXPECT_EQ(offset, input.size()) << "tokens must cover the input";
  EXPECT_FALSE(tokenizer.next(t)) << "the end is sticky";
  return out;
}

std::string resolve(std::string_view html, std::string_view base = "") {
  return resolve_html_urls(html, base);
}

TEST(HtmlTokenizerTest, EmptyInputHasNoTokens) { EXPECT_EQ(tokens(""), ""); }

TEST(HtmlTokenizerTest, SplitsTextAndTags) {
  EXPECT_EQ(tokens("a <b>bold</b> c"), "text(a )|<b>|text(bold)|</b>|text( c)");
  EXPECT_EQ(tokens("<p>"), "<p>");
  EXPECT_EQ(tokens("plain"), "text(plain)");
}

TEST(HtmlTokenizerTest, LowersNamesButNotValues) {
  EXPECT_EQ(tokens("<A HREF='X.html' Title=\"T\">x</A>"),
            "<a href=[X.html] title=[T]>|text(x)|</a>");
  EXPECT_EQ(tokens("<DiV CLASS=Big ID=Main Data-X=1>"), "<div class=[Big] id=[Main] data-x=[1]>");
}

TEST(HtmlTokenizerTest, LoweredNamesStayValidForTheWholeToken) {
  std::string input = "<TAG";
  for (int i = 0; i < 200; ++i) input += " ATTRIBUTE" + std::to_string(i) + "=v";
  input += ">";
  HtmlTokenizer tokenizer(input);
  HtmlToken t;
  ASSERT_TRUE(tokenizer.next(t));
  EXPECT_EQ(t.name, "tag");
  ASSERT_EQ(t.attributes.size(), 200u);
  for (std::size_t i = 0; i < t.attributes.size(); ++i) {
    EXPECT_EQ(t.attributes[i].name, "attribute" + std::to_string(i));
    EXPECT_EQ(t.attributes[i].raw_name, "ATTRIBUTE" + std::to_string(i));
  }
}

TEST(HtmlTokenizerTest, AttributeValueForms) {
  EXPECT_EQ(tokens("<a x=\"d q\" y='s q' z=un>"), "<a x=[d q] y=[s q] z=[un]>");
  EXPECT_EQ(tokens("<a x = \"1\"  y\t=\n'2'>"), "<a x=[1] y=[2]>");
  EXPECT_EQ(tokens("<a x=\"it's\" y='say \"hi\"'>"), "<a x=[it's] y=[say \"hi\"]>");
  EXPECT_EQ(tokens("<a x=\"\" y=''>"), "<a x=[] y=[]>");
  EXPECT_EQ(tokens("<a x=>"), "<a x=[]>");
  EXPECT_EQ(tokens("<a x= >"), "<a x=[]>");
  EXPECT_EQ(tokens("<a x=a\"b'c=d`e>"), "<a x=[a\"b'c=d`e]>");
  EXPECT_EQ(tokens("<a x=\"1\"y=\"2\">"), "<a x=[1] y=[2]>");
  EXPECT_EQ(tokens("<a x=\"a>b<c\">"), "<a x=[a>b<c]>");
  EXPECT_EQ(tokens("<a x=\"&amp;&#38;\">"), "<a x=[&amp;&#38;]>");  // references not decoded
}

TEST(HtmlTokenizerTest, AttributesWithoutValue) {
  EXPECT_EQ(tokens("<input checked disabled>"), "<input checked disabled>");
  EXPECT_EQ(tokens("<input checked >"), "<input checked>");
  EXPECT_EQ(tokens("<input checked x=1>"), "<input checked x=[1]>");
  HtmlTokenizer tokenizer("<input checked x=''>");
  HtmlToken t;
  ASSERT_TRUE(tokenizer.next(t));
  ASSERT_EQ(t.attributes.size(), 2u);
  EXPECT_FALSE(t.attributes[0].has_value);
  EXPECT_EQ(t.attributes[0].value, "");
  EXPECT_TRUE(t.attributes[1].has_value);
  EXPECT_EQ(t.attributes[1].value, "");
}

TEST(HtmlTokenizerTest, DuplicatesAreReportedInOrder) {
  EXPECT_EQ(tokens("<a href=1 HREF=2 href=3>"), "<a href=[1] href=[2] href=[3]>");
}

TEST(HtmlTokenizerTest, OddAttributeNames) {
  EXPECT_EQ(tokens("<a =x>"), "<a =x>");  // a name may start with '='
  EXPECT_EQ(tokens("<a \"b\"=c>"), "<a \"b\"=[c]>");
  EXPECT_EQ(tokens("<a b<c=d>"), "<a b<c=[d]>");
  EXPECT_EQ(tokens("<a<b>"), "<a<b>");  // as browsers read it
}

TEST(HtmlTokenizerTest, NewlinesInsideTags) {
  EXPECT_EQ(tokens("<a\nhref=\"x\"\r\ntitle=\"a\nb\"\n>"), "<a href=[x] title=[a\nb]>");
  EXPECT_EQ(tokens("</a\n>"), "</a>");
}

TEST(HtmlTokenizerTest, SelfClosing) {
  EXPECT_EQ(tokens("<br/>"), "<br/>");
  EXPECT_EQ(tokens("<br />"), "<br/>");
  EXPECT_EQ(tokens("<img src=\"x\"/>"), "<img src=[x]/>");
  EXPECT_EQ(tokens("<img src=x/>"), "<img src=[x/]>");  // unquoted: the '/' is in the value
  EXPECT_EQ(tokens("<a / b>"), "<a b>");                // a stray '/' separates attributes
  EXPECT_EQ(tokens("<a b/c>"), "<a b c>");
}

TEST(HtmlTokenizerTest, EndTagsDropAttributes) {
  EXPECT_EQ(tokens("</P class=x>"), "</p>");
  EXPECT_EQ(tokens("</a title=\">\">"), "</a>");  // quotes count in end tags too
  EXPECT_EQ(tokens("</br/>"), "</br>");
}

TEST(HtmlTokenizerTest, LessThanThatStartsNoMarkupIsText) {
  EXPECT_EQ(tokens("a < b"), "text(a < b)");
  EXPECT_EQ(tokens("1<2>0"), "text(1<2>0)");
  EXPECT_EQ(tokens("</>"), "text(</>)");
  EXPECT_EQ(tokens("</ a>"), "text(</ a>)");
  EXPECT_EQ(tokens("<"), "text(<)");
  EXPECT_EQ(tokens("x<"), "text(x<)");
  EXPECT_EQ(tokens("<<b>"), "text(<)|<b>");
  EXPECT_EQ(tokens("<3 <b>x"), "text(<3 )|<b>|text(x)");
}

TEST(HtmlTokenizerTest, UnterminatedMarkupMakesTheRestText) {
  EXPECT_EQ(tokens("a<b"), "text(a<b)");
  EXPECT_EQ(tokens("a<b c=\"d\""), "text(a<b c=\"d\")");
  EXPECT_EQ(tokens("a<b c="), "text(a<b c=)");
  EXPECT_EQ(tokens("a<b/"), "text(a<b/)");
  EXPECT_EQ(tokens("x</b"), "text(x</b)");
  EXPECT_EQ(tokens("x<!-- never closed <b>y</b>"), "text(x<!-- never closed <b>y</b>)");
  EXPECT_EQ(tokens("x<![CDATA[ <b>"), "text(x<![CDATA[ <b>)");
  EXPECT_EQ(tokens("<!DOCTYPE html"), "text(<!DOCTYPE html)");
  EXPECT_EQ(tokens("<?php echo 1;"), "text(<?php echo 1;)");
  EXPECT_EQ(tokens("<b>x<!"), "<b>|text(x<!)");
}

TEST(HtmlTokenizerTest, UnterminatedQuoteEndsAtTheNextGreaterThan) {
  EXPECT_EQ(tokens("<a href=\"x>link</a>"), "<a href=[x]>|text(link)|</a>");
  EXPECT_EQ(tokens("<a title='x>y<b>z"), "<a title=[x]>|text(y)|<b>|text(z)");
  // A closing quote further on wins, as in a browser.
  EXPECT_EQ(tokens("<a title=\"x>y\">z"), "<a title=[x>y]>|text(z)");
  EXPECT_EQ(tokens("<a title=\"x"), "text(<a title=\"x)");
}

TEST(HtmlTokenizerTest, CommentsDeclarationsPisAndCdata) {
  EXPECT_EQ(tokens("<!-- c -->"), "comment( c )");
  EXPECT_EQ(tokens("<!---->"), "comment()");
  EXPECT_EQ(tokens("<!-- a > b -- c -->x"), "comment( a > b -- c )|text(x)");
  EXPECT_EQ(tokens("<!-->-->"), "comment(>)");  // <!--> is no empty comment here
  EXPECT_EQ(tokens("<!DOCTYPE html>"), "decl(DOCTYPE html)");
  EXPECT_EQ(tokens("<!>"), "decl()");
  EXPECT_EQ(tokens("<![if !IE]>x<![endif]>"), "decl([if !IE])|text(x)|decl([endif])");
  EXPECT_EQ(tokens("<?xml version=\"1.0\"?>"), "pi(xml version=\"1.0\"?)");
  EXPECT_EQ(tokens("<![CDATA[a<b>&c]]>"), "cdata(a<b>&c)");
  EXPECT_EQ(tokens("<![CDATA[]]>"), "cdata()");
  EXPECT_EQ(tokens("<![cdata[x]]>"), "decl([cdata[x]])");  // CDATA is case-sensitive
}

TEST(HtmlTokenizerTest, ScriptContentIsNotParsed) {
  EXPECT_EQ(tokens("<script>if (a<b && c>d) x('</p>');</script>y"),
            "<script>|raw(if (a<b && c>d) x('</p>');)|</script>|text(y)");
  EXPECT_EQ(tokens("<SCRIPT type=a>x</Script >"), "<script type=[a]>|raw(x)|</script>");
  EXPECT_EQ(tokens("<script>a</scripty>b</script/>"), "<script>|raw(a</scripty>b)|</script>");
  EXPECT_EQ(tokens("<script></script>"), "<script>|</script>");
  EXPECT_EQ(tokens("<script><!-- x --></script>"), "<script>|raw(<!-- x -->)|</script>");
}

TEST(HtmlTokenizerTest, UnclosedRawTextRunsToTheEnd) {
  EXPECT_EQ(tokens("<script>a<b>c"), "<script>|raw(a<b>c)");
  EXPECT_EQ(tokens("<style>a</style"), "<style>|raw(a</style)");
  EXPECT_EQ(tokens("<style>a</style x"), "<style>|raw(a)|text(</style x)");
}

TEST(HtmlTokenizerTest, EveryRawTextElement) {
  for (const char* name : {"script", "style", "xmp", "iframe", "noembed", "noframes"}) {
    const std::string start = std::string("<") + name + ">";
    const std::string end = std::string("</") + name + ">";
    std::string input = start;
    input.append("<b>&amp;").append(end);
    std::string expected = start;
    expected.append("|raw(<b>&amp;)|").append(end);
    EXPECT_EQ(tokens(input), expected);
  }
  EXPECT_EQ(tokens("<plaintext><b>x</plaintext>y"), "<plaintext>|raw(<b>x</plaintext>y)");
  EXPECT_EQ(tokens("<noscript><b>x</b></noscript>"), "<noscript>|<b>|text(x)|</b>|</noscript>");
}

TEST(HtmlTokenizerTest, TitleAndTextareaContentIsText) {
  EXPECT_EQ(tokens("<title>a <b> &amp;</title>"), "<title>|text(a <b> &amp;)|</title>");
  EXPECT_EQ(tokens("<textarea>x</b></TEXTAREA>"), "<textarea>|text(x</b>)|</textarea>");
}

TEST(HtmlTokenizerTest, SelfClosingScriptOpensNoRawText) {
  EXPECT_EQ(tokens("<script src=x /><b>y</b>"), "<script src=[x]/>|<b>|text(y)|</b>");
}

TEST(HtmlTokenizerTest, TokenAfterTextKeepsItsAttributes) {
  HtmlTokenizer tokenizer("text <A HREF=x>");
  HtmlToken t;
  ASSERT_TRUE(tokenizer.next(t));
  EXPECT_EQ(t.kind, HtmlTokenKind::text);
  ASSERT_TRUE(tokenizer.next(t));
  EXPECT_EQ(t.kind, HtmlTokenKind::start_tag);
  EXPECT_EQ(t.raw, "<A HREF=x>");
  ASSERT_EQ(t.attributes.size(), 1u);
  EXPECT_EQ(t.attributes[0].name, "href");
  EXPECT_EQ(t.attributes[0].value, "x");
  EXPECT_FALSE(tokenizer.next(t));
}

TEST(HtmlTokenizerTest, ReferenceLength) {
  EXPECT_EQ(html_reference_length("&amp;", 0), 5u);
  EXPECT_EQ(html_reference_length("x&nbsp;y", 1), 6u);
  EXPECT_EQ(html_reference_length("&#38;", 0), 5u);
  EXPECT_EQ(html_reference_length("&#x26;", 0), 6u);
  EXPECT_EQ(html_reference_length("&#X1f;", 0), 6u);
  EXPECT_EQ(html_reference_length("&frac12;", 0), 8u);
  EXPECT_EQ(html_reference_length("&unknownname;", 0), 13u);  // syntax only
  EXPECT_EQ(html_reference_length("&", 0), 0u);
  EXPECT_EQ(html_reference_length("&amp", 0), 0u);
  EXPECT_EQ(html_reference_length("&amp x;", 0), 0u);
  EXPECT_EQ(html_reference_length("&;", 0), 0u);
  EXPECT_EQ(html_reference_length("&#;", 0), 0u);
  EXPECT_EQ(html_reference_length("&#x;", 0), 0u);
  EXPECT_EQ(html_reference_length("&#xg;", 0), 0u);
  EXPECT_EQ(html_reference_length("&#12a;", 0), 0u);
  EXPECT_EQ(html_reference_length("&1a;", 0), 0u);
  EXPECT_EQ(html_reference_length("&a_b;", 0), 0u);
  EXPECT_EQ(html_reference_length("x", 0), 0u);
  EXPECT_EQ(html_reference_length("&amp;", 5), 0u);
}

TEST(HtmlTokenizerTest, VoidElements) {
  for (const char* name :
       {"area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input",
        "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"}) {
    EXPECT_TRUE(detail::is_html_void_element(name)) << name;
  }
  for (const char* name : {"a", "p", "span", "script", "BR", ""}) {
    EXPECT_FALSE(detail::is_html_void_element(name)) << name;
  }
}

// Inputs that make a naive tokenizer quadratic: each one is 1 MB and must take milliseconds.
TEST(HtmlTokenizerTest, PathologicalInputsTakeLinearTime) {
  const auto repeat = [](std::string_view unit) {
    std::string s;
    while (s.size() < (1u << 20)) s += unit;
    return s;
  };
  for (const std::string& input :
       {repeat("<a x=\""), repeat("<a x='>"), repeat("<a"), repeat("<!--"), repeat("<![CDATA["),
        repeat("&"), repeat("&a"), repeat("&#1"), repeat("<a b"), repeat("< "),
        "<script>" + repeat("</scrip"), "<title>" + repeat("</"), repeat("<title>a</title>"),
        repeat("<a x=\">") + "\"", repeat("<a x y z=1 ")}) {
    const auto start = std::chrono::steady_clock::now();
    const std::string out = resolve(input, "http://example.com/");
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_LT(elapsed, std::chrono::seconds(2)) << input.substr(0, 16);
    EXPECT_GE(out.size(), input.size() / 2);
  }
}

TEST(ResolveHtmlUrlsTest, ConformanceExamples) {
  EXPECT_EQ(resolve("Example <a href=\"test.html\">test</a>", "http://example.com/test/"),
            "Example <a href=\"http://example.com/test/test.html\">test</a>");
  EXPECT_EQ(resolve("<img src=\"http://example.com/cat-dog.jpg\" alt=\"cat<br />dog\">"),
            "<img alt=\"cat&lt;br /&gt;dog\" src=\"http://example.com/cat-dog.jpg\" />");
  EXPECT_EQ(resolve("<a href=http://example.com/\">example</a>"),
            "<a href=\"http://example.com/&quot;\">example</a>");
  EXPECT_EQ(resolve("Q&A session"), "Q&amp;A session");
  EXPECT_EQ(resolve("&#38;"), "&#38;");
  EXPECT_EQ(resolve("<b>&#x26;</b>"), "<b>&#x26;</b>");
  EXPECT_EQ(resolve("<a title=\"&#38;\">&#38;</a>"), "<a title=\"&#38;\">&#38;</a>");
  EXPECT_EQ(resolve("article title<br /><br /> article byline<br /><br />text of article"),
            "article title<br /><br /> article byline<br /><br />text of article");
  EXPECT_EQ(resolve("<code>&lt;br /></code>"), "<code>&lt;br /></code>");
  EXPECT_EQ(resolve("<div><a href=\"/relative/uri\">click here</a></div>",
                    "http://127.0.0.1:8097/tests/x.xml"),
            "<div><a href=\"http://127.0.0.1:8097/relative/uri\">click here</a></div>");
  EXPECT_EQ(resolve("<p>Unclosed"), "<p>Unclosed");
  EXPECT_EQ(resolve("Example <b>Atom</b>"), "Example <b>Atom</b>");
  EXPECT_EQ(resolve("History of the &lt;blink&gt; tag"), "History of the &lt;blink&gt; tag");
}

struct UrlAttribute {
  const char* element;
  const char* attribute;
  bool is_void;
};

constexpr std::array<UrlAttribute, 29> kUrlAttributes = {{
    {"a", "href", false},          {"applet", "codebase", false}, {"area", "href", true},
    {"audio", "src", false},       {"blockquote", "cite", false}, {"body", "background", false},
    {"del", "cite", false},        {"form", "action", false},     {"frame", "longdesc", true},
    {"frame", "src", true},        {"iframe", "longdesc", false}, {"iframe", "src", false},
    {"head", "profile", false},    {"img", "longdesc", true},     {"img", "src", true},
    {"img", "usemap", true},       {"input", "src", true},        {"input", "usemap", true},
    {"ins", "cite", false},        {"link", "href", true},        {"object", "classid", false},
    {"object", "codebase", false}, {"object", "data", false},     {"object", "usemap", false},
    {"q", "cite", false},          {"script", "src", false},      {"source", "src", true},
    {"video", "poster", false},    {"video", "src", false},
}};

std::string start_tag(const UrlAttribute& u, std::string_view value) {
  return std::string("<") + u.element + " " + u.attribute + "=\"" + std::string(value) + "\"" +
         (u.is_void ? " />" : ">");
}

TEST(ResolveHtmlUrlsTest, ResolvesEveryUrlAttribute) {
  for (const UrlAttribute& u : kUrlAttributes) {
    const std::string input = start_tag(u, "../x/y.html?q=1#f");
    EXPECT_EQ(resolve(input, "http://example.com/a/b/feed.xml"),
              start_tag(u, "http://example.com/a/x/y.html?q=1#f"))
        << input;
    EXPECT_EQ(resolve(input), input) << "no base, no resolution";
    // Names written in upper case are still recognized.
    std::string upper = std::string("<") + u.element + " " + u.attribute;
    for (char& c : upper) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    upper += "=../x/y.html?q=1#f>";
    EXPECT_EQ(resolve(upper, "http://example.com/a/b/feed.xml"),
              start_tag(u, "http://example.com/a/x/y.html?q=1#f"))
        << upper;
  }
}

TEST(ResolveHtmlUrlsTest, LeavesOtherAttributesAlone) {
  const std::string base = "http://example.com/dir/";
  EXPECT_EQ(resolve("<a title=\"x.html\" name=y>", base), "<a name=\"y\" title=\"x.html\">");
  EXPECT_EQ(resolve("<img href=\"x.png\">", base), "<img href=\"x.png\" />");
  EXPECT_EQ(resolve("<a src=\"x\" cite=\"y\">", base), "<a cite=\"y\" src=\"x\">");
  EXPECT_EQ(resolve("<span href=\"x\">", base), "<span href=\"x\">");
  EXPECT_EQ(resolve("<p>x.html</p>", base), "<p>x.html</p>");
}

TEST(ResolveHtmlUrlsTest, UrlDetails) {
  const std::string base = "http://example.com/dir/page.html";
  EXPECT_EQ(resolve("<a href=\"http://example.com/?a=1&amp;b=2\">", base),
            "<a href=\"http://example.com/?a=1&amp;b=2\">");
  EXPECT_EQ(resolve("<a href=\"?a=1&amp;b=2\">", base),
            "<a href=\"http://example.com/dir/page.html?a=1&amp;b=2\">");
  EXPECT_EQ(resolve("<a href=\"?a=1&b=2\">", base),
            "<a href=\"http://example.com/dir/page.html?a=1&amp;b=2\">");
  EXPECT_EQ(resolve("<a href=\" other.html \">", base),
            "<a href=\"http://example.com/dir/other.html\">");
  EXPECT_EQ(resolve("<a href=\"#top\">", base),
            "<a href=\"http://example.com/dir/page.html#top\">");
  EXPECT_EQ(resolve("<a href=\"//cdn.example.org/x\">", base),
            "<a href=\"http://cdn.example.org/x\">");
  EXPECT_EQ(resolve("<a href=\"mailto:a@example.com\">", base),
            "<a href=\"mailto:a@example.com\">");
  EXPECT_EQ(resolve("<a href=\"x\" href=\"y\">", base), "<a href=\"http://example.com/dir/y\">");
  EXPECT_EQ(resolve("<a href='x\"y'>", base), "<a href=\"http://example.com/dir/x&quot;y\">");
}

TEST(ResolveHtmlUrlsTest, SortsAndQuotesAttributes) {
  EXPECT_EQ(resolve("<a z=1 b='2' m=\"3\">"), "<a b=\"2\" m=\"3\" z=\"1\">");
  EXPECT_EQ(resolve("<a title='say \"hi\"'>"), "<a title=\"say &quot;hi&quot;\">");
  EXPECT_EQ(resolve("<a title=\"it's\">"), "<a title=\"it's\">");
  EXPECT_EQ(resolve("<a title=\"a<b>c\">"), "<a title=\"a&lt;b&gt;c\">");
  EXPECT_EQ(resolve("<a title=\"\">"), "<a title=\"\">");
  EXPECT_EQ(resolve("<a title=>"), "<a title=\"\">");
  EXPECT_EQ(resolve("<a title=a\nb=c>"), "<a b=\"c\" title=\"a\">");
  EXPECT_EQ(resolve("<a title=\"a\nb\">"), "<a title=\"a\nb\">");
}

TEST(ResolveHtmlUrlsTest, LastDuplicateWins) {
  EXPECT_EQ(resolve("<a title=1 TITLE=2 id=x Title=3>"), "<a id=\"x\" title=\"3\">");
}

TEST(ResolveHtmlUrlsTest, UpperCaseNamesAreLowered) {
  EXPECT_EQ(resolve("<P CLASS=\"Big\">X</P>"), "<p class=\"Big\">X</p>");
  EXPECT_EQ(resolve("<BR>"), "<br />");
}

TEST(ResolveHtmlUrlsTest, AttributeWithoutValueRepeatsItsName) {
  EXPECT_EQ(resolve("<input checked>"), "<input checked=\"checked\" />");
  // feedparser repeats the name as written.
  EXPECT_EQ(resolve("<input DISABLED type=checkbox>"),
            "<input disabled=\"DISABLED\" type=\"checkbox\" />");
  EXPECT_EQ(resolve("<td nowrap>"), "<td nowrap=\"nowrap\">");
}

TEST(ResolveHtmlUrlsTest, RelAndTypeValuesAreLowered) {
  EXPECT_EQ(resolve("<link REL=\"Alternate\" TYPE=\"Application/RSS+XML\" title=\"Feed\">"),
            "<link rel=\"alternate\" title=\"Feed\" type=\"application/rss+xml\" />");
}

TEST(ResolveHtmlUrlsTest, VoidAndSelfClosingElements) {
  EXPECT_EQ(resolve("<br>"), "<br />");
  EXPECT_EQ(resolve("<br/>"), "<br />");
  EXPECT_EQ(resolve("<br />"), "<br />");
  EXPECT_EQ(resolve("<hr noshade>"), "<hr noshade=\"noshade\" />");
  EXPECT_EQ(resolve("<img alt=x src=y>"), "<img alt=\"x\" src=\"y\" />");
  EXPECT_EQ(resolve("<span/>"), "<span></span>");
  EXPECT_EQ(resolve("<span class=\"a\" />x"), "<span class=\"a\"></span>x");
  EXPECT_EQ(resolve("<img src=\"a\"></img>"), "<img src=\"a\" />");
  EXPECT_EQ(resolve("a</br>b"), "ab");
}

TEST(ResolveHtmlUrlsTest, EndTags) {
  EXPECT_EQ(resolve("</P>"), "</p>");
  EXPECT_EQ(resolve("</p class=x >"), "</p>");
  EXPECT_EQ(resolve("</div\n>"), "</div>");
}

TEST(ResolveHtmlUrlsTest, ReferencesInText) {
  EXPECT_EQ(resolve("&amp; &lt; &gt; &quot; &nbsp; &copy; &hellip;"),
            "&amp; &lt; &gt; &quot; &nbsp; &copy; &hellip;");
  EXPECT_EQ(resolve("&#160; &#x2013; &#0; &#0038;"), "&#160; &#x2013; &#0; &#0038;");
  EXPECT_EQ(resolve("AT&T"), "AT&amp;T");
  EXPECT_EQ(resolve("a & b"), "a &amp; b");
  EXPECT_EQ(resolve("a &&amp;"), "a &amp;&amp;");
  EXPECT_EQ(resolve("at the end &"), "at the end &amp;");
  EXPECT_EQ(resolve("&copy 2024"), "&amp;copy 2024");  // a reference needs its ';'
  EXPECT_EQ(resolve("&#38"), "&amp;#38");
  EXPECT_EQ(resolve("&#x;"), "&amp;#x;");
  EXPECT_EQ(resolve("&;"), "&amp;;");
  EXPECT_EQ(resolve("<b>&</b>"), "<b>&amp;</b>");
}

// feedparser's handle_charref() writes numeric references in lower case and reads 128-159 as
// windows-1252 (as HTML 5 does); its feed() replaces `&#39;` and `&#34;` before parsing.
TEST(ResolveHtmlUrlsTest, NumericReferencesInTextAreNormalizedAsFeedparserDoes) {
  EXPECT_EQ(resolve("&#x201C;q&#X201D;"), "&#x201c;q&#x201d;");
  EXPECT_EQ(resolve("&#150; &#x96; &#X97; &#0133; &#128; &#159;"),
            "&#x2013; &#x2013; &#x2014; &#x2026; &#x20ac; &#x178;");
  EXPECT_EQ(resolve("&#136; &#131;"), "&#x2c6; &#x192;");              // no leading zeros
  EXPECT_EQ(resolve("&#129; &#x8D; &#157;"), "&#129; &#x8d; &#157;");  // holes stay
  EXPECT_EQ(resolve("&#99999999999999999999150;"), "&#99999999999999999999150;");
  EXPECT_EQ(resolve("It&#39;s &#34;q&#34; &#039;"), "It's \"q\" &#039;");
}

TEST(ResolveHtmlUrlsTest, ReferencesInAttributes) {
  EXPECT_EQ(resolve("<a title=\"&amp;&#38;&#x26;&nbsp;\">"),
            "<a title=\"&amp;&#38;&#x26;&nbsp;\">");
  EXPECT_EQ(resolve("<a title=\"a & b\">"), "<a title=\"a &amp; b\">");
  EXPECT_EQ(resolve("<a title=\"x&\">"), "<a title=\"x&amp;\">");
  EXPECT_EQ(resolve("<a title='&quot;'>"), "<a title=\"&quot;\">");
  EXPECT_EQ(resolve("<a title=\"&#39;x&#34;\">"), "<a title=\"'x&quot;\">");
  EXPECT_EQ(resolve("<a title=\"&#150;&#X26;\">"), "<a title=\"&#150;&#X26;\">");  // as written
}

TEST(ResolveHtmlUrlsTest, StrayLessThanIsEscapedGreaterThanIsNot) {
  EXPECT_EQ(resolve("a < b > c"), "a &lt; b > c");
  EXPECT_EQ(resolve("1 <2"), "1 &lt;2");
  EXPECT_EQ(resolve("<<b>x</b>"), "&lt;<b>x</b>");
  EXPECT_EQ(resolve("</>"), "&lt;/>");
  EXPECT_EQ(resolve("x <a href=\"y"), "x &lt;a href=\"y");  // unterminated tag
}

TEST(ResolveHtmlUrlsTest, RawTextIsCopied) {
  EXPECT_EQ(resolve("<script>if (a<b && c>d) x('<a href=\"y\">');</script>", "http://e.com/"),
            "<script>if (a<b && c>d) x('<a href=\"y\">');</script>");
  EXPECT_EQ(resolve("<style>p > a { color: red }</style>"), "<style>p > a { color: red }</style>");
  EXPECT_EQ(resolve("<SCRIPT SRC=\"x.js\"></SCRIPT>", "http://e.com/d/"),
            "<script src=\"http://e.com/d/x.js\"></script>");
  EXPECT_EQ(resolve("<title>a<b & c</title>"), "<title>a&lt;b &amp; c</title>");
}

TEST(ResolveHtmlUrlsTest, OtherMarkupIsCopied) {
  for (const char* markup :
       {"<!-- a <b> & c -->", "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
        "<?xml version=\"1.0\"?>", "<![CDATA[ <b> & ]]>", "<!---->", "<!doctype html>",
        "<?php echo \"x\"; ?>"}) {
    EXPECT_EQ(resolve(markup, "http://e.com/"), markup);
    EXPECT_EQ(resolve(std::string("x") + markup + "y"), std::string("x") + markup + "y");
  }
  EXPECT_EQ(resolve("a <!-- unclosed <b>"), "a &lt;!-- unclosed &lt;b>");
}

TEST(ResolveHtmlUrlsTest, NonAsciiPassesThrough) {
  EXPECT_EQ(resolve("<p title=\"caf\xC3\xA9\">\xE2\x80\x9Cq\xE2\x80\x9D\xFF</p>"),
            "<p title=\"caf\xC3\xA9\">\xE2\x80\x9Cq\xE2\x80\x9D\xFF</p>");
  EXPECT_EQ(resolve(std::string("a\0<b>\0", 6)), std::string("a\0<b>\0", 6));
}

// Where feedparser 6's sgmllib writes broken or lossy markup we write what the tokenizer read;
// feedparser's output is in the comment.
TEST(ResolveHtmlUrlsTest, DeliberateDifferencesFromFeedparser) {
  EXPECT_EQ(resolve("a & b"), "a &amp; b");                         // a & b
  EXPECT_EQ(resolve("1 < 2"), "1 &lt; 2");                          // 1 < 2
  EXPECT_EQ(resolve("AT&T"), "AT&amp;T");                           // AT&T (at the very end only)
  EXPECT_EQ(resolve("&foo; &rarrw;"), "&foo; &rarrw;");             // &amp;foo &amp;rarrw
  EXPECT_EQ(resolve("&copy 2024"), "&amp;copy 2024");               // &copy; 2024
  EXPECT_EQ(resolve("<span id=a />x"), "<span id=\"a\"></span>x");  // <span id="a">x
  EXPECT_EQ(resolve("</p class=x>"), "</p>");                       // </p class=x>
  EXPECT_EQ(resolve("<![CDATA[x]]>"), "<![CDATA[x]]>");             // (nothing)
  EXPECT_EQ(resolve("<!foo>"), "<!foo>");                           // &lt;!foo>
  EXPECT_EQ(resolve("<p<b>x"), "<p<b>x");                           // <p><b>x
  EXPECT_EQ(resolve("<script>a<b</script>"), "<script>a<b</script>");  // <script>a<b></script>
}

TEST(ResolveHtmlUrlsTest, LargeInputIsFast) {
  std::string block =
      "<p class=\"x\">Some <b>bold</b> text &amp; a <a href=\"/link?a=1&amp;b=2\">link</a>"
      "<img src=\"i.png\" alt=\"An image\"><br></p>\n";
  std::string input;
  while (input.size() < (1u << 20)) input += block;
  const auto start = std::chrono::steady_clock::now();
  const std::string out = resolve(input, "http://example.com/feed/");
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed, std::chrono::seconds(2));
  EXPECT_NE(out.find("<a href=\"http://example.com/link?a=1&amp;b=2\">link</a>"),
            std::string::npos);
}

constexpr std::string_view kSample =
    "<!DOCTYPE html><?pi x?><p CLASS=intro>Caf\xC3\xA9 &amp; Q&A <a href=\"/a?x=1&amp;y=2\" "
    "title='it&#39;s'>link</a><br/><img src=i.png alt=\"a<b\">"
    "<!-- comment --><script>if (a < b) {}</script><![CDATA[raw & <b>]]>"
    "<title>T &lt; U</title><span/><input checked><a href=\"x>y\">z</a>&copy; 1 < 2</p>";

// Output for every prefix extends the output for the last complete token: nothing that was
// already seen is rewritten because more input arrived.
TEST(ResolveHtmlUrlsTest, EveryPrefixIsConsistent) {
  const std::string_view sample = kSample;
  const std::string base = "http://example.com/dir/";
  const std::string full = resolve(sample, base);
  std::vector<std::size_t> ends = {0};
  HtmlTokenizer tokenizer(sample);
  HtmlToken t;
  while (tokenizer.next(t)) ends.push_back(ends.back() + t.raw.size());
  ASSERT_GT(ends.size(), 20u);
  std::size_t e = 0;
  for (std::size_t len = 0; len <= sample.size(); ++len) {
    while (e + 1 < ends.size() && ends[e + 1] <= len) ++e;
    const std::string complete = resolve(sample.substr(0, ends[e]), base);
    const std::string out = resolve(sample.substr(0, len), base);
    EXPECT_EQ(full.compare(0, complete.size(), complete), 0) << len;
    EXPECT_EQ(out.compare(0, complete.size(), complete), 0) << len << ": " << out;
  }
}

// Random strings over markup-heavy bytes, plus any byte: no crash (run under ASan/UBSan), the
// tokens tile the input, and the serialization is a fixed point (serializing it again changes
// nothing), which is what makes it safe for a sanitizer to build on.
TEST(ResolveHtmlUrlsTest, RandomInputs) {
  std::mt19937 rng(20240607);
  const std::string_view alphabet = "<<<>>//!!?-?-==\"\"''  &&#;xXaAbB1[]CDATscriptle\n\t";
  std::uniform_int_distribution<std::size_t> length(0, 48);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> percent(0, 99);
  std::string input;
  for (int n = 0; n < 100000; ++n) {
    input.clear();
    const std::size_t len = length(rng);
    for (std::size_t i = 0; i < len; ++i) {
      input += percent(rng) < 10 ? static_cast<char>(byte(rng)) : alphabet[pick(rng)];
    }
    HtmlTokenizer tokenizer(input);
    HtmlToken t;
    std::size_t covered = 0;
    while (tokenizer.next(t)) {
      ASSERT_EQ(t.raw.data(), input.data() + covered) << input;
      covered += t.raw.size();
    }
    ASSERT_EQ(covered, input.size()) << input;
    const std::string once = resolve(input, n % 2 == 0 ? "http://example.com/d/" : "");
    ASSERT_EQ(resolve(once), once) << input;
  }
}

}  // namespace
}  // namespace feedpp

namespace feedpp {
namespace {

// SVG and MathML attribute names are case-sensitive: kept as written inside them, lowered
// outside.
TEST(HtmlTest, ForeignContentKeepsTheCaseOfAttributeNames) {
  EXPECT_EQ(resolve_html_urls(R"(<SVG viewBox="0 0 1 1" baseProfile="full"><rect/></SVG>)", ""),
            R"(<svg baseProfile="full" viewBox="0 0 1 1"><rect></rect></svg>)");
  EXPECT_EQ(resolve_html_urls(R"(<svg viewBox="0"></svg><P CLASS="x">p</P>)", ""),
            R"(<svg viewBox="0"></svg><p class="x">p</p>)");
}

}  // namespace
}  // namespace feedpp
