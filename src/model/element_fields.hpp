// SPDX-License-Identifier: MIT
// What the entries of a channel's or an item's ElementOrder stand for: which field each names,
// whether that field is a list, and how many values it holds. Writers and readers share these so
// that they agree on what an order means.
#ifndef FEEDPP_SRC_ELEMENT_FIELDS_HPP
#define FEEDPP_SRC_ELEMENT_FIELDS_HPP

#include <cstddef>

#include "feedpp/model.hpp"

namespace feedpp::detail {

// The field an entry fills: dc_date and dcterms_modified both fill last_build_date, etc.
ChannelElement field_of(ChannelElement element) noexcept;
ItemElement field_of(ItemElement element) noexcept;

// Whether the field holds a list (links, categories, authors, ...).
bool is_list(ChannelElement field) noexcept;
bool is_list(ItemElement field) noexcept;

// The number of values `field` holds: its size for lists, 1 or 0 for single values.
std::size_t value_count(const Channel& channel, ChannelElement field) noexcept;
std::size_t value_count(const Item& item, ItemElement field) noexcept;

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_ELEMENT_FIELDS_HPP
