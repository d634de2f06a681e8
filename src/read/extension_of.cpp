// SPDX-License-Identifier: MIT
#include "read/extension_of.hpp"

#include <vector>

namespace feedpp::detail {
namespace {

bool is_blank(const char* s) noexcept {
  for (; *s != '\0'; ++s) {
    if (!is_xml_space(*s)) return false;
  }
  return true;
}

// Fills `e` with the name and attributes of `node` (entered), and reserves its children. Lists
// are reserved to size: a podcast's items hold a dozen extensions each, and growing their lists
// by doubling cost 7% of its parse and a tenth of its peak memory. Returns true when the
// element's whitespace-only text is content: when text sits beside elements, or alone.
bool fill(ReadContext& ctx, const pugi::xml_node& node, Extension& e) {
  const QName q = ctx.scope.element_name(node);
  if (ctx.rss_in_no_namespace && q.vocabulary == Vocabulary::rss) {
    e.ns.clear();  // see ReadContext::rss_in_no_namespace
    e.prefix.clear();
  } else {
    e.ns = std::string(kept_namespace(q));
    e.prefix = std::string(q.prefix);
  }
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
}

}  // namespace

Extension extension_of(ReadContext& ctx, const pugi::xml_node& element, std::size_t depth) {
  // Builds the tree without recursion: `stack` holds the path from `element` to the node being
  // read, as pointers into the tree under construction.
  struct Frame {
    pugi::xml_node next_child;
    Extension* target;
    bool mixed;  // keeps whitespace-only text, which is content when text sits beside elements
  };
  Extension root;
  std::vector<Frame> stack;
  bool reported_depth = false;
  stack.push_back({element.first_child(), &root, fill(ctx, element, root)});
  while (!stack.empty()) {
    Frame& top = stack.back();
    const pugi::xml_node child = top.next_child;
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
    Extension& e = parent.children.emplace_back();
    const bool mixed = fill(ctx, child, e);
    stack.push_back({child.first_child(), &e, mixed});
  }
  return root;
}

}  // namespace feedpp::detail
