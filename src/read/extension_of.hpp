// SPDX-License-Identifier: MIT
// An element the model does not name, kept as an Extension tree.
#ifndef FEEDPP_SRC_READ_EXTENSION_OF_HPP
#define FEEDPP_SRC_READ_EXTENSION_OF_HPP

#include <cstddef>

#include "feedpp/model.hpp"
#include "read/walk.hpp"

namespace feedpp::detail {

// Returns `element` as an Extension tree (iteratively; deeper than the depth limit is cut).
// `depth` is the element's depth in the document, the root being 1. The caller has entered
// `element`'s namespace declarations.
Extension extension_of(ReadContext& ctx, const pugi::xml_node& element, std::size_t depth);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_READ_EXTENSION_OF_HPP
