// SPDX-License-Identifier: MIT
// ItemSplitter: where the items of an XML feed start and end, found in its bytes as they arrive,
// without building a tree, so that the streaming parser (read/stream.cpp) can parse each item on
// its own and hold no more than one at a time.
//
// It reads the markup an XML parser would (start and end tags with quoted attribute values,
// comments, CDATA sections, processing instructions, the DOCTYPE and its internal subset) in any
// charset that keeps ASCII's `<`, `>`, quotes and letters as single bytes: UTF-8, the ISO-8859
// and windows code pages, and the multi-byte Asian charsets, whose second bytes are never one of
// those. UTF-16, UTF-32 and EBCDIC are not; splittable() tells them apart.
//
// An item is an element named `item` (or `entry` under a root named `feed`), unprefixed or with
// the root's prefix, that is not inside another item. It ends at its end tag (nested items of
// its name counted), or, when it has none, where an element around it ends. Everything else (the
// prolog, the root, the channel, elements between and after the items) is the feed's own.
#ifndef FEEDPP_SRC_INPUT_ITEM_SPLITTER_HPP
#define FEEDPP_SRC_INPUT_ITEM_SPLITTER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace feedpp::detail {

class ItemSplitter {
 public:
  // What scan() found, in input order.
  enum class Event {
    none,        // more bytes are needed to go on
    root,        // the root's start tag is at [begin(), end()): the feed's kind is known
    item_start,  // an item starts at begin()
    item_end,    // the item ends at end()
  };

  // Whether a document that starts with `head` (its first bytes, at least 4 unless it is
  // shorter) can be split: an ASCII-compatible charset and markup first.
  [[nodiscard]] static bool splittable(std::string_view head) noexcept;

  // Whether an element of this name (any prefix) is a root whose items the splitter finds:
  // `rss`, `RDF` or `feed`.
  [[nodiscard]] static bool is_known_root(std::string_view name) noexcept;

  // Looks at `text`, the document's bytes from offset `base` on (everything from the last
  // position this returned onwards must still be there), until the next event; `at_end` when no
  // more bytes will come. Returns Event::none when it needs more bytes (or, at the end, when
  // there are no more events).
  Event scan(std::string_view text, std::size_t base, bool at_end);

  // The offset in the document where the scan goes on: bytes before it are no longer needed.
  [[nodiscard]] std::size_t position() const noexcept { return pos_; }
  // The offsets the last event refers to.
  [[nodiscard]] std::size_t begin() const noexcept { return begin_; }
  [[nodiscard]] std::size_t end() const noexcept { return end_; }
  [[nodiscard]] bool in_item() const noexcept { return in_item_; }
  // Whether the root is one whose items the splitter knows (rss, RDF, feed, with any prefix).
  [[nodiscard]] bool known_root() const noexcept { return known_root_; }

  // The start tags that an item's elements need around them to parse as they would in the
  // document: the root's and the channel's (with their namespace declarations), and the end tags
  // that close them, for the elements open where the last event happened.
  [[nodiscard]] std::string open_start_tags() const;
  // Changes whenever the elements open outside items do: the tags above stay the same until.
  [[nodiscard]] std::size_t open_version() const noexcept { return version_; }
  [[nodiscard]] std::string open_end_tags() const;
  // The end tags of every element open outside items, innermost first.
  [[nodiscard]] std::string all_end_tags() const;

 private:
  enum class Markup { incomplete, text, start_tag, end_tag, other };
  struct Open {
    std::string name;
    std::string start_tag;  // for the root and channel elements; "" for the rest
  };

  static Markup markup_at(std::string_view text, std::size_t i, std::size_t resume, bool at_end,
                          std::size_t& after, std::string_view& name, bool& self_closing);
  [[nodiscard]] bool is_item_name(std::string_view name) const noexcept;
  void close(std::string_view name);

  std::size_t pos_ = 0;  // document offset where scanning goes on
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool seen_root_ = false;
  bool known_root_ = false;
  bool in_item_ = false;
  std::size_t nesting_ = 0;  // items of the item's name open inside it
  std::string item_local_;   // "item" or "entry"
  std::string root_prefix_;  // with its colon, or ""
  std::string item_name_;    // the qualified name of the open item
  std::vector<Open> open_;   // elements open outside items
  std::size_t version_ = 0;  // counts the changes to open_
  std::size_t search_ = 0;   // document offset where to look for the end of markup again
  bool empty_item_ = false;  // an <item/> was reported started: its end comes next
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_INPUT_ITEM_SPLITTER_HPP
