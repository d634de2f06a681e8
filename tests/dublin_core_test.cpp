// SPDX-License-Identifier: MIT
// Dublin Core and DCMI terms (include/feedpp/ext/dublin_core.hpp): the elements a format does not
// map to a field of the model, read from an RSS 1.0 repository feed and an Atom preprint feed;
// Dublin Core 1.0's URI; names in other cases; misfits and repeats; writing from code; round
// trips, also from Atom into RSS, where RSS maps more of them to its own fields.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <string>

#include "test_util.hpp"

namespace feedpp {
namespace {

const Extension* find_extension(const std::vector<Extension>& list, std::string_view name) {
  for (const Extension& e : list) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

using Strings = std::vector<std::string>;

// --- reading -------------------------------------------------------------------------------

TEST(DublinCoreTest, RssMapsWhatItHasFieldsForAndTypesTheRest) {
  const Feed f = test::parse_clean(test::read_data("dublin_core/rss10-repository.xml"));
  ASSERT_EQ(f.format, Format::rss_1_0);
  const Channel& c = f.channel;
  // dc:language, dc:rights and dc:date are the channel's own fields in RSS.
  EXPECT_EQ(c.language, "en");
  EXPECT_EQ(c.copyright.value, "Metadata CC0; full texts under their own licenses");
  EXPECT_EQ(c.last_build_date.value, make_datetime(2026, 11, 13, 9, 0, 0));
  ASSERT_TRUE(c.dublin_core);
  const DublinCore& dc = *c.dublin_core;
  EXPECT_EQ(dc.publishers, Strings{"Harbour University Library"});
  EXPECT_EQ(dc.types, Strings{"Collection"});
  EXPECT_EQ(dc.licenses, Strings{"https://creativecommons.org/publicdomain/zero/1.0/"});
  EXPECT_EQ(dc.rights_holders, Strings{"Harbour University"});
  EXPECT_EQ(dc.audiences, (Strings{"Researchers", "Students"}));
  EXPECT_EQ(dc.has_part, (Strings{"https://repository.example/collections/theses",
                                  "https://repository.example/collections/articles"}));
  EXPECT_EQ(dc.language, "");  // in the channel's field
  EXPECT_EQ(dc.rights, "");
  EXPECT_TRUE(dc.date.empty());
}

TEST(DublinCoreTest, ReadsEveryElementAndTermOfAnItem) {
  const Feed f = test::parse_clean(test::read_data("dublin_core/rss10-repository.xml"));
  ASSERT_EQ(f.items.size(), 1u);
  const Item& item = f.items[0];
  ASSERT_EQ(item.authors.size(), 2u);
  EXPECT_EQ(item.authors[1].name, "Tide, Robin");
  ASSERT_EQ(item.contributors.size(), 1u);
  ASSERT_EQ(item.categories.size(), 1u);
  EXPECT_EQ(item.updated.value, make_datetime(2026, 11, 12));
  EXPECT_TRUE(item.extensions.empty());
  ASSERT_TRUE(item.dublin_core);
  const DublinCore& dc = *item.dublin_core;
  EXPECT_EQ(dc.publishers, Strings{"Harbour University"});
  EXPECT_EQ(dc.types, (Strings{"Thesis", "Text"}));
  EXPECT_EQ(dc.formats, Strings{"application/pdf"});
  EXPECT_EQ(dc.identifiers,
            (Strings{"https://repository.example/4711/1/thesis.pdf", "doi:10.5555/hu.4711"}));
  EXPECT_EQ(dc.sources, Strings{"Harbour University doctoral theses"});
  EXPECT_EQ(dc.relations, Strings{"https://repository.example/id/eprint/4690"});
  EXPECT_EQ(dc.coverages, Strings{"North Sea coast"});
  EXPECT_EQ(dc.alternative, "Small-harbour tidal power");
  EXPECT_EQ(dc.abstract, "We measured the tidal range of twelve small harbours over a year.");
  EXPECT_EQ(dc.created.value, make_datetime(2026, 6, 30));
  EXPECT_EQ(dc.created.text, "2026-06-30");
  EXPECT_EQ(dc.available.value, make_datetime(2026, 11, 12, 10, 15, 0, std::chrono::minutes(60)));
  EXPECT_EQ(dc.valid, "start=2026-11-12; end=2036-11-12; scheme=W3C-DTF");
  EXPECT_EQ(dc.date_accepted.value, make_datetime(2026, 10, 1));
  EXPECT_EQ(dc.date_copyrighted.text, "2026");
  EXPECT_EQ(dc.date_copyrighted.value, make_datetime(2026, 1, 1));
  EXPECT_EQ(dc.date_submitted.value, make_datetime(2026, 7, 15));
  EXPECT_EQ(dc.licenses, Strings{"https://creativecommons.org/licenses/by/4.0/"});
  EXPECT_EQ(dc.rights_holders, Strings{"Morgan Quay"});
  EXPECT_EQ(dc.access_rights, "Open access");
  EXPECT_EQ(dc.audiences, Strings{"Engineers"});
  EXPECT_EQ(dc.extent, "214 pages");
  EXPECT_EQ(dc.spatial, (Strings{"Scheveningen", "Harwich"}));
  EXPECT_EQ(dc.temporal, Strings{"2025-2026"});
  EXPECT_EQ(dc.is_part_of, Strings{"https://repository.example/collections/theses"});
  EXPECT_EQ(dc.has_part, Strings{"https://repository.example/4711/2/data.zip"});
  EXPECT_EQ(dc.references, Strings{"doi:10.5555/tides.1999.12"});
  EXPECT_EQ(dc.is_referenced_by, Strings{"doi:10.5555/energy.2027.3"});
  EXPECT_EQ(dc.bibliographic_citation,
            "Quay, M. and Tide, R. (2026) Tidal energy in small harbours. PhD thesis, Harbour "
            "University.");
}

TEST(DublinCoreTest, AtomTypesWhatItDoesNotMap) {
  const Feed f = test::parse_clean(test::read_data("dublin_core/atom-preprints.xml"));
  ASSERT_EQ(f.format, Format::atom_1_0);
  EXPECT_EQ(f.channel.language, "en-us");  // dc:language is Atom's language
  ASSERT_TRUE(f.channel.dublin_core);
  EXPECT_EQ(f.channel.dublin_core->publishers, Strings{"preprints.example"});
  EXPECT_EQ(f.channel.dublin_core->rights,
            "https://preprints.example/licenses/nonexclusive-distrib/1.0/");
  const Item& item = f.items.at(0);
  // dc:creator is an author and dc:subject a category in Atom too; the others are typed.
  ASSERT_EQ(item.authors.size(), 2u);
  EXPECT_EQ(item.authors[1].name, "Noor Mist");
  ASSERT_EQ(item.categories.size(), 1u);
  ASSERT_TRUE(item.dublin_core);
  const DublinCore& dc = *item.dublin_core;
  EXPECT_EQ(dc.title, "Sea fog forecasting with small ensembles");
  EXPECT_EQ(dc.contributors, Strings{"Haze Lab"});
  EXPECT_EQ(dc.date.value, make_datetime(2026, 11, 12));
  EXPECT_EQ(dc.description, "Eight members are enough.");
  EXPECT_EQ(dc.identifiers, Strings{"preprint:2611.01234"});
  EXPECT_EQ(dc.rights, "CC BY 4.0");
  EXPECT_EQ(dc.licenses, Strings{"https://creativecommons.org/licenses/by/4.0/"});
  EXPECT_EQ(dc.is_part_of, Strings{"physics.ao-ph"});
  EXPECT_TRUE(item.extensions.empty());
}

// --- variants ------------------------------------------------------------------------------

TEST(DublinCoreTest, DublinCoreOneZeroIsDublinCore) {
  const std::string canonical =
      R"(<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>)"
      R"(<title>T</title><link>http://a.example/</link><description>D</description>)"
      R"(<dc:publisher>P</dc:publisher><item><title>I</title><dc:creator>C</dc:creator>)"
      R"(<dc:identifier>urn:isbn:0451450523</dc:identifier></item></channel></rss>)";
  const Feed expected = test::parse_clean(canonical);
  ASSERT_TRUE(expected.channel.dublin_core);
  ASSERT_EQ(expected.items.at(0).authors.size(), 1u);
  for (const char* uri : {"http://purl.org/dc/elements/1.0/", "HTTP://PURL.ORG/DC/ELEMENTS/1.1/"}) {
    std::string variant = canonical;
    const std::string_view from = "http://purl.org/dc/elements/1.1/";
    variant.replace(variant.find(from), from.size(), uri);
    const Feed f = test::parse_clean(variant);
    EXPECT_EQ(f, expected) << uri;
    const std::string out = test::write(f);
    EXPECT_EQ(test::count(out, "xmlns:dc=\"http://purl.org/dc/elements/1.1/\""), 1u) << out;
    EXPECT_EQ(test::count(out, "xmlns:"), 1u) << out;
  }
}

TEST(DublinCoreTest, NamesInOtherCasesMisfitsAndRepeats) {
  const ParseResult r = parse(test::read_data("dublin_core/variants.xml"));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.has_errors()) << test::describe(r);
  EXPECT_EQ(test::codes(r),
            (std::vector<ErrorCode>{ErrorCode::bad_date, ErrorCode::duplicate_element}))
      << test::describe(r);
  ASSERT_TRUE(r.feed.channel.dublin_core);
  EXPECT_EQ(r.feed.channel.dublin_core->publishers, (Strings{"St Mary's", "St Mary's, again"}));
  const Item& item = r.feed.items.at(0);
  ASSERT_TRUE(item.dublin_core);
  EXPECT_EQ(item.dublin_core->sources, Strings{"Parish council minutes"});
  // A date the reader cannot read keeps its text, and stands: the second one is kept as it is.
  EXPECT_FALSE(item.dublin_core->created.value);
  EXPECT_EQ(item.dublin_core->created.text, "the Saturday before Advent");
  const Extension* created = find_extension(item.extensions, "Created");
  ASSERT_NE(created, nullptr);
  EXPECT_EQ(created->ns, ns::kDcTerms);
  // DC elements have no attributes.
  EXPECT_TRUE(item.dublin_core->formats.empty());
  const Extension* format = find_extension(item.extensions, "format");
  ASSERT_NE(format, nullptr);
  EXPECT_EQ(format->ns, ns::kDc);  // under 1.1's URI, as the typed elements beside it

  const std::string out = test::write(r.feed);
  for (const char* written : {"<dc:publisher>St Mary's, again</dc:publisher>",
                              "<dc:source>Parish council minutes</dc:source>",
                              "<dc:format scheme=\"IMT\">text/html</dc:format>",
                              "<dcterms:created>the Saturday before Advent</dcterms:created>",
                              "<dcterms:Created>2026-11-28</dcterms:Created>"}) {
    EXPECT_NE(out.find(written), std::string::npos) << written << "\n" << out;
  }
  EXPECT_EQ(out.find("elements/1.0"), std::string::npos) << out;
  const ParseResult again = parse(out);
  EXPECT_EQ(test::model_difference(again.feed, r.feed), "");
  EXPECT_EQ(test::write(again.feed), out);
}

// --- writing -------------------------------------------------------------------------------

Feed record_built_in_code(bool atom) {
  Feed f;
  f.channel.title = "Catalogue";
  if (atom) {
    f.channel.id = "urn:uuid:6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d";
    f.channel.last_build_date = *make_datetime(2026, 11, 1);
  } else {
    f.channel.link = "https://catalogue.example/";
    f.channel.description = Text::html("New records.");
  }
  DublinCore& channel_dc = f.channel.dublin_core.ensure();
  channel_dc.publishers.push_back("City Library");
  Item item;
  item.title = "A record";
  item.guid.value = "urn:isbn:9780000000002";
  if (atom) item.updated = *make_datetime(2026, 11, 1);
  DublinCore& dc = item.dublin_core.ensure();
  dc.identifiers.push_back("urn:isbn:9780000000002");
  dc.types.push_back("Text");
  dc.created = *make_datetime(1999, 5, 1, 12, 0, 0, std::chrono::minutes(-300));
  dc.extent = "320 pages";
  dc.bibliographic_citation = "Author, A. (1999) A record. City Press.";
  f.items.push_back(item);
  return f;
}

TEST(DublinCoreTest, WritesValuesMadeInCode) {
  const std::string out = test::write(record_built_in_code(false));
  EXPECT_EQ(test::count(out, "xmlns:dc=\"http://purl.org/dc/elements/1.1/\""), 1u) << out;
  EXPECT_EQ(test::count(out, "xmlns:dcterms=\"http://purl.org/dc/terms/\""), 1u) << out;
  for (const char* element : {
           "<dc:publisher>City Library</dc:publisher>",
           "<dc:type>Text</dc:type>",
           "<dc:identifier>urn:isbn:9780000000002</dc:identifier>",
           "<dcterms:created>1999-05-01T12:00:00-05:00</dcterms:created>",
           "<dcterms:extent>320 pages</dcterms:extent>",
       }) {
    EXPECT_NE(out.find(element), std::string::npos) << element << "\n" << out;
  }
  // DCMI's order: the fifteen elements, then the terms.
  EXPECT_LT(out.find("<dc:type>"), out.find("<dc:identifier>"));
  EXPECT_LT(out.find("<dc:identifier>"), out.find("<dcterms:created>"));
}

TEST(DublinCoreTest, AModelBuiltInCodeRoundTrips) {
  test::expect_round_trip(record_built_in_code(false));
  test::expect_round_trip(record_built_in_code(true), true);
}

// --- round trips ---------------------------------------------------------------------------

TEST(DublinCoreTest, FeedsRoundTrip) {
  test::expect_feed_round_trip(test::read_data("dublin_core/atom-preprints.xml"));
  // RSS 1.0 is written as RSS 2.0: the same model, not the same XML.
  test::expect_feed_round_trip(test::read_data("dublin_core/rss10-repository.xml"), false);
}

// Atom keeps dc:title and dc:description as Dublin Core; RSS reads them as the item's title and
// description. Written as RSS, what Atom typed must not turn into (or fight with) RSS's fields:
// writing is a fixed point from the first write on.
TEST(DublinCoreTest, AnAtomFeedWrittenAsRssIsAFixedPoint) {
  const Feed f = test::parse_clean(test::read_data("dublin_core/atom-preprints.xml"));
  WriteOptions lenient;
  lenient.allow_missing = true;
  const std::string first = test::write(f, false, lenient);
  const ParseResult back = parse(first);
  EXPECT_FALSE(back.has_errors()) << test::describe(back) << "\n" << first;
  EXPECT_EQ(back.feed.items.at(0).title.value, "Sea fog forecasting with small ensembles");
  EXPECT_EQ(back.feed.items.at(0).description.value,
            "We show that eight members suffice for a useful sea fog forecast.");
  EXPECT_EQ(test::write(back.feed, false, lenient), first);
}

}  // namespace
}  // namespace feedpp
