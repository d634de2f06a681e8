// SPDX-License-Identifier: MIT
// The feedpp command: dump a feed as JSON, convert it to RSS, Atom or JSON Feed, check it, list
// the feeds a web page links to.
//
//   feedpp dump --json [--url URL] [--header 'Name: value']... FILE|-
//   feedpp convert --to rss|atom|json [--compact] FILE|-
//   feedpp check FILE|-
//   feedpp discover [--url URL] FILE|-
//
// Exit status: 0 success; 1 the feed has errors (check) or could not be converted; 2 bad
// arguments or an unreadable file.
#include <feedpp/feedpp.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "convert.hpp"
#include "convert_json.hpp"
#include "dump_json.hpp"

namespace {

constexpr const char* kUsage =
    "usage: feedpp <command> [options] FILE|-\n"
    "\n"
    "Read an RSS, Atom or JSON Feed (any version, any charset, gzipped or not, broken or not)\n"
    "and:\n"
    "  dump --json   print the reader's view of the feed as JSON\n"
    "  convert       write it as RSS 2.0, Atom 1.0 or JSON Feed 1.1\n"
    "  check         list what is wrong with it, as file:line:column: severity: code: message\n"
    "  discover      list the feeds a web page links to (feed autodiscovery)\n"
    "\n"
    "FILE is a path, or - for standard input. 'feedpp <command> --help' for the options.\n";

constexpr const char* kDumpUsage =
    "usage: feedpp dump --json [--url URL] [--header 'Name: value']... FILE|-\n"
    "\n"
    "Prints the reader's view of the feed as JSON on standard output: namespaces folded, URLs\n"
    "resolved, dates in UTC beside their text, feedparser's field names.\n"
    "  --url URL        the URL the feed was fetched from (relative links resolve against it)\n"
    "  --header H       an HTTP response header, curl style, repeatable: Content-Type (its\n"
    "                   charset decides the encoding), Content-Location, Content-Language\n"
    "Exit status: 0 whenever the file could be read, even when the feed is broken; 2 when not.\n";

constexpr const char* kConvertUsage =
    "usage: feedpp convert --to rss|atom|json [--compact] FILE|-\n"
    "\n"
    "Writes the feed as RSS 2.0, Atom 1.0 or JSON Feed 1.1 on standard output. What the target\n"
    "format requires and the source lacks is filled in from what it has (an Atom id from the\n"
    "link, an updated date from the newest item, ...); elements without a counterpart are kept\n"
    "as extensions when the target can hold them.\n"
    "  --compact        no indentation\n"
    "Exit status: 0 on success, 1 when the feed could not be written, 2 on bad arguments or an\n"
    "unreadable file.\n";

constexpr const char* kCheckUsage =
    "usage: feedpp check FILE|-\n"
    "\n"
    "Prints each problem found in the feed as file:line:column: severity: code: message.\n"
    "Exit status: 0 when there is no error (warnings allowed), 1 when there is, 2 when the\n"
    "file cannot be read.\n";

constexpr const char* kDiscoverUsage =
    "usage: feedpp discover [--url URL] FILE|-\n"
    "\n"
    "Prints the feeds an HTML page links to (<link rel=\"alternate\"> of an RSS, Atom or JSON\n"
    "Feed type), one a line: URL, type and title, separated by tabs.\n"
    "  --url URL        the page's URL (relative links resolve against it)\n"
    "Exit status: 0 when the page links to a feed, 1 when it links to none, 2 on bad arguments\n"
    "or an unreadable file.\n";

struct Input {
  std::string name;
  std::string bytes;
};

// Reads FILE or standard input; prints why not and returns false on failure.
// Appends what `in` holds to `out`, at most `cap` bytes: /dev/zero, or a pipe that never ends,
// costs no more than the parser's input limit (which then reports input_too_large).
void read_bounded(std::istream& in, std::string& out, std::size_t cap) {
  char buf[65536];
  while (out.size() < cap && in) {
    in.read(buf, static_cast<std::streamsize>(std::min(sizeof buf, cap - out.size())));
    out.append(buf, static_cast<std::size_t>(in.gcount()));
  }
}

bool read_input(const std::string& path, Input& input) {
  input.name = path == "-" ? "<stdin>" : path;
  const std::size_t cap = feedpp::ParseLimits{}.max_input_bytes + 1;
  if (path == "-") {
    read_bounded(std::cin, input.bytes, cap);
    return true;
  }
  // A directory opens as a stream and reads as nothing: say what it is instead.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    std::fprintf(stderr, "feedpp: cannot read %s: it is a directory\n", path.c_str());
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "feedpp: cannot read %s: %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  read_bounded(in, input.bytes, cap);
  if (in.bad()) {
    std::fprintf(stderr, "feedpp: cannot read %s\n", path.c_str());
    return false;
  }
  return true;
}

std::string trim(std::string s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// Prints the fatal diagnostics of `result` (what the input is, when it is no feed) on stderr.
void report_fatal(const Input& input, const feedpp::ParseResult& result) {
  for (const feedpp::Diagnostic& d : result.diagnostics) {
    if (d.severity == feedpp::Severity::fatal) {
      std::fprintf(stderr, "feedpp: %s: %s\n", input.name.c_str(), d.message.c_str());
    }
  }
}

int usage_error(const char* message, const char* usage) {
  std::fprintf(stderr, "feedpp: %s\n\n%s", message, usage);
  return 2;
}

int dump(const std::vector<std::string>& args) {
  bool json = false;
  std::string file;
  std::string url;
  feedpp::ParseOptions options;
  feedpp::ViewOptions context;
  context.exact_itunes_flags = true;  // the dump reports what feedparser reports
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kDumpUsage, stdout);
      return 0;
    }
    if (a == "--json") {
      json = true;
    } else if (a == "--url" && i + 1 < args.size()) {
      url = args[++i];
    } else if (a == "--header" && i + 1 < args.size()) {
      const std::string& h = args[++i];
      const auto colon = h.find(':');
      if (colon == std::string::npos)
        return usage_error("--header needs 'Name: value'", kDumpUsage);
      std::string name = trim(h.substr(0, colon));
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const std::string value = trim(h.substr(colon + 1));
      if (name == "content-type") options.content_type = value;
      if (name == "content-location") context.document_url = value;
      if (name == "content-language") context.content_language = value;
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      return usage_error(("unknown option " + a).c_str(), kDumpUsage);
    } else if (file.empty()) {
      file = a;
    } else {
      return usage_error("one file at a time", kDumpUsage);
    }
  }
  if (!json) return usage_error("dump needs --json (the only output it has)", kDumpUsage);
  if (file.empty()) return usage_error("no file given", kDumpUsage);
  // The document's URL: Content-Location, resolved against the request URL, wins, unless it
  // is a script URL.
  context.document_url = context.document_url.empty() || feedpp::is_script_url(context.document_url)
                             ? url
                             : feedpp::resolve_url(url, context.document_url);
  Input input;
  if (!read_input(file, input)) return 2;
  const feedpp::ParseResult result = feedpp::parse(input.bytes, options);
  const std::string out = feedpp_cli::dump_json(result, context);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  // Not a feed (an HTML page, an image, ...): the dump says so, and so does the terminal.
  report_fatal(input, result);
  return 0;
}

int convert(const std::vector<std::string>& args) {
  std::string to;
  std::string file;
  feedpp::WriteOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kConvertUsage, stdout);
      return 0;
    }
    if (a == "--to" && i + 1 < args.size()) {
      to = args[++i];
    } else if (a == "--compact") {
      options.xml.pretty = false;
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      return usage_error(("unknown option " + a).c_str(), kConvertUsage);
    } else if (file.empty()) {
      file = a;
    } else {
      return usage_error("one file at a time", kConvertUsage);
    }
  }
  if (to != "rss" && to != "atom" && to != "json") {
    return usage_error("--to rss, --to atom or --to json", kConvertUsage);
  }
  if (file.empty()) return usage_error("no file given", kConvertUsage);
  Input input;
  if (!read_input(file, input)) return 2;
  feedpp::ParseResult result = feedpp::parse(input.bytes);
  if (!result.ok()) {
    report_fatal(input, result);
    return 1;
  }
  feedpp::OStreamSink sink(std::cout);
  feedpp::Status status;
  if (to == "json") {
    feedpp_cli::prepare_for_json(result.feed);
    status = feedpp::write_json_feed(result.feed, sink, options);
  } else {
    const feedpp::Format target = to == "rss" ? feedpp::Format::rss_2_0 : feedpp::Format::atom_1_0;
    feedpp_cli::prepare_for(result.feed, target);
    feedpp_cli::prepare_from_json(result.feed, target);
    status = to == "rss" ? feedpp::write_rss(result.feed, sink, options)
                         : feedpp::write_atom(result.feed, sink, options);
  }
  std::cout.flush();
  if (!status.ok()) {
    std::fprintf(stderr, "feedpp: %s: %s\n", input.name.c_str(), status.message().c_str());
    return 1;
  }
  return 0;
}

int check(const std::vector<std::string>& args) {
  std::string file;
  for (const std::string& a : args) {
    if (a == "--help" || a == "-h") {
      std::fputs(kCheckUsage, stdout);
      return 0;
    }
    if (!a.empty() && a[0] == '-' && a != "-") {
      return usage_error(("unknown option " + a).c_str(), kCheckUsage);
    }
    if (!file.empty()) return usage_error("one file at a time", kCheckUsage);
    file = a;
  }
  if (file.empty()) return usage_error("no file given", kCheckUsage);
  Input input;
  if (!read_input(file, input)) return 2;
  const feedpp::ParseResult result = feedpp::parse(input.bytes);
  for (const feedpp::Diagnostic& d : result.diagnostics) {
    std::printf("%s:%zu:%zu: %s: %s: %s\n", input.name.c_str(), d.location.line, d.location.column,
                std::string(feedpp::to_string(d.severity)).c_str(),
                std::string(feedpp::to_string(d.code)).c_str(), d.message.c_str());
  }
  return result.has_errors() ? 1 : 0;
}

int discover(const std::vector<std::string>& args) {
  std::string file;
  std::string url;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kDiscoverUsage, stdout);
      return 0;
    }
    if (a == "--url" && i + 1 < args.size()) {
      url = args[++i];
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      return usage_error(("unknown option " + a).c_str(), kDiscoverUsage);
    } else if (file.empty()) {
      file = a;
    } else {
      return usage_error("one file at a time", kDiscoverUsage);
    }
  }
  if (file.empty()) return usage_error("no file given", kDiscoverUsage);
  Input input;
  if (!read_input(file, input)) return 2;
  const std::vector<feedpp::DiscoveredFeed> feeds = feedpp::discover_feeds(input.bytes, url);
  for (const feedpp::DiscoveredFeed& f : feeds) {
    std::printf("%s\t%s\t%s\n", f.href.c_str(), f.type.c_str(), f.title.c_str());
  }
  return feeds.empty() ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const std::string command = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "--version") {
    std::printf("feedpp %d.%d.%d\n", FEEDPP_VERSION_MAJOR, FEEDPP_VERSION_MINOR,
                FEEDPP_VERSION_PATCH);
    return 0;
  }
  if (command == "dump") return dump(args);
  if (command == "convert") return convert(args);
  if (command == "check") return check(args);
  if (command == "discover") return discover(args);
  std::fprintf(stderr, "feedpp: unknown command '%s'\n\n%s", command.c_str(), kUsage);
  return 2;
}
