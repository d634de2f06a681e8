// SPDX-License-Identifier: MIT
// filter_style(): feedparser's CSS rules, with what it lets through that it should not.
#include "html/css_filter.hpp"

#include <gtest/gtest.h>
#include <feedpp/sanitize.hpp>

#include <string>

#include "html/sanitize_policy.hpp"

namespace {

std::string filter(std::string_view style, bool svg = false) {
  static const feedpp::SanitizeOptions options;
  static const feedpp::detail::SanitizePolicy policy(options);
  return feedpp::detail::filter_style(style, svg, policy);
}

}  // namespace

TEST(CssFilter, KeepsAllowedProperties) {
  EXPECT_EQ(filter("color: red"), "color: red;");
  EXPECT_EQ(filter("color:#000080;font-family:'Comic Sans MS'"),
            "color: #000080; font-family: 'Comic Sans MS';");
  EXPECT_EQ(filter("font-size: 10pt; text-align: left; white-space: nowrap"),
            "font-size: 10pt; text-align: left; white-space: nowrap;");
  EXPECT_EQ(filter("Color: Red"), "Color: Red;");  // written as it came
}

TEST(CssFilter, DropsOtherProperties) {
  EXPECT_EQ(filter("position: absolute; left: 0; z-index: 1; color: red"), "color: red;");
  EXPECT_EQ(filter("behavior: foo"), "");
  EXPECT_EQ(filter("mso-list: l0 level1 lfo1"), "");
}

TEST(CssFilter, ChecksShorthandValues) {
  EXPECT_EQ(filter("margin: 0px !important"), "margin: 0px !important;");
  EXPECT_EQ(filter("border: 3px solid #ccc; padding: 0; margin-bottom: 10px"),
            "border: 3px solid #ccc; padding: 0; margin-bottom: 10px;");
  EXPECT_EQ(filter("border-top: 0pt; background: rgb(1,2,3)"),
            "border-top: 0pt; background: rgb(1,2,3);");
  EXPECT_EQ(filter("background-repeat: repeat; border: 1px groove red"), "");
  EXPECT_EQ(filter("border: 1px solid #FFF"), "");  // feedparser's hex is lower case
}

TEST(CssFilter, CutsUrls) {
  EXPECT_EQ(filter("background-image: url(http://e/x.png); color: black"), "color: black;");
  EXPECT_EQ(filter("background: url( x.png ) #fff"), "background: #fff;");
  EXPECT_EQ(filter("background: url( javascript:alert(1) ) no-repeat"), "");  // ) is left
  EXPECT_EQ(filter("-moz-binding: url(http://evil/x.xml#x)"), "");
}

TEST(CssFilter, RefusesWhatIsNotPlainCss) {
  EXPECT_EQ(filter("width: expression(alert(1))"), "");
  EXPECT_EQ(filter("width: expression(1)"), "");  // feedparser lets this one through
  EXPECT_EQ(filter("color: \\72 ed"), "");
  EXPECT_EQ(filter("color: red /* x */"), "");
  EXPECT_EQ(filter("color: red; x: \"a;b\""), "");
  EXPECT_EQ(filter("@import 'x'"), "");
  EXPECT_EQ(filter("color: red; color"), "");
  EXPECT_EQ(filter("a-b-c: 1"), "");  // feedparser's gauntlet: one letter between two hyphens
}

TEST(CssFilter, SvgPaintOnlyInSvg) {
  EXPECT_EQ(filter("fill: red; stroke-width: 2px"), "");
  EXPECT_EQ(filter("fill: red; stroke-width: 2px", true), "fill: red; stroke-width: 2px;");
}
