// SPDX-License-Identifier: MIT
// The shaper model's rules for each token, insertion mode by insertion mode (§13.2.6.4), as
// gumbo 0.10.1's handle_in_body and its siblings apply them to the stack.
#include "html/shaper_model.hpp"

#include "base/ascii.hpp"

namespace feedpp::detail {
namespace {

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

}  // namespace

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
  if (ignored_in_body(info.tag)) {
    if ((info.flags & kTablePart) != 0) write_ignored(token.name, false);
    return;
  }
  switch (info.tag) {
    case Tag::li:
    case Tag::dd:
    case Tag::dt:
      start_list_item(token, info);
      return;
    case Tag::pre:
    case Tag::listing:
    case Tag::table:
      close_p();
      break;
    case Tag::hr:
      close_p();
      write_start(token, true);
      return;
    case Tag::button:
      if (const std::size_t b = find_in_scope(Tag::button, Scope::normal); b != kNone) {
        pop_to(b);
      }
      break;
    case Tag::a:
    case Tag::nobr:
      close_formatting_twin(info.tag);
      break;
    case Tag::option:
    case Tag::optgroup:
      if (top_is(Tag::option)) pop_to(stack_.size() - 1);
      break;
    case Tag::rb:
    case Tag::rtc:
    case Tag::rp:
    case Tag::rt:
      if (find_in_scope(Tag::ruby, Scope::normal) != kNone) {
        generate_implied_end_tags(info.tag == Tag::rp || info.tag == Tag::rt ? Tag::rtc
                                                                             : Tag::other);
      }
      break;
    case Tag::math:
    case Tag::svg:
      if (token.self_closing) {
        write_start(token, true);
      } else {
        push(token, info, info.tag == Tag::math ? Ns::math : Ns::svg);
      }
      return;
    default:
      if ((info.flags & kHeading) != 0) {
        close_p();
        if (!stack_.empty() && stack_.back().ns == Ns::html &&
            (stack_.back().flags & kHeading) != 0) {
          pop_to(stack_.size() - 1);
        }
      } else if ((info.flags & kClosesP) != 0) {
        close_p();
      } else if ((info.flags & kVoid) != 0) {
        write_start(token, true);
        return;
      }
      break;
  }
  start_element(token, info);
}

// Tags "in body" ignores outside a table (html, body, caption, td, ...) and those the shaper
// leaves out: what belongs in the head, and forms, which are never kept (gumbo's form pointer
// rules are best left unexercised; its isindex builds a form).
bool ShaperModel::ignored_in_body(Tag tag) noexcept {
  switch (tag) {
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
    case Tag::form:
    case Tag::isindex:
    case Tag::caption:
    case Tag::col:
    case Tag::colgroup:
    case Tag::tbody:
    case Tag::td:
    case Tag::tfoot:
    case Tag::th:
    case Tag::thead:
    case Tag::tr:
      return true;
    default:
      return false;
  }
}

// <a> with an <a> still active (no marker above it), <nobr> with a <nobr> in scope: the
// adoption agency closes the old one, and <a> then takes it out of the stack if still there.
// Either way it is gone (for nobr, unless more than 7 special elements keep it).
void ShaperModel::close_formatting_twin(Tag tag) {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    const Entry& e = stack_[i];
    if (e.ns != Ns::html || e.tag != tag) {
      const bool boundary = tag == Tag::a ? e.ns == Ns::html && (e.flags & kMarker) != 0
                                          : ends_scope(e, Scope::normal);
      if (boundary) return;
      continue;
    }
    std::size_t specials = 0;
    for (std::size_t j = i + 1; j < stack_.size(); ++j) {
      if ((stack_[j].flags & kSpecial) != 0) ++specials;
    }
    if (tag == Tag::a || specials <= kAdoptionSpecials) remove_at(i);
    return;
  }
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
  // §13.2.6.5: </br> and </p> leave foreign content, as start tags like <p> do (HTML 5 since
  // 2021; gumbo 0.10.1 predates it): close the foreign elements first.
  if (!stack_.empty() && stack_.back().ns != Ns::html && (name == "p" || name == "br")) {
    std::size_t i = stack_.size();
    while (i > 0 && stack_[i - 1].ns != Ns::html && !stack_[i - 1].html_point &&
           !stack_[i - 1].math_text) {
      --i;
    }
    pop_to(i);
  }
  // Otherwise close the nearest foreign element of that name unless an HTML element comes
  // first, which hands the token to the HTML rules.
  if (!stack_.empty() && stack_.back().ns != Ns::html && may_hold(name)) {
    for (std::size_t i = stack_.size(); i-- > 0;) {
      if (stack_[i].ns == Ns::html) break;
      if (stack_[i].name == name) {
        pop_to(i, true);
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
    case Tag::table:
      return;  // ignored outside a table (and forms are never kept)
    case Tag::caption:
    case Tag::colgroup:
    case Tag::tbody:
    case Tag::td:
    case Tag::tfoot:
    case Tag::th:
    case Tag::thead:
    case Tag::tr:
      write_ignored(name, true);  // ignored too, and marked as the start tag is
      return;
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
    std::size_t headings = 0;
    for (const Tag h : {Tag::h1, Tag::h2, Tag::h3, Tag::h4, Tag::h5, Tag::h6}) {
      headings += tag_counts_[static_cast<std::size_t>(h)];
    }
    for (std::size_t i = stack_.size(); headings != 0 && i-- > 0;) {
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
    if (!may_hold(name)) return;
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
  if (!may_hold(name)) return;
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
    // Past that many, the tag is dropped whatever comes below: stop looking.
    if ((e.flags & kSpecial) != 0 && ++specials > kAdoptionSpecials) return;
  }
}

// "Any other end tag": close the nearest HTML element of that name unless a special element
// comes first.
void ShaperModel::end_any_other(std::string_view name) {
  if (!may_hold(name)) return;
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
