// SPDX-License-Identifier: MIT
// JSON Feed speed: ITEMS_JSON [ITEMS...]. From the first ITEMS items of ../shared/bench's
// items.json (default: 20 and 10000, the item counts of rss-small and rss-large), a JSON Feed
// 1.1 document is generated (title, url, id, date_published, content_html); then, each for about
// two seconds, interleaved over three rounds (the median counts):
//   parse        feedpp::parse() of the document, then every item's title, link and content read
//   simdjson     the JSON parser alone on the same bytes: copied into a padded_string (as parse()
//                must, from a caller's buffer), walked with the on-demand API, the same members
//                read as string_views
//   model        the model alone, as feedpp-model-bench measures it for the XML feeds
//                (bench::copy_and_read(): the parsed Feed copied, its items read, and
//                destroyed): the allocations, copies and frees simdjson alone does not make. A
//                parse takes about this and simdjson's own reading, less the string copy the
//                two share
//   write        the items into a Feed, and write_json_feed() into a string
//   fmt          the ceiling: the same JSON printed with fmt into a memory_buffer, strings
//                escaped with a table (quote, backslash, control characters), dates formatted
// Prints one line a measurement in the harness's format (engine file bytes iterations seconds
// MB/s items peakRSS_MB), then the ratios: parse ÷ simdjson (goal ≥ 0.5), the model's time ÷
// simdjson's, and write ÷ fmt.
#include <fmt/format.h>
#include <simdjson.h>
#include <sys/resource.h>
#include <feedpp/feedpp.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "items_json.hpp"

namespace {

using Clock = std::chrono::steady_clock;

feedpp::Date from_epoch(std::int64_t seconds) {
  return feedpp::DateTime{feedpp::Timestamp{std::chrono::seconds{seconds}},
                          std::chrono::minutes{0}};
}

bench::JsonFeed first(const bench::JsonFeed& all, std::size_t n) {
  bench::JsonFeed out = all;
  out.items.resize(std::min(n, all.items.size()));
  return out;
}

// The data a program holds, into a Feed, into JSON Feed.
std::string write_feedpp(const bench::JsonFeed& in) {
  feedpp::Feed feed;
  feedpp::Channel& c = feed.channel;
  c.title = in.title;
  c.link = in.link;
  c.description = in.description;
  c.language = in.language;
  c.links.push_back({in.feed_url, "self", "application/feed+json"});
  feed.items.reserve(in.items.size());
  for (const bench::JsonItem& it : in.items) {
    feedpp::Item& item = feed.items.emplace_back();
    item.title = it.title;
    item.link = it.link;
    item.guid.value = it.guid;
    item.pub_date = from_epoch(it.epoch);
    item.content = feedpp::Content{it.description, "html", {}, {}, {}};
  }
  std::string out;
  const feedpp::Status status = feedpp::write_json_feed(feed, out);
  if (!status.ok()) {
    std::fprintf(stderr, "write failed: %s\n", status.message().c_str());
    std::exit(1);
  }
  return out;
}

// RFC 8259 §7: what a JSON string cannot hold as it is.
void escape(fmt::memory_buffer& b, const std::string& s) {
  static constexpr auto kSpecial = [] {
    std::array<bool, 256> t{};
    for (std::size_t i = 0; i < 0x20; ++i) t[i] = true;
    t['"'] = t['\\'] = true;
    return t;
  }();
  static constexpr char kHex[] = "0123456789abcdef";
  b.push_back('"');
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p < end) {
    const char* run = p;
    while (p < end && !kSpecial[static_cast<unsigned char>(*p)]) ++p;
    b.append(run, p);
    if (p == end) break;
    const auto c = static_cast<unsigned char>(*p++);
    if (c == '"' || c == '\\') {
      b.push_back('\\');
      b.push_back(static_cast<char>(c));
    } else if (c == '\n') {
      b.append(std::string_view("\\n"));
    } else {
      const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      b.append(esc, esc + sizeof esc);
    }
  }
  b.push_back('"');
}

void member(fmt::memory_buffer& b, const char* indent, const char* key, const std::string& value,
            bool comma = true) {
  fmt::format_to(std::back_inserter(b), "{}\"{}\": ", indent, key);
  escape(b, value);
  if (comma) b.push_back(',');
  b.push_back('\n');
}

fmt::memory_buffer write_fmt(const bench::JsonFeed& in) {
  fmt::memory_buffer b;
  b.append(std::string_view("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n"));
  member(b, "  ", "title", in.title);
  member(b, "  ", "home_page_url", in.link);
  member(b, "  ", "feed_url", in.feed_url);
  member(b, "  ", "description", in.description);
  member(b, "  ", "language", in.language);
  b.append(std::string_view("  \"items\": ["));
  for (std::size_t i = 0; i < in.items.size(); ++i) {
    const bench::JsonItem& it = in.items[i];
    b.append(std::string_view(i == 0 ? "\n    {\n" : ",\n    {\n"));
    member(b, "      ", "id", it.guid);
    member(b, "      ", "url", it.link);
    member(b, "      ", "title", it.title);
    member(b, "      ", "content_html", it.description);
    std::tm tm{};
    const auto t = static_cast<std::time_t>(it.epoch);
    gmtime_r(&t, &tm);
    fmt::format_to(std::back_inserter(b),
                   "      \"date_published\": \"{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z\"\n    }}",
                   tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  }
  b.append(std::string_view("\n  ]\n}\n"));
  return b;
}

std::size_t parse_feedpp(const std::string& doc) {
  const feedpp::ParseResult result = feedpp::parse(doc);
  if (!result.ok()) {
    std::fprintf(stderr, "parse failed: %s\n", result.diagnostics.front().message.c_str());
    std::exit(1);
  }
  std::size_t sum = 0;
  for (const feedpp::Item& item : result.feed.items) sum += bench::read_item(item);
  return sum;
}

std::size_t parse_simdjson(const std::string& doc) {
  thread_local simdjson::ondemand::parser parser;
  const simdjson::padded_string json(doc);
  std::size_t sum = 0;
  auto fail = [](simdjson::error_code e) {
    std::fprintf(stderr, "simdjson: %s\n", simdjson::error_message(e));
    std::exit(1);
  };
  simdjson::ondemand::document d;
  if (auto e = parser.iterate(json).get(d)) fail(e);
  simdjson::ondemand::object feed;
  if (auto e = d.get_object().get(feed)) fail(e);
  for (auto field : feed) {
    std::string_view key;
    if (auto e = field.unescaped_key().get(key)) fail(e);
    if (key != "items") continue;
    simdjson::ondemand::array items;
    if (auto e = field.value().get_array().get(items)) fail(e);
    for (auto element : items) {
      simdjson::ondemand::object item;
      if (auto e = element.get_object().get(item)) fail(e);
      for (auto m : item) {
        std::string_view name;
        if (auto e = m.unescaped_key().get(name)) fail(e);
        if (name == "title" || name == "url" || name == "content_html" || name == "id" ||
            name == "date_published") {
          std::string_view s;
          if (auto e = m.value().get_string().get(s)) fail(e);
          sum += s.size();
        }
      }
    }
  }
  return sum;
}

struct Measure {
  std::string engine;
  std::size_t bytes = 0;  // of input (parse) or output (write)
  std::function<std::size_t()> run;
  long iterations = 1;
  std::vector<double> rates;  // MB/s, one a round
};

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s ITEMS_JSON [ITEMS...]\n", argv[0]);
    return 2;
  }
  const std::optional<bench::JsonFeed> loaded = bench::load_items(argv[1]);
  if (!loaded) return 1;
  const bench::JsonFeed& all = *loaded;
  std::vector<std::size_t> sizes;
  for (int i = 2; i < argc; ++i) sizes.push_back(static_cast<std::size_t>(std::atol(argv[i])));
  if (sizes.empty()) sizes = {20, 10000};

  for (const std::size_t n : sizes) {
    const bench::JsonFeed data = first(all, n);
    const std::string doc = write_feedpp(data);
    const std::string name = "json-" + std::to_string(data.items.size()) + ".json";
    const feedpp::Feed parsed = feedpp::parse(doc).feed;
    std::size_t sink = 0;
    std::vector<Measure> measures = {
        {"feedpp-json-parse", doc.size(), [&] { return parse_feedpp(doc); }, 1, {}},
        {"simdjson-ondemand", doc.size(), [&] { return parse_simdjson(doc); }, 1, {}},
        {"feedpp-json-model", doc.size(), [&] { return bench::copy_and_read(parsed); }, 1, {}},
        {"feedpp-json-gen", doc.size(), [&] { return write_feedpp(data).size(); }, 1, {}},
        {"fmt-json-gen", write_fmt(data).size(), [&] { return write_fmt(data).size(); }, 1, {}},
    };
    // Calibrate: iterations for about two seconds a round.
    for (Measure& m : measures) {
      const auto start = Clock::now();
      long done = 0;
      while (std::chrono::duration<double>(Clock::now() - start).count() < 0.2) {
        sink += m.run();
        ++done;
      }
      m.iterations = std::max(1L, done * 10);
    }
    for (int round = 0; round < 3; ++round) {
      for (Measure& m : measures) {
        const auto start = Clock::now();
        for (long i = 0; i < m.iterations; ++i) sink += m.run();
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        m.rates.push_back(static_cast<double>(m.bytes) * static_cast<double>(m.iterations) /
                          seconds / 1e6);
        std::printf("%s %s %zu %ld %.6f %.3f %zu %.1f\n", m.engine.c_str(), name.c_str(), m.bytes,
                    m.iterations, seconds, m.rates.back(), data.items.size(), peak_rss_mib());
      }
    }
    const double parse = median(measures[0].rates), simdjson = median(measures[1].rates);
    const double model = median(measures[2].rates), write = median(measures[3].rates);
    const double fmt = median(measures[4].rates);
    std::printf(
        "# %s (%zu bytes): parse %.0f MB/s = %.2fx simdjson alone (%.0f); the model alone "
        "takes %.2fx simdjson's time; write %.0f MB/s = %.2fx the fmt ceiling (%.0f)\n",
        name.c_str(), doc.size(), parse, parse / simdjson, simdjson, simdjson / model, write,
        write / fmt, fmt);
    std::fflush(stdout);
    if (sink == 0) std::fprintf(stderr, "nothing read\n");
  }
  return 0;
}
