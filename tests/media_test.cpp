// SPDX-License-Identifier: MIT
// Media RSS (include/feedpp/ext/media.hpp): a YouTube-like Atom feed (media:group), an RSS feed
// with every element at channel, item, group and content level and every attribute of
// media:content, the namespace without its trailing slash, values in any case, misfits and
// repeats; writing from code in RSS and Atom; round trips.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

const Extension* find_extension(const std::vector<Extension>& list, std::string_view name) {
  for (const Extension& e : list) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

// --- reading -------------------------------------------------------------------------------

TEST(MediaTest, ReadsYoutubesGroups) {
  const Feed f = test::parse_clean(test::read_data("media/youtube.xml"));
  ASSERT_EQ(f.format, Format::atom_1_0);
  ASSERT_EQ(f.items.size(), 2u);
  ASSERT_TRUE(f.items[0].media);
  const MediaItem& m = *f.items[0].media;
  ASSERT_EQ(m.groups.size(), 1u);
  EXPECT_TRUE(m.contents.empty());
  const MediaGroup& g = m.groups[0];
  ASSERT_TRUE(g.title);
  EXPECT_EQ(g.title->value, "Turning a walnut bowl from a green log");
  ASSERT_EQ(g.contents.size(), 1u);
  EXPECT_EQ(g.contents[0].url, "https://www.youtube.example/v/Qw3rTy7uIoP?version=3");
  EXPECT_EQ(g.contents[0].type, "application/x-shockwave-flash");
  EXPECT_EQ(g.contents[0].width.value, 640);
  EXPECT_EQ(g.contents[0].height.value, 390);
  ASSERT_EQ(g.thumbnails.size(), 1u);
  EXPECT_EQ(g.thumbnails[0].width.value, 480);
  ASSERT_TRUE(g.description);
  EXPECT_EQ(g.description->value,
            "From the log pile to the finished bowl in one afternoon.\n\nTools: a 16\" swing "
            "lathe, a bowl gouge and a lot of patience.");
  ASSERT_TRUE(g.community);
  ASSERT_TRUE(g.community->star_rating);
  EXPECT_EQ(g.community->star_rating->count.value, 1873);
  EXPECT_EQ(g.community->star_rating->average.value, 5.0);
  EXPECT_EQ(g.community->star_rating->average.text, "5.00");
  EXPECT_EQ(g.community->star_rating->min.value, 1);
  EXPECT_EQ(g.community->star_rating->max.value, 5);
  ASSERT_TRUE(g.community->statistics);
  EXPECT_EQ(g.community->statistics->views.value, 48211);
  EXPECT_FALSE(g.community->statistics->favorites);
  // YouTube's own elements stay extensions.
  ASSERT_EQ(f.items[0].extensions.size(), 2u);
  EXPECT_EQ(f.items[0].extensions[0].name, "videoId");
  // An empty description was there: it stays, empty.
  ASSERT_TRUE(f.items[1].media->groups.at(0).description);
  EXPECT_EQ(f.items[1].media->groups[0].description->value, "");
}

TEST(MediaTest, ReadsTheChannelsElements) {
  const Feed f = test::parse_clean(test::read_data("media/mrss.xml"));
  ASSERT_TRUE(f.channel.media);
  const MediaChannel& c = *f.channel.media;
  ASSERT_EQ(c.ratings.size(), 1u);
  EXPECT_EQ(c.ratings[0].scheme, "urn:simple");
  EXPECT_EQ(c.ratings[0].value, "nonadult");
  ASSERT_TRUE(c.title);
  EXPECT_EQ(c.title->type, "plain");
  ASSERT_TRUE(c.description);
  EXPECT_EQ(c.description->type, "html");
  EXPECT_EQ(c.description->value, "<p>Clips from the <b>harbour</b>.</p>");
  EXPECT_EQ(c.keywords, "harbour, boats, weather");
  ASSERT_EQ(c.thumbnails.size(), 1u);
  ASSERT_EQ(c.categories.size(), 1u);
  EXPECT_EQ(c.categories[0].scheme, "http://search.yahoo.com/mrss/category_schema");
  EXPECT_EQ(c.categories[0].value, "news/local");
  ASSERT_TRUE(c.copyright);
  EXPECT_EQ(c.copyright->url, "https://harbour.example/terms");
  ASSERT_EQ(c.credits.size(), 1u);
  EXPECT_EQ(c.credits[0].role, "producer");
  EXPECT_TRUE(f.channel.extensions.empty());
}

TEST(MediaTest, ReadsEveryAttributeOfContent) {
  const Feed f = test::parse_clean(test::read_data("media/mrss.xml"));
  const MediaItem& m = *f.items.at(0).media;
  ASSERT_EQ(m.contents.size(), 2u);
  const MediaContent& c = m.contents[0];
  EXPECT_EQ(c.url, "https://cdn.harbour.example/storm-1080.mp4");
  EXPECT_EQ(c.file_size.value, 104857600);
  EXPECT_EQ(c.type, "video/mp4");
  EXPECT_EQ(c.medium, "video");
  EXPECT_EQ(c.is_default.value, true);
  EXPECT_EQ(c.is_default.text, "true");
  EXPECT_EQ(c.expression, "full");
  EXPECT_EQ(c.bitrate.value, 4000.0);
  EXPECT_EQ(c.framerate.value, 29.97);
  EXPECT_EQ(c.samplingrate.value, 44.1);
  EXPECT_EQ(c.channels.value, 2);
  EXPECT_EQ(c.duration.value, 185.0);
  EXPECT_EQ(c.height.value, 1080);
  EXPECT_EQ(c.width.value, 1920);
  EXPECT_EQ(c.lang, "en");
  // Elements at content level.
  ASSERT_EQ(c.hashes.size(), 1u);
  EXPECT_EQ(c.hashes[0].algo, "md5");
  ASSERT_TRUE(c.player);
  EXPECT_EQ(c.player->width.value, 400);
  ASSERT_EQ(c.texts.size(), 2u);
  EXPECT_EQ(c.texts[0].start, "00:00:03.000");
  EXPECT_EQ(c.texts[1].value, "Here it comes.");
  EXPECT_EQ(m.contents[1].is_default.value, false);
}

TEST(MediaTest, ReadsEveryOptionalElementOfAnItem) {
  const Feed f = test::parse_clean(test::read_data("media/mrss.xml"));
  const Item& item = f.items.at(0);
  EXPECT_TRUE(item.extensions.empty());
  const MediaItem& m = *item.media;
  EXPECT_EQ(m.title->value, "Storm over the breakwater");
  EXPECT_EQ(m.description->value, "Waves over the wall at high tide.");
  EXPECT_EQ(m.keywords, "storm, waves, tide");
  ASSERT_EQ(m.thumbnails.size(), 2u);
  EXPECT_EQ(m.thumbnails[1].time, "12:05:07.000");
  ASSERT_EQ(m.categories.size(), 1u);
  EXPECT_EQ(m.categories[0].label, "Weather");
  ASSERT_EQ(m.credits.size(), 2u);
  EXPECT_EQ(m.credits[0].role, "camera operator");
  EXPECT_EQ(m.credits[1].value, "Ines Cut");
  ASSERT_EQ(m.restrictions.size(), 2u);
  EXPECT_EQ(m.restrictions[0].relationship, "allow");
  EXPECT_EQ(m.restrictions[0].type, "country");
  EXPECT_EQ(m.restrictions[0].value, "gb ie fr");
  EXPECT_EQ(m.restrictions[1].type, "sharing");
  ASSERT_TRUE(m.community);
  EXPECT_EQ(m.community->star_rating->average.value, 3.5);
  EXPECT_EQ(m.community->statistics->favorites.value, 5);
  EXPECT_EQ(m.community->tags, "storm:5, waves:3, harbour");
  ASSERT_TRUE(m.comments);
  ASSERT_EQ(m.comments->comments.size(), 2u);
  EXPECT_EQ(m.comments->comments[1], "My boat is in that one.");
  ASSERT_TRUE(m.embed);
  EXPECT_EQ(m.embed->width.value, 512);
  ASSERT_EQ(m.embed->params.size(), 2u);
  EXPECT_EQ(m.embed->params[1].name, "allowFullScreen");
  EXPECT_EQ(m.embed->params[1].value, "true");
  ASSERT_TRUE(m.responses);
  EXPECT_EQ(m.responses->responses.size(), 1u);
  ASSERT_TRUE(m.back_links);
  EXPECT_EQ(m.back_links->back_links.size(), 2u);
  ASSERT_TRUE(m.status);
  EXPECT_EQ(m.status->state, "active");
  ASSERT_EQ(m.prices.size(), 2u);
  EXPECT_EQ(m.prices[0].price.value, 1.99);
  EXPECT_EQ(m.prices[0].currency, "EUR");
  EXPECT_EQ(m.prices[1].info, "https://harbour.example/subscribe");
  EXPECT_FALSE(m.prices[1].price);
  ASSERT_TRUE(m.license);
  EXPECT_EQ(m.license->href, "https://creativecommons.org/licenses/by/4.0/");
  EXPECT_EQ(m.license->value, "Creative Commons Attribution 4.0");
  ASSERT_EQ(m.subtitles.size(), 1u);
  EXPECT_EQ(m.subtitles[0].lang, "en-us");
  ASSERT_EQ(m.peer_links.size(), 1u);
  EXPECT_EQ(m.peer_links[0].type, "application/x-bittorrent");
  ASSERT_EQ(m.locations.size(), 1u);
  EXPECT_EQ(m.locations[0].description, "The breakwater");
  // The location's geometry is GeoRSS: kept as it was.
  ASSERT_EQ(m.locations[0].extensions.size(), 1u);
  EXPECT_EQ(m.locations[0].extensions[0].ns, ns::kGeoRss);
  EXPECT_EQ(m.locations[0].extensions[0].name, "where");
  ASSERT_TRUE(m.rights);
  EXPECT_EQ(m.rights->status, "official");
  ASSERT_TRUE(m.scenes);
  ASSERT_EQ(m.scenes->scenes.size(), 1u);
  EXPECT_EQ(m.scenes->scenes[0].title, "The first wave");
  EXPECT_EQ(m.scenes->scenes[0].description, "Spray over the lamp post");
  EXPECT_EQ(m.scenes->scenes[0].start_time, "00:15");
  EXPECT_EQ(m.scenes->scenes[0].end_time, "00:45");
  ASSERT_EQ(m.ratings.size(), 1u);
  EXPECT_EQ(m.ratings[0].scheme, "urn:mpaa");
  ASSERT_EQ(m.hashes.size(), 1u);
  EXPECT_EQ(m.hashes[0].algo, "sha-1");
  ASSERT_TRUE(m.player);
  EXPECT_FALSE(m.player->width);
  ASSERT_TRUE(m.copyright);
  EXPECT_EQ(m.copyright->url, "");
}

TEST(MediaTest, ReadsAGroupWithElementsAtEveryLevel) {
  const Feed f = test::parse_clean(test::read_data("media/mrss.xml"));
  const MediaItem& m = *f.items.at(1).media;
  ASSERT_EQ(m.groups.size(), 1u);
  const MediaGroup& g = m.groups[0];
  ASSERT_EQ(g.contents.size(), 3u);
  EXPECT_EQ(g.contents[0].title->value, "Calm morning (HD)");
  EXPECT_EQ(g.contents[2].medium, "audio");
  EXPECT_EQ(g.contents[2].duration.value, 59.5);
  EXPECT_EQ(g.title->value, "Calm morning");
  ASSERT_EQ(g.thumbnails.size(), 1u);
  ASSERT_EQ(g.ratings.size(), 1u);
  EXPECT_EQ(g.ratings[0].scheme, "");
}

// --- variants ------------------------------------------------------------------------------

TEST(MediaTest, TheNamespaceWithoutItsSlashIsMediaRss) {
  const std::string canonical =
      R"(<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>)"
      R"(<title>T</title><link>http://a.example/</link><description>D</description>)"
      R"(<item><title>I</title><media:content url="http://a.example/v.mp4" width="1"/>)"
      R"(<media:thumbnail url="http://a.example/t.jpg"/></item></channel></rss>)";
  const Feed expected = test::parse_clean(canonical);
  ASSERT_TRUE(expected.items.at(0).media);
  for (const char* uri : {"http://search.yahoo.com/mrss", "https://search.yahoo.com/mrss/",
                          "http://video.search.yahoo.com/mrss", "HTTP://SEARCH.YAHOO.COM/MRSS/"}) {
    std::string variant = canonical;
    const std::string_view from = "http://search.yahoo.com/mrss/";
    variant.replace(variant.find(from), from.size(), uri);
    const Feed f = test::parse_clean(variant);
    EXPECT_EQ(f, expected) << uri;
    const std::string out = test::write(f);
    EXPECT_EQ(test::count(out, "xmlns:media=\"http://search.yahoo.com/mrss/\""), 1u) << out;
    EXPECT_EQ(test::count(out, "xmlns:"), 1u) << out;
  }
}

TEST(MediaTest, ValuesAreReadWithoutRegardToCaseOrKeepTheirText) {
  const ParseResult r = parse(test::read_data("media/variants.xml"));
  ASSERT_TRUE(r.ok());
  const MediaItem& m = *r.feed.items.at(0).media;
  ASSERT_EQ(m.contents.size(), 1u);
  const MediaContent& c = m.contents[0];
  EXPECT_EQ(c.is_default.value, true);
  EXPECT_EQ(c.is_default.text, "TRUE");
  EXPECT_FALSE(c.width.value);
  EXPECT_EQ(c.width.text, "auto");
  EXPECT_EQ(c.height.value, 1200);
  EXPECT_FALSE(c.duration.value);
  EXPECT_EQ(c.duration.text, "PT1M");
  EXPECT_FALSE(c.file_size.value);
  EXPECT_EQ(c.file_size.text, "2,048,000");
  ASSERT_TRUE(m.community);
  EXPECT_FALSE(m.community->star_rating->average.value);
  EXPECT_EQ(m.community->star_rating->average.text, "four");
  EXPECT_FALSE(m.community->statistics->views.value);
  EXPECT_EQ(m.community->statistics->views.text, "1e3");
}

TEST(MediaTest, MisfitsAndRepeatsAreKeptAsExtensions) {
  const ParseResult r = parse(test::read_data("media/variants.xml"));
  EXPECT_FALSE(r.has_errors()) << test::describe(r);
  ASSERT_EQ(test::codes(r), std::vector<ErrorCode>{ErrorCode::duplicate_element})
      << test::describe(r);
  const Item& item = r.feed.items.at(0);
  const MediaItem& m = *item.media;
  EXPECT_TRUE(m.thumbnails.empty());
  const Extension* thumbnail = find_extension(item.extensions, "thumbnail");
  ASSERT_NE(thumbnail, nullptr);
  EXPECT_EQ(thumbnail->ns, ns::kMedia);
  EXPECT_EQ(thumbnail->text, "a small fog");
  EXPECT_EQ(m.title->value, "Fog");
  const Extension* title = find_extension(item.extensions, "title");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->text, "Fog, again");
  EXPECT_EQ(m.keywords, "");
  ASSERT_NE(find_extension(item.extensions, "keywords"), nullptr);
  ASSERT_EQ(m.community->extensions.size(), 1u);
  EXPECT_EQ(m.community->extensions[0].name, "badge");

  const std::string out = test::write(r.feed);
  for (const char* kept : {"<media:thumbnail url=\"https://photos.example/fog-small.jpg\">a small "
                           "fog</media:thumbnail>",
                           "<media:title>Fog, again</media:title>",
                           "<media:keywords lang=\"en\">fog, morning</media:keywords>",
                           "<media:badge>editor's pick</media:badge>", "isDefault=\"TRUE\"",
                           "width=\"auto\"", "fileSize=\"2,048,000\"", "average=\"four\""}) {
    EXPECT_NE(out.find(kept), std::string::npos) << kept << "\n" << out;
  }
  const ParseResult again = parse(out);
  EXPECT_EQ(test::model_difference(again.feed, r.feed), "");
  EXPECT_EQ(test::write(again.feed), out);
}

// --- writing -------------------------------------------------------------------------------

// A video item as a program makes it, with typed calls only.
Item video_built_in_code(bool atom) {
  Item item;
  item.title = "Launch day";
  item.guid.value = "https://rockets.example/launch";
  if (atom) {
    item.updated = *make_datetime(2026, 10, 1, 12, 0, 0);
  } else {
    item.link = "https://rockets.example/launch";
  }
  MediaItem& m = item.media.ensure();
  MediaGroup group;
  MediaContent hd;
  hd.url = "https://cdn.rockets.example/launch-1080.mp4";
  hd.type = "video/mp4";
  hd.medium = "video";
  hd.is_default = true;
  hd.width = 1920;
  hd.height = 1080;
  hd.duration = 93.5;
  hd.bitrate = 4500.0;
  hd.file_size = 52428800;
  group.contents.push_back(hd);
  MediaContent sd;
  sd.url = "https://cdn.rockets.example/launch-480.mp4";
  sd.type = "video/mp4";
  sd.is_default = false;
  group.contents.push_back(sd);
  MediaText title;
  title.value = "Launch day";
  group.title = title;
  MediaThumbnail thumb;
  thumb.url = "https://cdn.rockets.example/launch.jpg";
  thumb.width = 640;
  thumb.height = 360;
  group.thumbnails.push_back(thumb);
  MediaCommunity community;
  MediaStarRating stars;
  stars.average = 4.75;
  stars.count = 12;
  community.star_rating = stars;
  group.community = community;
  m.groups.push_back(group);
  m.keywords = "rockets, launch";
  MediaCredit credit;
  credit.value = "Mission Control";
  credit.role = "producer";
  m.credits.push_back(credit);
  return item;
}

TEST(MediaTest, WritesValuesMadeInCode) {
  Feed f;
  f.channel.title = "Rockets";
  f.channel.link = "https://rockets.example/";
  f.channel.description = Text::html("Launches.");
  MediaText channel_title;
  channel_title.value = "Rocket videos";
  channel_title.type = "plain";
  f.channel.media.ensure().title = channel_title;
  f.items.push_back(video_built_in_code(false));
  const std::string out = test::write(f);
  EXPECT_EQ(test::count(out, "xmlns:media=\"http://search.yahoo.com/mrss/\""), 1u) << out;
  for (const char* element : {
           "<media:title type=\"plain\">Rocket videos</media:title>",
           "<media:group>",
           "<media:content url=\"https://cdn.rockets.example/launch-1080.mp4\" "
           "fileSize=\"52428800\" type=\"video/mp4\" medium=\"video\" isDefault=\"true\" "
           "bitrate=\"4500\" duration=\"93.5\" height=\"1080\" width=\"1920\"/>",
           "<media:content url=\"https://cdn.rockets.example/launch-480.mp4\" type=\"video/mp4\" "
           "isDefault=\"false\"/>",
           "<media:thumbnail url=\"https://cdn.rockets.example/launch.jpg\" width=\"640\" "
           "height=\"360\"/>",
           "<media:starRating average=\"4.75\" count=\"12\"/>",
           "<media:keywords>rockets, launch</media:keywords>",
           "<media:credit role=\"producer\">Mission Control</media:credit>",
       }) {
    EXPECT_NE(out.find(element), std::string::npos) << element << "\n" << out;
  }
  // Contents first in a group, then the optional elements in the specification's order.
  EXPECT_LT(out.find("<media:content"), out.find("<media:title>Launch day"));
  EXPECT_LT(out.find("<media:title>Launch day"), out.find("<media:thumbnail"));
  test::expect_round_trip(f);
}

TEST(MediaTest, AtomWriterWritesThemToo) {
  Feed f;
  f.channel.id = "urn:uuid:1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b";
  f.channel.title = "Rockets";
  f.channel.last_build_date = *make_datetime(2026, 10, 1, 12, 0, 0);
  f.items.push_back(video_built_in_code(true));
  const std::string out = test::expect_round_trip(f, true);
  EXPECT_EQ(test::count(out, "xmlns:media=\"http://search.yahoo.com/mrss/\""), 1u) << out;
  EXPECT_LT(out.find("xmlns:media"), out.find("<id>"));
}

// --- round trips ---------------------------------------------------------------------------

TEST(MediaTest, FeedsRoundTrip) {
  for (const char* file : {"media/youtube.xml", "media/mrss.xml"}) {
    SCOPED_TRACE(file);
    test::expect_feed_round_trip(test::read_data(file));
  }
}

TEST(MediaTest, AnRssFeedRoundTripsThroughAtom) {
  const Feed f = test::parse_clean(test::read_data("media/mrss.xml"));
  WriteOptions lenient;
  lenient.allow_missing = true;
  const std::string atom = test::write(f, true, lenient);
  const ParseResult back = parse(atom);
  EXPECT_FALSE(back.has_errors()) << test::describe(back);
  EXPECT_EQ(back.feed.channel.media, f.channel.media);
  for (std::size_t i = 0; i < f.items.size(); ++i) {
    EXPECT_EQ(back.feed.items.at(i).media, f.items[i].media) << i;
  }
  EXPECT_EQ(test::write(back.feed, true, lenient), atom);
}

}  // namespace
}  // namespace feedpp
