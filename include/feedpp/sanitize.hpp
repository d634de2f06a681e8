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
// clang-format off
/// | `HtmlLimits`       | default | beyond it                                                   |
/// |--------------------|---------|-------------------------------------------------------------|
/// | `max_input_bytes`  | 4 MiB   | the rest of the input is ignored (cut at a character)       |
/// | `max_depth`        | 256     | start tags that would nest deeper are dropped, content kept |
/// | `max_formatting`   | 32      | the same for `b`, `i`, `font`, `a`, ... open at once        |
/// | `max_attributes`   | 32      | a tag's later attributes are dropped                        |
/// | `max_memory_bytes` | 512 MiB | the parse is abandoned and the result is empty              |
// clang-format on
///
/// The depth counts elements as they are open while the parser reads, so a p after a p is
/// one level, not two. With these budgets the parser's time is linear in the input and its
/// memory a multiple of it (about 80 times at worst, for a tag every four bytes);
/// `max_memory_bytes` is the hard stop behind that.
struct HtmlLimits {
  /// Default: 4 MiB. Requires: > 0.
  std::size_t max_input_bytes = std::size_t{4} << 20;
  /// Default: 256. Requires: > 0.
  std::size_t max_depth = 256;
  /// Default: 32. Requires: <= max_depth.
  std::size_t max_formatting = 32;
  /// Default: 32.
  std::size_t max_attributes = 32;
  /// Default: 512 MiB.
  std::size_t max_memory_bytes = std::size_t{512} << 20;
};

/// What sanitize_html() keeps. A default-constructed value is Python feedparser's policy (its
/// HTML, SVG and MathML element and attribute lists, CSS properties and URL schemes; the lists
/// are in src/html/sanitize_tables.cpp and the README), under the floor below; each list can
/// be widened or narrowed by name:
///
// clang-format off
/// | `SanitizeOptions`        | default | meaning                                               |
/// |--------------------------|---------|-------------------------------------------------------|
/// | `base_url`               | ""      | relative URLs (a href, img src, ...) resolve against it |
/// | `extra_elements`         | {}      | elements kept besides feedparser's                    |
/// | `removed_elements`       | {}      | elements not kept after all (their content is)        |
/// | `extra_attributes`       | {}      | attributes kept besides feedparser's, on any element  |
/// | `removed_attributes`     | {}      | attributes not kept after all                         |
/// | `extra_url_schemes`      | {}      | URL schemes kept besides feedparser's (http, mailto, ...) |
/// | `removed_url_schemes`    | {}      | URL schemes not kept after all                        |
/// | `extra_css_properties`   | {}      | `style` properties kept besides feedparser's          |
/// | `removed_css_properties` | {}      | `style` properties not kept after all                 |
/// | `drop_with_content`      | {}      | more elements dropped with all they contain           |
/// | `svg`                    | true    | keep SVG; false drops it with its content             |
/// | `mathml`                 | true    | keep MathML; false drops it with its content          |
/// | `style_attributes`       | true    | keep `style` attributes, filtered; false drops them   |
/// | `limits`                 | HtmlLimits{} | budgets on the work                              |
// clang-format on
///
/// Names are matched as HTML writes them: lower case for HTML, as SVG spells them for SVG
/// (`linearGradient`, `viewBox`). The floor, which no option lifts: raw-text elements
/// (`script`, `style`, `iframe`, `noscript`, `noembed`, `noframes`, `xmp`, `plaintext`),
/// `template`, `applet`, `frame` and `frameset` go with their content; `form`, `base`, `meta`,
/// `link` and the document's `html`, `head`, `body`, `title` are never kept (their content
/// is); comments, `<!DOCTYPE>` and processing instructions never survive; nor do `on...`,
/// `srcdoc` and `formaction` attributes, `javascript:`, `vbscript:` and `data:` URLs, or CSS
/// that calls a function (but `rgb()`), loads a URL or escapes characters.
struct SanitizeOptions {
  /// Default: "". Requires: empty or an absolute URL (resolve_url()'s `base`).
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
  /// Default: none (beyond the floor).
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

/// Returns `html` sanitized: parsed as HTML5 parses the content of a `div` element (gumbo
/// under a pass that bounds its work), then written back with only what `options` allows:
///   - an element not allowed is dropped and its content kept in its place; the floor's
///     (script, style, iframe, ...) and `drop_with_content`'s go with their content; so does an
///     element a browser would read into another namespace than it is in (mutation XSS), and
///     SVG animation that would set a link or a handler;
///   - an attribute not allowed is dropped; `style` keeps the declarations feedparser's CSS
///     rules keep (allowed property, value of plain words, numbers and colours);
///   - a URL (`href`, `src`, `cite`, `action`, `background`, `poster`, `xlink:href`, ...) is
///     resolved against `base_url` where feedparser resolves it, and emptied (`href=""`) when
///     its scheme is not allowed; in SVG only an `a` element may point outside the document;
///   - comments, DOCTYPEs and processing instructions never survive; a CDATA section opener
///     is written as text, as feedparser does;
///   - the tags of a table part (`caption`, `tr`, `td`, ...) outside any table, which HTML
///     ignores, are written where they stood, without attributes, as feedparser keeps them: a
///     browser ignores them again.
/// The result is well-formed HTML: names in lower case (SVG's as SVG spells them), attributes
/// sorted by name and double-quoted, void elements written `br /`-style, every other element
/// closed, `svg` and `math` with their `xmlns`. Character references are kept as written where
/// the text they stand for is the same (`&#38;`, `&rsquo;`); other text is escaped (`&` and
/// less-than; in attributes also greater-than and `"`). Invalid UTF-8 becomes U+FFFD. A
/// browser parsing the result builds the tree it describes, so sanitizing it again returns it
/// unchanged. Linear time; HtmlLimits says what happens to input beyond the budgets.
[[nodiscard]] FEEDPP_API std::string sanitize_html(std::string_view html,
                                                   const SanitizeOptions& options = {});

/// Returns the text a reader sees in `html`, for previews, notifications and search: parsed as
/// sanitize_html() parses it, character references decoded, what sanitize_html() drops with
/// its content left out (and `title`, `select`), runs of white space collapsed to one space
/// (but in `pre`), line breaks for `br` and block elements (`div`, `li`, `tr`, ...), an empty
/// line around paragraphs, headings, lists, tables and quotes, a space between table cells;
/// no white space at either end. The result is plain text, not HTML: escape it before putting
/// it into markup. Linear time.
[[nodiscard]] FEEDPP_API std::string html_to_text(std::string_view html,
                                                  const HtmlLimits& limits = {});

}  // namespace feedpp

#endif  // FEEDPP_SANITIZE_HPP
