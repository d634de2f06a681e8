// SPDX-License-Identifier: MIT
// validate(): the W3C Feed Validation Service's rules, family by family, on small feeds written
// for the purpose (tests/data/validate), valid and invalid; the findings' names, parameters and
// places; what validate() promises beside them (the same parse, document order); and that what
// feedpp's writers write checks valid.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <chrono>
#include <filesystem>
#include <set>
#include <string>
#include <tuple>

#include "check/html_check.hpp"
#include "check/values.hpp"
#include "podcast_show.hpp"
#include "test_util.hpp"

namespace feedpp {
namespace {

std::string describe(const ValidationResult& r) {
  std::string s = "format " + r.format + ", " + std::to_string(r.findings.size()) + " findings:\n";
  for (const Finding& f : r.findings) {
    s += "  " + std::to_string(f.location.line) + ":" + std::to_string(f.location.column) + " " +
         std::string(to_string(f.severity)) + " " + f.code + " {element:" + f.element +
         ", parent:" + f.parent + ", attr:" + f.attr + ", value:" + f.value + "} " + f.message +
         "\n";
  }
  return s;
}

// Whether a finding named `code` is there, with these parameters when they are not empty.
bool has(const ValidationResult& r, std::string_view code, std::string_view element = {},
         std::string_view parent = {}) {
  for (const Finding& f : r.findings) {
    if (f.code == code && (element.empty() || f.element == element) &&
        (parent.empty() || f.parent == parent))
      return true;
  }
  return false;
}

ValidationResult check_data(std::string_view name) {
  return validate(test::read_data("validate/" + std::string(name)));
}

// --- RSS 2.0 ---------------------------------------------------------------------------------

TEST(ValidateTest, CompleteRss20FeedIsValidAndQuiet) {
  const ValidationResult r = check_data("rss20-valid.xml");
  EXPECT_TRUE(r.valid()) << describe(r);
  EXPECT_EQ(r.format, "rss20");
  EXPECT_TRUE(r.findings.empty()) << describe(r);
  EXPECT_EQ(r.parse.feed.items.size(), 2u);
}

TEST(ValidateTest, Rss20RulesFindWhatIsWrong) {
  const ValidationResult r = check_data("rss20-invalid.xml");
  EXPECT_FALSE(r.valid());
  const std::string d = describe(r);
  // Required elements, dates, addresses, numbers, languages (RSS 2.0 specification).
  EXPECT_TRUE(has(r, "MissingLink", "link", "channel")) << d;
  EXPECT_TRUE(has(r, "InvalidRFC2822Date", "pubDate", "channel")) << d;
  EXPECT_TRUE(has(r, "InvalidRFC2822Date", "pubDate", "item")) << d;
  EXPECT_TRUE(has(r, "InvalidContact", "managingEditor", "channel")) << d;
  EXPECT_TRUE(has(r, "InvalidPositiveInteger", "ttl", "channel")) << d;
  EXPECT_TRUE(has(r, "InvalidLanguage", "language", "channel")) << d;
  // The image, skipHours, skipDays and cloud sub-elements.
  EXPECT_TRUE(has(r, "InvalidWidth", "width", "image")) << d;
  EXPECT_TRUE(has(r, "InvalidHour", "hour", "skipHours")) << d;
  EXPECT_TRUE(has(r, "InvalidDay", "day", "skipDays")) << d;
  EXPECT_TRUE(has(r, "InvalidIntegerAttribute", "cloud", "channel")) << d;
  // Items: duplicates, unknown elements, a guid that is no URL without isPermaLink="false".
  EXPECT_TRUE(has(r, "DuplicateElement", "title", "item")) << d;
  EXPECT_TRUE(has(r, "UndefinedElement", "frobnicate", "item")) << d;
  EXPECT_TRUE(has(r, "InvalidHttpGUID", "guid", "item")) << d;
  EXPECT_TRUE(has(r, "InvalidUriChar", "link", "item")) << d;
  // Enclosure attributes.
  EXPECT_TRUE(has(r, "InvalidNonNegativeInteger", "length", "enclosure")) << d;
  EXPECT_TRUE(has(r, "InvalidMIMEAttribute", "enclosure", "item")) << d;
  EXPECT_TRUE(has(r, "InvalidURLAttribute", "url", "enclosure")) << d;
  // Advice: warnings, which leave a feed valid.
  EXPECT_TRUE(has(r, "MissingAtomSelfLink")) << d;
  // The issue's example: <itunes:explicit>maybe</itunes:explicit>.
  EXPECT_TRUE(has(r, "InvalidTrueFalse", "itunes:explicit", "channel")) << d;
}

TEST(ValidateTest, GuidThatIsNoLinkNeedsIsPermaLinkFalse) {
  const auto feed = [](std::string_view guid) {
    return validate(
        "<rss version=\"2.0\"><channel><title>t</title><link>https://e.com/</link>"
        "<description>d</description><item><title>i</title>" +
        std::string(guid) + "</item></channel></rss>");
  };
  EXPECT_TRUE(has(feed("<guid>1234</guid>"), "InvalidHttpGUID", "guid", "item"));
  EXPECT_FALSE(has(feed("<guid isPermaLink=\"false\">a-b-c-1234567</guid>"), "InvalidHttpGUID"));
  EXPECT_TRUE(has(feed("<guid isPermaLink=\"false\">12</guid>"), "NotSufficientlyUnique"));
  EXPECT_TRUE(
      has(feed("<guid isPermaLink=\"yes\">https://e.com/1</guid>"), "InvalidBooleanAttribute"));
  EXPECT_TRUE(has(feed("<guid>tag:e.com,2024:1</guid>"), "InvalidPermalink"));
  EXPECT_FALSE(has(feed("<guid>https://e.com/1</guid>"), "InvalidHttpGUID"));
}

// --- RSS 1.0 ---------------------------------------------------------------------------------

TEST(ValidateTest, Rss10FeedIsValid) {
  const ValidationResult r = check_data("rss10-valid.xml");
  EXPECT_TRUE(r.valid()) << describe(r);
  EXPECT_EQ(r.format, "rss10");
}

TEST(ValidateTest, Rss10RulesFindWhatIsWrong) {
  const ValidationResult r = check_data("rss10-invalid.xml");
  const std::string d = describe(r);
  EXPECT_TRUE(has(r, "MissingAttribute", "channel")) << d;              // rdf:about
  EXPECT_TRUE(has(r, "UndefinedElement", "language", "channel")) << d;  // RSS 2.0's, not 1.0's
  EXPECT_TRUE(has(r, "MissingElement", "title", "item")) << d;
  EXPECT_TRUE(has(r, "InvalidW3CDTFDate", "dc:date", "item")) << d;
  EXPECT_TRUE(has(r, "DuplicateValue", "rdf:about", "item")) << d;
}

// --- Atom 1.0 --------------------------------------------------------------------------------

TEST(ValidateTest, CompleteAtomFeedIsValidAndQuiet) {
  const ValidationResult r = check_data("atom-valid.xml");
  EXPECT_TRUE(r.valid()) << describe(r);
  EXPECT_EQ(r.format, "atom10");
  EXPECT_TRUE(r.findings.empty()) << describe(r);
}

TEST(ValidateTest, AtomRulesFindWhatIsWrong) {
  const ValidationResult r = check_data("atom-invalid.xml");
  const std::string d = describe(r);
  EXPECT_TRUE(has(r, "MissingElement", "id", "feed")) << d;           // RFC 4287 §4.1.1
  EXPECT_TRUE(has(r, "MissingElement", "author", "entry")) << d;      // §4.1.2
  EXPECT_TRUE(has(r, "InvalidRFC3339Date", "updated", "feed")) << d;  // §3.3
  EXPECT_TRUE(has(r, "DuplicateAtomLink", "link", "feed")) << d;      // §4.1.1
  EXPECT_TRUE(has(r, "MissingSelf")) << d;
  EXPECT_TRUE(has(r, "MissingXhtmlDiv", "title", "entry")) << d;  // §3.1.1.3
  EXPECT_TRUE(has(r, "NonCanonicalURI", "id", "entry")) << d;     // §4.2.6
  EXPECT_TRUE(has(r, "MissingSummary", "entry", "feed")) << d;    // §4.1.1.1
  EXPECT_TRUE(has(r, "MissingTypeAttr", "content", "entry")) << d;
}

TEST(ValidateTest, AtomLinksAndTextConstructs) {
  const auto feed = [](std::string_view entry_body) {
    return validate(
        "<feed xmlns='http://www.w3.org/2005/Atom'><title>t</title><id>urn:uuid:"
        "60a76c80-d399-11d9-b93c-0003939e0af6</id><updated>2024-01-01T00:00:00Z</updated>"
        "<author><name>a</name></author><link rel='self' href='https://e.org/f'/>"
        "<entry><title>e</title><id>https://e.org/1</id><updated>2024-01-01T00:00:00Z</updated>"
        "<link href='https://e.org/1'/>" +
        std::string(entry_body) + "</entry></feed>");
  };
  EXPECT_TRUE(feed("").valid()) << describe(feed(""));
  EXPECT_TRUE(has(feed("<link rel='next' href='https://e.org/2'/>"), "FeedHistoryRelInEntry"));
  EXPECT_TRUE(has(feed("<link rel='x y' href='https://e.org/2'/>"), "UnregisteredAtomLinkRel"));
  EXPECT_TRUE(has(feed("<link rel='related'/>"), "MissingHref"));
  EXPECT_TRUE(has(feed("<summary type='text'>&lt;b&gt;x&lt;/b&gt;</summary>"),
                  "ContainsUndeclaredHTML", "summary", "entry"));
  EXPECT_TRUE(has(feed("<summary type='text/plain'>x</summary>"), "InvalidTextType"));
  EXPECT_TRUE(has(feed("<content type='html'>&lt;script&gt;x()&lt;/script&gt;</content>"),
                  "SecurityRisk", "content", "entry"));
}

// --- Namespaces ------------------------------------------------------------------------------

TEST(ValidateTest, ItunesRules) {
  const ValidationResult r = check_data("itunes.xml");
  const std::string d = describe(r);
  EXPECT_TRUE(has(r, "InvalidItunesCategory", "itunes:category", "itunes:category")) << d;
  EXPECT_TRUE(has(r, "ObsoleteItunesCategory", "itunes:category", "channel")) << d;
  EXPECT_TRUE(has(r, "MissingElement", "itunes:email", "itunes:owner")) << d;
  EXPECT_TRUE(has(r, "InvalidKeywords", "itunes:keywords")) << d;
  EXPECT_TRUE(has(r, "InvalidDuration", "itunes:duration", "item")) << d;
  EXPECT_TRUE(has(r, "InvalidPositiveInteger", "itunes:episode", "item")) << d;
  EXPECT_TRUE(has(r, "InvalidItunesEpisodeType", "itunes:episodeType", "item")) << d;
  EXPECT_TRUE(has(r, "InvalidYesNoClean", "itunes:block", "item")) << d;
  EXPECT_TRUE(has(r, "UnsupportedItunesFormat")) << d;
  // Apple's tags that the W3C validator predates are known, and their values checked.
  EXPECT_FALSE(has(r, "UndefinedElement")) << d;
  EXPECT_TRUE(has(r, "InvalidYesNoClean", "itunes:complete", "channel")) << d;
  EXPECT_FALSE(has(r, "InvalidYesNoClean", "itunes:isClosedCaptioned")) << d;  // "Yes"
  EXPECT_TRUE(has(r, "InvalidNonNegativeInteger", "itunes:order", "item")) << d;
  EXPECT_FALSE(has(r, "InvalidItunesCategory", "itunes:category", "channel")) << d;  // Sports
}

TEST(ValidateTest, MediaDublinCoreAndOtherModules) {
  const ValidationResult r = check_data("extensions.xml");
  const std::string d = describe(r);
  EXPECT_TRUE(has(r, "InvalidMediaMedium", "media:content", "item")) << d;
  EXPECT_TRUE(has(r, "InvalidPositiveInteger", "fileSize", "item")) << d;
  EXPECT_TRUE(has(r, "InvalidMediaRating", "media:rating", "item")) << d;
  EXPECT_TRUE(has(r, "MissingAttribute", "media:thumbnail")) << d;
  EXPECT_TRUE(has(r, "InvalidLanguage", "dc:language", "channel")) << d;
  EXPECT_TRUE(has(r, "DuplicateSemantics")) << d;      // pubDate and dc:date
  EXPECT_TRUE(has(r, "DuplicateItemSemantics")) << d;  // author and dc:creator
  EXPECT_TRUE(has(r, "InvalidUpdatePeriod", "sy:updatePeriod", "channel")) << d;
  EXPECT_TRUE(has(r, "InvalidLatitude", "geo:lat", "item")) << d;
  EXPECT_TRUE(has(r, "InvalidNonNegativeInteger", "slash:comments", "item")) << d;
  // Media RSS 1.5's elements and GeoRSS Simple's spellings are known.
  EXPECT_FALSE(has(r, "UndefinedElement")) << d;
  // A namespace the validator does not know is noted, and its elements are not checked.
  EXPECT_TRUE(has(r, "UnknownNamespace")) << d;
  EXPECT_FALSE(has(r, "UndefinedElement", "unknown:anything")) << d;
}

TEST(ValidateTest, PodcastsAreUtf8AndSelfLinksPointHome) {
  const std::string podcast =
      "<?xml version='1.0' encoding='iso-8859-1'?><rss version='2.0' "
      "xmlns:itunes='http://www.itunes.com/dtds/podcast-1.0.dtd' "
      "xmlns:atom='http://www.w3.org/2005/Atom'><channel><title>t</title>"
      "<link>https://e.com/</link><description>d</description><language>en</language>"
      "<atom:link rel='self' href='https://e.com/feed.xml'/>"
      "<itunes:explicit>false</itunes:explicit></channel></rss>";
  EXPECT_TRUE(has(validate(podcast), "NotUTF8", "channel"));
  ParseOptions fetched;
  fetched.base_url = "https://e.com/feed.xml";
  EXPECT_FALSE(has(validate(podcast, fetched), "SelfDoesntMatchLocation"));
  fetched.base_url = "https://mirror.example.org/feed.xml";
  EXPECT_TRUE(has(validate(podcast, fetched), "SelfDoesntMatchLocation"));
}

TEST(ValidateTest, UnknownElementOfAKnownNamespace) {
  const ValidationResult r = validate(
      "<rss version='2.0' xmlns:itunes='http://www.itunes.com/dtds/podcast-1.0.dtd'><channel>"
      "<title>t</title><link>https://e.com/</link><description>d</description>"
      "<itunes:frobnicate>x</itunes:frobnicate></channel></rss>");
  EXPECT_TRUE(has(r, "UndefinedElement", "itunes:frobnicate", "channel")) << describe(r);
}

// --- HTML --------------------------------------------------------------------------------------

TEST(ValidateTest, HtmlWhereTextBelongsAndUnsafeHtml) {
  const ValidationResult r = check_data("html.xml");
  const std::string d = describe(r);
  EXPECT_TRUE(r.valid()) << d;  // all of these are warnings
  EXPECT_TRUE(has(r, "ContainsHTML", "description", "channel")) << d;
  EXPECT_TRUE(has(r, "SecurityRisk", "description", "item")) << d;
  EXPECT_TRUE(has(r, "SecurityRiskAttr", "description", "item")) << d;
  EXPECT_TRUE(has(r, "DangerousStyleAttr", "description", "item")) << d;
  EXPECT_TRUE(has(r, "ContainsRelRef", "description", "item")) << d;
  EXPECT_TRUE(has(r, "NotHtml", "description", "item")) << d;
}

TEST(ValidateTest, StyleAttributes) {
  std::vector<std::string> unsafe;
  detail::unsafe_style("color: red; margin: 0 10px", unsafe);
  EXPECT_TRUE(unsafe.empty());
  detail::unsafe_style("position: absolute; margin: 99999em", unsafe);
  EXPECT_EQ(unsafe, (std::vector<std::string>{"position", "99999em"}));
  unsafe.clear();
  detail::unsafe_style("background: url(javascript:x)", unsafe);
  EXPECT_EQ(unsafe.size(), 1u);
}

// --- Values ------------------------------------------------------------------------------------

TEST(ValidateTest, Rfc822Dates) {
  using detail::DateVerdict;
  using detail::judge_rfc822;
  EXPECT_EQ(judge_rfc822("Tue, 10 Sep 2024 08:15:00 GMT"), DateVerdict::valid);
  EXPECT_EQ(judge_rfc822("10 Sep 2024 08:15 +0530"), DateVerdict::valid);
  EXPECT_EQ(judge_rfc822("Mon, 10 Sep 2024 08:15:00 GMT"), DateVerdict::incorrect_dow);
  EXPECT_EQ(judge_rfc822("Sat, 31 Feb 2024 08:15:00 GMT"), DateVerdict::bad_value);
  EXPECT_EQ(judge_rfc822("tue, 10 sep 24 08:15:00 gmt"), DateVerdict::problematical);
  EXPECT_EQ(judge_rfc822("2024-09-10T08:15:00Z"), DateVerdict::invalid);
  EXPECT_EQ(judge_rfc822("Fri, 01 Jan 1988 00:00:00 GMT"), DateVerdict::implausible);
}

TEST(ValidateTest, IsoDates) {
  using detail::DateVerdict;
  using detail::IsoForm;
  using detail::judge_iso8601;
  EXPECT_EQ(judge_iso8601("2024-09-10T08:15:00Z", IsoForm::rfc3339, true), DateVerdict::valid);
  EXPECT_EQ(judge_iso8601("2024-09-10T08:15:00.25+02:00", IsoForm::rfc3339, true),
            DateVerdict::valid);
  EXPECT_EQ(judge_iso8601("2024-09-10T08:15Z", IsoForm::rfc3339, true), DateVerdict::invalid);
  EXPECT_EQ(judge_iso8601("2024-09-10", IsoForm::rfc3339, true), DateVerdict::invalid);
  EXPECT_EQ(judge_iso8601("2024-09-10", IsoForm::w3cdtf, true), DateVerdict::valid);
  EXPECT_EQ(judge_iso8601("2024-09-10T08:15", IsoForm::w3cdtf, true), DateVerdict::invalid);
  EXPECT_EQ(judge_iso8601("2024-09-10T08:15", IsoForm::iso8601, true), DateVerdict::valid);
  EXPECT_EQ(judge_iso8601("2024-02-30", IsoForm::w3cdtf, true), DateVerdict::bad_value);
  EXPECT_EQ(judge_iso8601("2024-09-10T24:00:00Z", IsoForm::rfc3339, true), DateVerdict::invalid);
  EXPECT_EQ(judge_iso8601("9999-01-01T00:00:00Z", IsoForm::rfc3339, true),
            DateVerdict::implausible);
  EXPECT_EQ(judge_iso8601("9999-01-01", IsoForm::iso8601, false), DateVerdict::valid);
}

TEST(ValidateTest, Uris) {
  using detail::judge_uri;
  using detail::UriRule;
  EXPECT_TRUE(judge_uri("https://example.com/a?b=c#d", UriRule::rfc2396_full, "E").ok);
  EXPECT_TRUE(judge_uri("/relative/path", UriRule::rfc2396, "E").ok);
  EXPECT_EQ(judge_uri("/relative/path", UriRule::rfc2396_full, "E").code, "E");
  EXPECT_EQ(judge_uri("http://a b", UriRule::rfc2396, "E").code, "InvalidUriChar");
  EXPECT_EQ(judge_uri("http:///path", UriRule::rfc2396, "E").code, "E");
  EXPECT_TRUE(judge_uri("tag:example.com,2004:x", UriRule::rfc2396_full, "E").ok);
  EXPECT_EQ(judge_uri("tag:Example.com,2004:x", UriRule::rfc2396_full, "E").code, "InvalidTAG");
  EXPECT_TRUE(judge_uri("urn:isbn:0451450523", UriRule::rfc2396_full, "E").ok);
  EXPECT_EQ(judge_uri("urn:uuid:1234", UriRule::rfc2396_full, "E").code, "InvalidUUID");
  EXPECT_EQ(judge_uri("urn:x", UriRule::rfc2396_full, "E").code, "InvalidURN");
  EXPECT_EQ(judge_uri("frob:x", UriRule::rfc2396_full, "E").code, "SchemeNotIANARegistered");
  EXPECT_TRUE(judge_uri("http://例え.jp/", UriRule::rfc3987, "E").ok);
  EXPECT_EQ(judge_uri("http://例え.jp/", UriRule::rfc2396_full, "E").code, "UriNotIri");
}

TEST(ValidateTest, CanonicalUris) {
  using detail::canonical_uri;
  EXPECT_EQ(canonical_uri("HTTP://Example.COM:80/a/./b/../c?x#y"), "http://example.com/a/c?x#y");
  EXPECT_EQ(canonical_uri("http://example.com"), "http://example.com/");
  EXPECT_EQ(canonical_uri("http://example.com/%7esmith/%c3%87"),
            "http://example.com/~smith/%C3%87");
  EXPECT_EQ(canonical_uri("tag:example.com,2004:x"), "tag:example.com,2004:x");
  EXPECT_FALSE(canonical_uri("relative/path").has_value());
  EXPECT_FALSE(canonical_uri("http://example.com/%zz").has_value());
  // is_canonical_uri() says yes without canonical_uri() for plain URIs; it must agree with it
  // on every shape, plain or not.
  for (const char* uri : {"http://example.com/",
                          "http://example.com",
                          "https://example.com/a/b?x=1&y=2#top",
                          "HTTP://example.com/",
                          "http://Example.com/",
                          "http://example.com:80/",
                          "http://example.com:8080/",
                          "http://user@example.com/",
                          "http://example.com./a",
                          "http://example.com/a/./b",
                          "http://example.com/a/../b",
                          "http://example.com/.",
                          "http://example.com/a/..",
                          "http://example.com/%41",
                          "http://example.com/a%2fb",
                          "http://example.com/a b",
                          "http://example.com/?q#f#g",
                          "http://example.com/#f?g",
                          "http://example.com/a?b?c",
                          "http://example.com/?",
                          "http://example.com/#",
                          "http://[::1]/",
                          "http://example.com?q",
                          "http://example.com#f",
                          "tag:example.com,2004:x",
                          "tag:example.com,2004:./x",
                          "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a",
                          "urn:ISBN:0-395-36341-1",
                          "mailto:Ed@Example.COM",
                          "mailto:ed@example.com",
                          "news:comp.lang.c++",
                          "x:",
                          "x:?q",
                          "x:#",
                          "a+b.c-d:/x/./y",
                          "file:///tmp/x",
                          "file:/tmp/x",
                          "http:/a/b",
                          "http:a/b",
                          "/only/path",
                          "//host/path",
                          "?q",
                          "#f",
                          ":x",
                          "http://example.com/~user/_x-y.z",
                          "http://example.com/a'b(c)*d!e$f",
                          "tag:a,b;c=d@e",
                          "http://example.com/\xC3\xA9",
                          "http://ex\xC3\xA4mple.com/"}) {
    const auto c = canonical_uri(uri);
    EXPECT_EQ(detail::is_canonical_uri(uri), c && *c == uri) << uri;
  }
}

TEST(ValidateTest, OtherValues) {
  EXPECT_TRUE(detail::is_language("en-US"));
  EXPECT_TRUE(detail::is_language("deu"));
  EXPECT_FALSE(detail::is_language("english"));
  EXPECT_FALSE(detail::is_language(""));
  EXPECT_TRUE(detail::is_mime_type("text/html; charset=\"utf-8\""));
  EXPECT_FALSE(detail::is_mime_type("audio"));
  EXPECT_FALSE(detail::is_mime_type("text/html;"));
  EXPECT_EQ(detail::judge_addr_spec("a.b+c@example.co.uk"), detail::EmailVerdict::valid);
  EXPECT_EQ(detail::judge_addr_spec("someone@localhost"), detail::EmailVerdict::unknown_host);
  EXPECT_EQ(detail::judge_addr_spec("someone"), detail::EmailVerdict::invalid);
  EXPECT_EQ(detail::address_of("Ed <ed@example.com>"), "ed@example.com");
  EXPECT_EQ(detail::address_of("ed@example.com (Ed)"), "ed@example.com");
}

// BadCharacters: U+FFFD, a C1 control, UTF-8 encoded twice; found wherever they fall in a long
// text (the scan reads sixteen bytes at a time), never for accents, © or a no-break space.
TEST(ValidateTest, BadCharacters) {
  const auto description = [](std::string_view text) {
    return validate(
        std::string("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                    "<title>t</title><link>http://example.com/</link><description>") +
        std::string(text) + "</description></channel></rss>");
  };
  const std::string pad(37, 'x');  // puts what follows across a sixteen-byte boundary
  for (const std::string bad :
       {"\xEF\xBF\xBD", "&#150;", "\xC2\x85", "Caf\xC3\x83\xC2\xA9", "\xC3\x82\xC2\xA0"}) {
    for (const std::string& before : {std::string(), pad, pad + "y", pad + "yz"}) {
      const ValidationResult r = description(before + bad + pad);
      EXPECT_TRUE(has(r, "BadCharacters", "description", "channel")) << bad << describe(r);
      EXPECT_TRUE(r.valid()) << describe(r);  // a warning
    }
  }
  const ValidationResult clean =
      description(pad + "caf\xC3\xA9 na\xC3\xAFve \xC2\xA9 2025\xC2\xA0\xE2\x80\x94 " + pad);
  EXPECT_FALSE(has(clean, "BadCharacters")) << describe(clean);
}

// --- The document ------------------------------------------------------------------------------

TEST(ValidateTest, NotWellFormedIsSaxErrorAtTheBrokenLine) {
  const ValidationResult r = validate(
      "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<title>t</titel>\n"
      "</channel></rss>\n");
  ASSERT_TRUE(has(r, "SAXError")) << describe(r);
  for (const Finding& f : r.findings) {
    if (f.code != "SAXError") continue;
    EXPECT_EQ(f.location.line, 3u) << describe(r);
    EXPECT_EQ(f.parse_code, ErrorCode::xml_syntax);
    EXPECT_EQ(f.severity, FindingSeverity::error);
    break;
  }
  EXPECT_FALSE(r.valid());
}

TEST(ValidateTest, PrologChecks) {
  // An encoding no one knows, placed where the declaration names it (line 1, column 31).
  const ValidationResult unknown =
      validate("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss version=\"2.0\"/>");
  ASSERT_TRUE(has(unknown, "UnknownEncoding")) << describe(unknown);
  for (const Finding& f : unknown.findings) {
    if (f.code != "UnknownEncoding") continue;
    EXPECT_EQ(f.location.line, 1u);
    EXPECT_EQ(f.location.column, 31u);
  }
  EXPECT_TRUE(has(validate("<rss version=\"2.0\"/>"), "MissingEncoding"));
  const ValidationResult netscape = validate(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS "
      "0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
      "<rss version=\"0.91\"><channel><title>t&eacute;</title><link>https://e.com/</link>"
      "<description>d</description><language>en</language></channel></rss>");
  EXPECT_TRUE(has(netscape, "DeprecatedDTD")) << describe(netscape);
  // The DTD defines HTML's entities: &eacute; is no error there.
  EXPECT_FALSE(has(netscape, "UndefinedNamedEntity")) << describe(netscape);
  const ValidationResult entity = validate(
      "<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<rss version=\"2.0\"/>");
  EXPECT_TRUE(has(entity, "ContainsSystemEntity")) << describe(entity);
  EXPECT_TRUE(has(validate("<rss version='2.0' xmlns='http://example.com/rss'/>"),
                  "InvalidNamespace", "rss", "root"));
  EXPECT_TRUE(has(validate("<html/>"), "UndefinedElement", "html", "root"));
}

TEST(ValidateTest, UndeclaredPrefixIsSaxError) {
  const ValidationResult r = validate(
      "<rss version='2.0'><channel><title>t</title><link>https://e.com/</link>"
      "<description>d</description><dc:creator>x</dc:creator></channel></rss>");
  EXPECT_TRUE(has(r, "SAXError")) << describe(r);
  EXPECT_FALSE(r.valid());
}

// The issue's complaint: findings at line 0, column 0. Every finding has a place, also in a
// document the parser had to repair.
TEST(ValidateTest, EveryFindingHasAPlaceInDocumentOrder) {
  for (const char* name :
       {"validate/rss20-invalid.xml", "validate/atom-invalid.xml", "validate/itunes.xml",
        "validate/extensions.xml", "malformed/unclosed-element-and-entity.xml"}) {
    const ValidationResult r = validate(test::read_data(name));
    ASSERT_FALSE(r.findings.empty()) << name;
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
      const Location& at = r.findings[i].location;
      EXPECT_GT(at.line, 0u) << name << "\n" << describe(r);
      EXPECT_GT(at.column, 0u) << name;
      if (i > 0) {
        const Location& before = r.findings[i - 1].location;
        EXPECT_TRUE(std::tie(before.line, before.column) <= std::tie(at.line, at.column))
            << name << "\n"
            << describe(r);
      }
    }
  }
}

TEST(ValidateTest, TheParseIsParsesOwn) {
  for (const char* name : {"validate/rss20-valid.xml", "validate/atom-valid.xml",
                           "alamrafiul-distributed-systems.xml"}) {
    const std::string bytes = test::read_data(name);
    const ValidationResult v = validate(bytes);
    const ParseResult p = parse(bytes);
    EXPECT_EQ(v.parse.feed, p.feed) << name;
    EXPECT_EQ(v.parse.encoding, p.encoding) << name;
    EXPECT_EQ(test::codes(v.parse), test::codes(p)) << name;
  }
}

TEST(ValidateTest, FilesAndStreams) {
  const ValidationResult r = validate_file(test::data_path("validate/rss20-valid.xml"));
  EXPECT_TRUE(r.valid()) << describe(r);
  EXPECT_EQ(r.parse.feed.items.size(), 2u);
  const ValidationResult missing = validate_file("/nonexistent/feed.xml");
  EXPECT_FALSE(missing.valid());
  EXPECT_TRUE(has(missing, "io_error"));
  EXPECT_FALSE(missing.parse.ok());
}

// Hostile input: deep, wide, long; the walk is linear and never recursive.
TEST(ValidateTest, HostileShapesAreLinear) {
  std::string deep = "<rss version='2.0'><channel>";
  for (int i = 0; i < 20000; ++i) deep += "<x>";
  const ValidationResult a = validate(deep);
  EXPECT_FALSE(a.valid());
  std::string wide = "<rss version='2.0'><channel><title>t</title>";
  for (int i = 0; i < 20000; ++i) wide += "<e" + std::to_string(i) + "/>";
  wide += "</channel></rss>";
  const ValidationResult b = validate(wide);
  EXPECT_TRUE(has(b, "UndefinedElement"));
  std::size_t undefined = 0;
  for (const Finding& f : b.findings) undefined += f.code == "UndefinedElement";
  EXPECT_LE(undefined, 201u);  // kept with their place: 200, and one that counts the rest
}

// --- What feedpp writes ------------------------------------------------------------------------

Channel complete_channel() {
  Channel c;
  c.title = "Example";
  c.link = "https://example.com/";
  c.description = Text("A complete channel", "html");
  c.language = "en";
  c.copyright = "Copyright 2024";
  c.managing_editor = "editor@example.com (Editor)";
  c.web_master = "webmaster@example.com (Webmaster)";
  c.pub_date = *make_datetime(2024, 9, 10);
  c.last_build_date = *make_datetime(2024, 9, 10);
  c.categories.push_back({"Feeds", "", ""});
  c.generator.name = "feedpp";
  c.docs = "https://www.rssboard.org/rss-specification";
  c.ttl = "60";
  c.links.push_back({"https://example.com/feed.xml", "self", "application/rss+xml"});
  c.authors.push_back(Person{"Editor", "editor@example.com", "https://example.com/"});
  c.id = "https://example.com/";
  return c;
}

Item complete_item(int n) {
  Item i;
  const std::string url = "https://example.com/posts/" + std::to_string(n);
  i.title = "Post " + std::to_string(n);
  i.link = url;
  i.description = Text("<p>Post <em>" + std::to_string(n) + "</em></p>", "html");
  i.guid.value = url;
  i.pub_date = *make_datetime(2024, 9, n);
  i.updated = *make_datetime(2024, 9, n);
  i.authors.push_back(Person{"Author", "author@example.com", ""});
  i.categories.push_back({"News", "", ""});
  i.enclosures.push_back({url + ".mp3", "1234", "audio/mpeg"});
  return i;
}

TEST(ValidateTest, WhatTheWritersWriteFromCompleteModelsIsValid) {
  Feed feed;
  feed.channel = complete_channel();
  for (int n = 1; n <= 3; ++n) feed.items.push_back(complete_item(n));
  const std::string rss = to_rss(feed);
  const ValidationResult r = validate(rss);
  EXPECT_TRUE(r.valid()) << describe(r) << rss;
  EXPECT_EQ(r.format, "rss20");
  Feed atom_feed = feed;
  atom_feed.channel.links[0].type = "application/atom+xml";
  const std::string atom = to_atom(atom_feed);
  const ValidationResult a = validate(atom);
  EXPECT_TRUE(a.valid()) << describe(a) << atom;
  EXPECT_EQ(a.format, "atom10");
}

// Every typed vocabulary the model holds, filled as its specification asks.
void add_vocabularies(Channel& c) {
  ItunesChannel& itunes = c.itunes.ensure();
  itunes.image = ItunesImage{"https://example.com/artwork.jpg", "", {}, {}};
  ItunesCategory technology;
  technology.text = "Technology";
  itunes.categories.push_back(technology);
  itunes.explicit_content = ItunesExplicit::no;
  itunes.author = "Editor";
  itunes.title = "Example";
  itunes.type = ItunesType::episodic;
  itunes.owner = ItunesOwner{"Editor", "editor@example.com", {}, {}, {}};
  itunes.new_feed_url = "https://example.com/feed.xml";
  itunes.block = false;
  itunes.complete = false;
  itunes.subtitle = "A complete channel";
  itunes.summary = "A complete channel, with every vocabulary.";
  itunes.keywords = "feeds,examples";

  MediaChannel& media = c.media.ensure();
  media.title = MediaText{"Example", "plain", {}, {}};
  media.description = MediaText{"A complete channel", "plain", {}, {}};
  media.keywords = "feeds, examples";
  media.thumbnails.push_back({"https://example.com/thumb.jpg", 75, 50, "", {}, {}});
  media.categories.push_back({"feeds", "urn:example:tags", "Feeds", {}, {}});
  media.ratings.push_back({"nonadult", "urn:simple", {}, {}});
  media.credits.push_back({"Editor", "producer", "urn:ebu", {}, {}});
  media.copyright = MediaCopyright{"2024 Example", "https://example.com/copyright", {}, {}};

  DublinCore& dc = c.dublin_core.ensure();
  dc.rights_holders.push_back("Example Press");
  dc.coverages.push_back("Worldwide");

  Syndication& sy = c.syndication.ensure();
  sy.update_period = UpdatePeriod::hourly;
  sy.update_frequency = 2;
  sy.update_base = *make_datetime(2024, 1, 1);

  c.geo.ensure().point = "45.256 -71.92";
  c.creative_commons.ensure().licenses.push_back("https://creativecommons.org/licenses/by/4.0/");
}

void add_vocabularies(Item& i, int n) {
  const std::string url = "https://example.com/posts/" + std::to_string(n);
  ItunesItem& itunes = i.itunes.ensure();
  itunes.duration = std::chrono::seconds(1984);
  itunes.image = ItunesImage{url + ".jpg", "", {}, {}};
  itunes.explicit_content = ItunesExplicit::yes;
  itunes.title = "Post " + std::to_string(n);
  itunes.episode = n;
  itunes.season = 1;
  itunes.episode_type = ItunesEpisodeType::full;
  itunes.author = "Author";
  itunes.subtitle = "A post";
  itunes.summary = "A post with every vocabulary.";
  itunes.is_closed_captioned = false;
  itunes.order_number = n;

  MediaItem& media = i.media.ensure();
  MediaContent video;
  video.url = url + ".mp4";
  video.file_size = 123456;
  video.type = "video/mp4";
  video.medium = "video";
  video.is_default = true;
  video.expression = "full";
  video.bitrate = 128.0;
  video.duration = 185.0;
  video.width = 640;
  video.height = 360;
  video.lang = "en";
  video.title = MediaText{"Post " + std::to_string(n), "plain", {}, {}};
  video.thumbnails.push_back({url + "-thumb.jpg", 75, 50, "12:05:01.123", {}, {}});
  media.contents.push_back(video);
  media.hashes.push_back({"dfdec888b72151965a34b4b59031290a", "md5", {}, {}});
  media.player = MediaPlayer{url + "/player", 400, 200, {}, {}};
  media.community = MediaCommunity{};
  media.community->star_rating = MediaStarRating{3.5, 20, 1, 5, {}, {}};
  media.community->statistics = MediaStatistics{24, 5, {}, {}};
  media.restrictions.push_back({"us ca", "allow", "country", {}, {}});

  i.dublin_core.ensure().publishers.push_back("Example Press");
  Slash& slash = i.slash.ensure();
  slash.section = "articles";
  slash.department = "examples";
  slash.comments = 3;
  slash.hit_parade = "3,3,2,1,0,0,0";
  WellFormedWeb& wfw = i.wfw.ensure();
  wfw.comment = url + "/comments";
  wfw.comment_rss = url + "/comments/feed";
  Threading& thr = i.threading.ensure();
  thr.total = 3;
  if (n > 1) {
    ThreadInReplyTo reply;
    reply.ref = "https://example.com/posts/" + std::to_string(n - 1);
    reply.href = reply.ref;
    reply.type = "text/html";
    thr.in_reply_to.push_back(reply);
  }
  Geo& geo = i.geo.ensure();
  geo.point = "45.256 -71.92";
  geo.feature_name = "Example";
  geo.elevation = 313.0;
  SimpleChapters chapters;
  chapters.version = "1.2";
  chapters.chapters.push_back({"00:00:00.000", "Welcome", "", "", {}, {}});
  chapters.chapters.push_back({"00:01:30.000", "The post", url, "", {}, {}});
  i.chapters.ensure().lists.push_back(chapters);
  i.creative_commons.ensure().licenses.push_back("https://creativecommons.org/licenses/by/4.0/");
  Feedburner& fb = i.feedburner.ensure();
  fb.orig_link = url;
  fb.orig_enclosure_link = url + ".mp3";
}

TEST(ValidateTest, WhatTheWritersWriteFromEveryVocabularyIsValid) {
  Feed feed;
  feed.channel = complete_channel();
  add_vocabularies(feed.channel);
  for (int n = 1; n <= 3; ++n) {
    feed.items.push_back(complete_item(n));
    add_vocabularies(feed.items.back(), n);
  }
  const std::string rss = to_rss(feed);
  const ValidationResult r = validate(rss);
  EXPECT_TRUE(r.valid()) << describe(r) << rss;
  EXPECT_EQ(r.format, "rss20");
  Feed atom_feed = feed;
  atom_feed.channel.links[0].type = "application/atom+xml";
  const std::string atom = to_atom(atom_feed);
  const ValidationResult a = validate(atom);
  EXPECT_TRUE(a.valid()) << describe(a) << atom;
  EXPECT_EQ(a.format, "atom10");
}

// The podcast example's show (examples/podcast_show.hpp), written as examples/podcast writes it.
TEST(ValidateTest, ThePodcastExampleIsValid) {
  Feed feed;
  feed.channel = podcast_show::channel();
  for (const podcast_show::Episode& e : podcast_show::episodes()) {
    feed.items.push_back(podcast_show::item(e));
  }
  const ValidationResult r = validate(to_rss(feed));
  EXPECT_TRUE(r.valid()) << describe(r);
  EXPECT_EQ(r.format, "rss20");
}

// The example program's output is the seed feed, element for element (examples_test): valid.
TEST(ValidateTest, TheSeedFeedIsValid) {
  const ValidationResult r = validate(test::read_data("alamrafiul-distributed-systems.xml"));
  EXPECT_TRUE(r.valid()) << describe(r);
}

// Real feeds written back: the writers add no error of their own to what the original has.
TEST(ValidateTest, RoundTripsAddNoError) {
  const std::filesystem::path dir = test::data_path("roundtrip");
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".xml") continue;
    const std::string bytes = test::read_file(entry.path().string());
    const ValidationResult original = validate(bytes);
    const Format format = original.parse.feed.format;
    const bool atom = format == Format::atom_1_0 || format == Format::atom_0_3;
    const std::string written = atom ? to_atom(original.parse.feed) : to_rss(original.parse.feed);
    const ValidationResult again = validate(written);
    std::set<std::tuple<std::string, std::string, std::string>> before;
    for (const Finding& f : original.findings) {
      if (f.severity == FindingSeverity::error) before.emplace(f.code, f.element, f.parent);
    }
    for (const Finding& f : again.findings) {
      if (f.severity != FindingSeverity::error) continue;
      EXPECT_TRUE(before.count({f.code, f.element, f.parent}))
          << entry.path().filename() << ": the writer added " << f.code << " " << f.element
          << " in " << f.parent << ": " << f.message << "\n"
          << written;
    }
  }
}

}  // namespace
}  // namespace feedpp
