// SPDX-License-Identifier: MIT
// Writes RSS 2.0. RssWriter streams: begin() writes the channel, add() each item as it comes, and
// end() closes the document, so a program can write a feed of any length in constant memory.
// write_rss() and to_rss() write a whole Feed in one call.
//
// Fields the RSS 2.0 vocabulary lacks are written in the namespaces RSS feeds use for them:
// links as <atom:link>, content as <content:encoded>, authors as <dc:creator> (or <atom:author>
// when they have an e-mail or URI), an item's updated date as <dc:date>. Elements follow the
// order recorded when the feed was parsed (see ElementOrder), else RSS order as blogs write it.
// Extensions are written as they are, except one that an RSS reader would take for a field
// (an unqualified <description> kept from an Atom feed, an <item>): that one is left out, unless
// it repeats a single field whose own element follows (the last one read wins), so that what is
// written reads back the same. An RssWriter is used by one thread at a time.
#ifndef FEEDPP_RSS_WRITER_HPP
#define FEEDPP_RSS_WRITER_HPP

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "feedpp/diagnostics.hpp"
#include "feedpp/export.hpp"
#include "feedpp/model.hpp"
#include "feedpp/write_options.hpp"
#include "feedpp/xml_writer.hpp"

namespace feedpp {

/// Streams an RSS 2.0 document to a Sink.
///
/// Errors are sticky (the first one is kept and later calls do nothing): a channel without title,
/// link or description, an item with neither title nor description, or an item with an
/// enclosure that lacks url, length or type, is ErrorCode::missing_element unless
/// WriteOptions::allow_missing; a call out of order is
/// ErrorCode::writer_misuse; a date that cannot be written is ErrorCode::date_out_of_range. A
/// channel or item that fails a check is not written at all.
class FEEDPP_API RssWriter {
 public:
  /// Makes a writer. Requires: `sink` outlives the writer.
  explicit RssWriter(Sink& sink, WriteOptions options = {});
  ~RssWriter();
  RssWriter(RssWriter&&) noexcept;
  RssWriter& operator=(RssWriter&&) noexcept;
  RssWriter(const RssWriter&) = delete;
  RssWriter& operator=(const RssWriter&) = delete;

  /// Writes the XML declaration, `<rss version="2.0">` (with `root_attributes`, and the namespaces
  /// the channel uses), `before_channel` (Feed::extensions_before_channel), `<channel>` and the
  /// channel's elements (but those after_items() writes). Requires: first call, once.
  const Status& begin(const Channel& channel, const std::vector<Attribute>& root_attributes = {},
                      const std::vector<Extension>& before_channel = {});

  /// Writes one `<item>`. Written as read (WriteOptions::allow_missing), an item that stood
  /// beside the channel (ItemElement::beside_channel) first closes `</channel>` when
  /// after_items() has written the channel's last elements (else it goes inside the channel),
  /// and it and every item after it are written under `<rss>`. Requires: begin() was called and
  /// end() was not.
  const Status& add(const Item& item);

  /// Writes the channel's elements that came after its items in the document it was read from
  /// (those its order lists after ChannelElement::items), written as read
  /// (WriteOptions::allow_missing); nothing otherwise, begin() having written them all. Pass
  /// the channel begin() was given, or, streaming, StreamParser::finish()'s, which holds them.
  /// Later calls write nothing. Requires: begin() was called and end() was not.
  const Status& after_items(const Channel& channel);

  /// Writes `</channel>`, then `after_channel` (Feed::extensions: elements that stand beside
  /// the channel), then `</rss>`; flushes, and returns the first error seen (ok when none).
  /// Requires: begin() was called. Calling it again returns the status and writes nothing.
  Status end(const std::vector<Extension>& after_channel = {});

  /// Returns the first error seen so far, ok when none.
  [[nodiscard]] const Status& status() const noexcept;

 private:
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

/// Writes `feed` as RSS 2.0 to `sink`, declaring on the root every namespace its items use.
FEEDPP_API Status write_rss(const Feed& feed, Sink& sink, const WriteOptions& options = {});
/// Writes `feed` as RSS 2.0, appended to `out`.
FEEDPP_API Status write_rss(const Feed& feed, std::string& out, const WriteOptions& options = {});
/// Writes `feed` as RSS 2.0 to `out`.
FEEDPP_API Status write_rss(const Feed& feed, std::ostream& out, const WriteOptions& options = {});
/// Returns `feed` as an RSS 2.0 document, or "" when write_rss() would fail (it says why).
[[nodiscard]] FEEDPP_API std::string to_rss(const Feed& feed, const WriteOptions& options = {});

}  // namespace feedpp

#endif  // FEEDPP_RSS_WRITER_HPP
