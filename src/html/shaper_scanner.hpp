// SPDX-License-Identifier: MIT
// The tokenizer under shape_html(): HTML 5 §13.2.5 as far as it decides where markup begins
// and ends (tag open, tag and attribute names, the three kinds of attribute value, self-closing
// tags, comments with `--!>` and `<!-->`, bogus comments, DOCTYPE, end of input in a tag), so
// that every tag a browser would see, the shaper sees too. Unlike html_tokenizer.hpp (which
// follows feedparser's sgmllib), it reads what a browser reads:
//   - comments, DOCTYPE, processing instructions and bogus comments are skipped;
//   - script (with its escaped states), style, xmp, iframe, noembed, noframes and noscript are
//     skipped with their content and end tag, plaintext with the rest of the input: raw text
//     never reaches the parser, in whatever namespace it would have been;
//   - title and textarea come as one rcdata token (start tag plus content) whose end tag is
//     consumed with it;
//   - `<![CDATA[` is text, as feedparser makes it; so is any `<` that starts no markup.
// Only attributes that `keep` accepts (or a null `keep`: none) are reported, with those that
// change how HTML parses (`encoding`, and font's `color`, `face`, `size`), the first of each
// name, at most `max_attributes` of them. Linear time, no recursion; views point into the input or
// into the scanner and live until the next call to next().
#ifndef FEEDPP_SRC_HTML_SHAPER_SCANNER_HPP
#define FEEDPP_SRC_HTML_SHAPER_SCANNER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace feedpp::detail {

enum class ShapeTokenKind {
  text,       // character data, as written (may hold `<` that starts no markup)
  start_tag,  // name, attributes, self_closing
  end_tag,    // name
  rcdata,     // <title> or <textarea>: name, attributes, and the content in `text`
};

struct ShapeAttribute {
  std::string_view name;   // ASCII lower case
  std::string_view value;  // as written, without quotes; references not decoded
};

struct ShapeToken {
  ShapeTokenKind kind = ShapeTokenKind::text;
  std::string_view text;
  std::string_view name;  // ASCII lower case
  std::vector<ShapeAttribute>* attributes = nullptr;
  bool self_closing = false;
};

// Decides whether an attribute (by its lower-case name) is worth passing on.
class AttributeFilter {
 public:
  virtual ~AttributeFilter() = default;
  [[nodiscard]] virtual bool keep(std::string_view lower_name) const = 0;
};

class ShapeScanner {
 public:
  // Requires: `input` outlives the scanner.
  ShapeScanner(std::string_view input, std::size_t max_attributes, const AttributeFilter* keep)
      : input_(input), max_attributes_(max_attributes), keep_(keep) {}

  // Reads the next token into `token`; returns false at the end of the input.
  bool next(ShapeToken& token);

 private:
  std::size_t scan_tag(std::size_t lt, bool end_tag, bool store);
  std::size_t skip_markup(std::size_t lt);
  std::size_t raw_text_end(std::size_t from, std::string_view name) const noexcept;
  std::size_t script_end(std::size_t from) const noexcept;
  std::size_t after_end_tag(std::size_t lt);
  void add_attribute(std::size_t name_begin, std::size_t name_end, std::string_view value);
  bool finish_start_tag(ShapeToken& token, std::size_t end);

  std::string_view input_;
  std::size_t pos_ = 0;
  std::size_t max_attributes_;
  const AttributeFilter* keep_;
  std::string name_;                        // the tag name in lower case
  std::string names_;                       // kept attribute names in lower case, back to back
  std::vector<std::size_t> name_ends_;      // where each ends in names_
  std::vector<std::string_view> values_;    // their values
  std::vector<ShapeAttribute> attributes_;  // views into names_ and the input
  bool self_closing_ = false;
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_HTML_SHAPER_SCANNER_HPP
