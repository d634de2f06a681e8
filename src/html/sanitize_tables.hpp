// SPDX-License-Identifier: MIT
// The names the sanitizer's default policy is made of: Python feedparser's allow-lists (HTML,
// SVG and MathML elements and attributes, CSS properties and keywords, URL schemes) and the
// HTML facts the sanitizer needs besides (which attributes hold URLs, which elements are void).
// Lookups are binary searches in sorted tables; names are matched exactly (HTML's in lower
// case, SVG's as SVG spells them).
#ifndef FEEDPP_SRC_HTML_SANITIZE_TABLES_HPP
#define FEEDPP_SRC_HTML_SANITIZE_TABLES_HPP

#include <string_view>

namespace feedpp::detail {

// feedparser's lists.
bool is_default_html_element(std::string_view name) noexcept;
bool is_default_html_attribute(std::string_view name) noexcept;
bool is_default_svg_element(std::string_view name) noexcept;
bool is_default_svg_attribute(std::string_view name) noexcept;
bool is_default_mathml_element(std::string_view name) noexcept;
bool is_default_mathml_attribute(std::string_view name) noexcept;
bool is_default_css_property(std::string_view name) noexcept;
bool is_default_svg_css_property(std::string_view name) noexcept;
bool is_css_keyword(std::string_view word) noexcept;
bool is_default_url_scheme(std::string_view scheme) noexcept;

// Returns true when any of the lists above has `name` as an attribute, compared in ASCII lower
// case (SVG's `viewBox` as `viewbox`): the attributes worth handing to the parser at all.
bool is_any_default_attribute(std::string_view lower_name) noexcept;

// Returns true when the attribute `name` holds a URL (or a list of them) wherever it appears:
// href, src, cite, action, background, poster, xlink:href, ...
bool is_url_attribute(std::string_view name) noexcept;

// feedparser's _RelativeURIResolver.relative_uris: the (element, attribute) pairs whose
// relative URL is resolved against the base (a href, img src, blockquote cite, ...).
bool is_resolved_url_attribute(std::string_view element, std::string_view attribute) noexcept;

// HTML's void elements (br, img, ...) and the obsolete ones parsers still treat so
// (basefont, bgsound, keygen, menuitem, ...): written `<br />`, never with an end tag.
bool is_void_element(std::string_view name) noexcept;

// Elements dropped with everything inside them whatever the options say: raw text a browser
// does not parse as markup (script, style, xmp, iframe, noembed, noframes, noscript, plaintext),
// template, and what frames and applets hold.
bool is_dropped_with_content(std::string_view name) noexcept;

// Elements never kept whatever the options say (their content is): forms and what belongs in
// a document's head.
bool is_never_kept(std::string_view name) noexcept;

// Schemes never allowed whatever the options say.
bool is_forbidden_url_scheme(std::string_view scheme) noexcept;

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_HTML_SANITIZE_TABLES_HPP
