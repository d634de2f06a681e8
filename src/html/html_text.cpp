// SPDX-License-Identifier: MIT
// html_to_text(): the tree sanitize_html() parses, read as a browser shows it, as plain text.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.hpp"
#include "base/utf8.hpp"
#include "feedpp/sanitize.hpp"
#include "html/gumbo_parse.hpp"
#include "html/sanitize_tables.hpp"
#include "html/shaper.hpp"

namespace feedpp {
namespace {

// How many line breaks an element puts around itself: 2 for paragraphs and what is set
// apart like them (an empty line), 1 for other blocks, 0 for inline elements.
int breaks_around(std::string_view name) noexcept {
  static constexpr std::string_view kParagraphs[] = {
      "blockquote", "dl", "figure",  "h1", "h2", "h3",  "h4",    "h5",
      "h6",         "hr", "listing", "ol", "p",  "pre", "table", "ul"};
  static constexpr std::string_view kBlocks[] = {
      "address", "article", "aside",   "caption", "center",   "dd",         "details",
      "dialog",  "dir",     "div",     "dt",      "fieldset", "figcaption", "footer",
      "form",    "header",  "hgroup",  "legend",  "li",       "main",       "menu",
      "nav",     "option",  "section", "summary", "tr"};
  for (const std::string_view p : kParagraphs) {
    if (p == name) return 2;
  }
  for (const std::string_view b : kBlocks) {
    if (b == name) return 1;
  }
  return 0;
}

// Collapses white space and places line breaks: text comes in, breaks are asked for, and
// what is written never starts or ends with white space.
class TextWriter {
 public:
  void text(std::string_view s, bool preformatted);
  void breaks(int n) noexcept { pending_breaks_ = std::max(pending_breaks_, n); }
  void space() noexcept { pending_space_ = true; }
  void line_break();
  std::string finish();

 private:
  void flush();
  void put(std::string_view bytes);

  std::string out_;
  int pending_breaks_ = 0;
  bool pending_space_ = false;
  int trailing_newlines_ = 0;  // at the end of out_
};

void TextWriter::flush() {
  if (out_.empty()) {
    pending_breaks_ = 0;
    pending_space_ = false;
    return;
  }
  if (pending_breaks_ > trailing_newlines_) {
    out_.append(static_cast<std::size_t>(pending_breaks_ - trailing_newlines_), '\n');
    trailing_newlines_ = pending_breaks_;
  } else if (pending_space_ && trailing_newlines_ == 0) {
    out_ += ' ';
  }
  pending_breaks_ = 0;
  pending_space_ = false;
}

void TextWriter::put(std::string_view bytes) {
  flush();
  out_.append(bytes);
  trailing_newlines_ = 0;
}

void TextWriter::line_break() {
  flush();
  if (!out_.empty() && trailing_newlines_ < 2) {
    out_ += '\n';
    ++trailing_newlines_;
  }
}

void TextWriter::text(std::string_view s, bool preformatted) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    if (*p < 0x80) {
      const char c = static_cast<char>(*p++);
      if (preformatted && c == '\n') {
        line_break();
      } else if (!preformatted && (detail::is_html_space(c) || c == '\r')) {
        pending_space_ = true;
      } else {
        put(std::string_view(&c, 1));
      }
      continue;
    }
    std::size_t len = 0;
    const char32_t cp = detail::decode_utf8(p, end, len);
    if (cp == detail::kBadUtf8) {
      put(detail::kReplacementUtf8);
    } else if (cp == 0xA0) {
      put(" ");  // no-break space: kept, as a plain one
    } else {
      put(std::string_view(reinterpret_cast<const char*>(p), len));
    }
    p += len;
  }
}

std::string TextWriter::finish() {
  while (!out_.empty() && (out_.back() == ' ' || out_.back() == '\n')) out_.pop_back();
  return std::move(out_);
}

// Elements whose content a reader does not see as text.
bool is_hidden(std::string_view name) noexcept {
  return detail::is_dropped_with_content(name) || name == "title" || name == "head" ||
         name == "select" || name == "datalist";
}

}  // namespace

std::string html_to_text(std::string_view html, const HtmlLimits& limits) {
  const std::string shaped = detail::shape_html(
      html,
      {limits.max_input_bytes, limits.max_depth, limits.max_formatting, limits.max_attributes},
      nullptr);
  const detail::GumboFragment fragment(shaped, limits.max_memory_bytes);
  if (fragment.root() == nullptr) return {};
  struct Frame {
    const GumboNode* node;
    unsigned next;
    int breaks;
    bool preformatted;
  };
  TextWriter writer;
  std::vector<Frame> frames{{fragment.root(), 0, 0, false}};
  while (!frames.empty()) {
    Frame& f = frames.back();
    const GumboVector& children = f.node->v.element.children;
    if (f.next >= children.length) {
      writer.breaks(f.breaks);
      frames.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[f.next++]);
    const bool preformatted = f.preformatted;
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
        child->type == GUMBO_NODE_CDATA) {
      writer.text(child->v.text.text, preformatted);
      continue;
    }
    if (child->type != GUMBO_NODE_ELEMENT) continue;
    const std::string_view name = detail::gumbo_element_name(child->v.element);
    if (is_hidden(name)) continue;
    if (name == "br") {
      writer.line_break();
      continue;
    }
    if (name == "td" || name == "th") writer.space();
    const int breaks = breaks_around(name);
    writer.breaks(breaks);
    frames.push_back({child, 0, breaks,
                      preformatted || name == "pre" || name == "listing" || name == "textarea"});
  }
  return writer.finish();
}

}  // namespace feedpp
