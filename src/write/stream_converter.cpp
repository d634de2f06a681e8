// SPDX-License-Identifier: MIT
// StreamConverter: convert() (convert.cpp, convert_item.hpp) and a streaming writer, a feed's
// head first, then item by item.
#include <string>
#include <utility>

#include "base/diagnostic_log.hpp"
#include "feedpp/atom_writer.hpp"
#include "feedpp/convert.hpp"
#include "feedpp/json_feed_writer.hpp"
#include "feedpp/rss_writer.hpp"
#include "model/xml_base.hpp"
#include "write/convert_item.hpp"
#include "write/write_options_of.hpp"

namespace feedpp {

struct StreamConverter::Rep {
  Rep(Sink& s, Format t, WriteOptions w, ConvertOptions c)
      : sink(s), target(t), write(std::move(w)), convert(std::move(c)) {}

  void note_all(std::vector<Diagnostic>& found) {
    for (Diagnostic& d : found) {
      if (d.severity != Severity::warning && status.ok()) {
        status = Status(ErrorCode::missing_element, d.message);
      }
      d.location.offset = detail::kUnknownOffset;  // notes have no place in the input
      log.add_placed(std::move(d));
    }
    found.clear();
  }
  template <class F>
  const Status& with_writer(F&& f) {
    if (rss) {
      f(*rss);
    } else if (atom) {
      f(*atom);
    } else if (json) {
      f(*json);
    }
    return status;
  }

  Sink& sink;
  Format target;
  WriteOptions write;
  ConvertOptions convert;
  Format source = Format::unknown;
  bool as_read = false;
  bool begun = false;
  bool ended = false;
  void start(const Item* first);

  Feed head;  // the root and channel, converted; the writer starts with the first item
  bool started = false;
  std::string channel_base;
  Channel read_channel;  // as read before the first item
  std::size_t index = 0;
  detail::SeenGuids seen;  // of the items converted
  std::unique_ptr<RssWriter> rss;
  std::unique_ptr<AtomWriter> atom;
  std::unique_ptr<JsonFeedWriter> json;
  Status status;
  detail::DiagnosticLog log{false};  // the notes: the first of each code, then a count
  std::vector<Diagnostic> scratch;
};

StreamConverter::StreamConverter(Sink& sink, Format target, WriteOptions write,
                                 ConvertOptions convert)
    : rep_(std::make_unique<Rep>(sink, target, std::move(write), std::move(convert))) {}
StreamConverter::~StreamConverter() = default;
StreamConverter::StreamConverter(StreamConverter&&) noexcept = default;
StreamConverter& StreamConverter::operator=(StreamConverter&&) noexcept = default;

const Status& StreamConverter::begin(const Feed& head) {
  Rep& r = *rep_;
  if (r.begun) {
    if (r.status.ok()) r.status = Status(ErrorCode::writer_misuse, "begin() called twice");
    return r.status;
  }
  r.begun = true;
  r.source = head.format;
  r.as_read = detail::written_as_read(r.target, head.format);
  r.channel_base = detail::channel_base(
      head, is_rss(r.target) && !r.as_read ? detail::rss_document_url(head, r.convert.base_url)
                                           : r.convert.base_url);
  r.read_channel = head.channel;
  Feed channel_part = head;
  channel_part.items.clear();  // items come through add()
  if (!r.as_read) {
    // Items come through add(): an <rss> with none and no <channel> is no feed, said at end().
    channel_part.channel.has_element = true;
    Conversion c = feedpp::convert(std::move(channel_part), r.target, r.convert);
    r.note_all(c.notes);
    channel_part = std::move(c.feed);
  }
  r.head = std::move(channel_part);
  return r.status;
}

// Starts the writer, declaring on the root the namespaces the channel and `first` (the first
// item, or none) use: a feed's items mostly use the same ones.
void StreamConverter::Rep::start(const Item* first) {
  started = true;
  if (first != nullptr) head.items.push_back(*first);
  if (is_atom(target)) {
    atom = std::make_unique<AtomWriter>(sink, detail::atom_write_options(head, write));
    if (status.ok()) status = atom->begin(head.channel, head.attributes);
  } else if (is_json(target)) {
    json = std::make_unique<JsonFeedWriter>(sink, detail::json_write_options(head, write));
    if (status.ok()) status = json->begin(head.channel);
  } else {
    rss = std::make_unique<RssWriter>(sink, detail::rss_write_options(head, write));
    // A head converted from Atom or JSON Feed has none before its channel.
    if (status.ok())
      status = rss->begin(head.channel, head.attributes, head.extensions_before_channel);
  }
  head.items.clear();
}

const Status& StreamConverter::add(Item& item) {
  Rep& r = *rep_;
  if (!r.begun || r.ended) {
    if (r.status.ok()) r.status = Status(ErrorCode::writer_misuse, "add() outside begin()..end()");
    return r.status;
  }
  if (!r.status.ok()) return r.status;
  if (!r.as_read) {
    detail::convert_item(r.source, r.target, r.head.channel, r.channel_base, item, r.index, r.seen,
                         r.scratch);
    r.note_all(r.scratch);
    if (!r.status.ok()) return r.status;
  }
  ++r.index;
  if (!r.started) r.start(&item);
  if (!r.status.ok()) return r.status;
  return r.with_writer([&](auto& w) { r.status = w.add(item); });
}

Status StreamConverter::end(const Feed& feed) {
  Rep& r = *rep_;
  if (!r.begun) {
    if (r.status.ok()) r.status = Status(ErrorCode::writer_misuse, "end() before begin()");
    return r.status;
  }
  if (r.ended) return r.status;
  r.ended = true;
  if (!r.as_read && r.index == 0 && !r.read_channel.has_element) {
    Feed nothing;  // what begin() read, without the items it might have had: convert() says
    nothing.format = r.source;
    nothing.channel.has_element = false;
    Conversion c = feedpp::convert(std::move(nothing), r.target, r.convert);
    r.note_all(c.notes);
    return r.status;
  }
  // Written as read in RSS or Atom, the elements that came after the items are written there.
  const bool after_items =
      r.as_read && !is_json(r.target) && feed.channel.order.contains(ChannelElement::items);
  if (!after_items && !(feed.channel == r.read_channel)) {
    // Elements of the channel after its first item: the channel was written before them.
    std::vector<Diagnostic> late;
    late.push_back({Severity::warning, ErrorCode::value_dropped,
                    "the channel's elements after its first item: the channel was written "
                    "before them",
                    Location{}});
    r.note_all(late);
  }
  if (!r.started) r.start(nullptr);
  std::vector<Extension> after_channel;
  if (!r.as_read && !feed.extensions.empty()) {
    after_channel = feed.extensions;
    std::vector<Diagnostic> dropped;
    detail::beside_channel(r.target, after_channel, dropped);
    r.note_all(dropped);
  }
  if (after_items && r.status.ok()) {
    if (r.rss) r.status = r.rss->after_items(feed.channel);
    if (r.atom) r.status = r.atom->after_items(feed.channel);
  }
  Status s;
  if (r.rss) {
    // Elements beside the channel: RSS's own, or none from another family.
    s = r.rss->end(r.as_read ? feed.extensions : std::vector<Extension>{});
  } else if (r.atom) {
    s = r.atom->end(after_channel);
  } else if (r.json) {
    s = r.json->end();
  }
  if (r.status.ok()) r.status = s;
  return r.status;
}

std::vector<Diagnostic> StreamConverter::notes() const {
  detail::DiagnosticLog copy = rep_->log;
  return copy.finish({});
}

}  // namespace feedpp
