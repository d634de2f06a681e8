// SPDX-License-Identifier: MIT
// The parts of an item's view that come from one vocabulary each: Media RSS, where (GeoRSS, GML,
// W3C geo) and Podlove chapters.
#ifndef FEEDPP_SRC_VIEW_VIEW_VOCABULARIES_HPP
#define FEEDPP_SRC_VIEW_VIEW_VOCABULARIES_HPP

#include <optional>

#include "feedpp/view.hpp"

namespace feedpp::detail {

// What Media RSS says of an item: its elements and its groups', in document order.
MediaView media_view(const MediaItem& media);

// The first geometry `geo` names, in GeoJSON order; nothing when there is no geo part.
std::optional<GeoView> where_view(const Geo* geo);

// Podlove chapters, with their starts in milliseconds.
ChaptersView chapters_view(const SimpleChapters& chapters);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_VIEW_VIEW_VOCABULARIES_HPP
