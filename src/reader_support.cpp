// SPDX-License-Identifier: MIT
#include "reader_support.hpp"

#include <cstring>
#include <vector>

#include "utf8.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kXhtml = "http://www.w3.org/1999/xhtml";

bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_text(const pugi::xml_node& n) noexcept {
  return n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata;
}

bool is_blank(const char* s) noexcept {
  for (; *s != '\0'; ++s) {
    if (!is_space(*s)) return false;
  }
  return true;
}

// Appends `text` escaped for XML character data (or a double-quoted attribute value).
void append_escaped(std::string& out, std::string_view text, bool attribute) {
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        if (attribute) {
          out += "&quot;";
        } else {
          out.push_back(c);
        }
        break;
      default:
        out.push_back(c);
    }
  }
}

// Cuts `text` at `limit` bytes, at a character boundary.
void cut(std::string& text, std::size_t limit) {
  std::size_t n = limit;
  while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  text.resize(n);
}

std::string_view prefix_of(std::string_view qname) {
  const auto colon = qname.find(':');
  return colon == std::string_view::npos ? std::string_view() : qname.substr(0, colon);
}

}  // namespace

bool name_is(std::string_view name, std::string_view expected) noexcept {
  if (name.size() != expected.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char a = name[i];
    char b = expected[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + 32);
    if (a != b) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool has_element_children(const pugi::xml_node& element) noexcept {
  for (pugi::xml_node c = element.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element) return true;
  }
  return false;
}

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
  if (out.size() > ctx.limits.max_text_bytes) {
    ctx.log.add(ErrorCode::text_limit, ctx.offset_of(element),
                std::string("<") + element.name() + "> holds more than " +
                    std::to_string(ctx.limits.max_text_bytes) + " bytes of text: cut there");
    cut(out, ctx.limits.max_text_bytes);
  }
  return out;
}

std::string markup_of(ReadContext& ctx, const pugi::xml_node& element) {
  std::string out;
  // Bindings made inside the content, and those taken from outside for it; the default
  // namespace is XHTML to begin with.
  struct Binding {
    std::string prefix;
    std::string uri;
    std::size_t depth;
  };
  std::vector<Binding> bindings{{"", std::string(kXhtml), 0}};
  const auto bound = [&](std::string_view prefix) -> const std::string* {
    for (auto it = bindings.rbegin(); it != bindings.rend(); ++it) {
      if (it->prefix == prefix) return &it->uri;
    }
    return nullptr;
  };
  std::size_t depth = 0;
  pugi::xml_node node = element.first_child();
  while (node && node != element) {
    bool descend = false;
    if (is_text(node)) {
      append_escaped(out, node.value(), false);
    } else if (node.type() == pugi::node_element) {
      ++depth;
      out.push_back('<');
      out += node.name();
      // Declarations first, those that change something only.
      for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        const std::string_view name = a.name();
        std::string_view prefix;
        if (name == "xmlns") {
          prefix = "";
        } else if (name.substr(0, 6) == "xmlns:") {
          prefix = name.substr(6);
        } else {
          continue;
        }
        const std::string* uri = bound(prefix);
        if (uri != nullptr && *uri == a.value()) continue;  // redundant (XHTML's default, say)
        bindings.push_back({std::string(prefix), a.value(), depth});
        out += ' ';
        out += name;
        out += "=\"";
        append_escaped(out, a.value(), true);
        out += '"';
      }
      // Prefixes the content uses but declared outside it: declare them here.
      const auto need = [&](std::string_view prefix) {
        if (prefix.empty() || prefix == "xml" || prefix == "xmlns" || bound(prefix) != nullptr) {
          return;
        }
        const std::string_view* outer = ctx.scope.lookup(prefix);
        if (outer == nullptr) return;
        bindings.push_back({std::string(prefix), std::string(*outer), depth});
        out += " xmlns:";
        out += prefix;
        out += "=\"";
        append_escaped(out, *outer, true);
        out += '"';
      };
      need(prefix_of(node.name()));
      for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        const std::string_view name = a.name();
        if (name == "xmlns" || name.substr(0, 6) == "xmlns:") continue;
        need(prefix_of(name));
        out += ' ';
        out += name;
        out += "=\"";
        append_escaped(out, a.value(), true);
        out += '"';
      }
      if (node.first_child()) {
        out.push_back('>');
        descend = true;
      } else {
        out += "/>";
        while (!bindings.empty() && bindings.back().depth == depth) bindings.pop_back();
        --depth;
      }
    }
    if (descend) {
      node = node.first_child();
      continue;
    }
    // Next sibling, or up, closing elements on the way.
    while (node != element && !node.next_sibling()) {
      node = node.parent();
      if (node == element) break;
      out += "</";
      out += node.name();
      out.push_back('>');
      while (!bindings.empty() && bindings.back().depth == depth) bindings.pop_back();
      --depth;
    }
    if (node == element) break;
    node = node.next_sibling();
  }
  if (out.size() > ctx.limits.max_text_bytes) {
    ctx.log.add(ErrorCode::text_limit, ctx.offset_of(element),
                std::string("<") + element.name() + "> holds more than " +
                    std::to_string(ctx.limits.max_text_bytes) + " bytes of markup: cut there");
    cut(out, ctx.limits.max_text_bytes);
  }
  return out;
}

Extension extension_of(ReadContext& ctx, const pugi::xml_node& element, std::size_t depth) {
  // Builds the tree without recursion: `stack` holds the path from `element` to the node being
  // read, as pointers into the tree under construction.
  struct Frame {
    pugi::xml_node node;
    Extension* target;
    pugi::xml_node next_child;
    bool mixed;  // keeps whitespace-only text, which is content when text sits beside elements
  };
  Extension root;
  std::vector<Frame> stack;
  bool reported_depth = false;

  const auto fill = [&](const pugi::xml_node& node, Extension& e) {
    const QName q = ctx.scope.element_name(node);
    e.ns = std::string(q.uri);
    e.prefix = std::string(q.prefix);
    e.name = std::string(q.local);
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
      const char* name = a.name();
      if (std::strncmp(name, "xmlns", 5) == 0 && (name[5] == '\0' || name[5] == ':')) continue;
      const QName an = ctx.scope.attribute_name(a);
      e.attributes.push_back(
          {std::string(an.uri), std::string(an.prefix), std::string(an.local), a.value()});
    }
    bool mixed = false;
    bool elements = false;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (c.type() == pugi::node_element) {
        elements = true;
      } else if (is_text(c) && !is_blank(c.value())) {
        mixed = true;
      }
    }
    return mixed || !elements;
  };

  // The caller has entered `element`'s namespace declarations.
  stack.push_back({element, &root, element.first_child(), fill(element, root)});
  while (!stack.empty()) {
    Frame& top = stack.back();
    pugi::xml_node child = top.next_child;
    if (!child) {
      stack.pop_back();
      if (!stack.empty()) ctx.scope.leave();
      continue;
    }
    top.next_child = child.next_sibling();
    Extension& parent = *top.target;
    if (is_text(child)) {
      if (!top.mixed && is_blank(child.value())) continue;
      std::string& into = parent.children.empty() ? parent.text : parent.children.back().tail;
      into += child.value();
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    if (depth + stack.size() > ctx.limits.max_depth) {
      if (!reported_depth) {
        reported_depth = true;
        ctx.log.add(ErrorCode::depth_limit, ctx.offset_of(child),
                    "elements nested deeper than " + std::to_string(ctx.limits.max_depth) +
                        " levels: skipped");
      }
      continue;
    }
    ctx.scope.enter(child);
    parent.children.emplace_back();
    Extension& e = parent.children.back();
    const bool mixed = fill(child, e);
    stack.push_back({child, &e, child.first_child(), mixed});
  }
  return root;
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

void lang_and_base(const pugi::xml_node& element, std::optional<std::string>& lang,
                   std::string& base) {
  for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    if (std::strcmp(name, "xml:lang") == 0) {
      lang = a.value();
    } else if (std::strcmp(name, "xml:base") == 0) {
      base = a.value();
    }
  }
}

std::string url_of(ReadContext& ctx, const pugi::xml_node& element) {
  return std::string(trim(text_of(ctx, element)));
}

}  // namespace feedpp::detail
