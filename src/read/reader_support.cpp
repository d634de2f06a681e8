// SPDX-License-Identifier: MIT
#include "read/reader_support.hpp"

#include <cstring>
#include <vector>

#include "base/utf8.hpp"
#include "base/xml_escape.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kXhtml = "http://www.w3.org/1999/xhtml";

bool is_text(const pugi::xml_node& n) noexcept {
  return n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata;
}

bool is_blank(const char* s) noexcept {
  for (; *s != '\0'; ++s) {
    if (!is_xml_space(*s)) return false;
  }
  return true;
}

// Appends `text` escaped for XML character data (or a double-quoted attribute value).
void append_escaped(std::string& out, std::string_view text, bool attribute) {
  detail::append_escaped(out, text, attribute ? EscapeMode::attribute : EscapeMode::text);
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

// A local name as writers write it: "a:b:c" has the local name "b:c", which is no NCName.
std::string name_as_written(std::string_view local) {
  if (is_ncname(local)) return std::string(local);
  std::string out;
  append_ncname(out, local);
  return out;
}

}  // namespace

bool is_version(ReadContext& ctx, const pugi::xml_attribute& attribute) {
  const QName q = ctx.scope.attribute_name(attribute);
  return q.uri.empty() && q.local == "version";
}

void AttributeKeeper::keep(const pugi::xml_attribute& attribute) {
  const QName q = ctx_.scope.attribute_name(attribute);
  constexpr std::size_t kScanned = 16;  // a few attributes: scan; a hostile element's: hash
  bool repeated = false;
  if (out_.size() < kScanned) {
    for (const Attribute& a : out_) repeated |= a.name == q.local && a.ns == q.uri;
  } else {
    if (seen_.empty()) {
      for (const Attribute& a : out_) seen_.insert(a.ns + '\x1F' + a.name);
    }
    repeated = !seen_.insert(std::string(q.uri) + '\x1F' + std::string(q.local)).second;
  }
  if (repeated) {
    ctx_.log.add(ErrorCode::xml_syntax, ctx_.offset_of(element_),
                 std::string("attribute ") + attribute.name() + " repeated on <" + element_.name() +
                     ">: the first one is kept");
    return;
  }
  out_.push_back(
      {std::string(q.uri), std::string(q.prefix), name_as_written(q.local), attribute.value()});
}

bool has_element_children(const pugi::xml_node& element) noexcept {
  for (pugi::xml_node c = element.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element) return true;
  }
  return false;
}

std::size_t count_elements(const pugi::xml_node& parent, std::string_view nested) noexcept {
  std::size_t n = 0;
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    ++n;
    if (nested.empty()) continue;
    std::string_view name = c.name();
    name.remove_prefix(name.find(':') + 1);  // npos + 1 == 0: no prefix
    if (iequals(name, nested)) n += count_elements(c);
  }
  return n;
}

std::size_t count_siblings(const pugi::xml_node& element, std::size_t most) noexcept {
  std::size_t n = 0;
  for (pugi::xml_node c = element; c && n < most; c = c.next_sibling()) {
    n += c.type() == pugi::node_element;
  }
  return n;
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

namespace {

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
std::string serialize(ReadContext& ctx, const pugi::xml_node& element, bool escape_text) {
  std::string out;
  struct Binding {
    std::string_view prefix;
    std::string_view uri;
    std::size_t depth;
  };
  std::vector<Binding> source;  // declarations inside the content, as the document has them
  std::vector<Binding> output{{"", kXhtml, 0}};  // declarations in what is written
  const auto resolve = [&](std::string_view prefix) -> std::string_view {
    for (auto it = source.rbegin(); it != source.rend(); ++it) {
      if (it->prefix == prefix) return it->uri;
    }
    if (const std::string_view* outer = ctx.scope.lookup(prefix)) return *outer;
    return prefix.empty() ? std::string_view() : well_known_namespace(prefix);
  };
  const auto written = [&](std::string_view prefix) -> const std::string_view* {
    for (auto it = output.rbegin(); it != output.rend(); ++it) {
      if (it->prefix == prefix) return &it->uri;
    }
    return nullptr;
  };
  const auto as_html = [](std::string_view uri) {
    const Vocabulary v = vocabulary_of(uri);
    return v == Vocabulary::none || v == Vocabulary::xhtml || v == Vocabulary::atom ||
           v == Vocabulary::atom03 || v == Vocabulary::rss;
  };
  const auto pop = [](std::vector<Binding>& list, std::size_t depth) {
    while (!list.empty() && list.back().depth == depth) list.pop_back();
  };
  const std::size_t base_depth = depth_of(element);
  bool reported_depth = false;
  std::size_t depth = 0;
  pugi::xml_node node = element.first_child();
  while (node && node != element) {
    bool descend = false;
    if (is_text(node)) {
      if (escape_text) {
        append_escaped(out, node.value(), false);
      } else {
        out += node.value();
      }
    } else if (node.type() == pugi::node_element && base_depth + depth + 1 > ctx.limits.max_depth) {
      if (!reported_depth) {
        reported_depth = true;
        ctx.log.add(ErrorCode::depth_limit, ctx.offset_of(node),
                    "elements nested deeper than " + std::to_string(ctx.limits.max_depth) +
                        " levels: skipped");
      }
    } else if (node.type() == pugi::node_element) {
      ++depth;
      for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        const std::string_view name = a.name();
        if (name == "xmlns") source.push_back({"", a.value(), depth});
        if (name.substr(0, 6) == "xmlns:") source.push_back({name.substr(6), a.value(), depth});
      }
      const std::string_view qname = node.name();
      const std::string_view prefix = prefix_of(qname);
      const std::string_view local = prefix.empty() ? qname : qname.substr(prefix.size() + 1);
      std::string_view uri = resolve(prefix);
      if (as_html(uri)) uri = kXhtml;
      out.push_back('<');
      append_ncname(out, local);  // "a:b:c" has the local name "b:c", which no writer writes
      if (*written("") != uri) {
        output.push_back({"", uri, depth});
        out += " xmlns=\"";
        append_escaped(out, uri, true);
        out += '"';
      }
      for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        const std::string_view name = a.name();
        if (name == "xmlns" || name.substr(0, 6) == "xmlns:") continue;
        const std::string_view attribute_prefix = prefix_of(name);
        std::string_view attribute_uri;
        if (attribute_prefix == "xml") {
          attribute_uri = ns::kXml;
        } else if (!attribute_prefix.empty()) {
          attribute_uri = resolve(attribute_prefix);
          const std::string_view* declared = written(attribute_prefix);
          if (!attribute_uri.empty() && (declared == nullptr || *declared != attribute_uri)) {
            output.push_back({attribute_prefix, attribute_uri, depth});
            out += " xmlns:";
            out += attribute_prefix;
            out += "=\"";
            append_escaped(out, attribute_uri, true);
            out += '"';
          }
        }
        // As writers write names: a prefix that stands for nothing is part of the name, and
        // what cannot be in a name becomes '_'.
        out += ' ';
        if (attribute_uri.empty()) {
          append_ncname(out, name);
        } else {
          out += attribute_prefix;
          out += ':';
          append_ncname(out, name.substr(attribute_prefix.size() + 1));
        }
        out += "=\"";
        append_escaped(out, a.value(), true);
        out += '"';
      }
      if (node.first_child()) {
        out.push_back('>');
        descend = true;
      } else {
        out += "/>";
        pop(source, depth);
        pop(output, depth);
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
      const std::string_view qname = node.name();
      const std::string_view prefix = prefix_of(qname);
      out += "</";
      append_ncname(out, prefix.empty() ? qname : qname.substr(prefix.size() + 1));
      out.push_back('>');
      pop(source, depth);
      pop(output, depth);
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

}  // namespace

std::string markup_of(ReadContext& ctx, const pugi::xml_node& element) {
  return serialize(ctx, element, true);
}

std::string html_of(ReadContext& ctx, const pugi::xml_node& element) {
  return serialize(ctx, element, false);
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

  // Lists are reserved to size: a podcast's items hold a dozen extensions each, and growing
  // their lists by doubling cost 7% of its parse and a tenth of its peak memory.
  const auto fill = [&](const pugi::xml_node& node, Extension& e) {
    const QName q = ctx.scope.element_name(node);
    e.ns = std::string(q.uri);
    e.prefix = std::string(q.prefix);
    e.name = name_as_written(q.local);
    std::size_t attributes = 0;
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) ++attributes;
    if (attributes > 0) {  // most extensions have none, and a keeper (a hash set) is not free
      e.attributes.reserve(attributes);
      AttributeKeeper keeper(ctx, node, e.attributes);
      for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        if (!is_xmlns(a.name())) keeper.keep(a);
      }
    }
    bool mixed = false;
    std::size_t elements = 0;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (c.type() == pugi::node_element) {
        ++elements;
      } else if (is_text(c) && !is_blank(c.value())) {
        mixed = true;
      }
    }
    e.children.reserve(elements);
    return mixed || elements == 0;
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

std::string_view rdf_about(ReadContext& ctx, const pugi::xml_node& element) {
  for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) {
    const QName q = ctx.scope.attribute_name(a);
    // Trimmed like the text of an id element (url_of), which is how writers write it.
    if (q.vocabulary == Vocabulary::rdf && q.local == "about") return trim(a.value());
  }
  return {};
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
