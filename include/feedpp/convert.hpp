// SPDX-License-Identifier: MIT
// Converting a feed from one format to another: RSS (0.9x, 1.0, 2.0, CDF), Atom (0.3, 1.0) and
// JSON Feed (1.0, 1.1) to RSS 2.0, Atom 1.0 or JSON Feed 1.1. One model serves every format, so
// most fields carry over as they are; convert() fills in what the target format requires and the
// feed lacks, each time from the best equivalent the feed has, and says so. Written with the
// target's writer, the result is a whole, valid document; a feed written in its own format needs no
// conversion (it is written as read).
//
// convert() is pure: thread-safe on distinct arguments, and it throws nothing but std::bad_alloc.
#ifndef FEEDPP_CONVERT_HPP
#define FEEDPP_CONVERT_HPP

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "feedpp/datetime.hpp"
#include "feedpp/diagnostics.hpp"
#include "feedpp/export.hpp"
#include "feedpp/model.hpp"
#include "feedpp/write_options.hpp"
#include "feedpp/xml_writer.hpp"

namespace feedpp {

/// How convert() fills what it must.
///
/// | option | default | meaning |
/// |---|---|---|
/// | `now` | the clock | the date of a feed that has none at all (Atom requires one) |
/// | `base_url` | "" | the document's own URL: relative URLs resolve against it, and a feed with no
/// link takes it as its Atom id or RSS link |
struct ConvertOptions {
  std::optional<Timestamp> now{};
  std::string base_url{};
};

/// A feed made ready for another format.
struct Conversion {
  /// The feed, ready to be written in the target format: every field that has an equivalent
  /// there carries over, and what the target requires is filled in.
  Feed feed{};
  /// One ErrorCode::value_filled warning per value filled in (what, and from where), one
  /// ErrorCode::value_dropped warning per value the target format has no place for; an
  /// ErrorCode::missing_element error when something required could not be filled.
  std::vector<Diagnostic> notes{};

  /// Returns true when no note is an error: the feed can be written whole.
  [[nodiscard]] FEEDPP_API bool ok() const noexcept;
};

/// Returns `feed` converted for `target` (Format::rss_2_0, Format::atom_1_0 or Format::json_1_1;
/// any format counts as its family's), filling in, for Atom: the feed's id (from its self or
/// alternate link, else `options.base_url`, else a name-based `urn:uuid:` made from its title,
/// description and link, the same at every conversion; an id that is no URI is resolved against
/// the base or dropped), title (from its link or description, else empty), updated date (from its
/// other dates, its newest item's, else `options.now`) and author (from managingEditor, webMaster,
/// dc:creator or itunes:author, else the feed's title); each entry's id (its guid when that is a
/// URI, its link, else one made from the feed's id: the id with a fragment, or for a URN id a
/// `urn:uuid:` named by the entry's guid or content), title (from its description), content when it
/// has no link (its description, else empty) and updated date (from its published date, else the
/// feed's), and a category scheme that is no URI dropped. For RSS: URLs resolved against their
/// xml:base (RSS has none) and `options.base_url`, or without one against the feed's absolute
/// web link (noted when an item's link was relative), the channel's link (from its alternate, self
/// or id link, else `options.base_url`, else the `urn:uuid:` id it would have as Atom), title (from
/// its web link, else empty) and description (from its subtitle, else its title, else empty); each
/// item's link and pubDate from Atom's, its enclosure links as enclosures (one with a title, a
/// language or other attributes stays an atom:link), a source's url from its self or alternate
/// link (a source with neither dropped), a guid that is not the item's URL marked
/// isPermaLink="false" and one that repeats an earlier item's dropped, an enclosure's unknown
/// length and type as 0 and application/octet-stream (one without a URL dropped), and each URL
/// RSS requires to be a URI (links, docs, image, comments, permalink guids, enclosures, sources)
/// that is an IRI written as the URI it maps to (iri_to_uri(), noted). For JSON Feed: the title
/// (from the link, else empty); each item's id (its guid or link, else one made from the feed's
/// link, else a `urn:uuid:` named by the feed's and the item's content) and content (its
/// description: content_html from RSS, content_text from an Atom text summary; else an empty
/// content_text), an HTML summary made plain text. Elements in no namespace that the target would
/// read as its own are dropped, as are extension elements in JSON Feed and JSON Feed members in RSS
/// or Atom (each noted; typed vocabularies JSON Feed does not have are left out by its writer
/// without a note). The result keeps the format it was read in, so the target's writer checks it as
/// it checks a model built in code: what could not be filled makes the write fail (never a partial
/// document). The one thing nothing is filled for: an `<rss>` with neither a channel nor items,
/// which is no feed (ErrorCode::missing_element). Requires: target is an RSS, Atom or JSON Feed
/// format. A feed already in `target`'s family is returned as it is, with no notes (written as
/// read).
[[nodiscard]] FEEDPP_API Conversion convert(Feed feed, Format target,
                                            const ConvertOptions& options = {});

/// convert() and the target format's streaming writer together, for a feed read item by item
/// (StreamParser): begin() with the feed's head (StreamHandler::on_channel), add() with each item,
/// end() with StreamParser::finish()'s feed, in memory bounded by the largest item. A feed in the
/// target's family is written as read, as write_rss(), write_atom() or write_json_feed() write
/// it. Otherwise the channel is converted as convert() converts a feed without items (so Atom's
/// feed <updated> comes from the channel's own dates, else `options.now`, never from an item),
/// and each item as convert() converts it. The document starts with the first item (or end()),
/// declaring on the root the namespaces the channel and that item use; one that only a later
/// item uses is declared on its element, and names only items spell otherwise than their
/// vocabulary (Feed::spellings) are written as the vocabulary spells them. Errors are sticky, as in
/// the writers: a conversion note that is an error (nothing to fill a required value from) fails
/// the write with ErrorCode::missing_element. The output of a failed write is partial: a program
/// that must give all or nothing writes to a temporary place first. Used by one thread at a time.
class FEEDPP_API StreamConverter {
 public:
  /// Requires: `sink` outlives the converter; `target` is an RSS, Atom or JSON Feed format.
  StreamConverter(Sink& sink, Format target, WriteOptions write = {}, ConvertOptions convert = {});
  ~StreamConverter();
  StreamConverter(StreamConverter&&) noexcept;
  StreamConverter& operator=(StreamConverter&&) noexcept;
  StreamConverter(const StreamConverter&) = delete;
  StreamConverter& operator=(const StreamConverter&) = delete;

  /// Converts the root and channel of `head` (its items, if any, are not written), written with
  /// the first item. Requires: first call, once.
  const Status& begin(const Feed& head);
  /// Converts `item` (in place) and writes it. Requires: begin() was called and end() was not.
  const Status& add(Item& item);
  /// Closes the document, with the elements `feed` (finish()'s) has beside the channel; flushes
  /// and returns the first error seen. Channel elements that came after the first item (in
  /// `feed.channel` but not in begin()'s) are written after the items when the feed is written
  /// as read (RSS to RSS, Atom to Atom: see RssWriter::after_items()); in a conversion they are
  /// not written, and an ErrorCode::value_dropped note says so. Calling it again returns the
  /// status and writes nothing.
  Status end(const Feed& feed);
  /// The conversion's notes so far (see Conversion::notes): the first 20 of each code, then one
  /// saying how many more there were.
  [[nodiscard]] std::vector<Diagnostic> notes() const;

 private:
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

}  // namespace feedpp

#endif  // FEEDPP_CONVERT_HPP
