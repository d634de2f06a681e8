// SPDX-License-Identifier: MIT
// The feedpp command: dump a feed as JSON, convert it to RSS, Atom or JSON Feed, check it, list
// the feeds a web page links to.
//
//   feedpp dump --json [--url URL] [--header 'Name: value']... [--no-sanitize] FILE|-
//   feedpp convert --to rss|atom|json [--compact] FILE|-
//   feedpp check [--json] [--url URL] FILE|-
//   feedpp discover [--url URL] FILE|-
//
// Exit status: 0 success; 1 no feed, a feed a limit cut, a feed with errors (check) or one that
// could not be converted; 2 bad arguments or an unreadable file.
#include <feedpp/feedpp.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "check_output.hpp"
#include "dump_json.hpp"

namespace {

constexpr const char* kUsage =
    "usage: feedpp <command> [options] FILE|-\n"
    "\n"
    "Read an RSS, Atom or JSON Feed (any version, any charset, gzipped or not, broken or not)\n"
    "and:\n"
    "  dump --json   print the reader's view of the feed as JSON\n"
    "  convert       write it as RSS 2.0, Atom 1.0 or JSON Feed 1.1\n"
    "  check         validate it (the W3C Feed Validation Service's rules)\n"
    "  discover      list the feeds a web page links to (feed autodiscovery)\n"
    "\n"
    "FILE is a path, or - for standard input. 'feedpp <command> --help' for the options.\n";

constexpr const char* kDumpUsage =
    "usage: feedpp dump --json [--url URL] [--header 'Name: value']... [--no-sanitize] [LIMITS] "
    "FILE|-\n"
    "\n"
    "Prints the reader's view of the feed as JSON on standard output: namespaces folded, URLs\n"
    "resolved, dates in UTC beside their text, feedparser's field names.\n"
    "  --url URL        the URL the feed was fetched from (relative links resolve against it)\n"
    "  --header H       an HTTP response header, curl style, repeatable: Content-Type (its\n"
    "                   charset decides the encoding), Content-Location, Content-Language\n"
    "  --no-sanitize    HTML as the feed wrote it (URLs resolved), not sanitize_html()'s\n"
    "  --max-bytes N, --max-items N, --max-depth N, --max-text N   the parse limits; a feed\n"
    "                   larger than --max-bytes or with more items than --max-items is read\n"
    "                   item by item (feedpp::StreamParser), each item within the limits\n"
    "Exit status: 0 whenever a feed could be read, even a broken one (its JSON says what was\n"
    "wrong); 1 when it is no feed (said on standard error) or a limit cut it (what was read is\n"
    "printed); 2 on bad arguments or an unreadable file.\n";

constexpr const char* kConvertUsage =
    "usage: feedpp convert --to rss|atom|json [--url URL] [--compact] [LIMITS] FILE|-\n"
    "\n"
    "Writes the feed as RSS 2.0, Atom 1.0 or JSON Feed 1.1 on standard output. In its own\n"
    "format, it is written as read. In another, what the target requires and the source lacks\n"
    "is filled in from what it has (feedpp::convert(): an Atom id from the link, an updated\n"
    "date from the newest item, ...), each filled value a warning on standard error; a value\n"
    "with no place in the target is dropped with a warning. Either the whole document or none.\n"
    "  --url URL        the URL the feed was fetched from: relative links resolve against it,\n"
    "                   and a feed with no link takes it as its Atom id or RSS link\n"
    "  --compact        no indentation\n"
    "LIMITS (feedpp::ParseLimits): --max-bytes N (64 MiB), --max-items N (100000),\n"
    "  --max-depth N (256), --max-text N (16 MiB). A feed larger than --max-bytes or with more\n"
    "  items than --max-items is converted item by item (feedpp::StreamParser and\n"
    "  StreamConverter), in memory bounded by its largest item, --max-bytes then bounding each\n"
    "  item; its Atom <updated>, when it has no date, is then the time of the conversion. A feed\n"
    "  that a limit, or its own early end, cut is not converted: part of a feed is not written\n"
    "  as if it were all of it.\n"
    "Exit status: 0 on success, 1 when the feed was cut or could not be written whole, 2 on\n"
    "bad arguments or an unreadable file.\n";

constexpr const char* kCheckUsage =
    "usage: feedpp check [--json] [--url URL] [LIMITS] FILE|-\n"
    "\n"
    "Validates the feed with the rules of the W3C Feed Validation Service (RSS 2.0, 0.9x and\n"
    "1.0, Atom 1.0, and the namespaces it knows) and prints each finding, in document order,\n"
    "as file:line:column: severity: message [code], where code is the W3C service's name for\n"
    "it (or the parser's, for a problem of reading it has no name for).\n"
    "  --json           print one JSON object instead: {\"valid\", \"format\", \"diagnostics\"}\n"
    "  --url URL        the URL the feed was fetched from: its self link should be it, and\n"
    "                   xml:base resolves against it\n"
    "Exit status: 0 when the feed is valid (no error; warnings and advice allowed), 1 when it\n"
    "is not, 2 on bad arguments or when the file cannot be read.\n";

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
  std::string bytes;             // the first max_input_bytes + 1 bytes
  std::istream* rest = nullptr;  // where the bytes after those come from
  std::ifstream file;
  bool streaming = false;  // too large for the limits as a whole: read item by item
};

// Appends what `in` holds to `out`, at most `cap` bytes: /dev/zero, or a pipe that never ends,
// costs no more than the parser's input limit (which then reports input_too_large).
void read_bounded(std::istream& in, std::string& out, std::size_t cap) {
  char buf[65536];
  while (out.size() < cap && in) {
    in.read(buf, static_cast<std::streamsize>(std::min(sizeof buf, cap - out.size())));
    out.append(buf, static_cast<std::size_t>(in.gcount()));
  }
}

// Reads FILE or standard input, at most `limits.max_input_bytes` and a byte; prints why not and
// returns false on failure.
bool read_input(const std::string& path, const feedpp::ParseLimits& limits, Input& input) {
  input.name = path == "-" ? "<stdin>" : path;
  const std::size_t cap = limits.max_input_bytes + 1;
  if (path == "-") {
    read_bounded(std::cin, input.bytes, cap);
    input.rest = &std::cin;
    return true;
  }
  // A directory opens as a stream and reads as nothing: say what it is instead.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    std::fprintf(stderr, "feedpp: cannot read %s: it is a directory\n", path.c_str());
    return false;
  }
  input.file.open(path, std::ios::binary);
  std::ifstream& in = input.file;
  if (!in) {
    std::fprintf(stderr, "feedpp: cannot read %s: %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  read_bounded(in, input.bytes, cap);
  input.rest = &in;
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

// Reads a limit option (--max-bytes, --max-items, --max-depth, --max-text N) at args[i]:
// returns 1 when it took it (and its value), 0 when args[i] is no limit option, -1 when the
// value is not a positive number.
int limit_option(const std::vector<std::string>& args, std::size_t& i,
                 feedpp::ParseLimits& limits) {
  const std::string& a = args[i];
  std::size_t* limit = a == "--max-bytes"   ? &limits.max_input_bytes
                       : a == "--max-items" ? &limits.max_items
                       : a == "--max-depth" ? &limits.max_depth
                       : a == "--max-text"  ? &limits.max_text_bytes
                                            : nullptr;
  if (limit == nullptr) return 0;
  if (i + 1 >= args.size()) return -1;
  const std::string& value = args[++i];
  char* end = nullptr;
  errno = 0;
  const unsigned long long n = std::strtoull(value.c_str(), &end, 10);
  if (value.empty() || value[0] == '-' || *end != '\0' || errno != 0 || n == 0) return -1;
  *limit = static_cast<std::size_t>(n);
  return 1;
}

// The option that raises the limit behind `code`, or "" for a cut no option can help.
const char* option_for(feedpp::ErrorCode code) {
  switch (code) {
    case feedpp::ErrorCode::input_too_large:
      return "--max-bytes";
    case feedpp::ErrorCode::item_limit:
      return "--max-items";
    case feedpp::ErrorCode::depth_limit:
      return "--max-depth";
    case feedpp::ErrorCode::text_limit:
      return "--max-text";
    default:
      return "";
  }
}

// Says on standard error why `result` is not the whole feed (ParseResult::complete()).
void report_cut(const feedpp::ParseResult& result, const std::string& name) {
  for (const feedpp::Diagnostic& d : result.diagnostics) {
    const char* option = option_for(d.code);
    if (*option != '\0') {
      std::fprintf(stderr, "feedpp: %s: the feed was cut: %s (raise the limit with %s)\n",
                   name.c_str(), d.message.c_str(), option);
      return;
    }
  }
  for (const feedpp::Diagnostic& d : result.diagnostics) {
    if (d.code == feedpp::ErrorCode::truncated || d.severity == feedpp::Severity::fatal) {
      std::fprintf(stderr, "feedpp: %s: the feed is not whole: %s\n", name.c_str(),
                   d.message.c_str());
      return;
    }
  }
  std::fprintf(stderr, "feedpp: %s: the feed is not whole\n", name.c_str());
}

bool codes_include(const feedpp::ParseResult& result, feedpp::ErrorCode code) {
  for (const feedpp::Diagnostic& d : result.diagnostics) {
    if (d.code == code) return true;
  }
  return false;
}

void print_notes(const std::vector<feedpp::Diagnostic>& notes, const std::string& name) {
  for (const feedpp::Diagnostic& d : notes) {
    std::fprintf(stderr, "feedpp: %s: %s: %s: %s\n", name.c_str(),
                 std::string(feedpp::to_string(d.severity)).c_str(),
                 std::string(feedpp::to_string(d.code)).c_str(), d.message.c_str());
  }
}

// A Sink into a C file.
class FileSink final : public feedpp::Sink {
 public:
  explicit FileSink(std::FILE* file) : file_(file) {}
  bool write(std::string_view bytes) override {
    return std::fwrite(bytes.data(), 1, bytes.size(), file_) == bytes.size();
  }

 private:
  std::FILE* file_;
};

using TempFile = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

// A temporary file for output that is printed only once all of it was written; null (and said
// on standard error) when none can be made.
TempFile temp_file() {
  TempFile tmp(std::tmpfile(), &std::fclose);
  if (!tmp)
    std::fprintf(stderr, "feedpp: cannot make a temporary file: %s\n", std::strerror(errno));
  return tmp;
}

void print_file(std::FILE* file) {
  char buf[65536];
  std::rewind(file);
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, file)) > 0) std::fwrite(buf, 1, n, stdout);
}

// Reads the input item by item through `handler` (feedpp::StreamParser): the bytes read so far,
// then the rest. Returns false when the input could not be read to its end (said on stderr).
bool stream_input(Input& input, const feedpp::ParseOptions& options, feedpp::StreamHandler handler,
                  feedpp::ParseResult& result) {
  feedpp::StreamParser parser(std::move(handler), options);
  constexpr std::size_t kChunk = 65536;
  for (std::size_t i = 0; i < input.bytes.size(); i += kChunk) {
    parser.write(std::string_view(input.bytes).substr(i, kChunk));
  }
  std::string().swap(input.bytes);
  char buf[kChunk];
  while (input.rest != nullptr && *input.rest) {
    input.rest->read(buf, sizeof buf);
    parser.write(std::string_view(buf, static_cast<std::size_t>(input.rest->gcount())));
  }
  if (input.rest != nullptr && input.rest->bad()) {
    std::fprintf(stderr, "feedpp: cannot read %s\n", input.name.c_str());
    return false;
  }
  result = parser.finish();
  return true;
}

// Opens FILE for a command that reads a feed too large for the limits item by item: a regular
// file known to be so from its size is only opened (`input.bytes` empty); any other input is
// read as read_input() reads it. Returns false on failure (said on stderr).
bool open_input(const std::string& file, const feedpp::ParseLimits& limits, Input& input) {
  std::error_code ec;
  if (file != "-" && std::filesystem::is_regular_file(file, ec) &&
      std::filesystem::file_size(file, ec) > limits.max_input_bytes && !ec) {
    input.name = file;
    input.file.open(file, std::ios::binary);
    if (!input.file) {
      std::fprintf(stderr, "feedpp: cannot read %s: %s\n", file.c_str(), std::strerror(errno));
      return false;
    }
    input.rest = &input.file;
    input.streaming = true;
    return true;
  }
  if (!read_input(file, limits, input)) return false;
  input.streaming = input.bytes.size() > limits.max_input_bytes;
  return true;
}

// Converts a feed too large for the limits as a whole, item by item (feedpp::StreamConverter),
// into a temporary file printed only once all of it was written: a document, or none.
int convert_streaming(Input& input, const feedpp::ParseOptions& parse_options,
                      feedpp::Format target, const feedpp::WriteOptions& options,
                      const feedpp::ConvertOptions& convert_options) {
  const TempFile tmp = temp_file();
  if (!tmp) return 1;
  FileSink sink(tmp.get());
  feedpp::StreamConverter converter(sink, target, options, convert_options);
  feedpp::StreamHandler handler;
  handler.on_channel = [&](const feedpp::Feed& head) { (void)converter.begin(head); };
  handler.on_item = [&](feedpp::Item& item) { (void)converter.add(item); };
  feedpp::ParseResult result;
  if (!stream_input(input, parse_options, handler, result)) return 2;
  if (!result.ok()) {
    report_fatal(input, result);
    return 1;
  }
  if (!result.complete()) {
    report_cut(result, input.name);
    return 1;
  }
  const feedpp::Status status = converter.end(result.feed);
  print_notes(converter.notes(), input.name);
  if (!status.ok()) {
    std::fprintf(stderr, "feedpp: %s: %s\n", input.name.c_str(), status.message().c_str());
    return 1;
  }
  print_file(tmp.get());
  return 0;
}

// The exit status of a dump of `result` (said on stderr when not 0).
int dump_status(const Input& input, const feedpp::ParseResult& result) {
  // Not a feed (an HTML page, an image, ...): the dump says so, the terminal too, and the exit
  // status, as check's and convert's do.
  if (!result.ok()) {
    report_fatal(input, result);
    return 1;
  }
  // A document that ended early is shown as read (its JSON says so); a limit the caller set is
  // not the document's fault, and a dump it cut is not passed off as the whole.
  for (const feedpp::Diagnostic& d : result.diagnostics) {
    if (*option_for(d.code) != '\0') {
      report_cut(result, input.name);
      return 1;
    }
  }
  return 0;
}

// Dumps a feed too large for the limits as a whole item by item: the items' JSON goes to a
// temporary file as they are read, printed after the rest of the dump (its diagnostics come
// first, and are known at the end).
int dump_streaming(Input& input, const feedpp::ParseOptions& options,
                   const feedpp::ViewOptions& context) {
  const TempFile items = temp_file();
  if (!items) return 1;
  feedpp::Feed head;
  bool first = true;
  feedpp::StreamHandler handler;
  handler.on_channel = [&](const feedpp::Feed& h) { head = h; };
  handler.on_item = [&](feedpp::Item& item) {
    if (!first) std::fputc(',', items.get());
    first = false;
    const std::string json = feedpp_cli::dump_json_item(head, item, context);
    std::fwrite(json.data(), 1, json.size(), items.get());
  };
  feedpp::ParseResult result;
  if (!stream_input(input, options, handler, result)) return 2;
  std::string out = feedpp_cli::dump_json(result, context);  // no items: it ends "[]}"
  out.resize(out.size() - 2);
  std::fwrite(out.data(), 1, out.size(), stdout);
  print_file(items.get());
  std::fputs("]}\n", stdout);
  return dump_status(input, result);
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
    if (const int taken = limit_option(args, i, options.limits); taken != 0) {
      if (taken < 0) return usage_error((a + " needs a positive number").c_str(), kDumpUsage);
    } else if (a == "--json") {
      json = true;
    } else if (a == "--no-sanitize") {
      context.sanitize = false;
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
  if (!open_input(file, options.limits, input)) return 2;
  if (input.streaming) return dump_streaming(input, options, context);
  feedpp::ParseResult result = feedpp::parse(input.bytes, options);
  // More items than the limit allows in memory: dumped item by item, this model let go.
  if (codes_include(result, feedpp::ErrorCode::item_limit)) {
    result = {};
    return dump_streaming(input, options, context);
  }
  const std::string out = feedpp_cli::dump_json(result, context);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return dump_status(input, result);
}

int convert(const std::vector<std::string>& args) {
  std::string to;
  std::string file;
  feedpp::WriteOptions options;
  feedpp::ParseOptions parse_options;
  feedpp::ConvertOptions convert_options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kConvertUsage, stdout);
      return 0;
    }
    if (const int taken = limit_option(args, i, parse_options.limits); taken != 0) {
      if (taken < 0) return usage_error((a + " needs a positive number").c_str(), kConvertUsage);
    } else if (a == "--to" && i + 1 < args.size()) {
      to = args[++i];
    } else if (a == "--compact") {
      options.xml.pretty = false;
    } else if (a == "--url" && i + 1 < args.size()) {
      convert_options.base_url = args[++i];
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
  const feedpp::Format target = to == "rss"    ? feedpp::Format::rss_2_0
                                : to == "atom" ? feedpp::Format::atom_1_0
                                               : feedpp::Format::json_1_1;
  // A feed larger than the limits allow in memory is converted item by item.
  Input input;
  if (!open_input(file, parse_options.limits, input)) return 2;
  if (input.streaming)
    return convert_streaming(input, parse_options, target, options, convert_options);
  feedpp::ParseResult result = feedpp::parse(input.bytes, parse_options);
  if (!result.ok()) {
    report_fatal(input, result);
    return 1;
  }
  if (codes_include(result, feedpp::ErrorCode::item_limit)) {
    result = {};  // read again item by item
    return convert_streaming(input, parse_options, target, options, convert_options);
  }
  if (!result.complete()) {
    report_cut(result, input.name);  // a part of a feed is not written as if it were all of it
    return 1;
  }
  const feedpp::Conversion conversion =
      feedpp::convert(std::move(result.feed), target, convert_options);
  print_notes(conversion.notes, input.name);
  if (!conversion.ok()) return 1;
  // Written whole before any of it is printed: a document, or none.
  std::string out;
  const feedpp::Status status = to == "rss" ? feedpp::write_rss(conversion.feed, out, options)
                                : to == "atom"
                                    ? feedpp::write_atom(conversion.feed, out, options)
                                    : feedpp::write_json_feed(conversion.feed, out, options);
  if (!status.ok()) {
    std::fprintf(stderr, "feedpp: %s: %s\n", input.name.c_str(), status.message().c_str());
    return 1;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

int check(const std::vector<std::string>& args) {
  std::string file;
  bool json = false;
  feedpp::ParseOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kCheckUsage, stdout);
      return 0;
    }
    if (const int taken = limit_option(args, i, options.limits); taken != 0) {
      if (taken < 0) return usage_error((a + " needs a positive number").c_str(), kCheckUsage);
      continue;
    }
    if (a == "--json") {
      json = true;
      continue;
    }
    if (a == "--url" && i + 1 < args.size()) {
      options.base_url = args[++i];
      continue;
    }
    if (!a.empty() && a[0] == '-' && a != "-") {
      return usage_error(("unknown option " + a).c_str(), kCheckUsage);
    }
    if (!file.empty()) return usage_error("one file at a time", kCheckUsage);
    file = a;
  }
  if (file.empty()) return usage_error("no file given", kCheckUsage);
  Input input;
  if (!read_input(file, options.limits, input)) {
    // The contract: one JSON object whatever the input, also for an unreadable file.
    if (json) {
      const std::string out = feedpp_cli::check_json_unreadable("cannot read " + input.name);
      std::printf("%s\n", out.c_str());
    }
    return 2;
  }
  const feedpp::ValidationResult result = feedpp::validate(input.bytes, options);
  const std::string out =
      json ? feedpp_cli::check_json(result) + "\n" : feedpp_cli::check_text(result, input.name);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return result.valid() ? 0 : 1;
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
  if (!read_input(file, feedpp::ParseLimits{}, input)) return 2;
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
