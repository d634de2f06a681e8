// SPDX-License-Identifier: MIT
// The front door: limits, then charset (encoding.cpp), then XML (xml_dom.cpp: clean-up, pugixml,
// repair), then the format's reader. Every stage reports to one DiagnosticLog.
#include "feedpp/parse.hpp"

#include <fstream>
#include <istream>
#include <iterator>
#include <sstream>

#include "feedpp/view.hpp"  // ParseOptions::resolve_urls: the one call from read/ into the view

#include "base/diagnostic_log.hpp"
#include "input/encoding.hpp"
#include "input/xml_dom.hpp"
#include "read/feed_readers.hpp"
#include "read/walk.hpp"
#include "read/parse_hook.hpp"

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
        return false;
      default:
        break;
    }
  }
  return true;
}

ParseResult parse(std::string_view bytes, const ParseOptions& options) {
  return detail::parse_with(bytes, options, nullptr);
}

ParseResult detail::parse_with(std::string_view bytes, const ParseOptions& options,
                               DomVisitor* visitor) {
  ParseResult result;
  result.strict = options.strict;
  detail::DiagnosticLog log(options.strict);
  // Like every limit, this one keeps what came before it: the document as if it ended there.
  const bool too_large = bytes.size() > options.limits.max_input_bytes;
  if (too_large) bytes = bytes.substr(0, options.limits.max_input_bytes);
  detail::DecodedDocument decoded =
      detail::decode_document(bytes, options.content_type, options.default_encoding);
  result.encoding = decoded.encoding;
  for (detail::EncodingIssue& issue : decoded.issues) {
    log.add(issue.code, issue.offset, std::move(issue.message));
  }
  const std::string_view text = decoded.text(bytes);
  if (too_large) {
    log.add(ErrorCode::input_too_large, text.size(),
            "the input has more than the limit of " +
                std::to_string(options.limits.max_input_bytes) + " bytes: the rest is ignored");
  }
  if (detail::trim(text).empty()) {
    log.add(ErrorCode::empty_document, 0, "the document is empty");
    result.diagnostics = log.finish(text);
    return result;
  }

  detail::XmlDocument xml;
  detail::load_xml(text, xml, log);
  const pugi::xml_node root = xml.doc.document_element();
  if (!root) {
    log.add(ErrorCode::not_a_feed, 0, "no XML element could be read: not a feed");
    result.diagnostics = log.finish(text);
    return result;
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
  } else {
    log.add(ErrorCode::not_a_feed, xml.offset_of(root),
            std::string("the root element <") + root.name() +
                "> is not RSS, RDF, Atom or CDF: not a feed");
  }
  ctx.scope.leave();
  if (options.resolve_urls) resolve_urls(feed, options.base_url);
  result.diagnostics = log.finish(text);
  return result;
}

ParseResult parse_file(const std::string& path, const ParseOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ParseResult result;
    result.strict = options.strict;
    result.diagnostics.push_back(
        {Severity::fatal, ErrorCode::io_error, "cannot open " + path, Location{}});
    return result;
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
    const std::string_view head = bytes.substr(0, std::size_t{64} << 10);
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
