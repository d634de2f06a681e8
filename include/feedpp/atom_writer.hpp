// SPDX-License-Identifier: MIT
// Writes Atom 1.0 (RFC 4287). AtomWriter streams like RssWriter: begin() writes the <feed> and its
// metadata, add() each <entry>, end() closes the document, in constant memory. write_atom() and
// to_atom() write a whole Feed in one call.
//
// RSS fields map onto Atom's: <description> becomes the subtitle or summary, <pubDate> published,
// <lastBuildDate> updated, guid the id, <link> a link rel="alternate", enclosures links
// rel="enclosure", RSS <author> an author's e-mail. RSS-only channel fields without an Atom
// counterpart (ttl, cloud, skipHours, ...) are not written. As in RssWriter, an extension that an
// Atom reader would take for a field (an RSS item's <atom:summary>, which RSS readers keep as an
// extension) is left out unless the field's own element follows it. An AtomWriter is used by
// one thread at a time.
#ifndef FEEDPP_ATOM_WRITER_HPP
#define FEEDPP_ATOM_WRITER_HPP

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

/// Streams an Atom 1.0 document to a Sink.
///
/// Errors are sticky, as for RssWriter: a feed or entry without id, title or updated date is
/// ErrorCode::missing_element unless WriteOptions::allow_missing; a call out of order is
/// ErrorCode::writer_misuse; a date that cannot be written is ErrorCode::date_out_of_range.
class FEEDPP_API AtomWriter {
 public:
  /// Makes a writer. Requires: `sink` outlives the writer.
  explicit AtomWriter(Sink& sink, WriteOptions options = {});
  ~AtomWriter();
  AtomWriter(AtomWriter&&) noexcept;
  AtomWriter& operator=(AtomWriter&&) noexcept;
  AtomWriter(const AtomWriter&) = delete;
  AtomWriter& operator=(const AtomWriter&) = delete;

  /// Writes the XML declaration, `<feed xmlns="http://www.w3.org/2005/Atom">` (with
  /// `root_attributes` and the namespaces the channel uses) and the feed's metadata (but what
  /// after_items() writes). Requires: first call, once.
  const Status& begin(const Channel& channel, const std::vector<Attribute>& root_attributes = {});

  /// Writes one `<entry>`. Requires: begin() was called and end() was not.
  const Status& add(const Item& item);

  /// Writes the channel's elements that came after its items in the document it was read from
  /// (those its order lists after ChannelElement::items), written as read
  /// (WriteOptions::allow_missing); nothing otherwise, begin() having written them all. Pass
  /// the channel begin() was given, or, streaming, StreamParser::finish()'s, which holds them.
  /// Later calls write nothing. Requires: begin() was called and end() was not.
  const Status& after_items(const Channel& channel);

  /// Writes `after_entries` (elements that stood after an RSS channel, when streaming a
  /// conversion: StreamConverter), then `</feed>`; flushes, and returns the first error seen (ok
  /// when none). Requires: begin() was called. Calling it again returns the status and writes
  /// nothing.
  Status end(const std::vector<Extension>& after_entries = {});

  /// Returns the first error seen so far, ok when none.
  [[nodiscard]] const Status& status() const noexcept;

 private:
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

/// Writes `feed` as Atom 1.0 to `sink`, declaring on the root every namespace its entries use.
FEEDPP_API Status write_atom(const Feed& feed, Sink& sink, const WriteOptions& options = {});
/// Writes `feed` as Atom 1.0, appended to `out`.
FEEDPP_API Status write_atom(const Feed& feed, std::string& out, const WriteOptions& options = {});
/// Writes `feed` as Atom 1.0 to `out`.
FEEDPP_API Status write_atom(const Feed& feed, std::ostream& out, const WriteOptions& options = {});
/// Returns `feed` as an Atom 1.0 document, or "" when write_atom() would fail (it says why).
[[nodiscard]] FEEDPP_API std::string to_atom(const Feed& feed, const WriteOptions& options = {});

}  // namespace feedpp

#endif  // FEEDPP_ATOM_WRITER_HPP
