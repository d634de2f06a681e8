// SPDX-License-Identifier: MIT
// Podlove Simple Chapters (include/feedpp/ext/psc.hpp): a Podlove Publisher-like episode with
// its chapters, the URI with a trailing slash, other attributes, a chapter written as text and
// two lists; writing from code; round trips.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

TEST(PscTest, ReadsAnEpisodesChapters) {
  const Feed f = test::parse_clean(test::read_data("psc/podlove.xml"));
  ASSERT_EQ(f.items.size(), 1u);
  ASSERT_TRUE(f.items[0].chapters);
  ASSERT_EQ(f.items[0].chapters->lists.size(), 1u);
  const SimpleChapters& list = f.items[0].chapters->lists[0];
  EXPECT_EQ(list.version, "1.2");
  ASSERT_EQ(list.chapters.size(), 4u);
  EXPECT_EQ(list.chapters[0].start, "00:00:00.000");
  EXPECT_EQ(list.chapters[0].title, "Intro");
  EXPECT_EQ(list.chapters[1].title, "Begrüßung");
  EXPECT_EQ(list.chapters[2].href, "https://de.wikipedia.example/wiki/Schnittstelle");
  EXPECT_EQ(list.chapters[3].image, "https://freiefrequenz.example/chapters/ausklang.jpg");
  EXPECT_TRUE(list.chapters[3].href.empty());
  // The item's other vocabularies are theirs; fh:complete stays an extension of the channel.
  ASSERT_TRUE(f.items[0].itunes);
  EXPECT_TRUE(f.items[0].extensions.empty());
  ASSERT_EQ(f.channel.extensions.size(), 1u);
  EXPECT_EQ(f.channel.extensions[0].name, "complete");
}

TEST(PscTest, VariantsOtherAttributesMisfitsAndTwoLists) {
  const Feed f = test::parse_clean(test::read_data("psc/variants.xml"));
  const Item& item = f.items.at(0);
  ASSERT_TRUE(item.chapters);
  ASSERT_EQ(item.chapters->lists.size(), 2u);
  const SimpleChapters& first = item.chapters->lists[0];
  EXPECT_EQ(first.version, "1.1");
  ASSERT_EQ(first.chapters.size(), 2u);
  EXPECT_EQ(first.chapters[1].start, "3:07");
  ASSERT_EQ(first.chapters[1].attributes.size(), 1u);
  EXPECT_EQ(first.chapters[1].attributes[0].name, "duration");
  // A chapter with text is no chapter mark: kept whole inside its list.
  ASSERT_EQ(first.extensions.size(), 1u);
  EXPECT_EQ(first.extensions[0].ns, ns::kSimpleChapters);
  EXPECT_EQ(first.extensions[0].text, "Text is not a title");
  EXPECT_EQ(item.chapters->lists[1].version, "");
  EXPECT_EQ(item.chapters->lists[1].chapters.at(0).start, "1:00:00");

  const std::string out = test::write(f);
  EXPECT_EQ(test::count(out, "xmlns:psc=\"http://podlove.org/simple-chapters\""), 1u) << out;
  EXPECT_EQ(out.find("simple-chapters/"), std::string::npos) << out;
  for (const char* written :
       {"<psc:chapter start=\"3:07\" title=\"Later\" duration=\"60\"/>",
        "<psc:chapter start=\"187.5\">Text is not a title</psc:chapter>",
        "<psc:chapters>\n        <psc:chapter start=\"1:00:00\" title=\"An hour in\"/>"}) {
    EXPECT_NE(out.find(written), std::string::npos) << written << "\n" << out;
  }
  const ParseResult back = parse(out);
  EXPECT_EQ(test::model_difference(back.feed, f), "");
  EXPECT_EQ(test::write(back.feed), out);
}

Feed episode_in_code(bool atom) {
  Feed f;
  f.channel.title = "Chaptered";
  if (atom) {
    f.channel.id = "urn:uuid:01234567-89ab-4cde-8f01-23456789abcd";
    f.channel.last_build_date = *make_datetime(2026, 11, 10);
  } else {
    f.channel.link = "https://chaptered.example/";
    f.channel.description = Text::html("Episodes with chapters.");
  }
  Item item;
  item.title = "Episode";
  item.guid.value = "urn:episode:1";
  if (atom) item.updated = *make_datetime(2026, 11, 10);
  SimpleChapters list;
  list.version = "1.2";
  SimpleChapter intro;
  intro.start = "00:00:00";
  intro.title = "Intro";
  SimpleChapter topic;
  topic.start = "00:05:30.500";
  topic.title = "Topic & more";
  topic.href = "https://chaptered.example/topic";
  list.chapters = {intro, topic};
  item.chapters.ensure().lists.push_back(list);
  f.items.push_back(item);
  return f;
}

TEST(PscTest, WritesValuesMadeInCode) {
  const std::string out = test::write(episode_in_code(false));
  EXPECT_NE(out.find("<psc:chapters version=\"1.2\">\n"
                     "        <psc:chapter start=\"00:00:00\" title=\"Intro\"/>\n"
                     "        <psc:chapter start=\"00:05:30.500\" title=\"Topic &amp; more\" "
                     "href=\"https://chaptered.example/topic\"/>\n"
                     "      </psc:chapters>"),
            std::string::npos)
      << out;
  EXPECT_EQ(test::count(out, "xmlns:psc="), 1u) << out;
}

TEST(PscTest, AModelBuiltInCodeRoundTrips) {
  test::expect_round_trip(episode_in_code(false));
  test::expect_round_trip(episode_in_code(true), true);
}

TEST(PscTest, FeedsRoundTrip) { test::expect_feed_round_trip(test::read_data("psc/podlove.xml")); }

}  // namespace
}  // namespace feedpp
