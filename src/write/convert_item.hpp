// SPDX-License-Identifier: MIT
// convert()'s work on one item (convert.cpp), for StreamConverter, which converts a feed's items
// as they are read.
#ifndef FEEDPP_SRC_WRITE_CONVERT_ITEM_HPP
#define FEEDPP_SRC_WRITE_CONVERT_ITEM_HPP

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "feedpp/diagnostics.hpp"
#include "feedpp/model.hpp"

namespace feedpp::detail {

// Whether a feed read in `source` is written in `target` as read, with no conversion.
bool written_as_read(Format target, Format source);

// The URL a feed's relative URLs stand on when it is converted to RSS, which has no xml:base:
// `base_url` (the document's own, ConvertOptions::base_url), else the feed's absolute web link,
// the nearest there is; "" when neither is known.
std::string rss_document_url(const Feed& feed, std::string_view base_url);

// Readies Feed::extensions of a feed read in another family for `target` as convert() does
// (JSON Feed has no place for them, Atom none for those in no namespace); appends the notes to
// `notes`.
void beside_channel(Format target, std::vector<Extension>& extensions,
                    std::vector<Diagnostic>& notes);

// The guids of the items converted so far, as hashes: RSS 2.0's guids are unique, while Atom
// allows an entry's revisions one id. A hash an item, not its id's text.
class SeenGuids {
 public:
  // Returns false when `guid` was seen before.
  bool insert(std::string_view guid) {
    return seen_.insert(std::hash<std::string_view>{}(guid)).second;
  }

 private:
  std::unordered_set<std::size_t> seen_;
};

// Converts `item`, the `index`th of a feed read in `source`, for `target` as convert() does,
// `channel` being the feed's channel converted, `channel_base` the base its relative URLs stand
// on (channel_base()) and `seen` the guids of the items before it; appends the notes to `notes`.
void convert_item(Format source, Format target, const Channel& channel,
                  std::string_view channel_base, Item& item, std::size_t index, SeenGuids& seen,
                  std::vector<Diagnostic>& notes);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_CONVERT_ITEM_HPP
