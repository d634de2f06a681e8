// SPDX-License-Identifier: MIT
// The RSS reader (src/rss_reader.cpp), through the front door: every RSS version, every RSS 2.0
// element into its field, the modules feeds mix in (content:, dc:, dcterms:, atom:), extensions
// kept in place, element order, and the repairs made for feeds as they are found in the wild.
#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "feedpp/datetime.hpp"
#include "feedpp/diagnostics.hpp"
#include "feedpp/model.hpp"
#include "feedpp/parse.hpp"
#include "feedpp/view.hpp"
#include "test_util.hpp"

namespace feedpp {

// Printers for failure messages (found by argument-dependent lookup, hence in namespace feedpp).

void PrintTo(const DateTime& dt, std::ostream* os) { *os << format_rfc3339(dt); }

void PrintTo(const Attribute& a, std::ostream* os) {
  *os << '{' << a.ns << '}' << a.prefix << ':' << a.name << "=\"" << a.value << '"';
}

// Writes the tree in one line: {ns}prefix:name[attributes]"text"(children)"tail". Iterative, as
// clang-tidy's misc-no-recursion asks.
void PrintTo(const Extension& root, std::ostream* os) {
  struct Frame {
    const Extension* e;
    std::size_t next;
  };
  std::vector<Frame> stack{{&root, 0}};
  const auto open = [os](const Extension& e) {
    *os << '{' << e.ns << '}' << e.prefix << ':' << e.name << '[';
    for (const Attribute& a : e.attributes) PrintTo(a, os);
    *os << "]\"" << e.text << "\"(";
  };
  open(root);
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next == top.e->children.size()) {
      *os << ")\"" << top.e->tail << '"';
      stack.pop_back();
      if (!stack.empty()) *os << ' ';
      continue;
    }
    const Extension& child = top.e->children[top.next++];
    open(child);
    stack.push_back({&child, 0});
  }
}

void PrintTo(const Link& l, std::ostream* os) {
  *os << "Link{href=" << l.href << " rel=" << l.rel << " type=" << l.type << " attributes=[";
  for (const Attribute& a : l.attributes) PrintTo(a, os);
  *os << "]}";
}

void PrintTo(const Category& c, std::ostream* os) {
  *os << "Category{" << c.term << ", " << c.scheme << ", " << c.label << '}';
}

void PrintTo(const Enclosure& e, std::ostream* os) {
  *os << "Enclosure{" << e.url << ", " << e.length << ", " << e.type << '}';
}

void PrintTo(const Person& p, std::ostream* os) {
  *os << "Person{" << p.name << ", " << p.email << ", " << p.uri << '}';
}

void PrintTo(const Text& t, std::ostream* os) {
  *os << "Text{\"" << t.value << "\", type \"" << t.type << "\"}";
}

namespace {

using CE = ChannelElement;
using IE = ItemElement;
using std::chrono::minutes;

constexpr std::string_view kUnknownNs = "http://example.com/ns/unknown";
constexpr std::string_view kThread = "http://purl.org/syndication/thread/1.0";

// Element orders, written by name so that a failure says which entry differs.

const char* name_of(ChannelElement e) {
  static constexpr std::array<const char*, 45> kNames = {"title",
                                                         "link",
                                                         "links",
                                                         "description",
                                                         "language",
                                                         "copyright",
                                                         "managing_editor",
                                                         "web_master",
                                                         "pub_date",
                                                         "last_build_date",
                                                         "categories",
                                                         "generator",
                                                         "docs",
                                                         "cloud",
                                                         "ttl",
                                                         "image",
                                                         "rating",
                                                         "text_input",
                                                         "skip_hours",
                                                         "skip_days",
                                                         "id",
                                                         "icon",
                                                         "logo",
                                                         "authors",
                                                         "contributors",
                                                         "extension",
                                                         "dc_title",
                                                         "dc_description",
                                                         "dc_language",
                                                         "dc_rights",
                                                         "dc_date",
                                                         "dc_creator",
                                                         "dc_contributor",
                                                         "dc_subject",
                                                         "dcterms_issued",
                                                         "dcterms_modified",
                                                         "items",
                                                         "itunes",
                                                         "podcast",
                                                         "media",
                                                         "dublin_core",
                                                         "syndication",
                                                         "geo",
                                                         "creative_commons",
                                                         "feedburner"};
  static_assert(static_cast<std::size_t>(ChannelElement::feedburner) + 1 == kNames.size());
  const auto i = static_cast<std::size_t>(e);
  return i < kNames.size() ? kNames[i] : "?";
}

const char* name_of(ItemElement e) {
  static constexpr std::array<const char*, 38> kNames = {"title",
                                                         "link",
                                                         "links",
                                                         "description",
                                                         "content",
                                                         "author",
                                                         "authors",
                                                         "contributors",
                                                         "categories",
                                                         "comments",
                                                         "enclosures",
                                                         "guid",
                                                         "pub_date",
                                                         "updated",
                                                         "source",
                                                         "rights",
                                                         "extension",
                                                         "dc_title",
                                                         "dc_description",
                                                         "dc_creator",
                                                         "dc_contributor",
                                                         "dc_subject",
                                                         "dc_date",
                                                         "dc_rights",
                                                         "dcterms_issued",
                                                         "dcterms_modified",
                                                         "beside_channel",
                                                         "itunes",
                                                         "podcast",
                                                         "media",
                                                         "dublin_core",
                                                         "slash",
                                                         "wfw",
                                                         "threading",
                                                         "geo",
                                                         "chapters",
                                                         "creative_commons",
                                                         "feedburner"};
  static_assert(static_cast<std::size_t>(ItemElement::feedburner) + 1 == kNames.size());
  const auto i = static_cast<std::size_t>(e);
  return i < kNames.size() ? kNames[i] : "?";
}

const char* name_of(ImageElement e) {
  static constexpr std::array<const char*, 7> kNames = {
      "url", "title", "link", "width", "height", "description", "extension"};
  static_assert(static_cast<std::size_t>(ImageElement::extension) + 1 == kNames.size());
  const auto i = static_cast<std::size_t>(e);
  return i < kNames.size() ? kNames[i] : "?";
}

const char* name_of(TextInputElement e) {
  static constexpr std::array<const char*, 5> kNames = {"title", "description", "name", "link",
                                                        "extension"};
  static_assert(static_cast<std::size_t>(TextInputElement::extension) + 1 == kNames.size());
  const auto i = static_cast<std::size_t>(e);
  return i < kNames.size() ? kNames[i] : "?";
}

const char* name_of(PersonElement e) {
  static constexpr std::array<const char*, 5> kNames = {"name", "email", "uri", "extension", "url"};
  static_assert(static_cast<std::size_t>(PersonElement::url) + 1 == kNames.size());
  const auto i = static_cast<std::size_t>(e);
  return i < kNames.size() ? kNames[i] : "?";
}

// Returns the entries of `order` as "title link extension ...".
template <class E>
std::string names(const ElementOrder<E>& order) {
  std::string out;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i > 0) out += ' ';
    out += name_of(order[i]);
  }
  return out;
}

template <class E>
std::string names(std::initializer_list<E> entries) {
  std::string out;
  for (const E e : entries) {
    if (!out.empty()) out += ' ';
    out += name_of(e);
  }
  return out;
}

// Diagnostics.

std::string describe(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    out += std::to_string(d.location.line) + ':' + std::to_string(d.location.column) + ' ' +
           std::string(to_string(d.severity)) + ' ' + std::string(to_string(d.code)) + ": " +
           d.message + '\n';
  }
  return out.empty() ? "(no diagnostics)" : out;
}

std::string describe(const ParseResult& r) { return describe(r.diagnostics); }

std::vector<Diagnostic> with_code(const ParseResult& r, ErrorCode code) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code == code) out.push_back(d);
  }
  return out;
}

// Expects exactly one diagnostic with `code`, of `severity`, on `line`.
void expect_one(const ParseResult& r, ErrorCode code, Severity severity, std::size_t line) {
  const std::vector<Diagnostic> found = with_code(r, code);
  ASSERT_EQ(found.size(), 1u) << to_string(code) << " expected once in\n" << describe(r);
  EXPECT_EQ(found[0].severity, severity) << describe(r);
  EXPECT_EQ(found[0].location.line, line) << describe(r);
}

// Inputs.

ParseResult parse_data(std::string_view name, const ParseOptions& options = {}) {
  return parse(test::read_data("rss/" + std::string(name)), options);
}

// Wraps item children in a minimal RSS 2.0 document; the children start on line 5.
std::string rss_item(std::string_view children) {
  return "<?xml version=\"1.0\"?>\n"
         "<rss version=\"2.0\">\n"
         "<channel>\n"
         "<item>\n" +
         std::string(children) +
         "\n</item>\n"
         "</channel>\n"
         "</rss>\n";
}

const Item& only_item(const ParseResult& r) {
  static const Item kNone;
  EXPECT_EQ(r.feed.items.size(), 1u) << describe(r);
  return r.feed.items.empty() ? kNone : r.feed.items.front();
}

Extension element(std::string_view ns, std::string_view prefix, std::string_view name,
                  std::vector<Attribute> attributes = {}, std::string text = {},
                  std::vector<Extension> children = {}, std::string tail = {}) {
  Extension e;
  e.ns = ns;
  e.prefix = prefix;
  e.name = name;
  e.attributes = std::move(attributes);
  e.text = std::move(text);
  e.children = std::move(children);
  e.tail = std::move(tail);
  return e;
}

Attribute attribute(std::string_view name, std::string_view value, std::string_view ns = {},
                    std::string_view prefix = {}) {
  return Attribute{std::string(ns), std::string(prefix), std::string(name), std::string(value)};
}

DateTime datetime(int year, int month, int day, int hour, int minute, int second,
                  minutes offset = minutes{0}) {
  const std::optional<DateTime> dt = make_datetime(year, month, day, hour, minute, second, offset);
  EXPECT_TRUE(dt.has_value());
  return dt.value_or(DateTime{});
}

// Versions.

struct VersionCase {
  const char* version;  // the version attribute, or null for none
  Format format;
};

TEST(RssReaderTest, DetectsTheVersionFromTheVersionAttribute) {
  const std::array<VersionCase, 6> cases = {{
      {"0.92", Format::rss_0_92},
      {"0.93", Format::rss_0_93},
      {"0.94", Format::rss_0_94},
      {"2.0", Format::rss_2_0},
      {"2.01", Format::rss_2_0},
      {nullptr, Format::rss},
  }};
  for (const VersionCase& c : cases) {
    SCOPED_TRACE(c.version == nullptr ? "no version" : c.version);
    const std::string doc = std::string("<rss") +
                            (c.version ? std::string(" version=\"") + c.version + "\"" : "") +
                            "><channel><title>T</title><item><title>I</title></item>"
                            "</channel></rss>";
    const ParseResult r = parse(doc);
    EXPECT_EQ(r.feed.format, c.format);
    EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
    EXPECT_EQ(r.feed.channel.title.value, "T");
    ASSERT_EQ(r.feed.items.size(), 1u);
    EXPECT_EQ(r.feed.items[0].title.value, "I");
    // A version other than 2.0 is kept as read, for a round trip to write it again.
    const bool kept = c.version != nullptr && std::string_view(c.version) != "2.0";
    ASSERT_EQ(r.feed.attributes.size(), kept ? 1u : 0u);
    if (kept) {
      EXPECT_EQ(r.feed.attributes[0].value, c.version);
    }
  }
}

TEST(RssReaderTest, ReadsAnUnknownVersionAsRssWithAWarning) {
  const ParseResult r = parse(
      "<?xml version=\"1.0\"?>\n"
      "<rss version=\"3.1\">\n"
      "<channel><title>Future</title><item><title>Still read</title></item></channel>\n"
      "</rss>\n");
  EXPECT_EQ(r.feed.format, Format::rss);
  expect_one(r, ErrorCode::unknown_version, Severity::warning, 2);
  EXPECT_EQ(r.diagnostics.size(), 1u) << describe(r);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.feed.channel.title.value, "Future");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].title.value, "Still read");
}

TEST(RssReaderTest, DetectsRss091UserlandWithoutDoctype) {
  const ParseResult r = parse_data("rss091-userland.xml");
  EXPECT_EQ(r.feed.format, Format::rss_0_91_userland);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(r.feed.channel.title.value, "Scripting News");
  EXPECT_EQ(r.feed.channel.language, "en-us");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].title.value, "stuff");
  EXPECT_EQ(r.feed.items[0].link, "http://bar");
  EXPECT_EQ(r.feed.items[0].description, Text("This is an item description...", "html"));
}

TEST(RssReaderTest, DetectsRss091NetscapeFromItsDoctype) {
  const ParseResult r = parse_data("rss091-netscape.xml");
  EXPECT_EQ(r.feed.format, Format::rss_0_91_netscape);
  EXPECT_EQ(r.encoding, "iso-8859-1");
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(r.feed.channel.title.value, "WriteTheWeb");
  EXPECT_EQ(r.feed.channel.link, "http://writetheweb.com");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].title.value, "Giving the world a pluggable Gnutella");
  EXPECT_EQ(r.feed.items[0].link, "http://writetheweb.com/read.php?item=24");
}

TEST(RssReaderTest, ReadsRss090FromRdfWithTheNetscapeNamespace) {
  const ParseResult r = parse_data("rss090.xml");
  EXPECT_EQ(r.feed.format, Format::rss_0_90);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  const Channel& c = r.feed.channel;
  EXPECT_EQ(c.title, Text("Mozilla Dot Org"));
  EXPECT_EQ(c.link, "http://www.mozilla.org");
  EXPECT_EQ(c.description, Text("the Mozilla Organization web site", "html"));
  EXPECT_EQ(names(c.order), names({CE::title, CE::link, CE::description}));
  ASSERT_TRUE(c.image.has_value());
  EXPECT_EQ(c.image->title, "Mozilla");
  EXPECT_EQ(c.image->url, "http://www.mozilla.org/images/moz.gif");
  EXPECT_EQ(c.image->link, "http://www.mozilla.org");
  EXPECT_EQ(names(c.image->order),
            names({ImageElement::title, ImageElement::url, ImageElement::link}));
  ASSERT_EQ(r.feed.items.size(), 2u);
  EXPECT_EQ(r.feed.items[0].title.value, "New Status Updates");
  EXPECT_EQ(r.feed.items[0].link, "http://www.mozilla.org/status/");
  EXPECT_EQ(r.feed.items[1].title.value, "Bugzilla Reorganized");
  EXPECT_EQ(r.feed.items[1].link, "http://www.mozilla.org/bugs/");
  EXPECT_TRUE(r.feed.extensions.empty());
}

// RSS 2.0 channel and item elements.

TEST(RssReaderTest, ReadsEveryRss20ChannelElement) {
  const ParseResult r = parse_data("rss20-channel.xml");
  EXPECT_EQ(r.feed.format, Format::rss_2_0);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  const Channel& c = r.feed.channel;
  EXPECT_EQ(c.title, Text("Example Channel", ""));
  EXPECT_EQ(c.link, "https://example.com/");
  EXPECT_EQ(c.description, Text("The <b>best</b> channel", "html"));
  EXPECT_EQ(c.language, "en-us");
  EXPECT_EQ(c.copyright, Text("Copyright 2026 Example Inc."));
  EXPECT_EQ(c.managing_editor, "editor@example.com (Ed Itor)");
  EXPECT_EQ(c.web_master, "webmaster@example.com (Web Master)");

  EXPECT_EQ(c.pub_date.text, "Mon, 10 Nov 2025 08:15:00 -0500");
  ASSERT_TRUE(c.pub_date.value.has_value());
  EXPECT_EQ(*c.pub_date.value, datetime(2025, 11, 10, 8, 15, 0, minutes{-300}));
  EXPECT_EQ(c.pub_date.value->offset, minutes{-300});
  EXPECT_EQ(c.last_build_date.text, "Tue, 11 Nov 2025 09:30:15 GMT");
  ASSERT_TRUE(c.last_build_date.value.has_value());
  EXPECT_EQ(*c.last_build_date.value, datetime(2025, 11, 11, 9, 30, 15));
  EXPECT_EQ(c.last_build_date.value->offset, minutes{0});

  ASSERT_EQ(c.categories.size(), 2u);
  EXPECT_EQ(c.categories[0], (Category{"News/World", "http://example.com/cats", ""}));
  EXPECT_EQ(c.categories[1], (Category{"Plain", "", ""}));
  EXPECT_EQ(c.generator.name, "feedpp-test 1.0");
  EXPECT_EQ(c.generator.uri, "");
  EXPECT_EQ(c.generator.version, "");
  EXPECT_EQ(c.docs, "https://www.rssboard.org/rss-specification");
  ASSERT_TRUE(c.cloud.has_value());
  EXPECT_EQ(c.cloud->domain, "rpc.example.com");
  EXPECT_EQ(c.cloud->port, "80");
  EXPECT_EQ(c.cloud->path, "/RPC2");
  EXPECT_EQ(c.cloud->register_procedure, "pingMe");
  EXPECT_EQ(c.cloud->protocol, "soap");
  EXPECT_EQ(c.ttl, "60");

  ASSERT_TRUE(c.image.has_value());
  const Image& image = *c.image;
  EXPECT_EQ(image.url, "https://example.com/logo.png");
  EXPECT_EQ(image.title, "Example Logo");
  EXPECT_EQ(image.link, "https://example.com/home");
  EXPECT_EQ(image.width, "88");
  EXPECT_EQ(image.height, "31");
  EXPECT_EQ(image.description, "The logo");
  EXPECT_TRUE(image.extensions.empty());
  using ImE = ImageElement;
  EXPECT_EQ(names(image.order),
            names({ImE::url, ImE::title, ImE::link, ImE::width, ImE::height, ImE::description}));

  EXPECT_EQ(c.rating, "(PICS-1.1 \"http://www.classify.org/safesurf/\" l r (SS~~000 1))");
  ASSERT_TRUE(c.text_input.has_value());
  EXPECT_EQ(c.text_input->title, "Search");
  EXPECT_EQ(c.text_input->description, "Search the site");
  EXPECT_EQ(c.text_input->name, "q");
  EXPECT_EQ(c.text_input->link, "https://example.com/search");
  using TiE = TextInputElement;
  EXPECT_EQ(names(c.text_input->order),
            names({TiE::title, TiE::description, TiE::name, TiE::link}));

  EXPECT_EQ(c.skip_hours, (std::vector<std::string>{"0", "1", "23"}));
  EXPECT_EQ(c.skip_days, (std::vector<std::string>{"Saturday", "Sunday"}));
  EXPECT_TRUE(c.extensions.empty());
  EXPECT_TRUE(c.links.empty());
  EXPECT_TRUE(c.authors.empty());

  // Every child, in document order.
  EXPECT_EQ(names(c.order), names({CE::title,      CE::link,       CE::description,
                                   CE::language,   CE::copyright,  CE::managing_editor,
                                   CE::web_master, CE::pub_date,   CE::last_build_date,
                                   CE::categories, CE::categories, CE::generator,
                                   CE::docs,       CE::cloud,      CE::ttl,
                                   CE::image,      CE::rating,     CE::text_input,
                                   CE::skip_hours, CE::skip_days}));
  EXPECT_TRUE(r.feed.items.empty());
}

TEST(RssReaderTest, ReadsEveryRss20ItemElement) {
  const ParseResult r = parse_data("rss20-items.xml");
  EXPECT_EQ(r.feed.format, Format::rss_2_0);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  ASSERT_EQ(r.feed.items.size(), 3u);

  const Item& it = r.feed.items[0];
  EXPECT_EQ(it.title, Text("First item", ""));
  EXPECT_EQ(it.link, "https://example.com/1");
  EXPECT_EQ(it.description, Text("Item <i>one</i>", "html"));
  EXPECT_EQ(it.author, "jo@example.com (Jo Doe)");
  EXPECT_TRUE(it.authors.empty());
  ASSERT_EQ(it.categories.size(), 2u);
  EXPECT_EQ(it.categories[0], (Category{"tag-a", "http://example.com/tags", ""}));
  EXPECT_EQ(it.categories[1], (Category{"tag-b", "", ""}));
  EXPECT_EQ(it.comments, "https://example.com/1#comments");
  ASSERT_EQ(it.enclosures.size(), 2u);
  EXPECT_EQ(it.enclosures[0], (Enclosure{"https://example.com/1.mp3", "12345", "audio/mpeg"}));
  EXPECT_EQ(it.enclosures[1], (Enclosure{"https://example.com/1.ogg", "6789", "audio/ogg"}));
  EXPECT_EQ(it.guid.value, "https://example.com/1");
  EXPECT_FALSE(it.guid.is_permalink.has_value());  // absent: RSS then means true
  EXPECT_EQ(it.pub_date.text, "Wed, 12 Nov 2025 10:00:00 +0100");
  ASSERT_TRUE(it.pub_date.value.has_value());
  EXPECT_EQ(*it.pub_date.value, datetime(2025, 11, 12, 10, 0, 0, minutes{60}));
  EXPECT_EQ(it.pub_date.value->offset, minutes{60});
  ASSERT_TRUE(it.source.has_value());
  EXPECT_EQ(it.source->url, "https://other.example.org/rss");
  EXPECT_EQ(it.source->title.value, "Other Feed");
  EXPECT_TRUE(it.extensions.empty());
  EXPECT_FALSE(it.updated);
  EXPECT_TRUE(it.content.empty());
  EXPECT_EQ(names(it.order), names({IE::title, IE::link, IE::description, IE::author,
                                    IE::categories, IE::categories, IE::comments, IE::enclosures,
                                    IE::enclosures, IE::guid, IE::pub_date, IE::source}));

  const Item& not_permalink = r.feed.items[1];
  EXPECT_TRUE(not_permalink.title.empty());
  EXPECT_EQ(not_permalink.guid.value, "tag:example.com,2025:2");
  EXPECT_EQ(not_permalink.guid.is_permalink, std::optional<bool>(false));
  EXPECT_EQ(names(not_permalink.order), names({IE::description, IE::guid}));

  const Item& permalink = r.feed.items[2];
  EXPECT_EQ(permalink.guid.value, "https://example.com/3");
  EXPECT_EQ(permalink.guid.is_permalink, std::optional<bool>(true));
  EXPECT_EQ(names(permalink.order), names({IE::guid}));
}

// Modules: content:, dc:, dcterms:, atom:.

TEST(RssReaderTest, ReadsDublinCoreAndAtomIntoChannelFields) {
  const ParseResult r = parse_data("modules.xml");
  EXPECT_EQ(r.feed.format, Format::rss_2_0);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  const Channel& c = r.feed.channel;
  EXPECT_EQ(c.title, Text("DC Channel", ""));
  ASSERT_EQ(c.links.size(), 1u);
  EXPECT_EQ(c.links[0].href, "https://example.com/feed.xml");
  EXPECT_EQ(c.links[0].rel, "self");
  EXPECT_EQ(c.links[0].type, "application/rss+xml");
  EXPECT_TRUE(c.links[0].attributes.empty());
  ASSERT_NE(self_link(c), nullptr);
  EXPECT_EQ(self_link(c)->href, "https://example.com/feed.xml");
  EXPECT_EQ(c.link, "https://example.com/");
  EXPECT_EQ(c.description, Text("Described by <em>DC</em>", "html"));
  EXPECT_EQ(c.language, "fr-ca");
  EXPECT_EQ(c.copyright.value, "CC BY 4.0");
  ASSERT_EQ(c.authors.size(), 1u);
  EXPECT_EQ(c.authors[0], (Person{"Channel Creator"}));
  ASSERT_EQ(c.contributors.size(), 1u);
  EXPECT_EQ(c.contributors[0], (Person{"Channel Helper"}));
  ASSERT_EQ(c.categories.size(), 1u);
  EXPECT_EQ(c.categories[0], (Category{"Science", "", ""}));
  EXPECT_EQ(c.last_build_date.text, "2025-11-10T08:15:00-05:00");
  EXPECT_EQ(c.last_build_date.value, datetime(2025, 11, 10, 8, 15, 0, minutes{-300}));
  EXPECT_EQ(c.pub_date.text, "2025-01-02T03:04:05Z");
  EXPECT_EQ(c.pub_date.value, datetime(2025, 1, 2, 3, 4, 5));
  EXPECT_TRUE(c.extensions.empty());
  EXPECT_EQ(
      names(c.order),
      names({CE::dc_title, CE::links, CE::link, CE::dc_description, CE::dc_language, CE::dc_rights,
             CE::dc_creator, CE::dc_contributor, CE::dc_subject, CE::dc_date, CE::dcterms_issued}));
}

TEST(RssReaderTest, ReadsContentAndDublinCoreIntoItemFields) {
  const ParseResult r = parse_data("modules.xml");
  ASSERT_EQ(r.feed.items.size(), 3u);
  const Item& it = r.feed.items[0];
  EXPECT_EQ(it.title, Text("DC item", ""));
  EXPECT_EQ(it.description, Text("Summary <b>here</b>", "html"));
  EXPECT_EQ(it.content.value, "<p>Full <b>content</b></p>");
  EXPECT_EQ(it.content.type, "html");
  EXPECT_EQ(it.content.src, "");
  ASSERT_EQ(it.authors.size(), 2u);
  EXPECT_EQ(it.authors[0], (Person{"Jo Doe"}));
  EXPECT_EQ(it.authors[1], (Person{"Sam Roe"}));
  EXPECT_EQ(it.author, "");
  ASSERT_EQ(it.contributors.size(), 1u);
  EXPECT_EQ(it.contributors[0], (Person{"Al Helper"}));
  ASSERT_EQ(it.categories.size(), 1u);
  EXPECT_EQ(it.categories[0], (Category{"Physics", "", ""}));
  EXPECT_EQ(it.updated.text, "2025-11-12T10:00:00+01:00");
  EXPECT_EQ(it.updated.value, datetime(2025, 11, 12, 10, 0, 0, minutes{60}));
  EXPECT_EQ(it.rights.value, "All rights reserved");
  EXPECT_EQ(it.pub_date.text, "2025-11-11T09:00:00Z");
  EXPECT_EQ(it.pub_date.value, datetime(2025, 11, 11, 9, 0, 0));
  EXPECT_TRUE(it.extensions.empty());
  EXPECT_EQ(names(it.order), names({IE::dc_title, IE::dc_description, IE::content, IE::dc_creator,
                                    IE::dc_creator, IE::dc_contributor, IE::dc_subject, IE::dc_date,
                                    IE::dc_rights, IE::dcterms_issued}));

  const Item& modified = r.feed.items[1];
  EXPECT_EQ(modified.updated.text, "2025-11-13T11:30:00+05:30");
  ASSERT_TRUE(modified.updated.value.has_value());
  EXPECT_EQ(*modified.updated.value, datetime(2025, 11, 13, 11, 30, 0, minutes{330}));
  EXPECT_EQ(modified.updated.value->offset, minutes{330});
  EXPECT_EQ(names(modified.order), names({IE::title, IE::dcterms_modified}));
}

TEST(RssReaderTest, ReadsAtomLinkAuthorAndUpdatedInsideAnItem) {
  const ParseResult r = parse_data("modules.xml");
  ASSERT_EQ(r.feed.items.size(), 3u);
  const Item& it = r.feed.items[2];
  EXPECT_EQ(it.title.value, "Atom in RSS");
  ASSERT_EQ(it.links.size(), 2u);
  EXPECT_EQ(it.links[0], (Link{"https://example.com/3", "", "", "", "", "", {}}));
  Link replies;
  replies.href = "https://example.com/3/comments";
  replies.rel = "replies";
  replies.type = "text/html";
  replies.attributes = {attribute("count", "5", kThread, "thr"),
                        attribute("updated", "2025-11-14T00:00:00Z", kThread, "thr")};
  EXPECT_EQ(it.links[1], replies);
  EXPECT_EQ(it.link, "");
  ASSERT_EQ(it.authors.size(), 1u);
  EXPECT_EQ(it.authors[0],
            (Person{"Ann Author", "ann@example.com", "https://example.com/ann", {}, {}}));
  EXPECT_EQ(names(it.authors[0].order),
            names({PersonElement::name, PersonElement::email, PersonElement::uri}));
  EXPECT_EQ(it.updated.text, "2025-11-14T12:00:00Z");
  EXPECT_EQ(it.updated.value, datetime(2025, 11, 14, 12, 0, 0));
  EXPECT_TRUE(it.extensions.empty());
  EXPECT_EQ(names(it.order), names({IE::title, IE::links, IE::links, IE::authors, IE::updated}));
}

// Namespaces are matched by URI, never by prefix.

TEST(RssReaderTest, MatchesModulesByNamespaceUriNotPrefix) {
  const ParseResult r = parse_data("renamed-prefixes.xml");
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  ASSERT_EQ(r.feed.channel.links.size(), 1u);
  EXPECT_EQ(r.feed.channel.links[0].href, "https://example.com/feed.xml");
  EXPECT_EQ(r.feed.channel.links[0].rel, "self");
  EXPECT_EQ(names(r.feed.channel.order), names({CE::title, CE::links}));
  ASSERT_EQ(r.feed.items.size(), 2u);

  const Item& renamed = r.feed.items[0];
  EXPECT_EQ(renamed.content.value, "<p>Body</p>");
  EXPECT_EQ(renamed.content.type, "html");
  ASSERT_EQ(renamed.authors.size(), 1u);
  EXPECT_EQ(renamed.authors[0].name, "Jo Doe");
  EXPECT_EQ(renamed.updated.value, datetime(2025, 11, 14, 12, 0, 0));
  EXPECT_TRUE(renamed.extensions.empty());
  EXPECT_EQ(names(renamed.order), names({IE::title, IE::content, IE::dc_creator, IE::updated}));

  // The usual prefixes bound to other namespaces are not the modules.
  const Item& impostors = r.feed.items[1];
  EXPECT_TRUE(impostors.content.empty());
  EXPECT_TRUE(impostors.authors.empty());
  ASSERT_EQ(impostors.extensions.size(), 2u);
  EXPECT_EQ(impostors.extensions[0],
            element("http://example.com/not-content", "content", "encoded", {}, "not content"));
  EXPECT_EQ(impostors.extensions[1],
            element("http://example.com/not-dc", "dc", "creator", {}, "not a creator"));
  EXPECT_EQ(names(impostors.order), names({IE::title, IE::extension, IE::extension}));
}

TEST(RssReaderTest, ReadsRssElementsInTheUserlandDefaultNamespace) {
  const ParseResult r = parse(
      "<rss version=\"2.0\" xmlns=\"http://backend.userland.com/rss2\">"
      "<channel><title>Default namespace</title><link>https://example.com/</link>"
      "<item><title>One</title><guid isPermaLink=\"false\">1</guid></item>"
      "</channel></rss>");
  EXPECT_EQ(r.feed.format, Format::rss_2_0);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(r.feed.channel.title.value, "Default namespace");
  EXPECT_EQ(r.feed.channel.link, "https://example.com/");
  EXPECT_TRUE(r.feed.channel.extensions.empty());
  EXPECT_TRUE(r.feed.attributes.empty());  // xmlns is a declaration, not an attribute
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].title.value, "One");
  EXPECT_EQ(r.feed.items[0].guid.value, "1");
  EXPECT_EQ(r.feed.items[0].guid.is_permalink, std::optional<bool>(false));
  EXPECT_TRUE(r.feed.items[0].extensions.empty());
}

TEST(RssReaderTest, ReadsAWellKnownPrefixUsedWithoutDeclaration) {
  const ParseResult r =
      parse(rss_item("<title>Undeclared</title>\n"
                     "<dc:creator>Jo Doe</dc:creator>\n"
                     "<dc:date>2025-11-12T10:00:00Z</dc:date>"));
  const Item& it = only_item(r);
  ASSERT_EQ(it.authors.size(), 1u);
  EXPECT_EQ(it.authors[0].name, "Jo Doe");
  EXPECT_EQ(it.updated.value, datetime(2025, 11, 12, 10, 0, 0));
  EXPECT_TRUE(it.extensions.empty());
  EXPECT_EQ(names(it.order), names({IE::title, IE::dc_creator, IE::dc_date}));
  // Reported once, where the prefix is first used.
  expect_one(r, ErrorCode::undeclared_namespace, Severity::error, 6);
  EXPECT_EQ(r.diagnostics.size(), 1u) << describe(r);
  EXPECT_TRUE(r.has_errors());
  EXPECT_TRUE(r.ok());
}

TEST(RssReaderTest, ReportsAnUndeclaredPrefixOnItsLineAfterAnEntityWasRewritten) {
  // &eacute; is rewritten to a shorter reference before pugixml parses; positions found later in
  // the document must still be those of the input.
  const ParseResult r = parse(
      "<rss version=\"2.0\">\n"
      "<channel>\n"
      "<title>Caf&eacute;</title>\n"
      "<item>\n"
      "<dc:creator>Jo</dc:creator>\n"
      "</item>\n"
      "</channel>\n"
      "</rss>\n");
  EXPECT_EQ(r.feed.channel.title.value, "Caf\u00e9");
  ASSERT_EQ(r.feed.items.size(), 1u);
  ASSERT_EQ(r.feed.items[0].authors.size(), 1u);
  EXPECT_EQ(r.feed.items[0].authors[0].name, "Jo");
  expect_one(r, ErrorCode::undefined_entity, Severity::error, 3);
  expect_one(r, ErrorCode::undeclared_namespace, Severity::error, 5);
}

// Extensions.

TEST(RssReaderTest, KeepsItemExtensionsInDocumentOrder) {
  const ParseResult r = parse_data("extensions.xml");
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  ASSERT_EQ(r.feed.items.size(), 1u);
  const Item& it = r.feed.items[0];
  EXPECT_EQ(it.title.value, "Episode 1");
  EXPECT_EQ(it.link, "https://example.com/ep1");
  EXPECT_EQ(it.guid.value, "ep1");
  // itunes:duration is typed (ext/itunes.hpp), where it stood; the rest are kept as trees.
  ASSERT_TRUE(it.itunes);
  EXPECT_EQ(it.itunes->duration.text, "12:34");
  EXPECT_EQ(it.itunes->duration.value, std::chrono::seconds(754));
  // media:group is typed too (ext/media.hpp).
  ASSERT_TRUE(it.media);
  ASSERT_EQ(it.media->groups.size(), 1u);
  const MediaGroup& group = it.media->groups[0];
  ASSERT_EQ(group.contents.size(), 2u);
  EXPECT_EQ(group.contents[0].url, "https://example.com/a.mp4");
  EXPECT_EQ(group.contents[0].type, "video/mp4");
  EXPECT_EQ(group.contents[0].medium, "video");
  EXPECT_EQ(group.contents[1].url, "https://example.com/a.webm");
  ASSERT_TRUE(group.title);
  EXPECT_EQ(group.title->value, "Ep 1");
  EXPECT_EQ(group.title->type, "plain");
  ASSERT_EQ(it.extensions.size(), 2u);
  // Mixed content: text before the first child, the rest in the child's tail.
  EXPECT_EQ(it.extensions[0],
            element(kUnknownNs, "ex", "rating", {attribute("scheme", "stars")}, "4 ",
                    {element(kUnknownNs, "ex", "of", {}, "5", {}, " stars")}));
  // An element in no namespace that RSS does not define.
  EXPECT_EQ(it.extensions[1], element("", "", "mystery", {}, "no namespace"));
  EXPECT_EQ(names(it.order), names({IE::title, IE::itunes, IE::media, IE::link, IE::extension,
                                    IE::extension, IE::guid}));
}

TEST(RssReaderTest, KeepsChannelExtensionsInDocumentOrder) {
  const ParseResult r = parse_data("extensions.xml");
  const Channel& c = r.feed.channel;
  EXPECT_EQ(c.title.value, "Podcast");
  EXPECT_EQ(c.link, "https://example.com/");
  EXPECT_EQ(c.description.value, "Extensions");
  ASSERT_TRUE(c.itunes);
  EXPECT_EQ(c.itunes->author, "Pod Caster");
  ASSERT_EQ(c.itunes->categories.size(), 1u);
  EXPECT_EQ(c.itunes->categories[0].text, "Technology");
  ASSERT_EQ(c.itunes->categories[0].subcategories.size(), 1u);
  EXPECT_EQ(c.itunes->categories[0].subcategories[0].text, "Software How-To");
  ASSERT_EQ(c.extensions.size(), 1u);
  EXPECT_EQ(c.extensions[0],
            element(kUnknownNs, "ex", "thing",
                    {attribute("a", "1"), attribute("b", "2", kUnknownNs, "ex")}, "x"));
  EXPECT_EQ(names(c.order),
            names({CE::title, CE::itunes, CE::itunes, CE::link, CE::extension, CE::description}));
}

TEST(RssReaderTest, KeepsElementsBesideTheChannelAndRootAttributesOnTheFeed) {
  const ParseResult r = parse_data("extensions.xml");
  ASSERT_EQ(r.feed.extensions.size(), 2u);
  EXPECT_EQ(r.feed.extensions[0], element(kUnknownNs, "ex", "sibling", {}, "beside the channel"));
  EXPECT_EQ(r.feed.extensions[1],
            element("", "", "redirect", {}, "",
                    {element("", "", "newLocation", {}, "https://new.example.com/feed")}));
  // version and the namespace declarations are not kept; the others are, with their namespace.
  EXPECT_EQ(r.feed.attributes, (std::vector<Attribute>{attribute("custom", "yes"),
                                                       attribute("flag", "on", kUnknownNs, "ex")}));
}

// Duplicates.

TEST(RssReaderTest, KeepsTheLastOfTwoTitlesAndTheFirstAsAnExtensionWhereItStood) {
  const ParseResult r =
      parse(rss_item("<mystery>m</mystery>\n"
                     "<title>First</title>\n"
                     "<link>https://example.com/</link>\n"
                     "<other/>\n"
                     "<title>Second</title>"));
  const Item& it = only_item(r);
  EXPECT_EQ(it.title, Text("Second", ""));
  EXPECT_EQ(it.link, "https://example.com/");
  ASSERT_EQ(it.extensions.size(), 3u);
  EXPECT_EQ(it.extensions[0], element("", "", "mystery", {}, "m"));
  EXPECT_EQ(it.extensions[1], element("", "", "title", {}, "First"));
  EXPECT_EQ(it.extensions[2], element("", "", "other"));
  EXPECT_EQ(names(it.order),
            names({IE::extension, IE::extension, IE::link, IE::extension, IE::title}));
  // Reported where the element that lost stands.
  expect_one(r, ErrorCode::duplicate_element, Severity::warning, 6);
  EXPECT_EQ(r.diagnostics.size(), 1u) << describe(r);
}

TEST(RssReaderTest, TreatsARssTitleAndADcTitleAsDuplicates) {
  const ParseResult r = parse(
      rss_item("<title>Plain</title>\n"
               "<dc:title xmlns:dc=\"http://purl.org/dc/elements/1.1/\">Dublin Core</dc:title>"));
  const Item& it = only_item(r);
  EXPECT_EQ(it.title.value, "Dublin Core");
  ASSERT_EQ(it.extensions.size(), 1u);
  EXPECT_EQ(it.extensions[0], element("", "", "title", {}, "Plain"));
  EXPECT_EQ(names(it.order), names({IE::extension, IE::dc_title}));
  expect_one(r, ErrorCode::duplicate_element, Severity::warning, 5);
}

TEST(RssReaderTest, KeepsTheNamespaceOfADemotedDuplicate) {
  // The later <title> binds dc to another namespace; the earlier <dc:title> is still Dublin Core.
  const ParseResult r = parse(
      "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
      "<channel>\n"
      "<item>\n"
      "<dc:title>First</dc:title>\n"
      "<title xmlns:dc=\"http://example.com/other\">Second</title>\n"
      "</item>\n"
      "</channel>\n"
      "</rss>\n");
  const Item& it = only_item(r);
  EXPECT_EQ(it.title.value, "Second");
  ASSERT_EQ(it.extensions.size(), 1u);
  EXPECT_EQ(it.extensions[0], element(ns::kDc, "dc", "title", {}, "First"));
  EXPECT_EQ(names(it.order), names({IE::extension, IE::title}));
  expect_one(r, ErrorCode::duplicate_element, Severity::warning, 4);
}

// Tolerance.

TEST(RssReaderTest, ReadsElementNamesInTheWrongCase) {
  const ParseResult r = parse_data("wrong-case.xml");
  EXPECT_EQ(r.feed.format, Format::rss_2_0);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(r.feed.channel.title.value, "Shouting");
  EXPECT_EQ(r.feed.channel.link, "https://example.com/");
  EXPECT_EQ(names(r.feed.channel.order), names({CE::title, CE::link}));
  ASSERT_EQ(r.feed.items.size(), 1u);
  const Item& it = r.feed.items[0];
  EXPECT_EQ(it.title.value, "Mixed case");
  EXPECT_EQ(it.link, "https://example.com/1");
  EXPECT_EQ(it.pub_date.text, "Wed, 12 Nov 2025 10:00:00 GMT");
  EXPECT_EQ(it.pub_date.value, datetime(2025, 11, 12, 10, 0, 0));
  EXPECT_EQ(it.guid.value, "one");
  EXPECT_EQ(it.guid.is_permalink, std::optional<bool>(false));
  EXPECT_TRUE(it.extensions.empty());
  EXPECT_EQ(names(it.order), names({IE::title, IE::link, IE::pub_date, IE::guid}));
}

// URL attributes are values, trimmed (their text kept apart, see KeptAttribute); URLs in element
// text are kept as written, as titles are, and the view trims them.
TEST(RssReaderTest, TrimsUrlAttributesAndKeepsElementText) {
  const ParseResult r = parse(
      rss_item("<title>  Spaced title  </title>\n"
               "<link>\n    https://example.com/ws\n  </link>\n"
               "<guid isPermaLink=\" false \">  ws-1\t</guid>\n"
               "<comments>\thttps://example.com/ws#c\n</comments>\n"
               "<enclosure url=\" https://example.com/a.mp3 \" length=\"1\" type=\"audio/mpeg\"/>\n"
               "<source url=\" https://example.org/rss \">Origin</source>"));
  const Item& it = only_item(r);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(it.title.value, "  Spaced title  ");
  EXPECT_EQ(it.link, "\n    https://example.com/ws\n  ");
  EXPECT_EQ(it.guid.value, "  ws-1\t");
  EXPECT_EQ(it.guid.is_permalink, std::optional<bool>(false));
  EXPECT_EQ(it.comments, "\thttps://example.com/ws#c\n");
  const FeedView v = view(r.feed);
  EXPECT_EQ(v.items[0].link, "https://example.com/ws");
  EXPECT_EQ(v.items[0].id, "ws-1");
  ASSERT_EQ(it.enclosures.size(), 1u);
  EXPECT_EQ(it.enclosures[0].url, "https://example.com/a.mp3");
  ASSERT_TRUE(it.source.has_value());
  EXPECT_EQ(it.source->url, "https://example.org/rss");
}

TEST(RssReaderTest, ReadsCdataAndEscapedDescriptionsAsTheSameHtml) {
  const ParseResult cdata =
      parse(rss_item("<description><![CDATA[<p>Fish &amp; <b>chips</b></p>]]></description>"));
  const ParseResult escaped =
      parse(rss_item("<description>&lt;p&gt;Fish &amp;amp; &lt;b&gt;chips&lt;/b&gt;&lt;/p&gt;"
                     "</description>"));
  EXPECT_TRUE(cdata.diagnostics.empty()) << describe(cdata);
  EXPECT_TRUE(escaped.diagnostics.empty()) << describe(escaped);
  const Text expected("<p>Fish &amp; <b>chips</b></p>", "html");
  EXPECT_EQ(only_item(cdata).description, expected);
  EXPECT_EQ(only_item(escaped).description, expected);

  // Inside CDATA nothing is a reference, not even an HTML one: no repair, no diagnostic.
  const ParseResult literal = parse(rss_item("<description><![CDATA[a&nbsp;b]]></description>"));
  EXPECT_TRUE(literal.diagnostics.empty()) << describe(literal);
  EXPECT_EQ(only_item(literal).description, Text("a&nbsp;b", "html"));
}

TEST(RssReaderTest, ReadsAnItemWrittenDirectlyUnderRss) {
  const ParseResult r = parse_data("item-under-rss.xml");
  EXPECT_EQ(r.feed.format, Format::rss_2_0);
  ASSERT_EQ(r.feed.items.size(), 2u);
  EXPECT_EQ(r.feed.items[0].title.value, "Inside");
  EXPECT_EQ(r.feed.items[1].title.value, "Outside");
  EXPECT_EQ(r.feed.items[1].link, "https://example.com/outside");
  // Where it stood is noted, so that a feed written as read puts it there again.
  EXPECT_EQ(names(r.feed.items[1].order), names({IE::title, IE::link, IE::beside_channel}));
  EXPECT_FALSE(r.feed.items[0].order.contains(IE::beside_channel));
  EXPECT_TRUE(r.feed.extensions.empty());
  EXPECT_EQ(r.feed.channel.title.value, "Items outside the channel");
}

TEST(RssReaderTest, KeepsNakedHtmlInADescriptionAsMarkup) {
  const ParseResult r = parse(rss_item(
      "<title>Naked</title>\n"
      "<description>Intro <p>Hello <b>world</b> &amp; <a href=\"https://example.com/?a=1&amp;b=2\">"
      "more</a></p><br/>end</description>"));
  const Item& it = only_item(r);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(it.description,
            Text("Intro <p>Hello <b>world</b> &amp; <a href=\"https://example.com/?a=1&amp;b=2\">"
                 "more</a></p><br/>end",
                 "html"));
  EXPECT_TRUE(it.extensions.empty());
  EXPECT_EQ(names(it.order), names({IE::title, IE::description}));
}

TEST(RssReaderTest, KeepsNakedHtmlInContentEncodedAsMarkup) {
  const ParseResult r =
      parse(rss_item("<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                     "<p>Hello <b>world</b></p></content:encoded>"));
  const Item& it = only_item(r);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(it.content.value, "<p>Hello <b>world</b></p>");
  EXPECT_EQ(it.content.type, "html");
  EXPECT_EQ(names(it.order), names({IE::content}));
}

TEST(RssReaderTest, KeepsTheTextOfAnUnreadableDate) {
  const ParseResult r =
      parse(rss_item("<title>Undated</title>\n"
                     "<pubDate>sometime last week</pubDate>"));
  const Item& it = only_item(r);
  EXPECT_EQ(it.pub_date.text, "sometime last week");
  EXPECT_FALSE(it.pub_date.value.has_value());
  EXPECT_EQ(names(it.order), names({IE::title, IE::pub_date}));
  expect_one(r, ErrorCode::bad_date, Severity::warning, 6);
  EXPECT_EQ(r.diagnostics.size(), 1u) << describe(r);
  EXPECT_NE(r.diagnostics[0].message.find("sometime last week"), std::string::npos)
      << r.diagnostics[0].message;
  EXPECT_FALSE(r.has_errors());

  // Still on its own line when an entity before it was rewritten to a shorter reference.
  const ParseResult shifted =
      parse(rss_item("<title>Caf&eacute; &eacute;t&eacute;</title>\n"
                     "<pubDate>sometime last week</pubDate>"));
  expect_one(shifted, ErrorCode::bad_date, Severity::warning, 6);
}

TEST(RssReaderTest, DecodesHtmlEntitiesWithAnError) {
  const ParseResult r =
      parse(rss_item("<title>Caf&eacute;&nbsp;Bar&rsquo;s</title>\n"
                     "<description>x&nbsp;y</description>"));
  const Item& it = only_item(r);
  EXPECT_EQ(it.title.value, "Caf\u00e9\u00a0Bar\u2019s");
  EXPECT_EQ(it.description, Text("x\u00a0y", "html"));
  const std::vector<Diagnostic> found = with_code(r, ErrorCode::undefined_entity);
  ASSERT_EQ(found.size(), 4u) << describe(r);
  for (std::size_t i = 0; i < found.size(); ++i) {
    EXPECT_EQ(found[i].severity, Severity::error);
    EXPECT_EQ(found[i].location.line, i < 3 ? 5u : 6u) << describe(r);
  }
  EXPECT_EQ(found[0].location.column, 11u);  // <title>Caf&eacute;
  EXPECT_EQ(r.diagnostics.size(), 4u) << describe(r);
}

TEST(RssReaderTest, KeepsABareAmpersandAsText) {
  const ParseResult r =
      parse(rss_item("<title>Fish & Chips</title>\n"
                     "<link>https://example.com/?a=1&b=2</link>"));
  const Item& it = only_item(r);
  EXPECT_EQ(it.title.value, "Fish & Chips");
  EXPECT_EQ(it.link, "https://example.com/?a=1&b=2");
  const std::vector<Diagnostic> found = with_code(r, ErrorCode::bare_ampersand);
  ASSERT_EQ(found.size(), 2u) << describe(r);
  EXPECT_EQ(found[0].severity, Severity::error);
  EXPECT_EQ(found[0].location.line, 5u);
  EXPECT_EQ(found[0].location.column, 13u);  // <title>Fish &
  EXPECT_EQ(found[1].location.line, 6u);
  EXPECT_EQ(r.diagnostics.size(), 2u) << describe(r);
}

TEST(RssReaderTest, DecodesNumericReferencesAndJoinsASurrogatePair) {
  const ParseResult r = parse(rss_item("<title>&#233;&#x263A; &#55357;&#56832; &#x1F600;</title>"));
  const Item& it = only_item(r);
  EXPECT_EQ(it.title.value, "\u00e9\u263a \U0001F600 \U0001F600");
  // The pair is not XML (surrogates are not characters): repaired, and reported.
  expect_one(r, ErrorCode::invalid_character, Severity::error, 5);
  EXPECT_EQ(r.diagnostics.size(), 1u) << describe(r);
}

// RDF (RSS 1.0).

TEST(RssReaderTest, ReadsRss10Channel) {
  const ParseResult r = parse_data("rss10.xml");
  EXPECT_EQ(r.feed.format, Format::rss_1_0);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  const Channel& c = r.feed.channel;
  EXPECT_EQ(c.id, "https://example.com/rss.rdf");
  EXPECT_EQ(c.title, Text("RDF Channel", ""));
  EXPECT_EQ(c.link, "https://example.com/");
  EXPECT_EQ(c.description, Text("An RSS 1.0 channel", "html"));
  EXPECT_EQ(c.last_build_date.text, "2025-11-10T08:15:00Z");
  EXPECT_EQ(c.last_build_date.value, datetime(2025, 11, 10, 8, 15, 0));
  // The references to the image, items and text input name what the model holds (the image,
  // the text input and the items beside the channel): not kept.
  EXPECT_TRUE(c.extensions.empty());
  EXPECT_EQ(names(c.order), names({CE::title, CE::link, CE::description, CE::dc_date}));
  EXPECT_TRUE(r.feed.extensions.empty());
}

// A reference that says more than which element it names (a title, another attribute, a list
// of something else, a second list) is no bare reference: kept where it stood, as before.
TEST(RssReaderTest, KeepsRss10ReferencesThatSayMore) {
  const ParseResult r = parse(R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://purl.org/rss/1.0/" xmlns:x="http://example.com/x">
    <channel rdf:about="https://example.com/">
      <title>T</title>
      <image rdf:resource="https://example.com/logo.png" x:note="kept"/>
      <items><rdf:Seq><rdf:li rdf:resource="https://example.com/1"/><x:y/></rdf:Seq></items>
      <items><rdf:Bag><rdf:li resource="https://example.com/1">one</rdf:li></rdf:Bag></items>
      <items><rdf:Seq/><rdf:Seq/></items>
      <textinput rdf:resource="https://example.com/search">search</textinput>
      <image rdf:resource="https://example.com/logo.png"> </image>
      <items>
        <rdf:Bag><rdf:li rdf:resource="https://example.com/1"/></rdf:Bag>
      </items>
      <items/>
    </channel>
    <item rdf:about="https://example.com/1"><title>One</title></item>
  </rdf:RDF>)");
  EXPECT_EQ(r.feed.format, Format::rss_1_0);
  const Channel& c = r.feed.channel;
  ASSERT_EQ(c.extensions.size(), 5u) << describe(r);
  EXPECT_EQ(c.extensions[0].name, "image");
  EXPECT_EQ(c.extensions[0].attributes.size(), 2u);
  EXPECT_EQ(c.extensions[1].name, "items");
  ASSERT_EQ(c.extensions[1].children.size(), 1u);
  EXPECT_EQ(c.extensions[1].children[0].children.size(), 2u);
  EXPECT_EQ(c.extensions[2].name, "items");
  EXPECT_EQ(c.extensions[2].children.at(0).children.at(0).text, "one");
  EXPECT_EQ(c.extensions[3].name, "items");
  EXPECT_EQ(c.extensions[3].children.size(), 2u);
  EXPECT_EQ(c.extensions[4].name, "textinput");
  EXPECT_EQ(c.extensions[4].text, "search");
  // The second image reference (white space inside), the last list (a bag, indented) and the
  // empty one are bare references: not kept.
  EXPECT_EQ(names(c.order), names({CE::title, CE::extension, CE::extension, CE::extension,
                                   CE::extension, CE::extension}));
  ASSERT_EQ(r.feed.items.size(), 1u);
}

// RSS 1.0's elements are RSS's own in a namespace of their own: one kept as an extension (a
// <title> that a later <dc:title> took the place of) is kept in no namespace, where RSS 2.0,
// which write_rss() writes, has it; its children with it.
TEST(RssReaderTest, KeepsRss10ElementsAsExtensionsInNoNamespace) {
  const ParseResult r = parse(R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://purl.org/rss/1.0/" xmlns:rss="http://purl.org/rss/1.0/"
      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:x="http://example.com/x">
    <channel rdf:about="https://example.com/">
      <title>Plain</title><dc:title>In DC</dc:title>
      <link>https://example.com/</link><description>D</description>
      <x:note><rss:title>Inside</rss:title></x:note>
    </channel>
    <item rdf:about="https://example.com/1">
      <title>One</title><description>RSS</description><dc:description>DC</dc:description>
      <made-up><url>https://example.com/u</url></made-up>
    </item>
  </rdf:RDF>)");
  ASSERT_EQ(r.feed.format, Format::rss_1_0);
  const Channel& c = r.feed.channel;
  EXPECT_EQ(c.title.value, "In DC");
  ASSERT_EQ(c.extensions.size(), 2u);
  EXPECT_EQ(c.extensions[0], element("", "", "title", {}, "Plain"));
  EXPECT_EQ(c.extensions[1].ns, "http://example.com/x");
  ASSERT_EQ(c.extensions[1].children.size(), 1u);
  EXPECT_EQ(c.extensions[1].children[0], element("", "", "title", {}, "Inside"));
  ASSERT_EQ(r.feed.items.size(), 1u);
  const Item& it = r.feed.items[0];
  EXPECT_EQ(it.description.value, "DC");
  ASSERT_EQ(it.extensions.size(), 2u);
  EXPECT_EQ(it.extensions[0], element("", "", "description", {}, "RSS"));
  EXPECT_EQ(it.extensions[1].ns, "");
  ASSERT_EQ(it.extensions[1].children.size(), 1u);
  EXPECT_EQ(it.extensions[1].children[0].ns, "");
}

// RSS 2.0 has no references: an <items> in an RSS 2.0 channel is no RSS 1.0 list, whatever it
// holds, and is kept.
TEST(RssReaderTest, KeepsItemsElementOutsideRss10) {
  const ParseResult r = parse(R"(<rss version="2.0"
      xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel><title>T</title>
      <items><rdf:Seq><rdf:li rdf:resource="https://example.com/1"/></rdf:Seq></items>
    </channel></rss>)");
  ASSERT_EQ(r.feed.channel.extensions.size(), 1u);
  EXPECT_EQ(r.feed.channel.extensions[0].name, "items");
}

TEST(RssReaderTest, ReadsRss10ImageAndTextInputBesideTheChannel) {
  const ParseResult r = parse_data("rss10.xml");
  const Channel& c = r.feed.channel;
  ASSERT_TRUE(c.image.has_value());
  EXPECT_EQ(c.image->title, "Logo");
  EXPECT_EQ(c.image->url, "https://example.com/logo.png");
  EXPECT_EQ(c.image->link, "https://example.com/");
  EXPECT_EQ(names(c.image->order),
            names({ImageElement::title, ImageElement::url, ImageElement::link}));
  ASSERT_TRUE(c.text_input.has_value());
  EXPECT_EQ(c.text_input->title, "Search");
  EXPECT_EQ(c.text_input->description, "Search it");
  EXPECT_EQ(c.text_input->name, "q");
  EXPECT_EQ(c.text_input->link, "https://example.com/search");
}

TEST(RssReaderTest, ReadsRss10ItemsBesideTheChannel) {
  const ParseResult r = parse_data("rss10.xml");
  ASSERT_EQ(r.feed.items.size(), 2u);
  const Item& it = r.feed.items[0];
  EXPECT_EQ(it.guid.value, "https://example.com/1");
  EXPECT_FALSE(it.guid.is_permalink.has_value());
  EXPECT_EQ(it.title.value, "One");
  EXPECT_EQ(it.link, "https://example.com/1");
  EXPECT_EQ(it.description, Text("First", "html"));
  ASSERT_EQ(it.authors.size(), 1u);
  EXPECT_EQ(it.authors[0], (Person{"Jo Doe"}));
  EXPECT_EQ(it.updated.text, "2025-11-11T10:00:00+02:00");
  ASSERT_TRUE(it.updated.value.has_value());
  EXPECT_EQ(*it.updated.value, datetime(2025, 11, 11, 10, 0, 0, minutes{120}));
  EXPECT_EQ(it.updated.value->offset, minutes{120});
  ASSERT_EQ(it.categories.size(), 1u);
  EXPECT_EQ(it.categories[0], (Category{"Topic", "", ""}));
  EXPECT_EQ(names(it.order), names({IE::title, IE::link, IE::description, IE::dc_creator,
                                    IE::dc_date, IE::dc_subject}));
  EXPECT_EQ(r.feed.items[1].guid.value, "https://example.com/2");
  EXPECT_EQ(r.feed.items[1].title.value, "Two");
}

TEST(RssReaderTest, ReadsRdfAboutWhateverTheRdfPrefix) {
  const ParseResult r = parse(
      "<r:RDF xmlns:r=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
      "xmlns:rss=\"http://purl.org/rss/1.0/\">"
      "<rss:channel r:about=\"https://example.com/rss.rdf\"><rss:title>Prefixed</rss:title>"
      "</rss:channel>"
      "<rss:item r:about=\"https://example.com/1\"><rss:title>One</rss:title></rss:item>"
      "</r:RDF>");
  EXPECT_EQ(r.feed.format, Format::rss_1_0);
  EXPECT_EQ(r.feed.channel.title.value, "Prefixed");
  EXPECT_EQ(r.feed.channel.id, "https://example.com/rss.rdf");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].title.value, "One");
  EXPECT_EQ(r.feed.items[0].guid.value, "https://example.com/1");
}

// Limits.

TEST(RssReaderTest, KeepsTheFirstItemsUpToTheLimit) {
  ParseOptions options;
  options.limits.max_items = 2;
  const ParseResult r = parse(
      "<rss version=\"2.0\">\n"
      "<channel>\n"
      "<title>Many</title>\n"
      "<item><title>1</title></item>\n"
      "<item><title>2</title></item>\n"
      "<item><title>3</title></item>\n"
      "<item><title>4</title></item>\n"
      "</channel>\n"
      "</rss>\n",
      options);
  ASSERT_EQ(r.feed.items.size(), 2u);
  EXPECT_EQ(r.feed.items[0].title.value, "1");
  EXPECT_EQ(r.feed.items[1].title.value, "2");
  EXPECT_EQ(r.feed.channel.title.value, "Many");
  expect_one(r, ErrorCode::item_limit, Severity::error, 6);
  EXPECT_EQ(r.diagnostics.size(), 1u) << describe(r);
}

TEST(RssReaderTest, CutsTextAtTheLimitOnACharacterBoundary) {
  ParseOptions options;
  options.limits.max_text_bytes = 5;
  const ParseResult r = parse(rss_item("<title>0123456789</title>\n"
                                       "<description>\u00e9\u00e9\u00e9\u00e9\u00e9</description>\n"
                                       "<guid>12345</guid>"),
                              options);
  const Item& it = only_item(r);
  EXPECT_EQ(it.title.value, "01234");
  EXPECT_EQ(it.description.value, "\u00e9\u00e9");  // 4 bytes: the third é would not fit
  EXPECT_EQ(it.guid.value, "12345");                // exactly at the limit: kept whole
  const std::vector<Diagnostic> found = with_code(r, ErrorCode::text_limit);
  ASSERT_EQ(found.size(), 2u) << describe(r);
  EXPECT_EQ(found[0].severity, Severity::error);
  EXPECT_EQ(found[0].location.line, 5u);
  EXPECT_EQ(found[1].location.line, 6u);
  EXPECT_EQ(r.diagnostics.size(), 2u) << describe(r);
}

TEST(RssReaderTest, SkipsExtensionElementsDeeperThanTheDepthLimit) {
  ParseOptions options;
  options.limits.max_depth = 6;  // rss 1, channel 2, item 3, ex:a 4, ex:b 5, ex:c 6
  const ParseResult r = parse(rss_item("<ex:a xmlns:ex=\"http://example.com/ns/unknown\">\n"
                                       "<ex:b>\n"
                                       "<ex:c>\n"
                                       "<ex:d>too deep<ex:e/></ex:d>\n"
                                       "</ex:c>\n"
                                       "</ex:b>\n"
                                       "</ex:a>\n"
                                       "<title>After</title>"),
                              options);
  const Item& it = only_item(r);
  EXPECT_EQ(it.title.value, "After");
  ASSERT_EQ(it.extensions.size(), 1u);
  EXPECT_EQ(it.extensions[0],
            element(kUnknownNs, "ex", "a", {}, "",
                    {element(kUnknownNs, "ex", "b", {}, "", {element(kUnknownNs, "ex", "c")})}));
  EXPECT_EQ(names(it.order), names({IE::extension, IE::title}));
  expect_one(r, ErrorCode::depth_limit, Severity::error, 8);
  EXPECT_EQ(r.diagnostics.size(), 1u) << describe(r);
}

TEST(RssReaderTest, SkipsNakedMarkupDeeperThanTheDepthLimit) {
  ParseOptions options;
  options.limits.max_depth = 6;  // rss 1, channel 2, item 3, description 4, div 5, div 6
  const ParseResult r =
      parse(rss_item("<description><div>a<div>b<div>c<div>d</div></div></div></div>"
                     "</description>"),
            options);
  const Item& it = only_item(r);
  EXPECT_EQ(it.description, Text("<div>a<div>b</div></div>", "html"));
  expect_one(r, ErrorCode::depth_limit, Severity::error, 5);
}

// Broken XML.

TEST(RssReaderTest, ReadsEveryItemAroundABrokenOne) {
  const ParseResult r = parse_data("broken-item.xml");
  EXPECT_EQ(r.feed.format, Format::rss_2_0);
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.has_errors());
  EXPECT_EQ(r.feed.channel.title.value, "Five items, one broken");
  ASSERT_EQ(r.feed.items.size(), 5u) << describe(r);
  const std::array<const char*, 5> titles = {"One", "Two", "Three", "Four", "Five"};
  for (std::size_t i = 0; i < titles.size(); ++i) {
    EXPECT_EQ(r.feed.items[i].title.value, titles[i]);
    EXPECT_EQ(r.feed.items[i].guid.value, std::to_string(i + 1));
  }
  EXPECT_EQ(names(r.feed.items[2].order), names({IE::guid, IE::title}));
  expect_one(r, ErrorCode::xml_syntax, Severity::error, 7);
}

// A namespace declared on the channel or an item is a declaration, not an attribute in a
// namespace whose prefix is "xmlns" (which read as an undeclared prefix, an error).
TEST(RssReaderTest, NamespacesDeclaredOnTheChannelOrAnItemAreNoError) {
  const ParseResult r = parse(
      "<rss version=\"2.0\"><channel xmlns:x=\"urn:x\"><title>t</title><link>https://e.org/"
      "</link><description>d</description><item xmlns:y=\"urn:y\"><title>i</title><y:z>1</y:z>"
      "</item></channel></rss>");
  EXPECT_FALSE(r.has_errors()) << test::describe(r);
  ASSERT_EQ(r.feed.items.size(), 1U);
  ASSERT_EQ(r.feed.items[0].extensions.size(), 1U);
  EXPECT_EQ(r.feed.items[0].extensions[0].ns, "urn:y");
  EXPECT_TRUE(r.feed.channel.attributes.empty());
  EXPECT_TRUE(r.feed.items[0].attributes.empty());
}

// Attributes the model does not name, and named ones written empty, are kept where they were.
TEST(RssReaderTest, KeepsAttributesNoFieldHolds) {
  const ParseResult r = parse(test::read_data("roundtrip/rss-attributes.xml"));
  EXPECT_FALSE(r.has_errors()) << test::describe(r);
  const Item& it = r.feed.items.at(0);
  const auto has = [](const auto& kept, bool own, auto field, std::size_t index,
                      std::string_view name, std::string_view value) {
    for (const auto& k : kept) {
      if (k.own == own && (own || (k.field == field && k.index == index)) &&
          k.attribute.name == name && k.attribute.value == value)
        return true;
    }
    return false;
  };
  EXPECT_TRUE(has(it.attributes, true, IE{}, 0, "shouldShow", "true"));
  EXPECT_TRUE(has(it.attributes, true, IE{}, 0, "rank", "1"));
  EXPECT_TRUE(has(it.attributes, false, IE::categories, 0, "domain", ""));
  EXPECT_FALSE(has(it.attributes, false, IE::categories, 1, "domain", ""));
  EXPECT_TRUE(has(it.attributes, false, IE::categories, 2, "note", "third"));
  EXPECT_TRUE(has(it.attributes, false, IE::enclosures, 0, "length", ""));
  EXPECT_TRUE(has(it.attributes, false, IE::enclosures, 0, "fileSize", "12"));
  EXPECT_TRUE(has(it.attributes, false, IE::guid, 0, "origin", "import"));
  EXPECT_TRUE(has(it.attributes, false, IE::authors, 0, "role", "editor"));
  EXPECT_EQ(it.enclosures.at(1).length, "10");  // read into the field: not kept
  const Channel& c = r.feed.channel;
  EXPECT_TRUE(has(c.attributes, true, ChannelElement{}, 0, "data-source", "cms"));
  EXPECT_TRUE(has(c.attributes, false, ChannelElement::cloud, 0, "registerProcedure", ""));
  EXPECT_TRUE(has(c.attributes, false, ChannelElement::title, 0, "lang", "en"));
}

}  // namespace
}  // namespace feedpp
