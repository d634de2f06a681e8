// SPDX-License-Identifier: MIT
#include "extension_writer.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";

bool has_mixed_content(const Extension& e) {
  if (e.children.empty()) return false;
  if (!e.text.empty()) return true;
  for (const Extension& child : e.children) {
    if (!child.tail.empty()) return true;
  }
  return false;
}

void open(XmlWriter& xml, const Extension& e) {
  xml.start_element(e.name, e.ns, e.prefix);
  for (const Attribute& a : e.attributes) xml.attribute(a.name, a.value, a.ns, a.prefix);
  // Pretty printing must not add whitespace to text that sits between elements.
  if (has_mixed_content(e)) xml.mixed_content();
  xml.text(e.text);
}

}  // namespace

void write_extension(XmlWriter& xml, const Extension& extension) {
  struct Frame {
    const Extension* element;
    std::size_t next_child;
  };
  std::vector<Frame> stack;
  open(xml, extension);
  stack.push_back({&extension, 0});
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next_child < top.element->children.size()) {
      const Extension& child = top.element->children[top.next_child++];
      open(xml, child);
      stack.push_back({&child, 0});
      continue;
    }
    const Extension* done = top.element;
    stack.pop_back();
    xml.end_element();
    // The tail is text of the parent; the tree's own root has none to write (feed elements
    // hold no text between their children).
    if (!stack.empty()) xml.text(done->tail);
  }
}

void NamespaceSet::add(std::string_view prefix, std::string_view uri) {
  // The default namespace is the format's own (none for RSS, Atom's for Atom): never an
  // extension's. Extensions that use one get it declared where they stand.
  if (prefix.empty() || uri.empty() || uri == kXmlNs) return;
  for (const Namespace& n : namespaces_) {
    if (n.uri == uri || n.prefix == prefix) return;
  }
  namespaces_.push_back({std::string(prefix), std::string(uri)});
}

void NamespaceSet::add_attributes(const std::vector<Attribute>& attributes) {
  for (const Attribute& a : attributes) add(a.prefix, a.ns);
}

void NamespaceSet::add_extensions(const std::vector<Extension>& extensions) {
  // Breadth first, so that namespaces are declared in the order the document first uses them.
  std::vector<const Extension*> todo;
  for (const Extension& e : extensions) todo.push_back(&e);
  for (std::size_t i = 0; i < todo.size(); ++i) {
    const Extension* e = todo[i];
    add(e->prefix, e->ns);
    add_attributes(e->attributes);
    for (const Extension& child : e->children) todo.push_back(&child);
  }
}

void NamespaceSet::declare(XmlWriter& xml) const {
  for (const Namespace& n : namespaces_) xml.namespace_declaration(n.prefix, n.uri);
}

}  // namespace feedpp::detail
