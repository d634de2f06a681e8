// SPDX-License-Identifier: MIT
// convert(): a feed read in one format, made whole for another; the target's writer then
// writes every feed of tests/data, what it writes reads back clean, and a valid feed converts
// into a valid one (validate(): the W3C Feed Validation Service's rules).
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "test_util.hpp"

namespace feedpp {
namespace {

std::vector<std::string> feeds_in_test_data() {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(test::data_path(""))) {
    if (e.is_regular_file() && e.path().extension() == ".xml") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string write_as(const Feed& feed, Format target) {
  std::string out;
  const Status s = is_atom(target)   ? write_atom(feed, out)
                   : is_json(target) ? write_json_feed(feed, out)
                                     : write_rss(feed, out);
  EXPECT_TRUE(s.ok()) << s.message();
  return s.ok() ? out : std::string();
}

// A converted feed, written, breaks none of the W3C Feed Validation Service's rules.
void expect_no_w3c_error(const std::string& written) {
  for (const Finding& f : validate(written).findings) {
    EXPECT_NE(f.severity, FindingSeverity::error) << f.code << ": " << f.message;
  }
}

bool has_note(const Conversion& c, ErrorCode code, std::string_view text) {
  return std::any_of(c.notes.begin(), c.notes.end(), [&](const Diagnostic& d) {
    return d.code == code && d.message.find(text) != std::string::npos;
  });
}

TEST(ConvertTest, TheSameFamilyIsReturnedAsItIs) {
  const Feed seed = test::parse_clean(test::read_data("alamrafiul-distributed-systems.xml"));
  const Conversion c = convert(seed, Format::rss_2_0);
  EXPECT_TRUE(c.ok());
  EXPECT_TRUE(c.notes.empty());
  EXPECT_EQ(c.feed, seed);
}

TEST(ConvertTest, RssToAtomFillsWhatAtomRequiresAndSaysSo) {
  const Feed seed = test::parse_clean(test::read_data("alamrafiul-distributed-systems.xml"));
  std::string plain;
  EXPECT_FALSE(write_atom(seed, plain).ok());  // a model read as RSS is checked as Atom
  const Conversion c = convert(seed, Format::atom_1_0);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c.feed.channel.id, "https://alamrafiul.com/tags/distributed-systems/index.xml");
  ASSERT_FALSE(c.feed.channel.authors.empty());
  bool said_id = false;
  for (const Diagnostic& d : c.notes) {
    EXPECT_EQ(d.severity, Severity::warning);
    said_id |= d.code == ErrorCode::value_filled && d.message.find("<id>") != std::string::npos;
  }
  EXPECT_TRUE(said_id);
  const std::string atom = write_as(c.feed, Format::atom_1_0);
  const ValidationResult v = validate(atom);
  for (const Finding& f : v.findings) {
    EXPECT_NE(f.severity, FindingSeverity::error) << f.code << ": " << f.message;
  }
}

// A feed with no link gets an id of its own: a name-based urn:uuid, the same at every
// conversion, and its entries one each, named in it (a URN takes no fragment).
TEST(ConvertTest, AFeedWithoutLinksGetsANameBasedId) {
  Feed f;
  f.format = Format::rss_2_0;
  f.channel.title = "No links";
  f.channel.description = "none";
  f.items.emplace_back().title = "First";
  f.items.emplace_back().title = "Second";
  const Conversion c = convert(f, Format::atom_1_0);
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE(has_note(c, ErrorCode::value_filled, "Atom <id> made from the feed's title"));
  const std::string id = c.feed.channel.id;
  EXPECT_EQ(id.rfind("urn:uuid:", 0), 0u) << id;
  EXPECT_EQ(convert(f, Format::atom_1_0).feed.channel.id, id);
  Feed renamed = f;
  renamed.channel.title = "Other";
  EXPECT_NE(convert(renamed, Format::atom_1_0).feed.channel.id, id);
  ASSERT_EQ(c.feed.items.size(), 2u);
  EXPECT_EQ(c.feed.items[0].guid.value.rfind("urn:uuid:", 0), 0u);
  EXPECT_NE(c.feed.items[0].guid.value, c.feed.items[1].guid.value);
  const std::string atom = write_as(c.feed, Format::atom_1_0);
  for (const Finding& finding : validate(atom).findings) {
    EXPECT_NE(finding.severity, FindingSeverity::error) << finding.code << ": " << finding.message;
  }
  // Back to RSS, the id is the channel's link: RSS requires one.
  const Conversion back = convert(parse(atom).feed, Format::rss_2_0);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.feed.channel.link, id);
  // Given the document's URL, that is the id.
  ConvertOptions at;
  at.base_url = "https://example.org/feed.xml";
  EXPECT_EQ(convert(f, Format::atom_1_0, at).feed.channel.id, "https://example.org/feed.xml");
}

// A fragment with nothing to fill from (no title, no link, an item of markup alone) still
// converts, each way, into a whole document: the values RSS and Atom require, empty.
TEST(ConvertTest, AFeedThatSaysNothingGetsEmptyRequiredValues) {
  const Feed atom =
      test::parse_clean(R"(<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html">)"
                        R"(&lt;img src="http://e.org/a.png"&gt;</content></entry></feed>)");
  const Conversion rss = convert(atom, Format::rss_2_0);
  ASSERT_TRUE(rss.ok());
  EXPECT_TRUE(has_note(rss, ErrorCode::value_filled, "an empty RSS <title>"));
  EXPECT_TRUE(has_note(rss, ErrorCode::value_filled, "an empty RSS <description>"));
  const Feed back = test::parse_clean(write_as(rss.feed, Format::rss_2_0));
  const Conversion again = convert(back, Format::atom_1_0);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(has_note(again, ErrorCode::value_filled, "entry 1: an empty Atom <title>"));
  EXPECT_FALSE(write_as(again.feed, Format::atom_1_0).empty());
  const Conversion json = convert(atom, Format::json_1_1);
  ASSERT_TRUE(json.ok());
  EXPECT_TRUE(has_note(json, ErrorCode::value_filled, "an empty JSON Feed \"title\""));
  EXPECT_FALSE(write_as(json.feed, Format::json_1_1).empty());
}

// A date the parser could not read is no date in the other format: dropped, said so, and the
// required one filled from the dates there are.
TEST(ConvertTest, UnreadableDatesAreDroppedNotCopied) {
  const ParseResult r = parse(
      R"(<rss version="2.0"><channel><title>t</title><link>http://a.example/</link>)"
      R"(<description>d</description><lastBuildDate>someday</lastBuildDate><item><title>x</title>)"
      R"(<guid>http://a.example/1</guid><pubDate>garbage</pubDate></item><item><title>y</title>)"
      R"(<guid>http://a.example/2</guid><pubDate>Sat, 07 Sep 2002 00:00:01 GMT</pubDate>)"
      R"(</item></channel></rss>)");
  const Conversion atom = convert(r.feed, Format::atom_1_0);
  ASSERT_TRUE(atom.ok());
  EXPECT_TRUE(has_note(atom, ErrorCode::value_dropped, "<lastBuildDate> \"someday\""));
  EXPECT_TRUE(has_note(atom, ErrorCode::value_dropped, "item 1: <pubDate> \"garbage\""));
  const std::string written = write_as(atom.feed, Format::atom_1_0);
  EXPECT_EQ(written.find("garbage"), std::string::npos) << written;
  EXPECT_EQ(written.find("someday"), std::string::npos) << written;
  EXPECT_EQ(written.find("<published/>"), std::string::npos) << written;
  EXPECT_NE(written.find("<updated>2002-09-07T00:00:01Z</updated>"), std::string::npos) << written;
  expect_no_w3c_error(written);
}

// RSS 1.0's cc:license has no place in Atom; Userland's creativeCommons:license does.
TEST(ConvertTest, CcLicensesBecomeCreativeCommonsLicensesInAtom) {
  const ParseResult r =
      parse(R"(<rss version="2.0" xmlns:cc="http://web.resource.org/cc/" )"
            R"(xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel><title>t</title>)"
            R"(<link>http://a.example/</link><description>d</description><item><title>x</title>)"
            R"(<guid>http://a.example/1</guid><pubDate>Sat, 07 Sep 2002 00:00:01 GMT</pubDate>)"
            R"(<cc:license rdf:resource="http://creativecommons.org/licenses/by/4.0/"/></item>)"
            R"(</channel></rss>)");
  const Conversion atom = convert(r.feed, Format::atom_1_0);
  ASSERT_TRUE(atom.ok());
  EXPECT_TRUE(has_note(atom, ErrorCode::value_filled, "entry 1: <creativeCommons:license>"));
  ASSERT_TRUE(atom.feed.items[0].creative_commons);
  EXPECT_TRUE(atom.feed.items[0].creative_commons->cc_licenses.empty());
  EXPECT_EQ(atom.feed.items[0].creative_commons->licenses,
            std::vector<std::string>{"http://creativecommons.org/licenses/by/4.0/"});
  const std::string written = write_as(atom.feed, Format::atom_1_0);
  expect_no_w3c_error(written);
}

// RSS has no xml:base, so its URLs are absolute: a relative link resolves against the
// document's URL, else against the feed's web link, the nearest there is, and says so.
TEST(ConvertTest, RelativeLinksInRssStandOnTheDocumentOrTheFeedsLink) {
  const Feed atom = test::parse_clean(
      R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>)"
      R"(<updated>2002-09-07T00:00:01Z</updated><author><name>a</name></author>)"
      R"(<link href="http://example.org/"/><entry><title>x</title><id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>)"
      R"(<updated>2002-09-07T00:00:01Z</updated><link href="/2003/post"/></entry></feed>)");
  const Conversion guessed = convert(atom, Format::rss_2_0);
  ASSERT_TRUE(guessed.ok());
  EXPECT_EQ(guessed.feed.items[0].link, "http://example.org/2003/post");
  EXPECT_TRUE(has_note(guessed, ErrorCode::value_filled, "1 relative link(s) resolved against"));
  ConvertOptions options;
  options.base_url = "http://feeds.example/a/feed.atom";
  const Conversion told = convert(atom, Format::rss_2_0, options);
  ASSERT_TRUE(told.ok());
  EXPECT_EQ(told.feed.items[0].link, "http://feeds.example/2003/post");
  EXPECT_FALSE(has_note(told, ErrorCode::value_filled, "relative link(s)"));
  expect_no_w3c_error(write_as(guessed.feed, Format::rss_2_0));
}

// Atom lets an entry's revisions share an id; RSS's guids are unique, so a repeat is dropped.
TEST(ConvertTest, ARepeatedIdGivesRssOneGuid) {
  const Feed atom = test::parse_clean(
      R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><link href="http://a.example/"/>)"
      R"(<id>http://a.example/</id><updated>2002-09-07T00:00:01Z</updated><author><name>a</name>)"
      R"(</author><entry><title>x</title><id>http://a.example/1</id>)"
      R"(<updated>2002-09-07T00:00:01Z</updated></entry><entry><title>x2</title>)"
      R"(<id>http://a.example/1</id><updated>2002-09-08T00:00:01Z</updated></entry></feed>)");
  const Conversion rss = convert(atom, Format::rss_2_0);
  ASSERT_TRUE(rss.ok());
  ASSERT_EQ(rss.feed.items.size(), 2u);
  EXPECT_EQ(rss.feed.items[0].guid.value, "http://a.example/1");
  EXPECT_TRUE(rss.feed.items[1].guid.value.empty());
  EXPECT_TRUE(has_note(rss, ErrorCode::value_dropped, "item 2: <guid>"));
  const std::string written = write_as(rss.feed, Format::rss_2_0);
  expect_no_w3c_error(written);
  // Streamed, item by item, the converter remembers the guids it gave.
  std::string streamed;
  StringSink sink(streamed);
  StreamConverter converter(sink, Format::rss_2_0);
  Feed head = atom;
  head.items.clear();
  ASSERT_TRUE(converter.begin(head).ok());
  for (Item item : atom.items) ASSERT_TRUE(converter.add(item).ok());
  ASSERT_TRUE(converter.end(head).ok());
  EXPECT_EQ(streamed, written);
}

// RSS's URLs are URIs: an Atom feed's IRIs become the URIs they map to (RFC 3987), noted, and
// its enclosure links RSS enclosures; the streamed conversion does the same.
TEST(ConvertTest, IrisBecomeUrisAndEnclosureLinksEnclosuresInRss) {
  const std::string original = test::read_data("atom/iri.xml");
  const Feed atom = test::parse_clean(original);
  const Conversion rss = convert(atom, Format::rss_2_0);
  ASSERT_TRUE(rss.ok());
  EXPECT_EQ(rss.feed.channel.link, "http://www.xn--8ws00zhy3a.com/atomtests/iri/");
  ASSERT_EQ(rss.feed.items.size(), 4u);
  EXPECT_EQ(rss.feed.items[0].link, "http://www.xn--8ws00zhy3a.com/atomtests/iri/%E8%A9%B9.html");
  // The alternate link that repeats it with it, so that Atom knows them for one; the others,
  // Atom's own, stay IRIs.
  EXPECT_EQ(rss.feed.items[0].links[0].href, rss.feed.items[0].link);
  EXPECT_EQ(rss.feed.items[0].links[1].href, "http://www.詹姆斯.com/atomtests/iri/詹.html");
  EXPECT_TRUE(has_note(rss, ErrorCode::value_filled, "the channel: 1 IRI(s)"));
  EXPECT_TRUE(has_note(rss, ErrorCode::value_filled, "item 1: 1 IRI(s)"));
  const Item& podcast = rss.feed.items[3];
  ASSERT_EQ(podcast.enclosures.size(), 1u);
  EXPECT_EQ(podcast.enclosures[0].url, "http://www.xn--8ws00zhy3a.com/atomtests/iri/%E8%A9%B9.mp3");
  EXPECT_EQ(podcast.enclosures[0].length, "49703");
  EXPECT_EQ(podcast.enclosures[0].type, "audio/mpeg");
  EXPECT_TRUE(podcast.links.empty());
  const std::string written = write_as(rss.feed, Format::rss_2_0);
  expect_no_w3c_error(written);

  std::string streamed;
  StringSink sink(streamed);
  StreamConverter converter(sink, Format::rss_2_0);
  StreamHandler handler;
  handler.on_channel = [&](const Feed& head) { (void)converter.begin(head); };
  handler.on_item = [&](Item& item) { (void)converter.add(item); };
  StreamParser parser(handler);
  parser.write(original);
  ASSERT_TRUE(converter.end(parser.finish().feed).ok());
  EXPECT_EQ(streamed, written);

  // Back in Atom, the enclosure is a link again.
  const Conversion back = convert(parse(written).feed, Format::atom_1_0);
  ASSERT_TRUE(back.ok());
  ASSERT_EQ(back.feed.items[3].enclosures.size(), 1u);
  const std::string again = write_as(back.feed, Format::atom_1_0);
  EXPECT_NE(again.find(R"(rel="enclosure")"), std::string::npos);
  expect_no_w3c_error(again);
}

// An Atom source names its feed by a link, or by nothing; RSS's names it by its URL.
TEST(ConvertTest, AnAtomSourceGivesRssItsUrlOrIsDropped) {
  const Feed atom = test::parse_clean(
      R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>)"
      R"(<updated>2024-01-01T00:00:00Z</updated><author><name>A</name></author>)"
      R"(<entry><title>a</title><id>urn:x:2</id><updated>2024-01-01T00:00:00Z</updated>)"
      R"(<source><title>S</title><link rel="self" href="http://s.example/feed"/></source></entry>)"
      R"(<entry><title>b</title><id>urn:x:3</id><updated>2024-01-01T00:00:00Z</updated>)"
      R"(<source><id>urn:x:4</id></source></entry></feed>)");
  const Conversion c = convert(atom, Format::rss_2_0);
  ASSERT_TRUE(c.ok());
  ASSERT_EQ(c.feed.items.size(), 2u);
  ASSERT_TRUE(c.feed.items[0].source);
  EXPECT_EQ(c.feed.items[0].source->url, "http://s.example/feed");
  EXPECT_FALSE(c.feed.items[1].source);
  EXPECT_TRUE(has_note(c, ErrorCode::value_dropped, "item 2: a <source> without a URL"));
  const std::string rss = write_as(c.feed, Format::rss_2_0);
  EXPECT_NE(rss.find(R"(<source url="http://s.example/feed">S</source>)"), std::string::npos)
      << rss;
  EXPECT_EQ(rss.find(R"(<source url="")"), std::string::npos) << rss;
}

// <rss> with neither a channel nor items (a redirect notice) is no feed: an error, no document.
TEST(ConvertTest, ADocumentWithoutAChannelIsNoFeed) {
  const ParseResult r = parse(test::read_data("rss/without-channel.xml"));
  ASSERT_TRUE(r.ok());
  for (const Format target : {Format::atom_1_0, Format::json_1_1}) {
    const Conversion c = convert(r.feed, target);
    EXPECT_FALSE(c.ok());
    EXPECT_TRUE(has_note(c, ErrorCode::missing_element, "no <channel> and no items"));
    std::string out;  // and the target's writer refuses it too
    EXPECT_FALSE((is_atom(target) ? write_atom(c.feed, out) : write_json_feed(c.feed, out)).ok());
  }
}

// Relative links make the Atom ids against the xml:base they stand on: the feed's self link
// against the root's base, an entry's link against its own.
TEST(ConvertTest, RelativeLinksMakeIdsAgainstTheirBase) {
  const Conversion c = convert(
      parse(test::read_data("golden/rss20-relative-urls-xml-base.xml")).feed, Format::atom_1_0);
  EXPECT_TRUE(c.ok());
  EXPECT_EQ(c.feed.channel.id, "http://static.example.com/site/feed.xml");
  ASSERT_FALSE(c.feed.items.empty());
  EXPECT_EQ(c.feed.items[0].guid.value,
            "http://static.example.com/site/blog/2024/relative-post.html");
  std::string atom;
  ASSERT_TRUE(write_atom(c.feed, atom).ok());
  for (const Finding& f : validate(atom).findings) {
    EXPECT_NE(f.severity, FindingSeverity::error) << f.code << ": " << f.message;
  }
}

// Each RSS 2.0 and Atom 1.0 feed of tests/data goes to the other format and back, whole each
// time: the writers accept what convert() made, and it reads back without an error.
TEST(ConvertTest, EveryFeedInTestDataGoesThereAndBack) {
  std::size_t converted = 0;
  std::size_t valid = 0;
  for (const std::string& file : feeds_in_test_data()) {
    const ParseResult r = parse(test::read_file(file));
    if (r.feed.format != Format::rss_2_0 && r.feed.format != Format::atom_1_0) continue;
    if (r.has_errors()) continue;
    SCOPED_TRACE(file);
    const Format other = is_rss(r.feed.format) ? Format::atom_1_0 : Format::rss_2_0;
    // No feed to convert (ConvertTest.ADocumentWithoutAChannelIsNoFeed).
    if (!r.feed.channel.has_element && r.feed.items.empty()) continue;
    const Conversion there = convert(r.feed, other);
    ASSERT_TRUE(there.ok());
    const std::string first = write_as(there.feed, other);
    ASSERT_FALSE(first.empty());
    const ParseResult back = parse(first);
    EXPECT_FALSE(back.has_errors()) << first;
    // A valid feed, by the W3C service's rules, is converted into a valid feed.
    if (validate(test::read_file(file)).valid()) {
      const ValidationResult checked = validate(first);
      for (const Finding& f : checked.findings) {
        EXPECT_NE(f.severity, FindingSeverity::error) << f.code << ": " << f.message << "\n"
                                                      << first;
      }
      ++valid;
    }
    const Conversion again = convert(back.feed, r.feed.format);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(write_as(again.feed, r.feed.format).empty());
    ++converted;
  }
  EXPECT_GE(converted, 110u);
  EXPECT_GE(valid, 40u);
}

// RSS 1.0 is read into the model and written as RSS 2.0 (its own family) or Atom, neither of
// which has RSS 1.0's references to its items, image and text input (2,000 rdf:li for a feed of
// 2,000 items): none is written, and the W3C rules find none.
TEST(ConvertTest, Rss10ReferencesAreNotWrittenInRssOrAtom) {
  std::size_t read = 0;
  for (const std::string& file : feeds_in_test_data()) {
    const std::string text = test::read_file(file);
    const ParseResult r = parse(text);
    if (r.feed.format != Format::rss_1_0 || r.has_errors()) continue;
    SCOPED_TRACE(file);
    for (const Format target : {Format::rss_2_0, Format::atom_1_0}) {
      const Conversion c = convert(r.feed, target);
      ASSERT_TRUE(c.ok());
      const std::string written = write_as(c.feed, target);
      EXPECT_EQ(written.find("rdf:li"), std::string::npos) << written;
      EXPECT_EQ(written.find("<items"), std::string::npos) << written;
      for (const Finding& f : validate(written).findings) {
        for (const char* reference : {"rss1:items", "rss1:image", "rss1:textinput"}) {
          EXPECT_EQ(f.message.find(reference), std::string::npos) << f.message << "\n" << written;
        }
      }
    }
    ++read;
  }
  EXPECT_GE(read, 8u);
}

// An RSS 1.0 element kept as an extension (a <title> beside the <dc:title> that took its place)
// is written into RSS 2.0 as RSS's own, and the feed has its <title>; Atom has no place for it.
TEST(ConvertTest, Rss10ElementsKeptAsExtensionsAreRss20sOwn) {
  const std::string rdf = R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel rdf:about="https://example.com/">
      <title>Plain</title><link>https://example.com/</link><description>D</description>
      <dc:title>In DC</dc:title>
      <items><rdf:Seq><rdf:li rdf:resource="https://example.com/1"/></rdf:Seq></items>
    </channel>
    <item rdf:about="https://example.com/1"><title>One</title><link>https://example.com/1</link>
      <description>RSS</description><dc:description>DC</dc:description></item>
  </rdf:RDF>)";
  ASSERT_TRUE(validate(rdf).valid());
  const ParseResult r = parse(rdf);
  const std::string rss = write_as(convert(r.feed, Format::rss_2_0).feed, Format::rss_2_0);
  EXPECT_NE(rss.find("<title>Plain</title>"), std::string::npos) << rss;
  EXPECT_NE(rss.find("<description>RSS</description>"), std::string::npos) << rss;
  EXPECT_EQ(rss.find("purl.org/rss/1.0/"), std::string::npos) << rss;
  expect_no_w3c_error(rss);
  const Conversion atom = convert(r.feed, Format::atom_1_0);
  EXPECT_TRUE(has_note(atom, ErrorCode::value_dropped, "the channel's <title> has no namespace"));
  expect_no_w3c_error(write_as(atom.feed, Format::atom_1_0));
}

TEST(ConvertTest, RssToJsonFeedGivesEachItemItsContent) {
  const Feed seed = test::parse_clean(test::read_data("alamrafiul-distributed-systems.xml"));
  const Conversion c = convert(seed, Format::json_1_1);
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE(has_note(c, ErrorCode::value_filled, "item 1: JSON Feed \"content_html\""));
  const std::string json = write_as(c.feed, Format::json_1_1);
  const Feed back = test::parse_clean(json);
  EXPECT_EQ(back.format, Format::json_1_1);
  ASSERT_EQ(back.items.size(), seed.items.size());
  for (std::size_t i = 0; i < seed.items.size(); ++i) {
    EXPECT_EQ(back.items[i].content.value, seed.items[i].description.value);
    EXPECT_EQ(back.items[i].content.type, "html");
    EXPECT_EQ(alternate_link(back.items[i]), alternate_link(seed.items[i]));
  }
}

// JSON Feed has no xml:base: an Atom feed's URLs relative to one are resolved against it (links,
// attachments, people, and the href and src in HTML), so that they still point where they did.
TEST(ConvertTest, AtomToJsonFeedResolvesWhatXmlBaseSaid) {
  const ParseResult r = parse(test::read_data("golden/atom10-base-lang.xml"));
  ASSERT_FALSE(r.has_errors());
  const Conversion c = convert(r.feed, Format::json_1_1);
  ASSERT_TRUE(c.ok());
  const Channel& ch = c.feed.channel;
  EXPECT_EQ(alternate_link(ch), "http://example.org/blog/");
  EXPECT_EQ(ch.logo, "http://example.org/blog/images/logo.png");
  ASSERT_FALSE(ch.authors.empty());
  EXPECT_EQ(ch.authors[0].uri, "http://example.org/blog/about/editor");
  ASSERT_GE(c.feed.items.size(), 2u);
  const Item& first = c.feed.items[0];
  EXPECT_EQ(alternate_link(first), "http://example.org/blog/2024/05/first-post.html");
  EXPECT_NE(first.content.value.find("src=\"http://cdn.example.net/assets/pic.jpg\""),
            std::string::npos)
      << first.content.value;
  const std::string json = write_as(c.feed, Format::json_1_1);
  EXPECT_NE(json.find(R"("http://example.org/blog/media/diagram.png")"), std::string::npos) << json;
  EXPECT_EQ(alternate_link(c.feed.items[1]), "http://example.org/absolute-path");
}

// Without an xml:base or the document's URL, a relative URL means in JSON Feed what it meant in
// the source (relative to the document): kept as it is, and the HTML with it.
TEST(ConvertTest, RelativeUrlsWithoutABaseStayRelativeInJsonFeed) {
  const ParseResult r = parse(R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
    <id>urn:x</id><updated>2025-01-01T00:00:00Z</updated><link href="index.html"/>
    <entry><id>urn:x:1</id><title>E</title><updated>2025-01-01T00:00:00Z</updated>
      <link href="one.html"/><content type="html">&lt;a href='two.html'&gt;it&amp;#39;s&lt;/a&gt;</content>
    </entry></feed>)");
  const Conversion c = convert(r.feed, Format::json_1_1);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(alternate_link(c.feed.channel), "index.html");
  ASSERT_EQ(c.feed.items.size(), 1u);
  EXPECT_EQ(alternate_link(c.feed.items[0]), "one.html");
  EXPECT_EQ(c.feed.items[0].content.value, "<a href='two.html'>it&#39;s</a>");
  ConvertOptions at;
  at.base_url = "https://example.com/feeds/atom.xml";
  const Conversion known = convert(r.feed, Format::json_1_1, at);
  EXPECT_EQ(alternate_link(known.feed.items[0]), "https://example.com/feeds/one.html");
}

// RSS's <author> is an e-mail address, which JSON Feed writes as the author's mailto: "url":
// back in RSS it is the <author> again (the channel's <managingEditor>), and in Atom the
// author's <email>; neither an <atom:author> without a name nor a <uri> that is an address.
TEST(ConvertTest, AMailtoAuthorIsAnAddressAgainInRssAndAtom) {
  const std::string rss = R"(<rss version="2.0"><channel><title>T</title>
    <link>https://example.com/</link><description>D</description>
    <item><title>I</title><link>https://example.com/1</link><guid>https://example.com/1</guid>
      <author>user@example.com (User)</author></item>
    <item><title>J</title><link>https://example.com/2</link><guid>https://example.com/2</guid>
      <author>user@example.com</author></item></channel></rss>)";
  const Conversion json = convert(parse(rss).feed, Format::json_1_1);
  ASSERT_TRUE(json.ok());
  const std::string text = write_as(json.feed, Format::json_1_1);
  ASSERT_NE(text.find("mailto:user@example.com"), std::string::npos) << text;
  const Feed read = test::parse_clean(text);
  const Conversion back = convert(read, Format::rss_2_0);
  ASSERT_TRUE(back.ok());
  ASSERT_EQ(back.feed.items.size(), 2u);
  EXPECT_EQ(back.feed.items[1].author, "user@example.com");
  EXPECT_TRUE(back.feed.items[1].authors.empty());
  EXPECT_TRUE(has_note(back, ErrorCode::value_filled, "item 2: RSS <author> from an author"));
  const std::string written = write_as(back.feed, Format::rss_2_0);
  EXPECT_NE(written.find("<author>user@example.com</author>"), std::string::npos) << written;
  expect_no_w3c_error(written);
  const Conversion atom = convert(read, Format::atom_1_0);
  ASSERT_TRUE(atom.ok());
  ASSERT_EQ(atom.feed.items[1].authors.size(), 1u);
  EXPECT_EQ(atom.feed.items[1].authors[0].email, "user@example.com");
  EXPECT_EQ(atom.feed.items[1].authors[0].uri, "");
  expect_no_w3c_error(write_as(atom.feed, Format::atom_1_0));
  // The feed's author likewise: RSS's channel has <managingEditor> for an address.
  Feed channel = read;
  channel.channel.authors = {Person{}};
  channel.channel.authors[0].uri = "mailto:boss@example.com";
  const Conversion editor = convert(channel, Format::rss_2_0);
  EXPECT_EQ(editor.feed.channel.managing_editor, "boss@example.com");
  EXPECT_TRUE(editor.feed.channel.authors.empty());
  expect_no_w3c_error(write_as(editor.feed, Format::rss_2_0));
  // A url with several addresses or headers is no one address: it stays a url.
  Feed many = read;
  many.items[1].authors[0].uri = "mailto:a@example.com,b@example.com";
  EXPECT_EQ(convert(many, Format::atom_1_0).feed.items[1].authors[0].uri,
            "mailto:a@example.com,b@example.com");
}

// An Atom id made from a link that is an IRI is that link's URI (the W3C rules reject an IRI
// there): JSON Feed has no feed id, and an item's url may be all it has.
TEST(ConvertTest, AnAtomIdMadeFromAnIriIsItsUri) {
  const Feed json = test::parse_clean(R"({"version": "https://jsonfeed.org/version/1.1",
    "title": "T", "feed_url": "http://詹姆斯.example/feed.json",
    "items": [{"id": "1", "url": "http://詹姆斯.example/é", "content_text": "x"}]})");
  const Conversion c = convert(json, Format::atom_1_0);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c.feed.channel.id, "http://xn--8ws00zhy3a.example/feed.json");
  ASSERT_EQ(c.feed.items.size(), 1u);
  EXPECT_EQ(c.feed.items[0].guid.value, "http://xn--8ws00zhy3a.example/%C3%A9");
  expect_no_w3c_error(write_as(c.feed, Format::atom_1_0));
}

TEST(ConvertTest, AnItemWithNothingGetsAnIdAndAnEmptyContentText) {
  const Feed feed = test::parse_clean(
      "<rss version=\"2.0\"><channel><title>T</title><link>https://e.org/</link>"
      "<description>D</description><item><title>Just a title</title></item>"
      "<item><description>&lt;b&gt;Bold&lt;/b&gt;</description><comments>x</comments></item>"
      "</channel></rss>");
  const Conversion c = convert(feed, Format::json_1_1);
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE(has_note(c, ErrorCode::value_filled, "item 1: an empty JSON Feed \"content_text\""));
  EXPECT_TRUE(has_note(c, ErrorCode::value_filled, "item 1: JSON Feed \"id\" made from"));
  const Feed back = test::parse_clean(write_as(c.feed, Format::json_1_1));
  ASSERT_EQ(back.items.size(), 2U);
  EXPECT_EQ(back.items[0].guid.value, "https://e.org/#1");
  EXPECT_EQ(back.items[0].title.value, "Just a title");
  EXPECT_EQ(back.items[1].content.value, "<b>Bold</b>");
  // Without a link of the feed's, each gets a name-based urn:uuid of its own.
  Feed bare = feed;
  bare.channel.link.clear();
  const Conversion named = convert(bare, Format::json_1_1);
  ASSERT_TRUE(named.ok());
  EXPECT_EQ(named.feed.items[0].guid.value.rfind("urn:uuid:", 0), 0u);
  EXPECT_NE(named.feed.items[0].guid.value, named.feed.items[1].guid.value);
  EXPECT_FALSE(write_as(named.feed, Format::json_1_1).empty());
}

TEST(ConvertTest, JsonFeedToRssAndAtomIsWhole) {
  const Feed json = test::parse_clean(test::read_data("json/microblog-1.0.json"));
  for (const Format target : {Format::rss_2_0, Format::atom_1_0}) {
    SCOPED_TRACE(to_string(target));
    const Conversion c = convert(json, target);
    ASSERT_TRUE(c.ok());
    const std::string xml = write_as(c.feed, target);
    const Feed back = test::parse_clean(xml);
    ASSERT_EQ(back.items.size(), json.items.size());
    EXPECT_EQ(alternate_link(back.items[0]), alternate_link(json.items[0]));
  }
}

TEST(ConvertTest, EveryFeedInTestDataIsWrittenAsJsonFeedAndBack) {
  std::size_t converted = 0;
  std::size_t back_again = 0;
  for (const std::string& file : feeds_in_test_data()) {
    const ParseResult r = parse(test::read_file(file));
    if (!is_rss(r.feed.format) && !is_atom(r.feed.format)) continue;
    if (r.has_errors()) continue;
    SCOPED_TRACE(file);
    const Conversion there = convert(r.feed, Format::json_1_1);
    if (!there.ok()) continue;  // nothing to make an id from (said in the notes)
    const std::string json = write_as(there.feed, Format::json_1_1);
    ASSERT_FALSE(json.empty());
    const ParseResult back = parse(json);
    EXPECT_FALSE(back.has_errors()) << json;
    ASSERT_EQ(back.feed.items.size(), r.feed.items.size());
    const Format xml = is_rss(r.feed.format) ? Format::rss_2_0 : Format::atom_1_0;
    const Conversion again = convert(back.feed, xml);
    ++converted;
    // A feed without a link (and, from Atom, whose id JSON Feed has no place for) has nothing
    // to make RSS's <link> or Atom's <id> from: refused, and said.
    if (!again.ok()) {
      EXPECT_TRUE(has_note(again, ErrorCode::missing_element, "no "));
      EXPECT_TRUE(r.feed.channel.link.empty() || is_atom(r.feed.format));
      continue;
    }
    EXPECT_FALSE(write_as(again.feed, xml).empty());
    ++back_again;
  }
  EXPECT_GE(converted, 80u);
  EXPECT_GE(back_again, 80u);
}

// Attributes the model does not name belong to their format's elements: dropped, and said.
TEST(ConvertTest, KeptAttributesAreDroppedForAnotherFormat) {
  const Feed rss = test::parse_clean(test::read_data("roundtrip/rss-attributes.xml"));
  ASSERT_FALSE(rss.items.at(0).attributes.empty());
  const Conversion atom = convert(rss, Format::atom_1_0);
  EXPECT_TRUE(atom.feed.channel.attributes.empty());
  EXPECT_TRUE(atom.feed.items[0].attributes.empty());
  EXPECT_TRUE(has_note(atom, ErrorCode::value_dropped, "attribute(s) the model does not name"));
  EXPECT_EQ(convert(rss, Format::rss_2_0).feed, rss);  // its own format: kept
}

}  // namespace
}  // namespace feedpp

namespace feedpp {
namespace {

// StreamConverter writes what convert() and the target's writer write, item by item, but for
// what only the items together say: an Atom <updated> from the newest item, namespaces that
// only items after the first use (declared on their elements instead of the root), names the
// items spell otherwise than their vocabulary, and channel elements after the first item.
TEST(StreamConverterTest, WritesWhatConvertAndTheWriterWrite) {
  std::size_t same = 0;
  // One clock for both: a feed with no date at all takes `now`, and the two runs may straddle
  // a second.
  ConvertOptions options;
  options.now = Timestamp(std::chrono::seconds(1'700'000'000));
  for (const std::string& path : feeds_in_test_data()) {
    const ParseResult parsed = parse(test::read_file(path));
    if (parsed.has_errors() || !parsed.complete() || parsed.feed.format == Format::unknown) {
      continue;
    }
    for (const Format target : {Format::rss_2_0, Format::atom_1_0, Format::json_1_1}) {
      SCOPED_TRACE(path + " to " + std::string(to_string(target)));
      const Conversion c = convert(parsed.feed, target, options);
      std::string whole;
      const Status whole_status = is_atom(target)   ? write_atom(c.feed, whole)
                                  : is_json(target) ? write_json_feed(c.feed, whole)
                                                    : write_rss(c.feed, whole);
      std::string streamed;
      StringSink sink(streamed);
      StreamConverter converter(sink, target, {}, options);
      StreamHandler handler;
      handler.on_item = [&](Item& item) { (void)converter.add(item); };
      Channel head_channel;
      std::size_t head_spellings = 0;
      handler.on_channel = [&](const Feed& head) {
        (void)converter.begin(head);
        head_channel = head.channel;
        head_spellings = head.spellings.size();
      };
      StreamParser parser(handler);
      parser.write(test::read_file(path));
      const ParseResult end = parser.finish();
      const Status status = converter.end(end.feed);
      EXPECT_EQ(status.ok(), whole_status.ok() && c.ok()) << status.message();
      if (!status.ok()) continue;
      if (!is_json(target)) {
        EXPECT_EQ(test::xml_problem(streamed), "");
      }
      bool from_items = false;
      for (const Diagnostic& d : c.notes) {
        from_items |= d.message.find("newest item") != std::string::npos;
      }
      bool dropped_late = false;
      for (const Diagnostic& d : converter.notes()) {
        dropped_late |= d.message.find("after its first item") != std::string::npos;
      }
      // Written as read, they are written after the items; a conversion drops them, noted.
      const bool as_read = (is_rss(target) && is_rss(end.feed.format)) ||
                           (is_atom(target) && is_atom(end.feed.format));
      const bool written_late = as_read && end.feed.channel.order.contains(ChannelElement::items);
      EXPECT_EQ(dropped_late, !(head_channel == end.feed.channel) && !written_late);
      // Names the items spell otherwise than their vocabulary: the writer started without them.
      const bool item_spellings = parsed.feed.spellings.size() != head_spellings;
      if (from_items || dropped_late || item_spellings) continue;
      if (streamed == whole) {
        ++same;
      } else {
        // Then only declarations moved: the two read back as the same model.
        EXPECT_EQ(test::model_difference(parse(streamed).feed, parse(whole).feed), "");
      }
    }
  }
  EXPECT_GT(same, 300u);
}

}  // namespace
}  // namespace feedpp
