// SPDX-License-Identifier: MIT
#include "test_util.hpp"

#include <gtest/gtest.h>

#include <feedpp/atom_writer.hpp>
#include <feedpp/rss_writer.hpp>

#include <fstream>
#include <sstream>

namespace feedpp::test {

std::string data_path(std::string_view name) {
  return std::string(FEEDPP_TEST_DATA_DIR) + "/" + std::string(name);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string read_data(std::string_view name) { return read_file(data_path(name)); }

std::string describe(const ParseResult& r) {
  std::string out = "format " + std::string(to_string(r.feed.format)) + ", encoding " + r.encoding +
                    ", " + std::to_string(r.diagnostics.size()) + " diagnostics";
  for (const Diagnostic& d : r.diagnostics) {
    out += "\n  " + std::string(to_string(d.severity)) + " " + std::string(to_string(d.code)) +
           " at " + std::to_string(d.location.line) + ":" + std::to_string(d.location.column) +
           " (offset " + std::to_string(d.location.offset) + "): " + d.message;
  }
  return out;
}

std::vector<ErrorCode> codes(const ParseResult& r) {
  std::vector<ErrorCode> out;
  for (const Diagnostic& d : r.diagnostics) out.push_back(d.code);
  return out;
}

#define FEEDPP_DIFFER(prefix, a, b, field) \
  if (!((a).field == (b).field)) return std::string(prefix) + #field

std::string channel_difference(const Channel& a, const Channel& b) {
#define F(field) FEEDPP_DIFFER("channel.", a, b, field)
  F(title);
  F(link);
  F(links);
  F(description);
  F(language);
  F(copyright);
  F(managing_editor);
  F(web_master);
  F(pub_date);
  F(last_build_date);
  F(categories);
  F(generator);
  F(docs);
  F(cloud);
  F(ttl);
  F(image);
  F(rating);
  F(text_input);
  F(skip_hours);
  F(skip_days);
  F(id);
  F(icon);
  F(logo);
  F(authors);
  F(contributors);
  F(lang);
  F(base);
  F(itunes);
  F(podcast);
  F(media);
  F(dublin_core);
  F(syndication);
  F(geo);
  F(creative_commons);
  F(feedburner);
  F(extensions);
#undef F
  return "";
}

std::string item_difference(const Item& a, const Item& b, const std::string& prefix) {
#define F(field) FEEDPP_DIFFER(prefix, a, b, field)
  F(title);
  F(link);
  F(links);
  F(description);
  F(content);
  F(author);
  F(authors);
  F(contributors);
  F(categories);
  F(comments);
  F(enclosures);
  F(guid);
  F(pub_date);
  F(updated);
  F(source);
  F(rights);
  F(lang);
  F(base);
  F(itunes);
  F(podcast);
  F(media);
  F(dublin_core);
  F(slash);
  F(wfw);
  F(threading);
  F(geo);
  F(chapters);
  F(creative_commons);
  F(feedburner);
  F(extensions);
#undef F
  return "";
}

std::string model_difference(const Feed& a, const Feed& b) {
  if (a.format != b.format) return "format";
  if (a.attributes != b.attributes) return "attributes";
  if (a.extensions != b.extensions) return "extensions";
  std::string d = channel_difference(a.channel, b.channel);
  if (!d.empty()) return d;
  if (a.items.size() != b.items.size()) return "items.size()";
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    d = item_difference(a.items[i], b.items[i], "items[" + std::to_string(i) + "].");
    if (!d.empty()) return d;
  }
  return a == b ? "" : "somewhere (== says they differ)";
}

Feed parse_clean(std::string_view xml) {
  ParseResult r = parse(xml);
  EXPECT_TRUE(r.ok()) << describe(r);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  return std::move(r.feed);
}

std::string write(const Feed& feed, bool atom, const WriteOptions& options) {
  std::string out;
  const Status s = atom ? write_atom(feed, out, options) : write_rss(feed, out, options);
  EXPECT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(xml_problem(out), "") << out;
  return out;
}

std::string expect_round_trip(const Feed& feed, bool atom) {
  const std::string first = write(feed, atom);
  const ParseResult back = parse(first);
  EXPECT_FALSE(back.has_errors()) << describe(back) << "\n" << first;
  Feed expected = feed;
  expected.format = atom ? Format::atom_1_0 : Format::rss_2_0;
  EXPECT_EQ(model_difference(back.feed, expected), "") << first;
  EXPECT_EQ(write(back.feed, atom), first);
  return first;
}

Feed expect_feed_round_trip(const std::string& xml, bool equivalent) {
  Feed feed = parse_clean(xml);
  const bool atom = feed.format == Format::atom_1_0;
  EXPECT_TRUE(atom || feed.format == Format::rss_2_0 || feed.format == Format::rss_1_0)
      << to_string(feed.format);
  const std::string first = write(feed, atom);
  if (equivalent) {
    EXPECT_EQ(xml_difference(xml, first), "") << first;
  }
  const ParseResult back = parse(first);
  EXPECT_TRUE(back.diagnostics.empty()) << describe(back) << "\n" << first;
  Feed expected = feed;
  expected.format = atom ? Format::atom_1_0 : Format::rss_2_0;
  EXPECT_EQ(model_difference(back.feed, expected), "") << first;
  EXPECT_EQ(write(back.feed, atom), first);
  return feed;
}

std::size_t count(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

}  // namespace feedpp::test
