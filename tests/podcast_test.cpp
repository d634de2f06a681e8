// SPDX-License-Identifier: MIT
// Podcasting 2.0 (include/feedpp/ext/podcast.hpp): every tag of the namespace read from a feed in
// the shape Transistor-like hosts write, the namespace's old URI, values in any case, misfits
// and repeats kept as extensions; written from code by RssWriter and AtomWriter; round trips.
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

Feed transistor() { return test::parse_clean(test::read_data("podcast/transistor.xml")); }

// --- reading: the channel ------------------------------------------------------------------

TEST(PodcastTest, ReadsTheChannelsIdentityTags) {
  const Feed f = transistor();
  ASSERT_TRUE(f.channel.podcast);
  const PodcastChannel& p = *f.channel.podcast;
  EXPECT_EQ(p.guid, "c7a2f3e1-5b0d-5c2e-9a8f-1d2e3f4a5b6c");
  ASSERT_TRUE(p.locked);
  EXPECT_EQ(p.locked->locked.value, true);
  EXPECT_EQ(p.locked->locked.text, "yes");
  EXPECT_EQ(p.locked->owner, "editor@osweekly.example");
  EXPECT_EQ(p.medium, "podcast");
  ASSERT_TRUE(p.license);
  EXPECT_EQ(p.license->identifier, "cc-by-4.0");
  EXPECT_EQ(p.license->url, "https://creativecommons.org/licenses/by/4.0/");
  ASSERT_TRUE(p.podping);
  EXPECT_EQ(p.podping->uses_podping.value, true);
  ASSERT_EQ(p.blocks.size(), 2u);
  EXPECT_EQ(p.blocks[0].blocked.value, false);
  EXPECT_EQ(p.blocks[0].id, "");
  EXPECT_EQ(p.blocks[1].blocked.value, true);
  EXPECT_EQ(p.blocks[1].id, "spotify");
  ASSERT_EQ(p.txt.size(), 2u);
  EXPECT_EQ(p.txt[0].purpose, "verify");
  EXPECT_EQ(p.txt[0].text, "S6lpp-7ZCn8-dZfGc-OoyaG");
  EXPECT_EQ(p.txt[1].text, "ai-generated: no");
  ASSERT_TRUE(p.update_frequency);
  EXPECT_EQ(p.update_frequency->label, "Weekly, on Mondays");
  EXPECT_EQ(p.update_frequency->complete.value, false);
  EXPECT_EQ(p.update_frequency->dtstart.value, make_datetime(2026, 1, 5, 8, 0, 0));
  EXPECT_EQ(p.update_frequency->rrule, "FREQ=WEEKLY;BYDAY=MO");
  EXPECT_TRUE(f.channel.extensions.empty());
}

TEST(PodcastTest, ReadsTheChannelsPeopleFundingAndPlaces) {
  const Feed f = transistor();
  const PodcastChannel& p = *f.channel.podcast;
  ASSERT_EQ(p.funding.size(), 2u);
  EXPECT_EQ(p.funding[0].url, "https://osweekly.example/support");
  EXPECT_EQ(p.funding[0].label, "Support the show");
  EXPECT_EQ(p.funding[1].label, "Liberapay");
  ASSERT_EQ(p.persons.size(), 2u);
  EXPECT_EQ(p.persons[0].name, "Ada Byte");
  EXPECT_EQ(p.persons[0].role, "host");
  EXPECT_EQ(p.persons[0].group, "cast");
  EXPECT_EQ(p.persons[0].img, "https://osweekly.example/people/ada.jpg");
  EXPECT_EQ(p.persons[0].href, "https://osweekly.example/people/ada");
  EXPECT_EQ(p.persons[1].name, "Max Stack");
  EXPECT_EQ(p.persons[1].role, "");  // the default, host, is the reader's to assume
  ASSERT_TRUE(p.location);
  EXPECT_EQ(p.location->name, "Amsterdam");
  EXPECT_EQ(p.location->geo, "geo:52.3676,4.9041");
  EXPECT_EQ(p.location->osm, "R47811");
  EXPECT_EQ(p.location->rel, "creator");
  ASSERT_EQ(p.trailers.size(), 1u);
  const PodcastTrailer& t = p.trailers[0];
  EXPECT_EQ(t.title, "Season 4 is coming");
  EXPECT_EQ(t.url, "https://media.transistor.example/osweekly/trailer.mp3");
  EXPECT_EQ(t.pubdate.value, make_datetime(2026, 1, 5, 8, 0, 0));
  EXPECT_EQ(t.pubdate.text, "Mon, 05 Jan 2026 08:00:00 GMT");
  EXPECT_EQ(t.length.value, 2412345);
  EXPECT_EQ(t.type, "audio/mpeg");
  EXPECT_EQ(t.season.value, 4);
  ASSERT_TRUE(p.images);
  EXPECT_EQ(p.images->srcset,
            "https://osweekly.example/art-3000.jpg 3000w, https://osweekly.example/art-600.jpg "
            "600w");
  ASSERT_EQ(p.image.size(), 1u);
  EXPECT_EQ(p.image[0].href, "https://osweekly.example/art-3000.jpg");
  EXPECT_EQ(p.image[0].alt, "The Open Source Weekly logo");
  EXPECT_EQ(p.image[0].aspect_ratio, "1/1");
  EXPECT_EQ(p.image[0].width.value, 3000);
  EXPECT_EQ(p.image[0].type, "image/jpeg");
  EXPECT_EQ(p.image[0].purpose, "artwork social");
}

TEST(PodcastTest, ReadsTheChannelsValueBlock) {
  const Feed f = transistor();
  const PodcastChannel& p = *f.channel.podcast;
  ASSERT_EQ(p.value.size(), 1u);
  const PodcastValue& v = p.value[0];
  EXPECT_EQ(v.type, "lightning");
  EXPECT_EQ(v.method, "keysend");
  EXPECT_EQ(v.suggested.value, 0.00000005);
  EXPECT_EQ(v.suggested.text, "0.00000005000");
  ASSERT_EQ(v.recipients.size(), 2u);
  EXPECT_EQ(v.recipients[0].name, "Ada Byte");
  EXPECT_EQ(v.recipients[0].type, "node");
  EXPECT_EQ(v.recipients[0].split.value, 90);
  EXPECT_FALSE(v.recipients[0].fee);
  EXPECT_EQ(v.recipients[1].custom_key, "696969");
  EXPECT_EQ(v.recipients[1].custom_value, "eChoVKtO1KujpAA5HCoB");
  EXPECT_EQ(v.recipients[1].fee.value, true);
  ASSERT_EQ(v.time_splits.size(), 2u);
  EXPECT_EQ(v.time_splits[0].start_time.value, 60.0);
  EXPECT_EQ(v.time_splits[0].duration.value, 237.0);
  EXPECT_EQ(v.time_splits[0].remote_percentage.value, 95);
  ASSERT_EQ(v.time_splits[0].remote_items.size(), 1u);
  EXPECT_EQ(v.time_splits[0].remote_items[0].feed_guid, "a94f5cc9-8c58-55fc-91fe-a324087a655b");
  EXPECT_EQ(v.time_splits[0].remote_items[0].item_guid,
            "https://podcastindex.org/podcast/4148683#1");
  EXPECT_EQ(v.time_splits[1].remote_start_time.value, 12.5);
  ASSERT_EQ(v.time_splits[1].recipients.size(), 1u);
  EXPECT_EQ(v.time_splits[1].recipients[0].address, "guest@getalby.example");
}

TEST(PodcastTest, ReadsTheChannelsOtherFeeds) {
  const Feed f = transistor();
  const PodcastChannel& p = *f.channel.podcast;
  ASSERT_EQ(p.remote_items.size(), 1u);
  EXPECT_EQ(p.remote_items[0].feed_url, "https://feeds.example/companion.xml");
  EXPECT_EQ(p.remote_items[0].medium, "podcast");
  ASSERT_TRUE(p.podroll);
  ASSERT_EQ(p.podroll->remote_items.size(), 2u);
  EXPECT_EQ(p.podroll->remote_items[1].feed_url, "https://feeds.example/friends.xml");
  ASSERT_TRUE(p.publisher);
  ASSERT_EQ(p.publisher->remote_items.size(), 1u);
  EXPECT_EQ(p.publisher->remote_items[0].medium, "publisher");
  ASSERT_TRUE(p.chat);
  EXPECT_EQ(p.chat->server, "matrix.example");
  EXPECT_EQ(p.chat->protocol, "matrix");
  EXPECT_EQ(p.chat->space, "#osweekly:matrix.example");
  ASSERT_EQ(p.social_interacts.size(), 1u);
  EXPECT_EQ(p.social_interacts[0].uri, "https://fosstodon.example/@osweekly");
  EXPECT_EQ(p.social_interacts[0].protocol, "activitypub");
  EXPECT_EQ(p.social_interacts[0].account_id, "@osweekly");
  EXPECT_EQ(p.social_interacts[0].account_url, "https://fosstodon.example/@osweekly");
  EXPECT_EQ(p.social_interacts[0].priority.value, 1);
}

TEST(PodcastTest, ReadsALiveItem) {
  const Feed f = transistor();
  const PodcastChannel& p = *f.channel.podcast;
  ASSERT_EQ(p.live_items.size(), 1u);
  const PodcastLiveItem& live = p.live_items[0];
  EXPECT_EQ(live.status.value, PodcastLiveStatus::pending);
  EXPECT_EQ(live.start.value, make_datetime(2026, 11, 20, 18, 0, 0, std::chrono::minutes(-6 * 60)));
  EXPECT_EQ(live.start.text, "2026-11-20T18:00:00.000-06:00");
  EXPECT_EQ(live.end.value, make_datetime(2026, 11, 20, 19, 30, 0, std::chrono::minutes(-6 * 60)));
  ASSERT_EQ(live.alternate_enclosures.size(), 1u);
  EXPECT_EQ(live.alternate_enclosures[0].length.value, 0);
  ASSERT_EQ(live.alternate_enclosures[0].sources.size(), 1u);
  ASSERT_EQ(live.content_links.size(), 1u);
  EXPECT_EQ(live.content_links[0].label, "Watch the video stream");
  ASSERT_EQ(live.persons.size(), 1u);
  ASSERT_TRUE(live.images);
  ASSERT_EQ(live.image.size(), 1u);
  EXPECT_EQ(live.image[0].width.value, 1400);
  ASSERT_EQ(live.value.size(), 1u);
  ASSERT_EQ(live.social_interacts.size(), 1u);
  ASSERT_TRUE(live.chat);
  EXPECT_EQ(live.chat->space, "#osweekly");
  // An item's own elements inside it are kept as they are, in order.
  ASSERT_EQ(live.extensions.size(), 3u);
  EXPECT_EQ(live.extensions[0].name, "title");
  EXPECT_EQ(live.extensions[0].ns, "");
  EXPECT_EQ(live.extensions[1].name, "guid");
  EXPECT_EQ(live.extensions[2].name, "enclosure");
}

// --- reading: the item ---------------------------------------------------------------------

TEST(PodcastTest, ReadsEveryItemTag) {
  const Feed f = transistor();
  ASSERT_EQ(f.items.size(), 1u);
  ASSERT_TRUE(f.items[0].podcast);
  const PodcastItem& p = *f.items[0].podcast;
  ASSERT_EQ(p.transcripts.size(), 2u);
  EXPECT_EQ(p.transcripts[0].url, "https://share.transistor.example/204-5/transcript.vtt");
  EXPECT_EQ(p.transcripts[0].type, "text/vtt");
  EXPECT_EQ(p.transcripts[0].rel, "captions");
  EXPECT_EQ(p.transcripts[1].language, "es");
  ASSERT_TRUE(p.chapters);
  EXPECT_EQ(p.chapters->type, "application/json+chapters");
  ASSERT_EQ(p.soundbites.size(), 2u);
  EXPECT_EQ(p.soundbites[0].start_time.value, 73.0);
  EXPECT_EQ(p.soundbites[0].start_time.text, "73.0");
  EXPECT_EQ(p.soundbites[0].duration.value, 60.0);
  EXPECT_EQ(p.soundbites[0].title, "Why we almost did not ship");
  EXPECT_EQ(p.soundbites[1].duration.value, 42.25);
  EXPECT_EQ(p.soundbites[1].title, "");
  ASSERT_EQ(p.persons.size(), 2u);
  EXPECT_EQ(p.persons[0].role, "guest");
  EXPECT_EQ(p.persons[1].group, "writing");
  ASSERT_TRUE(p.location);
  EXPECT_EQ(p.location->geo, "geo:37.7749,-122.4194");
  ASSERT_TRUE(p.season);
  EXPECT_EQ(p.season->number.value, 4);
  EXPECT_EQ(p.season->name, "Releases");
  ASSERT_TRUE(p.episode);
  EXPECT_EQ(p.episode->number.value, 204.5);
  EXPECT_EQ(p.episode->display, "Ch. 204½");
  ASSERT_TRUE(p.license);
  EXPECT_EQ(p.license->identifier, "cc-by-nc-4.0");
  ASSERT_EQ(p.value.size(), 1u);
  EXPECT_EQ(p.value[0].recipients.size(), 2u);
  ASSERT_TRUE(p.images);
  ASSERT_EQ(p.image.size(), 1u);
  EXPECT_EQ(p.image[0].purpose, "artwork");
  ASSERT_EQ(p.social_interacts.size(), 2u);
  EXPECT_EQ(p.social_interacts[1].protocol, "disabled");
  ASSERT_EQ(p.txt.size(), 1u);
  EXPECT_EQ(p.txt[0].purpose, "release");
  ASSERT_TRUE(p.chat);
  ASSERT_EQ(p.content_links.size(), 1u);
  EXPECT_EQ(p.content_links[0].href, "https://www.youtube.example/watch?v=abc123");
  ASSERT_EQ(p.remote_items.size(), 1u);
  EXPECT_EQ(p.remote_items[0].medium, "music");
  EXPECT_TRUE(f.items[0].extensions.empty());
}

TEST(PodcastTest, ReadsAlternateEnclosures) {
  const Feed f = transistor();
  const PodcastItem& p = *f.items.at(0).podcast;
  ASSERT_EQ(p.alternate_enclosures.size(), 2u);
  const PodcastAlternateEnclosure& opus = p.alternate_enclosures[0];
  EXPECT_EQ(opus.type, "audio/opus");
  EXPECT_EQ(opus.length.value, 19876543);
  EXPECT_EQ(opus.bitrate.value, 64000.0);
  EXPECT_EQ(opus.title, "Opus");
  EXPECT_EQ(opus.codecs, "opus");
  EXPECT_EQ(opus.rel, "audio");
  EXPECT_EQ(opus.lang, "en");
  ASSERT_TRUE(opus.integrity);
  EXPECT_EQ(opus.integrity->type, "sri");
  ASSERT_EQ(opus.sources.size(), 2u);
  EXPECT_EQ(opus.sources[1].uri, "ipfs://QmdwGqd3d2gFHGnRG7xyNJ8hYpLo1Bvn2vgtGSPvxEoQmE");
  EXPECT_EQ(opus.sources[1].content_type, "audio/opus");
  const PodcastAlternateEnclosure& video = p.alternate_enclosures[1];
  EXPECT_EQ(video.height.value, 1080);
  EXPECT_EQ(video.is_default.value, false);
  EXPECT_FALSE(video.integrity);
}

// --- variants ------------------------------------------------------------------------------

TEST(PodcastTest, TheOldGithubUriAndHttpAreThePodcastNamespace) {
  const std::string canonical =
      R"(<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel>)"
      R"(<title>T</title><link>http://a.example/</link><description>D</description>)"
      R"(<podcast:guid>g</podcast:guid><podcast:locked>no</podcast:locked>)"
      R"(</channel></rss>)";
  const Feed expected = test::parse_clean(canonical);
  ASSERT_TRUE(expected.channel.podcast);
  for (const char* uri :
       {"https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md",
        "http://podcastindex.org/namespace/1.0", "https://podcastindex.org/namespace/1.0/"}) {
    std::string variant = canonical;
    const std::string_view from = "https://podcastindex.org/namespace/1.0";
    variant.replace(variant.find(from), from.size(), uri);
    const Feed f = test::parse_clean(variant);
    EXPECT_EQ(f, expected) << uri;
    const std::string out = test::write(f);
    EXPECT_EQ(test::count(out, "xmlns:podcast=\"https://podcastindex.org/namespace/1.0\""), 1u);
    EXPECT_EQ(test::count(out, "xmlns:"), 1u) << out;
  }
}

TEST(PodcastTest, ValuesAreReadWithoutRegardToCase) {
  const ParseResult r = parse(test::read_data("podcast/variants.xml"));
  ASSERT_TRUE(r.ok());
  const PodcastChannel& p = *r.feed.channel.podcast;
  EXPECT_EQ(p.locked->locked.value, true);
  EXPECT_EQ(p.locked->locked.text, "Yes");
  ASSERT_EQ(p.blocks.size(), 1u);
  EXPECT_EQ(p.blocks[0].blocked.value, true);
  EXPECT_EQ(p.podping->uses_podping.value, true);
  ASSERT_EQ(p.live_items.size(), 1u);
  EXPECT_EQ(p.live_items[0].status.value, PodcastLiveStatus::live);
  // The specification's own example of a start: ISO 8601 with the offset's colon left out.
  EXPECT_EQ(p.live_items[0].start.value,
            make_datetime(2021, 9, 26, 7, 30, 0, std::chrono::minutes(-6 * 60)));
  const PodcastItem& item = *r.feed.items.at(0).podcast;
  ASSERT_EQ(item.alternate_enclosures.size(), 1u);
  EXPECT_EQ(item.alternate_enclosures[0].is_default.value, true);
  EXPECT_EQ(item.alternate_enclosures[0].is_default.text, "TRUE");
  // A number in exponent form is still the number.
  EXPECT_EQ(item.episode->number.value, 100.0);
  EXPECT_EQ(item.episode->number.text, "1e2");
}

TEST(PodcastTest, UnreadableValuesKeepTheirText) {
  const ParseResult r = parse(test::read_data("podcast/variants.xml"));
  const PodcastChannel& p = *r.feed.channel.podcast;
  ASSERT_TRUE(p.update_frequency);
  EXPECT_FALSE(p.update_frequency->complete.value);
  EXPECT_EQ(p.update_frequency->complete.text, "maybe");
  EXPECT_FALSE(p.update_frequency->dtstart.value);
  EXPECT_EQ(p.update_frequency->dtstart.text, "next spring");
  const PodcastItem& item = *r.feed.items.at(0).podcast;
  EXPECT_FALSE(item.season->number.value);
  EXPECT_EQ(item.season->number.text, "two");
  ASSERT_EQ(item.soundbites.size(), 1u);
  EXPECT_FALSE(item.soundbites[0].start_time.value);
  EXPECT_EQ(item.soundbites[0].start_time.text, "about a minute in");
  EXPECT_EQ(item.soundbites[0].duration.value, 30.0);
}

TEST(PodcastTest, MisfitsAndRepeatsAreKeptAsExtensions) {
  const ParseResult r = parse(test::read_data("podcast/variants.xml"));
  EXPECT_FALSE(r.has_errors()) << test::describe(r);
  std::size_t duplicates = 0;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code == ErrorCode::duplicate_element) ++duplicates;
  }
  EXPECT_EQ(duplicates, 2u) << test::describe(r);  // the second guid and the second chapters
  const Channel& c = r.feed.channel;
  EXPECT_EQ(c.podcast->guid, "2d8f1c6a-3b4e-5f60-8a9b-0c1d2e3f4a5b");
  // A medium with an element inside is no string: kept whole, and the typed medium stays empty.
  EXPECT_EQ(c.podcast->medium, "");
  const Extension* medium = find_extension(c.extensions, "medium");
  ASSERT_NE(medium, nullptr);
  EXPECT_EQ(medium->ns, ns::kPodcast);
  ASSERT_EQ(medium->children.size(), 1u);
  const Extension* guid = find_extension(c.extensions, "guid");
  ASSERT_NE(guid, nullptr);
  EXPECT_EQ(guid->text, "ffffffff-3b4e-5f60-8a9b-0c1d2e3f4a5b");
  const Item& item = r.feed.items.at(0);
  EXPECT_EQ(item.podcast->chapters->url, "https://early.example/1.json");
  const Extension* chapters = find_extension(item.extensions, "chapters");
  ASSERT_NE(chapters, nullptr);
  // A transcript has no text: one with text is kept as it is.
  EXPECT_TRUE(item.podcast->transcripts.empty());
  const Extension* transcript = find_extension(item.extensions, "transcript");
  ASSERT_NE(transcript, nullptr);
  EXPECT_EQ(transcript->text, "inline text");
  // Unknown children of an alternateEnclosure are its extensions.
  const PodcastAlternateEnclosure& alt = item.podcast->alternate_enclosures.at(0);
  ASSERT_EQ(alt.extensions.size(), 1u);
  EXPECT_EQ(alt.extensions[0].name, "extra");
  EXPECT_EQ(alt.extensions[0].ns, ns::kPodcast);

  const std::string out = test::write(r.feed);
  for (const char* kept :
       {"<podcast:medium>podcast<podcast:note>ours</podcast:note></podcast:medium>",
        "<podcast:guid>ffffffff-3b4e-5f60-8a9b-0c1d2e3f4a5b</podcast:guid>",
        "<podcast:transcript url=\"https://early.example/1.txt\" type=\"text/plain\">inline "
        "text</podcast:transcript>",
        "<podcast:extra>kept</podcast:extra>"}) {
    EXPECT_NE(out.find(kept), std::string::npos) << kept << "\n" << out;
  }
}

TEST(PodcastTest, VariantsRoundTripUnderTheCanonicalUri) {
  const ParseResult r = parse(test::read_data("podcast/variants.xml"));
  const std::string first = test::write(r.feed);
  EXPECT_EQ(first.find("github"), std::string::npos);
  for (const char* as_read :
       {">Yes</podcast:locked>", ">TRUE</podcast:block>", "complete=\"maybe\"",
        "dtstart=\"next spring\"", "default=\"TRUE\"", "usesPodping=\"True\"",
        ">1e2</podcast:episode>", "status=\"LIVE\"", "start=\"2021-09-26T07:30:00.000-0600\""}) {
    EXPECT_NE(first.find(as_read), std::string::npos) << as_read << "\n" << first;
  }
  const ParseResult again = parse(first);
  EXPECT_EQ(test::model_difference(again.feed, r.feed), "");
  EXPECT_EQ(test::write(again.feed), first);
}

// --- writing -------------------------------------------------------------------------------

TEST(PodcastTest, WritesEveryTagAsTheSpecificationShowsIt) {
  const Feed f = transistor();
  const std::string out = test::write(f);
  EXPECT_EQ(test::count(out, "xmlns:podcast=\"https://podcastindex.org/namespace/1.0\""), 1u);
  for (const char* element : {
           "<podcast:locked owner=\"editor@osweekly.example\">yes</podcast:locked>",
           "<podcast:trailer url=\"https://media.transistor.example/osweekly/trailer.mp3\" "
           "pubdate=\"Mon, 05 Jan 2026 08:00:00 GMT\" length=\"2412345\" type=\"audio/mpeg\" "
           "season=\"4\">Season 4 is coming</podcast:trailer>",
           "<podcast:value type=\"lightning\" method=\"keysend\" suggested=\"0.00000005000\">",
           "<podcast:soundbite startTime=\"73.0\" duration=\"60.0\">Why we almost did not "
           "ship</podcast:soundbite>",
           "<podcast:episode display=\"Ch. 204½\">204.5</podcast:episode>",
           "<podcast:liveItem status=\"pending\" start=\"2026-11-20T18:00:00.000-06:00\" "
           "end=\"2026-11-20T19:30:00.000-06:00\">",
       }) {
    EXPECT_NE(out.find(element), std::string::npos) << element << "\n" << out;
  }
}

// A show as a program makes it, with typed calls only.
Feed show_built_in_code(bool atom) {
  Feed f;
  Channel& c = f.channel;
  c.title = "Made in Code";
  c.description = Text::html("A show built with typed calls.");
  if (atom) {
    c.id = "urn:uuid:3d0e6f4a-1b2c-4d5e-8f90-a1b2c3d4e5f6";
    c.links.push_back({"https://code.example/", "alternate"});
    c.last_build_date = *make_datetime(2026, 11, 1);
  } else {
    c.link = "https://code.example/";
  }
  PodcastChannel& p = c.podcast.ensure();
  p.guid = "3d0e6f4a-1b2c-5d5e-8f90-a1b2c3d4e5f6";
  PodcastLocked locked;
  locked.locked = true;
  locked.owner = "owner@code.example";
  p.locked = locked;
  PodcastFunding funding;
  funding.url = "https://code.example/fund";
  funding.label = "Fund us";
  p.funding.push_back(funding);
  PodcastUpdateFrequency frequency;
  frequency.label = "Monthly";
  frequency.complete = false;
  frequency.dtstart = *make_datetime(2026, 1, 1, 9, 30, 0, std::chrono::minutes(60));
  frequency.rrule = "FREQ=MONTHLY";
  p.update_frequency = frequency;
  PodcastPodping podping;
  podping.uses_podping = true;
  p.podping = podping;
  PodcastBlock block;
  block.blocked = false;
  p.blocks.push_back(block);
  PodcastValue value;
  value.type = "lightning";
  value.method = "keysend";
  PodcastValueRecipient host;
  host.name = "Host";
  host.type = "node";
  host.address = "02d5c1bf8b940dc9cadca86d1b0a3c37fbe39cee4c7e839e33bef9174531d27f52";
  host.split = 99;
  host.fee = true;
  value.recipients.push_back(host);
  p.value.push_back(value);
  PodcastTrailer trailer;
  trailer.title = "Trailer";
  trailer.url = "https://code.example/trailer.mp3";
  trailer.pubdate = *make_datetime(2026, 1, 1);
  trailer.length = 1234;
  trailer.type = "audio/mpeg";
  p.trailers.push_back(trailer);

  Item item;
  item.title = "First";
  item.guid.value = "made-in-code-1";
  if (atom) {
    item.updated = *make_datetime(2026, 11, 1);
  } else {
    item.guid.is_permalink = false;
  }
  PodcastItem& pi = item.podcast.ensure();
  PodcastTranscript transcript;
  transcript.url = "https://code.example/1.vtt";
  transcript.type = "text/vtt";
  pi.transcripts.push_back(transcript);
  PodcastSoundbite bite;
  bite.start_time = 12.5;
  bite.duration = 30.0;
  bite.title = "The bit";
  pi.soundbites.push_back(bite);
  PodcastEpisode episode;
  episode.number = 3.0;
  pi.episode = episode;
  PodcastAlternateEnclosure alt;
  alt.type = "audio/opus";
  alt.length = 5000;
  alt.bitrate = 64000.0;
  alt.is_default = false;
  PodcastSource source;
  source.uri = "https://code.example/1.opus";
  alt.sources.push_back(source);
  pi.alternate_enclosures.push_back(alt);
  f.items.push_back(item);
  return f;
}

TEST(PodcastTest, WritesValuesMadeInCode) {
  const std::string out = test::write(show_built_in_code(false));
  for (const char* element : {
           "<podcast:guid>3d0e6f4a-1b2c-5d5e-8f90-a1b2c3d4e5f6</podcast:guid>",
           "<podcast:locked owner=\"owner@code.example\">yes</podcast:locked>",
           "<podcast:trailer url=\"https://code.example/trailer.mp3\" pubdate=\"Thu, 01 Jan 2026 "
           "00:00:00 +0000\" length=\"1234\" type=\"audio/mpeg\">Trailer</podcast:trailer>",
           "<podcast:updateFrequency complete=\"false\" dtstart=\"2026-01-01T09:30:00+01:00\" "
           "rrule=\"FREQ=MONTHLY\">Monthly</podcast:updateFrequency>",
           "<podcast:soundbite startTime=\"12.5\" duration=\"30\">The bit</podcast:soundbite>",
           "<podcast:episode>3</podcast:episode>",
           "<podcast:alternateEnclosure type=\"audio/opus\" length=\"5000\" bitrate=\"64000\" "
           "default=\"false\">",
           "<podcast:source uri=\"https://code.example/1.opus\"/>",
           // Each flag as the specification spells it: yes/no texts, true/false attributes.
           "<podcast:podping usesPodping=\"true\"/>",
           "<podcast:block>no</podcast:block>",
           "split=\"99\" fee=\"true\"/>",
       }) {
    EXPECT_NE(out.find(element), std::string::npos) << element << "\n" << out;
  }
  EXPECT_EQ(test::count(out, "xmlns:podcast="), 1u);
}

// A flag read as "Yes" stays "Yes"; changed by the program, it is written as the specification
// spells it.
TEST(PodcastTest, AChangedFlagIsWrittenAsTheSpecificationSpellsIt) {
  ParseResult r = parse(test::read_data("podcast/variants.xml"));
  PodcastChannel& p = *r.feed.channel.podcast;
  EXPECT_NE(test::write(r.feed).find(">Yes</podcast:locked>"), std::string::npos);
  p.locked->locked.value = false;
  p.podping->uses_podping.value = false;
  const std::string out = test::write(r.feed);
  EXPECT_NE(out.find(">no</podcast:locked>"), std::string::npos) << out;
  EXPECT_NE(out.find("<podcast:podping usesPodping=\"false\"/>"), std::string::npos) << out;
}

TEST(PodcastTest, AModelBuiltInCodeRoundTrips) {
  test::expect_round_trip(show_built_in_code(false));
  const std::string atom = test::expect_round_trip(show_built_in_code(true), true);
  EXPECT_EQ(test::count(atom, "xmlns:podcast=\"https://podcastindex.org/namespace/1.0\""), 1u);
}

TEST(PodcastTest, TheTransistorFeedRoundTrips) {
  test::expect_feed_round_trip(test::read_data("podcast/transistor.xml"));
}

// In Atom the live item's RSS elements (no namespace) must stay out of Atom's namespace.
TEST(PodcastTest, TheTransistorFeedRoundTripsThroughAtom) {
  const Feed f = transistor();
  WriteOptions lenient;
  lenient.allow_missing = true;
  const std::string atom = test::write(f, true, lenient);
  const ParseResult back = parse(atom);
  EXPECT_FALSE(back.has_errors()) << test::describe(back);
  EXPECT_EQ(back.feed.channel.podcast, f.channel.podcast);
  EXPECT_EQ(back.feed.items.at(0).podcast, f.items.at(0).podcast);
  EXPECT_EQ(test::write(back.feed, true, lenient), atom);
}

}  // namespace
}  // namespace feedpp
