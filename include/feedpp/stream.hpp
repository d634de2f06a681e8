// SPDX-License-Identifier: MIT
// The streaming parser: a feed read item by item, as its bytes arrive, in memory bounded by its
// largest item rather than by the feed. It hands the program the channel, then each item as soon
// as its end is read, and at the end the channel whole with every diagnostic.
//
// Each item is read as parse() reads a document (same tolerance, repair, charsets, entities and
// diagnostics, placed in the whole input), so a feed read by either gives equal channels and
// items. What differs:
//   - The limits apply to each part (the channel before the first item, each item, what follows
//     the items) rather than to the whole: ParseLimits::max_input_bytes bounds a part (a larger
//     item is skipped with ErrorCode::input_too_large; a larger channel cuts the feed there), and
//     max_items does not apply.
//   - Items are found in the bytes by name: `item` (`entry` in Atom), unprefixed or with the
//     root's prefix, under an <rss>, <rdf:RDF> or Atom <feed> root. Documents of any other kind
//     (JSON Feed, CDF, HTML pages, non-feeds), and documents in UTF-16, UTF-32 or EBCDIC, which
//     cannot be split by bytes, are read whole (within max_input_bytes) and handed over the same
//     way. gzip is inflated as it arrives.
//   - When a document's charset is not declared and its bytes are not UTF-8, parse() reads all of
//     it as windows-1252; the streaming parser decides so for each part on its own.
//   - Channel elements that follow items reach the program only in finish()'s result.
//
// A StreamParser is not thread-safe; distinct ones share nothing. It throws nothing on bad input
// (only std::bad_alloc, and what the handler's callbacks throw, which leaves it unusable).
#ifndef FEEDPP_STREAM_HPP
#define FEEDPP_STREAM_HPP

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "feedpp/export.hpp"
#include "feedpp/model.hpp"
#include "feedpp/parse.hpp"

namespace feedpp {

/// What a StreamParser calls as it reads. Either may be empty.
struct StreamHandler {
  /// Called once, before any item, with the feed's format, root and the channel's elements read
  /// before the first item (Feed::items is empty). For a feed with no item it comes at the end.
  std::function<void(const Feed& head)> on_channel;
  /// Called for each item, in document order, as soon as it is read; it may be moved from.
  std::function<void(Item& item)> on_item;
};

/// Reads a feed from bytes written to it in chunks of any size, calling the handler as it goes.
class StreamParser {
 public:
  explicit FEEDPP_API StreamParser(StreamHandler handler, const ParseOptions& options = {});
  FEEDPP_API ~StreamParser();
  FEEDPP_API StreamParser(StreamParser&&) noexcept;
  FEEDPP_API StreamParser& operator=(StreamParser&&) noexcept;
  StreamParser(const StreamParser&) = delete;
  StreamParser& operator=(const StreamParser&) = delete;

  /// Reads the next bytes of the document, calling the handler for each item they complete.
  /// Does nothing after finish().
  FEEDPP_API void write(std::string_view bytes);

  /// Ends the document: hands over what is left, then returns the feed's channel as parse() reads
  /// it, elements after the items included but without the items (Feed::items is empty), the
  /// encoding of the channel's part, and every diagnostic in input order (ParseResult's ok(),
  /// has_errors() and complete() mean what they mean for parse()). Call it once.
  [[nodiscard]] FEEDPP_API ParseResult finish();

  /// How many items the handler was given so far.
  [[nodiscard]] FEEDPP_API std::size_t items() const noexcept;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

/// Streams what `in` holds until its end through a StreamParser, in chunks of 64 KiB. A stream
/// that ends within its first chunk (and is not gzip) is read whole, with a StreamParser's
/// limits, and handed over the same way: what a split gives, sooner. A stream that fails gives
/// a fatal ErrorCode::io_error (after what was read before it).
[[nodiscard]] FEEDPP_API ParseResult parse_stream(std::istream& in, StreamHandler handler,
                                                  const ParseOptions& options = {});

/// Streams the file at `path`. A file that cannot be read (a directory, a missing file) gives a
/// fatal ErrorCode::io_error, and the handler is not called.
[[nodiscard]] FEEDPP_API ParseResult parse_stream_file(const std::string& path,
                                                       StreamHandler handler,
                                                       const ParseOptions& options = {});

}  // namespace feedpp

#endif  // FEEDPP_STREAM_HPP
