// SPDX-License-Identifier: MIT
#include "feedpp/model.hpp"

#include <gtest/gtest.h>

#include <type_traits>

namespace feedpp {
namespace {

static_assert(std::is_copy_constructible_v<Feed> && std::is_nothrow_move_constructible_v<Feed>);
static_assert(std::is_copy_constructible_v<Item> && std::is_nothrow_move_constructible_v<Item>);
static_assert(std::is_aggregate_v<Channel> && std::is_aggregate_v<Item> &&
              std::is_aggregate_v<Link>);

TEST(ModelTest, ValuesCompareByContent) {
  Item a;
  a.title = "x";
  a.links.push_back({"https://example.com/", "alternate"});
  Item b = a;
  EXPECT_EQ(a, b);
  b.links[0].rel = "self";
  EXPECT_NE(a, b);
  b = a;
  Extension e;
  e.name = "n";
  b.extensions.push_back(e);
  EXPECT_NE(a, b);
  a.extensions.push_back(e);
  EXPECT_EQ(a, b);
  a.extensions[0].children.push_back(e);
  EXPECT_NE(a, b);
}

// A tree a million levels deep, built in code: copied, compared, assigned and destroyed
// without recursion (the compiler's versions would overflow the stack).
TEST(ModelTest, DeepExtensionTreesNeedNoStack) {
  Extension root("urn:x", "x", "level", "0");
  Extension* e = &root;
  for (int i = 1; i < 1000000; ++i) {
    e->children.emplace_back("urn:x", "x", "level", std::to_string(i));
    e = &e->children.back();
  }
  Extension copy = root;
  EXPECT_TRUE(copy == root);
  e = &copy;
  while (!e->children.empty()) e = &e->children.back();
  EXPECT_EQ(e->text, "999999");
  e->text = "changed";
  EXPECT_TRUE(copy != root);
  copy = root;
  EXPECT_TRUE(copy == root);
  Extension moved = std::move(copy);
  EXPECT_TRUE(moved == root);
}

TEST(ModelTest, ElementOrderIsPresentationNotContent) {
  Item a;
  a.title = "x";
  Item b = a;
  b.order.push_back(ItemElement::title);
  EXPECT_EQ(a, b);
  EXPECT_TRUE(b.order.contains(ItemElement::title));
  EXPECT_FALSE(b.order.contains(ItemElement::link));
  ASSERT_EQ(b.order.size(), 1u);
  EXPECT_EQ(b.order[0], ItemElement::title);
  for (int i = 0; i < 100; ++i) b.order.push_back(ItemElement::extension);  // beyond the inline 15
  EXPECT_EQ(b.order.size(), 101u);
  EXPECT_EQ(b.order[100], ItemElement::extension);
  b.order.clear();
  EXPECT_TRUE(b.order.empty());
}

TEST(ModelTest, DatesCompareByValueWhateverTheirText) {
  const DateTime v = *make_datetime(2002, 9, 7, 0, 0, 1);
  Date gmt(v);
  gmt.text = "Sat, 07 Sep 2002 00:00:01 GMT";
  Date numeric(v);
  numeric.text = "Sat, 07 Sep 2002 00:00:01 +0000";
  EXPECT_EQ(gmt, numeric);
  EXPECT_EQ(gmt, Date(v));
  Date unreadable;
  unreadable.text = "yesterday";
  Date other;
  other.text = "today";
  EXPECT_NE(unreadable, other);
  EXPECT_NE(unreadable, Date(v));
  EXPECT_TRUE(Date().empty());
  EXPECT_FALSE(static_cast<bool>(Date()));
  EXPECT_TRUE(static_cast<bool>(unreadable));
}

TEST(ModelTest, TextKinds) {
  EXPECT_EQ(Text("x").kind(), TextKind::text);
  EXPECT_EQ(Text("x").kind(TextKind::html), TextKind::html);  // unstated: the caller's default
  EXPECT_EQ(Text::plain("x").kind(TextKind::html), TextKind::text);
  EXPECT_EQ(Text::html("x").kind(), TextKind::html);
  EXPECT_EQ(Text::xhtml("x").kind(), TextKind::xhtml);
  EXPECT_EQ(Text("x", "text/html").kind(), TextKind::html);
  EXPECT_EQ(Text("x", "application/xhtml+xml").kind(), TextKind::xhtml);
  EXPECT_EQ(Text("x", "text/plain").kind(), TextKind::text);
  Content c;
  c.type = "image/png";
  EXPECT_EQ(c.kind(), TextKind::other);
  EXPECT_TRUE(c.empty());
  c.src = "https://example.com/i.png";
  EXPECT_FALSE(c.empty());
}

TEST(ModelTest, FormatNames) {
  EXPECT_EQ(to_string(Format::rss_2_0), "rss2.0");
  EXPECT_EQ(to_string(Format::rss_0_91_userland), "rss0.91u");
  EXPECT_EQ(to_string(Format::rss_0_91_netscape), "rss0.91n");
  EXPECT_EQ(to_string(Format::rss_1_0), "rss1.0");
  EXPECT_EQ(to_string(Format::atom_0_3), "atom0.3");
  EXPECT_EQ(to_string(Format::atom_1_0), "atom1.0");
  EXPECT_EQ(to_string(Format::unknown), "");
}

TEST(ModelTest, PeopleFromRssStrings) {
  const auto check = [](std::string_view text, const char* name, const char* email) {
    const Person p = parse_person(text);
    EXPECT_EQ(p.name, name) << text;
    EXPECT_EQ(p.email, email) << text;
  };
  check("jo@example.com (Jo Doe)", "Jo Doe", "jo@example.com");
  check("Jo Doe <jo@example.com>", "Jo Doe", "jo@example.com");
  check("Jo Doe (jo@example.com)", "Jo Doe", "jo@example.com");
  check("  jo@example.com  ", "", "jo@example.com");
  check("Jo Doe", "Jo Doe", "");
  check("mailto:jo@example.com", "", "jo@example.com");
  check("<jo@example.com>", "", "jo@example.com");
  check("@jo", "@jo", "");
  check("", "", "");
  EXPECT_EQ(format_person(parse_person("jo@example.com (Jo Doe)")), "jo@example.com (Jo Doe)");
  EXPECT_EQ(format_person(Person{"Jo"}), "Jo");
  EXPECT_EQ(format_person(Person{"", "jo@example.com"}), "jo@example.com");
}

}  // namespace
}  // namespace feedpp
