// SPDX-License-Identifier: MIT
// Input from strangers: each case an attacker or a broken server could send, and the exact
// answer parse() must give. The safety section of README.md promises what these check.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/feedpp.hpp"
#include "test_util.hpp"

namespace feedpp {

// Prints codes by name in failure messages (found by ADL, so it lives in feedpp).
static void PrintTo(ErrorCode code, std::ostream* os) { *os << to_string(code); }

namespace {

using test::codes;
using test::describe;

std::string rss(std::string_view channel, std::string_view prolog = {}) {
  std::string out(prolog);
  out += R"(<rss version="2.0"><channel>)";
  out += channel;
  out += "</channel></rss>";
  return out;
}

std::size_t count(const ParseResult& r, ErrorCode code) {
  return static_cast<std::size_t>(
      std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                    [&](const Diagnostic& d) { return d.code == code; }));
}

std::size_t occurrences(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos;
       at = text.find(what, at + what.size())) {
    ++n;
  }
  return n;
}

// The depth of an extension tree, counted without recursion.
std::size_t depth_of(const Extension& root) {
  std::size_t depth = 1;
  const Extension* e = &root;
  while (!e->children.empty()) {
    e = &e->children.front();
    ++depth;
  }
  return depth;
}

// --- entities and DTDs: nothing outside the document is read, nothing expands ---------------

TEST(HostileInputTest, ExternalEntitiesAreNeverRead) {
  const ParseResult r =
      parse(rss("<title>&xxe;</title>",
                "<?xml version=\"1.0\"?>\n"
                "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"));
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.feed.format, Format::rss_2_0);
  // The reference stays as text: the DTD's declaration is never used.
  EXPECT_EQ(r.feed.channel.title.value, "&xxe;");
  EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::undefined_entity}) << describe(r);

  // An external DTD is not fetched either, nor an entity pointing at the network.
  const ParseResult dtd =
      parse(rss("<title>&net;</title>",
                "<!DOCTYPE rss SYSTEM \"http://127.0.0.1:1/evil.dtd\" [<!ENTITY net SYSTEM "
                "\"http://127.0.0.1:1/secret\">]>"));
  EXPECT_EQ(dtd.feed.channel.title.value, "&net;");
  EXPECT_EQ(codes(dtd), std::vector<ErrorCode>{ErrorCode::undefined_entity}) << describe(dtd);
}

TEST(HostileInputTest, ParameterEntitiesAreNeverExpanded) {
  const ParseResult r =
      parse(rss("<title>a</title><description>&leak;</description>",
                "<!DOCTYPE rss [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;"
                " <!ENTITY % q \"<!ENTITY leak SYSTEM 'file:///etc/hostname'>\"> %q;]>\n"));
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.feed.channel.title.value, "a");
  EXPECT_EQ(r.feed.channel.description.value, "&leak;");
  EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::undefined_entity}) << describe(r);
}

TEST(HostileInputTest, BillionLaughsDoNotExpand) {
  std::string dtd = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">";
  for (int level = 1; level <= 9; ++level) {
    dtd += "<!ENTITY lol" + std::to_string(level) + " \"";
    for (int i = 0; i < 10; ++i) {
      dtd += level == 1 ? std::string("&lol;") : "&lol" + std::to_string(level - 1) + ";";
    }
    dtd += "\">";
  }
  dtd += "]>\n";
  const ParseResult r = parse(rss("<title>&lol9;</title>", dtd));
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.feed.channel.title.value, "&lol9;");
  EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::undefined_entity}) << describe(r);
}

// A 100 KB entity referenced 100,000 times would be 10 GB expanded; unexpanded, the text is
// the references, and the diagnostics are capped.
TEST(HostileInputTest, QuadraticBlowupDoesNotExpand) {
  std::string refs;
  for (int i = 0; i < 100000; ++i) refs += "&big;";
  const ParseResult r =
      parse(rss("<title>" + refs + "</title>",
                "<!DOCTYPE rss [<!ENTITY big \"" + std::string(100000, 'a') + "\">]>\n"));
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.feed.channel.title.value, refs);
  EXPECT_EQ(count(r, ErrorCode::undefined_entity), r.diagnostics.size());
  ASSERT_EQ(r.diagnostics.size(), 21u) << describe(r);  // 20 kept, then one summary
  EXPECT_EQ(r.diagnostics.back().message.rfind("99980 more of the same", 0), 0u)
      << r.diagnostics.back().message;
}

// --- depth ------------------------------------------------------------------------------------

std::string nested(std::size_t levels, bool closed) {
  std::string doc = R"(<rss version="2.0"><channel><title>deep</title><item><title>i</title>)";
  doc.reserve(doc.size() + levels * 7 + 64);
  for (std::size_t i = 0; i < levels; ++i) doc += "<a>";
  if (!closed) return doc;
  for (std::size_t i = 0; i < levels; ++i) doc += "</a>";
  return doc + "</item></channel></rss>";
}

TEST(HostileInputTest, AMillionLevelsAreCutAtTheDepthLimit) {
  const ParseResult r = parse(nested(1000000, true));
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::depth_limit}) << describe(r);
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].title.value, "i");
  ASSERT_EQ(r.feed.items[0].extensions.size(), 1u);
  // The item is at depth 3, so its extension keeps the levels 4 to 256.
  EXPECT_EQ(depth_of(r.feed.items[0].extensions[0]), 253u);
}

TEST(HostileInputTest, AMillionUnclosedLevelsAreClosedAndCut) {
  const ParseResult r = parse(nested(1000000, false));
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(count(r, ErrorCode::depth_limit), 1u) << describe(r);
  // Each level the end of the document closed is a truncation: 20 kept, one summary; and the
  // repair's own note that it stopped reporting.
  EXPECT_EQ(count(r, ErrorCode::truncated), 21u) << describe(r);
  EXPECT_EQ(count(r, ErrorCode::xml_syntax), 1u) << describe(r);
  EXPECT_EQ(r.diagnostics.size(), 23u);
  EXPECT_FALSE(r.complete());
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(depth_of(r.feed.items[0].extensions.at(0)), 253u);
}

// A read item's part of the tree is freed as the next is read; a million levels inside an element
// the reader takes only text from (so that no depth limit is ever met) are freed too, without
// recursion.
TEST(HostileInputTest, AMillionLevelsInsideALinkAreFreedWithoutRecursion) {
  std::string doc = R"(<rss version="2.0"><channel><title>deep</title><item><link>https://e/)";
  for (int i = 0; i < 1000000; ++i) doc += "<a>";
  for (int i = 0; i < 1000000; ++i) doc += "</a>";
  doc += "</link></item><item><title>next</title></item></channel></rss>";
  const ParseResult r = parse(doc);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  ASSERT_EQ(r.feed.items.size(), 2u);
  EXPECT_EQ(r.feed.items[0].link, "https://e/");
  EXPECT_EQ(r.feed.items[1].title.value, "next");
}

// With the limit raised, a million levels are read, copied, compared, written and destroyed:
// nothing recurses once per level.
TEST(HostileInputTest, AMillionLevelsWithTheLimitRaisedExhaustNoStack) {
  ParseOptions options;
  options.limits.max_depth = 2000000;
  const ParseResult r = parse(nested(1000000, true), options);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  ASSERT_EQ(r.feed.items.size(), 1u);
  ASSERT_EQ(r.feed.items[0].extensions.size(), 1u);
  EXPECT_EQ(depth_of(r.feed.items[0].extensions[0]), 1000000u);
  const Feed copy = r.feed;
  EXPECT_TRUE(copy == r.feed);
  WriteOptions compact;
  compact.xml.pretty = false;
  compact.allow_missing = true;
  std::string xml;
  ASSERT_TRUE(write_rss(r.feed, xml, compact).ok());
  EXPECT_EQ(occurrences(xml, "<a>") + occurrences(xml, "<a/>"), 1000000u);
  const ParseResult back = parse(xml, options);
  EXPECT_TRUE(back.diagnostics.empty()) << describe(back);
  EXPECT_TRUE(back.feed.items == r.feed.items);
}

TEST(HostileInputTest, DeepHtmlInADescriptionIsCut) {
  std::string doc = R"(<rss version="2.0"><channel><item><description>)";
  for (int i = 0; i < 1000000; ++i) doc += "<b>";
  doc += "x</description></item></channel></rss>";
  const ParseResult r = parse(doc);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(count(r, ErrorCode::depth_limit), 1u) << describe(r);
  ASSERT_EQ(r.feed.items.size(), 1u);
  // Levels 5 to 256 of <b> (the description is at level 4), as markup; the text below is gone.
  EXPECT_EQ(r.feed.items[0].description.value, [] {
    std::string s;
    for (int i = 0; i < 252; ++i) s += "<b>";
    for (int i = 0; i < 252; ++i) s += "</b>";
    return s;
  }()) << r.feed.items[0].description.value.substr(0, 200);
}

// --- size -------------------------------------------------------------------------------------

constexpr std::size_t kMiB = std::size_t{1} << 20;

std::string big_description(std::size_t bytes) {
  return rss("<title>t</title><item><title>i</title><description>" + std::string(bytes, 'x') +
             "</description></item>");
}

TEST(HostileInputTest, TwoHundredMegabyteTextAgainstTheDefaultLimits) {
  const ParseResult r = parse(big_description(200 * kMiB));
  EXPECT_TRUE(r.ok());
  // Read up to 64 MiB of input, where the document ends inside four open elements; the
  // description's text is cut at 16 MiB (a repaired document has no positions: listed last).
  EXPECT_EQ(codes(r), (std::vector<ErrorCode>{ErrorCode::input_too_large, ErrorCode::truncated,
                                              ErrorCode::truncated, ErrorCode::truncated,
                                              ErrorCode::truncated, ErrorCode::text_limit}))
      << describe(r);
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].description.value, std::string(16 * kMiB, 'x'));
}

TEST(HostileInputTest, TwoHundredMegabyteTextWithRaisedLimits) {
  const std::string doc = big_description(200 * kMiB);
  ParseOptions options;
  options.limits.max_input_bytes = 256 * kMiB;
  ParseResult r = parse(doc, options);
  EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::text_limit}) << describe(r);
  EXPECT_EQ(r.feed.items.at(0).description.value.size(), 16 * kMiB);

  options.limits.max_text_bytes = 256 * kMiB;
  r = parse(doc, options);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(r.feed.items.at(0).description.value.size(), 200 * kMiB);
  EXPECT_EQ(r.feed.items[0].description.value.find_first_not_of('x'), std::string::npos);
}

// 200 MB of ordinary items: read up to the input limit, or all of them once it is raised.
TEST(HostileInputTest, TwoHundredMegabyteInput) {
  const std::string item =
      "<item><title>t</title><description>" + std::string(4000, 'd') + "</description></item>";
  std::string items;
  items.reserve(52000 * item.size());
  for (int i = 0; i < 52000; ++i) items += item;
  const std::string head = R"(<rss version="2.0"><channel><title>big</title>)";
  const std::string doc = head + items + "</channel></rss>";
  ASSERT_GT(doc.size(), 200 * kMiB);

  const ParseResult r = parse(doc);
  EXPECT_TRUE(r.ok());
  // The cut falls inside a description: four elements are left open.
  const std::size_t cut_at = (64 * kMiB - head.size()) % item.size();
  ASSERT_GT(cut_at, item.find('d'));
  ASSERT_LT(cut_at, item.find("</description>"));
  EXPECT_EQ(codes(r), (std::vector<ErrorCode>{ErrorCode::input_too_large, ErrorCode::truncated,
                                              ErrorCode::truncated, ErrorCode::truncated,
                                              ErrorCode::truncated}))
      << describe(r);
  // The items before the limit, and the one it cuts.
  EXPECT_EQ(r.feed.items.size(), (64 * kMiB - head.size()) / item.size() + 1);

  ParseOptions options;
  options.limits.max_input_bytes = 256 * kMiB;
  const ParseResult all = parse(doc, options);
  EXPECT_TRUE(all.diagnostics.empty()) << describe(all);
  EXPECT_EQ(all.feed.items.size(), 52000u);
}

TEST(HostileInputTest, AMillionTinyItems) {
  std::string items;
  for (int i = 0; i < 1000000; ++i) items += "<item><title>x</title></item>";
  const std::string doc = rss("<title>t</title>" + items);

  const ParseResult r = parse(doc);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::item_limit}) << describe(r);
  EXPECT_EQ(r.feed.items.size(), 100000u);
  // The diagnostic points at the first item skipped.
  EXPECT_EQ(r.diagnostics.at(0).location.offset, doc.find("<item>") + 100000 * 29);

  ParseOptions options;
  options.limits.max_items = 1000000;
  const ParseResult all = parse(doc, options);
  EXPECT_TRUE(all.diagnostics.empty()) << describe(all);
  EXPECT_EQ(all.feed.items.size(), 1000000u);
  EXPECT_EQ(all.feed.items.back().title.value, "x");
}

// --- bytes ------------------------------------------------------------------------------------

TEST(HostileInputTest, NulBytesAreRemoved) {
  using namespace std::string_literals;
  const ParseResult r = parse(rss(
      "<title>a\0b</title><item><title>c\0\0d</title><link>https://e\0.example/</link></item>"s));
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.feed.channel.title.value, "ab");
  ASSERT_EQ(r.feed.items.size(), 1u);
  EXPECT_EQ(r.feed.items[0].title.value, "cd");
  EXPECT_EQ(r.feed.items[0].link, "https://e.example/");
  EXPECT_EQ(codes(r), std::vector<ErrorCode>(4, ErrorCode::invalid_character)) << describe(r);

  // In a name, removing it leaves the name around it; a document of NULs is empty.
  const ParseResult name = parse(rss("<ti\0tle>t</title>"s));
  EXPECT_EQ(name.feed.channel.title.value, "t");
  EXPECT_EQ(codes(name), std::vector<ErrorCode>{ErrorCode::invalid_character}) << describe(name);
  const ParseResult nuls = parse(std::string(1000, '\0'));
  EXPECT_FALSE(nuls.ok());
  EXPECT_EQ(codes(nuls).back(), ErrorCode::not_a_feed) << describe(nuls);
}

// Every prefix of the seed feed's bytes, as a connection cut anywhere would give: no crash,
// and each item started in the prefix is read, the earlier ones whole.
TEST(HostileInputTest, EveryTruncationOfTheSeedFeed) {
  const std::string seed = test::read_data("alamrafiul-distributed-systems.xml");
  const ParseResult whole = parse(seed);
  ASSERT_EQ(whole.feed.items.size(), 20u);
  const std::size_t root_end = seed.find("</rss>") + 6;
  for (std::size_t n = 0; n <= seed.size(); ++n) {
    const std::string_view prefix(seed.data(), n);
    const ParseResult r = parse(prefix);
    const std::size_t started = occurrences(prefix, "<item>");
    ASSERT_EQ(r.feed.items.size(), started) << "prefix of " << n << " bytes\n" << describe(r);
    for (std::size_t i = 0; i + 1 < started; ++i) {
      ASSERT_EQ(r.feed.items[i], whole.feed.items[i]) << "prefix of " << n << " bytes";
    }
    if (n >= root_end) {
      ASSERT_TRUE(r.diagnostics.empty()) << "prefix of " << n << " bytes\n" << describe(r);
    } else if (prefix.find_first_not_of(" \t\r\n") == std::string_view::npos) {
      ASSERT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::empty_document});
    } else {
      ASSERT_TRUE(r.has_errors()) << "prefix of " << n << " bytes";
    }
  }
}

TEST(HostileInputTest, OverlongAndInvalidUtf8) {
  // Overlong "/", an overlong 3-byte form, a UTF-16 surrogate encoded as UTF-8, a 5-byte form
  // and a byte that never occurs: not UTF-8, so the document is read as windows-1252.
  const std::string bad =
      "a\xC0\xAF"
      "b\xE0\x80\xAF"
      "c\xED\xA0\x80"
      "d\xF8\x88\x80\x80\x80"
      "e\xFF";
  const ParseResult r =
      parse(rss("<title>" + bad + "</title>", R"(<?xml version="1.0" encoding="utf-8"?>)"));
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::encoding_override}) << describe(r);
  EXPECT_EQ(r.feed.channel.title.value,
            "a\xC3\x80\xC2\xAF"
            "b\xC3\xA0\xE2\x82\xAC\xC2\xAF"
            "c\xC3\xAD\xC2\xA0\xE2\x82\xAC"
            "d\xC3\xB8\xCB\x86\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC"
            "e\xC3\xBF");

  // Undeclared, one good character against one bad byte is not "mostly UTF-8" either.
  const ParseResult undeclared = parse(rss("<title>\xC3\xA9\xFF</title>"));
  EXPECT_EQ(undeclared.encoding, "windows-1252");
  EXPECT_EQ(codes(undeclared), std::vector<ErrorCode>{ErrorCode::encoding_override});
  EXPECT_EQ(undeclared.feed.channel.title.value, "\xC3\x83\xC2\xA9\xC3\xBF");

  // Whatever came in, what comes out is valid UTF-8.
  WriteOptions options;
  options.allow_missing = true;
  std::string xml;
  ASSERT_TRUE(write_rss(r.feed, xml, options).ok());
  EXPECT_EQ(test::xml_problem(xml), "");
}

std::string utf16le(std::string_view ascii, std::string_view unit_for_x) {
  std::string out = "\xFF\xFE";
  for (const char c : ascii) {
    if (c == 'X') {
      out += unit_for_x;
    } else {
      out += c;
      out += '\0';
    }
  }
  return out;
}

TEST(HostileInputTest, Utf16WithALoneSurrogate) {
  for (const std::string_view unit : {std::string_view("\x00\xD8", 2),     // high, no low after
                                      std::string_view("\x00\xDC", 2)}) {  // low, no high before
    const ParseResult r = parse(utf16le(rss("<title>aXb</title>"), unit));
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.encoding, "utf-16le");
    EXPECT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::invalid_bytes}) << describe(r);
    EXPECT_EQ(r.feed.channel.title.value,
              "a\xEF\xBF\xBD"
              "b");
  }
  // A lone high surrogate as the very last unit, and an odd byte after it.
  std::string cut =
      utf16le("<rss version=\"2.0\"><channel><title>aX", std::string_view("\x00\xD8", 2));
  cut += 'z';
  const ParseResult r = parse(cut);
  EXPECT_EQ(r.encoding, "utf-16le");
  EXPECT_EQ(count(r, ErrorCode::invalid_bytes), 1u) << describe(r);
  EXPECT_EQ(r.feed.channel.title.value, "a\xEF\xBF\xBD\xEF\xBF\xBD");
}

// --- markup -----------------------------------------------------------------------------------

TEST(HostileInputTest, AnAttributeRepeatedThousandsOfTimes) {
  std::string attributes;
  for (int i = 0; i < 5000; ++i) attributes += " url=\"u" + std::to_string(i) + "\"";
  const ParseResult r =
      parse(rss("<item><title>i</title><enclosure" + attributes + " type=\"audio/mpeg\"/></item>"));
  EXPECT_TRUE(r.ok());
  ASSERT_EQ(codes(r), std::vector<ErrorCode>{ErrorCode::xml_syntax}) << describe(r);
  EXPECT_EQ(r.diagnostics[0].message,
            "attribute url repeated on <enclosure>: the first one is kept");
  ASSERT_EQ(r.feed.items.at(0).enclosures.size(), 1u);
  EXPECT_EQ(r.feed.items[0].enclosures[0].url, "u0");
  EXPECT_EQ(r.feed.items[0].enclosures[0].type, "audio/mpeg");

  // The same attribute under 5,000 prefixes of one namespace: the same, found by namespace.
  std::string declarations;
  std::string prefixed;
  for (int i = 0; i < 5000; ++i) {
    declarations += " xmlns:p" + std::to_string(i) + "=\"urn:x\"";
    prefixed += " p" + std::to_string(i) + ":a=\"" + std::to_string(i) + "\"";
  }
  const ParseResult ns =
      parse("<rss version=\"2.0\"" + declarations + "><channel><item><title>i</title><x" +
            prefixed + "/></item></channel></rss>");
  EXPECT_EQ(count(ns, ErrorCode::xml_syntax), 21u) << describe(ns);  // 20 kept, one summary
  const Extension& x = ns.feed.items.at(0).extensions.at(0);
  ASSERT_EQ(x.attributes.size(), 1u);
  EXPECT_EQ(x.attributes[0].ns, "urn:x");
  EXPECT_EQ(x.attributes[0].value, "0");
}

TEST(HostileInputTest, AMillionNamespaceDeclarations) {
  std::string declarations;
  for (int i = 0; i < 1000000; ++i) {
    declarations += " xmlns:p" + std::to_string(i) + "=\"urn:n" + std::to_string(i) + "\"";
  }
  const ParseResult r =
      parse("<rss version=\"2.0\"" + declarations +
            "><channel><title>t</title><item><title>i</title><p999999:x>v</p999999:x>"
            "<p0:y>w</p0:y></item></channel></rss>");
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  const std::vector<Extension>& found = r.feed.items.at(0).extensions;
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].ns, "urn:n999999");
  EXPECT_EQ(found[1].ns, "urn:n0");
  // Written back, only the namespaces in use are declared.
  WriteOptions options;
  options.allow_missing = true;
  std::string xml;
  ASSERT_TRUE(write_rss(r.feed, xml, options).ok());
  EXPECT_EQ(occurrences(xml, "xmlns:"), 2u) << xml;
}

}  // namespace
}  // namespace feedpp
