// SPDX-License-Identifier: MIT
#include "html/shaper_model.hpp"

#include "base/ascii.hpp"

namespace feedpp::detail {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// The adoption agency (§13.2.6.4.7) runs its outer loop at most 8 times, moving past one
// special element each time: with up to 7 above it, the formatting element is gone after.
constexpr std::size_t kAdoptionSpecials = 7;

bool has_attribute(const ShapeToken& token, std::string_view name) {
  if (token.attributes == nullptr) return false;
  for (const ShapeAttribute& a : *token.attributes) {
    if (a.name == name) return true;
  }
  return false;
}

std::string_view attribute(const ShapeToken& token, std::string_view name) {
  if (token.attributes != nullptr) {
    for (const ShapeAttribute& a : *token.attributes) {
      if (a.name == name) return a.value;
    }
  }
  return {};
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Output

void ShaperModel::write_start(const ShapeToken& token, bool slash) {
  out_ += '<';
  out_.append(token.name);
  if (token.attributes != nullptr) {
    for (const ShapeAttribute& a : *token.attributes) {
      out_ += ' ';
      out_.append(a.name);
      out_.append("=\"");
      for (const char c : a.value) {
        if (c == '"') {
          out_.append("&quot;");
        } else {
          out_ += c;
        }
      }
      out_ += '"';
    }
  }
  if (slash) out_ += '/';
  out_ += '>';
}

void ShaperModel::write_end(std::string_view name) {
  out_.append("</");
  out_.append(name);
  out_ += '>';
}

// A `<` in text starts no markup (the scanner saw to that), but what follows it may once
// comments and raw text around it are gone: escape it.
void ShaperModel::write_text(std::string_view text) {
  std::size_t run = 0;
  for (std::size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
    out_.append(text, run, i - run);
    out_.append("&lt;");
    run = i + 1;
  }
  out_.append(text, run);
}

// ---------------------------------------------------------------------------------------------
// The stack

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
  if (formatting) ++formatting_;
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
void ShaperModel::pop_to(std::size_t index) {
  while (stack_.size() > index) {
    const Entry& e = stack_.back();
    write_end(e.name);
    if (e.ns == Ns::html && (e.flags & kFormatting) != 0) --formatting_;
    stack_.pop_back();
  }
}

void ShaperModel::remove_at(std::size_t index) {
  if (stack_[index].ns == Ns::html && (stack_[index].flags & kFormatting) != 0) --formatting_;
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

// §13.2.4.1 "reset the insertion mode appropriately", read off the stack. gumbo keeps its mode
// apart, but for the tokens the model writes the two agree: a table's mode stays while
// foster-parented elements are open, and so does this.
ShaperModel::Mode ShaperModel::mode() const noexcept {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    const Entry& e = stack_[i];
    if (e.ns != Ns::html) continue;
    switch (e.tag) {
      case Tag::select:
        for (std::size_t j = i; j-- > 0;) {
          if (stack_[j].ns == Ns::html && stack_[j].tag == Tag::table) return Mode::select_in_table;
        }
        return Mode::select;
      case Tag::td:
      case Tag::th:
        return Mode::cell;
      case Tag::tr:
        return Mode::row;
      case Tag::tbody:
      case Tag::thead:
      case Tag::tfoot:
        return Mode::table_body;
      case Tag::caption:
        return Mode::caption;
      case Tag::colgroup:
        return Mode::column_group;
      case Tag::table:
        return Mode::table;
      default:
        break;
    }
  }
  return Mode::body;
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

// §13.2.6.5: a start tag in SVG or MathML.
void ShaperModel::start_foreign(const ShapeToken& token, const TagInfo& info) {
  const bool breakout =
      (info.flags & kBreakout) != 0 ||
      (info.tag == Tag::font && (has_attribute(token, "color") || has_attribute(token, "face") ||
                                 has_attribute(token, "size")));
  if (breakout) {
    // gumbo leaves it in the foreign element when parsing a fragment (an old rule, gone from
    // HTML 5): closing the foreign elements here gives the tree a browser builds.
    std::size_t i = stack_.size();
    while (i > 0 && stack_[i - 1].ns != Ns::html && !stack_[i - 1].html_point &&
           !stack_[i - 1].math_text) {
      --i;
    }
    pop_to(i);
    start_html(token, info);
    return;
  }
  if (token.self_closing) {  // pushed and popped at once
    write_start(token, true);
    return;
  }
  push(token, info, stack_.back().ns);
}

void ShaperModel::start_html(const ShapeToken& token, const TagInfo& info) {
  for (;;) {
    Step step = Step::body;
    switch (mode()) {
      case Mode::select:
      case Mode::select_in_table:
        step = start_in_select(token, info, mode() == Mode::select_in_table);
        break;
      case Mode::table:
        step = start_in_table(token, info);
        break;
      case Mode::table_body:
        step = start_in_table_body(token, info);
        break;
      case Mode::row:
        step = start_in_row(token, info);
        break;
      case Mode::cell:
      case Mode::caption:
        if ((info.flags & kTablePart) != 0) {
          const Tag cell = mode() == Mode::caption ? Tag::caption : Tag::td;
          std::size_t at = find_in_scope(cell, Scope::table);
          if (at == kNone && cell == Tag::td) at = find_in_scope(Tag::th, Scope::table);
          if (at == kNone) return;
          pop_to(at);
          step = Step::again;
        }
        break;
      case Mode::column_group:
        if (info.tag == Tag::col) {
          write_start(token, true);
          return;
        }
        if (!top_is(Tag::colgroup)) return;
        pop_to(stack_.size() - 1);
        step = Step::again;
        break;
      case Mode::body:
        break;
    }
    if (step == Step::done) return;
    if (step == Step::body) break;
  }
  start_in_body(token, info);
}

// §13.2.6.4.9 "in table"; Step::body sends the rest to "in body" (foster parenting is gumbo's
// business: it moves nodes, not the stack).
ShaperModel::Step ShaperModel::start_in_table(const ShapeToken& token, const TagInfo& info) {
  switch (info.tag) {
    case Tag::caption:
    case Tag::colgroup:
    case Tag::tbody:
    case Tag::thead:
    case Tag::tfoot:
      clear_to({Tag::table});
      start_element(token, info);
      return Step::done;
    case Tag::col:
      clear_to({Tag::table});
      return push_implied("colgroup") ? Step::again : Step::done;
    case Tag::td:
    case Tag::th:
    case Tag::tr:
      clear_to({Tag::table});
      return push_implied("tbody") ? Step::again : Step::done;
    case Tag::table: {
      const std::size_t table = find_in_scope(Tag::table, Scope::table);
      if (table == kNone) return Step::done;
      pop_to(table);
      return Step::again;
    }
    default:
      return Step::body;
  }
}

// §13.2.6.4.13 "in table body".
ShaperModel::Step ShaperModel::start_in_table_body(const ShapeToken& token, const TagInfo& info) {
  if (info.tag == Tag::tr) {
    clear_to({Tag::tbody, Tag::thead, Tag::tfoot});
    start_element(token, info);
    return Step::done;
  }
  if (info.tag == Tag::td || info.tag == Tag::th) {
    clear_to({Tag::tbody, Tag::thead, Tag::tfoot});
    return push_implied("tr") ? Step::again : Step::done;
  }
  if ((info.flags & kTablePart) != 0 || info.tag == Tag::table) {
    std::size_t section = find_in_scope(Tag::tbody, Scope::table);
    if (section == kNone) section = find_in_scope(Tag::thead, Scope::table);
    if (section == kNone) section = find_in_scope(Tag::tfoot, Scope::table);
    if (section == kNone) return Step::done;
    clear_to({Tag::tbody, Tag::thead, Tag::tfoot});
    pop_to(stack_.size() - 1);
    return Step::again;
  }
  return start_in_table(token, info);
}

// §13.2.6.4.14 "in row".
ShaperModel::Step ShaperModel::start_in_row(const ShapeToken& token, const TagInfo& info) {
  if (info.tag == Tag::td || info.tag == Tag::th) {
    clear_to({Tag::tr});
    start_element(token, info);
    return Step::done;
  }
  if ((info.flags & kTablePart) != 0 || info.tag == Tag::table) {
    const std::size_t tr = find_in_scope(Tag::tr, Scope::table);
    if (tr == kNone) return Step::done;
    pop_to(tr);
    return Step::again;
  }
  return start_in_table(token, info);
}

// §13.2.6.4.16 "in select" and §13.2.6.4.17 "in select in table": only options and groups
// open; what closes the select closes it; everything else gumbo ignores, so it is dropped.
ShaperModel::Step ShaperModel::start_in_select(const ShapeToken& token, const TagInfo& info,
                                               bool in_table) {
  const std::size_t select = find_in_scope(Tag::select, Scope::select);
  const bool closes = info.tag == Tag::select || info.tag == Tag::input ||
                      info.tag == Tag::keygen || info.tag == Tag::textarea ||
                      (in_table && ((info.flags & kTablePart) != 0 || info.tag == Tag::table));
  if (closes) {
    if (select == kNone) return Step::done;
    pop_to(select);
    return info.tag == Tag::select ? Step::done : Step::again;
  }
  if (info.tag == Tag::option || info.tag == Tag::optgroup) {
    if (top_is(Tag::option)) pop_to(stack_.size() - 1);
    if (info.tag == Tag::optgroup && top_is(Tag::optgroup)) pop_to(stack_.size() - 1);
    start_element(token, info);
  }
  return Step::done;
}

// §13.2.6.4.7 "in body", as gumbo's handle_in_body does it.
void ShaperModel::start_in_body(const ShapeToken& token, const TagInfo& info) {
  switch (info.tag) {
    case Tag::html:
    case Tag::head:
    case Tag::body:
    case Tag::frameset:
    case Tag::frame:
    case Tag::base:
    case Tag::basefont:
    case Tag::bgsound:
    case Tag::link:
    case Tag::meta:
    case Tag::form:     // never kept; gumbo's form pointer rules are best left unexercised
    case Tag::isindex:  // gumbo 0.10.1 builds a form from it
    case Tag::caption:  // table parts outside a table are ignored
    case Tag::col:
    case Tag::colgroup:
    case Tag::tbody:
    case Tag::td:
    case Tag::tfoot:
    case Tag::th:
    case Tag::thead:
    case Tag::tr:
      return;
    case Tag::li:
    case Tag::dd:
    case Tag::dt:
      start_list_item(token, info);
      return;
    case Tag::pre:
    case Tag::listing:
    case Tag::table:
      close_p();
      start_element(token, info);
      return;
    case Tag::hr:
      close_p();
      write_start(token, true);
      return;
    case Tag::button:
      if (const std::size_t b = find_in_scope(Tag::button, Scope::normal); b != kNone) {
        pop_to(b);
      }
      start_element(token, info);
      return;
    case Tag::a:
      // An <a> still active (no marker above it) is closed by the adoption agency and then
      // taken out of the stack if still there: either way it is gone.
      for (std::size_t i = stack_.size(); i-- > 0;) {
        const Entry& e = stack_[i];
        if (e.ns == Ns::html && (e.flags & kMarker) != 0) break;
        if (e.ns == Ns::html && e.tag == Tag::a) {
          remove_at(i);
          break;
        }
      }
      start_element(token, info);
      return;
    case Tag::nobr:
      if (const std::size_t n = find_in_scope(Tag::nobr, Scope::normal); n != kNone) {
        std::size_t specials = 0;
        for (std::size_t i = n + 1; i < stack_.size(); ++i) {
          if ((stack_[i].flags & kSpecial) != 0) ++specials;
        }
        if (specials <= kAdoptionSpecials) remove_at(n);
      }
      start_element(token, info);
      return;
    case Tag::option:
    case Tag::optgroup:
      if (top_is(Tag::option)) pop_to(stack_.size() - 1);
      start_element(token, info);
      return;
    case Tag::rb:
    case Tag::rtc:
    case Tag::rp:
    case Tag::rt:
      if (find_in_scope(Tag::ruby, Scope::normal) != kNone) {
        generate_implied_end_tags(info.tag == Tag::rp || info.tag == Tag::rt ? Tag::rtc
                                                                             : Tag::other);
      }
      start_element(token, info);
      return;
    case Tag::math:
    case Tag::svg:
      if (token.self_closing) {
        write_start(token, true);
      } else {
        push(token, info, info.tag == Tag::math ? Ns::math : Ns::svg);
      }
      return;
    default:
      break;
  }
  if ((info.flags & kHeading) != 0) {
    close_p();
    if (!stack_.empty() && stack_.back().ns == Ns::html && (stack_.back().flags & kHeading)) {
      pop_to(stack_.size() - 1);
    }
  } else if ((info.flags & kClosesP) != 0) {
    close_p();
  } else if ((info.flags & kVoid) != 0) {
    write_start(token, true);
    return;
  }
  start_element(token, info);
}

// <li>, <dd>, <dt>: close the open one of the same kind unless a special element (but address,
// div and p) comes first, then close a p.
void ShaperModel::start_list_item(const ShapeToken& token, const TagInfo& info) {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    const Entry& e = stack_[i];
    const bool same =
        e.ns == Ns::html &&
        (info.tag == Tag::li ? e.tag == Tag::li : (e.tag == Tag::dd || e.tag == Tag::dt));
    if (same) {
      pop_to(i);
      break;
    }
    if ((e.flags & kSpecial) != 0 &&
        !(e.ns == Ns::html && (e.name == "address" || e.name == "div" || e.tag == Tag::p))) {
      break;
    }
  }
  close_p();
  start_element(token, info);
}

// Pushes an HTML element; written <x/></x> when self-closing, so that it ends where XHTML
// meant it to (HTML ignores the slash).
void ShaperModel::start_element(const ShapeToken& token, const TagInfo& info) {
  if (!push(token, info, Ns::html)) return;
  if (token.self_closing) pop_to(stack_.size() - 1);
}

// ---------------------------------------------------------------------------------------------
// End tags

void ShaperModel::end_tag(std::string_view name) {
  if (template_depth_ > 0) {
    if (name == "template") --template_depth_;
    return;
  }
  // §13.2.6.5: in foreign content, close the nearest foreign element of that name unless an
  // HTML element comes first, which hands the token to the HTML rules.
  if (!stack_.empty() && stack_.back().ns != Ns::html) {
    for (std::size_t i = stack_.size(); i-- > 0;) {
      if (stack_[i].ns == Ns::html) break;
      if (stack_[i].name == name) {
        pop_to(i);
        return;
      }
    }
  }
  end_html(name, html_tag_info(name));
}

void ShaperModel::end_html(std::string_view name, const TagInfo& info) {
  for (;;) {
    const Mode m = mode();
    if (m == Mode::select || m == Mode::select_in_table) {
      const bool table_end = (info.flags & kTablePart) != 0 || info.tag == Tag::table;
      if (info.tag == Tag::option || info.tag == Tag::optgroup) {
        if (info.tag == Tag::optgroup && top_is(Tag::option) && stack_.size() >= 2 &&
            stack_[stack_.size() - 2].ns == Ns::html &&
            stack_[stack_.size() - 2].tag == Tag::optgroup) {
          pop_to(stack_.size() - 1);
        }
        if (top_is(info.tag)) pop_to(stack_.size() - 1);
      } else if (info.tag == Tag::select || (m == Mode::select_in_table && table_end)) {
        const std::size_t select = find_in_scope(Tag::select, Scope::select);
        if (select == kNone) return;
        if (info.tag != Tag::select && find_in_scope(info.tag, Scope::table) == kNone) return;
        pop_to(select);
        if (info.tag != Tag::select) continue;
      }
      return;
    }
    if (m != Mode::body) {
      if (info.tag == Tag::colgroup) {
        if (top_is(Tag::colgroup)) pop_to(stack_.size() - 1);
        return;
      }
      if ((info.flags & kTablePart) != 0 || info.tag == Tag::table) {
        if (info.tag == Tag::col) return;
        if (const std::size_t at = find_in_scope(info.tag, Scope::table); at != kNone) {
          pop_to(at);
        }
        return;
      }
    }
    end_in_body(name, info);
    return;
  }
}

void ShaperModel::end_in_body(std::string_view name, const TagInfo& info) {
  switch (info.tag) {
    case Tag::body:
    case Tag::html:
    case Tag::head:
    case Tag::form:
    case Tag::col:
    case Tag::caption:
    case Tag::colgroup:
    case Tag::tbody:
    case Tag::td:
    case Tag::tfoot:
    case Tag::th:
    case Tag::thead:
    case Tag::tr:
    case Tag::table:
      return;  // ignored outside a table (and forms are never kept)
    case Tag::br: {
      // </br> is parsed as <br>.
      ShapeToken br;
      br.kind = ShapeTokenKind::start_tag;
      br.name = "br";
      write_start(br, true);
      return;
    }
    case Tag::p:
      if (const std::size_t p = find_in_scope(Tag::p, Scope::button); p != kNone) {
        pop_to(p);
      } else {
        write_end(name);  // an empty <p></p>, as HTML makes it
      }
      return;
    case Tag::li:
    case Tag::dd:
    case Tag::dt: {
      const std::size_t at =
          find_in_scope(info.tag, info.tag == Tag::li ? Scope::list_item : Scope::normal);
      if (at != kNone) pop_to(at);
      return;
    }
    default:
      break;
  }
  if ((info.flags & kHeading) != 0) {
    for (std::size_t i = stack_.size(); i-- > 0;) {
      const Entry& e = stack_[i];
      if (e.ns == Ns::html && (e.flags & kHeading) != 0) {
        pop_to(i);
        return;
      }
      if (ends_scope(e, Scope::normal)) return;
    }
    return;
  }
  if ((info.flags & kFormatting) != 0) {
    end_formatting(name);
    return;
  }
  const bool block = (info.flags & kClosesP) != 0 || info.tag == Tag::button ||
                     info.tag == Tag::listing || info.tag == Tag::pre || info.tag == Tag::applet ||
                     info.tag == Tag::marquee || info.tag == Tag::object;
  if (block) {
    for (std::size_t i = stack_.size(); i-- > 0;) {
      const Entry& e = stack_[i];
      if (e.ns == Ns::html && e.name == name) {
        pop_to(i);
        return;
      }
      if (ends_scope(e, Scope::normal)) return;
    }
    return;
  }
  end_any_other(name);
}

// §13.2.6.4.7's adoption agency, for its effect on the stack. With no special element above
// the formatting element, gumbo pops everything above it: the model writes those end tags
// itself, so that formatting elements above leave the list too. With a few, the agency moves
// things around and the formatting element is gone after; with more, it may stay, and the
// tag is dropped.
void ShaperModel::end_formatting(std::string_view name) {
  std::size_t specials = 0;
  for (std::size_t i = stack_.size(); i-- > 0;) {
    const Entry& e = stack_[i];
    if (e.ns == Ns::html && e.name == name) {
      if (specials == 0) {
        pop_to(i);
      } else if (specials <= kAdoptionSpecials) {
        write_end(name);
        remove_at(i);
      }
      return;
    }
    if (ends_scope(e, Scope::normal)) return;
    if ((e.flags & kSpecial) != 0) ++specials;
  }
}

// "Any other end tag": close the nearest HTML element of that name unless a special element
// comes first.
void ShaperModel::end_any_other(std::string_view name) {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    const Entry& e = stack_[i];
    if (e.ns == Ns::html && e.name == name) {
      pop_to(i);
      return;
    }
    if ((e.flags & kSpecial) != 0) return;
  }
}

}  // namespace feedpp::detail
