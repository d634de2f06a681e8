// SPDX-License-Identifier: MIT
// Nothing is lost between the parser and the writers:
//   - for generated models M that a format can express, parse(write(M)) == M (RSS 2.0 and Atom);
//   - for real feeds x, write(parse(x)) is XML-equivalent to x, and parsing it again gives the
//     same model.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "test_util.hpp"

namespace feedpp {
namespace {

// --- generated models ------------------------------------------------------------------------

class ModelGenerator {
 public:
  explicit ModelGenerator(unsigned seed) : rng_(seed) {}

  // Text: letters, markup characters, non-ASCII, whitespace inside.
  std::string text(std::size_t max = 24) {
    static const std::vector<std::string> pieces = {
        "a",  "Z",   "7",           " ",      "&",     "<",   ">",       "\"",
        "'",  "é",   "日本",        "😀",      "&amp;", "]]>", "\t",      "\n",
        "\r", "x y", "<b>bold</b>", "&nbsp;", "#",     "%20", "\xC2\xA0"};
    std::string s;
    const std::size_t n = pick(max) + 1;
    for (std::size_t i = 0; i < n; ++i) s += pieces[pick(pieces.size())];
    return s;
  }
  // A value without surrounding whitespace (the reader trims URLs and identifiers).
  std::string url() {
    return "https://example.com/" + word() + "?q=" + word() +
           "&amp;x=" + std::to_string(pick(1000));
  }
  std::string word() {
    static const std::string letters = "abcdefghijklmnopqrstuvwxyz";
    std::string w;
    for (std::size_t i = 0, n = pick(8) + 1; i < n; ++i) w += letters[pick(letters.size())];
    return w;
  }
  bool coin() { return pick(2) == 0; }
  std::size_t pick(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_);
  }

  DateTime date() {
    const auto seconds = std::uniform_int_distribution<std::int64_t>(-2208988800, 4102444800)(rng_);
    const auto offset = std::uniform_int_distribution<int>(-23 * 60 - 59, 23 * 60 + 59)(rng_);
    return DateTime{Timestamp{std::chrono::seconds{seconds}}, std::chrono::minutes{offset}};
  }

  // Extension trees over a few namespaces (with their prefixes) and none.
  Extension extension(int depth = 0) {
    static const std::vector<std::pair<std::string, std::string>> spaces = {
        {"itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"},
        {"media", "http://search.yahoo.com/mrss/"},
        {"x", "urn:example:x"},
        {"", ""}};
    const auto& [prefix, ns] = spaces[pick(spaces.size())];
    Extension e;
    e.ns = ns;
    e.prefix = prefix;
    e.name = word();
    for (std::size_t i = 0, n = pick(3); i < n; ++i) {
      Attribute a{"", "", "a" + std::to_string(i), text(6)};
      if (i == 2) a = Attribute{"urn:example:x", "x", "attr", text(4)};
      e.attributes.push_back(a);
    }
    if (depth < 3 && pick(3) == 0) {
      for (std::size_t i = 0, n = pick(3) + 1; i < n; ++i)
        e.children.push_back(extension(depth + 1));
    } else {
      e.text = text();
    }
    return e;
  }

  Person rss_person() {
    Person p;
    p.name = word() + " " + word();
    if (coin()) {  // an atom:author
      p.email = word() + "@example.com";
      p.uri = url();
    }
    return p;
  }

  Channel rss_channel() {
    Channel c;
    c.title = text();
    c.link = url();
    c.description = Text(text(40), "html");
    if (coin()) c.language = "en-us";
    if (coin()) c.copyright = text();
    if (coin()) c.managing_editor = word() + "@example.com (" + word() + ")";
    if (coin()) c.web_master = word() + "@example.com";
    if (coin()) c.pub_date = date();
    if (coin()) c.last_build_date = date();
    for (std::size_t i = 0, n = pick(3); i < n; ++i) {
      c.categories.push_back({text(6), coin() ? url() : "", ""});
    }
    if (coin()) c.generator.name = text(6);
    if (coin()) c.docs = url();
    if (coin()) c.cloud = Cloud{"rpc.example.com", "80", "/RPC2", "ping", "xml-rpc"};
    if (coin()) c.ttl = std::to_string(pick(1440));
    if (coin()) {
      Image i;
      i.url = url();
      i.title = text(6);
      i.link = url();
      if (coin()) i.width = "88";
      if (coin()) i.height = "31";
      if (coin()) i.description = text(6);
      c.image = i;
    }
    if (coin()) c.rating = text(6);
    if (coin()) {
      TextInput t;
      t.title = text(6);
      t.description = text(6);
      t.name = word();
      t.link = url();
      c.text_input = t;
    }
    if (coin()) c.skip_hours = {"0", "6", "23"};
    if (coin()) c.skip_days = {"Saturday", "Sunday"};
    for (std::size_t i = 0, n = pick(3); i < n; ++i) {
      Link l{url(),   coin() ? "self" : "hub", "application/rss+xml", coin() ? "en" : "",
             text(4), coin() ? "1234" : ""};
      if (coin()) l.attributes.push_back({"urn:example:x", "x", "count", "3"});
      c.links.push_back(l);
    }
    for (std::size_t i = 0, n = pick(2); i < n; ++i) c.authors.push_back(rss_person());
    for (std::size_t i = 0, n = pick(3); i < n; ++i) c.extensions.push_back(extension());
    return c;
  }

  Item rss_item() {
    Item it;
    const bool titled = coin();
    if (titled) it.title = text();
    if (!titled || coin()) it.description = Text(text(60), "html");
    if (coin()) it.link = url();
    if (coin()) it.content = Content{text(80), "html", {}, {}, {}};
    if (coin()) it.author = word() + "@example.com (" + text(4) + ")";
    for (std::size_t i = 0, n = pick(3); i < n; ++i) it.authors.push_back(rss_person());
    for (std::size_t i = 0, n = pick(3); i < n; ++i) {
      it.categories.push_back({text(6), coin() ? url() : "", ""});
    }
    if (coin()) it.comments = url();
    for (std::size_t i = 0, n = pick(3); i < n; ++i) {
      it.enclosures.push_back({url(), std::to_string(pick(100000)), "audio/mpeg"});
    }
    if (coin()) {
      it.guid.value = coin() ? url() : "tag:example.com,2026:" + word();
      const std::size_t p = pick(3);
      if (p > 0) it.guid.is_permalink = p == 1;
    }
    if (coin()) it.pub_date = date();
    if (coin()) it.updated = date();
    if (coin()) {
      it.source = Source{};
      it.source->url = url();
      it.source->title = text(8);
    }
    if (coin()) it.rights = text(8);
    for (std::size_t i = 0, n = pick(2); i < n; ++i) it.links.push_back({url(), "related"});
    for (std::size_t i = 0, n = pick(4); i < n; ++i) it.extensions.push_back(extension());
    return it;
  }

  Text atom_text() {
    static const std::vector<std::string> types = {"", "text", "html", "xhtml"};
    const std::string& type = types[pick(types.size())];
    if (type == "xhtml") {
      return Text("<p>" + word() + " <b>" + word() + "</b> &amp; <i>" + word() + "</i></p>", type);
    }
    Text t(text(30), type);
    if (pick(4) == 0) t.lang = coin() ? "fr" : "";
    if (pick(4) == 0) t.base = url();
    return t;
  }

  Person atom_person() {
    Person p;
    p.name = text(6);
    if (coin()) p.email = word() + "@example.com";
    if (coin()) p.uri = url();
    if (pick(4) == 0) p.extensions.push_back(extension(2));
    return p;
  }

  Channel atom_channel() {
    Channel c;
    c.id = "urn:uuid:" + word();
    c.title = atom_text();
    c.last_build_date = date();
    if (coin()) c.description = atom_text();
    if (coin()) c.copyright = atom_text();
    for (std::size_t i = 0, n = pick(3); i < n; ++i) {
      c.links.push_back({url(), coin() ? "self" : "", coin() ? "text/html" : "", "", "", ""});
    }
    for (std::size_t i = 0, n = pick(3); i < n; ++i) c.authors.push_back(atom_person());
    for (std::size_t i = 0, n = pick(2); i < n; ++i) c.contributors.push_back(atom_person());
    for (std::size_t i = 0, n = pick(3); i < n; ++i) {
      c.categories.push_back({word(), coin() ? url() : "", coin() ? text(5) : ""});
    }
    if (coin()) c.generator = feedpp::Generator{text(5), coin() ? url() : "", coin() ? "1.0" : ""};
    if (coin()) c.icon = url();
    if (coin()) c.logo = url();
    if (coin()) c.lang = "en";
    if (coin()) c.base = url();
    for (std::size_t i = 0, n = pick(3); i < n; ++i) c.extensions.push_back(extension());
    return c;
  }

  Item atom_entry() {
    Item it;
    it.guid.value = "tag:example.com,2026:" + word();
    it.title = atom_text();
    it.updated = date();
    if (coin()) it.pub_date = date();
    if (coin()) it.description = atom_text();
    if (coin()) {
      const std::size_t kind = pick(4);
      if (kind == 0) it.content = Content{text(40), "html", {}, {}, {}};
      if (kind == 1) it.content = Content{text(40), "", {}, std::string("de"), url()};
      if (kind == 2) it.content = Content{{}, "video/mp4", url(), {}, {}};
      if (kind == 3) it.content = Content{"<p>" + word() + "</p>", "xhtml", {}, {}, {}};
    }
    for (std::size_t i = 0, n = pick(3); i < n; ++i) {
      it.links.push_back({url(), coin() ? "alternate" : "enclosure", "text/html", "", "", ""});
    }
    for (std::size_t i = 0, n = pick(3); i < n; ++i) it.authors.push_back(atom_person());
    for (std::size_t i = 0, n = pick(2); i < n; ++i) it.contributors.push_back(atom_person());
    for (std::size_t i = 0, n = pick(3); i < n; ++i) it.categories.push_back({word(), "", ""});
    if (coin()) it.rights = atom_text();
    if (coin()) {
      it.source = Source{};
      it.source->id = "urn:uuid:" + word();
      it.source->title = atom_text();
      it.source->updated = date();
      it.source->links.push_back({url(), "self"});
      it.source->authors.push_back(atom_person());
    }
    if (coin()) it.lang = "en";
    if (coin()) it.base = url();
    for (std::size_t i = 0, n = pick(3); i < n; ++i) it.extensions.push_back(extension());
    return it;
  }

 private:
  std::mt19937 rng_;
};

// The parser records what the writer wrote; == ignores order, but fills the format in.
Feed reparse(const std::string& xml) {
  ParseResult r = parse(xml);
  EXPECT_TRUE(r.ok());
  EXPECT_FALSE(r.has_errors()) << (r.diagnostics.empty() ? "" : r.diagnostics[0].message) << "\n"
                               << xml;
  return r.feed;
}

// `feed` written in its own format: as read.
std::string as_read(const Feed& feed) {
  std::string out;
  EXPECT_TRUE((is_rss(feed.format) ? write_rss(feed, out) : write_atom(feed, out)).ok());
  return out;
}

// `feed` written as Atom as a program's model is: strictly.
std::string strict_atom(Feed feed) {
  feed.format = Format::unknown;
  std::string out;
  EXPECT_TRUE(write_atom(feed, out).ok());
  return out;
}

TEST(RoundTripTest, GeneratedRssModelsSurviveWriteThenParse) {
  for (unsigned seed = 1; seed <= 300; ++seed) {
    ModelGenerator g(seed);
    Feed m;
    m.format = Format::rss_2_0;
    m.channel = g.rss_channel();
    for (std::size_t i = 0, n = g.pick(5); i < n; ++i) m.items.push_back(g.rss_item());
    WriteOptions options;
    options.xml.pretty = seed % 2 == 0;
    options.html_as_cdata = seed % 3 == 0;
    std::string xml;
    ASSERT_TRUE(write_rss(m, xml, options).ok()) << seed;
    const Feed back = reparse(xml);
    ASSERT_EQ(back, m) << "seed " << seed << "\n" << xml;
  }
}

TEST(RoundTripTest, GeneratedAtomModelsSurviveWriteThenParse) {
  for (unsigned seed = 1; seed <= 300; ++seed) {
    ModelGenerator g(seed);
    Feed m;
    m.format = Format::atom_1_0;
    m.channel = g.atom_channel();
    for (std::size_t i = 0, n = g.pick(5); i < n; ++i) m.items.push_back(g.atom_entry());
    WriteOptions options;
    options.xml.pretty = seed % 2 == 0;
    options.html_as_cdata = seed % 3 == 0;
    std::string xml;
    ASSERT_TRUE(write_atom(m, xml, options).ok()) << seed;
    const Feed back = reparse(xml);
    ASSERT_EQ(back, m) << "seed " << seed << "\n" << xml;
  }
}

// --- real feeds ------------------------------------------------------------------------------

std::vector<std::string> roundtrip_files() {
  std::vector<std::string> files{test::data_path("alamrafiul-distributed-systems.xml")};
  const std::filesystem::path dir = test::data_path("roundtrip");
  if (std::filesystem::exists(dir)) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() == ".xml") files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(RoundTripTest, RealFeedsAreWrittenBackXmlEquivalent) {
  const std::vector<std::string> files = roundtrip_files();
  ASSERT_GE(files.size(), 1u);
  for (const std::string& file : files) {
    SCOPED_TRACE(file);
    const std::string original = test::read_file(file);
    const ParseResult r = parse(original);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.diagnostics.empty())
        << r.diagnostics[0].message << " line " << r.diagnostics[0].location.line;
    ASSERT_TRUE(r.feed.format == Format::rss_2_0 || r.feed.format == Format::atom_1_0);
    std::string written;
    const Status s =
        r.feed.format == Format::rss_2_0 ? write_rss(r.feed, written) : write_atom(r.feed, written);
    ASSERT_TRUE(s.ok()) << s.message();
    EXPECT_EQ(test::xml_problem(written), "");
    EXPECT_EQ(test::xml_difference(original, written), "") << written;
    // A fixed point: what was written reads back as the same model.
    EXPECT_EQ(reparse(written), r.feed);
  }
}

// Channel elements after the items stay after them, written whole or streamed; a strict write
// (a conversion) puts Atom's metadata before the entries, where RFC 4287 wants it.
TEST(RoundTripTest, ChannelElementsAfterTheItemsAreWrittenAfterThem) {
  for (const char* name : {"rss/as-read.xml", "atom/as-read.xml"}) {
    SCOPED_TRACE(name);
    const std::string original = test::read_data(name);
    const ParseResult r = parse(original);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.feed.channel.order.contains(ChannelElement::items));
    const std::string written = as_read(r.feed);
    EXPECT_EQ(test::xml_difference(original, written), "") << written;
    EXPECT_EQ(reparse(written), r.feed);

    // Streamed: StreamParser's channel says the same, and StreamConverter writes them there.
    std::string streamed;
    StringSink sink(streamed);
    StreamConverter converter(sink, r.feed.format);
    StreamHandler handler;
    bool begun = false;
    handler.on_channel = [&](const Feed& head) {
      EXPECT_FALSE(head.channel.order.contains(ChannelElement::items));
      converter.begin(head);
      begun = true;
    };
    handler.on_item = [&](Item& item) { converter.add(item); };
    StreamParser parser(handler);
    for (std::size_t i = 0; i < original.size(); i += 64) parser.write(original.substr(i, 64));
    const ParseResult finished = parser.finish();
    ASSERT_TRUE(begun);
    EXPECT_TRUE(finished.feed.channel.order.contains(ChannelElement::items));
    ASSERT_TRUE(converter.end(finished.feed).ok());
    EXPECT_TRUE(converter.notes().empty());
    EXPECT_EQ(test::xml_difference(original, streamed), "") << streamed;
  }
  // Converted to Atom, the RSS channel's copyright comes before the entries.
  const Conversion c = convert(parse(test::read_data("rss/as-read.xml")).feed, Format::atom_1_0);
  ASSERT_TRUE(c.ok());
  std::string atom;
  ASSERT_TRUE(write_atom(c.feed, atom).ok());
  EXPECT_LT(atom.find("<rights>"), atom.find("<entry>"));
}

// A URL attribute with white space around it and an isPermaLink in capitals: the model holds what
// they mean, and their text is written while it still means that; once a program changed the
// value, the value.
TEST(RoundTripTest, AttributesAreWrittenInTheirOwnText) {
  const std::string rss = test::read_data("rss/as-read.xml");
  ParseResult r = parse(rss);
  ASSERT_EQ(r.feed.items.size(), 2u);
  Item& one = r.feed.items[0];
  ASSERT_EQ(one.enclosures.size(), 3u);
  EXPECT_EQ(one.enclosures[0].url, "http://example.org/1.mp3");
  EXPECT_EQ(one.guid.is_permalink, false);
  std::string written = as_read(r.feed);
  EXPECT_NE(written.find(R"(url=" http://example.org/1.mp3 ")"), std::string::npos) << written;
  // An enclosure read without the url RSS requires stays without; an empty one stays empty.
  EXPECT_NE(written.find(R"(<enclosure length="2"/>)"), std::string::npos) << written;
  EXPECT_NE(written.find(R"(url="")"), std::string::npos) << written;
  EXPECT_NE(written.find(R"(isPermaLink="FALSE")"), std::string::npos) << written;
  EXPECT_EQ(reparse(written), r.feed);

  one.enclosures[0].url = "http://example.org/other.mp3";  // changed: the text no longer means it
  one.guid.is_permalink = true;
  written = as_read(r.feed);
  EXPECT_NE(written.find(R"(url="http://example.org/other.mp3")"), std::string::npos) << written;
  EXPECT_NE(written.find(R"(isPermaLink="true")"), std::string::npos) << written;
  EXPECT_EQ(written.find("1.mp3"), std::string::npos) << written;

  const std::string atom = test::read_data("atom/as-read.xml");
  const ParseResult a = parse(atom);
  ASSERT_EQ(a.feed.items.size(), 3u);
  ASSERT_EQ(a.feed.items[0].links.size(), 2u);
  EXPECT_EQ(a.feed.items[0].links[1].href, "http://example.org/1.mp3");
  EXPECT_NE(as_read(a.feed).find(R"(href=" http://example.org/1.mp3")"), std::string::npos);
}

// One name spelled several ways in one document: each element is written as it was spelled,
// whichever came first, and wherever the writer puts it.
TEST(RoundTripTest, EachElementKeepsItsSpelling) {
  const std::string original = test::read_data("itunes/variants.xml");
  const ParseResult r = parse(original);
  std::vector<std::string> episode_type;
  for (const Spelling& s : r.feed.spellings) {
    if (s.name == "episodeType") episode_type.push_back(s.written);
  }
  EXPECT_EQ(episode_type, (std::vector<std::string>{"episodetype", "episodeType"}));
  const std::string written = as_read(r.feed);
  EXPECT_NE(written.find("<itunes:episodetype>Full"), std::string::npos) << written;
  EXPECT_NE(written.find("<itunes:episodeType>Epilogue"), std::string::npos) << written;
  EXPECT_EQ(test::xml_difference(original, written), "") << written;

  // Two spellings other than the vocabulary's, at the feed's level and the entry's.
  const std::string atom = test::read_data("atom/wrong-case.xml");
  const std::string atom_written = as_read(parse(atom).feed);
  EXPECT_NE(atom_written.find("<ID>urn:wrong-case</ID>"), std::string::npos) << atom_written;
  EXPECT_NE(atom_written.find("<Id>urn:wrong-case:1</Id>"), std::string::npos) << atom_written;
  EXPECT_EQ(test::xml_difference(atom, atom_written), "") << atom_written;
}

// An Atom 1.0 person's <url>, a person written as its name alone and a link's text are written
// back as read; a strict write (a program's model) names the uri <uri>, writes a name in <name>
// and writes no text in a link.
TEST(RoundTripTest, AtomPersonsAndLinkTextAreWrittenAsRead) {
  const std::string original = test::read_data("atom/as-read.xml");
  const ParseResult r = parse(original);
  ASSERT_EQ(r.feed.channel.authors.size(), 1u);
  EXPECT_EQ(r.feed.channel.authors[0].uri, "http://jo.example.org/");
  ASSERT_EQ(r.feed.items.size(), 3u);
  const Item& one = r.feed.items[0];
  ASSERT_EQ(one.links.size(), 2u);
  EXPECT_EQ(one.links[0].href, "http://example.org/1");  // from its text: it has no href
  EXPECT_EQ(one.links[1].href, "http://example.org/1.mp3");
  EXPECT_EQ(one.links[1].text, "the episode");
  const Item& two = r.feed.items[1];
  ASSERT_EQ(two.authors.size(), 1u);
  EXPECT_EQ(two.authors[0].name, "Ann Author");  // <author>Ann Author</author>
  const std::string written = as_read(r.feed);
  EXPECT_EQ(test::xml_difference(original, written), "") << written;

  const std::string strict = strict_atom(r.feed);
  EXPECT_EQ(strict.find("<url>"), std::string::npos) << strict;
  EXPECT_NE(strict.find("<uri>http://jo.example.org/</uri>"), std::string::npos) << strict;
  EXPECT_NE(strict.find(R"(href="http://example.org/1")"), std::string::npos) << strict;
  EXPECT_EQ(strict.find("the episode"), std::string::npos) << strict;
  EXPECT_NE(strict.find("<name>Ann Author</name>"), std::string::npos) << strict;

  // A person holding white space alone has no name, and none is invented for it.
  const ParseResult blank = parse(
      "<feed "
      "xmlns='http://www.w3.org/2005/Atom'><entry><contributor>\n</contributor></entry></feed>");
  ASSERT_EQ(blank.feed.items.size(), 1u);
  ASSERT_EQ(blank.feed.items[0].contributors.size(), 1u);
  EXPECT_EQ(blank.feed.items[0].contributors[0].name, "");
  EXPECT_NE(as_read(blank.feed).find("<contributor/>"), std::string::npos) << as_read(blank.feed);
  EXPECT_EQ(reparse(strict).channel.authors[0].uri, "http://jo.example.org/");
}

// HTML written as elements, XHTML without its div, HTML inside an XHTML div: the values are what
// they mean, and a feed written as read lays them out as the document did; a strict write as
// their type says.
TEST(RoundTripTest, MarkupIsLaidOutAsRead) {
  const std::string atom = test::read_data("atom/as-read.xml");
  const ParseResult a = parse(atom);
  ASSERT_EQ(a.feed.items.size(), 3u);
  const Item& two = a.feed.items[1];
  EXPECT_EQ(two.description.value, "<p>No <em>div</em> here</p>");
  EXPECT_EQ(two.description.layout, Layout::elements);
  EXPECT_EQ(two.content.value, "Some <b>bold</b> text.");
  EXPECT_EQ(two.content.layout, Layout::elements);
  const Item& three = a.feed.items[2];
  EXPECT_EQ(three.content.value, "Example <b>Atom</b>");
  EXPECT_EQ(three.content.layout, Layout::in_div);
  EXPECT_EQ(test::xml_difference(atom, as_read(a.feed)), "");

  const std::string rss = test::read_data("rss/as-read.xml");
  const ParseResult r = parse(rss);
  ASSERT_EQ(r.feed.items.size(), 2u);
  EXPECT_EQ(r.feed.items[1].title.value, "Two <i>in italics</i>");
  EXPECT_EQ(r.feed.items[1].description.layout, Layout::elements);
  EXPECT_EQ(test::xml_difference(rss, as_read(r.feed)), "");

  const std::string strict = strict_atom(a.feed);
  EXPECT_NE(strict.find("Some &lt;b&gt;bold&lt;/b&gt; text."), std::string::npos) << strict;
  EXPECT_NE(strict.find(R"(<div xmlns="http://www.w3.org/1999/xhtml"><p>No <em>div)"),
            std::string::npos)
      << strict;
  EXPECT_NE(strict.find(R"(<content type="html">Example &lt;b&gt;Atom)"), std::string::npos)
      << strict;
  // A value a program changed into what is not markup is written as its type says.
  Feed changed = a.feed;
  changed.items[1].content.value = "1 < 2";
  std::string lenient;
  ASSERT_TRUE(write_atom(changed, lenient).ok());
  EXPECT_NE(lenient.find("1 &lt; 2"), std::string::npos) << lenient;
  EXPECT_EQ(reparse(lenient).items[1].content.value, "1 < 2");
}

// An RSS 0.9x feed keeps its version; a strict write is RSS 2.0 whatever the attributes say.
TEST(RoundTripTest, RssVersionIsWrittenAsRead) {
  const std::string original = test::read_data("rss/version-0.92.xml");
  const ParseResult r = parse(original);
  EXPECT_EQ(r.feed.format, Format::rss_0_92);
  const std::string written = as_read(r.feed);
  EXPECT_EQ(test::xml_difference(original, written), "") << written;
  EXPECT_EQ(reparse(written).format, Format::rss_0_92);

  Feed built = r.feed;
  built.format = Format::unknown;  // as a program's: strict
  std::string strict;
  ASSERT_TRUE(write_rss(built, strict).ok());
  EXPECT_NE(strict.find(R"(<rss version="2.0">)"), std::string::npos) << strict;
}

// A root in another vocabulary's namespace puts the format's elements there: they are the
// format's, neither that vocabulary's (Dublin Core's <date> was read as dc:date, which the RSS
// writer then left out) nor kept under its namespace (a second Atom <title> kept in Dublin Core's
// read back as dc:title, found by roundtrip_fuzzer).
TEST(RoundTripTest, ElementsBesideARootInAVocabularysNamespaceAreTheFormats) {
  const ParseResult rss = parse(
      R"(<rss version="2.0" xmlns="http://purl.org/dc/elements/1.1/"><channel><title>T</title>)"
      R"(<item><title>x</title><date>2020-01-01</date></item></channel></rss>)");
  ASSERT_EQ(rss.feed.items.size(), 1u);
  EXPECT_EQ(rss.feed.items[0].title.value, "x");
  EXPECT_TRUE(rss.feed.items[0].updated.empty());
  ASSERT_EQ(rss.feed.items[0].extensions.size(), 1u);
  EXPECT_EQ(rss.feed.items[0].extensions[0].ns, "");
  EXPECT_NE(as_read(rss.feed).find("<date>2020-01-01</date>"), std::string::npos);

  const ParseResult atom = parse(
      R"(<feed xmlns="http://purl.org/dc/elements/1.1/"><title>a</title><title>b</title></feed>)");
  EXPECT_EQ(atom.feed.channel.title.value, "b");
  ASSERT_EQ(atom.feed.channel.extensions.size(), 1u);
  EXPECT_EQ(atom.feed.channel.extensions[0].ns, "http://www.w3.org/2005/Atom");
  const std::string written = as_read(atom.feed);
  EXPECT_EQ(as_read(reparse(written)), written);
}

// RSS read in a namespace (Userland's, a made-up one) is written in it again: its elements,
// and one in no namespace with them, read as RSS's and are written in the root's namespace.
TEST(RoundTripTest, RssInANamespaceIsWrittenInIt) {
  for (const char* uri : {"http://backend.userland.com/rss2", "http://example.com/made-up/"}) {
    SCOPED_TRACE(uri);
    const ParseResult r =
        parse(std::string(R"(<rss version="2.0" xmlns=")") + uri +
              R"("><channel><title>T</title><link>http://a.example/</link>)"
              R"(<description>D</description><x:y xmlns:x="urn:x"><z/></x:y>)"
              R"(<w xmlns="">1</w><item><title>I</title></item></channel></rss>)");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.feed.channel.title.value, "T");
    ASSERT_EQ(r.feed.channel.extensions.size(), 2u);
    EXPECT_EQ(r.feed.channel.extensions[0].children.at(0).ns, "");  // <z>, in the root's
    EXPECT_EQ(r.feed.channel.extensions[1].ns, "");
    const std::string written = as_read(r.feed);
    EXPECT_NE(written.find(std::string(R"(<rss xmlns=")") + uri + '"'), std::string::npos)
        << written;
    EXPECT_EQ(written.find(R"(xmlns="")"), std::string::npos) << written;
    EXPECT_EQ(reparse(written), r.feed);
    EXPECT_EQ(as_read(reparse(written)), written);
    // Not an RSS document's: Atom has its own namespace, and a conversion leaves it.
    std::string atom;
    ASSERT_TRUE(write_atom(convert(r.feed, Format::atom_1_0).feed, atom).ok());
    EXPECT_EQ(atom.find(uri), std::string::npos) << atom;
  }
}

// Elements beside the channel stay on their side of it; converted to Atom, they go into the
// <feed>: with its metadata, or streamed, those after the channel after the entries.
TEST(RoundTripTest, ElementsBeforeTheChannelAreWrittenBeforeIt) {
  const ParseResult r =
      parse(R"(<rss version="2.0" xmlns:a="urn:a"><a:before/><channel><title>T</title>)"
            R"(<link>http://a.example/</link><description>D</description><item><title>I</title>)"
            R"(<guid>urn:i</guid></item></channel><a:after/></rss>)");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.feed.extensions_before_channel.size(), 1u);
  EXPECT_EQ(r.feed.extensions_before_channel[0].name, "before");
  ASSERT_EQ(r.feed.extensions.size(), 1u);
  EXPECT_EQ(r.feed.extensions[0].name, "after");
  const std::string written = as_read(r.feed);
  EXPECT_LT(written.find("<a:before/>"), written.find("<channel>"));
  EXPECT_GT(written.find("<a:after/>"), written.find("</channel>"));
  EXPECT_EQ(reparse(written), r.feed);

  // Undated, it takes `now`: one clock for both conversions.
  ConvertOptions options;
  options.now = Timestamp(std::chrono::seconds(1'700'000'000));
  const Conversion c = convert(r.feed, Format::atom_1_0, options);
  std::string atom;
  ASSERT_TRUE(write_atom(c.feed, atom).ok());
  EXPECT_LT(atom.find("<a:before/>"), atom.find("<entry>"));
  EXPECT_LT(atom.find("<a:after/>"), atom.find("<entry>"));
  EXPECT_EQ(reparse(atom).channel.extensions.size(), 2u);
  std::string streamed;
  StringSink sink(streamed);
  StreamConverter converter(sink, Format::atom_1_0, {}, options);
  StreamHandler handler;
  handler.on_channel = [&](const Feed& head) { (void)converter.begin(head); };
  handler.on_item = [&](Item& item) { (void)converter.add(item); };
  StreamParser parser(handler);
  parser.write(as_read(r.feed));
  ASSERT_TRUE(converter.end(parser.finish().feed).ok());
  EXPECT_LT(streamed.find("<a:before/>"), streamed.find("<entry>"));
  EXPECT_GT(streamed.find("<a:after/>"), streamed.find("</entry>"));
  EXPECT_LT(streamed.find("<a:after/>"), streamed.find("</feed>"));
  EXPECT_EQ(reparse(streamed), reparse(atom));

  // JSON Feed has no place for them: dropped, and said so.
  const Conversion json = convert(r.feed, Format::json_1_1);
  std::size_t said = 0;
  for (const Diagnostic& d : json.notes) {
    if (d.message.find("beside the channel") != std::string::npos) ++said;
  }
  EXPECT_EQ(said, 2u);
}

// Every well-formed RSS 2.0 and Atom 1.0 document under tests/data, whatever test put it there,
// is written back in its own format XML-equivalent to what was read, also where it breaks the
// format's rules: the writer checks what a program builds, never what it read. Each is also a
// fixed point: written again after it is read back, it gives the same bytes.
TEST(RoundTripTest, EveryWellFormedFeedInTestDataIsWrittenAsRead) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(test::data_path(""))) {
    if (entry.is_regular_file()) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  std::size_t tried = 0;
  for (const std::string& file : files) {
    const std::string original = test::read_file(file);
    if (!test::xml_problem(original).empty()) continue;  // not well-formed: repaired, not kept
    const ParseResult r = parse(original);
    if (r.feed.format != Format::rss_2_0 && r.feed.format != Format::atom_1_0) continue;
    if (r.has_errors()) continue;
    SCOPED_TRACE(file);
    ++tried;
    std::string written;
    const Status s =
        r.feed.format == Format::rss_2_0 ? write_rss(r.feed, written) : write_atom(r.feed, written);
    EXPECT_TRUE(s.ok()) << s.message();
    if (s.ok()) {
      EXPECT_EQ(test::xml_difference(original, written), "");
      const Feed back = reparse(written);
      std::string again;
      EXPECT_TRUE((is_rss(back.format) ? write_rss(back, again) : write_atom(back, again)).ok());
      EXPECT_EQ(again, written);
    }
    // Writing adds no error the W3C service's rules would find.
    if (s.ok() && validate(original).valid()) {
      for (const Finding& f : validate(written).findings) {
        EXPECT_NE(f.severity, FindingSeverity::error) << f.code << ": " << f.message;
      }
    }
  }
  EXPECT_GE(tried, 80u);
}

// Inputs the round-trip fuzzer found, or made to pin what it found: whatever was parsed, what
// RSS and Atom write is well-formed, parses cleanly, and writing it again gives the same bytes.
TEST(RoundTripTest, WritingAParsedFeedIsAFixedPoint) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(test::data_path("fixed_point"))) {
    files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 4u);
  for (const std::string& file : files) {
    const ParseResult r = parse(test::read_file(file));
    ASSERT_TRUE(r.ok()) << file;
    for (const bool rss : {true, false}) {
      SCOPED_TRACE(file + (rss ? " as RSS" : " as Atom"));
      WriteOptions options;
      options.allow_missing = true;
      const auto write = [&](const Feed& f) {
        std::string out;
        EXPECT_TRUE((rss ? write_rss(f, out, options) : write_atom(f, out, options)).ok());
        return out;
      };
      const std::string first = write(r.feed);
      EXPECT_EQ(test::xml_problem(first), "");
      const std::string second = write(reparse(first));
      EXPECT_EQ(first, second);
    }
  }
}

TEST(RoundTripTest, TheSeedFeedParsesWithoutADiagnostic) {
  const ParseResult r = parse(test::read_data("alamrafiul-distributed-systems.xml"));
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(r.feed.format, Format::rss_2_0);
  EXPECT_EQ(r.encoding, "utf-8");
  ASSERT_EQ(r.feed.items.size(), 20u);
  EXPECT_EQ(r.feed.channel.title.value, "Distributed-Systems on Rafiul Alam");
  ASSERT_NE(self_link(r.feed.channel), nullptr);
  EXPECT_EQ(self_link(r.feed.channel)->href,
            "https://alamrafiul.com/tags/distributed-systems/index.xml");
  EXPECT_EQ(r.feed.items[0].pub_date.value, make_datetime(2026, 3, 23));
}

}  // namespace
}  // namespace feedpp
