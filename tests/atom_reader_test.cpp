// SPDX-License-Identifier: MIT
// The Atom reader (src/atom_reader.cpp), through parse(): Atom 1.0 (RFC 4287) and Atom 0.3
// documents into the model. The feeds are in tests/data/atom/, one per behaviour; the tiny cases
// are inline.
#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/datetime.hpp"
#include "feedpp/diagnostics.hpp"
#include "feedpp/model.hpp"
#include "feedpp/parse.hpp"
#include "feedpp/view.hpp"
#include "test_util.hpp"

namespace feedpp {

// Printers found by GoogleTest, so that a failure shows values rather than bytes.
void PrintTo(Format format, std::ostream* os) { *os << '"' << to_string(format) << '"'; }
void PrintTo(ErrorCode code, std::ostream* os) { *os << to_string(code); }
void PrintTo(const DateTime& dt, std::ostream* os) { *os << format_rfc3339(dt); }
void PrintTo(const Attribute& a, std::ostream* os) {
  *os << '{' << a.ns << '}' << a.prefix << ':' << a.name << "=\"" << a.value << '"';
}
void PrintTo(const Extension& e, std::ostream* os) {  // one level: children are counted
  *os << "<{" << e.ns << '}' << e.prefix << ':' << e.name;
  for (const Attribute& a : e.attributes) {
    *os << ' ';
    PrintTo(a, os);
  }
  *os << "> text=\"" << e.text << "\" children=" << e.children.size() << " tail=\"" << e.tail
      << '"';
}

namespace {

using std::chrono::minutes;

constexpr std::string_view kAtom = ns::kAtom;
constexpr std::string_view kAtom03 = ns::kAtom03;
constexpr std::string_view kXhtml = ns::kXhtml;
constexpr std::string_view kThr = "http://purl.org/syndication/thread/1.0";

ParseResult parse_data(std::string_view name) {
  return parse(test::read_data("atom/" + std::string(name)));
}

// An Atom 1.0 feed holding one entry whose children are `entry_children`.
ParseResult parse_entry(std::string_view entry_children) {
  return parse(std::string(R"(<feed xmlns="http://www.w3.org/2005/Atom"><entry>)") +
               std::string(entry_children) + "</entry></feed>");
}

// The diagnostics as "code@line", space separated, in order.
std::string diagnostics(const ParseResult& r) {
  std::string out;
  for (const Diagnostic& d : r.diagnostics) {
    if (!out.empty()) out += ' ';
    out += std::string(to_string(d.code)) + '@' + std::to_string(d.location.line);
  }
  return out;
}

DateTime at(int year, int month, int day, int hour, int minute, int second, int offset = 0) {
  const std::optional<DateTime> dt =
      make_datetime(year, month, day, hour, minute, second, minutes{offset});
  EXPECT_TRUE(dt.has_value());
  return dt.value_or(DateTime{});
}

Extension element(std::string_view ns, std::string_view prefix, std::string_view name,
                  std::string_view text, std::vector<Attribute> attributes = {}) {
  Extension e;
  e.ns = std::string(ns);
  e.prefix = std::string(prefix);
  e.name = std::string(name);
  e.text = std::string(text);
  e.attributes = std::move(attributes);
  return e;
}

Attribute plain_attribute(std::string_view name, std::string_view value) {
  return {"", "", std::string(name), std::string(value)};
}

// Element orders as names, space separated ("id title links"). The tables list each enum's
// enumerators in declaration order (model.hpp).
constexpr std::string_view kChannelElements =
    "title link links description language copyright managing_editor web_master pub_date "
    "last_build_date categories generator docs cloud ttl image rating text_input skip_hours "
    "skip_days id icon logo authors contributors extension dc_title dc_description dc_language "
    "dc_rights dc_date dc_creator dc_contributor dc_subject dcterms_issued dcterms_modified "
    "items itunes podcast media dublin_core syndication geo creative_commons feedburner";
constexpr std::string_view kItemElements =
    "title link links description content author authors contributors categories comments "
    "enclosures guid pub_date updated source rights extension dc_title dc_description dc_creator "
    "dc_contributor dc_subject dc_date dc_rights dcterms_issued dcterms_modified beside_channel "
    "itunes podcast "
    "media dublin_core slash wfw threading geo chapters creative_commons feedburner";
constexpr std::string_view kPersonElements = "name email uri extension url text";
constexpr std::string_view kSourceElements = "title id links updated authors extension";

// Returns word `n` of the space-separated `table`, "?" when there are fewer words.
std::string_view word(std::string_view table, std::size_t n) {
  for (; n > 0; --n) {
    const std::size_t space = table.find(' ');
    if (space == std::string_view::npos) return "?";
    table.remove_prefix(space + 1);
  }
  return table.substr(0, table.find(' '));
}

template <class Element>
std::string join_names(const ElementOrder<Element>& order, std::string_view table) {
  std::string out;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += word(table, static_cast<std::size_t>(order[i]));
  }
  return out;
}
std::string names(const ElementOrder<ChannelElement>& o) { return join_names(o, kChannelElements); }
std::string names(const ElementOrder<ItemElement>& o) { return join_names(o, kItemElements); }
std::string names(const ElementOrder<PersonElement>& o) { return join_names(o, kPersonElements); }
std::string names(const ElementOrder<SourceElement>& o) { return join_names(o, kSourceElements); }

TEST(AtomReaderTest, OrderNameTablesMatchTheEnums) {  // the helpers above, checked once
  EXPECT_EQ(word(kChannelElements, static_cast<std::size_t>(ChannelElement::id)), "id");
  EXPECT_EQ(word(kChannelElements, static_cast<std::size_t>(ChannelElement::dcterms_modified)),
            "dcterms_modified");
  EXPECT_EQ(word(kItemElements, static_cast<std::size_t>(ItemElement::guid)), "guid");
  EXPECT_EQ(word(kItemElements, static_cast<std::size_t>(ItemElement::dcterms_modified)),
            "dcterms_modified");
  EXPECT_EQ(word(kChannelElements, static_cast<std::size_t>(ChannelElement::feedburner)),
            "feedburner");
  EXPECT_EQ(word(kItemElements, static_cast<std::size_t>(ItemElement::feedburner)), "feedburner");
  EXPECT_EQ(word(kPersonElements, static_cast<std::size_t>(PersonElement::extension)), "extension");
  EXPECT_EQ(word(kSourceElements, static_cast<std::size_t>(SourceElement::extension)), "extension");
}

// Detection.

TEST(AtomReaderTest, DetectsAtom10ByItsNamespace) {
  const std::string doc = R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>)";
  const ParseResult r = parse(doc);
  EXPECT_EQ(r.feed.format, Format::atom_1_0);
  EXPECT_EQ(r.feed.channel.title.value, "T");
  EXPECT_EQ(diagnostics(r), "");
  EXPECT_EQ(detect_format(doc), Format::atom_1_0);
}

TEST(AtomReaderTest, NamespaceBeatsVersionAttribute) {
  const ParseResult r =
      parse(R"(<feed xmlns="http://www.w3.org/2005/Atom" version="0.3"><title>T</title></feed>)");
  EXPECT_EQ(r.feed.format, Format::atom_1_0);
}

TEST(AtomReaderTest, DetectsAtom03ByItsNamespace) {
  const std::string doc =
      R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>T</title></feed>)";
  const ParseResult r = parse(doc);
  EXPECT_EQ(r.feed.format, Format::atom_0_3);
  EXPECT_EQ(r.feed.channel.title.value, "T");
  EXPECT_TRUE(r.feed.attributes.empty());  // version="0.3" is the format's, not kept
  EXPECT_EQ(diagnostics(r), "");
  EXPECT_EQ(detect_format(doc), Format::atom_0_3);
}

TEST(AtomReaderTest, DetectsAtom03ByVersionInAnUnknownNamespace) {
  const std::string doc = R"(<feed version="0.3" xmlns="http://example.com/not-atom">)"
                          R"(<title>T</title><entry><title>E</title></entry></feed>)";
  const ParseResult r = parse(doc);
  EXPECT_EQ(r.feed.format, Format::atom_0_3);
  // The root's namespace is Atom's for this document.
  EXPECT_EQ(r.feed.channel.title.value, "T");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].title.value, "E");
  EXPECT_EQ(detect_format(doc), Format::atom_0_3);
}

TEST(AtomReaderTest, FeedWithoutNamespaceOrVersionIsAtomOfUnknownVersion) {
  const ParseResult r = parse("<feed><title>T</title></feed>");
  EXPECT_EQ(r.feed.format, Format::atom);
  EXPECT_EQ(r.feed.channel.title.value, "T");
}

TEST(AtomReaderTest, RootNameInTheWrongCase) {
  // Names are matched without regard to case below the root (ElementNamesInTheWrongCase), and
  // <RSS> is an RSS root: <Feed> is an Atom one.
  const std::string doc = R"(<Feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></Feed>)";
  const ParseResult r = parse(doc);
  EXPECT_EQ(r.feed.format, Format::atom_1_0);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.feed.channel.title.value, "T");
  EXPECT_EQ(detect_format(doc), Format::atom_1_0);
}

TEST(AtomReaderTest, Atom03InAnUnknownNamespaceReadsPersons) {
  // The root's namespace is Atom's in such a document, for persons as for everything else.
  const ParseResult r = parse(
      R"(<feed version="0.3" xmlns="http://example.com/not-atom">)"
      R"(<author><name>Jo</name><url>http://jo.example.org/</url></author>)"
      R"(<entry><author><name>Em</name><email>em@example.org</email></author></entry></feed>)");
  EXPECT_EQ(r.feed.format, Format::atom_0_3);
  ASSERT_EQ(r.feed.channel.authors.size(), 1u);
  const Person& jo = r.feed.channel.authors[0];
  EXPECT_EQ(jo.name, "Jo");
  EXPECT_EQ(jo.uri, "http://jo.example.org/");
  EXPECT_TRUE(jo.extensions.empty());
  EXPECT_EQ(names(jo.order), "name uri");
  ASSERT_EQ(r.feed.items.size(), 1u);
  ASSERT_EQ(r.feed.items[0].authors.size(), 1u);
  EXPECT_EQ(r.feed.items[0].authors[0].name, "Em");
  EXPECT_EQ(r.feed.items[0].authors[0].email, "em@example.org");
  EXPECT_TRUE(r.feed.items[0].authors[0].extensions.empty());
}

TEST(AtomReaderTest, PrefixedAtomElements) {
  const ParseResult r = parse(
      R"(<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>P</atom:title>)"
      R"(<atom:entry><atom:id>urn:p</atom:id><atom:author><atom:name>N</atom:name></atom:author>)"
      R"(</atom:entry></atom:feed>)");
  EXPECT_EQ(diagnostics(r), "");
  EXPECT_EQ(r.feed.format, Format::atom_1_0);
  EXPECT_EQ(r.feed.channel.title.value, "P");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].guid.value, "urn:p");
  ASSERT_EQ(r.feed.items[0].authors.size(), 1u);
  EXPECT_EQ(r.feed.items[0].authors[0].name, "N");
}

// Atom 1.0 feed elements.

TEST(AtomReaderTest, ReadsEveryFeedElement) {
  const ParseResult r = parse_data("feed-elements.xml");
  EXPECT_EQ(diagnostics(r), "");
  EXPECT_EQ(r.feed.format, Format::atom_1_0);
  const Channel& c = r.feed.channel;

  EXPECT_EQ(c.lang, std::optional<std::string>("en-US"));
  EXPECT_EQ(c.base, "http://example.org/");
  EXPECT_TRUE(r.feed.attributes.empty());

  EXPECT_EQ(c.id, "urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6");
  EXPECT_EQ(c.title.value, "Example Feed");
  EXPECT_EQ(c.title.type, "");
  EXPECT_EQ(c.title.lang, std::nullopt);
  EXPECT_EQ(c.title.base, "");
  EXPECT_EQ(c.description.value, "A <em>lot</em> of effort");
  EXPECT_EQ(c.description.type, "html");
  EXPECT_EQ(c.copyright.value, "Copyright (c) 2005 AT&T");
  EXPECT_EQ(c.copyright.type, "text");

  EXPECT_EQ(c.last_build_date.text, "2005-07-31T12:29:29-05:00");
  ASSERT_TRUE(c.last_build_date.value.has_value());
  EXPECT_EQ(*c.last_build_date.value, at(2005, 7, 31, 12, 29, 29, -300));
  EXPECT_EQ(c.last_build_date.value->offset.count(), -300);

  EXPECT_EQ(c.icon, "/icon.png");  // as written: resolve_urls is off
  EXPECT_EQ(c.logo, "/logo.png");
  EXPECT_EQ(c.generator.name, "Example Toolkit");
  EXPECT_EQ(c.generator.uri, "http://www.example.com/");
  EXPECT_EQ(c.generator.version, "1.0");

  ASSERT_EQ(c.authors.size(), 1u);
  const Person& author = c.authors[0];
  EXPECT_EQ(author.name, "John Doe");
  EXPECT_EQ(author.email, "johndoe@example.com");
  EXPECT_EQ(author.uri, "http://example.com/~johndoe");
  const std::vector<Extension> image = {
      element("http://schemas.google.com/g/2005", "gd", "image", "",
              {plain_attribute("rel", "http://schemas.google.com/g/2005#thumbnail"),
               plain_attribute("width", "16"), plain_attribute("height", "16"),
               plain_attribute("src", "https://example.com/avatar.png")})};
  EXPECT_EQ(author.extensions, image);
  EXPECT_EQ(names(author.order), "name email uri extension");

  ASSERT_EQ(c.contributors.size(), 2u);
  EXPECT_EQ(c.contributors[0].name, "Jane Roe");
  EXPECT_EQ(names(c.contributors[0].order), "name");
  EXPECT_EQ(c.contributors[1].name, "Sam Ruby");
  EXPECT_EQ(c.contributors[1].uri, "http://example.com/sam");
  EXPECT_EQ(c.contributors[1].email, "");
  EXPECT_EQ(names(c.contributors[1].order), "uri name");

  ASSERT_EQ(c.categories.size(), 2u);
  EXPECT_EQ(c.categories[0].term, "sports");
  EXPECT_EQ(c.categories[0].scheme, "http://example.org/categories");
  EXPECT_EQ(c.categories[0].label, "Sports");
  EXPECT_EQ(c.categories[1].term, "news");
  EXPECT_EQ(c.categories[1].scheme, "");
  EXPECT_EQ(c.categories[1].label, "");

  ASSERT_EQ(c.links.size(), 2u);
  const Link& home = c.links[0];
  EXPECT_EQ(home.href, "http://example.org/");
  EXPECT_EQ(home.rel, "alternate");
  EXPECT_EQ(home.type, "text/html");
  EXPECT_EQ(home.hreflang, "en");
  EXPECT_EQ(home.title, "Example home");
  EXPECT_EQ(home.length, "1234");
  const std::vector<Attribute> others = {{std::string(kThr), "thr", "count", "3"},
                                         plain_attribute("class", "nav")};
  EXPECT_EQ(home.attributes, others);
  EXPECT_EQ(c.links[1].href, "http://example.org/feed.atom");
  EXPECT_EQ(c.links[1].rel, "self");
  EXPECT_EQ(c.links[1].type, "application/atom+xml");
  EXPECT_TRUE(c.links[1].attributes.empty());

  EXPECT_TRUE(c.extensions.empty());
  EXPECT_EQ(names(c.order),
            "id title description copyright last_build_date icon logo generator authors "
            "contributors contributors categories categories links links");
  EXPECT_TRUE(r.feed.items.empty());
}

TEST(AtomReaderTest, EmptyXmlLangOnTheFeedIsAnEmptyLanguage) {
  const ParseResult r = parse(R"(<feed xmlns="http://www.w3.org/2005/Atom" xml:lang=""/>)");
  EXPECT_EQ(r.feed.channel.lang, std::optional<std::string>(""));
  EXPECT_EQ(parse(R"(<feed xmlns="http://www.w3.org/2005/Atom"/>)").feed.channel.lang,
            std::nullopt);
}

TEST(AtomReaderTest, TextTypeIsKeptAsWritten) {
  const ParseResult r = parse(
      R"(<feed xmlns="http://www.w3.org/2005/Atom">)"
      R"(<entry><title>none</title></entry>)"
      R"(<entry><title type="text">text</title></entry>)"
      R"(<entry><title type="html">html</title></entry>)"
      R"(<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">xhtml</div></title></entry>)"
      R"(</feed>)");
  EXPECT_EQ(diagnostics(r), "");
  ASSERT_EQ(r.feed.items.size(), 4u);
  const std::array<std::string_view, 4> types = {"", "text", "html", "xhtml"};
  const std::array<std::string_view, 4> values = {"none", "text", "html", "xhtml"};
  for (std::size_t i = 0; i < types.size(); ++i) {
    EXPECT_EQ(r.feed.items[i].title.type, types[i]) << i;
    EXPECT_EQ(r.feed.items[i].title.value, values[i]) << i;
  }
}

// Atom 1.0 entry elements.

TEST(AtomReaderTest, ReadsEveryEntryElement) {
  const ParseResult r = parse_data("entry-elements.xml");
  EXPECT_EQ(diagnostics(r), "");
  ASSERT_EQ(r.feed.items.size(), 3u);
  const Item& e = r.feed.items[0];

  EXPECT_EQ(e.lang, std::optional<std::string>("fr"));
  EXPECT_EQ(e.base, "http://example.org/2005/");

  EXPECT_EQ(e.guid.value, "tag:example.org,2003:3.2397");
  EXPECT_EQ(e.guid.is_permalink, std::nullopt);

  EXPECT_EQ(e.title.value, "Atom draft-07 snapshot");
  EXPECT_EQ(e.title.type, "text");
  EXPECT_EQ(e.title.lang, std::optional<std::string>(""));  // written, and empty
  EXPECT_EQ(e.title.base, "");

  ASSERT_EQ(e.links.size(), 2u);
  EXPECT_EQ(e.links[0].href, "http://example.org/2005/04/02/atom");
  EXPECT_EQ(e.links[0].rel, "alternate");
  EXPECT_EQ(e.links[0].type, "text/html");
  EXPECT_EQ(e.links[1].href, "http://example.org/audio/ph34r_my_podcast.mp3");
  EXPECT_EQ(e.links[1].rel, "enclosure");
  EXPECT_EQ(e.links[1].type, "audio/mpeg");
  EXPECT_EQ(e.links[1].length, "1337");
  EXPECT_TRUE(e.enclosures.empty());  // Atom's enclosures are links

  EXPECT_EQ(e.description.value, "A short summary");
  EXPECT_EQ(e.description.type, "");
  EXPECT_EQ(e.description.lang, std::optional<std::string>("en"));
  EXPECT_EQ(e.description.base, "http://example.org/summary/");

  EXPECT_EQ(e.pub_date.text, "2003-12-13T08:29:29-04:00");
  ASSERT_TRUE(e.pub_date.value.has_value());
  EXPECT_EQ(*e.pub_date.value, at(2003, 12, 13, 8, 29, 29, -240));
  EXPECT_EQ(e.pub_date.value->offset.count(), -240);
  EXPECT_EQ(e.updated.text, "2005-07-31T12:29:29Z");
  EXPECT_EQ(e.updated.value, at(2005, 7, 31, 12, 29, 29));

  ASSERT_EQ(e.authors.size(), 2u);
  EXPECT_EQ(e.authors[0].name, "Mark Pilgrim");
  EXPECT_EQ(e.authors[0].uri, "http://example.org/");
  EXPECT_EQ(e.authors[0].email, "f8dy@example.com");
  EXPECT_EQ(names(e.authors[0].order), "name uri email");
  EXPECT_EQ(e.authors[1].name, "Second Author");
  EXPECT_EQ(e.author, "");  // RSS's <author> only
  ASSERT_EQ(e.contributors.size(), 2u);
  EXPECT_EQ(e.contributors[0].name, "Sam Ruby");
  EXPECT_EQ(e.contributors[1].name, "Joe Gregorio");

  ASSERT_EQ(e.categories.size(), 1u);
  EXPECT_EQ(e.categories[0].term, "tech");
  EXPECT_EQ(e.categories[0].scheme, "http://example.org/scheme");
  EXPECT_EQ(e.categories[0].label, "Technology");

  EXPECT_EQ(e.rights.value, "<b>CC</b> BY");
  EXPECT_EQ(e.rights.type, "html");

  ASSERT_TRUE(e.source.has_value());
  const Source& s = *e.source;
  EXPECT_EQ(s.url, "");
  EXPECT_EQ(s.id, "http://example.org/source");
  EXPECT_EQ(s.title.value, "Source Feed");
  EXPECT_EQ(s.title.type, "text");
  EXPECT_EQ(s.updated.text, "2005-07-30T10:00:00+02:00");
  ASSERT_TRUE(s.updated.value.has_value());
  EXPECT_EQ(*s.updated.value, at(2005, 7, 30, 10, 0, 0, 120));
  EXPECT_EQ(s.updated.value->offset.count(), 120);
  ASSERT_EQ(s.links.size(), 1u);
  EXPECT_EQ(s.links[0].href, "http://example.org/source.atom");
  EXPECT_EQ(s.links[0].rel, "self");
  ASSERT_EQ(s.authors.size(), 1u);
  EXPECT_EQ(s.authors[0].name, "Source Author");
  const std::vector<Extension> rest = {element(kAtom, "", "subtitle", "Where it came from"),
                                       element(kAtom, "", "icon", "http://example.org/source.png")};
  EXPECT_EQ(s.extensions, rest);
  EXPECT_EQ(names(s.order), "id title updated links authors extension extension");

  EXPECT_EQ(e.content.type, "xhtml");
  EXPECT_EQ(e.content.value, "<p><i>[Update: The Atom draft is finished.]</i></p>");
  EXPECT_EQ(e.content.src, "");
  EXPECT_EQ(e.content.lang, std::optional<std::string>("en"));
  EXPECT_EQ(e.content.base, "http://diveintomark.org/");

  EXPECT_TRUE(e.extensions.empty());
  EXPECT_EQ(names(e.order),
            "guid title links links description pub_date updated authors authors contributors "
            "contributors categories rights source content");
}

TEST(AtomReaderTest, EntryWithoutXmlLangHasNone) {
  const ParseResult r = parse_data("entry-elements.xml");
  ASSERT_EQ(r.feed.items.size(), 3u);
  const Item& e = r.feed.items[1];
  EXPECT_EQ(e.lang, std::nullopt);
  EXPECT_EQ(e.base, "");
  EXPECT_EQ(e.title.lang, std::nullopt);
  EXPECT_EQ(e.content.lang, std::nullopt);
  EXPECT_FALSE(e.source.has_value());
}

TEST(AtomReaderTest, ContentWithSrcHasNoValue) {
  const ParseResult r = parse_data("entry-elements.xml");
  ASSERT_EQ(r.feed.items.size(), 3u);
  const Content& c = r.feed.items[1].content;
  EXPECT_EQ(c.type, "video/mp4");
  EXPECT_EQ(c.src, "http://example.org/movie.mp4");
  EXPECT_EQ(c.value, "");
  EXPECT_EQ(names(r.feed.items[1].order), "guid title updated content");
}

TEST(AtomReaderTest, Base64ContentOfAMediaTypeIsKeptAsWritten) {
  // RFC 4287 §4.1.3.3: other media types are base64; Atom 1.0 has no mode, so it stays encoded.
  const ParseResult r = parse_data("entry-elements.xml");
  ASSERT_EQ(r.feed.items.size(), 3u);
  EXPECT_EQ(r.feed.items[2].content.type, "image/png");
  EXPECT_EQ(r.feed.items[2].content.value, "iVBORw0KGgo=");
  EXPECT_EQ(r.feed.items[2].content.src, "");
}

// Text constructs.

TEST(AtomReaderTest, PlainTextIsDecoded) {
  const ParseResult r = parse_entry(R"(<title type="text">AT&amp;T &lt;rocks&gt;</title>)");
  EXPECT_EQ(diagnostics(r), "");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].title.value, "AT&T <rocks>");
  EXPECT_EQ(r.feed.items[0].title.type, "text");
}

TEST(AtomReaderTest, EscapedHtmlIsDecodedOnce) {
  const ParseResult r =
      parse_entry(R"(<summary type="html">&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;</summary>)"
                  R"(<content type="html"><![CDATA[<p>Salt &amp; vinegar</p>]]></content>)");
  EXPECT_EQ(diagnostics(r), "");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].description.value, "<p>Fish &amp; chips</p>");
  EXPECT_EQ(r.feed.items[0].description.type, "html");
  EXPECT_EQ(r.feed.items[0].content.value, "<p>Salt &amp; vinegar</p>");
  EXPECT_EQ(r.feed.items[0].content.type, "html");
}

TEST(AtomReaderTest, XhtmlIsTheMarkupInsideTheDiv) {
  const ParseResult r = parse_data("xhtml.xml");
  EXPECT_EQ(diagnostics(r), "");
  EXPECT_EQ(r.feed.channel.title.type, "xhtml");
  EXPECT_EQ(r.feed.channel.title.value, "Fish &amp; <em>chips</em>");
  ASSERT_EQ(r.feed.items.size(), 3u);
  const Text& summary = r.feed.items[0].description;
  EXPECT_EQ(summary.type, "xhtml");
  EXPECT_EQ(summary.value,
            R"(AT&amp;T <b>bold</b> )"
            R"(<a href="http://example.org/?a=1&amp;b=2" title="&quot;quoted&quot;">a link</a>)"
            R"(<br/>1 &lt; 2)");
}

TEST(AtomReaderTest, XhtmlKeepsAChildInItsOwnNamespace) {
  const ParseResult r = parse_data("xhtml.xml");
  ASSERT_EQ(r.feed.items.size(), 3u);
  const Content& c = r.feed.items[1].content;
  EXPECT_EQ(c.type, "xhtml");
  EXPECT_EQ(c.value,
            R"(<p>A circle:</p><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">)"
            R"(<circle cx="5" cy="5" r="4"></circle></svg>)");
}

// XHTML markup is read by HTML parsers too (the reader view's sanitizer): an empty element is
// written with its end tag, as an HTML parser would read <p/> as an open <p> that takes the
// text after it; only a void element is written <br/>.
TEST(AtomReaderTest, XhtmlEmptyElementsKeepTheirEndTagButVoidOnes) {
  const ParseResult r = parse(
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"xhtml\">"
      "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p/>after<br/><span></span></div>"
      "</content></entry></feed>");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].content.value, "<p></p>after<br/><span></span>");
}

TEST(AtomReaderTest, XhtmlDeclaresPrefixesDeclaredOnTheRoot) {
  const ParseResult r = parse_data("xhtml.xml");
  ASSERT_EQ(r.feed.items.size(), 3u);
  // The div itself is prefixed (h: is declared on <feed>). The value is in canonical form:
  // XHTML unprefixed, another namespace declared as the default of its element.
  EXPECT_EQ(r.feed.items[0].title.type, "xhtml");
  EXPECT_EQ(r.feed.items[0].title.value, "Less: <em>&lt;</em>");
  EXPECT_EQ(r.feed.items[2].content.value,
            R"(<p>x is <math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math></p>)");
}

TEST(AtomReaderTest, XhtmlWithoutADivIsStillMarkup) {
  // No wrapping <div> (RFC 4287 §3.1.1.3 requires one): the value is XHTML markup all the same,
  // so its text stays escaped.
  const ParseResult r = parse_entry(R"(<title type="xhtml">Fish &amp; chips &lt;3</title>)");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].title.type, "xhtml");
  EXPECT_EQ(r.feed.items[0].title.value, "Fish &amp; chips &lt;3");
}

TEST(AtomReaderTest, HtmlInAnXhtmlDivIsTheDivsText) {
  const ParseResult r =
      parse_entry(R"(<summary type="html"><div xmlns="http://www.w3.org/1999/xhtml">)"
                  R"(&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;</div></summary>)");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].description.type, "html");
  EXPECT_EQ(r.feed.items[0].description.value, "<p>Fish &amp; chips</p>");
}

TEST(AtomReaderTest, InlineMarkupInPlainTextIsKept) {
  const ParseResult r = parse_entry(R"(<title type="text">Hello <b>world</b> &amp; all</title>)");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].title.type, "text");
  EXPECT_EQ(r.feed.items[0].title.value, "Hello <b>world</b> &amp; all");
}

// Atom 0.3.

TEST(AtomReaderTest, Atom03NamesMapOntoTheModel) {
  const ParseResult r = parse_data("atom03.xml");
  EXPECT_EQ(diagnostics(r), "");
  EXPECT_EQ(r.feed.format, Format::atom_0_3);
  EXPECT_TRUE(r.feed.attributes.empty());
  const Channel& c = r.feed.channel;
  EXPECT_EQ(c.lang, std::optional<std::string>("en"));
  EXPECT_EQ(c.description.value, "A lot of effort went into making this effortless");  // tagline
  EXPECT_EQ(c.description.type, "");
  EXPECT_EQ(c.copyright.value, "Copyright (c) 2003, Mark Pilgrim");
  EXPECT_EQ(c.last_build_date.text, "2003-12-13T18:30:02Z");  // modified
  EXPECT_EQ(c.last_build_date.value, at(2003, 12, 13, 18, 30, 2));
  // <info> has no place in the model: an extension, with its XHTML child.
  ASSERT_EQ(c.extensions.size(), 1u);
  Extension info =
      element(kAtom03, "", "info", "",
              {plain_attribute("mode", "xml"), plain_attribute("type", "application/xhtml+xml")});
  info.children.push_back(element(kXhtml, "", "div", "This is an Atom formatted XML site feed."));
  EXPECT_EQ(c.extensions[0], info);
  EXPECT_EQ(names(c.order),
            "title description copyright last_build_date extension generator links authors");

  ASSERT_EQ(r.feed.items.size(), 2u);
  const Item& e = r.feed.items[0];
  EXPECT_EQ(e.guid.value, "tag:example.org,2003:3.2397");
  EXPECT_EQ(e.pub_date.text, "2003-12-13T08:29:29-04:00");  // issued
  ASSERT_TRUE(e.pub_date.value.has_value());
  EXPECT_EQ(*e.pub_date.value, at(2003, 12, 13, 8, 29, 29, -240));
  EXPECT_EQ(e.pub_date.value->offset.count(), -240);
  EXPECT_EQ(e.updated.text, "2003-12-13T18:30:02Z");  // modified
  EXPECT_EQ(e.updated.value, at(2003, 12, 13, 18, 30, 2));
  const std::vector<Extension> created = {
      element(kAtom03, "", "created", "2003-12-13T08:29:29-04:00")};
  EXPECT_EQ(e.extensions, created);
  EXPECT_EQ(names(e.order),
            "title links guid pub_date updated extension description content contributors");
}

TEST(AtomReaderTest, Atom03EscapedModeIsDecoded) {
  const ParseResult r = parse_data("atom03.xml");
  EXPECT_EQ(r.feed.channel.title.value, "Dive <b>into</b> mark");
  // 0.3 is written as 1.0: a text construct's MIME type is read as the 1.0 name it means,
  // content keeps its (1.0 allows MIME types there).
  EXPECT_EQ(r.feed.channel.title.type, "html");
  ASSERT_EQ(r.feed.items.size(), 2u);
  EXPECT_EQ(r.feed.items[1].content.value, "<p>Fish &amp; chips</p>");
  EXPECT_EQ(r.feed.items[1].content.type, "text/html");
}

TEST(AtomReaderTest, Atom03Base64ModeIsDecoded) {
  const ParseResult r = parse_data("atom03.xml");
  ASSERT_EQ(r.feed.items.size(), 2u);
  EXPECT_EQ(r.feed.items[0].description.value, "Hello, world!");
  EXPECT_EQ(r.feed.items[0].description.type, "text");
}

TEST(AtomReaderTest, Atom03InvalidBase64IsKeptWithAWarning) {
  const ParseResult r = parse_data("atom03-bad-base64.xml");
  EXPECT_EQ(diagnostics(r), "bad_base64@9");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].severity, Severity::warning);
  EXPECT_TRUE(r.ok());
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].content.value, "not*base64!");
  EXPECT_EQ(r.feed.items[0].content.type, "text/plain");
}

TEST(AtomReaderTest, Atom03XmlModeKeepsTheDiv) {
  const ParseResult r = parse_data("atom03.xml");
  ASSERT_EQ(r.feed.items.size(), 2u);
  const Content& c = r.feed.items[0].content;
  EXPECT_EQ(c.type, "application/xhtml+xml");
  EXPECT_EQ(c.lang, std::optional<std::string>("en"));
  // The div's xmlns restates the XHTML default of the value: redundant, so not written.
  EXPECT_EQ(c.value, "<div><p>Hello, <em>world</em></p></div>");
}

TEST(AtomReaderTest, Atom03PersonUrlAndHomepageAreUris) {
  const ParseResult r = parse_data("atom03.xml");
  const Channel& c = r.feed.channel;
  ASSERT_EQ(c.authors.size(), 1u);
  EXPECT_EQ(c.authors[0].name, "Mark Pilgrim");
  EXPECT_EQ(c.authors[0].uri, "http://diveintomark.org/");
  EXPECT_EQ(c.authors[0].email, "f8dy@example.com");
  EXPECT_EQ(names(c.authors[0].order), "name uri email");
  ASSERT_EQ(r.feed.items.size(), 2u);
  ASSERT_EQ(r.feed.items[0].contributors.size(), 1u);
  EXPECT_EQ(r.feed.items[0].contributors[0].name, "Joe Gregorio");
  EXPECT_EQ(r.feed.items[0].contributors[0].uri, "http://bitworking.org/");
  EXPECT_EQ(names(r.feed.items[0].contributors[0].order), "name uri");
}

TEST(AtomReaderTest, Atom03GeneratorUrlIsItsUri) {
  const ParseResult r = parse_data("atom03.xml");
  EXPECT_EQ(r.feed.channel.generator.name, "Example Toolkit");
  EXPECT_EQ(r.feed.channel.generator.uri, "http://www.example.com/");
  EXPECT_EQ(r.feed.channel.generator.version, "1.0");
}

// Element order and extensions.

TEST(AtomReaderTest, OrderListsEveryElementAndKeepsUnknownOnesInPlace) {
  const ParseResult r = parse_data("order.xml");
  EXPECT_EQ(diagnostics(r), "");
  const Channel& c = r.feed.channel;
  EXPECT_EQ(names(c.order),
            "title extension id dc_language last_build_date links authors items copyright");
  const std::vector<Extension> feed_extensions = {
      element(kAtom, "", "foo", "unknown, in the Atom namespace")};
  EXPECT_EQ(c.extensions, feed_extensions);
  EXPECT_EQ(c.language, "en");
  EXPECT_EQ(c.copyright.value, "Rights at the end");

  ASSERT_EQ(r.feed.items.size(), 1u);
  const Item& e = r.feed.items[0];
  EXPECT_EQ(names(e.order),
            "threading title extension guid updated dc_subject dc_creator links categories");
  // thr:in-reply-to is typed (ext/threading.hpp), where it stood.
  ASSERT_TRUE(e.threading);
  ASSERT_EQ(e.threading->in_reply_to.size(), 1u);
  EXPECT_EQ(e.threading->in_reply_to[0].ref, "tag:example.org,1999:1");
  EXPECT_EQ(e.threading->in_reply_to[0].href, "http://example.org/1");
  EXPECT_EQ(e.threading->in_reply_to[0].type, "text/html");
  ASSERT_EQ(e.extensions.size(), 1u);
  Extension bar = element(kAtom, "", "bar", "kept ", {plain_attribute("level", "2")});
  Extension b = element(kAtom, "", "b", "here");
  b.tail = " too";
  bar.children.push_back(b);
  EXPECT_EQ(e.extensions[0], bar);
  ASSERT_EQ(e.extensions[0].children.size(), 1u);
  EXPECT_EQ(e.extensions[0].children[0], b);

  ASSERT_EQ(e.categories.size(), 2u);
  EXPECT_EQ(e.categories[0].term, "Subject");
  EXPECT_EQ(e.categories[1].term, "c");
  ASSERT_EQ(e.authors.size(), 1u);
  EXPECT_EQ(e.authors[0].name, "Creator");
}

TEST(AtomReaderTest, DuplicateUpdatedLastWinsAndFirstBecomesAnExtension) {
  const ParseResult r = parse_data("duplicate-updated.xml");
  EXPECT_EQ(diagnostics(r), "duplicate_element@9");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].severity, Severity::warning);
  ASSERT_EQ(r.feed.items.size(), 1u);
  const Item& e = r.feed.items[0];
  EXPECT_EQ(e.updated.text, "2006-02-03T04:05:06+01:00");
  ASSERT_TRUE(e.updated.value.has_value());
  EXPECT_EQ(*e.updated.value, at(2006, 2, 3, 4, 5, 6, 60));
  EXPECT_EQ(e.updated.value->offset.count(), 60);
  // The first <updated> takes its place among the other extensions.
  const std::vector<Extension> extensions = {element(kAtom, "", "updated", "2005-01-01T00:00:00Z"),
                                             element(kAtom, "", "foo", "between")};
  EXPECT_EQ(e.extensions, extensions);
  ASSERT_TRUE(e.threading);
  EXPECT_EQ(e.threading->total.value, 1);
  EXPECT_EQ(names(e.order), "threading guid extension extension title updated");
}

// Tolerance.

TEST(AtomReaderTest, LinkWithItsUrlAsTextAndNoHref) {
  const ParseResult r = parse(
      "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
      "  <link rel=\"alternate\">\n    http://example.org/\n  </link>\n"
      "  <entry><link>http://example.org/1</link></entry>\n"
      "</feed>\n");
  EXPECT_EQ(diagnostics(r), "");
  ASSERT_EQ(r.feed.channel.links.size(), 1u);
  EXPECT_EQ(r.feed.channel.links[0].href, "http://example.org/");
  EXPECT_EQ(r.feed.channel.links[0].rel, "alternate");
  ASSERT_EQ(r.feed.items.size(), 1u);
  ASSERT_EQ(r.feed.items[0].links.size(), 1u);
  EXPECT_EQ(r.feed.items[0].links[0].href, "http://example.org/1");
}

TEST(AtomReaderTest, ElementNamesInTheWrongCase) {
  const ParseResult r = parse_data("wrong-case.xml");
  EXPECT_EQ(diagnostics(r), "");
  const Channel& c = r.feed.channel;
  EXPECT_EQ(c.id, "urn:wrong-case");
  EXPECT_EQ(c.title.value, "Names in the <i>wrong</i> case");
  EXPECT_EQ(c.title.type, "html");
  EXPECT_EQ(c.last_build_date.value, at(2005, 7, 31, 12, 29, 29));
  ASSERT_EQ(c.links.size(), 1u);
  EXPECT_EQ(c.links[0].href, "http://example.org/");
  EXPECT_TRUE(c.extensions.empty());
  EXPECT_EQ(names(c.order), "id title last_build_date links");
  ASSERT_EQ(r.feed.items.size(), 1u);
  const Item& e = r.feed.items[0];
  EXPECT_EQ(e.guid.value, "urn:wrong-case:1");
  EXPECT_EQ(e.title.value, "Upper");
  EXPECT_EQ(e.updated.value, at(2005, 8, 1, 0, 0, 0));
  EXPECT_EQ(e.description.value, "Mixed");
  ASSERT_EQ(e.authors.size(), 1u);
  EXPECT_EQ(e.authors[0].name, "Jo");
  EXPECT_EQ(e.authors[0].email, "jo@example.org");
  EXPECT_TRUE(e.extensions.empty());
  EXPECT_EQ(names(e.order), "guid title updated authors description");
}

TEST(AtomReaderTest, EntryNamedItemIsAnEntry) {
  // Early Atom drafts called the entry <item>.
  const ParseResult r = parse(R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>)"
                              R"(<item><id>urn:item</id><title>Old draft</title></item></feed>)");
  EXPECT_EQ(diagnostics(r), "");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].guid.value, "urn:item");
  EXPECT_EQ(r.feed.items[0].title.value, "Old draft");
  EXPECT_TRUE(r.feed.channel.extensions.empty());
  EXPECT_EQ(names(r.feed.channel.order), "title");
}

// An href is a value: trimmed (its text kept apart, see KeptAttribute). An id is element text,
// kept as written; the view and convert() trim it.
TEST(AtomReaderTest, HrefsAreTrimmedAndIdsKeptAsWritten) {
  const ParseResult r = parse(
      "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
      "  <id>\n    urn:feed  \n  </id>\n"
      "  <link rel=\"self\" href=\"  http://example.org/feed.atom\n\"/>\n"
      "  <entry>\n    <id>\turn:entry </id>\n"
      "    <link href=\" http://example.org/1 \"/>\n  </entry>\n"
      "</feed>\n");
  EXPECT_EQ(diagnostics(r), "");
  EXPECT_EQ(r.feed.channel.id, "\n    urn:feed  \n  ");
  ASSERT_EQ(r.feed.channel.links.size(), 1u);
  EXPECT_EQ(r.feed.channel.links[0].href, "http://example.org/feed.atom");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].guid.value, "\turn:entry ");
  EXPECT_EQ(view(r.feed).items[0].id, "urn:entry");
  ASSERT_EQ(r.feed.items[0].links.size(), 1u);
  EXPECT_EQ(r.feed.items[0].links[0].href, "http://example.org/1");
}

TEST(AtomReaderTest, DatesKeepOffsetsAndDropFractions) {
  const ParseResult r = parse_data("dates.xml");
  const Date& feed_updated = r.feed.channel.last_build_date;
  EXPECT_EQ(feed_updated.text, "2003-12-13T18:30:02.25Z");
  ASSERT_TRUE(feed_updated.value.has_value());
  EXPECT_EQ(*feed_updated.value, at(2003, 12, 13, 18, 30, 2));
  EXPECT_EQ(feed_updated.value->offset.count(), 0);

  ASSERT_EQ(r.feed.items.size(), 2u);
  const Item& e = r.feed.items[0];
  ASSERT_TRUE(e.pub_date.value.has_value());
  EXPECT_EQ(*e.pub_date.value, at(2003, 12, 13, 8, 29, 29, -240));
  EXPECT_EQ(e.pub_date.value->offset.count(), -240);
  EXPECT_EQ(e.updated.text, "2003-12-13T23:59:59.999+05:30");
  ASSERT_TRUE(e.updated.value.has_value());
  EXPECT_EQ(*e.updated.value, at(2003, 12, 13, 23, 59, 59, 330));
  EXPECT_EQ(e.updated.value->offset.count(), 330);
}

TEST(AtomReaderTest, UnreadableDateKeepsItsTextWithAWarning) {
  const ParseResult r = parse_data("dates.xml");
  EXPECT_EQ(diagnostics(r), "bad_date@15");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].severity, Severity::warning);
  EXPECT_TRUE(r.ok());
  EXPECT_FALSE(r.has_errors());
  ASSERT_EQ(r.feed.items.size(), 2u);
  const Date& d = r.feed.items[1].updated;
  EXPECT_EQ(d.text, "the day before yesterday");
  EXPECT_EQ(d.value, std::nullopt);
  EXPECT_EQ(names(r.feed.items[1].order), "guid title updated");
}

// Limits.

TEST(AtomReaderTest, MaxItemsCountsEntries) {
  ParseOptions options;
  options.limits.max_items = 2;
  const ParseResult r = parse(
      "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
      "  <entry><id>urn:1</id></entry>\n"
      "  <entry><id>urn:2</id></entry>\n"
      "  <entry><id>urn:3</id></entry>\n"
      "  <entry><id>urn:4</id></entry>\n"
      "  <title>After the entries</title>\n"
      "</feed>\n",
      options);
  EXPECT_EQ(diagnostics(r), "item_limit@4");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].severity, Severity::error);
  EXPECT_TRUE(r.ok());
  ASSERT_EQ(r.feed.items.size(), 2u);
  EXPECT_EQ(r.feed.items[0].guid.value, "urn:1");
  EXPECT_EQ(r.feed.items[1].guid.value, "urn:2");
  EXPECT_EQ(r.feed.channel.title.value, "After the entries");
}

}  // namespace
}  // namespace feedpp
