// SPDX-License-Identifier: MIT
// Reads a feed of any format and prints what a reader shows: the title, then each item's date,
// title and link, then what was wrong with the feed.
//
//   parse_feed FILE
#include <feedpp/feedpp.hpp>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: parse_feed FILE\n");
    return 2;
  }
  const feedpp::ParseResult result = feedpp::parse_file(argv[1]);
  if (!result.ok()) {  // nothing usable: not a feed, or not readable
    std::fprintf(stderr, "%s: %s\n", argv[1], result.diagnostics.front().message.c_str());
    return 1;
  }
  const feedpp::Feed& feed = result.feed;
  std::printf("%s (%s, %s)\n", feed.channel.title.value.c_str(),
              std::string(feedpp::to_string(feed.format)).c_str(), result.encoding.c_str());
  for (const feedpp::Item& item : feed.items) {
    const feedpp::Date* date = feedpp::item_date(item);  // pubDate/published, else updated
    const std::string when = date && date->value ? feedpp::format_rfc3339(*date->value) : "";
    std::printf("%-25s %s <%s>\n", when.c_str(), item.title.value.c_str(),
                std::string(feedpp::alternate_link(item)).c_str());
  }
  for (const feedpp::Diagnostic& d : result.diagnostics) {
    std::printf("line %zu: %s: %s\n", d.location.line,
                std::string(feedpp::to_string(d.severity)).c_str(), d.message.c_str());
  }
  return 0;
}
