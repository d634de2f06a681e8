// SPDX-License-Identifier: MIT
// Writes a podcast's RSS feed to standard output: a show with iTunes and Podcasting 2.0 tags
// (guid, locked, funding, person; transcripts, chapters, guests, alternate enclosures), built
// with typed calls only in podcast_show.hpp. RssWriter declares the namespaces it uses, once, on
// the root, and checks what RSS requires (an episode's enclosure needs url, length and type).
//
//   podcast            RSS 2.0, pretty-printed
//   podcast --compact  RSS 2.0 without indentation
#include <feedpp/feedpp.hpp>

#include <cstring>
#include <iostream>

#include "podcast_show.hpp"

int main(int argc, char** argv) {
  feedpp::WriteOptions options;
  if (argc > 1 && std::strcmp(argv[1], "--compact") == 0) options.xml.pretty = false;

  feedpp::OStreamSink out(std::cout);
  feedpp::RssWriter rss(out, options);
  rss.begin(podcast_show::channel());
  for (const podcast_show::Episode& episode : podcast_show::episodes()) {
    rss.add(podcast_show::item(episode));  // written now, not held
  }
  const feedpp::Status status = rss.end();
  if (!status.ok()) {
    std::cerr << "podcast: " << status.message() << '\n';
    return 1;
  }
  return 0;
}
