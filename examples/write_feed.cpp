// SPDX-License-Identifier: MIT
// Generates the RSS 2.0 feed of a blog's tag page from its posts, item by item, to standard
// output: the feed in tests/data/alamrafiul-distributed-systems.xml, rebuilt from data.
//
//   write_feed            RSS 2.0, pretty-printed
//   write_feed --compact  RSS 2.0 without indentation
#include <feedpp/feedpp.hpp>

#include <cstring>
#include <iostream>
#include <string>

#include "seed_posts.hpp"

int main(int argc, char** argv) {
  feedpp::WriteOptions options;
  if (argc > 1 && std::strcmp(argv[1], "--compact") == 0) options.xml.pretty = false;

  const std::string site = "https://alamrafiul.com/";
  feedpp::Channel channel;
  channel.title = "Distributed-Systems on Rafiul Alam";
  channel.link = site + "tags/distributed-systems/";
  channel.description = "Recent content in Distributed-Systems on Rafiul Alam";
  feedpp::Image image;
  image.title = "Rafiul Alam";
  image.url = site + "papermod-cover.png";
  image.link = image.url;
  channel.image = image;
  channel.generator.name = "Hugo -- gohugo.io";
  channel.language = "en";
  channel.last_build_date = *feedpp::make_datetime(2026, 3, 23);
  channel.links.push_back({channel.link + "index.xml", "self", "application/rss+xml"});

  // Streams: each item is written as soon as it is added, so memory stays flat.
  feedpp::OStreamSink out(std::cout);
  feedpp::RssWriter rss(out, options);
  rss.begin(channel);
  for (const Post& post : kPosts) {
    feedpp::Item item;
    item.title = std::string(post.title);
    item.link = site + std::string(post.path) + "/";
    item.pub_date = *feedpp::make_datetime(post.year, post.month, post.day);
    item.guid.value = item.link;
    item.description = std::string(post.summary_html);  // HTML: the writer escapes it
    rss.add(item);
  }
  const feedpp::Status status = rss.end();
  if (!status.ok()) {
    std::cerr << "write_feed: " << status.message() << '\n';
    return 1;
  }
  return 0;
}
