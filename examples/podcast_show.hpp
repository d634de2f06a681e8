// SPDX-License-Identifier: MIT
// The show examples/podcast.cpp writes: a podcast channel and its episodes, built with typed
// calls only (no Extension, no namespace map). It has what Apple Podcasts requires (channel
// title, description, itunes:image, language, itunes:category, itunes:explicit; for each episode
// a title, an enclosure with url, length and type, and a guid) and the Podcasting 2.0 tags hosts
// add today. tests/examples_test.cpp checks that the feed podcast.cpp writes reads back as this
// model.
#ifndef FEEDPP_EXAMPLES_PODCAST_SHOW_HPP
#define FEEDPP_EXAMPLES_PODCAST_SHOW_HPP

#include <feedpp/feedpp.hpp>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace podcast_show {

inline const std::string kSite = "https://nightshift.example/";

// The channel: RSS's fields, then the show's iTunes and Podcasting 2.0 tags.
inline feedpp::Channel channel() {
  feedpp::Channel c;
  c.title = "The Night Shift";
  c.link = kSite;
  c.description = feedpp::Text::html(
      "<p>Stories from the people who work while the rest of us sleep: bakers, nurses, tram "
      "drivers and the odd lighthouse keeper.</p>");
  c.language = "en-us";
  c.copyright = "© 2026 Night Shift Productions";
  c.last_build_date = *feedpp::make_datetime(2026, 11, 16, 5, 0, 0);
  // The feed's own URL, which feed validators ask for and podcast apps follow.
  c.links.push_back({kSite + "feed.xml", "self", "application/rss+xml"});

  feedpp::ItunesChannel& itunes = c.itunes.ensure();
  // Apple wants square artwork of 1400 to 3000 pixels, JPEG or PNG.
  itunes.image = feedpp::ItunesImage{kSite + "artwork-3000.jpg", "", {}, {}};
  feedpp::ItunesCategory society;
  society.text = "Society & Culture";  // one of Apple's categories, with a subcategory
  society.subcategories.push_back(feedpp::ItunesSubcategory{"Documentary", {}, {}, {}});
  itunes.categories.push_back(society);
  itunes.explicit_content = feedpp::ItunesExplicit::no;
  itunes.author = "Night Shift Productions";
  itunes.owner = feedpp::ItunesOwner{"Lee Moon", "lee@nightshift.example", {}, {}, {}};
  itunes.type = feedpp::ItunesType::episodic;

  feedpp::PodcastChannel& podcast = c.podcast.ensure();
  // The show's UUIDv5 of its feed URL (podcastindex.org's namespace), computed once by the host.
  podcast.guid = "a8f3b2c1-6d4e-5f70-8a9b-0c1d2e3f4a5b";
  feedpp::PodcastLocked locked;
  locked.locked = true;  // other hosts must not import the feed
  locked.owner = "lee@nightshift.example";
  podcast.locked = locked;
  feedpp::PodcastFunding funding;
  funding.url = kSite + "support";
  funding.label = "Keep the lights on";
  podcast.funding.push_back(funding);
  feedpp::PodcastPerson host;
  host.name = "Lee Moon";
  host.role = "host";
  host.href = kSite + "about";
  podcast.persons.push_back(host);
  return c;
}

// What a program would read from its database for each episode.
struct Episode {
  std::string slug;
  std::string title;
  std::string summary_html;
  int season, number;
  int year, month, day;
  std::chrono::seconds duration;
  std::int64_t mp3_bytes, opus_bytes;
  std::string guest;
  feedpp::ItunesEpisodeType type;
};

inline std::vector<Episode> episodes() {
  using std::chrono::seconds;
  return {
      {"002-the-tram-driver", "The Tram Driver",
       "<p>Nadia drives the last tram of the night, and knows every drunk by name.</p>", 1, 2, 2026,
       11, 16, seconds(2537), 40591360, 20295680, "Nadia Rail", feedpp::ItunesEpisodeType::full},
      {"001-the-baker", "The Baker",
       "<p>At 2 a.m. the ovens are already hot. Tom has been baking for forty years.</p>", 1, 1,
       2026, 11, 9, seconds(1984), 31744000, 15872000, "Tom Crumb",
       feedpp::ItunesEpisodeType::full},
  };
}

// One episode: RSS's fields (Apple requires title, enclosure and guid), then the episode's iTunes
// and Podcasting 2.0 tags.
inline feedpp::Item item(const Episode& e) {
  const std::string page = kSite + "episodes/" + e.slug;
  const std::string media = "https://media.nightshift.example/" + e.slug;
  feedpp::Item it;
  it.title = e.title;
  it.link = page;
  it.description = feedpp::Text::html(e.summary_html);
  it.pub_date = *feedpp::make_datetime(e.year, e.month, e.day, 5, 0, 0);
  it.guid.value = "nightshift-" + e.slug;
  it.guid.is_permalink = false;  // an identifier, not a URL
  it.enclosures.push_back({media + ".mp3", std::to_string(e.mp3_bytes), "audio/mpeg"});

  feedpp::ItunesItem& itunes = it.itunes.ensure();
  itunes.duration = e.duration;
  itunes.season = e.season;
  itunes.episode = e.number;
  itunes.episode_type = e.type;
  itunes.explicit_content = feedpp::ItunesExplicit::no;
  itunes.image = feedpp::ItunesImage{kSite + "episodes/" + e.slug + "-3000.jpg", "", {}, {}};

  feedpp::PodcastItem& podcast = it.podcast.ensure();
  feedpp::PodcastTranscript transcript;
  transcript.url = page + "/transcript.vtt";
  transcript.type = "text/vtt";
  transcript.rel = "captions";
  podcast.transcripts.push_back(transcript);
  feedpp::PodcastChapters chapters;
  chapters.url = page + "/chapters.json";
  chapters.type = "application/json+chapters";
  podcast.chapters = chapters;
  feedpp::PodcastPerson guest;
  guest.name = e.guest;
  guest.role = "guest";
  podcast.persons.push_back(guest);
  // The same episode in Opus, from the host and from IPFS, with its checksum.
  feedpp::PodcastAlternateEnclosure opus;
  opus.type = "audio/opus";
  opus.length = e.opus_bytes;
  opus.bitrate = 64000.0;
  opus.title = "Opus";
  feedpp::PodcastSource host_copy;
  host_copy.uri = media + ".opus";
  opus.sources.push_back(host_copy);
  feedpp::PodcastSource ipfs;
  ipfs.uri = "ipfs://bafybeig" + e.slug;
  ipfs.content_type = "audio/opus";
  opus.sources.push_back(ipfs);
  feedpp::PodcastIntegrity integrity;
  integrity.type = "sri";  // the host computes the file's SHA-384; a placeholder here
  integrity.value = "sha384-" + std::string(64, 'A');
  opus.integrity = integrity;
  podcast.alternate_enclosures.push_back(opus);
  return it;
}

}  // namespace podcast_show

#endif  // FEEDPP_EXAMPLES_PODCAST_SHOW_HPP
