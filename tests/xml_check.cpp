// SPDX-License-Identifier: MIT
#include "xml_check.hpp"

#include <pugixml.hpp>

#include <map>
#include <utility>
#include <vector>

#include "base/utf8.hpp"

namespace feedpp::test {
namespace {

constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";

// Namespace scope for a walk over a pugixml tree.
class Scope {
 public:
  Scope() { bindings_.push_back({"xml", std::string(kXmlNs)}); }
  std::size_t mark() const { return bindings_.size(); }
  void reset(std::size_t mark) { bindings_.resize(mark); }
  // Records the xmlns attributes of `node`; returns a problem or "".
  std::string declare(const pugi::xml_node& node) {
    for (const pugi::xml_attribute a : node.attributes()) {
      const std::string_view name = a.name();
      if (name == "xmlns") {
        bindings_.push_back({"", a.value()});
      } else if (name.substr(0, 6) == "xmlns:") {
        const std::string prefix(name.substr(6));
        if (std::string_view(a.value()).empty()) return "empty namespace for prefix " + prefix;
        if (prefix == "xmlns") return "xmlns prefix declared";
        if (prefix == "xml" && a.value() != kXmlNs) return "xml prefix rebound";
        if (prefix != "xml" && a.value() == kXmlNs)
          return "prefix " + prefix + " bound to xml's URI";
        if (std::string_view(a.value()) == "http://www.w3.org/2000/xmlns/") {
          return "prefix " + prefix + " bound to xmlns's URI";
        }
        bindings_.push_back({prefix, a.value()});
      }
    }
    return {};
  }
  // Resolves a prefix; sets ok=false when unbound.
  std::string resolve(std::string_view prefix, bool& ok) const {
    for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it) {
      if (it->first == prefix) return it->second;
    }
    ok = prefix.empty();
    return {};
  }

 private:
  std::vector<std::pair<std::string, std::string>> bindings_;
};

// Namespaces in XML: a QName is a local name, or a prefix, a colon and a local name.
bool is_qname(std::string_view name) {
  const auto colon = name.find(':');
  if (colon == std::string_view::npos) return !name.empty();
  return colon != 0 && colon + 1 < name.size() &&
         name.find(':', colon + 1) == std::string_view::npos;
}

std::pair<std::string_view, std::string_view> split(std::string_view qname) {
  const auto colon = qname.find(':');
  if (colon == std::string_view::npos) return {{}, qname};
  return {qname.substr(0, colon), qname.substr(colon + 1)};
}

// One element, reduced to what equivalence compares.
struct Flat {
  std::string name;  // {uri}local
  std::map<std::string, std::string> attributes;
  // Children in order: elements as "<" + index into `all`, text as "T" + text.
  std::vector<std::string> content;
  std::string path;
};

std::string describe(const pugi::xml_node& node) {
  std::string path;
  for (pugi::xml_node n = node; n && n.type() == pugi::node_element; n = n.parent()) {
    path = "/" + std::string(n.name()) + path;
  }
  return path;
}

// Flattens the tree under `root` into `out` (pre-order, iterative), resolving namespaces.
std::string flatten(const pugi::xml_document& doc, std::vector<Flat>& out) {
  Scope scope;
  struct Frame {
    pugi::xml_node node;
    std::size_t mark;
    std::size_t index;
  };
  std::vector<Frame> stack;
  const pugi::xml_node root = doc.document_element();
  if (!root) return "no root element";
  const auto open = [&](pugi::xml_node node, std::string& problem) -> std::size_t {
    const std::size_t mark = scope.mark();
    problem = scope.declare(node);
    Flat f;
    f.path = describe(node);
    bool ok = true;
    if (!is_qname(node.name())) problem = "element name " + f.path + " is not a QName";
    const auto [prefix, local] = split(node.name());
    f.name = "{" + scope.resolve(prefix, ok) + "}" + std::string(local);
    if (!ok) problem = "unbound prefix on element " + f.path;
    for (const pugi::xml_attribute a : node.attributes()) {
      const std::string_view name = a.name();
      if (name == "xmlns" || name.substr(0, 6) == "xmlns:") continue;
      if (!is_qname(name))
        problem = "attribute " + std::string(name) + " of " + f.path + " is not a QName";
      const auto [aprefix, alocal] = split(name);
      bool aok = true;
      const std::string uri = aprefix.empty() ? std::string() : scope.resolve(aprefix, aok);
      if (!aok) problem = "unbound prefix on attribute " + std::string(name) + " of " + f.path;
      const std::string key = "{" + uri + "}" + std::string(alocal);
      if (!f.attributes.emplace(key, a.value()).second) {
        problem = "attribute " + key + " twice on " + f.path;
      }
    }
    out.push_back(std::move(f));
    stack.push_back({node, mark, out.size() - 1});
    return out.size() - 1;
  };
  std::string problem;
  open(root, problem);
  if (!problem.empty()) return problem;
  // Walk: for each frame, visit children in order.
  std::vector<pugi::xml_node> cursor{root.first_child()};
  while (!stack.empty()) {
    pugi::xml_node& child = cursor.back();
    Frame& top = stack.back();
    if (!child) {
      scope.reset(top.mark);
      stack.pop_back();
      cursor.pop_back();
      continue;
    }
    const pugi::xml_node node = child;
    child = child.next_sibling();
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      auto& content = out[top.index].content;
      if (!content.empty() && content.back()[0] == 'T') {
        content.back() += node.value();  // CDATA next to text is one text
      } else {
        content.push_back("T" + std::string(node.value()));
      }
    } else if (node.type() == pugi::node_element) {
      const std::size_t parent = top.index;
      const std::size_t index = open(node, problem);
      if (!problem.empty()) return problem;
      out[parent].content.push_back("<" + std::to_string(index));
      cursor.push_back(node.first_child());
    }
  }
  return {};
}

// Drops whitespace-only text from elements that also hold elements (formatting, not content).
void drop_formatting(std::vector<Flat>& flat) {
  for (Flat& f : flat) {
    bool has_element = false;
    for (const std::string& c : f.content) has_element |= c[0] == '<';
    if (!has_element) continue;
    std::vector<std::string> kept;
    for (std::string& c : f.content) {
      if (c[0] == 'T' && c.find_first_not_of(" \t\r\n", 1) == std::string::npos) continue;
      kept.push_back(std::move(c));
    }
    f.content = std::move(kept);
  }
}

constexpr unsigned kParseFlags = pugi::parse_default | pugi::parse_ws_pcdata;

}  // namespace

std::string xml_problem(std::string_view xml) {
  const auto* p = reinterpret_cast<const unsigned char*>(xml.data());
  const auto* const end = p + xml.size();
  while (p < end) {
    std::size_t len = 0;
    const char32_t cp = detail::decode_utf8(p, end, len);
    if (cp == detail::kBadUtf8) {
      return "invalid UTF-8 at byte " +
             std::to_string(p - reinterpret_cast<const unsigned char*>(xml.data()));
    }
    if (!detail::is_xml_char(cp)) {
      return "character U+" + std::to_string(static_cast<unsigned>(cp)) + " not allowed at byte " +
             std::to_string(p - reinterpret_cast<const unsigned char*>(xml.data()));
    }
    p += len;
  }
  pugi::xml_document doc;
  const pugi::xml_parse_result r =
      doc.load_buffer(xml.data(), xml.size(), kParseFlags, pugi::encoding_utf8);
  if (!r)
    return std::string("not well-formed: ") + r.description() + " at offset " +
           std::to_string(r.offset);
  std::vector<Flat> flat;
  return flatten(doc, flat);
}

std::string xml_difference(std::string_view a, std::string_view b) {
  pugi::xml_document da;
  pugi::xml_document db;
  if (!da.load_buffer(a.data(), a.size(), kParseFlags)) return "first document not well-formed";
  if (!db.load_buffer(b.data(), b.size(), kParseFlags)) return "second document not well-formed";
  std::vector<Flat> fa;
  std::vector<Flat> fb;
  if (const std::string p = flatten(da, fa); !p.empty()) return "first: " + p;
  if (const std::string p = flatten(db, fb); !p.empty()) return "second: " + p;
  drop_formatting(fa);
  drop_formatting(fb);
  // Walk both trees together from the roots.
  std::vector<std::pair<std::size_t, std::size_t>> todo{{0, 0}};
  while (!todo.empty()) {
    const auto [ia, ib] = todo.back();
    todo.pop_back();
    const Flat& x = fa[ia];
    const Flat& y = fb[ib];
    if (x.name != y.name) return x.path + ": element " + x.name + " vs " + y.name + " at " + y.path;
    if (x.attributes != y.attributes) {
      std::string d = x.path + ": attributes differ:";
      for (const auto& [k, v] : x.attributes) d += " " + k + "=\"" + v + "\"";
      d += " vs";
      for (const auto& [k, v] : y.attributes) d += " " + k + "=\"" + v + "\"";
      return d;
    }
    const std::size_t n = std::max(x.content.size(), y.content.size());
    for (std::size_t i = 0; i < n; ++i) {
      if (i >= x.content.size() || i >= y.content.size()) {
        return x.path + ": " + std::to_string(x.content.size()) + " vs " +
               std::to_string(y.content.size()) + " children";
      }
      const std::string& cx = x.content[i];
      const std::string& cy = y.content[i];
      if (cx[0] != cy[0]) return x.path + ": child " + std::to_string(i) + " is text in one only";
      if (cx[0] == 'T' && cx != cy) {
        return x.path + ": text \"" + cx.substr(1) + "\" vs \"" + cy.substr(1) + "\"";
      }
    }
    for (std::size_t i = n; i-- > 0;) {
      if (x.content[i][0] == '<') {
        todo.emplace_back(std::stoul(x.content[i].substr(1)), std::stoul(y.content[i].substr(1)));
      }
    }
  }
  return {};
}

}  // namespace feedpp::test
