// SPDX-License-Identifier: MIT
#include "html/shaper_model.hpp"

#include "base/ascii.hpp"

namespace feedpp::detail {
namespace {

std::size_t name_hash(std::string_view name) noexcept {
  std::size_t h = 2166136261u;  // FNV-1a
  for (const char c : name) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h & 63;
}

std::string_view attribute(const ShapeToken& token, std::string_view name) {
  if (token.attributes != nullptr) {
    for (const ShapeAttribute& a : *token.attributes) {
      if (a.name == name) return a.value;
    }
  }
  return {};
}

// gumbo 0.10.1 resets its insertion mode by the tags on its stack without looking at their
// namespace, so that an SVG or MathML element named like one of these (<math><td>) would send
// it into a table, select or frameset mode no browser is in, and on to an assertion that
// aborts. Such foreign elements, which no allow-list keeps, are written to gumbo under another
// name: on the stack as a browser has them, unknown to gumbo's reset.
constexpr std::string_view kRenamedPrefix = "feedpp-";

bool resets_gumbo_mode(std::string_view name) noexcept {
  static constexpr std::string_view kNames[] = {
      "body",  "caption", "colgroup", "frameset", "head", "html",  "select", "table",
      "tbody", "td",      "template", "tfoot",    "th",   "thead", "tr"};
  for (const std::string_view n : kNames) {
    if (n == name) return true;
  }
  return false;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Output

void ShaperModel::write_start(const ShapeToken& token, bool slash) {
  open_reference_ = false;
  out_ += '<';
  out_.append(token.name);
  if (token.attributes != nullptr) {
    for (const ShapeAttribute& a : *token.attributes) {
      out_ += ' ';
      out_.append(a.name);
      out_.append("=\"");
      write_escaped(a.value, '"', "&quot;");
      out_ += '"';
    }
  }
  if (slash) out_ += '/';
  out_ += '>';
}

// An end tag the input did not have is written in upper case for a foreign element (its name
// is in lower case here; gumbo matches foreign end tags in any case): gumbo keeps the markup in
// original_end_tag, where the sanitizer tells it from the input's (is_implied_end_tag()).
void ShaperModel::write_end(std::string_view name, bool implied) {
  open_reference_ = false;
  out_.append("</");
  const std::size_t at = out_.size();
  out_.append(name);
  if (implied) {
    for (std::size_t i = at; i < out_.size(); ++i) out_[i] = ascii_upper(out_[i]);
  }
  out_ += '>';
}

// A table part's tag outside any table, which HTML ignores: a comment (the input's never
// reach gumbo) holding `name` or `/name` marks where it stood, for the sanitizer to write the
// tag back (see shaper.hpp).
void ShaperModel::write_ignored(std::string_view name, bool end) {
  open_reference_ = false;
  out_.append("<!--");
  if (end) out_ += '/';
  out_.append(name);
  out_.append("-->");
}

// A `<` in text starts no markup (the scanner saw to that), but what follows it may once
// comments and raw text around it are gone: escape it.
//
// A character reference ends where markup begins; when what stood between two texts is left
// out, the first's end and the second's start must not make one reference (&#X + 3333...: a
// new character, or one too big for gumbo's int): an empty comment keeps them apart.
void ShaperModel::write_text(std::string_view text) {
  if (text.empty()) return;
  const char first = text[0];
  if (open_reference_ && (is_alpha(first) || is_digit(first) || first == '#' || first == ';')) {
    out_.append("<!---->");
  }
  write_escaped(text, '<', "&lt;");
  // Does it end in `&`, `&#`, `&#x`, `&name` or `&#123`, which the next text could continue?
  std::size_t i = text.size();
  while (i > 0 && (is_alpha(text[i - 1]) || is_digit(text[i - 1]))) --i;
  if (i > 0 && text[i - 1] == '#') --i;
  open_reference_ = i > 0 && text[i - 1] == '&';
}

// Writes `text` with `c` replaced by `escape`, and each numeric character reference too big
// for any code point (more than 7 decimal or 6 hexadecimal digits) by &#xFFFD;, which is what
// HTML 5 reads it as: gumbo's int overflows on them.
void ShaperModel::write_escaped(std::string_view text, char c, std::string_view escape) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == c) {
      out_.append(text, run, i - run).append(escape);
      run = i + 1;
    } else if (text[i] == '&' && i + 2 < text.size() && text[i + 1] == '#') {
      const bool hex = text[i + 2] == 'x' || text[i + 2] == 'X';
      std::size_t j = i + (hex ? 3 : 2);
      while (j < text.size() && text[j] == '0') ++j;
      const std::size_t first = j;
      while (j < text.size() && (hex ? is_hex_digit(text[j]) : is_digit(text[j]))) ++j;
      if (j - first > (hex ? 6u : 7u)) {
        out_.append(text, run, i - run).append("&#xFFFD;");
        if (j < text.size() && text[j] == ';') ++j;
        run = j;
        i = j - 1;
      }
    }
  }
  out_.append(text, run);
}

// ---------------------------------------------------------------------------------------------
// The stack

void ShaperModel::count(const Entry& e, int delta) noexcept {
  const auto d = static_cast<std::uint16_t>(delta);
  if (e.ns == Ns::html && e.tag != Tag::other) tag_counts_[static_cast<std::size_t>(e.tag)] += d;
  name_counts_[name_hash(e.name)] += d;
  if (e.ns == Ns::html && (e.flags & kFormatting) != 0)
    formatting_ += static_cast<std::size_t>(delta);
}

// Whether an element of that name may be on the stack (a hash says no for certain).
bool ShaperModel::may_hold(std::string_view name) const noexcept {
  return name_counts_[name_hash(name)] != 0;
}

bool ShaperModel::push(const ShapeToken& token, const TagInfo& info, Ns ns) {
  const bool formatting = ns == Ns::html && (info.flags & kFormatting) != 0;
  if (stack_.size() >= limits_.max_depth || (formatting && formatting_ >= limits_.max_formatting)) {
    return false;
  }
  Entry e;
  e.name = std::string(token.name);
  e.ns = ns;
  if (ns == Ns::html) {
    e.tag = info.tag;
    e.flags = info.flags;
  } else if (ns == Ns::math) {
    const std::string_view n = token.name;
    e.math_text = n == "mi" || n == "mo" || n == "mn" || n == "ms" || n == "mtext";
    if (n == "annotation-xml") {
      const std::string_view enc = attribute(token, "encoding");
      e.html_point = iequals(enc, "text/html") || iequals(enc, "application/xhtml+xml");
    }
    if (e.math_text || n == "annotation-xml") e.flags = kSpecial | kScope;
  } else {
    const std::string_view n = token.name;
    e.html_point = n == "foreignobject" || n == "desc" || n == "title";
    if (n == "foreignobject" || n == "desc") e.flags = kSpecial | kScope;
    if (n == "title") e.flags = kScope;  // gumbo: a scope boundary, not special
  }
  e.mode = stack_.empty() ? Mode::body : stack_.back().mode;
  if (ns == Ns::html) {
    switch (info.tag) {
      case Tag::select:
        e.mode = tag_counts_[static_cast<std::size_t>(Tag::table)] != 0 ? Mode::select_in_table
                                                                        : Mode::select;
        break;
      case Tag::td:
      case Tag::th:
        e.mode = Mode::cell;
        break;
      case Tag::tr:
        e.mode = Mode::row;
        break;
      case Tag::tbody:
      case Tag::thead:
      case Tag::tfoot:
        e.mode = Mode::table_body;
        break;
      case Tag::caption:
        e.mode = Mode::caption;
        break;
      case Tag::colgroup:
        e.mode = Mode::column_group;
        break;
      case Tag::table:
        e.mode = Mode::table;
        break;
      default:
        break;
    }
  }
  count(e, 1);
  if (ns != Ns::html && resets_gumbo_mode(e.name)) {
    e.renamed = true;
    std::string written(kRenamedPrefix);
    written.append(token.name);
    ShapeToken renamed = token;
    renamed.name = written;
    stack_.push_back(std::move(e));
    write_start(renamed, token.self_closing);
    return true;
  }
  stack_.push_back(std::move(e));
  write_start(token, token.self_closing);
  return true;
}

// Pushes an element gumbo would imply (tbody before a tr, tr before a td, colgroup before a
// col), written explicitly so that gumbo's stack and the model's stay the same.
bool ShaperModel::push_implied(std::string_view name) {
  ShapeToken token;
  token.kind = ShapeTokenKind::start_tag;
  token.name = name;
  return push(token, html_tag_info(name), Ns::html);
}

// Pops the entries from the top down to `index` (included), each with an end tag: gumbo closes
// what the model closes, and a formatting element leaves its list of active formatting elements
// too, so it is never reconstructed behind the model's back.
void ShaperModel::pop_to(std::size_t index, bool by_its_end_tag) {
  while (stack_.size() > index) {
    const Entry& e = stack_.back();
    const bool implied = e.ns != Ns::html && !(by_its_end_tag && stack_.size() == index + 1);
    if (e.renamed) {
      write_end(std::string(kRenamedPrefix) + e.name, implied);
    } else {
      write_end(e.name, implied);
    }
    count(e, -1);
    stack_.pop_back();
  }
}

// Takes a formatting element out of the middle of the stack (the adoption agency's doing); the
// modes cached above it do not change, formatting elements not being among what sets them.
void ShaperModel::remove_at(std::size_t index) {
  count(stack_[index], -1);
  stack_.erase(stack_.begin() + static_cast<std::ptrdiff_t>(index));
}

bool ShaperModel::ends_scope(const Entry& e, Scope scope) const noexcept {
  const bool html = e.ns == Ns::html;
  switch (scope) {
    case Scope::normal:
      return (e.flags & kScope) != 0;
    case Scope::button:
      return (e.flags & kScope) != 0 || (html && e.tag == Tag::button);
    case Scope::list_item:
      return (e.flags & kScope) != 0 || (html && (e.name == "ol" || e.name == "ul"));
    case Scope::table:
      return html && (e.tag == Tag::table || e.tag == Tag::template_ || e.tag == Tag::html);
    case Scope::select:
      return !(html && (e.tag == Tag::optgroup || e.tag == Tag::option));
  }
  return true;
}

// §13.2.4.2: the index of the topmost HTML element `tag` with no boundary of `scope` above it,
// or kNone. Tag::other is never looked for.
std::size_t ShaperModel::find_in_scope(Tag tag, Scope scope) const noexcept {
  if (tag == Tag::other || tag_counts_[static_cast<std::size_t>(tag)] == 0) return kNone;
  for (std::size_t i = stack_.size(); i-- > 0;) {
    const Entry& e = stack_[i];
    if (e.ns == Ns::html && e.tag == tag) return i;
    if (ends_scope(e, scope)) return kNone;
  }
  return kNone;
}

bool ShaperModel::top_is(Tag tag) const noexcept {
  return !stack_.empty() && stack_.back().ns == Ns::html && stack_.back().tag == tag;
}

// §13.2.4.1 "reset the insertion mode appropriately", cached on each entry. gumbo keeps its
// mode apart, but for the tokens the model writes the two agree: a table's mode stays while
// foster-parented elements are open, and so does this.
ShaperModel::Mode ShaperModel::mode() const noexcept {
  return stack_.empty() ? Mode::body : stack_.back().mode;
}

// §13.2.6 tree construction dispatcher: whether a start tag goes to the foreign content rules.
bool ShaperModel::foreign_context(std::string_view name) const noexcept {
  if (stack_.empty()) return false;
  const Entry& top = stack_.back();
  if (top.ns == Ns::html || top.html_point) return false;
  if (top.math_text && name != "mglyph" && name != "malignmark") return false;
  return !(top.ns == Ns::math && top.name == "annotation-xml" && name == "svg");
}

void ShaperModel::close_p() {
  if (const std::size_t p = find_in_scope(Tag::p, Scope::button); p != kNone) pop_to(p);
}

void ShaperModel::generate_implied_end_tags(Tag except) {
  while (!stack_.empty() && stack_.back().ns == Ns::html &&
         (stack_.back().flags & kImpliedEnd) != 0 && stack_.back().tag != except) {
    pop_to(stack_.size() - 1);
  }
}

// §13.2.6.4.9 "clear the stack back to a table context" and its body and row variants: pops
// down to the topmost element of `context`.
void ShaperModel::clear_to(std::initializer_list<Tag> context) {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    const Entry& e = stack_[i];
    if (e.ns != Ns::html) continue;
    for (const Tag t : context) {
      if (e.tag == t) {
        pop_to(i + 1);
        return;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Tokens

void ShaperModel::text(std::string_view text) {
  if (template_depth_ == 0) write_text(text);
}

void ShaperModel::start_tag(const ShapeToken& token) {
  const TagInfo info = html_tag_info(token.name);
  if (info.tag == Tag::template_ || template_depth_ > 0) {
    // Template contents are inert until script clones them: left out, nested ones counted.
    if (info.tag == Tag::template_ && !token.self_closing) ++template_depth_;
    return;
  }
  if (foreign_context(token.name)) {
    start_foreign(token, info);
  } else {
    start_html(token, info);
  }
}

// <title> and <textarea> with their content, written at once so that nothing is open in
// between: the content's `<` escaped, as RCDATA reads it (and as an SVG <title> would not).
void ShaperModel::rcdata(const ShapeToken& token) {
  if (template_depth_ > 0) return;
  const Mode m = mode();
  if ((m == Mode::select || m == Mode::select_in_table) && !foreign_context(token.name)) {
    // gumbo ignores <title> in a select; <textarea> closes it.
    const std::size_t select = find_in_scope(Tag::select, Scope::select);
    if (token.name == "textarea" && select != kNone) {
      pop_to(select);
      rcdata(token);
    } else {
      write_text(token.text);
    }
    return;
  }
  write_start(token, false);
  write_text(token.text);
  write_end(token.name);
}

}  // namespace feedpp::detail
