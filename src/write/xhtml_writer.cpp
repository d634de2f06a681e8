// SPDX-License-Identifier: MIT
#include "write/xhtml_writer.hpp"

#include <pugixml.hpp>

#include <string>
#include <vector>

#include "base/plain_text.hpp"
#include "feedpp/model.hpp"

namespace feedpp::detail {
namespace {

struct Binding {
  std::string prefix;
  std::string uri;
  std::size_t depth;
};

std::string_view split_prefix(std::string_view qname, std::string_view& local) {
  const auto colon = qname.find(':');
  if (colon == std::string_view::npos) {
    local = qname;
    return {};
  }
  local = qname.substr(colon + 1);
  return qname.substr(0, colon);
}

// The namespace `prefix` stands for in the fragment; XHTML for the default and for prefixes the
// fragment does not declare (it was cut out of a document that may have declared them).
std::string_view resolve(const std::vector<Binding>& scope, std::string_view prefix,
                         bool for_attribute, std::string_view unbound) {
  if (prefix == "xml") return ns::kXml;
  for (auto it = scope.rbegin(); it != scope.rend(); ++it) {
    if (it->prefix == prefix) return it->uri;
  }
  if (for_attribute) return {};
  return unbound;
}

}  // namespace

XhtmlFragment::XhtmlFragment() : doc_(std::make_unique<pugi::xml_document>()) {}
XhtmlFragment::~XhtmlFragment() = default;

bool XhtmlFragment::parse(std::string_view markup) {
  const unsigned flags = pugi::parse_default | pugi::parse_fragment | pugi::parse_ws_pcdata;
  return static_cast<bool>(
      doc_->load_buffer(markup.data(), markup.size(), flags, pugi::encoding_utf8));
}

bool XhtmlFragment::has_plain_text() const { return detail::has_plain_text(*doc_); }

bool XhtmlFragment::reads_without_div() const {
  std::size_t elements = 0;
  std::string_view first;
  for (pugi::xml_node n = doc_->first_child(); n; n = n.next_sibling()) {
    if (n.type() != pugi::node_element) continue;
    if (elements++ == 0) split_prefix(n.name(), first);
  }
  return elements != 1 || first != "div";
}

void XhtmlFragment::write_div(XmlWriter& xml) const {
  xml.start_element("div", ns::kXhtml);
  xml.mixed_content();
  write_nodes(xml, ns::kXhtml);
  xml.end_element();
}

void XhtmlFragment::write_nodes(XmlWriter& xml, std::string_view unbound) const {
  std::vector<Binding> scope;
  // Iterative pre-order walk; `depth` counts open elements below the div.
  std::size_t depth = 0;
  pugi::xml_node node = doc_->first_child();
  while (node) {
    bool descend = false;
    if (node.type() == pugi::node_element) {
      ++depth;
      for (const pugi::xml_attribute a : node.attributes()) {
        const std::string_view name = a.name();
        if (name == "xmlns") scope.push_back({"", a.value(), depth});
        if (name.substr(0, 6) == "xmlns:")
          scope.push_back({std::string(name.substr(6)), a.value(), depth});
      }
      std::string_view local;
      const std::string_view prefix = split_prefix(node.name(), local);
      xml.spell_next(XmlWriter::kAsNamed);  // markup, not the feed's elements
      xml.start_element(local, resolve(scope, prefix, false, unbound), prefix);
      xml.mixed_content();
      for (const pugi::xml_attribute a : node.attributes()) {
        const std::string_view name = a.name();
        if (name == "xmlns" || name.substr(0, 6) == "xmlns:") continue;
        std::string_view attr_local;
        const std::string_view attr_prefix = split_prefix(name, attr_local);
        const std::string_view attr_ns =
            attr_prefix.empty() ? std::string_view() : resolve(scope, attr_prefix, true, unbound);
        xml.attribute(attr_ns.empty() ? name : attr_local, a.value(), attr_ns, attr_prefix);
      }
      descend = static_cast<bool>(node.first_child());
      if (!descend) {
        xml.end_element();
        while (!scope.empty() && scope.back().depth == depth) scope.pop_back();
        --depth;
      }
    } else if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      xml.text(node.value());
    }
    if (descend) {
      node = node.first_child();
      continue;
    }
    // Next sibling, or climb, closing elements on the way up.
    while (node && !node.next_sibling()) {
      node = node.parent();
      if (!node || node.type() == pugi::node_document) {
        node = pugi::xml_node();
        break;
      }
      xml.end_element();
      while (!scope.empty() && scope.back().depth == depth) scope.pop_back();
      --depth;
    }
    if (node) node = node.next_sibling();
  }
}

}  // namespace feedpp::detail
