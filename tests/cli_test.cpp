// SPDX-License-Identifier: MIT
// The feedpp command: its exit codes, its messages, and what each command prints.
#include <gtest/gtest.h>

#include <feedpp/feedpp.hpp>

#include <sys/wait.h>
#include <cstdio>
#include <string>

#include "json_check.hpp"
#include "test_util.hpp"

namespace feedpp {
namespace {

struct CommandResult {
  int status = -1;
  std::string out;
};

// Runs the feedpp command with `args` (a shell fragment); stdout captured, stderr to /dev/null
// unless `with_stderr`.
CommandResult feedpp(const std::string& args, bool with_stderr = false) {
  const std::string command =
      std::string(FEEDPP_CLI_EXE) + " " + args + (with_stderr ? " 2>&1" : " 2>/dev/null");
  CommandResult run;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  char buf[65536];
  std::size_t n = 0;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) run.out.append(buf, n);
  const int raw = pclose(pipe);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return run;
}

std::string data(const char* name) { return "'" + test::data_path(name) + "'"; }

TEST(CliTest, HelpAndBadArguments) {
  EXPECT_EQ(feedpp("--help").status, 0);
  EXPECT_NE(feedpp("--help").out.find("usage: feedpp"), std::string::npos);
  for (const char* command : {"dump", "convert", "check", "discover"}) {
    const CommandResult help = feedpp(std::string(command) + " --help");
    EXPECT_EQ(help.status, 0) << command;
    EXPECT_NE(help.out.find(std::string("usage: feedpp ") + command), std::string::npos);
  }
  EXPECT_EQ(feedpp("").status, 2);
  EXPECT_EQ(feedpp("frobnicate x.xml").status, 2);
  EXPECT_EQ(feedpp("dump " + data("cli/broken.xml")).status, 2);  // --json is required
  EXPECT_EQ(feedpp("dump --json --bogus x.xml").status, 2);
  EXPECT_EQ(feedpp("convert --to yaml " + data("cli/broken.xml")).status, 2);
  const CommandResult missing = feedpp("check /nonexistent/feed.xml", true);
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.out.find("cannot read /nonexistent/feed.xml"), std::string::npos);
  EXPECT_EQ(feedpp("dump --json /nonexistent/feed.xml").status, 2);
}

TEST(CliTest, CheckPointsAtTheBrokenLine) {
  const CommandResult run = feedpp("check " + data("cli/broken.xml"));
  EXPECT_EQ(run.status, 1);
  // file:line:column: severity: message [code], at the </description> that closes the <b>;
  // the W3C validator's name for markup that is not well-formed.
  const auto at = run.out.find("broken.xml:7:58: error: not well-formed XML: ");
  ASSERT_NE(at, std::string::npos) << run.out;
  EXPECT_NE(run.out.find("[SAXError]\n", at), std::string::npos) << run.out;
  // A valid feed: exit 0, advice and warnings allowed, no error.
  const CommandResult clean = feedpp("check " + data("alamrafiul-distributed-systems.xml"));
  EXPECT_EQ(clean.status, 0);
  EXPECT_EQ(clean.out.find(": error: "), std::string::npos) << clean.out;
}

TEST(CliTest, CheckPrintsTheContractsJson) {
  const CommandResult run = feedpp("check --json " + data("cli/broken.xml"));
  EXPECT_EQ(run.status, 1);
  ASSERT_FALSE(run.out.empty());
  EXPECT_EQ(run.out.substr(0, 25), R"({"valid":false,"format":")");
  EXPECT_NE(run.out.find(R"({"code":"SAXError","severity":"error","line":7,"column":58,)"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find(R"("parse_code":"xml_syntax")"), std::string::npos);
  // Whatever the input, one JSON object: also for a file that cannot be read.
  const CommandResult missing = feedpp("check --json /nonexistent/feed.xml", true);
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.out.find(R"({"valid":false,"format":"","diagnostics":[{"code":"io_error")"),
            std::string::npos)
      << missing.out;
}

TEST(CliTest, DumpPrintsJsonEvenForBrokenFeeds) {
  const CommandResult run = feedpp("dump --json " + data("cli/broken.xml"));
  EXPECT_EQ(run.status, 0);
  ASSERT_FALSE(run.out.empty());
  EXPECT_EQ(run.out.front(), '{');
  EXPECT_EQ(run.out.substr(run.out.size() - 2), "}\n");
  EXPECT_NE(run.out.find(R"("bozo":true)"), std::string::npos);
  EXPECT_NE(run.out.find(R"("value":"Two")"), std::string::npos);  // the next item survived
  EXPECT_NE(run.out.find(R"("kind":"xml-syntax","line":7)"), std::string::npos);
}

TEST(CliTest, DumpTakesHttpMetadata) {
  const CommandResult run = feedpp(
      "dump --json --url http://example.com/feeds/x.xml "
      "--header 'Content-Type: text/xml; charset=utf-8' "
      "--header 'Content-Language: fr' - < " +
      data("cli/relative.xml"));
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.out.find(R"("link":"http://example.com/blog/")"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find(R"("language":"fr")"), std::string::npos);
}

TEST(CliTest, DumpPrintsHtmlSanitizedUnlessToldNot) {
  const std::string url = "--url http://example.com/feed.xml ";
  const CommandResult clean = feedpp("dump --json " + url + data("cli/html.xml"));
  EXPECT_EQ(clean.status, 0);
  EXPECT_NE(
      clean.out.find(R"("value":"<p>Hi <a href=\"http://example.com/one.html\">one</a></p>")"),
      std::string::npos)
      << clean.out;
  EXPECT_EQ(clean.out.find("<script>"), std::string::npos);
  EXPECT_EQ(clean.out.find("onclick"), std::string::npos);
  const CommandResult raw = feedpp("dump --json --no-sanitize " + url + data("cli/html.xml"));
  EXPECT_EQ(raw.status, 0);
  EXPECT_NE(
      raw.out.find(R"("value":"<p onclick=\"steal()\">Hi <a href=\"http://example.com/one.html\">)"
                   R"(one</a><script>alert(1)</script></p>")"),
      std::string::npos)
      << raw.out;
}

TEST(CliTest, ConvertToRssGivesTheSeedFeedBack) {
  const CommandResult run =
      feedpp("convert --to rss " + data("alamrafiul-distributed-systems.xml"));
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(test::xml_difference(test::read_data("alamrafiul-distributed-systems.xml"), run.out),
            "");
}

TEST(CliTest, ConvertToAtomFillsWhatAtomRequires) {
  const CommandResult run =
      feedpp("convert --to atom " + data("alamrafiul-distributed-systems.xml"));
  ASSERT_EQ(run.status, 0);
  EXPECT_EQ(test::xml_problem(run.out), "");
  const ParseResult atom = parse(run.out);
  EXPECT_FALSE(atom.has_errors());
  EXPECT_EQ(atom.feed.format, Format::atom_1_0);
  EXPECT_EQ(atom.feed.channel.id, "https://alamrafiul.com/tags/distributed-systems/index.xml");
  ASSERT_EQ(atom.feed.items.size(), 20u);
  EXPECT_EQ(atom.feed.items[0].guid.value,
            "https://alamrafiul.com/posts/golang-kafka-practical-guide/");
  EXPECT_EQ(atom.feed.items[0].updated.value, make_datetime(2026, 3, 23));
  EXPECT_EQ(atom.feed.items[6].description.type, "html");
  // And back: the Atom ids become guids that are not permalinks only when they differ from links.
  const CommandResult compact =
      feedpp("convert --compact --to rss - < " + data("alamrafiul-distributed-systems.xml"));
  EXPECT_EQ(compact.status, 0);
  EXPECT_EQ(compact.out.find("\n  <"), std::string::npos);  // no indentation
}

// A feed a limit cut is not converted (no document, exit 1, the limit named); raised, it is.
TEST(CliTest, ACutFeedIsNeitherConvertedNorDumpedAsWhole) {
  const std::string seed = data("alamrafiul-distributed-systems.xml");
  EXPECT_EQ(feedpp("dump --json --max-text 64 " + seed).status, 1);
  for (const char* limit : {"--max-items 5", "--max-bytes 4096", "--max-text 64"}) {
    SCOPED_TRACE(limit);
    EXPECT_EQ(feedpp(std::string("check ") + limit + " " + seed).status, 1);
  }
  // dump reads a feed the limits would cut whole item by item: the same dump.
  const CommandResult dumped = feedpp("dump --json " + seed);
  ASSERT_EQ(dumped.status, 0);
  for (const char* limit : {"--max-items 5", "--max-bytes 4096"}) {
    SCOPED_TRACE(limit);
    const CommandResult streamed = feedpp(std::string("dump --json ") + limit + " " + seed);
    EXPECT_EQ(streamed.status, 0);
    EXPECT_EQ(streamed.out, dumped.out);
  }
  EXPECT_EQ(feedpp("dump --json --max-bytes 1024 " + seed).status, 1);  // an item is larger
  // convert reads a feed the limits would cut whole item by item, each item within them.
  for (const char* to : {"atom", "rss", "json"}) {
    const CommandResult whole = feedpp(std::string("convert --to ") + to + " " + seed);
    ASSERT_EQ(whole.status, 0);
    for (const char* limit : {"--max-items 5", "--max-bytes 4096"}) {
      SCOPED_TRACE(std::string(to) + " " + limit);
      const CommandResult streamed =
          feedpp(std::string("convert --to ") + to + " " + limit + " " + seed);
      EXPECT_EQ(streamed.status, 0);
      EXPECT_EQ(streamed.out, whole.out);
    }
  }
  // An item larger than --max-bytes, or text larger than --max-text, cuts it still.
  for (const char* limit : {"--max-bytes 1024", "--max-text 64"}) {
    SCOPED_TRACE(limit);
    const CommandResult cut = feedpp(std::string("convert --to atom ") + limit + " " + seed);
    EXPECT_EQ(cut.status, 1);
    EXPECT_EQ(cut.out, "");
    const CommandResult said = feedpp(std::string("convert --to rss ") + limit + " " + seed, true);
    EXPECT_NE(said.out.find(std::string(limit).substr(0, std::string(limit).find(' '))),
              std::string::npos)
        << said.out;
  }
  EXPECT_EQ(feedpp("convert --to atom --max-items 20 " + seed).status, 0);
  EXPECT_EQ(feedpp("convert --to atom --max-items 0 " + seed).status, 2);
  EXPECT_EQ(feedpp("convert --to atom --max-items lots " + seed).status, 2);
  // The depth limit cuts what the model keeps as a tree: an extension nested too deep.
  const std::string deep = testing::TempDir() + "feedpp-cli-deep.xml";
  {
    FILE* f = std::fopen(deep.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs(
        "<rss version=\"2.0\"><channel><title>t</title><link>https://e.org/</link>"
        "<description>d</description><item><title>i</title><a:x xmlns:a=\"urn:a\">"
        "<a:y><a:z>deep</a:z></a:y></a:x></item></channel></rss>",
        f);
    std::fclose(f);
  }
  EXPECT_EQ(feedpp("convert --to atom --max-depth 5 '" + deep + "'").status, 1);
  EXPECT_EQ(feedpp("convert --to atom --max-depth 6 '" + deep + "'").status, 0);
  EXPECT_EQ(feedpp("dump --json --max-depth 5 '" + deep + "'").status, 1);
  std::remove(deep.c_str());
  // A document that ends early is cut too.
  const std::string whole = test::read_data("alamrafiul-distributed-systems.xml");
  const std::string path = testing::TempDir() + "feedpp-cli-truncated.xml";
  {
    FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fwrite(whole.data(), 1, whole.size() / 2, f);
    std::fclose(f);
  }
  const CommandResult truncated = feedpp("convert --to atom '" + path + "'");
  EXPECT_EQ(truncated.status, 1);
  EXPECT_EQ(truncated.out, "");
  std::remove(path.c_str());
}

// Every filled value is said on standard error, and the output is a whole feed.
TEST(CliTest, ConvertSaysWhatItFilled) {
  const CommandResult run =
      feedpp("convert --to atom " + data("alamrafiul-distributed-systems.xml"), true);
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.out.find("warning: value_filled: Atom <id> from the self link"), std::string::npos)
      << run.out;
}

// --url is where the feed was fetched from: its relative links resolve against it, and the
// Atom id comes from the link so resolved. Without it, the id is a name-based URN.
TEST(CliTest, ConvertTakesTheDocumentsUrl) {
  const CommandResult at =
      feedpp("convert --to atom --url http://example.com/feeds/x.xml " + data("cli/relative.xml"));
  ASSERT_EQ(at.status, 0);
  EXPECT_EQ(parse(at.out).feed.channel.id, "http://example.com/blog/") << at.out;
  const CommandResult bare = feedpp("convert --to atom " + data("cli/relative.xml"));
  ASSERT_EQ(bare.status, 0);
  EXPECT_EQ(parse(bare.out).feed.channel.id.rfind("urn:uuid:", 0), 0u) << bare.out;
  const CommandResult none = feedpp("convert --to atom " + data("rss/without-channel.xml"), true);
  EXPECT_EQ(none.status, 1);
  EXPECT_NE(none.out.find("no <channel> and no items"), std::string::npos) << none.out;
  EXPECT_EQ(none.out.find("<feed"), std::string::npos);
}

TEST(CliTest, ConvertToJsonFeed) {
  const CommandResult run =
      feedpp("convert --to json " + data("alamrafiul-distributed-systems.xml"));
  ASSERT_EQ(run.status, 0);
  EXPECT_EQ(test::json_problem(run.out), "");
  const ParseResult json = parse(run.out);
  EXPECT_FALSE(json.has_errors()) << test::describe(json);
  EXPECT_EQ(json.feed.format, Format::json_1_1);
  ASSERT_EQ(json.feed.items.size(), 20u);
  // An RSS description with no content:encoded is the item's HTML: its content.
  EXPECT_EQ(json.feed.items[0].content.type, "html");
  EXPECT_FALSE(json.feed.items[0].content.value.empty());
  const CommandResult compact =
      feedpp("convert --to json --compact - < " + data("json/blog-1.1.json"));
  ASSERT_EQ(compact.status, 0);
  EXPECT_EQ(compact.out.find('\n'), std::string::npos);  // one line, no indentation
  EXPECT_EQ(test::json_difference(test::read_data("json/blog-1.1.json"), compact.out), "");
}

TEST(CliTest, ConvertJsonFeedToRssAndAtom) {
  for (const char* to : {"rss", "atom"}) {
    const CommandResult run =
        feedpp(std::string("convert --to ") + to + " " + data("json/microblog-1.0.json"));
    ASSERT_EQ(run.status, 0) << to;
    EXPECT_EQ(test::xml_problem(run.out), "");
    const ParseResult back = parse(run.out);
    EXPECT_FALSE(back.has_errors()) << test::describe(back);
    ASSERT_EQ(back.feed.items.size(), 3u);
    EXPECT_EQ(alternate_link(back.feed.items[0]),
              "https://jun.example.blog/2025/11/20/coffee.html");
    EXPECT_NE(run.out.find("First snow of the year"), std::string::npos);
  }
}

TEST(CliTest, GzipJsonAndNonFeeds) {
  const CommandResult gz = feedpp("dump --json " + data("inputs/alamrafiul.xml.gz"));
  EXPECT_EQ(gz.status, 0);
  EXPECT_NE(gz.out.find(R"("format":"rss2.0")"), std::string::npos);
  EXPECT_NE(gz.out.find(R"("bozo":false)"), std::string::npos);
  const CommandResult json = feedpp("dump --json " + data("json/podcast-1.1.json"));
  EXPECT_EQ(json.status, 0);
  EXPECT_NE(json.out.find(R"("format":"json1.1")"), std::string::npos);
  EXPECT_EQ(feedpp("check " + data("inputs/podcast.json.gz")).status, 0);
  // A directory, and a file that is not there: read errors.
  const CommandResult dir = feedpp("dump --json " + data("inputs"), true);
  EXPECT_EQ(dir.status, 2);
  EXPECT_NE(dir.out.find("it is a directory"), std::string::npos) << dir.out;
  EXPECT_EQ(feedpp("check " + data("inputs")).status, 2);
  EXPECT_EQ(feedpp("convert --to rss " + data("inputs")).status, 2);
  // Each non-feed is named, on stderr for dump, and is a failure for check and convert.
  const std::pair<const char*, const char*> cases[] = {
      {"inputs/pixel.png", "a PNG image, not a feed"},
      {"inputs/document.pdf", "a PDF document, not a feed"},
      {"inputs/blob.bin", "binary data, not a feed"},
      {"inputs/moved.txt", "plain text, without markup: not a feed"},
      {"inputs/empty.xml", "the document is empty"},
      {"inputs/subscriptions.opml", "the root element <opml> is not RSS"},
      {"inputs/package.json", "not a JSON Feed"},
      {"inputs/blog-page.html",
       "an HTML page, not a feed; it links to these feeds: "
       "https://notes.example.net/blog/feed.xml"},
  };
  for (const auto& [file, message] : cases) {
    const CommandResult d = feedpp("dump --json " + data(file), true);
    EXPECT_EQ(d.status, 1) << file;
    EXPECT_NE(d.out.find(message), std::string::npos) << file << ": " << d.out;
    EXPECT_NE(d.out.find(R"("format":"")"), std::string::npos) << file;
    EXPECT_EQ(feedpp("check " + data(file)).status, 1) << file;
    const CommandResult c = feedpp("convert --to json " + data(file), true);
    EXPECT_EQ(c.status, 1) << file;
    EXPECT_NE(c.out.find(message), std::string::npos) << file << ": " << c.out;
  }
}

// A file that never ends (a device, an endless pipe) is read up to the parser's input limit,
// not until memory runs out.
TEST(CliTest, AnEndlessInputIsReadToTheLimit) {
  const CommandResult run = feedpp("check /dev/zero", true);
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.out.find("error: binary data, not a feed"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("[input_too_large]"), std::string::npos) << run.out;
}

TEST(CliTest, DiscoverListsTheFeedsOfAPage) {
  const CommandResult run =
      feedpp("discover --url https://notes.example.net/ " + data("inputs/blog-page.html"));
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "https://notes.example.net/blog/feed.xml\tapplication/rss+xml\tFireside Notes & "
            "Links (RSS)\n"
            "https://notes.example.net/atom.xml\tapplication/atom+xml\tFireside Notes (Atom)\n"
            "https://notes.example.net/feed.json\tapplication/feed+json\tJSON Feed\n");
  EXPECT_EQ(feedpp("discover " + data("alamrafiul-distributed-systems.xml")).status, 1);
  EXPECT_EQ(feedpp("discover " + data("inputs")).status, 2);
}

}  // namespace
}  // namespace feedpp
