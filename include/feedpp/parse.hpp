// SPDX-License-Identifier: MIT
// The parser: bytes of any RSS (0.90 to 2.0, RDF 1.0) or Atom (0.3, 1.0) feed in, the best Feed
// that can be read out of them, plus a list of what was wrong and where.
//
// parse() never throws on bad input (only std::bad_alloc passes through) and never aborts: broken
// markup, wrong charsets, HTML entities, odd dates and hostile sizes all end in a Feed and
// Diagnostics. It is thread-safe: calls share nothing. The Feed it returns is faithful to the
// document (URLs as written, elements in their order, unknown elements kept as extensions), so that
// writing it back loses nothing; resolve_urls() turns it into what a reader shows.
//
// Memory: a document of 8 MiB or more is read item by item, as StreamParser reads it, wherever
// that reads as the whole document would (well-formed, in one charset, nothing but white space
// between the items, ...: README, "Reading a feed item by item"); the Feed and diagnostics are
// the same either way, but the document's copy and XML tree are never held whole beside the
// Feed: about the input and the Feed at the peak. Any other document is read whole, which takes
// about its size again and its tree besides; one found to need it after some parts is read
// again whole.
#ifndef FEEDPP_PARSE_HPP
#define FEEDPP_PARSE_HPP

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/diagnostics.hpp"
#include "feedpp/export.hpp"
#include "feedpp/model.hpp"

namespace feedpp {

/// Budgets that bound the work and memory of one parse. A breach is a diagnostic with its own
/// code; what was read before it is kept.
///
/// | limit | default | on breach |
/// |---|---|---|
/// | `max_input_bytes` | 64 MiB | ErrorCode::input_too_large: the bytes after it are ignored |
/// | `max_depth` | 256 | ErrorCode::depth_limit: deeper elements are skipped |
/// | `max_items` | 100,000 | ErrorCode::item_limit: later items are skipped |
/// | `max_text_bytes` | 16 MiB | ErrorCode::text_limit: the text is cut at the limit |
struct ParseLimits {
  std::size_t max_input_bytes = std::size_t{64} << 20;
  std::size_t max_depth = 256;
  std::size_t max_items = 100000;
  std::size_t max_text_bytes = std::size_t{16} << 20;
};

/// How to parse.
///
/// - `content_type` (default ""): the HTTP Content-Type the bytes came with. Its charset and
///   media type decide the encoding as RFC 3023 says (a charset there beats the declaration).
/// - `default_encoding` (""): the charset to assume when no BOM, declaration or Content-Type
///   names one; "" is UTF-8, falling back to windows-1252 when the bytes are not UTF-8.
/// - `base_url` (""): the document's own URL, against which relative URLs resolve.
/// - `resolve_urls` (false): resolve the Feed's relative URLs before returning it (see
///   resolve_urls()); off keeps the document as written.
/// - `strict` (false): report warnings as errors, and make ok() false on any error.
/// - `limits` (see ParseLimits): budgets on size, depth, items and text.
struct ParseOptions {
  std::string content_type;
  std::string default_encoding;
  std::string base_url;
  bool resolve_urls = false;
  bool strict = false;
  ParseLimits limits{};
};

/// What parse() found.
struct ParseResult {
  /// The feed: everything that could be read, even when !ok(). Feed::format is the format
  /// detected from the document (root element and namespaces), Format::unknown when not a feed.
  Feed feed{};
  /// The charset the document was decoded with, lower case: "utf-8", "us-ascii", "iso-8859-1",
  /// "windows-1252", "utf-16le", "utf-16be", "utf-32le", "utf-32be", "gb18030", "big5", ...
  std::string encoding{};
  /// Findings in input order; each has a severity, a stable code, a message and a location.
  std::vector<Diagnostic> diagnostics{};
  /// Whether the parse was strict (ParseOptions::strict), which ok() takes into account.
  bool strict = false;

  /// Returns false only when nothing usable could be read (a fatal diagnostic), or, when parsing
  /// strictly, when anything is wrong.
  [[nodiscard]] FEEDPP_API bool ok() const noexcept;
  explicit operator bool() const noexcept { return ok(); }
  /// Returns true when a diagnostic is an error or fatal: the document was not well-formed, or
  /// its charset was wrong (feedparser's "bozo").
  [[nodiscard]] FEEDPP_API bool has_errors() const noexcept;
  /// Returns false when the feed is not the whole document: a limit cut it (input_too_large,
  /// item_limit, depth_limit, text_limit), the document itself ended early (truncated: in XML
  /// or JSON), or its gzip data did (bad_compression). A program that writes the feed out
  /// again should not pass it off as the whole.
  [[nodiscard]] FEEDPP_API bool complete() const noexcept;
};

/// Parses the bytes of a feed. Never throws on bad input; see ParseResult for what comes back.
[[nodiscard]] FEEDPP_API ParseResult parse(std::string_view bytes,
                                           const ParseOptions& options = {});

/// Parses the file at `path`. A file that cannot be read gives a fatal ErrorCode::io_error.
[[nodiscard]] FEEDPP_API ParseResult parse_file(const std::string& path,
                                                const ParseOptions& options = {});

/// Parses what `in` holds until its end. A stream that fails gives a fatal ErrorCode::io_error.
[[nodiscard]] FEEDPP_API ParseResult parse(std::istream& in, const ParseOptions& options = {});

/// Returns the format of a document from its first element and namespaces (looking at most at
/// the first 64 KiB), Format::unknown when it is not a feed. Does not validate anything else.
[[nodiscard]] FEEDPP_API Format detect_format(std::string_view bytes) noexcept;

}  // namespace feedpp

#endif  // FEEDPP_PARSE_HPP
