// SPDX-License-Identifier: MIT
// Streams N seed-like items (the posts of examples/seed_posts.hpp, each made unique) through
// RssWriter into a sink that only counts bytes, and reports throughput and peak memory. Peak
// memory must not grow with N: the writer holds one buffer, not the document.
//
//   feedpp-write-stream-bench [ITEMS]     (default 1000000)
//   prints: engine items bytes seconds MB/s peakRSS_MB
#include <sys/resource.h>
#include <feedpp/feedpp.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "seed_posts.hpp"

namespace {

class CountingSink final : public feedpp::Sink {
 public:
  bool write(std::string_view bytes) override {
    bytes_ += bytes.size();
    // Touch the bytes, as a real sink would, so the copy into the buffer is not for nothing.
    if (!bytes.empty()) checksum_ += static_cast<unsigned char>(bytes[bytes.size() / 2]);
    return true;
  }
  std::size_t bytes() const { return bytes_; }
  unsigned checksum() const { return checksum_; }

 private:
  std::size_t bytes_ = 0;
  unsigned checksum_ = 0;
};

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  const long items = argc > 1 ? std::atol(argv[1]) : 1000000;
  if (items < 1) {
    std::fprintf(stderr, "usage: %s [ITEMS>=1]\n", argv[0]);
    return 2;
  }
  const std::string site = "https://alamrafiul.com/";
  feedpp::Channel channel;
  channel.title = "Distributed-Systems on Rafiul Alam";
  channel.link = site + "tags/distributed-systems/";
  channel.description = "Recent content in Distributed-Systems on Rafiul Alam";
  channel.generator.name = "Hugo -- gohugo.io";
  channel.language = "en";
  channel.last_build_date = *feedpp::make_datetime(2026, 3, 23);
  channel.links.push_back({channel.link + "index.xml", "self", "application/rss+xml"});

  CountingSink sink;
  const auto start = std::chrono::steady_clock::now();
  feedpp::RssWriter rss(sink);
  rss.begin(channel);
  feedpp::Item item;  // reused: the program's data, not the writer, decides what is held
  const feedpp::DateTime base = *feedpp::make_datetime(2026, 3, 23);
  for (long i = 0; i < items; ++i) {
    const Post& post = kPosts[static_cast<std::size_t>(i) % kPosts.size()];
    item.title.value.assign(post.title);
    item.link.assign(site).append(post.path).append("/").append(std::to_string(i)).append("/");
    item.pub_date = feedpp::DateTime{base.utc - std::chrono::minutes{i}, base.offset};
    item.guid.value = item.link;
    item.description.value.assign(post.summary_html);
    if (!rss.add(item).ok()) break;
  }
  const feedpp::Status status = rss.end();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!status.ok()) {
    std::fprintf(stderr, "write failed: %s\n", status.message().c_str());
    return 1;
  }
  std::fprintf(stderr, "checksum %u\n", sink.checksum());
  std::printf("feedpp-rss-stream %ld %zu %.6f %.1f %.1f\n", items, sink.bytes(), seconds,
              static_cast<double>(sink.bytes()) / seconds / 1e6, peak_rss_mib());
  return 0;
}
