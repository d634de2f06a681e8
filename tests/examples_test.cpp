// SPDX-License-Identifier: MIT
// The examples do what the README says they do.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <cstdio>
#include <string>

#include "podcast_show.hpp"
#include "test_util.hpp"

namespace feedpp {
namespace {

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  EXPECT_NE(pipe, nullptr) << command;
  if (pipe == nullptr) return out;
  char buf[65536];
  std::size_t n = 0;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  EXPECT_EQ(pclose(pipe), 0) << command;
  return out;
}

// examples/write_feed rebuilds the seed feed from data: every element, attribute and text of the
// original, in the same order.
TEST(ExamplesTest, WriteFeedRebuildsTheSeedFeed) {
  const std::string original = test::read_data("alamrafiul-distributed-systems.xml");
  for (const char* flags : {"", " --compact"}) {
    const std::string generated = run(std::string(FEEDPP_WRITE_FEED_EXE) + flags);
    EXPECT_EQ(test::xml_problem(generated), "");
    EXPECT_EQ(test::xml_difference(original, generated), "") << flags;
  }
}

// examples/parse_feed prints each item's date, title and link, whatever the format.
TEST(ExamplesTest, ParseFeedPrintsTheItems) {
  const std::string out = run(std::string(FEEDPP_PARSE_FEED_EXE) + " " +
                              test::data_path("alamrafiul-distributed-systems.xml"));
  EXPECT_EQ(out.substr(0, out.find('\n')), "Distributed-Systems on Rafiul Alam (rss2.0, utf-8)");
  EXPECT_NE(out.find("2026-03-23T00:00:00Z      Building Real-World Event Streaming Systems with "
                     "Go and Kafka <https://alamrafiul.com/posts/golang-kafka-practical-guide/>"),
            std::string::npos)
      << out;
}

// The model podcast_show.hpp builds, as the parser reads it back.
Feed podcast_model() {
  Feed f;
  f.format = Format::rss_2_0;
  f.channel = podcast_show::channel();
  for (const podcast_show::Episode& e : podcast_show::episodes()) {
    f.items.push_back(podcast_show::item(e));
  }
  return f;
}

bool all_digits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

// examples/podcast writes the show it built with typed calls: the output reads back, without a
// diagnostic, as the same model.
TEST(ExamplesTest, PodcastReadsBackAsTheModelItBuilt) {
  for (const char* flags : {"", " --compact"}) {
    SCOPED_TRACE(flags);
    const std::string out = run(std::string(FEEDPP_PODCAST_EXE) + flags);
    EXPECT_EQ(test::xml_problem(out), "");
    const ParseResult r = parse(out);
    EXPECT_TRUE(r.diagnostics.empty()) << test::describe(r);
    EXPECT_EQ(test::model_difference(r.feed, podcast_model()), "") << out;
    // Written again from what was read: the same bytes.
    WriteOptions options;
    options.xml.pretty = flags[0] == '\0';
    EXPECT_EQ(test::write(r.feed, false, options), out);
  }
}

// What Apple Podcasts requires of a show and of each episode is there, in the form Apple
// documents, and each namespace is declared once, on the root.
TEST(ExamplesTest, PodcastHasWhatApplePodcastsRequires) {
  const std::string out = run(FEEDPP_PODCAST_EXE);
  const Feed f = parse(out).feed;
  const Channel& c = f.channel;
  EXPECT_FALSE(c.title.empty());
  EXPECT_FALSE(c.description.empty());
  EXPECT_FALSE(c.language.empty());
  ASSERT_TRUE(c.itunes);
  ASSERT_TRUE(c.itunes->image);
  const std::string& art = c.itunes->image->href;
  EXPECT_TRUE(art.size() > 4 && (art.compare(art.size() - 4, 4, ".jpg") == 0 ||
                                 art.compare(art.size() - 4, 4, ".png") == 0))
      << art;
  ASSERT_FALSE(c.itunes->categories.empty());
  EXPECT_FALSE(c.itunes->categories[0].text.empty());
  EXPECT_TRUE(c.itunes->explicit_content.value);
  ASSERT_TRUE(c.itunes->owner);
  EXPECT_FALSE(c.itunes->owner->email.empty());  // the W3C validator asks for it
  ASSERT_GE(f.items.size(), 1u);
  for (const Item& item : f.items) {
    EXPECT_FALSE(item.title.empty());
    ASSERT_EQ(item.enclosures.size(), 1u);
    EXPECT_FALSE(item.enclosures[0].url.empty());
    EXPECT_TRUE(all_digits(item.enclosures[0].length)) << item.enclosures[0].length;
    EXPECT_EQ(item.enclosures[0].type, "audio/mpeg");
    EXPECT_FALSE(item.guid.value.empty());
    EXPECT_EQ(item.guid.is_permalink, false);  // not a URL, so it says so
    ASSERT_TRUE(item.itunes);
    EXPECT_TRUE(all_digits(item.itunes->duration.text)) << item.itunes->duration.text;
  }
  for (const char* element :
       {"<language>en-us</language>", "<itunes:explicit>false</itunes:explicit>",
        "<itunes:category text=\"Society &amp; Culture\">",
        "<itunes:episodeType>full</itunes:episodeType>",
        "<atom:link href=\"https://nightshift.example/feed.xml\" "
        "rel=\"self\" type=\"application/rss+xml\"/>"}) {
    EXPECT_NE(out.find(element), std::string::npos) << element;
  }
  const std::size_t channel = out.find("<channel>");
  for (const char* declaration : {"xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"",
                                  "xmlns:podcast=\"https://podcastindex.org/namespace/1.0\"",
                                  "xmlns:atom=\"http://www.w3.org/2005/Atom\""}) {
    EXPECT_EQ(test::count(out, declaration), 1u) << declaration;
    EXPECT_LT(out.find(declaration), channel) << declaration;
  }
  EXPECT_EQ(test::count(out, "xmlns:"), 3u) << out;
}

// The check itself notices a difference: one changed character of text fails it.
TEST(ExamplesTest, XmlDifferenceSeesOneCharacter) {
  const std::string original = test::read_data("alamrafiul-distributed-systems.xml");
  std::string changed = original;
  changed.replace(changed.find("Circuit Breaker"), 1, "c");
  EXPECT_NE(test::xml_difference(original, changed), "");
  std::string reordered = original;
  const std::string a = "<generator>Hugo -- gohugo.io</generator>";
  const std::string b = "<language>en</language>";
  reordered.replace(reordered.find(a), a.size(), b);
  reordered.replace(reordered.rfind(b), b.size(), a);
  EXPECT_NE(test::xml_difference(original, reordered), "");
}

}  // namespace
}  // namespace feedpp
