// SPDX-License-Identifier: MIT
// The values of elements: their text, as a URL, as a date, or their content as markup.
#ifndef FEEDPP_SRC_READ_TEXT_OF_HPP
#define FEEDPP_SRC_READ_TEXT_OF_HPP

#include <string>

#include "feedpp/model.hpp"
#include "read/walk.hpp"

namespace feedpp::detail {

// Returns the character data of `element` (text and CDATA in order, entities decoded), cut at
// ParseLimits::max_text_bytes.
std::string text_of(ReadContext& ctx, const pugi::xml_node& element);

// A URL or identifier element: its text without surrounding whitespace.
std::string url_of(ReadContext& ctx, const pugi::xml_node& element);

// Reads a date element: its text as written and, when parse_date() can read it, its value;
// otherwise a bad_date warning.
Date date_of(ReadContext& ctx, const pugi::xml_node& element);

// Returns the content of `element` serialized as XML markup (its children, not itself): what an
// XHTML or inline-markup text construct holds. The form is canonical, so that the writers'
// output reads back the same: XHTML elements (and HTML ones in no namespace) unprefixed and
// undeclared, an element of another namespace (SVG) unprefixed and declaring it as its default,
// prefixed attributes declaring their prefix where first used. Deeper than the depth limit is
// skipped.
std::string markup_of(ReadContext& ctx, const pugi::xml_node& element);

// Returns the content of `element` as an HTML string: child elements serialized as markup (as
// markup_of does), text as it is. For HTML content that mixes escaped markup (text) with inline
// elements, as some feeds do: both end up as the markup they stand for.
std::string html_of(ReadContext& ctx, const pugi::xml_node& element);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_READ_TEXT_OF_HPP
