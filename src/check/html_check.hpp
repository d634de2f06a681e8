// SPDX-License-Identifier: MIT
// The validator's checks of HTML in feeds: markup where plain text belongs (ContainsHTML and its
// kin), markup that may be unsafe where HTML belongs (SecurityRisk, DangerousStyleAttr, ...),
// markup that is not HTML (NotHtml), and relative links (ContainsRelRef). Linear in the text.
#ifndef FEEDPP_SRC_CHECK_HTML_CHECK_HPP
#define FEEDPP_SRC_CHECK_HTML_CHECK_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace feedpp::detail {

class Walker;
struct Frame;

// Who a finding about HTML is for: the element and the parent names to log.
struct HtmlSubject {
  std::string_view element;
  std::string_view parent;
};

// Plain text that holds HTML: an end tag of an HTML element, or an entity reference that was
// escaped (`&amp;amp;`), is logged as `code` (ContainsHTML, ContainsUndeclaredHTML, NotInline);
// RSS 2.0 text with `&#` or `<` gets CharacterData. `f` places the finding.
void check_plain_text(Walker& w, const Frame& f, std::string_view value, std::string_view code,
                      HtmlSubject who);

// HTML that should be safe to show: unknown tags (NotHtml), tags and attributes that may run
// code (SecurityRisk, SecurityRiskAttr), unsafe style (DangerousStyleAttr), broken markup; with
// `relative_refs`, relative URLs in <a href> and <img src> too (ContainsRelRef). One pass.
void check_html(Walker& w, const Frame& f, std::string_view html, HtmlSubject who,
                bool relative_refs = false);

// Appends to `out` what in a style attribute may be unsafe: the whole value when it is not a
// plain list of declarations, else each unknown property and each odd keyword of the box ones.
void unsafe_style(std::string_view style, std::vector<std::string>& out);

// What a name is, in the lists above: one lookup for all of them.
enum HtmlNameBit : std::uint16_t {
  kHtmlTag = 1,
  kAcceptableElement = 2,
  kAcceptableAttribute = 4,
  kCssProperty = 8,
  kCssKeyword = 16,
  kSvgElement = 32,
  kSvgAttribute = 64,
  kMathMlElement = 128,
  kMathMlAttribute = 256,
  kVoidElement = 512,      // written without an end tag (br, img, ...)
  kRawTextElement = 1024,  // content not markup (script, style, title, ...)
};
std::uint16_t html_name_bits(std::string_view name);
// The same, with the name's FNV-1a hash (32 bits) given by a caller that computed it already.
std::uint16_t html_name_bits(std::string_view name, std::uint32_t fnv1a);

bool is_html_tag(std::string_view lower);
bool is_acceptable_element(std::string_view lower);
bool is_acceptable_attribute(std::string_view lower);
bool is_acceptable_css_property(std::string_view property);
bool is_acceptable_css_keyword(std::string_view keyword);
bool is_svg_element(std::string_view name);
bool is_svg_attribute(std::string_view name);
bool is_mathml_element(std::string_view name);
bool is_mathml_attribute(std::string_view name);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_CHECK_HTML_CHECK_HPP
