// SPDX-License-Identifier: MIT
// Arbitrary model contents (strings of any bytes, in every field, extension trees of any names,
// JSON Feed members of any text) into the three writers: the RSS and Atom output is always
// well-formed XML with namespaces, the JSON Feed output valid JSON.
#include <fuzzer/FuzzedDataProvider.h>
#include <feedpp/feedpp.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "json_check.hpp"
#include "xml_check.hpp"

namespace {

std::string s(FuzzedDataProvider& p) { return p.ConsumeRandomLengthString(40); }

feedpp::Text text(FuzzedDataProvider& p) {
  static const char* const kTypes[] = {"", "text", "html", "xhtml", "image/png", "text/html"};
  feedpp::Text t(s(p), kTypes[p.ConsumeIntegralInRange<int>(0, 5)]);
  if (p.ConsumeBool()) t.lang = s(p);
  if (p.ConsumeBool()) t.base = s(p);
  return t;
}

feedpp::Date date(FuzzedDataProvider& p) {
  feedpp::Date d;
  if (p.ConsumeBool()) {
    // Only dates a format can write: ok() ones.
    d.value = feedpp::DateTime{
        feedpp::Timestamp{std::chrono::seconds{
            p.ConsumeIntegralInRange<std::int64_t>(-62167219200 + 86400, 253402300799 - 86400)}},
        std::chrono::minutes{p.ConsumeIntegralInRange<int>(-1439, 1439)}};
  }
  if (p.ConsumeBool()) d.text = s(p);
  return d;
}

feedpp::Extension extension(FuzzedDataProvider& p, int depth) {
  feedpp::Extension e{s(p), s(p), s(p)};
  for (int i = 0, n = p.ConsumeIntegralInRange<int>(0, 3); i < n; ++i) {
    e.attributes.push_back({s(p), s(p), s(p), s(p)});
  }
  e.text = s(p);
  if (depth < 4) {
    for (int i = 0, n = p.ConsumeIntegralInRange<int>(0, 2); i < n; ++i) {
      e.children.push_back(extension(p, depth + 1));
      e.children.back().tail = s(p);
    }
  }
  return e;
}

feedpp::Person person(FuzzedDataProvider& p) {
  feedpp::Person x{s(p), s(p), s(p)};
  if (p.ConsumeBool()) x.extensions.push_back(extension(p, 2));
  return x;
}

feedpp::Link link(FuzzedDataProvider& p) {
  feedpp::Link l{s(p), s(p), s(p), s(p), s(p), s(p)};
  if (p.ConsumeBool()) l.attributes.push_back({s(p), s(p), s(p), s(p)});
  return l;
}

std::vector<feedpp::JsonMember> members(FuzzedDataProvider& p) {
  static const char* const kValues[] = {"1", "\"x\"", "{\"a\": [1, {}]}", "null", ""};
  std::vector<feedpp::JsonMember> list;
  for (int i = 0, n = p.ConsumeIntegralInRange<int>(0, 2); i < n; ++i) {
    // A key (any bytes, or one JSON Feed names), and a value: valid JSON or any bytes.
    list.push_back({p.ConsumeBool() ? s(p) : "title",
                    p.ConsumeBool() ? kValues[p.ConsumeIntegralInRange<int>(0, 4)] : s(p)});
  }
  return list;
}

feedpp::Feed feed(FuzzedDataProvider& p) {
  feedpp::Feed f;
  feedpp::Channel& c = f.channel;
  c.title = text(p);
  c.link = s(p);
  c.description = text(p);
  c.language = s(p);
  c.copyright = text(p);
  c.managing_editor = s(p);
  c.pub_date = date(p);
  c.last_build_date = date(p);
  c.categories.push_back({s(p), s(p), s(p)});
  c.generator = {s(p), s(p), s(p)};
  if (p.ConsumeBool()) c.cloud = feedpp::Cloud{s(p), s(p), s(p), s(p), s(p)};
  if (p.ConsumeBool()) {
    feedpp::Image image;
    image.url = s(p);
    image.title = s(p);
    image.width = s(p);
    c.image = image;
  }
  c.skip_hours = {s(p)};
  c.id = s(p);
  c.icon = s(p);
  c.links.push_back(link(p));
  c.authors.push_back(person(p));
  c.lang = s(p);
  c.base = s(p);
  c.extensions.push_back(extension(p, 0));
  if (p.ConsumeBool()) {
    feedpp::JsonFeedChannel& j = c.json_feed.ensure();
    j.version = s(p);
    j.user_comment = s(p);
    j.next_url = s(p);
    if (p.ConsumeBool()) j.expired = p.ConsumeBool();
    j.hubs.push_back({s(p), s(p), members(p)});
    j.authors.push_back({s(p), members(p)});
    j.members = members(p);
  }
  f.attributes.push_back({s(p), s(p), s(p), s(p)});
  for (int i = 0, n = p.ConsumeIntegralInRange<int>(0, 3); i < n; ++i) {
    feedpp::Item it;
    it.title = text(p);
    it.link = s(p);
    it.description = text(p);
    it.content = feedpp::Content{s(p), p.ConsumeBool() ? "xhtml" : s(p), s(p), s(p), s(p)};
    it.author = s(p);
    it.authors.push_back(person(p));
    it.categories.push_back({s(p), s(p), s(p)});
    it.comments = s(p);
    it.enclosures.push_back({s(p), s(p), s(p)});
    it.guid = {s(p), p.ConsumeBool()};
    it.pub_date = date(p);
    it.updated = date(p);
    if (p.ConsumeBool()) {
      it.source = feedpp::Source{};
      it.source->url = s(p);
      it.source->title = text(p);
      it.source->links.push_back(link(p));
    }
    it.rights = text(p);
    it.links.push_back(link(p));
    it.extensions.push_back(extension(p, 0));
    if (p.ConsumeBool()) {
      feedpp::JsonFeedItem& j = it.json_feed.ensure();
      j.external_url = s(p);
      j.image = s(p);
      if (p.ConsumeBool()) j.content_text = s(p);
      j.authors.push_back({s(p), members(p)});
      j.attachments.push_back({s(p), s(p), members(p)});
      j.members = members(p);
    }
    f.items.push_back(it);
  }
  return f;
}

void check(const std::string& xml, const feedpp::Status& status) {
  if (!status.ok()) {
    std::fprintf(stderr, "writer_fuzzer: %s\n", status.message().c_str());
    std::abort();
  }
  const std::string problem = feedpp::test::xml_problem(xml);
  if (!problem.empty()) {
    std::fprintf(stderr, "writer_fuzzer: %s\n%s\n", problem.c_str(), xml.c_str());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider p(data, size);
  feedpp::WriteOptions options;
  options.allow_missing = true;
  options.html_as_cdata = p.ConsumeBool();
  options.xml.pretty = p.ConsumeBool();
  const feedpp::Feed f = feed(p);
  std::string rss;
  check(rss, feedpp::write_rss(f, rss, options));
  std::string atom;
  check(atom, feedpp::write_atom(f, atom, options));
  std::string json;
  const feedpp::Status status = feedpp::write_json_feed(f, json, options);
  const std::string problem = status.ok() ? feedpp::test::json_problem(json) : status.message();
  if (!problem.empty()) {
    std::fprintf(stderr, "writer_fuzzer: %s\n%s\n", problem.c_str(), json.c_str());
    std::abort();
  }
  return 0;
}
