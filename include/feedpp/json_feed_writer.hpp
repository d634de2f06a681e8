// SPDX-License-Identifier: MIT
// Writes JSON Feed 1.1 (https://jsonfeed.org/version/1.1). JsonFeedWriter streams, as RssWriter
// does: begin() writes the feed's members and opens "items", add() writes each item as it comes,
// end() closes the document, so a feed of any length is written in constant memory.
// write_json_feed() and to_json_feed() write a whole Feed in one call.
//
// The members come from the model (README "JSON Feed" has the table): `home_page_url` is the
// channel's link (RSS link, else the alternate link), `feed_url` its self link, `icon` and
// `favicon` Atom's logo and icon, an item's `url` its link, `content_html` or `content_text` its
// content by type, `summary` its description, `attachments` its enclosures (and Atom's enclosure
// links); what JSON Feed has beyond them comes from Channel::json_feed and Item::json_feed
// (JsonMember values are checked and written compact, `null` when not valid JSON). A feed parsed
// from a JSON Feed is written back with the same keys and values, in the order the document had
// (the feed's members that followed "items" are written before it, as a stream must), and with
// its version string; a feed made in code, or read from RSS or Atom, is written as version 1.1.
//
// Whatever the strings hold, the output is valid JSON (RFC 8259) in UTF-8: `"` `\` and the
// control characters are escaped, invalid UTF-8 (lone surrogates among it) becomes U+FFFD, and
// U+2028 and U+2029 are escaped so that the text is valid JavaScript too. A JsonFeedWriter is
// used by one thread at a time; nothing is thrown but std::bad_alloc and what the Sink throws.
#ifndef FEEDPP_JSON_FEED_WRITER_HPP
#define FEEDPP_JSON_FEED_WRITER_HPP

#include <iosfwd>
#include <memory>
#include <string>

#include "feedpp/diagnostics.hpp"
#include "feedpp/export.hpp"
#include "feedpp/model.hpp"
#include "feedpp/write_options.hpp"
#include "feedpp/xml_writer.hpp"

namespace feedpp {

/// Streams a JSON Feed 1.1 document to a Sink.
///
/// Of WriteOptions it reads `xml.pretty`, `xml.indent` and `xml.newline` (the layout: pretty by
/// default, two spaces an indent), `xml.buffer_size` and `allow_missing`; the others are XML's.
///
/// Errors are sticky (the first one is kept and later calls do nothing): a feed without `title`,
/// or an item without `id` (its guid, else its link) or without content (`content_html` or
/// `content_text`), is ErrorCode::missing_element unless WriteOptions::allow_missing; a call out
/// of order is ErrorCode::writer_misuse; a date that cannot be written is
/// ErrorCode::date_out_of_range; a Sink that fails is ErrorCode::sink_failed. A channel or item
/// that fails a check is not written at all.
class FEEDPP_API JsonFeedWriter {
 public:
  /// Makes a writer. Requires: `sink` outlives the writer.
  explicit JsonFeedWriter(Sink& sink, WriteOptions options = {});
  ~JsonFeedWriter();
  JsonFeedWriter(JsonFeedWriter&&) noexcept;
  JsonFeedWriter& operator=(JsonFeedWriter&&) noexcept;
  JsonFeedWriter(const JsonFeedWriter&) = delete;
  JsonFeedWriter& operator=(const JsonFeedWriter&) = delete;

  /// Writes `{`, the feed's members and `"items": [`. Requires: first call, once.
  const Status& begin(const Channel& channel);

  /// Writes one item object. Requires: begin() was called and end() was not.
  const Status& add(const Item& item);

  /// Writes `]}`, flushes, and returns the first error seen (ok when none). Requires: begin()
  /// was called. Calling it again returns the status and writes nothing.
  Status end();

  /// Returns the first error seen so far, ok when none.
  [[nodiscard]] const Status& status() const noexcept;

 private:
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

/// Writes `feed` as JSON Feed 1.1 to `sink`. A feed read from a JSON Feed (its format says so) is
/// written as read: the required members are not asked of it (as with allow_missing).
FEEDPP_API Status write_json_feed(const Feed& feed, Sink& sink, const WriteOptions& options = {});
/// Writes `feed` as JSON Feed 1.1, appended to `out`.
FEEDPP_API Status write_json_feed(const Feed& feed, std::string& out,
                                  const WriteOptions& options = {});
/// Writes `feed` as JSON Feed 1.1 to `out`.
FEEDPP_API Status write_json_feed(const Feed& feed, std::ostream& out,
                                  const WriteOptions& options = {});
/// Returns `feed` as a JSON Feed 1.1 document, or "" when write_json_feed() would fail (it says
/// why).
[[nodiscard]] FEEDPP_API std::string to_json_feed(const Feed& feed,
                                                  const WriteOptions& options = {});

}  // namespace feedpp

#endif  // FEEDPP_JSON_FEED_WRITER_HPP
