// SPDX-License-Identifier: MIT
// The namespaces the W3C validator knows, each with the prefix it names elements by
// ("itunes_explicit"), and how it matches a document's namespace URI to them: without regard to
// case or to what follows the last word character, so that ".../dc/elements/1.1" is Dublin Core.
#ifndef FEEDPP_SRC_CHECK_NAMESPACES_HPP
#define FEEDPP_SRC_CHECK_NAMESPACES_HPP

#include <string_view>

namespace feedpp::detail {

inline constexpr std::string_view kAtomNs = "http://www.w3.org/2005/Atom";
inline constexpr std::string_view kAtom03Ns = "http://purl.org/atom/ns#";
inline constexpr std::string_view kRss10Ns = "http://purl.org/rss/1.0/";
inline constexpr std::string_view kRss090Ns = "http://my.netscape.com/rdf/simple/0.9/";
inline constexpr std::string_view kRss11Ns = "http://purl.org/net/rss1.1#";
inline constexpr std::string_view kRdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kXhtmlNs = "http://www.w3.org/1999/xhtml";
inline constexpr std::string_view kSvgNs = "http://www.w3.org/2000/svg";
inline constexpr std::string_view kMathMlNs = "http://www.w3.org/1998/Math/MathML";
inline constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";
inline constexpr std::string_view kThrNs = "http://purl.org/syndication/thread/1.0";
inline constexpr std::string_view kLinkModuleNs = "http://purl.org/rss/1.0/modules/link/";
inline constexpr std::string_view kIndexingNs = "urn:atom-extension:indexing";

// Returns the prefix the W3C validator gives namespace `uri` ("dc", "itunes"), matched loosely
// (see above); "" when it does not know it.
std::string_view known_prefix(std::string_view uri) noexcept;

// Returns the prefix the W3C validator gives `uri` when matched exactly, "" when none.
std::string_view exact_prefix(std::string_view uri) noexcept;

// Returns the namespace URI the W3C validator prefers for `prefix` (the first it lists), "" when
// the prefix is none of its own.
std::string_view preferred_uri(std::string_view prefix) noexcept;

// Returns the name of a namespace the W3C validator knows it does not check (Podcasting 2.0,
// Google Data, ...), "" for others.
std::string_view unsupported_namespace(std::string_view uri) noexcept;

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_CHECK_NAMESPACES_HPP
