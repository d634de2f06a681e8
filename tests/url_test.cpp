// SPDX-License-Identifier: MIT
#include "feedpp/url.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstddef>
#include <random>
#include <string>
#include <string_view>

namespace feedpp {
namespace {

constexpr std::string_view kRfcBase = "http://a/b/c/d;p?q";

struct Case {
  const char* reference;
  const char* expected;
};

// RFC 3986 §5.4.1, every line.
constexpr std::array<Case, 23> kNormal = {{
    {"g:h", "g:h"},
    {"g", "http://a/b/c/g"},
    {"./g", "http://a/b/c/g"},
    {"g/", "http://a/b/c/g/"},
    {"/g", "http://a/g"},
    {"//g", "http://g"},
    {"?y", "http://a/b/c/d;p?y"},
    {"g?y", "http://a/b/c/g?y"},
    {"#s", "http://a/b/c/d;p?q#s"},
    {"g#s", "http://a/b/c/g#s"},
    {"g?y#s", "http://a/b/c/g?y#s"},
    {";x", "http://a/b/c/;x"},
    {"g;x", "http://a/b/c/g;x"},
    {"g;x?y#s", "http://a/b/c/g;x?y#s"},
    {"", "http://a/b/c/d;p?q"},
    {".", "http://a/b/c/"},
    {"./", "http://a/b/c/"},
    {"..", "http://a/b/"},
    {"../", "http://a/b/"},
    {"../g", "http://a/b/g"},
    {"../..", "http://a/"},
    {"../../", "http://a/"},
    {"../../g", "http://a/g"},
}};
static_assert(kNormal.back().reference != nullptr, "the size matches the table");

// RFC 3986 §5.4.2, every line, with the strict answer for "http:g".
constexpr std::array<Case, 19> kAbnormal = {{
    {"../../../g", "http://a/g"},
    {"../../../../g", "http://a/g"},
    {"/./g", "http://a/g"},
    {"/../g", "http://a/g"},
    {"g.", "http://a/b/c/g."},
    {".g", "http://a/b/c/.g"},
    {"g..", "http://a/b/c/g.."},
    {"..g", "http://a/b/c/..g"},
    {"./../g", "http://a/b/g"},
    {"./g/.", "http://a/b/c/g/"},
    {"g/./h", "http://a/b/c/g/h"},
    {"g/../h", "http://a/b/c/h"},
    {"g;x=1/./y", "http://a/b/c/g;x=1/y"},
    {"g;x=1/../y", "http://a/b/c/y"},
    {"g?y/./x", "http://a/b/c/g?y/./x"},
    {"g?y/../x", "http://a/b/c/g?y/../x"},
    {"g#s/./x", "http://a/b/c/g#s/./x"},
    {"g#s/../x", "http://a/b/c/g#s/../x"},
    {"http:g", "http:g"},
}};
static_assert(kAbnormal.back().reference != nullptr, "the size matches the table");

TEST(ResolveUrlTest, Rfc3986NormalExamples) {
  for (const Case& c : kNormal) {
    EXPECT_EQ(resolve_url(kRfcBase, c.reference), c.expected) << '"' << c.reference << '"';
  }
}

TEST(ResolveUrlTest, Rfc3986AbnormalExamples) {
  for (const Case& c : kAbnormal) {
    EXPECT_EQ(resolve_url(kRfcBase, c.reference), c.expected) << '"' << c.reference << '"';
  }
}

TEST(ResolveUrlTest, RemovesDotSegmentsFromAbsoluteReferences) {
  // §5.2.2: T.path = remove_dot_segments(R.path), whatever the base.
  EXPECT_EQ(resolve_url(kRfcBase, "http://x/a/./b/../c"), "http://x/a/c");
  EXPECT_EQ(resolve_url(kRfcBase, "http://x/../../g"), "http://x/g");
  EXPECT_EQ(resolve_url(kRfcBase, "http://x/a/.."), "http://x/");
  EXPECT_EQ(resolve_url("", "http://x/a/./b"), "http://x/a/b");
  // §5.2.4 example 1 and 2, through an absolute reference.
  EXPECT_EQ(resolve_url("", "s:/a/b/c/./../../g"), "s:/a/g");
  EXPECT_EQ(resolve_url("", "s:mid/content=5/../6"), "s:mid/6");
  // Dot segments in the query and fragment are data.
  EXPECT_EQ(resolve_url("", "http://x/a?b/../c#d/./e"), "http://x/a?b/../c#d/./e");
}

TEST(ResolveUrlTest, EmptyFragmentAndQueryOnlyReferences) {
  EXPECT_EQ(resolve_url("http://a/b?q#f", ""), "http://a/b?q");
  EXPECT_EQ(resolve_url("http://a/b?q#f", "#"), "http://a/b?q#");
  EXPECT_EQ(resolve_url("http://a/b?q#f", "#g"), "http://a/b?q#g");
  EXPECT_EQ(resolve_url("http://a/b?q#f", "?"), "http://a/b?");
  EXPECT_EQ(resolve_url("http://a/b?q#f", "?y"), "http://a/b?y");
  EXPECT_EQ(resolve_url("http://a/b?q#f", "?y#z"), "http://a/b?y#z");
  EXPECT_EQ(resolve_url("http://a/b", "?"), "http://a/b?");
  EXPECT_EQ(resolve_url("http://a/b", "#"), "http://a/b#");
  EXPECT_EQ(resolve_url("http://a", "#s"), "http://a#s");
  EXPECT_EQ(resolve_url("http://a", "?y"), "http://a?y");
  EXPECT_EQ(resolve_url("http://a", ""), "http://a");
  // The base path is taken as it is when the reference has none (§5.2.2).
  EXPECT_EQ(resolve_url("http://a/b/../c", "#s"), "http://a/b/../c#s");
}

TEST(ResolveUrlTest, IgnoresTheBaseFragment) {
  EXPECT_EQ(resolve_url("http://a/b/c#frag", "d"), "http://a/b/d");
  EXPECT_EQ(resolve_url("http://a/b/c?q#frag", "?y"), "http://a/b/c?y");
  EXPECT_EQ(resolve_url("http://a/b/c#f/g/h", "d"), "http://a/b/d");  // "/" in it is no path
  EXPECT_EQ(resolve_url("http://a/b/c?x/y#f", "d"), "http://a/b/d");  // nor in the query
}

TEST(ResolveUrlTest, NetworkPathReferences) {
  EXPECT_EQ(resolve_url("https://example.com/a/b", "//cdn.example.net/x.png"),
            "https://cdn.example.net/x.png");
  EXPECT_EQ(resolve_url("https://example.com/a/b", "//g"), "https://g");
  EXPECT_EQ(resolve_url("https://example.com/a/b", "//g?y#s"), "https://g?y#s");
  EXPECT_EQ(resolve_url("https://example.com/a/b", "//g/./h/../i"), "https://g/i");
  EXPECT_EQ(resolve_url("https://example.com/a/b", "//"), "https://");
  EXPECT_EQ(resolve_url("https://example.com/a/b", "//user@h:8080/p"), "https://user@h:8080/p");
  EXPECT_EQ(resolve_url("https://example.com/a?q", "//g"), "https://g");  // no query from base
}

TEST(ResolveUrlTest, BasesWithoutPath) {
  EXPECT_EQ(resolve_url("http://example.com", "test.html"), "http://example.com/test.html");
  EXPECT_EQ(resolve_url("http://example.com", "./test.html"), "http://example.com/test.html");
  EXPECT_EQ(resolve_url("http://example.com", "../test.html"), "http://example.com/test.html");
  EXPECT_EQ(resolve_url("http://example.com", "/test.html"), "http://example.com/test.html");
  EXPECT_EQ(resolve_url("http://example.com?q", "x"), "http://example.com/x");
  EXPECT_EQ(resolve_url("http://example.com#f", "x"), "http://example.com/x");
  EXPECT_EQ(resolve_url("http://example.com:8080", "a/b"), "http://example.com:8080/a/b");
  EXPECT_EQ(resolve_url("http://", "x"), "http:///x");  // empty authority is still defined
}

TEST(ResolveUrlTest, BasesWithAndWithoutTrailingSlash) {
  EXPECT_EQ(resolve_url("http://example.com/", "test.html"), "http://example.com/test.html");
  EXPECT_EQ(resolve_url("http://example.com/dir/", "test.html"),
            "http://example.com/dir/test.html");
  EXPECT_EQ(resolve_url("http://example.com/dir", "test.html"), "http://example.com/test.html");
  EXPECT_EQ(resolve_url("http://example.com/dir/", "."), "http://example.com/dir/");
  EXPECT_EQ(resolve_url("http://example.com/dir/", ".."), "http://example.com/");
  EXPECT_EQ(resolve_url("http://example.com/dir/", "../.."), "http://example.com/");
  EXPECT_EQ(resolve_url("http://example.com/dir//", "x"), "http://example.com/dir//x");
}

TEST(ResolveUrlTest, FeedLikeCases) {
  EXPECT_EQ(resolve_url("http://example.com/parent/", "../test/x.html"),
            "http://example.com/test/x.html");
  EXPECT_EQ(resolve_url("http://example.com/blog/feed.xml", "posts/1.html"),
            "http://example.com/blog/posts/1.html");
  EXPECT_EQ(resolve_url("http://example.com/blog/feed.xml", "/about"), "http://example.com/about");
  EXPECT_EQ(resolve_url("http://example.com/blog/feed.xml", "../img/a.png?w=10&h=20"),
            "http://example.com/img/a.png?w=10&h=20");
  EXPECT_EQ(resolve_url("http://example.com/feed?format=atom", "entry/2"),
            "http://example.com/entry/2");
  // xml:base chains: each level is resolved against the one above.
  const std::string level1 = resolve_url("http://example.org/feed/", "entries/");
  EXPECT_EQ(level1, "http://example.org/feed/entries/");
  EXPECT_EQ(resolve_url(level1, "2003/12/13/atom03"),
            "http://example.org/feed/entries/2003/12/13/atom03");
}

TEST(ResolveUrlTest, BaseNotAbsoluteReturnsTheReference) {
  EXPECT_EQ(resolve_url("", "foo/bar"), "foo/bar");
  EXPECT_EQ(resolve_url("", "../foo/./bar"), "../foo/./bar");  // unchanged: no dot removal
  EXPECT_EQ(resolve_url("   ", "foo"), "foo");
  EXPECT_EQ(resolve_url("/relative/base/", "foo"), "foo");
  EXPECT_EQ(resolve_url("//host/base/", "foo"), "foo");
  EXPECT_EQ(resolve_url("example.com/", "foo"), "foo");
  EXPECT_EQ(resolve_url("1http://a/", "foo"), "foo");  // a scheme starts with a letter
  EXPECT_EQ(resolve_url("ht tp://a/", "foo"), "foo");
  EXPECT_EQ(resolve_url("", ""), "");
  EXPECT_EQ(resolve_url("", "  x  "), "x");
  EXPECT_EQ(resolve_url("/base", " \t../x\n"), "../x");
}

TEST(ResolveUrlTest, ScriptUrlsAreNeverABase) {
  EXPECT_EQ(resolve_url("javascript:alert(1)", "x"), "x");
  EXPECT_EQ(resolve_url("data:text/html,<p>hi</p>", "x/y"), "x/y");
  EXPECT_EQ(resolve_url("VBScript:foo", "?q"), "?q");
  // A script URL as the reference is absolute: it comes back, to be checked by the caller.
  EXPECT_EQ(resolve_url("http://a/b", "javascript:alert(1)"), "javascript:alert(1)");
  // Not a scheme by RFC 3986 (TAB), so a relative path; harmless once resolved.
  EXPECT_EQ(resolve_url("http://a/b", "java\tscript:x"), "http://a/java\tscript:x");
}

TEST(ResolveUrlTest, NonHierarchicalBases) {
  EXPECT_EQ(resolve_url("mailto:someone@example.com", "x"), "mailto:x");
  EXPECT_EQ(resolve_url("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", "#f"),
            "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a#f");
  EXPECT_EQ(resolve_url("tag:example.com,2003:1", "?y"), "tag:example.com,2003:1?y");
  EXPECT_EQ(resolve_url("file:/a/b", "c"), "file:/a/c");
  EXPECT_EQ(resolve_url("file:///a/b", "c"), "file:///a/c");
  EXPECT_EQ(resolve_url("x:", "y"), "x:y");
}

TEST(ResolveUrlTest, SchemeSyntaxDecidesWhatIsAbsolute) {
  EXPECT_EQ(resolve_url(kRfcBase, "foo:bar"), "foo:bar");
  EXPECT_EQ(resolve_url(kRfcBase, "./foo:bar"), "http://a/b/c/foo:bar");
  EXPECT_EQ(resolve_url(kRfcBase, "a:b/c"), "a:b/c");
  EXPECT_EQ(resolve_url(kRfcBase, "./a:b/c"), "http://a/b/c/a:b/c");
  EXPECT_EQ(resolve_url(kRfcBase, "1a:b"), "http://a/b/c/1a:b");
  EXPECT_EQ(resolve_url(kRfcBase, "a_b:c"), "http://a/b/c/a_b:c");
  EXPECT_EQ(resolve_url(kRfcBase, ":x"), "http://a/b/c/:x");
  EXPECT_EQ(resolve_url(kRfcBase, "a+b-c.d:e"), "a+b-c.d:e");
  EXPECT_EQ(resolve_url(kRfcBase, "g/h:i"), "http://a/b/c/g/h:i");
  EXPECT_EQ(resolve_url(kRfcBase, "g?h:i"), "http://a/b/c/g?h:i");
  EXPECT_EQ(resolve_url(kRfcBase, "tag:example.com,2003:1"), "tag:example.com,2003:1");
  EXPECT_EQ(resolve_url(kRfcBase, "urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6"),
            "urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6");
}

TEST(ResolveUrlTest, IrisPassThroughUntouched) {
  EXPECT_EQ(resolve_url("http://例え.テスト/パス/フィード", "../記事/1"),
            "http://例え.テスト/記事/1");
  EXPECT_EQ(resolve_url("http://bücher.example/straße/", "größe?ä=ö#ü"),
            "http://bücher.example/straße/größe?ä=ö#ü");
  EXPECT_EQ(resolve_url("http://example.com/a/", "//bücher.example/x"), "http://bücher.example/x");
  EXPECT_EQ(resolve_url(kRfcBase, "http://例え.テスト/./a/../b"), "http://例え.テスト/b");
  // Bytes that are not UTF-8 at all are not repaired either.
  EXPECT_EQ(resolve_url("http://a/\xff\xfe/", "\x80.\xc0"), "http://a/\xff\xfe/\x80.\xc0");
}

TEST(ResolveUrlTest, TrimsAsciiWhitespace) {
  EXPECT_EQ(resolve_url("  http://a/b/c  ", "  d  "), "http://a/b/d");
  EXPECT_EQ(resolve_url("\t\r\nhttp://a/b/c\f", "\n\t../d\r\n"), "http://a/d");
  EXPECT_EQ(resolve_url("http://a/b/c", "  "), "http://a/b/c");
  EXPECT_EQ(resolve_url("http://a/b/c", " http://x/y "), "http://x/y");
  // Inside, whitespace is data; other controls and NBSP are not trimmed.
  EXPECT_EQ(resolve_url("http://a/b/c", "d e"), "http://a/b/d e");
  EXPECT_EQ(resolve_url("http://a/b/c", "\vd"), "http://a/b/\vd");
  EXPECT_EQ(resolve_url("http://a/b/c",
                        "\xc2\xa0"
                        "d"),
            "http://a/b/\xc2\xa0"
            "d");
}

TEST(ResolveUrlTest, KeepsCaseAndPercentEncodings) {
  EXPECT_EQ(resolve_url("", "http://www.EXAMPLE.org/thing"), "http://www.EXAMPLE.org/thing");
  EXPECT_EQ(resolve_url("http://www.EXAMPLE.org/a/", "%7ebob"), "http://www.EXAMPLE.org/a/%7ebob");
  EXPECT_EQ(resolve_url("HTTP://A/B/C", "D%2F..%2Fe"), "HTTP://A/B/D%2F..%2Fe");
  EXPECT_EQ(resolve_url("http://a/b/", "%2E%2E/c"), "http://a/b/%2E%2E/c");  // not a dot segment
  EXPECT_EQ(resolve_url("http://a/b/", "a%20b?x=%41#%62"), "http://a/b/a%20b?x=%41#%62");
  EXPECT_EQ(resolve_url("http://a:80/", "x"), "http://a:80/x");  // default port kept
}

TEST(IsAbsoluteUrlTest, RecognisesSchemes) {
  for (const char* url :
       {"http://a", "https://a/b", "http:", "mailto:x@example.com", "foo:bar", "a:b/c",
        "tag:example.com,2003:1", "urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6",
        "javascript:alert(1)", "data:,", "A+b-C.9:", "  http://a", "\thttp://a"}) {
    EXPECT_TRUE(is_absolute_url(url)) << '"' << url << '"';
  }
  for (const char* url :
       {"", " ", ":", ":x", "./foo:bar", "./a:b/c", "1a:b", "a_b:c", "/a:b", "//a/b:c", "?a:b",
        "#a:b", "a b:c", "java\tscript:x", "example.com", "\xc3\xa9:x", "http", "http/:"}) {
    EXPECT_FALSE(is_absolute_url(url)) << '"' << url << '"';
  }
}

TEST(IsScriptUrlTest, RecognisesScriptSchemes) {
  for (const char* url :
       {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "JAVASCRIPT:", "java\tscript:alert(1)",
        "java\nscript:x", "java\rscript:x", " JavaScript:x", "\x01javascript:x", "javascript\x7f:x",
        "  j a v a s c r i p t :x", "javascript :x", "vbscript:msgbox(1)", "VBScript:x",
        "data:text/html,<script>alert(1)</script>", "DATA:text/html;base64,PHA+", "\x1f data:,"}) {
    EXPECT_TRUE(is_script_url(url)) << '"' << url << '"';
  }
  // With an embedded NUL too, which a const char* would cut short.
  using namespace std::string_view_literals;
  EXPECT_TRUE(is_script_url("java\0script:x"sv));
}

TEST(IsScriptUrlTest, RejectsOtherUrls) {
  for (const char* url :
       {"", ":", "javascript", "http:", "http://example.com/javascript:x", "mailto:a@b",
        "./javascript:x", "/javascript:x", "javascripts:x", "xjavascript:x", "java-script:x",
        "java\xc2\xa0script:x", "javascriptjavascript:x", "dat:x", "datas:x", "vb:x",
        "https://a/?u=javascript:x", "#javascript:x", "tag:example.com,2003:1"}) {
    EXPECT_FALSE(is_script_url(url)) << '"' << url << '"';
  }
}

// Random bytes, weighted toward the bytes the grammar cares about, to every function. Beyond
// not crashing (the sanitizers watch), resolving is idempotent: a resolved URL is absolute and
// resolves to itself.
// RFC 3987 §3.1: host labels by IDNA, the rest percent-encoded, what is ASCII as written.
TEST(IriToUriTest, EncodesHostLabelsByPunycodeAndTheRestByPercent) {
  EXPECT_EQ(iri_to_uri("http://www.詹姆斯.com/atomtests/iri/詹.html"),
            "http://www.xn--8ws00zhy3a.com/atomtests/iri/%E8%A9%B9.html");
  EXPECT_EQ(iri_to_uri("http://Bücher.Example:8080/ä?q=ö#ü"),
            "http://xn--bcher-kva.Example:8080/%C3%A4?q=%C3%B6#%C3%BC");
  EXPECT_EQ(iri_to_uri("//münchen.example/x"), "//xn--mnchen-3ya.example/x");
  // IDNA's other full stops separate labels.
  EXPECT_EQ(iri_to_uri("http://例え。テスト/"), "http://xn--r8jz45g.xn--zckzah/");
  // User information is no host name; nor is anything in a URI without an authority.
  EXPECT_EQ(iri_to_uri("ftp://jösé@host.example/"), "ftp://j%C3%B6s%C3%A9@host.example/");
  EXPECT_EQ(iri_to_uri("mailto:josé@例え.jp"), "mailto:jos%C3%A9@%E4%BE%8B%E3%81%88.jp");
  EXPECT_EQ(iri_to_uri("/päth/ä"), "/p%C3%A4th/%C3%A4");
  EXPECT_EQ(iri_to_uri("http://[::1]:80/ä"), "http://[::1]:80/%C3%A4");
}

// RFC 3492 §7.1's sample strings, as host labels.
TEST(IriToUriTest, PunycodeMatchesRfc3492Samples) {
  // (A) Arabic (Egyptian).
  EXPECT_EQ(iri_to_uri("http://ليهمابتكلموشعربي؟/"), "http://xn--egbpdaj6bu4bxfgehfvwxn/");
  // (B) Chinese (simplified).
  EXPECT_EQ(iri_to_uri("http://他们为什么不说中文/"), "http://xn--ihqwcrb4cv8a8dqg056pqjye/");
  // (L) Japanese with ASCII letters, which IDNA lower-cases: "3B-" becomes "3b-".
  EXPECT_EQ(iri_to_uri("http://3年B組金八先生/"), "http://xn--3b-ww4c5e180e575a65lsy2b/");
  // (R) Russian, without the sample's mixed-case annotation (an upper-case D).
  EXPECT_EQ(iri_to_uri("http://почемужеонинеговорятпорусски/"),
            "http://xn--b1abfaaepdrnnbgefbadotcwatmq2g4l/");
}

TEST(IriToUriTest, LeavesAsciiAndCopesWithBytesThatAreNotUtf8) {
  EXPECT_EQ(iri_to_uri("http://a.example/b c?<d>"), "http://a.example/b c?<d>");
  EXPECT_EQ(iri_to_uri(""), "");
  EXPECT_EQ(iri_to_uri("http://a\xFF"
                       "b.example/\xFF"),
            "http://a%FFb.example/%FF");
  EXPECT_EQ(iri_to_uri("http://ä"), "http://xn--4ca");
}

TEST(UrlFuzzTest, RandomBytesNeverCrash) {
  constexpr std::string_view kInteresting = "/.?#:@%aZ09+- \t\n";
  std::mt19937 rng(20240601);
  std::uniform_int_distribution<int> length(0, 24);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<std::size_t> pick(0, kInteresting.size() - 1);
  const auto random_string = [&] {
    std::string s(static_cast<std::size_t>(length(rng)), '\0');
    for (char& c : s) {
      c = byte(rng) < 128 ? kInteresting[pick(rng)] : static_cast<char>(byte(rng));
    }
    return s;
  };
  for (int i = 0; i < 100000; ++i) {
    const std::string reference = random_string();
    const std::string base = i % 2 == 0 ? std::string(kRfcBase) : random_string();
    const std::string resolved = resolve_url(base, reference);
    (void)is_absolute_url(reference);
    (void)is_absolute_url(base);
    (void)is_script_url(reference);
    (void)is_script_url(base);
    for (const char c : iri_to_uri(reference)) {
      ASSERT_LT(static_cast<unsigned char>(c), 0x80) << '"' << reference << '"';
    }
    if (i % 2 == 0) {
      ASSERT_TRUE(is_absolute_url(resolved)) << '"' << reference << '"';
      ASSERT_EQ(resolve_url(base, resolved), resolved) << '"' << reference << '"';
    }
  }
}

TEST(UrlFuzzTest, LongDotChainsStayLinear) {
  // 200k segments of ".." and "x": quadratic code would take minutes here.
  std::string reference;
  for (int i = 0; i < 100000; ++i) reference += "x/";
  for (int i = 0; i < 100000; ++i) reference += "../";
  reference += "g";
  EXPECT_EQ(resolve_url(kRfcBase, reference), "http://a/b/c/g");
  EXPECT_EQ(resolve_url(kRfcBase, std::string(300000, 'x') + "/.."), "http://a/b/c/");
  std::string dots = "/";
  for (int i = 0; i < 100000; ++i) dots += "./";
  EXPECT_EQ(resolve_url(kRfcBase, dots + "g"), "http://a/g");
}

}  // namespace
}  // namespace feedpp
