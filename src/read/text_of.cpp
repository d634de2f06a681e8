// SPDX-License-Identifier: MIT
#include "read/text_of.hpp"
#include "base/html_void.hpp"

#include <vector>

#include "base/xml_escape.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kXhtml = "http://www.w3.org/1999/xhtml";

// Cuts `text` at `limit` bytes, at a character boundary.
void cut(std::string& text, std::size_t limit) {
  std::size_t n = limit;
  while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  text.resize(n);
}

// Cuts `text` at the text limit, with a diagnostic naming `what` it held.
void cut_at_limit(ReadContext& ctx, const pugi::xml_node& element, std::string& text,
                  const char* what) {
  ctx.log.add(ErrorCode::text_limit, ctx.offset_of(element),
              std::string("<") + element.name() + "> holds more than " +
                  std::to_string(ctx.limits.max_text_bytes) + " bytes of " + what + ": cut there");
  cut(text, ctx.limits.max_text_bytes);
}

std::string_view prefix_of(std::string_view qname) {
  const auto colon = qname.find(':');
  return colon == std::string_view::npos ? std::string_view() : qname.substr(0, colon);
}

std::string_view local_of(std::string_view qname) {
  const std::string_view prefix = prefix_of(qname);
  return prefix.empty() ? qname : qname.substr(prefix.size() + 1);
}

// Returns the depth of `node` in its document, the root element being 1.
std::size_t depth_of(pugi::xml_node node) {
  std::size_t depth = 0;
  for (; node && node.type() == pugi::node_element; node = node.parent()) ++depth;
  return depth;
}

// Markup is written in one canonical form, so that what the writers write reads back the same:
// elements in XHTML (or in no namespace, or the feed's own, as naked HTML is) without prefix or
// declaration; an element in another namespace (SVG, MathML) without prefix, declaring that
// namespace as its default; prefixed attributes with their prefix, declared where first used.
class Serializer {
 public:
  Serializer(ReadContext& ctx, const pugi::xml_node& element, bool escape_text)
      : ctx_(ctx), element_(element), escape_text_(escape_text), base_depth_(depth_of(element)) {}

  // Walks the content without recursion: down to first children, then along and up.
  std::string run() {
    pugi::xml_node node = element_.first_child();
    while (node && node != element_) {
      if (visit(node)) {
        node = node.first_child();
        continue;
      }
      while (node != element_ && !node.next_sibling()) {  // up, closing elements on the way
        node = node.parent();
        if (node == element_) break;
        close(node);
      }
      if (node == element_) break;
      node = node.next_sibling();
    }
    if (out_.size() > ctx_.limits.max_text_bytes) cut_at_limit(ctx_, element_, out_, "markup");
    return std::move(out_);
  }

 private:
  struct Binding {
    std::string_view prefix;
    std::string_view uri;
    std::size_t depth;
  };

  // Writes `node`; returns true when its children are to be written next.
  bool visit(const pugi::xml_node& node) {
    if (is_text(node)) {
      if (escape_text_) {
        append_escaped(out_, node.value(), EscapeMode::text);
      } else {
        out_ += node.value();
      }
      return false;
    }
    if (node.type() != pugi::node_element) return false;
    if (base_depth_ + depth_ + 1 > ctx_.limits.max_depth) {
      if (!reported_depth_) {
        reported_depth_ = true;
        ctx_.log.add(ErrorCode::depth_limit, ctx_.offset_of(node),
                     "elements nested deeper than " + std::to_string(ctx_.limits.max_depth) +
                         " levels: skipped");
      }
      return false;
    }
    const bool html = open(node);
    if (node.first_child()) {
      out_.push_back('>');
      return true;
    }
    // An HTML parser reads <p/> as an open <p> that takes what follows: only a void element is
    // written so, any other empty one with its end tag (which reads back the same in XML).
    if (html && is_html_void_element(local_of(node.name()))) {
      out_ += "/>";
      pop();
    } else {
      out_.push_back('>');
      close(node);
    }
    return false;
  }

  // Writes the start tag of `node` but its closing '>'; returns true for an XHTML element.
  bool open(const pugi::xml_node& node) {
    ++depth_;
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
      const std::string_view name = a.name();
      if (name == "xmlns") source_.push_back({"", a.value(), depth_});
      if (name.substr(0, 6) == "xmlns:") source_.push_back({name.substr(6), a.value(), depth_});
    }
    const std::string_view qname = node.name();
    std::string_view uri = resolve(prefix_of(qname));
    if (as_html(uri)) uri = kXhtml;
    out_.push_back('<');
    append_ncname(out_,
                  local_of(qname));  // "a:b:c" has the local name "b:c", which no writer writes
    if (*written("") != uri) {
      output_.push_back({"", uri, depth_});
      out_ += " xmlns=\"";
      append_escaped(out_, uri, EscapeMode::attribute);
      out_ += '"';
    }
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
      const std::string_view name = a.name();
      if (name != "xmlns" && name.substr(0, 6) != "xmlns:") attribute(name, a.value());
    }
    return uri == kXhtml;
  }

  void attribute(std::string_view name, std::string_view value) {
    const std::string_view prefix = prefix_of(name);
    std::string_view uri;
    if (prefix == "xml") {
      uri = ns::kXml;
    } else if (!prefix.empty()) {
      uri = resolve(prefix);
      const std::string_view* declared = written(prefix);
      if (!uri.empty() && (declared == nullptr || *declared != uri)) {
        output_.push_back({prefix, uri, depth_});
        out_ += " xmlns:";
        out_ += prefix;
        out_ += "=\"";
        append_escaped(out_, uri, EscapeMode::attribute);
        out_ += '"';
      }
    }
    // As writers write names: a prefix that stands for nothing is part of the name, and what
    // cannot be in a name becomes '_'.
    out_ += ' ';
    if (uri.empty()) {
      append_ncname(out_, name);
    } else {
      out_ += prefix;
      out_ += ':';
      append_ncname(out_, name.substr(prefix.size() + 1));
    }
    out_ += "=\"";
    append_escaped(out_, value, EscapeMode::attribute);
    out_ += '"';
  }

  void close(const pugi::xml_node& node) {
    out_ += "</";
    append_ncname(out_, local_of(node.name()));
    out_.push_back('>');
    pop();
  }

  // Leaves the element at the current depth: its declarations go out of scope.
  void pop() {
    while (!source_.empty() && source_.back().depth == depth_) source_.pop_back();
    while (!output_.empty() && output_.back().depth == depth_) output_.pop_back();
    --depth_;
  }

  // The URI `prefix` stands for in the document: inside the content, else where the content
  // stands, else a well-known prefix's. xml is bound by definition (Namespaces in XML §3), as
  // XhtmlFragment reads it when the markup is written: an element in the XML namespace is
  // written xml:name, which must read back as the same element.
  std::string_view resolve(std::string_view prefix) const {
    if (prefix == "xml") return ns::kXml;
    for (auto it = source_.rbegin(); it != source_.rend(); ++it) {
      if (it->prefix == prefix) return it->uri;
    }
    if (const std::string_view* outer = ctx_.scope.lookup(prefix)) return *outer;
    return prefix.empty() ? std::string_view() : well_known_namespace(prefix);
  }

  // The URI `prefix` stands for in what is written, or null.
  const std::string_view* written(std::string_view prefix) const {
    for (auto it = output_.rbegin(); it != output_.rend(); ++it) {
      if (it->prefix == prefix) return &it->uri;
    }
    return nullptr;
  }

  static bool as_html(std::string_view uri) {
    const Vocabulary v = vocabulary_of(uri);
    return v == Vocabulary::none || v == Vocabulary::xhtml || v == Vocabulary::atom ||
           v == Vocabulary::atom03 || v == Vocabulary::rss;
  }

  ReadContext& ctx_;
  const pugi::xml_node& element_;
  const bool escape_text_;
  const std::size_t base_depth_;
  std::size_t depth_ = 0;
  bool reported_depth_ = false;
  std::string out_;
  std::vector<Binding> source_;                   // declarations inside the content
  std::vector<Binding> output_{{"", kXhtml, 0}};  // declarations in what is written
};

}  // namespace

std::string text_of(ReadContext& ctx, const pugi::xml_node& element) {
  std::string out;
  const pugi::xml_node first = element.first_child();
  if (first && !first.next_sibling() && is_text(first)) {
    out = first.value();  // the common case: one text node
  } else {
    for (pugi::xml_node c = first; c; c = c.next_sibling()) {
      if (is_text(c)) out += c.value();
    }
  }
  if (out.size() > ctx.limits.max_text_bytes) cut_at_limit(ctx, element, out, "text");
  return out;
}

std::string url_of(ReadContext& ctx, const pugi::xml_node& element) {
  return text_of(ctx, element);
}

Date date_of(ReadContext& ctx, const pugi::xml_node& element) {
  Date date;
  date.text = text_of(ctx, element);
  date.value = parse_date(date.text);
  if (!date.value && !trim(date.text).empty()) {
    ctx.log.add(ErrorCode::bad_date, ctx.offset_of(element),
                std::string("<") + element.name() + "> \"" + std::string(trim(date.text)) +
                    "\" is not a date feedpp can read: its text is kept");
  }
  return date;
}

std::string markup_of(ReadContext& ctx, const pugi::xml_node& element) {
  return Serializer(ctx, element, true).run();
}

std::string html_of(ReadContext& ctx, const pugi::xml_node& element) {
  return Serializer(ctx, element, false).run();
}

}  // namespace feedpp::detail
