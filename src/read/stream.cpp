// SPDX-License-Identifier: MIT
// StreamParser: the bytes as they come (inflated when gzip), split into parts by ItemSplitter
// (input/item_splitter.hpp), each part read by parse(): the channel before the first item, the
// items inside the start tags of their root and channel, and at the end the channel again with
// what followed the items. Each part's diagnostics are moved to their place in the whole input.
//
// The items one write() completes are read as one part, while only white space stands between
// them: one parse() per item would cost more in setting up (charset, namespaces, the tree) than
// a small item costs to read. A part that says anything is read again item by item, so that an
// item reads as it would alone (a broken one spoils no other, a charset guess covers it alone).
//
// parse_by_items() (read/parse_by_items.hpp) is parse() of a large document through the same
// reading, in an exact mode: where a part would read otherwise than in the whole document, it
// gives up and parse() reads the document whole.
#include "feedpp/stream.hpp"

#include "feedpp/view.hpp"  // resolve_urls(), as parse() does

#include <algorithm>
#include <fstream>
#include <istream>
#include <optional>
#include <utility>
#include <vector>

#include "base/ascii.hpp"
#include "base/diagnostic_log.hpp"
#include "base/line_counter.hpp"
#include "input/gzip.hpp"
#include "input/item_splitter.hpp"
#include "read/open_file.hpp"
#include "read/parse_by_items.hpp"
#include "read/parse_hook.hpp"  // parse_with(): each part read whole

namespace feedpp {
namespace {

using detail::ItemSplitter;

// Puts ChannelElement::items into `order` before entry `at`, when entries follow: the channel's
// elements read after the head came after items, as parse() would say.
void place_items(ElementOrder<ChannelElement>& order, std::size_t at) {
  if (order.size() <= at) return;
  ElementOrder<ChannelElement> placed;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i == at) placed.push_back(ChannelElement::items);
    placed.push_back(order[i]);
  }
  order = std::move(placed);
}

}  // namespace

// StreamParser's reading, and parse_by_items()'s: in a named namespace, as StreamParser::Impl
// derives from it.
namespace detail {

class StreamReader {
 public:
  // `exact`: parse_by_items()'s reading, which gives up where a part could read otherwise than
  // in the whole document (see failed()).
  StreamReader(StreamHandler handler, const ParseOptions& options, bool exact = false)
      : handler_(std::move(handler)), options_(options), log_(options.strict), exact_(exact) {
    part_options_ = options;
    part_options_.limits.max_input_bytes = static_cast<std::size_t>(-1);
    part_options_.limits.max_items = static_cast<std::size_t>(-1);
    if (exact) {
      part_options_.resolve_urls = false;  // against the whole feed's, once whole, as parse() does
      gzip_checked_ = true;  // parse() has inflated the bytes: gzip in them is not a feed's
    }
  }

  void write(std::string_view bytes) {
    if (failed_) return;
    feed(bytes);
    read_batch();  // the items this write completed are handed over before it returns
  }
  // write() of the whole document, read whole when nothing came before: parse_stream()'s
  // document that fits in its first read, which splitting would only slow down. Within the
  // limit, with the parts' limits (no max_items), it reads as split. Gzip bytes are split still,
  // as what they inflate to may be any size.
  void write_whole(std::string_view bytes) {
    // Nothing came before: feed() looks for gzip before it takes any byte, and holds fewer
    // than three in head_bytes_ until it can (exact mode has looked already: never whole here).
    const bool first = !gzip_checked_ && head_bytes_.empty();
    if (first && bytes.size() <= limit() && !detail::is_gzip(bytes)) {
      mode_ = Mode::whole;
      one_read_ = true;
    }
    write(bytes);
  }
  ParseResult finish();
  // The exact mode's end: the channel (items handed over already), or nullopt when it gave up.
  std::optional<ParseResult> finish_exact();
  [[nodiscard]] bool failed() const noexcept { return failed_; }
  [[nodiscard]] std::size_t items() const noexcept { return items_; }

 private:
  // A line and column known at a document offset, from which those of later offsets follow.
  struct Place {
    std::size_t offset = 0;
    std::size_t line = 1;
    std::size_t line_start = 0;  // document offset where `line` starts

    // Moves to `to`, `text` holding the document's bytes from `base` on (at least up to `to`).
    void advance(std::string_view text, std::size_t base, std::size_t to) {
      if (to <= offset) return;
      const std::string_view span = text.substr(offset - base, to - offset);
      Location end{span.size(), 0, 0};
      detail::LineCounter(span).place(end);
      if (end.line > 1) {
        line += end.line - 1;
        line_start = to - (end.column - 1);
      }
      offset = to;
    }
  };

  // The location of offset `at` in `part`, a part of the document starting where `start` is.
  static Location locate(Place start, std::string_view part, std::size_t at) {
    at = std::min(at, part.size());
    start.advance(part, start.offset, start.offset + at);
    return {start.offset, start.line, start.offset - start.line_start + 1};
  }

  // A piece of the channel's text after the first item: where it came from in the document.
  struct Piece {
    std::size_t at;  // offset in the channel's text after the head
    Place place;     // its place in the document
  };

  enum class Mode { undecided, split, whole };

  void feed(std::string_view bytes);
  void take(std::string_view bytes);
  void decide(bool at_end);
  void pump(bool at_end);
  void head_done(std::size_t item_begin);
  void item_done(std::size_t end);
  void read_batch();
  bool read_part(std::size_t begin, std::size_t end, std::size_t expected);
  void skip_item();
  void keep_rest(std::size_t to);
  void compact();
  void hand_over(Feed& feed);
  void add(const std::vector<Diagnostic>& found, std::size_t skip, std::size_t length, Place start,
           std::string_view part);
  ParseResult finish_whole();
  ParseResult finish_split();
  [[nodiscard]] std::size_t limit() const noexcept { return options_.limits.max_input_bytes; }
  [[nodiscard]] std::size_t buffered_end() const noexcept { return base_ + buf_.size(); }
  // The location of `offset`, which is at or after the last one asked and still buffered.
  Location here(std::size_t offset) {
    advance_place(offset);
    return {offset, place_.line, offset - place_.line_start + 1};
  }
  // Moves place_ to `offset`, placing on the way where the last white space outside items
  // starts: one count of lines over the document, not a second one for that white space.
  void advance_place(std::size_t offset) {
    if (blank_place_.offset < blank_from_ && blank_from_ <= offset) {
      place_.advance(buf_, base_, blank_from_);
      blank_place_ = place_;
    }
    place_.advance(buf_, base_, offset);
  }
  void note(ErrorCode code, std::size_t offset, std::string message) {
    if (exact_) failed_ = true;
    log_.add_placed({detail::default_severity(code), code, std::move(message), here(offset)});
  }

  StreamHandler handler_;
  ParseOptions options_;
  ParseOptions part_options_;  // the parts' limits are enforced here
  detail::DiagnosticLog log_;
  Mode mode_ = Mode::undecided;
  bool one_read_ = false;  // whole by write_whole(): read with the parts' limits
  bool finished_ = false;
  std::size_t items_ = 0;

  // gzip, inflated as it comes.
  bool gzip_checked_ = false;
  std::unique_ptr<detail::GzipStream> gzip_;
  std::string head_bytes_;  // the first bytes, until gzip is told apart
  std::string inflated_;

  // The document's bytes from `base_` on; before the first item, all of them.
  std::string buf_;
  std::size_t base_ = 0;
  ItemSplitter splitter_;
  Place place_;  // advanced up to where bytes are dropped

  std::string prolog_;  // the bytes before the root's start tag
  std::string head_;    // the bytes before the first item
  bool head_sent_ = false;
  std::string encoding_;
  std::vector<Diagnostic> head_diagnostics_;  // kept apart: the final parse has them too
  Feed head_feed_;             // the head as read, for a feed with nothing after its items
  std::string head_end_tags_;  // the end tags the head was read with
  std::string rest_;           // the bytes outside items after the first one
  std::vector<Piece> pieces_;
  std::size_t rest_from_ = 0;  // document offset up to which rest_ holds what is outside items
  bool rest_cut_ = false;
  // White space outside items not yet known to be between items (dropped) or within what
  // follows them (kept): up to limit() bytes of it, its size, where it ends and starts.
  std::string blank_;
  std::size_t blank_size_ = 0;
  std::size_t blank_end_ = 0;
  std::size_t blank_from_ = 0;
  // Where it starts, once place_ has passed there (placed when its offset is blank_from_): it
  // comes after the items of a batch not read yet, which place_ has still to reach.
  Place blank_place_;
  std::string item_open_;            // the start tags around the item being read
  std::string item_close_;           // and their end tags
  bool wrapped_ = false;             // item_open_ and item_close_ are set
  std::size_t wrapped_version_ = 0;  // ItemSplitter::open_version() they were made at
  std::size_t item_begin_ = 0;
  // The items read but not handed over yet, [begin, end) each: read together by read_batch().
  std::vector<std::pair<std::size_t, std::size_t>> batch_;
  std::string document_;       // the part being read, in the tags open around it
  std::size_t unbatched_ = 0;  // items to read one by one, after a batch that said something
  bool skipping_ = false;      // the item is larger than the limit: its bytes are dropped
  bool too_large_ = false;     // the channel's part alone broke the limit: the rest is ignored
  const bool exact_;
  bool failed_ = false;     // exact: a part could read otherwise than in the whole document
  bool placeable_ = false;  // exact: the parts' offsets are the document's (UTF-8, no BOM)

  // Exact: whether `found`, the diagnostics of a part whose own bytes are at [skip, skip +
  // length) of what was parsed, are what the whole document's reading says there. Warnings
  // are: they are the readers' findings on what the part holds. Errors are not (a repair of the
  // part may differ from the whole's), nor what is said of the tags around the part, nor a
  // summary of what the part's log cut.
  [[nodiscard]] bool as_whole(const std::vector<Diagnostic>& found, std::size_t skip,
                              std::size_t length) const {
    return std::all_of(found.begin(), found.end(), [&](const Diagnostic& d) {
      return placeable_ && detail::default_severity(d.code) == Severity::warning &&
             d.location.line != 0 && d.location.offset >= skip && d.location.offset - skip < length;
    });
  }
};

}  // namespace detail

void detail::StreamReader::feed(std::string_view bytes) {
  if (finished_ || bytes.empty()) return;
  std::string first;  // the first bytes, when they came in writes of fewer than 3
  if (!gzip_checked_) {
    if (!head_bytes_.empty() || bytes.size() < 3) {  // most first writes are told apart in place
      head_bytes_.append(bytes);
      if (head_bytes_.size() < 3) return;
      first = std::move(head_bytes_);
      head_bytes_.clear();
      bytes = first;
    }
    gzip_checked_ = true;
    if (detail::is_gzip(bytes)) gzip_ = std::make_unique<detail::GzipStream>();
  }
  if (!gzip_) return take(bytes);
  // Small pieces: what one inflates to stays small (deflate expands at most about 1000 times).
  constexpr std::size_t kPiece = 4096;
  while (!bytes.empty() && gzip_->error().empty()) {
    const std::string_view piece = bytes.substr(0, kPiece);
    bytes.remove_prefix(piece.size());
    inflated_.clear();
    gzip_->inflate(piece, inflated_);
    take(inflated_);
  }
}

void detail::StreamReader::take(std::string_view bytes) {
  if (too_large_) return;
  if (mode_ == Mode::whole) {
    // As parse() reads at most the limit, plus a byte to know it was broken.
    const std::size_t room = limit() == static_cast<std::size_t>(-1) ? bytes.size()
                             : buf_.size() > limit()                 ? 0
                                                                     : limit() + 1 - buf_.size();
    buf_.append(bytes.substr(0, std::min(room, bytes.size())));
    return;
  }
  buf_.append(bytes);
  if (mode_ == Mode::undecided) decide(false);
  if (mode_ == Mode::split) pump(false);
}

// Splits the document when its first bytes and its root say it can be.
void detail::StreamReader::decide(bool at_end) {
  if (buf_.size() < 4 && !at_end) return;
  if (!ItemSplitter::splittable(std::string_view(buf_).substr(0, 64))) {
    mode_ = Mode::whole;
    failed_ = exact_;
    return;
  }
  mode_ = Mode::split;
}

void detail::StreamReader::pump(bool at_end) {
  for (;;) {
    const ItemSplitter::Event event = splitter_.scan(buf_, base_, at_end);
    switch (event) {
      case ItemSplitter::Event::none:
        break;
      case ItemSplitter::Event::root: {
        if (!splitter_.known_root()) {
          mode_ = Mode::whole;  // not a feed the splitter knows: parse() says what it is
          failed_ = exact_;
          return;
        }
        prolog_.assign(buf_, 0, splitter_.begin() - base_);
        continue;
      }
      case ItemSplitter::Event::item_start:
        if (!head_sent_) {
          head_done(splitter_.begin());
        } else {
          keep_rest(splitter_.begin());
        }
        item_begin_ = splitter_.begin();
        // The same tags around every item, unless elements opened or closed between items.
        if (!wrapped_ || splitter_.open_version() != wrapped_version_) {
          if (exact_ && wrapped_) {
            failed_ = true;  // elements between items: the channel's order would not say where
            return;
          }
          read_batch();  // read inside the tags that were open around them
          item_open_ = prolog_ + splitter_.open_start_tags();
          item_close_ = splitter_.open_end_tags();
          wrapped_ = true;
          wrapped_version_ = splitter_.open_version();
        }
        skipping_ = false;
        continue;
      case ItemSplitter::Event::item_end:
        item_done(splitter_.end());
        continue;
    }
    break;
  }
  if (!head_sent_ && buf_.size() > limit()) {
    // No item within the limit: the document is read as parse() reads it, cut there.
    mode_ = Mode::whole;
    failed_ = exact_;
    buf_.resize(limit() + 1);
    too_large_ = true;
    return;
  }
  if (splitter_.in_item() && buffered_end() - item_begin_ > limit()) skip_item();
  if (head_sent_ && !splitter_.in_item()) keep_rest(splitter_.position());
  compact();
}

// The bytes before the first item are the channel's: read, and handed over.
void detail::StreamReader::head_done(std::size_t item_begin) {
  head_sent_ = true;
  head_.assign(buf_, 0, item_begin);
  rest_from_ = item_begin;
  ParseResult head = detail::parse_with(head_ + splitter_.all_end_tags(), part_options_, nullptr);
  encoding_ = head.encoding;
  for (Diagnostic& d : head.diagnostics) {
    if (d.location.offset < head_.size()) head_diagnostics_.push_back(std::move(d));
  }
  std::vector<Item> items = std::move(head.feed.items);  // any the splitter did not see
  head.feed.items.clear();
  if (exact_) {
    // The whole document's reading is in input order, the channel's first: the log keeps the
    // first of each code.
    placeable_ = (encoding_ == "utf-8" || encoding_ == "us-ascii") &&
                 buf_.compare(0, 3, "\xEF\xBB\xBF") != 0;
    if (!as_whole(head.diagnostics, 0, head_.size()) || !items.empty() ||
        !head.feed.spellings.empty()) {
      failed_ = true;
      return;
    }
    for (Diagnostic& d : head_diagnostics_) log_.add_placed(std::move(d));
    head_diagnostics_.clear();
  }
  head_feed_ = std::move(head.feed);
  head_end_tags_ = splitter_.all_end_tags();
  if (handler_.on_channel) handler_.on_channel(head_feed_);
  for (Item& item : items) {
    ++items_;
    if (handler_.on_item) handler_.on_item(item);
  }
}

// An item larger than the limit: dropped as it comes, and said once.
void detail::StreamReader::skip_item() {
  if (skipping_) return;
  read_batch();
  skipping_ = true;
  note(ErrorCode::input_too_large, item_begin_,
       "an item of more than the limit of " + std::to_string(limit()) + " bytes: skipped");
}

void detail::StreamReader::item_done(std::size_t end) {
  if (end - item_begin_ > limit()) skip_item();  // whole in one write, and too large
  if (skipping_) {
    skipping_ = false;
    rest_from_ = end;
    return;
  }
  batch_.emplace_back(item_begin_, end);
  rest_from_ = end;
  // A part of a few hundred KiB costs little more to set up than a small item, and bounds memory.
  constexpr std::size_t kBatchBytes = std::size_t{256} << 10;
  if (unbatched_ > 0) {
    --unbatched_;
    read_batch();
  } else if (end - batch_.front().first >= kBatchBytes) {
    read_batch();
  }
}

void detail::StreamReader::read_batch() {
  if (batch_.empty() || failed_) return;
  const std::size_t begin = batch_.front().first;
  const std::size_t end = batch_.back().second;
  if (exact_) {
    // The batch reads as the whole document would, or not at all.
    failed_ = !read_part(begin, end, batch_.size());
    batch_.clear();
    return;
  }
  if (batch_.size() == 1 || !read_part(begin, end, batch_.size())) {
    for (const auto& [b, e] : batch_) read_part(b, e, 0);
  }
  batch_.clear();
}

// Reads the items in [begin, end) inside the tags open around them, and hands them over. Given
// the number of items `expected` there (a batch), returns false instead, having handed over
// nothing, when the part says anything or gives another number of items.
bool detail::StreamReader::read_part(std::size_t begin, std::size_t end, std::size_t expected) {
  const std::string_view bytes = std::string_view(buf_).substr(begin - base_, end - begin);
  // One buffer for every part: a new one each time would leave the heap in holes between the
  // items read meanwhile, which the process's memory keeps.
  document_.clear();
  document_.reserve(item_open_.size() + bytes.size() + item_close_.size());
  document_.append(item_open_).append(bytes).append(item_close_);
  ParseResult part = detail::parse_with(document_, part_options_, nullptr);
  // Exact: a charset guessed for the part alone, or a name's spellings counted from the part's
  // start, would read otherwise in the whole document.
  const bool apart = exact_ && (part.encoding != encoding_ || !part.feed.spellings.empty() ||
                                items_ + expected > options_.limits.max_items ||
                                !as_whole(part.diagnostics, item_open_.size(), bytes.size()));
  const bool said = !exact_ && !part.diagnostics.empty();
  if (expected > 0 && (apart || said || part.feed.items.size() != expected)) {
    // Read one by one for a while: a feed that says something of one item often does of many.
    constexpr std::size_t kUnbatched = 1024;
    unbatched_ = kUnbatched;
    return false;
  }
  here(begin);
  add(part.diagnostics, item_open_.size(), bytes.size(), place_, bytes);
  // Exact: past the log's cap, which diagnostics are kept follows the order they came in.
  if (exact_ && log_.cut()) return false;
  for (Item& item : part.feed.items) {
    ++items_;
    if (handler_.on_item) handler_.on_item(item);
  }
  return true;
}

// Keeps the bytes outside items from rest_from_ to `to` for the channel's final reading.
void detail::StreamReader::keep_rest(std::size_t to) {
  if (to <= rest_from_) return;
  const std::string_view bytes = std::string_view(buf_).substr(rest_from_ - base_, to - rest_from_);
  const bool blank = std::all_of(bytes.begin(), bytes.end(), detail::is_xml_space);
  // White space between items says nothing: keeping it would grow with the feed. But a write
  // may end inside the text of an element after the items, and white space that the next bytes
  // outside items continue, with no item between, is part of that text: held until then.
  const bool joined = blank_size_ > 0 && blank_end_ == rest_from_;
  if (blank) {
    if (!joined) {
      blank_.clear();
      blank_size_ = 0;
      blank_from_ = rest_from_;
    }
    if (blank_.size() + bytes.size() <= limit()) blank_.append(bytes);
    blank_size_ += bytes.size();
    blank_end_ = to;
    rest_from_ = to;
    return;
  }
  read_batch();  // the items before come before it
  if (!rest_cut_) {
    const std::size_t held = joined ? blank_size_ : 0;
    if (head_.size() + rest_.size() + held + bytes.size() > limit()) {
      rest_cut_ = true;
      note(ErrorCode::input_too_large, rest_from_,
           "the channel's elements after its items take more than the limit of " +
               std::to_string(limit()) + " bytes: the rest is ignored");
    } else {
      if (joined) {
        advance_place(blank_from_);
        pieces_.push_back({rest_.size(), blank_place_});
        rest_.append(blank_);
      } else {
        here(rest_from_);
        pieces_.push_back({rest_.size(), place_});
      }
      rest_.append(bytes);
    }
  }
  blank_.clear();
  blank_size_ = 0;
  rest_from_ = to;
}

// Drops the bytes no longer needed: all but the item being read and what the splitter has yet
// to look at.
void detail::StreamReader::compact() {
  if (!head_sent_) return;
  std::size_t keep = std::min(splitter_.position(), rest_from_);
  if (splitter_.in_item() && !skipping_) keep = std::min(keep, item_begin_);
  if (!batch_.empty()) keep = std::min(keep, batch_.front().first);
  if (keep <= base_ || keep - base_ < buf_.size() / 2) return;
  advance_place(keep);
  buf_.erase(0, keep - base_);
  base_ = keep;
  // A large item, or a large first write, leaves capacity behind: memory follows the item.
  constexpr std::size_t kSlack = std::size_t{1} << 20;
  if (buf_.capacity() > 4 * std::max(buf_.size(), kSlack)) buf_.shrink_to_fit();
}

// Moves a part's diagnostics to the document: those at offsets [skip, skip + length) of the
// part's document, which is `part` with `skip` bytes before it, starting at `start`.
void detail::StreamReader::add(const std::vector<Diagnostic>& found, std::size_t skip,
                               std::size_t length, Place start, std::string_view part) {
  for (const Diagnostic& d : found) {
    const bool placed = d.location.line != 0;          // else a summary, placed nowhere
    if (placed && d.location.offset < skip) continue;  // the start tags around the part
    Diagnostic moved = d;
    moved.location = locate(start, part, placed ? std::min(d.location.offset - skip, length) : 0);
    log_.add_placed(std::move(moved));
  }
}

ParseResult detail::StreamReader::finish() {
  if (finished_) return {};
  finished_ = true;
  if (!gzip_checked_ && !head_bytes_.empty()) {
    gzip_checked_ = true;
    take(head_bytes_);
  }
  if (gzip_ && (!gzip_->ended() || !gzip_->error().empty())) {
    const std::string why =
        gzip_->error().empty() ? "the gzip stream is cut short" : gzip_->error();
    note(ErrorCode::bad_compression, buffered_end(),
         "the gzip data cannot be read to its end (" + why + "): what it held is read");
  }
  if (mode_ == Mode::undecided) decide(true);
  if (mode_ == Mode::split) pump(true);
  read_batch();
  if (mode_ == Mode::whole || !head_sent_) return finish_whole();
  return finish_split();
}

// A document read whole: as parse() reads it.
ParseResult detail::StreamReader::finish_whole() {
  ParseResult result = detail::parse_with(buf_, one_read_ ? part_options_ : options_, nullptr);
  std::vector<Item> items = std::move(result.feed.items);
  result.feed.items.clear();
  if (handler_.on_channel) handler_.on_channel(result.feed);
  for (Item& item : items) {
    ++items_;
    if (handler_.on_item) handler_.on_item(item);
  }
  for (Diagnostic& d : result.diagnostics) log_.add_placed(std::move(d));
  result.diagnostics = log_.finish({});
  return result;
}

// The channel read again with what followed the items, which only its diagnostics add to.
ParseResult detail::StreamReader::finish_split() {
  keep_rest(buffered_end());
  for (Diagnostic& d : head_diagnostics_) log_.add_placed(std::move(d));
  // Most feeds have nothing after their items but the end tags the head was read with: the
  // channel is the head's, and reading it again would add nothing.
  std::string squeezed;
  for (const char c : rest_) {
    if (!detail::is_xml_space(c)) squeezed += c;
  }
  if (squeezed == head_end_tags_) {
    ParseResult result;
    result.feed = std::move(head_feed_);
    result.strict = options_.strict;
    result.encoding = encoding_;
    result.diagnostics = log_.finish({});
    return result;
  }
  ParseResult result = detail::parse_with(head_ + rest_, part_options_, nullptr);
  result.feed.items.clear();
  if (items_ > 0) place_items(result.feed.channel.order, head_feed_.channel.order.size());
  for (const Diagnostic& d : result.diagnostics) {
    if (d.location.offset < head_.size()) continue;
    const std::size_t at = d.location.offset - head_.size();
    // The piece it is in: the last that starts at or before it.
    auto it = std::upper_bound(pieces_.begin(), pieces_.end(), at,
                               [](std::size_t a, const Piece& p) { return a < p.at; });
    Diagnostic moved = d;
    if (it == pieces_.begin()) {  // past what was kept: at the end
      moved.location = here(buffered_end());
    } else {
      const Piece& p = *(it - 1);
      moved.location = locate(p.place, std::string_view(rest_).substr(p.at), at - p.at);
    }
    log_.add_placed(std::move(moved));
  }
  result.encoding = encoding_;
  result.diagnostics = log_.finish({});
  return result;
}

namespace {

// Whether `s` is comments and nothing else (white space taken out or not): what may follow the
// root's end tag (a cache plugin's "<!-- generated in 0.2 s -->").
bool only_comments(std::string_view s) {
  for (;;) {
    while (!s.empty() && detail::is_xml_space(s.front())) s.remove_prefix(1);
    if (s.empty()) return true;
    if (s.substr(0, 4) != "<!--") return false;
    const std::size_t close = s.find("-->", 4);
    if (close == std::string_view::npos) return false;
    s.remove_prefix(close + 3);
  }
}

// Whether the document ends with the end tag of a root the splitter knows (any prefix), white
// space and comments after it. One that does not (a download cut short, text after the root)
// would read its parts only to give up at the last: it is read whole at once.
bool ends_with_root_end_tag(std::string_view bytes) {
  std::size_t end = bytes.size();
  for (;;) {
    while (end > 0 && detail::is_xml_space(bytes[end - 1])) --end;
    if (end < 3 || bytes.substr(end - 3, 3) != "-->") break;
    const std::size_t open = bytes.rfind("<!--", end - 3);
    if (open == std::string_view::npos) return false;
    end = open;
  }
  if (end == 0 || bytes[end - 1] != '>') return false;
  const std::size_t open = bytes.rfind("</", end - 1);
  if (open == std::string_view::npos) return false;
  std::string_view name = bytes.substr(open + 2, end - 1 - (open + 2));
  while (!name.empty() && detail::is_xml_space(name.back())) name.remove_suffix(1);
  return ItemSplitter::is_known_root(name);
}

}  // namespace

std::optional<ParseResult> detail::StreamReader::finish_exact() {
  if (failed_) return std::nullopt;
  finished_ = true;
  if (mode_ == Mode::undecided) decide(true);
  if (mode_ == Mode::split) pump(true);
  read_batch();
  if (failed_ || mode_ != Mode::split || !head_sent_) return std::nullopt;
  keep_rest(buffered_end());
  // Only the end tags the head was read with may follow the items, and comments after the
  // root: the channel is the head's.
  std::string squeezed;
  for (const char c : rest_) {
    if (!detail::is_xml_space(c)) squeezed += c;
  }
  const std::string_view after =
      std::string_view(squeezed).substr(std::min(head_end_tags_.size(), squeezed.size()));
  if (failed_ || log_.cut() || squeezed.compare(0, head_end_tags_.size(), head_end_tags_) != 0 ||
      !only_comments(after)) {
    return std::nullopt;
  }
  ParseResult result;
  result.feed = std::move(head_feed_);
  result.strict = options_.strict;
  result.encoding = encoding_;
  result.diagnostics = log_.finish({});  // all placed already
  return result;
}

std::optional<ParseResult> detail::parse_by_items(std::string_view bytes,
                                                  const ParseOptions& options) {
  if (!ends_with_root_end_tag(bytes)) return std::nullopt;
  std::vector<Item> items;
  StreamHandler handler;
  handler.on_item = [&items](Item& item) { items.push_back(std::move(item)); };
  detail::StreamReader reader(std::move(handler), options, true);
  // Written a piece at a time, so that the reader's buffer holds a piece, not the document.
  constexpr std::size_t kPiece = std::size_t{1} << 20;
  for (std::size_t at = 0; at < bytes.size() && !reader.failed(); at += kPiece) {
    reader.write(bytes.substr(at, kPiece));
    if (at == 0 && !items.empty() && bytes.size() > kPiece) {
      // Room for the items the rest holds, as many a byte as the first piece's and a quarter
      // more: moving Items as the vector grows would cost time and, for a moment, twice their
      // memory. A guess far too long is let go at the end.
      const double per_byte = static_cast<double>(items.size()) / static_cast<double>(kPiece);
      const auto guess =
          static_cast<std::size_t>(per_byte * static_cast<double>(bytes.size()) * 1.25) + 16;
      items.reserve(std::min(guess, options.limits.max_items));
    }
  }
  std::optional<ParseResult> result = reader.finish_exact();
  if (!result) return std::nullopt;
  if (items.capacity() > 2 * items.size() + 16) items.shrink_to_fit();
  result->feed.items = std::move(items);
  if (options.resolve_urls && result->feed.format != Format::unknown) {
    resolve_urls(result->feed, options.base_url);
  }
  return result;
}

class StreamParser::Impl : public detail::StreamReader {
 public:
  using detail::StreamReader::StreamReader;
};

StreamParser::StreamParser(StreamHandler handler, const ParseOptions& options)
    : impl_(std::make_unique<Impl>(std::move(handler), options)) {}
StreamParser::~StreamParser() = default;
StreamParser::StreamParser(StreamParser&&) noexcept = default;
StreamParser& StreamParser::operator=(StreamParser&&) noexcept = default;

void StreamParser::write(std::string_view bytes) { impl_->write(bytes); }
ParseResult StreamParser::finish() { return impl_->finish(); }
std::size_t StreamParser::items() const noexcept { return impl_->items(); }

ParseResult parse_stream(std::istream& in, StreamHandler handler, const ParseOptions& options) {
  detail::StreamReader reader(std::move(handler), options);
  char buf[65536];
  bool failed = !in;
  for (bool first = true; !failed; first = false) {
    in.read(buf, sizeof buf);
    const std::streamsize got = in.gcount();
    if (in.bad()) failed = true;
    const std::string_view bytes(buf, got > 0 ? static_cast<std::size_t>(got) : 0);
    if (first && in.eof() && !failed) {
      reader.write_whole(bytes);  // all of it in one read
    } else if (!bytes.empty()) {
      reader.write(bytes);
    }
    if (got <= 0 || in.eof()) break;
  }
  ParseResult result = reader.finish();
  if (failed) {
    result.diagnostics.push_back(
        {Severity::fatal, ErrorCode::io_error, "the stream could not be read", Location{}});
  }
  return result;
}

ParseResult parse_stream_file(const std::string& path, StreamHandler handler,
                              const ParseOptions& options) {
  std::ifstream in;
  if (std::optional<ParseResult> failed = detail::open_file(path, options, in)) {
    return std::move(*failed);
  }
  return parse_stream(in, std::move(handler), options);
}

}  // namespace feedpp
