// SPDX-License-Identifier: MIT
// The front door: limits, then gzip (gzip.cpp), then what the bytes are (sniff.cpp): JSON goes to
// the JSON Feed reader; anything else through charset (encoding.cpp), XML (xml_dom.cpp: clean-up,
// pugixml, repair), then the format's reader. HTML pages and binary files are named and read no
// further. Every stage reports to one DiagnosticLog.
#include "feedpp/parse.hpp"

#include <filesystem>
#include <fstream>
#include <istream>
#include <iterator>
#include <optional>
#include <sstream>
#include <system_error>

#include "feedpp/discover.hpp"  // the feeds an HTML page links to, for its diagnostic
#include "feedpp/view.hpp"      // ParseOptions::resolve_urls: the one call from read/ into the view

#include "base/diagnostic_log.hpp"
#include "input/encoding.hpp"
#include "input/gzip.hpp"
#include "input/sniff.hpp"
#include "input/xml_dom.hpp"
#include "read/feed_readers.hpp"
#include "read/json_reader.hpp"
#include "read/open_file.hpp"
#include "read/parse_by_items.hpp"
#include "read/parse_hook.hpp"
#include "read/walk.hpp"

namespace feedpp {
namespace {

// Text around the root that pugixml accepts silently: a second root element, or text after it.
void check_document_level(const detail::XmlDocument& xml, std::string_view text,
                          detail::DiagnosticLog& log) {
  int elements = 0;
  for (pugi::xml_node n = xml.doc.first_child(); n; n = n.next_sibling()) {
    if (n.type() == pugi::node_element && ++elements == 2) {
      log.add(ErrorCode::xml_syntax, xml.offset_of(n),
              "a second root element: a document has one; ignored");
    }
  }
  if (xml.repaired || log.has(ErrorCode::xml_syntax)) return;
  // Walk back from the end over what may follow the root (whitespace, comments, PIs) to the
  // root's end tag; anything else in between is text after the root.
  std::size_t end = text.size();
  bool junk = false;  // a comment or PI end with no start: text, though it ends in '>'
  for (;;) {
    while (end > 0 && detail::is_xml_space(text[end - 1])) --end;
    const std::string_view head = text.substr(0, end);
    std::string_view close;
    std::size_t open = std::string_view::npos;
    if (head.size() >= 3 && head.substr(head.size() - 3) == "-->") {
      close = "-->";
      open = head.rfind("<!--");
    } else if (head.size() >= 2 && head.substr(head.size() - 2) == "?>") {
      close = "?>";
      open = head.rfind("<?");
    }
    if (close.empty()) break;
    if (open == std::string_view::npos) {
      junk = true;
      end -= close.size();
      break;
    }
    end = open;
  }
  if (!junk && (end == 0 || text[end - 1] == '>')) return;
  std::size_t start = end == 0 ? std::string_view::npos : text.rfind('>', end - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  while (start < end && detail::is_xml_space(text[start])) ++start;
  log.add(ErrorCode::xml_syntax, start, "text after the root element: ignored");
}

}  // namespace

bool ParseResult::ok() const noexcept {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::fatal || (strict && d.severity == Severity::error)) return false;
  }
  return true;
}

bool ParseResult::has_errors() const noexcept {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Severity::warning) return true;
  }
  return false;
}

bool ParseResult::complete() const noexcept {
  for (const Diagnostic& d : diagnostics) {
    switch (d.code) {
      case ErrorCode::input_too_large:
      case ErrorCode::item_limit:
      case ErrorCode::depth_limit:
      case ErrorCode::text_limit:
      case ErrorCode::truncated:
      case ErrorCode::bad_compression:
        return false;
      default:
        break;
    }
  }
  return true;
}

namespace {

// The bytes to read: `bytes` cut at the size limit, inflated when gzip (into `inflated`).
std::string_view raw_input(std::string_view bytes, const ParseOptions& options,
                           detail::DiagnosticLog& log, std::string& inflated) {
  const std::size_t limit = options.limits.max_input_bytes;
  const auto too_large = [&](const char* what) {
    log.add(ErrorCode::input_too_large, limit,
            std::string(what) + " more than the limit of " + std::to_string(limit) +
                " bytes: the rest is ignored");
  };
  // Like every limit, this one keeps what came before it: the document as if it ended there.
  if (bytes.size() > limit) {
    bytes = bytes.substr(0, limit);
    too_large("the input has");
  }
  if (!detail::is_gzip(bytes)) return bytes;
  // What a server sends with Content-Encoding: gzip. The limit bounds what it inflates to, so
  // that a zip bomb costs no more than a feed of that size.
  detail::Gunzipped g = detail::gunzip(bytes, limit);
  if (g.too_large) too_large("the gzip data inflates to");
  if (!g.error.empty()) {
    log.add(ErrorCode::bad_compression, g.bytes.size(),
            "the gzip data cannot be read to its end (" + g.error + "): what it held is read");
  }
  inflated = std::move(g.bytes);
  return inflated;
}

void finish(ParseResult& result, const ParseOptions& options, detail::DiagnosticLog& log,
            std::string_view text) {
  if (options.resolve_urls && result.feed.format != Format::unknown) {
    resolve_urls(result.feed, options.base_url);
  }
  result.diagnostics = log.finish(text);
}

// An HTML page where a feed was expected: name it, and the feeds it links to.
void html_page(std::string_view text, const ParseOptions& options, detail::DiagnosticLog& log) {
  const std::vector<DiscoveredFeed> feeds = discover_feeds(text, options.base_url);
  std::string message = "an HTML page, not a feed";
  if (feeds.empty()) {
    message += ", and it links to no feed";
  } else {
    message += feeds.size() == 1 ? "; it links to a feed: " : "; it links to these feeds: ";
    for (std::size_t i = 0; i < feeds.size(); ++i) {
      message += (i > 0 ? ", " : "") + feeds[i].href + " (" + feeds[i].type + ")";
    }
  }
  log.add(ErrorCode::html_page, 0, std::move(message));
}

void parse_xml(std::string_view bytes, const ParseOptions& options, detail::DiagnosticLog& log,
               ParseResult& result, detail::DomVisitor* visitor) {
  detail::DecodedDocument decoded =
      detail::decode_document(bytes, options.content_type, options.default_encoding);
  result.encoding = decoded.encoding;
  for (detail::EncodingIssue& issue : decoded.issues) {
    log.add(issue.code, issue.offset, std::move(issue.message));
  }
  const std::string_view text = decoded.text(bytes);
  if (detail::trim(text).empty()) {
    log.add(ErrorCode::empty_document, 0, "the document is empty");
    return finish(result, options, log, text);
  }
  if (detail::looks_like_html(text)) {
    html_page(text, options, log);
    return finish(result, options, log, text);
  }
  if (detail::looks_binary(text)) {
    log.add(ErrorCode::not_a_feed, 0, "binary data, not a feed");
    return finish(result, options, log, text);
  }
  if (text.find('<') == std::string_view::npos) {
    log.add(ErrorCode::not_a_feed, 0, "plain text, without markup: not a feed");
    return finish(result, options, log, text);
  }
  detail::XmlDocument xml;
  detail::load_xml(text, xml, log);
  const pugi::xml_node root = xml.doc.document_element();
  if (!root) {
    log.add(ErrorCode::not_a_feed, 0, "no XML element could be read: not a feed");
    return finish(result, options, log, text);
  }
  check_document_level(xml, text, log);

  detail::ReadContext ctx(xml, log, options.limits);
  ctx.spellings = &result.feed.spellings;
  ctx.scope.enter(root);
  Feed& feed = result.feed;
  feed.format = detail::detect_root(ctx, root, xml.doc);
  detail::keep_vocabulary_variants(root, feed.namespaces);
  // Before the readers, which free the tree as they go.
  if (visitor != nullptr) visitor->visit(xml, text, feed.format, result.encoding, log);
  if (is_rss(feed.format)) {
    detail::read_rss(ctx, root, feed);
  } else if (is_atom(feed.format)) {
    detail::read_atom(ctx, root, feed);
  } else if (feed.format == Format::cdf) {
    detail::read_cdf(ctx, root, feed);
  } else if (detail::iequals(ctx.scope.element_name(root).local, "html")) {
    html_page(text, options, log);  // XHTML, or HTML after a prolog the sniffer did not skip
  } else {
    log.add(ErrorCode::not_a_feed, xml.offset_of(root),
            std::string("the root element <") + root.name() +
                "> is not RSS, RDF, Atom or CDF: not a feed");
  }
  ctx.scope.leave();
  finish(result, options, log, text);
}

}  // namespace

ParseResult parse(std::string_view bytes, const ParseOptions& options) {
  return detail::parse_with(bytes, options, nullptr, true);
}

ParseResult detail::parse_with(std::string_view bytes, const ParseOptions& options,
                               DomVisitor* visitor, bool by_items) {
  ParseResult result;
  result.strict = options.strict;
  detail::DiagnosticLog log(options.strict);
  std::string inflated;
  bytes = raw_input(bytes, options, log, inflated);
  // JSON first: no magic number starts with `{` or `[`, but a JSON Feed may hold one further
  // on ("ftyp" in the bytes 4-7 is an MP4's; found by json_fuzzer).
  const bool json = detail::looks_like_json(bytes);
  if (const std::string_view what = json ? std::string_view() : detail::binary_format(bytes);
      !what.empty()) {
    log.add(ErrorCode::not_a_feed, 0, std::string(what) + ", not a feed");
    finish(result, options, log, {});
    return result;
  }
  if (json) {
    // RFC 8259 §8.1: JSON is UTF-8. Bytes that are not are mended to U+FFFD by the reader.
    const std::string_view text = detail::skip_utf8_bom(bytes);
    result.encoding = "utf-8";
    detail::read_json(text, options.limits, log, result.feed);
    finish(result, options, log, text);
    return result;
  }
  // A large document is read item by item where that reads as the whole would: its copy and
  // pugixml's tree are then never whole beside the model.
  if (by_items && visitor == nullptr && bytes.size() >= detail::kParseByItemsFrom && log.empty()) {
    if (std::optional<ParseResult> read = detail::parse_by_items(bytes, options)) {
      return std::move(*read);
    }
  }
  parse_xml(bytes, options, log, result, visitor);
  return result;
}

std::optional<ParseResult> detail::open_file(const std::string& path, const ParseOptions& options,
                                             std::ifstream& in) {
  const auto io_error = [&](const std::string& why) {
    ParseResult result;
    result.strict = options.strict;
    result.diagnostics.push_back(
        {Severity::fatal, ErrorCode::io_error, "cannot read " + path + ": " + why, Location{}});
    return result;
  };
  // A directory opens as a stream on some systems and reads as nothing: say what it is.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return io_error("it is a directory");
  in.open(path, std::ios::binary);
  if (!in) {
    ec.clear();
    return io_error(std::filesystem::exists(path, ec) ? "it cannot be opened" : "no such file");
  }
  return std::nullopt;
}

ParseResult parse_file(const std::string& path, const ParseOptions& options) {
  std::ifstream in;
  if (std::optional<ParseResult> failed = detail::open_file(path, options, in)) {
    return std::move(*failed);
  }
  return parse(in, options);
}

ParseResult parse(std::istream& in, const ParseOptions& options) {
  const auto io_error = [&](const char* message) {
    ParseResult result;
    result.strict = options.strict;
    result.diagnostics.push_back({Severity::fatal, ErrorCode::io_error, message, Location{}});
    return result;
  };
  if (!in) return io_error("the stream could not be read");
  std::string bytes;
  // Read no more than the limit allows (plus one byte, to know it was exceeded).
  const std::size_t limit = options.limits.max_input_bytes;
  const std::size_t cap = limit == static_cast<std::size_t>(-1) ? limit : limit + 1;
  char buf[65536];
  while (bytes.size() < cap) {
    in.read(buf, sizeof buf);
    const std::streamsize got = in.gcount();
    if (got <= 0) break;
    bytes.append(buf, static_cast<std::size_t>(got));
  }
  if (in.bad()) return io_error("the stream could not be read");
  return parse(bytes, options);
}

Format detect_format(std::string_view bytes) noexcept {
  try {
    ParseOptions options;
    options.limits.max_items = 0;
    constexpr std::size_t kHead = std::size_t{64} << 10;
    std::string inflated;
    if (detail::is_gzip(bytes)) {
      inflated = detail::gunzip(bytes, kHead).bytes;
      bytes = inflated;
    }
    const std::string_view head = bytes.substr(0, kHead);
    if (detail::looks_like_json(head)) return detail::detect_json(head);
    detail::DiagnosticLog log(false);
    detail::DecodedDocument decoded = detail::decode_document(head, {}, {});
    detail::XmlDocument xml;
    detail::load_xml(decoded.text(head), xml, log);
    const pugi::xml_node root = xml.doc.document_element();
    if (!root) return Format::unknown;
    detail::ReadContext ctx(xml, log, options.limits);
    ctx.scope.enter(root);
    return detail::detect_root(ctx, root, xml.doc);
  } catch (...) {  // bad_alloc: noexcept promises an answer
    return Format::unknown;
  }
}

}  // namespace feedpp
