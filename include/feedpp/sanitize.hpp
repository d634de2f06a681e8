// SPDX-License-Identifier: MIT
// Safe HTML from feeds. sanitize_html() parses a string of HTML the way a browser does (the
// HTML5 algorithm, in a <div>), keeps what an allow-list names and writes it back so that a
// browser parsing the result builds the same tree, with nothing in it able to run script.
// html_to_text() reads the same tree as plain text. Pure functions, thread-safe; they throw
// nothing but std::bad_alloc. Safety position: linear time and bounded memory for any input
// (see HtmlLimits), no recursion over the depth of the document.
#ifndef FEEDPP_SANITIZE_HPP
#define FEEDPP_SANITIZE_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"

namespace feedpp {

/// Budgets on the work of one call. What lies beyond a budget is left out, never an error:
///
/// | `HtmlLimits`       | default | beyond it                                                   |
/// |--------------------|---------|-------------------------------------------------------------|
/// | `max_input_bytes`  | 4 MiB   | the rest of the input is ignored (cut at a character)       |
/// | `max_depth`        | 256     | start tags that would nest deeper are dropped, content kept |
/// | `max_formatting`   | 32      | the same for `b`, `i`, `font`, `a`... open at once          |
/// | `max_attributes`   | 32      | later attributes of a tag are dropped                       |
/// | `max_memory_bytes` | 512 MiB | the parse is abandoned and the result is empty              |
///
/// The depth counts elements as they are open while the parser reads, so `<p>` after `<p>` is
/// one level, not two. With the defaults, the parser's time is linear in the input and its
/// memory a small multiple of it; `max_memory_bytes` is the hard stop behind that.
struct HtmlLimits {
  /// Default: 4 MiB. Requires: > 0.
  std::size_t max_input_bytes = std::size_t{4} << 20;
  /// Default: 256. Requires: >= 8.
  std::size_t max_depth = 256;
  /// Default: 32. Requires: <= max_depth.
  std::size_t max_formatting = 32;
  /// Default: 32.
  std::size_t max_attributes = 32;
  /// Default: 512 MiB.
  std::size_t max_memory_bytes = std::size_t{512} << 20;
};

/// What sanitize_html() keeps. A default-constructed value is Python feedparser's policy
/// (its element, attribute, CSS and URL-scheme lists, SVG and MathML included), with the floor
/// below; each list can be widened or narrowed by name:
///
/// | `SanitizeOptions`      | default | meaning                                                |
/// |------------------------|---------|--------------------------------------------------------|
/// | `base_url`             | ""      | relative URLs in `href`, `src`, ... resolve against it; ""
/// keeps them relative | | `extra_elements`       | {}      | elements kept besides feedparser's |
/// | `removed_elements`     | {}      | elements of feedparser's list not kept (content kept)  |
/// | `extra_attributes`     | {}      | attributes kept besides feedparser's (any element)     |
/// | `removed_attributes`   | {}      | attributes of feedparser's list not kept                |
/// | `extra_url_schemes`    | {}      | URL schemes kept besides feedparser's (`http`, `https`,
/// `mailto`, `ftp`, ...) | | `removed_url_schemes`  | {}      | schemes of that list not kept | |
/// `extra_css_properties` | {}      | `style` properties kept besides feedparser's            | |
/// `removed_css_properties` | {}    | properties of that list not kept                        | |
/// `drop_with_content`    | {}      | more elements dropped with everything inside them      | |
/// `svg`                  | true    | keep SVG (feedparser's SVG Tiny set); false drops it with its
/// content | | `mathml`               | true    | keep MathML; false drops it with its content | |
/// `style_attributes`     | true    | keep `style` attributes, filtered; false drops them     | |
/// `limits`               | see HtmlLimits | budgets on the work                             |
///
/// Names are matched as HTML writes them: lower case for HTML, as the SVG specification
/// spells them for SVG (`linearGradient`, `viewBox`). The floor, which no option lifts: no
/// `script`, `style`, `iframe`, `noscript`, `template` and other raw-text elements (dropped
/// with their content, as are `applet`, `object`'s ... no: `object` keeps its fallback
/// content); no `form`, `base`, `meta`, `link`, comments, processing instructions or
/// `<!DOCTYPE>`; no event handler (`on...`) attributes; no `javascript:`, `vbscript:` or
/// `data:` URL; no `url()`, `expression()`, `behavior` or `-moz-binding` in CSS.
struct SanitizeOptions {
  /// Default: "". Requires: empty or an absolute URL.
  std::string base_url;
  /// Default: none.
  std::vector<std::string> extra_elements;
  /// Default: none.
  std::vector<std::string> removed_elements;
  /// Default: none.
  std::vector<std::string> extra_attributes;
  /// Default: none.
  std::vector<std::string> removed_attributes;
  /// Default: none. Lower case, without the colon.
  std::vector<std::string> extra_url_schemes;
  /// Default: none.
  std::vector<std::string> removed_url_schemes;
  /// Default: none. Lower case.
  std::vector<std::string> extra_css_properties;
  /// Default: none.
  std::vector<std::string> removed_css_properties;
  /// Default: none (beyond the floor: `script`, `style`, `applet`, `iframe`, ...).
  std::vector<std::string> drop_with_content;
  /// Default: true.
  bool svg = true;
  /// Default: true.
  bool mathml = true;
  /// Default: true.
  bool style_attributes = true;
  /// Default: see HtmlLimits.
  HtmlLimits limits;
};

/// Returns `html` sanitized: parsed as HTML5 parses the content of a `<div>`, then written
/// back with only what `options` allows:
///   - an element not allowed is dropped and its content kept in its place; `script`,
///     `style`, `applet`, `iframe`, `noscript`, `noembed`, `noframes`, `xmp`, `plaintext`,
///     `template`, `frameset` and those in `drop_with_content` go with their content;
///   - an attribute not allowed, or named `on...`, is dropped; `style` keeps the declarations
///     whose property is allowed and whose value holds no `url(...)`, backslash or other
///     construct outside feedparser's CSS grammar; an element in the wrong namespace for
///     its place (what a browser would read back differently) goes with its content;
///   - a URL (`href`, `src`, `cite`, `action`, `background`, `poster`, `xlink:href`, ...) is
///     resolved against `base_url` in the attributes feedparser resolves, and emptied (`href=""`)
///     when its scheme is not allowed; in SVG only `<a>` may point outside the document;
///   - comments, `<!DOCTYPE>`, processing instructions and CDATA markers never survive
///     (`<![CDATA[` is written as text, as feedparser does).
/// The result is well-formed HTML: names in lower case (SVG's as SVG spells them),
/// attributes sorted by name and double-quoted, void elements as `<br />`, every other element
/// closed, `svg` and `math` with their `xmlns`. Character references are kept as written where
/// the text they stand for is unchanged (`&#38;`, `&amp;`); otherwise text is escaped (`&` and
/// `<`; in attributes also `>` and `"`). Invalid UTF-8 becomes U+FFFD. A browser parsing the
/// result builds the tree it describes, so sanitizing it again returns it unchanged. Linear
/// time; see HtmlLimits for what happens to input beyond the budgets.
[[nodiscard]] FEEDPP_API std::string sanitize_html(std::string_view html,
                                                   const SanitizeOptions& options = {});

/// Returns the text a reader sees in `html`, for previews, notifications and search: parsed as
/// sanitize_html() parses it, character references decoded, the content of `script`, `style`
/// and the other elements sanitize_html() drops with their content left out, runs of white
/// space collapsed to one space (but in `pre`), `<br>` and block elements (`p`, `div`, `li`,
/// `h1`, `tr`, ...) as line breaks, paragraphs separated by an empty line, table cells by a
/// space; no leading or trailing white space. The result is plain text, not HTML: escape it
/// before putting it into markup. Linear time.
[[nodiscard]] FEEDPP_API std::string html_to_text(std::string_view html,
                                                  const HtmlLimits& limits = {});

}  // namespace feedpp

#endif  // FEEDPP_SANITIZE_HPP
