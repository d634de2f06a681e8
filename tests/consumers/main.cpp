// SPDX-License-Identifier: MIT
// Built against an installed feedpp by run_consumers.cmake: writes a one-item feed and checks it,
// and sanitizes a line of HTML (which needs gumbo on a static feedpp's link line).
#include <feedpp/feedpp.hpp>

#include <iostream>
#include <string>

int main() {
  if (feedpp::version() != FEEDPP_VERSION) {
    std::cerr << "headers and library disagree on the version\n";
    return 1;
  }
  feedpp::Feed feed;
  feed.channel.title = "Consumer";
  feed.channel.link = "https://example.com/";
  feed.channel.description = "Installed feedpp at work";
  feedpp::Item item;
  item.title = "Hello";
  item.pub_date = *feedpp::make_datetime(2026, 11, 25, 8, 0, 0);
  feed.items.push_back(item);
  const std::string rss = feedpp::to_rss(feed);
  if (rss.find("<pubDate>Wed, 25 Nov 2026 08:00:00 +0000</pubDate>") == std::string::npos) {
    std::cerr << "unexpected output:\n" << rss;
    return 1;
  }
  if (feedpp::sanitize_html("<b onclick=\"x()\">hi</b>") != "<b>hi</b>") {
    std::cerr << "sanitize_html failed\n";
    return 1;
  }
  std::cout << "consumer ok\n";
  return 0;
}
