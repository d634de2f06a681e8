// SPDX-License-Identifier: MIT
// Creative Commons licenses (include/feedpp/ext/creative_commons.hpp): the RDF module in an
// RSS 1.0 photolog (cc:license rdf:resource), UserLand's in RSS 2.0 (creativeCommons:license),
// both modules' other URIs, a license given as text, other attributes and a misfit; writing from
// code; round trips.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

using Strings = std::vector<std::string>;

TEST(CreativeCommonsTest, ReadsTheRdfModule) {
  const Feed f = test::parse_clean(test::read_data("creative_commons/rss10-cc.xml"));
  ASSERT_TRUE(f.channel.creative_commons);
  ASSERT_EQ(f.channel.creative_commons->cc_licenses.size(), 1u);
  EXPECT_EQ(f.channel.creative_commons->cc_licenses[0].resource,
            "http://creativecommons.org/licenses/by-nc-sa/2.0/");
  EXPECT_EQ(f.channel.creative_commons->cc_licenses[0].text, "");
  ASSERT_TRUE(f.items.at(0).creative_commons);
  EXPECT_EQ(f.items[0].creative_commons->cc_licenses.at(0).resource,
            "http://creativecommons.org/licenses/by/2.0/");
  EXPECT_TRUE(f.items[0].extensions.empty());
  // The license's description beside the channel is RDF, not a license reference: kept.
  ASSERT_EQ(f.extensions.size(), 1u);
  EXPECT_EQ(f.extensions[0].name, "License");
}

TEST(CreativeCommonsTest, ReadsUserlandsModule) {
  const Feed f = test::parse_clean(test::read_data("creative_commons/rss20-creativecommons.xml"));
  ASSERT_TRUE(f.channel.creative_commons);
  EXPECT_EQ(f.channel.creative_commons->licenses,
            Strings{"http://www.creativecommons.org/licenses/by-nd/1.0"});
  EXPECT_TRUE(f.channel.creative_commons->cc_licenses.empty());
  EXPECT_EQ(f.items.at(0).creative_commons->licenses,
            (Strings{"http://www.creativecommons.org/licenses/by/1.0",
                     "http://www.creativecommons.org/licenses/sampling/1.0"}));
}

TEST(CreativeCommonsTest, OtherUrisTextAttributesAndMisfits) {
  const Feed f = test::parse_clean(test::read_data("creative_commons/variants.xml"));
  ASSERT_TRUE(f.channel.creative_commons);
  ASSERT_EQ(f.channel.creative_commons->cc_licenses.size(), 1u);
  EXPECT_EQ(f.channel.creative_commons->cc_licenses[0].resource, "");
  EXPECT_EQ(f.channel.creative_commons->cc_licenses[0].text,
            "https://creativecommons.org/licenses/by/4.0/");
  const Item& item = f.items.at(0);
  ASSERT_TRUE(item.creative_commons);
  ASSERT_EQ(item.creative_commons->cc_licenses.size(), 1u);
  const CcLicense& cc = item.creative_commons->cc_licenses[0];
  EXPECT_EQ(cc.resource, "https://creativecommons.org/licenses/by-sa/4.0/");
  ASSERT_EQ(cc.attributes.size(), 1u);
  EXPECT_EQ(cc.attributes[0].name, "lang");
  EXPECT_EQ(item.creative_commons->licenses,
            Strings{"https://creativecommons.org/licenses/by-sa/4.0/"});
  ASSERT_EQ(item.extensions.size(), 1u);
  EXPECT_EQ(item.extensions[0].ns, ns::kCreativeCommons);
  EXPECT_EQ(item.extensions[0].text, "https://creativecommons.org/licenses/by/4.0/");

  const std::string out = test::write(f);
  EXPECT_EQ(test::count(out, "xmlns:cc=\"http://web.resource.org/cc/\""), 1u) << out;
  EXPECT_EQ(test::count(out,
                        "xmlns:creativeCommons=\"http://backend.userland.com/"
                        "creativeCommonsRssModule\""),
            1u)
      << out;
  EXPECT_EQ(out.find("creativecommons.org/ns#"), std::string::npos) << out;
  EXPECT_EQ(out.find("harvard"), std::string::npos) << out;
  for (const char* written :
       {"<cc:license>https://creativecommons.org/licenses/by/4.0/</cc:license>",
        "<cc:license rdf:resource=\"https://creativecommons.org/licenses/by-sa/4.0/\" "
        "xml:lang=\"en\"/>",
        "<creativeCommons:license lang=\"en\">https://creativecommons.org/licenses/by/4.0/"
        "</creativeCommons:license>"}) {
    EXPECT_NE(out.find(written), std::string::npos) << written << "\n" << out;
  }
  const ParseResult back = parse(out);
  EXPECT_EQ(test::model_difference(back.feed, f), "");
  EXPECT_EQ(test::write(back.feed), out);
}

Feed licensed_in_code(bool atom) {
  Feed f;
  f.channel.title = "Licensed";
  if (atom) {
    f.channel.id = "urn:uuid:feedface-0000-4000-8000-000000000001";
    f.channel.last_build_date = *make_datetime(2026, 11, 10);
  } else {
    f.channel.link = "https://licensed.example/";
    f.channel.description = Text::html("Everything is licensed.");
  }
  CcLicense cc;
  cc.resource = "https://creativecommons.org/licenses/by/4.0/";
  f.channel.creative_commons.ensure().cc_licenses.push_back(cc);
  Item item;
  item.title = "Item";
  item.guid.value = "urn:item:1";
  if (atom) item.updated = *make_datetime(2026, 11, 10);
  item.creative_commons.ensure().licenses.push_back(
      "https://creativecommons.org/licenses/by-sa/4.0/");
  f.items.push_back(item);
  return f;
}

TEST(CreativeCommonsTest, WritesValuesMadeInCode) {
  const std::string out = test::write(licensed_in_code(false));
  for (const char* element :
       {"xmlns:cc=\"http://web.resource.org/cc/\"",
        "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"",
        "<cc:license rdf:resource=\"https://creativecommons.org/licenses/by/4.0/\"/>",
        "<creativeCommons:license>https://creativecommons.org/licenses/by-sa/4.0/"
        "</creativeCommons:license>"}) {
    EXPECT_EQ(test::count(out, element), 1u) << element << "\n" << out;
  }
  // Declared on the root, where the writer declares the namespaces it uses.
  EXPECT_LT(out.find("xmlns:rdf="), out.find("<channel>"));
}

TEST(CreativeCommonsTest, AModelBuiltInCodeRoundTrips) {
  test::expect_round_trip(licensed_in_code(false));
  test::expect_round_trip(licensed_in_code(true), true);
}

TEST(CreativeCommonsTest, FeedsRoundTrip) {
  test::expect_feed_round_trip(test::read_data("creative_commons/rss20-creativecommons.xml"));
  test::expect_feed_round_trip(test::read_data("creative_commons/rss10-cc.xml"), false);
}

}  // namespace
}  // namespace feedpp
