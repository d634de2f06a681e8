// SPDX-License-Identifier: MIT
// parse() of a large document item by item (the streaming parser's reading, in stream.cpp), so
// that the document's copy and pugixml's tree are never held whole beside the model: only the
// items of a few hundred KiB are at a time.
#ifndef FEEDPP_SRC_READ_PARSE_BY_ITEMS_HPP
#define FEEDPP_SRC_READ_PARSE_BY_ITEMS_HPP

#include <optional>
#include <string_view>

#include "feedpp/parse.hpp"

namespace feedpp::detail {

// Documents from this size on are read so. What it saves is the document's copy and tree, about
// its size again and more; what it costs is splitting the bytes into items and copying each part
// once more: nothing on the benchmark's large feeds of long texts, a tenth to a fifth more time on
// its smaller ones of many short elements (bench/README, "Reading large documents item by item").
inline constexpr std::size_t kParseByItemsFrom = std::size_t{8} << 20;

// Reads `bytes` (inflated already, and within options.limits.max_input_bytes) as parse() reads
// them whole, diagnostics included, or returns nullopt where the two could differ in anything,
// the feed's presentation included. It gives up on a part that says more than a warning of the
// readers on what the part holds (an error, say, whose repair could differ from the whole's; a
// warning in a document whose offsets are not its bytes', UTF-8 without a BOM; more of one
// code than the log keeps), reads in another charset, spells a name in another case or holds
// another number of items than the splitter saw; on a document the splitter cannot split, with
// markup between or after the items but comments after the root, one that does not end with
// its root's end tag, or with more items than options.limits.max_items; on gzip data (not
// inflated again). The caller then reads the document whole.
std::optional<ParseResult> parse_by_items(std::string_view bytes, const ParseOptions& options);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_READ_PARSE_BY_ITEMS_HPP
