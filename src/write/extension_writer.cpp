// SPDX-License-Identifier: MIT
#include "write/extension_writer.hpp"

#include <algorithm>

#include "base/vocabulary.hpp"
#include "base/xml_escape.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kXmlnsNs = "http://www.w3.org/2000/xmlns/";

bool has_mixed_content(const Extension& e) {
  if (e.children.empty()) return false;
  if (!e.text.empty()) return true;
  for (const Extension& child : e.children) {
    if (!child.tail.empty()) return true;
  }
  return false;
}

void open(XmlWriter& xml, const Extension& e) {
  xml.spell_next(XmlWriter::kAsNamed);  // it keeps the name it was read with
  xml.start_element(e.name, e.ns, e.prefix);
  for (const Attribute& a : e.attributes) xml.attribute(a.name, a.value, a.ns, a.prefix);
  // Pretty printing must not add whitespace to text that sits between elements.
  if (has_mixed_content(e)) xml.mixed_content();
  xml.text(e.text);
}

}  // namespace

void write_uncolliding(XmlWriter& xml, const std::vector<Extension>& extensions, Target target,
                       Level level) {
  for (const Extension& e : extensions) {
    if (collision(target, level, e).kind == Collision::none) write_extension(xml, e);
  }
}

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

void NamespaceSet::add(std::string_view prefix, std::string_view uri, bool for_attribute) {
  // The default namespace is the format's own (none for RSS, Atom's for Atom): never an
  // extension element's, which get theirs declared where they stand. An attribute in a
  // namespace needs a prefix, made up below if it has none.
  if ((prefix.empty() && !for_attribute) || uri.empty() || uri == kXmlNs || uri == kXmlnsNs) {
    return;
  }
  if (has_uri(uri)) return;
  // A vocabulary declared already under one of its variants is written in that one (see
  // FeedWriterBase::alias_vocabularies()).
  if (const Vocabulary v = vocabulary_of(uri); namespace_of(v) == uri) {
    for (const Namespace& n : namespaces_) {
      if (vocabulary_of(n.uri) == v) return;
    }
  }
  // A prefix another URI has: declare this one under a made-up prefix, as the XmlWriter would,
  // so that what is written reads back declared the same way.
  // A prefix that cannot be declared gets a made-up one too, as the XmlWriter would give it.
  const bool declarable = is_ncname(prefix) && prefix != "xml" && prefix != "xmlns";
  std::string chosen = declarable ? std::string(prefix) : "ns1";
  for (unsigned n = 1; has_prefix(chosen); ++n) chosen = "ns" + std::to_string(n);
  if (!uris_.empty() || namespaces_.size() + 1 >= kScanned) {
    if (uris_.empty()) {
      for (const Namespace& ns : namespaces_) {
        uris_.insert(ns.uri);
        prefixes_.insert(ns.prefix);
      }
    }
    uris_.emplace(uri);
    prefixes_.insert(chosen);
  }
  namespaces_.push_back({std::move(chosen), std::string(uri)});
}

bool NamespaceSet::has_uri(std::string_view uri) const {
  if (!uris_.empty()) return uris_.count(std::string(uri)) != 0;
  for (const Namespace& n : namespaces_) {
    if (n.uri == uri) return true;
  }
  return false;
}

bool NamespaceSet::has_prefix(std::string_view prefix) const {
  if (!prefixes_.empty()) return prefixes_.count(std::string(prefix)) != 0;
  for (const Namespace& n : namespaces_) {
    if (n.prefix == prefix) return true;
  }
  return false;
}

void NamespaceSet::add_attributes(const std::vector<Attribute>& attributes) {
  for (const Attribute& a : attributes) add(a.prefix, a.ns, true);
}

void NamespaceSet::add_extensions(const std::vector<Extension>& extensions, Target target,
                                  Level level) {
  std::vector<const Extension*> todo;
  for (const Extension& e : extensions) {
    if (collision(target, level, e).kind == Collision::none) todo.push_back(&e);
  }
  add_all(todo);
}

void NamespaceSet::add_trees(const std::vector<Extension>& extensions) {
  std::vector<const Extension*> todo;
  todo.reserve(extensions.size());
  for (const Extension& e : extensions) todo.push_back(&e);
  add_all(todo);
}

void NamespaceSet::add_all(std::vector<const Extension*>& todo) {
  // Breadth first, so that namespaces are declared in the order the document first uses them.
  for (std::size_t i = 0; i < todo.size(); ++i) {
    const Extension* e = todo[i];
    add(e->prefix, e->ns);
    add_attributes(e->attributes);
    for (const Extension& child : e->children) todo.push_back(&child);
  }
}

void NamespaceSet::declare(XmlWriter& xml) const {
  // In order of prefix, so that the declarations do not depend on the order they were found in.
  std::vector<const Namespace*> sorted;
  sorted.reserve(namespaces_.size());
  for (const Namespace& n : namespaces_) sorted.push_back(&n);
  std::sort(sorted.begin(), sorted.end(),
            [](const Namespace* a, const Namespace* b) { return a->prefix < b->prefix; });
  for (const Namespace* n : sorted) xml.namespace_declaration(n->prefix, n->uri);
}

}  // namespace feedpp::detail
