// SPDX-License-Identifier: MIT
// The reader's view of a parsed feed: what a feed reader shows, whatever the format the feed was
// written in. The model (model.hpp) keeps the document as written; the functions here read it
// the way a reader means it (RSS <link> or Atom's alternate link, pubDate or updated, URLs made
// absolute). They never change what the parser read unless asked to (resolve_urls()).
//
// All functions are thread-safe on distinct arguments and never throw but std::bad_alloc.
#ifndef FEEDPP_VIEW_HPP
#define FEEDPP_VIEW_HPP

#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/model.hpp"

namespace feedpp {

/// Returns the channel's self-reference (the <atom:link rel="self"> of RSS, the <link rel="self">
/// of Atom): where the feed itself can be fetched. Null when there is none.
[[nodiscard]] FEEDPP_API const Link* self_link(const Channel& channel) noexcept;

/// Returns the URL of the web page a channel stands for, whatever the format: RSS <link>, else
/// the first alternate link. "" when there is none.
[[nodiscard]] FEEDPP_API std::string_view alternate_link(const Channel& channel) noexcept;

/// Returns the URL of the web page an item stands for, whatever the format: RSS <link>, else the
/// first alternate link, else an RSS guid that is a permalink. "" when there is none.
[[nodiscard]] FEEDPP_API std::string_view alternate_link(const Item& item) noexcept;

/// Returns the item's date, whatever the format: pub_date (RSS pubDate, Atom published), else
/// updated. Null when the item has neither.
[[nodiscard]] FEEDPP_API const Date* item_date(const Item& item) noexcept;

/// Rewrites the URLs of `feed` as a reader needs them: each relative URL (links, enclosures,
/// images, ids that are URLs, person URIs, comments, source URLs, and the href/src attributes in
/// HTML and XHTML text) is resolved per RFC 3986 against the xml:base in scope where it was
/// written, itself resolved against `document_url`. An xml:base with a script scheme
/// (javascript:, vbscript:, data:) is ignored. Absolute URLs are left alone.
FEEDPP_API void resolve_urls(Feed& feed, std::string_view document_url);

}  // namespace feedpp

#endif  // FEEDPP_VIEW_HPP
