// SPDX-License-Identifier: MIT
// A pull tokenizer for the HTML fragments found in feeds, shared by the URL resolver and the
// sanitizer. It splits markup into tokens the way a browser would (tolerant of stray `<`,
// unquoted or unterminated attribute values, unclosed markup) but builds no tree: tags are
// reported as written, never balanced. Safety position: linear time in the input, no recursion,
// never reads outside the input; the only allocations are two buffers reused from token to token.
//
// Every view in a token points into the input or into the tokenizer, so a token is valid until
// the next call to next() and while the input lives. A tokenizer is not thread-safe; use one per
// thread (they are cheap).
//
// Tokenization rules (each is what browsers do unless marked *):
//   - `<` starts markup only when followed by an ASCII letter (start tag), by `/` and a letter
//     (end tag), or by `!` or `?`. Any other `<` is text, and so is `</>` (*browsers drop it).
//   - Tag and attribute names run to whitespace, `/` or `>` (an attribute name also to `=`);
//     they are reported in ASCII lower case.
//   - Attribute values may be double-quoted, single-quoted or unquoted; an unquoted value runs to
//     whitespace or `>`. `name=` followed by `>` has an empty value.
//   - * A quoted value with no closing quote anywhere in the rest of the input ends at the next
//     `>`, which also ends the tag (a browser would swallow the rest of the document).
//   - A `/` between attributes is ignored; `/>` at the end of a start tag sets self_closing.
//   - End tags are reported without their attributes.
//   - `<!--` opens a comment that ends at the first `-->` after it (* `--!>` does not end it, and
//     `<!-->` is not an empty comment). `<![CDATA[` opens a CDATA section that ends at `]]>`. Any
//     other `<!` is a declaration, and `<?` a processing instruction, both ending at the next `>`.
//   - After a start tag (not self-closing) for script, style, xmp, iframe, noembed or noframes,
//     everything up to the matching end tag (`</name` + whitespace, `/` or `>`, any case) is one
//     raw_text token; for title and textarea it is one text token (references still count
//     there, tags do not); after plaintext, the rest of the input is raw_text. * A self-closing
//     `<script/>` opens no raw text: feeds write XHTML.
//   - * Markup that is not closed by the end of input (a tag, comment, CDATA section, declaration
//     or PI) makes everything from its `<` to the end one text token.
//   - Character references are not decoded; html_reference_length() finds them.
#ifndef FEEDPP_SRC_HTML_TOKENIZER_HPP
#define FEEDPP_SRC_HTML_TOKENIZER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace feedpp::detail {

enum class HtmlTokenKind {
  text,                    // character data; may hold references and stray `<`
  raw_text,                // content of script, style, ...: copy it verbatim or drop it, since
                           // escaping would change it and it must never leave its element
  start_tag,               // <name attr="value" ...> or <name .../>
  end_tag,                 // </name>
  comment,                 // <!--content-->
  declaration,             // <!content>, e.g. <!DOCTYPE html>
  processing_instruction,  // <?content>
  cdata,                   // <![CDATA[content]]>
};

struct HtmlAttribute {
  std::string_view name;      // ASCII lower case
  std::string_view raw_name;  // as written
  std::string_view value;     // as written, quotes removed, references not decoded; "" if no value
  bool has_value = false;     // false for a bare `<input checked>`
};

// The attributes of a start tag, in source order, duplicates included.
struct HtmlAttributes {
  const HtmlAttribute* first = nullptr;
  std::size_t count = 0;

  const HtmlAttribute* begin() const noexcept { return first; }
  const HtmlAttribute* end() const noexcept { return first + count; }
  std::size_t size() const noexcept { return count; }
  bool empty() const noexcept { return count == 0; }
  const HtmlAttribute& operator[](std::size_t i) const noexcept { return first[i]; }
};

struct HtmlToken {
  HtmlTokenKind kind = HtmlTokenKind::text;
  std::string_view raw;       // the whole token as written; never empty
  std::string_view name;      // start_tag and end_tag: the tag name in ASCII lower case
  std::string_view content;   // text and raw_text: == raw; comment, declaration, PI, cdata: the
                              // part between the delimiters; tags: empty
  HtmlAttributes attributes;  // start_tag only
  bool self_closing = false;  // start_tag written as <name .../>
};

class HtmlTokenizer {
 public:
  // Requires: `input` outlives the tokenizer and every token it produces.
  explicit HtmlTokenizer(std::string_view input) noexcept : input_(input) {}

  // Reads the next token into `token` and returns true, or returns false at the end of input.
  // The tokens' raw views are adjacent and cover the input exactly.
  bool next(HtmlToken& token);

 private:
  enum class Scan { markup, not_markup, unterminated };

  Scan scan_markup(std::size_t lt, HtmlToken& token);
  Scan scan_tag(std::size_t lt, bool end_tag, HtmlToken& token);
  Scan scan_delimited(std::size_t lt, std::size_t open_len, std::string_view close,
                      HtmlTokenKind kind, HtmlToken& token);
  std::size_t find_quote(char quote, std::size_t from) noexcept;
  std::size_t find_raw_text_end(std::size_t from) const noexcept;
  void lower_names(HtmlToken& token);

  std::string_view input_;
  std::size_t pos_ = 0;
  HtmlToken pending_;  // markup found after text; returned by the next call
  bool has_pending_ = false;
  std::string_view raw_text_tag_;    // set after a start tag whose content is raw text
  bool raw_text_escapable_ = false;  // title and textarea: the content is reported as text
  bool no_double_quote_ = false;     // no `"` after the last failed search: never search again
  bool no_single_quote_ = false;
  std::vector<HtmlAttribute> attributes_;
  std::string lowered_;  // lower-cased names that were not lower case as written
};

// Returns the length of the character reference (`&name;`, `&#123;`, `&#x1F;`, `&#X1f;`) that
// starts at `text[pos]`, or 0 when none does (a bare `&`). Any ASCII letter followed by letters
// and digits counts as a name, known entity or not; the `;` is required.
std::size_t html_reference_length(std::string_view text, std::size_t pos) noexcept;
}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_HTML_TOKENIZER_HPP
