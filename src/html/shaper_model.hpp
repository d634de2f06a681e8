// SPDX-License-Identifier: MIT
// The shaper's model of HTML 5's stack of open elements (§13.2.4.3), fed with the scanner's
// tokens, writing the token stream gumbo parses (see shaper.hpp for why and what it writes).
// It follows gumbo 0.10.1's tree construction where that decides what is pushed and popped:
// the "in body", table, row, cell, caption, column group and select insertion modes, foreign
// content with its integration points and breakout tags, and the adoption agency's effect on
// the stack. The insertion mode is read off the stack, as "reset the insertion mode
// appropriately" does.
#ifndef FEEDPP_SRC_HTML_SHAPER_MODEL_HPP
#define FEEDPP_SRC_HTML_SHAPER_MODEL_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html/shaper.hpp"
#include "html/shaper_scanner.hpp"
#include "html/shaper_tags.hpp"

namespace feedpp::detail {

class ShaperModel {
 public:
  ShaperModel(const ShapeLimits& limits, std::string& out) : limits_(limits), out_(out) {}

  void text(std::string_view text);
  void start_tag(const ShapeToken& token);
  void end_tag(std::string_view name);
  void rcdata(const ShapeToken& token);

 private:
  enum class Ns : std::uint8_t { html, svg, math };
  enum class Mode : std::uint8_t {
    body,
    table,
    table_body,
    row,
    cell,
    caption,
    column_group,
    select,
    select_in_table
  };
  enum class Scope : std::uint8_t { normal, button, list_item, table, select };
  enum class Step : std::uint8_t { done, again, body };  // what a mode's handler leaves to do

  struct Entry {
    std::string name;  // as written to gumbo: ASCII lower case
    Tag tag = Tag::other;
    Ns ns = Ns::html;
    std::uint16_t flags = 0;  // kSpecial, kScope, kFormatting, kImpliedEnd, kMarker
    bool html_point = false;  // HTML integration point: SVG foreignObject/desc/title, ...
    bool math_text = false;   // MathML text integration point: mi, mo, mn, ms, mtext
    Mode mode = Mode::body;   // the insertion mode with this element and those below open
    bool renamed = false;     // written to gumbo as kRenamedPrefix + name (see push())
  };

  // Output.
  void write_start(const ShapeToken& token, bool slash);
  void write_end(std::string_view name, bool implied = false);
  void write_text(std::string_view text);
  void write_ignored(std::string_view name, bool end);
  void write_escaped(std::string_view text, char c, std::string_view escape);

  // The stack.
  bool push(const ShapeToken& token, const TagInfo& info, Ns ns);
  bool push_implied(std::string_view name);
  // Pops the elements from `index` up, writing their end tags; `by_its_end_tag` when the
  // element at `index` is closed by its own end tag, which the input had.
  void pop_to(std::size_t index, bool by_its_end_tag = false);
  void remove_at(std::size_t index);
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);  // no such index
  // The index of the nearest `tag` open in `scope`, or kNone.
  [[nodiscard]] std::size_t find_in_scope(Tag tag, Scope scope) const noexcept;
  [[nodiscard]] bool may_hold(std::string_view name) const noexcept;
  void count(const Entry& e, int delta) noexcept;
  [[nodiscard]] bool ends_scope(const Entry& entry, Scope scope) const noexcept;
  [[nodiscard]] bool top_is(Tag tag) const noexcept;
  [[nodiscard]] Mode mode() const noexcept;
  [[nodiscard]] bool foreign_context(std::string_view name) const noexcept;
  void close_p();
  void generate_implied_end_tags(Tag except);
  void clear_to(std::initializer_list<Tag> context);

  // Start tags by insertion mode.
  void start_foreign(const ShapeToken& token, const TagInfo& info);
  void start_html(const ShapeToken& token, const TagInfo& info);
  Step start_in_table(const ShapeToken& token, const TagInfo& info);
  Step start_in_table_body(const ShapeToken& token, const TagInfo& info);
  Step start_in_row(const ShapeToken& token, const TagInfo& info);
  Step start_in_select(const ShapeToken& token, const TagInfo& info, bool in_table);
  void start_in_body(const ShapeToken& token, const TagInfo& info);
  void start_list_item(const ShapeToken& token, const TagInfo& info);
  void close_formatting_twin(Tag tag);
  [[nodiscard]] static bool ignored_in_body(Tag tag) noexcept;
  void start_element(const ShapeToken& token, const TagInfo& info);

  // End tags.
  void end_html(std::string_view name, const TagInfo& info);
  void end_in_body(std::string_view name, const TagInfo& info);
  void end_formatting(std::string_view name);
  void end_any_other(std::string_view name);

  const ShapeLimits& limits_;
  std::string& out_;
  std::vector<Entry> stack_;
  // How many entries of each HTML tag, and of each hash of a name, the stack holds: most
  // searches of the stack stop here, so that a deep stack costs time only when it holds what
  // is looked for.
  std::array<std::uint16_t, static_cast<std::size_t>(Tag::tr) + 1> tag_counts_{};
  std::array<std::uint16_t, 64> name_counts_{};
  std::size_t formatting_ = 0;      // formatting elements on the stack
  bool open_reference_ = false;     // the output ends in what a reference could go on from
  std::size_t template_depth_ = 0;  // > 0 inside <template>, whose content is left out
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_HTML_SHAPER_MODEL_HPP
