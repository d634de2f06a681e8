// SPDX-License-Identifier: MIT
// The typed vocabularies of a channel and an item (include/feedpp/ext/), read the same way in
// RSS and Atom: each reader hands over the children it does not type itself.
#ifndef FEEDPP_SRC_READ_VOCABULARIES_HPP
#define FEEDPP_SRC_READ_VOCABULARIES_HPP

#include <cstddef>
#include <optional>

#include "feedpp/model.hpp"
#include "read/walk.hpp"

namespace feedpp::detail {

// Reads `node` (entered, named `q`), a child of `channel` at `depth`, into the part of the
// channel its vocabulary has. Returns the entry to record in the channel's order, or nothing
// when the node is to be kept as an extension (an unknown name, a shape that does not fit, a
// repeated single element).
std::optional<ChannelElement> read_channel_vocabulary(ReadContext& ctx, const pugi::xml_node& node,
                                                      const QName& q, Channel& channel,
                                                      std::size_t depth);

// The same for a child of an item.
std::optional<ItemElement> read_item_vocabulary(ReadContext& ctx, const pugi::xml_node& node,
                                                const QName& q, Item& item, std::size_t depth);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_READ_VOCABULARIES_HPP
