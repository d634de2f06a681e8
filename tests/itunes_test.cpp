// SPDX-License-Identifier: MIT
// The iTunes vocabulary (include/feedpp/ext/itunes.hpp): read from feeds in the shapes podcast
// hosts write, with the DTD URI in any case and values in any case; written by RssWriter and
// AtomWriter under the canonical URI; round trips.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <chrono>
#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

using std::chrono::seconds;

const Extension* find_extension(const std::vector<Extension>& list, std::string_view name) {
  for (const Extension& e : list) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

// --- reading -------------------------------------------------------------------------------

TEST(ItunesTest, ReadsEveryChannelTagOfALibsynShow) {
  const Feed f = test::parse_clean(test::read_data("itunes/libsyn.xml"));
  ASSERT_TRUE(f.channel.itunes);
  const ItunesChannel& it = *f.channel.itunes;
  ASSERT_TRUE(it.image);
  EXPECT_EQ(it.image->href, "https://static.libsyn.example/p/assets/4/2/gardenshed-3000.jpg");
  ASSERT_EQ(it.categories.size(), 2u);
  EXPECT_EQ(it.categories[0].text, "Leisure");
  ASSERT_EQ(it.categories[0].subcategories.size(), 1u);
  EXPECT_EQ(it.categories[0].subcategories[0].text, "Home & Garden");
  EXPECT_EQ(it.categories[1].text, "Education");
  EXPECT_TRUE(it.categories[1].subcategories.empty());
  EXPECT_EQ(it.explicit_content.value, ItunesExplicit::no);
  EXPECT_EQ(it.explicit_content.text, "false");
  EXPECT_EQ(it.author, "Pat Hoe and Sam Rake");
  EXPECT_EQ(it.title, "Garden Shed Radio");
  EXPECT_EQ(it.type.value, ItunesType::episodic);
  ASSERT_TRUE(it.owner);
  EXPECT_EQ(it.owner->name, "Pat Hoe");
  EXPECT_EQ(it.owner->email, "hello@gardenshed.example");
  EXPECT_EQ(it.new_feed_url, "https://feeds.libsyn.example/104268/rss");
  EXPECT_EQ(it.block.value, false);
  EXPECT_EQ(it.block.text, "No");
  EXPECT_EQ(it.complete.value, false);
  EXPECT_EQ(it.subtitle, "Growing your own, badly");
  EXPECT_EQ(it.summary,
            "Two friends, one allotment and a lot of slugs. A weekly show about growing your own "
            "food.");
  EXPECT_EQ(it.keywords, "gardening,allotment,vegetables,compost");
  EXPECT_EQ(it.apple_podcasts_verify, "6c1f5a1e-2b7d-4c1e-9a55-0d3b4e8f1a2c");
  // Typed, so none of them is left as an extension; RSS's own elements are where they were.
  EXPECT_TRUE(f.channel.extensions.empty());
  EXPECT_EQ(f.channel.title.value, "Garden Shed Radio");
  EXPECT_EQ(f.channel.language, "en");
}

TEST(ItunesTest, ReadsEveryEpisodeTag) {
  const Feed f = test::parse_clean(test::read_data("itunes/libsyn.xml"));
  ASSERT_EQ(f.items.size(), 2u);
  ASSERT_TRUE(f.items[0].itunes);
  const ItunesItem& ep = *f.items[0].itunes;
  EXPECT_EQ(ep.title, "Slugs, Again");
  EXPECT_EQ(ep.episode.value, 42);
  EXPECT_EQ(ep.season.value, 3);
  EXPECT_EQ(ep.episode_type.value, ItunesEpisodeType::full);
  EXPECT_EQ(ep.duration.value, seconds(42 * 60 + 17));
  EXPECT_EQ(ep.duration.text, "00:42:17");
  ASSERT_TRUE(ep.image);
  EXPECT_EQ(ep.image->href, "https://static.libsyn.example/p/assets/4/2/ep42.jpg");
  EXPECT_EQ(ep.explicit_content.value, ItunesExplicit::no);
  EXPECT_EQ(ep.block.value, false);
  EXPECT_EQ(ep.author, "Pat Hoe");
  EXPECT_EQ(ep.subtitle, "Beer traps, copper tape and a hedgehog");
  EXPECT_EQ(ep.summary, "Beer traps, copper tape and a hedgehog called Gordon.");
  EXPECT_EQ(ep.keywords, "slugs,pests,hedgehogs");
  EXPECT_EQ(ep.is_closed_captioned.value, false);
  EXPECT_EQ(ep.order_number.value, 42);
  EXPECT_TRUE(f.items[0].extensions.empty());
  // The enclosure Apple requires stays RSS's.
  ASSERT_EQ(f.items[0].enclosures.size(), 1u);
  EXPECT_EQ(f.items[0].enclosures[0].length, "40582912");

  ASSERT_TRUE(f.items[1].itunes);
  const ItunesItem& trailer = *f.items[1].itunes;
  EXPECT_EQ(trailer.episode_type.value, ItunesEpisodeType::trailer);
  EXPECT_EQ(trailer.duration.value, seconds(114));
  EXPECT_FALSE(trailer.episode);
  EXPECT_FALSE(trailer.image);
}

TEST(ItunesTest, ReadsABuzzsproutSerial) {
  const Feed f = test::parse_clean(test::read_data("itunes/buzzsprout.xml"));
  ASSERT_TRUE(f.channel.itunes);
  EXPECT_EQ(f.channel.itunes->type.value, ItunesType::serial);
  EXPECT_EQ(f.channel.itunes->explicit_content.value, ItunesExplicit::yes);
  EXPECT_EQ(f.channel.itunes->complete.value, true);
  EXPECT_EQ(f.channel.itunes->complete.text, "Yes");
  ASSERT_TRUE(f.channel.itunes->owner);
  EXPECT_EQ(f.channel.itunes->owner->name, "Northlight Audio");
  EXPECT_EQ(f.channel.itunes->owner->email, "");
  ASSERT_EQ(f.items.size(), 2u);
  EXPECT_EQ(f.items[0].itunes->episode.value, 1);
  EXPECT_EQ(f.items[0].itunes->duration.value, seconds(1798));
  EXPECT_EQ(f.items[1].itunes->episode_type.value, ItunesEpisodeType::bonus);
  EXPECT_EQ(f.items[1].itunes->block.value, true);
  // Podcasting 2.0 beside it is its own vocabulary.
  ASSERT_TRUE(f.channel.podcast);
  EXPECT_EQ(f.channel.podcast->guid, "5b9a2d1e-8c4f-5e3a-b7d6-2f1e0c9b8a7d");
}

// Old plugins printed Apple's URI as http://www.itunes.com/DTDs/Podcast-1.0.dtd.
TEST(ItunesTest, TheDtdUriInAnyCaseIsItunes) {
  const std::string canonical =
      R"(<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>)"
      R"(<title>T</title><link>http://a.example/</link><description>D</description>)"
      R"(<itunes:author>Jo</itunes:author><itunes:explicit>no</itunes:explicit>)"
      R"(</channel></rss>)";
  const Feed expected = test::parse_clean(canonical);
  ASSERT_TRUE(expected.channel.itunes);
  for (const char* uri :
       {"http://www.itunes.com/DTDs/Podcast-1.0.dtd", "HTTP://WWW.ITUNES.COM/DTDS/PODCAST-1.0.DTD",
        "https://www.itunes.com/dtds/podcast-1.0.dtd"}) {
    std::string variant = canonical;
    variant.replace(variant.find("http://www.itunes.com/dtds/podcast-1.0.dtd"),
                    std::string_view("http://www.itunes.com/dtds/podcast-1.0.dtd").size(), uri);
    const Feed f = test::parse_clean(variant);
    EXPECT_EQ(f, expected) << uri;
    EXPECT_TRUE(f.channel.extensions.empty()) << uri;
    // Written back under the URI Apple documents today, and only that one.
    const std::string out = test::write(f);
    EXPECT_EQ(test::count(out, "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""), 1u);
    EXPECT_EQ(out.find(uri), std::string::npos) << out;
  }
}

TEST(ItunesTest, ValuesAreReadWithoutRegardToCase) {
  const ParseResult r = parse(test::read_data("itunes/variants.xml"));
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(r.feed.channel.itunes);
  const ItunesChannel& c = *r.feed.channel.itunes;
  EXPECT_EQ(c.explicit_content.value, ItunesExplicit::clean);
  EXPECT_EQ(c.explicit_content.text, "CLEAN");
  EXPECT_EQ(c.type.value, ItunesType::serial);
  EXPECT_EQ(c.block.value, true);
  EXPECT_EQ(c.complete.value, true);
  EXPECT_EQ(c.complete.text, "True");
  const ItunesItem& ep = *r.feed.items.at(0).itunes;
  EXPECT_EQ(ep.explicit_content.value, ItunesExplicit::yes);
  EXPECT_EQ(ep.explicit_content.text, "Yes");
  // The element's name in the wrong case too.
  EXPECT_EQ(ep.episode_type.value, ItunesEpisodeType::full);
  EXPECT_EQ(ep.episode_type.text, "Full");
  EXPECT_EQ(ep.duration.value, seconds(3723));
  EXPECT_EQ(ep.is_closed_captioned.value, true);
}

TEST(ItunesTest, UnreadableValuesKeepTheirText) {
  const ParseResult r = parse(test::read_data("itunes/variants.xml"));
  const ItunesItem& ep = *r.feed.items.at(1).itunes;
  EXPECT_FALSE(ep.explicit_content.value);
  EXPECT_EQ(ep.explicit_content.text, "maybe");
  EXPECT_FALSE(ep.duration.value);
  EXPECT_EQ(ep.duration.text, "about an hour");
  EXPECT_FALSE(ep.episode.value);
  EXPECT_EQ(ep.episode.text, "three");
  EXPECT_FALSE(ep.episode_type.value);
  EXPECT_EQ(ep.episode_type.text, "Epilogue");
  // Readable once trimmed, or with a sign: the value, and the text as written.
  EXPECT_EQ(ep.season.value, 2);
  EXPECT_EQ(ep.season.text, " 2 ");
  EXPECT_EQ(ep.order_number.value, 7);
  EXPECT_EQ(ep.order_number.text, "+7");
}

TEST(ItunesTest, ElementsThatDoNotFitAreKeptAsExtensions) {
  const ParseResult r = parse(test::read_data("itunes/variants.xml"));
  const Channel& c = r.feed.channel;
  // A category written as text has no text attribute to type: kept as it is. The one after it
  // is typed.
  const Extension* text_category = find_extension(c.extensions, "category");
  ASSERT_NE(text_category, nullptr);
  EXPECT_EQ(text_category->ns, ns::kItunes);
  EXPECT_EQ(text_category->text, "Technology");
  ASSERT_EQ(c.itunes->categories.size(), 1u);
  EXPECT_EQ(c.itunes->categories[0].text, "Technology");
  // An image given as text fits: ItunesImage keeps the text.
  ASSERT_TRUE(c.itunes->image);
  EXPECT_EQ(c.itunes->image->href, "");
  EXPECT_EQ(c.itunes->image->text, "http://kitchentable.example/art.png");
  // An author with an attribute is not a string.
  const Item& item = r.feed.items.at(0);
  EXPECT_EQ(item.itunes->author, "");
  const Extension* author = find_extension(item.extensions, "author");
  ASSERT_NE(author, nullptr);
  EXPECT_EQ(author->text, "Dana");
  ASSERT_EQ(author->attributes.size(), 1u);
  EXPECT_EQ(author->attributes[0].value, "host");
  // Each kept element is written back as it was, where it was.
  const std::string out = test::write(r.feed);
  EXPECT_NE(out.find("<itunes:category>Technology</itunes:category>\n    <itunes:category "
                     "text=\"Technology\"/>"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("<itunes:author role=\"host\">Dana</itunes:author>"), std::string::npos)
      << out;
}

TEST(ItunesTest, ARepeatedElementKeepsTheFirst) {
  const ParseResult r = parse(test::read_data("itunes/variants.xml"));
  EXPECT_FALSE(r.has_errors()) << test::describe(r);
  std::size_t duplicates = 0;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code == ErrorCode::duplicate_element) ++duplicates;
  }
  EXPECT_EQ(duplicates, 2u) << test::describe(r);
  EXPECT_EQ(r.feed.channel.itunes->summary, "Gadgets, reviewed.");
  const Extension* second = find_extension(r.feed.channel.extensions, "summary");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->text, "A second summary.");
  const Item& item = r.feed.items.at(0);
  EXPECT_EQ(item.itunes->keywords, "toast");
  const Extension* keywords = find_extension(item.extensions, "keywords");
  ASSERT_NE(keywords, nullptr);
  EXPECT_EQ(keywords->text, "bread");
}

// --- writing -------------------------------------------------------------------------------

// A show as a program makes it, with typed calls only: in the fields RSS has (`atom` false) or
// those Atom has.
Feed show_built_in_code(bool atom = false) {
  Feed f;
  Channel& c = f.channel;
  c.title = "Night Shift";
  c.description = Text::html("Stories from people who work while you sleep.");
  if (atom) {
    c.id = "urn:uuid:0d1b4c1e-8a1e-4b1a-9f0e-6f2d3c4b5a69";
    c.links.push_back({"https://nightshift.example/", "alternate"});
    c.last_build_date = *make_datetime(2026, 11, 10);
  } else {
    c.link = "https://nightshift.example/";
    c.language = "en";
  }
  ItunesChannel& it = c.itunes.ensure();
  it.image = ItunesImage{"https://nightshift.example/art.jpg", "", {}, {}};
  ItunesCategory society;
  society.text = "Society & Culture";
  society.subcategories.push_back(ItunesSubcategory{"Documentary", {}, {}, {}});
  it.categories.push_back(society);
  it.explicit_content = ItunesExplicit::no;
  it.author = "Night Shift Productions";
  it.type = ItunesType::episodic;
  it.owner = ItunesOwner{"Lee Moon", "lee@nightshift.example", {}, {}, {}};
  it.block = false;
  it.complete = false;
  it.new_feed_url = "https://nightshift.example/feed.xml";

  Item item;
  item.title = "The Baker";
  item.guid.value = "nightshift-001";
  if (atom) {
    item.links.push_back(
        {"https://nightshift.example/001.mp3", "enclosure", "audio/mpeg", "", "", "31457280"});
    item.updated = *make_datetime(2026, 11, 10);
  } else {
    item.guid.is_permalink = false;
    item.enclosures.push_back({"https://nightshift.example/001.mp3", "31457280", "audio/mpeg"});
  }
  ItunesItem& ep = item.itunes.ensure();
  ep.duration = seconds(2537);
  ep.explicit_content = ItunesExplicit::clean;
  ep.episode = 1;
  ep.season = 1;
  ep.episode_type = ItunesEpisodeType::full;
  ep.is_closed_captioned = true;
  f.items.push_back(item);
  return f;
}

TEST(ItunesTest, RssWriterDeclaresTheNamespaceOnceOnTheRoot) {
  const std::string out = test::write(show_built_in_code());
  EXPECT_EQ(test::count(out, "xmlns:itunes="), 1u) << out;
  const std::size_t root = out.find("<rss ");
  ASSERT_NE(root, std::string::npos);
  EXPECT_LT(out.find("xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""),
            out.find('>', root));
}

TEST(ItunesTest, RssWriterFormatsValuesMadeInCode) {
  const std::string out = test::write(show_built_in_code());
  for (const char* element : {
           "<itunes:image href=\"https://nightshift.example/art.jpg\"/>",
           "<itunes:category text=\"Society &amp; Culture\">\n"
           "      <itunes:category text=\"Documentary\"/>\n"
           "    </itunes:category>",
           "<itunes:explicit>false</itunes:explicit>",
           "<itunes:type>episodic</itunes:type>",
           "<itunes:owner>\n      <itunes:name>Lee Moon</itunes:name>\n"
           "      <itunes:email>lee@nightshift.example</itunes:email>\n    </itunes:owner>",
           "<itunes:block>No</itunes:block>",
           "<itunes:duration>2537</itunes:duration>",
           "<itunes:explicit>clean</itunes:explicit>",
           "<itunes:episodeType>full</itunes:episodeType>",
           "<itunes:isClosedCaptioned>Yes</itunes:isClosedCaptioned>",
       }) {
    EXPECT_NE(out.find(element), std::string::npos) << element << "\n" << out;
  }
  // Apple's order within the vocabulary, after RSS's own elements.
  EXPECT_LT(out.find("<itunes:image"), out.find("<itunes:category"));
  EXPECT_LT(out.find("<language>"), out.find("<itunes:image"));
  EXPECT_LT(out.find("<itunes:episode>"), out.find("<itunes:duration>"));
}

TEST(ItunesTest, AtomWriterWritesThemToo) {
  const Feed f = show_built_in_code(true);
  const std::string out = test::write(f, true);
  EXPECT_EQ(test::count(out, "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""), 1u)
      << out;
  EXPECT_LT(out.find("xmlns:itunes"), out.find("<title"));
  EXPECT_NE(out.find("<itunes:duration>2537</itunes:duration>"), std::string::npos) << out;
  test::expect_round_trip(f, true);
}

TEST(ItunesTest, AModelBuiltInCodeRoundTrips) { test::expect_round_trip(show_built_in_code()); }

// A value the program changes is written from the value; one it leaves is written as read.
TEST(ItunesTest, TextIsWrittenAsReadWhileItStillSaysTheValue) {
  Feed f = test::parse_clean(test::read_data("itunes/libsyn.xml"));
  ItunesItem& ep = *f.items[0].itunes;
  ASSERT_EQ(ep.duration.text, "00:42:17");
  std::string out = test::write(f);
  EXPECT_NE(out.find("<itunes:duration>00:42:17</itunes:duration>"), std::string::npos);
  EXPECT_NE(out.find("<itunes:block>No</itunes:block>"), std::string::npos);
  ep.duration.value = seconds(100);
  f.channel.itunes->block.value = true;
  out = test::write(f);
  EXPECT_NE(out.find("<itunes:duration>100</itunes:duration>"), std::string::npos) << out;
  EXPECT_NE(out.find("<itunes:block>Yes</itunes:block>"), std::string::npos) << out;
}

// --- round trips ---------------------------------------------------------------------------

TEST(ItunesTest, HostFeedsRoundTrip) {
  for (const char* file : {"itunes/libsyn.xml", "itunes/buzzsprout.xml"}) {
    SCOPED_TRACE(file);
    test::expect_feed_round_trip(test::read_data(file));
  }
}

TEST(ItunesTest, VariantsRoundTripUnderTheCanonicalUri) {
  const ParseResult r = parse(test::read_data("itunes/variants.xml"));
  const std::string first = test::write(r.feed);
  EXPECT_EQ(first.find("DTDs"), std::string::npos);
  for (const char* as_read :
       {"<itunes:explicit>CLEAN</itunes:explicit>", "<itunes:complete>True</itunes:complete>",
        "<itunes:episodeType>Full</itunes:episodeType>",
        "<itunes:duration>about an hour</itunes:duration>", "<itunes:season> 2 </itunes:season>",
        "<itunes:order>+7</itunes:order>", "<itunes:summary>A second summary.</itunes:summary>",
        "<itunes:keywords>bread</itunes:keywords>"}) {
    EXPECT_NE(first.find(as_read), std::string::npos) << as_read << "\n" << first;
  }
  const ParseResult again = parse(first);
  EXPECT_EQ(again.feed.channel, r.feed.channel);
  EXPECT_EQ(again.feed.items, r.feed.items);
  EXPECT_EQ(test::write(again.feed), first);
  // And through Atom, where the same elements are kept the same way.
  WriteOptions lenient;
  lenient.allow_missing = true;  // the feed has no Atom id or updated date
  const std::string as_atom = test::write(r.feed, true, lenient);
  const ParseResult from_atom = parse(as_atom);
  EXPECT_EQ(from_atom.feed.channel.itunes, r.feed.channel.itunes);
  EXPECT_EQ(from_atom.feed.items.at(1).itunes, r.feed.items.at(1).itunes);
  EXPECT_EQ(test::write(from_atom.feed, true, lenient), as_atom);
}

}  // namespace
}  // namespace feedpp
