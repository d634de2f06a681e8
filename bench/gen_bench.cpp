// SPDX-License-Identifier: MIT
// The writer benchmark of ../shared/bench's contract: ITEMS_JSON ITERATIONS; each iteration
// builds a Feed of the 10,000 items (title, link, guid, pubDate from the epoch, description as
// HTML) and writes it as RSS 2.0 into a string.
//   prints: engine file bytes iterations seconds MB/s items peakRSS_MB
#include <feedpp/feedpp.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "contract.hpp"
#include "items_json.hpp"

namespace {

feedpp::Date from_epoch(std::int64_t seconds) {
  return feedpp::DateTime{feedpp::Timestamp{std::chrono::seconds{seconds}},
                          std::chrono::minutes{0}};
}

// The timed part: the data a program holds, into a feed, into RSS.
std::string generate(const bench::JsonFeed& in) {
  feedpp::Feed feed;
  feedpp::Channel& c = feed.channel;
  c.title = in.title;
  c.link = in.link;
  c.description = in.description;
  c.language = in.language;
  c.last_build_date = from_epoch(in.built);
  c.links.push_back({in.feed_url, "self", "application/rss+xml"});
  feed.items.reserve(in.items.size());
  for (const bench::JsonItem& it : in.items) {
    feedpp::Item& item = feed.items.emplace_back();
    item.title = it.title;
    item.link = it.link;
    item.guid.value = it.guid;
    item.pub_date = from_epoch(it.epoch);
    item.description = feedpp::Text(it.description, "html");
  }
  std::string out;
  const feedpp::Status status = feedpp::write_rss(feed, out);
  if (!status.ok()) {
    std::fprintf(stderr, "write failed: %s\n", status.message().c_str());
    std::exit(1);
  }
  return out;
}

std::size_t count_items(const std::string& xml) {
  std::size_t n = 0;
  for (std::size_t at = xml.find("<item>"); at != std::string::npos;
       at = xml.find("<item>", at + 6))
    ++n;
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 || std::atol(argv[2]) < 1) {
    std::fprintf(stderr, "usage: %s ITEMS_JSON ITERATIONS\n", argv[0]);
    return 2;
  }
  const std::optional<bench::JsonFeed> loaded = bench::load_items(argv[1]);
  if (!loaded) return 1;
  const bench::JsonFeed& input = *loaded;
  const long iterations = std::atol(argv[2]);

  std::string xml;
  const auto start = std::chrono::steady_clock::now();
  for (long i = 0; i < iterations; ++i) xml = generate(input);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::size_t bytes = xml.size();
  const std::size_t items = count_items(xml);
  bench::print_result("feedpp-gen", argv[1], bytes, iterations, seconds, items);
  return 0;
}
