// SPDX-License-Identifier: MIT
#include "check/walker.hpp"

#include <algorithm>
#include <cstring>

#include "base/ascii.hpp"
#include "check/findings.hpp"
#include "check/kinds.hpp"
#include "check/namespaces.hpp"
#include "check/values.hpp"

namespace feedpp::detail {
namespace {

// "xmlns" or "xmlns:…": a namespace declaration, not an attribute. Asked of every attribute of
// every element, so without a call to strncmp.
bool is_declaration(const char* name) noexcept {
  return name[0] == 'x' && name[1] == 'm' && name[2] == 'l' && name[3] == 'n' && name[4] == 's' &&
         (name[5] == '\0' || name[5] == ':');
}

// Deeper elements are not checked: the readers skip them too (ParseLimits::max_depth).
constexpr std::size_t kMaxDepth = 256;

bool is_blank(std::string_view s) {
  for (char c : s) {
    if (!is_xml_space(c) && c != '\f' && c != '\v') return false;
  }
  return true;
}

}  // namespace

void TextValue::strip() { view_ = detail::strip(view_); }

void ChildSet::clear() {
  for (std::size_t i = 0; i < used_; ++i) few_[i].second = 0;
  used_ = 0;
  if (!many_.empty()) many_.clear();
  total_ = 0;
}

void ChildSet::add(std::string_view name) {
  ++total_;
  if (!many_.empty()) {
    ++many_[name];
    return;
  }
  for (std::size_t i = 0; i < used_; ++i) {
    if (few_[i].first == name) {
      ++few_[i].second;
      return;
    }
  }
  if (used_ < kInline) {
    if (used_ == few_.size()) few_.emplace_back();
    few_[used_] = {name, 1};
    ++used_;
    return;
  }
  // Many distinct names (a hostile feed): move to the map, where lookups stay constant-time.
  for (std::size_t i = 0; i < used_; ++i) many_.emplace(few_[i].first, few_[i].second);
  used_ = 0;
  ++many_[name];
}

std::size_t ChildSet::count(std::string_view name) const {
  if (!many_.empty()) {
    const auto it = many_.find(name);
    return it == many_.end() ? 0 : it->second;
  }
  for (std::size_t i = 0; i < used_; ++i) {
    if (few_[i].first == name) return few_[i].second;
  }
  return 0;
}

std::string_view Walker::prefix_of(std::string_view uri) {
  for (const PrefixCache& c : prefixes_) {
    if (c.data == uri.data() && c.size == uri.size() && c.data != nullptr) return c.prefix;
  }
  const std::string_view prefix = known_prefix(uri);
  prefixes_[next_prefix_] = PrefixCache{uri.data(), uri.size(), prefix};
  next_prefix_ = (next_prefix_ + 1) % prefixes_.size();
  return prefix;
}

bool Walker::is_default_namespace(std::string_view uri) const {
  return std::find(defaults_.begin(), defaults_.end(), uri) != defaults_.end();
}

std::size_t Walker::offset_of(const pugi::xml_node& node) const {
  if (!xml_.repaired) return xml_.offset_of(node);
  const auto it = repaired_offsets_.find(node.internal_object());
  return it == repaired_offsets_.end() ? kUnknownOffset : it->second;
}

// A repaired document was parsed from a mended copy, whose offsets are not the text's. Its start
// tags are the text's, in the same order: each is found after the one before.
void Walker::locate_repaired(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  for (std::size_t at = text_.find('<', cursor_); at != std::string_view::npos;
       at = text_.find('<', at + 1)) {
    if (text_.compare(at + 1, name.size(), name) != 0) continue;
    const std::size_t end = at + 1 + name.size();
    if (end < text_.size() && !is_xml_space(text_[end]) && text_[end] != '/' && text_[end] != '>')
      continue;
    repaired_offsets_.emplace(node.internal_object(), at);
    cursor_ = at + 1;
    return;
  }
}

const Frame* Walker::rss_of(const Frame& f) const {
  std::size_t i = f.parent;
  for (std::size_t guard = 0; guard <= depth_; ++guard) {
    const Frame& p = stack_[i];
    if (p.kind == Kind::rss) return &p;
    if (i == 0) return nullptr;
    i = p.parent;
  }
  return nullptr;
}

const char* Walker::attr(const Frame& f, const char* name) {
  const pugi::xml_attribute a = f.node.attribute(name);
  return a ? a.value() : nullptr;
}

const char* Walker::attr_ns(const Frame& f, std::string_view uri, std::string_view local) const {
  for (pugi::xml_attribute a = f.node.first_attribute(); a; a = a.next_attribute()) {
    const std::string_view qname = a.name();
    const auto colon = qname.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;
    if (qname.substr(colon + 1) != local) continue;
    const std::string_view prefix = qname.substr(0, colon);
    if (prefix == "xml" && uri == kXmlNs) return a.value();
    const std::string_view* bound = scope_->lookup(prefix);
    if (bound != nullptr && *bound == uri) return a.value();
  }
  return nullptr;
}

void Walker::log(std::string_view code, const Frame& at, const Params& params) {
  Params p = params;
  if (!p.has_element) p.element(at.name);  // the W3C log's default
  log_at(code, at.node ? offset_of(at.node) : kUnknownOffset, p);
}

void Walker::log_at(std::string_view code, std::size_t offset, const Params& p) {
  std::size_t& n = counts_[code];
  if (++n > kFindingsPerCode) return;
  out_.push_back(make_finding(code, offset, p));
}

std::size_t Walker::drop(std::string_view code) {
  const auto it = std::remove_if(out_.begin() + static_cast<std::ptrdiff_t>(first_), out_.end(),
                                 [&](const Finding& f) { return f.code == code; });
  const auto n = static_cast<std::size_t>(out_.end() - it);
  out_.erase(it, out_.end());
  counts_[code] = 0;
  return n;
}

void Walker::drop_tag_findings(std::size_t mark) {
  const auto tag = [](const Finding& f) {
    return (f.code == "SecurityRisk" && f.param("tag") != "?import") ||
           f.code == "SecurityRiskAttr" || f.code == "DangerousStyleAttr" ||
           (f.code == "NotHtml" && f.param("message") == "Non-html tag");
  };
  mark = std::min(mark, out_.size());
  out_.erase(std::remove_if(out_.begin() + static_cast<std::ptrdiff_t>(mark), out_.end(), tag),
             out_.end());
}

std::size_t Walker::logged(std::string_view code) const {
  const auto it = counts_.find(code);
  return it == counts_.end() ? 0 : it->second;
}

void Walker::run() {
  first_ = out_.size();
  DiagnosticLog quiet(false);
  NamespaceScope scope(quiet, &xml_);
  scope_ = &scope;
  stack_.emplace_back();
  Frame& root = stack_[0];
  root.kind = Kind::root;
  root.name = "root";
  depth_ = 1;

  const pugi::xml_node top = xml_.doc.document_element();
  if (!top) return;
  pugi::xml_node n = top;
  start(n);
  pugi::xml_node c = n.first_child();
  for (;;) {
    if (c) {
      const pugi::xml_node_type t = c.type();
      if (t == pugi::node_element) {
        if (depth_ <= kMaxDepth) {
          start(c);
          n = c;
          c = c.first_child();
          continue;
        }
      } else if (t == pugi::node_pcdata || t == pugi::node_cdata) {
        characters(c.value(), c);
      }
      c = c.next_sibling();
      continue;
    }
    end();
    if (n == top) break;
    c = n.next_sibling();
    n = n.parent();
  }
  // Prefixes without a declaration (Namespaces in XML §5): the W3C validator's parser stops
  // there ("unbound prefix"); the scope noted each one, where it was first used.
  for (const Diagnostic& d : quiet.finish(text_)) {
    if (d.code != ErrorCode::undeclared_namespace) continue;
    log_at("SAXError", d.location.line == 0 ? kUnknownOffset : d.location.offset,
           Params().with("exception", "not well-formed XML: " + d.message));
  }
  scope_ = nullptr;
}

void Walker::start(const pugi::xml_node& node) {
  if (xml_.repaired) locate_repaired(node);
  scope_->enter(node);
  declarations(node);
  const QName q = scope_->element_name(node);
  dispatch(stack_[depth_ - 1], node, q.uri, q.local);
  Frame& f = stack_[depth_ - 1];
  if (starts_ != nullptr) {
    starts_->push_back(ElementStart{offset_of(node), std::string(f.name),
                                    is_root(f) ? std::string() : std::string(parent_of(f).name)});
  }
  unexpected_attributes(f);
}

// The W3C validator's startPrefixMapping(): each namespace declaration is looked at.
void Walker::declarations(const pugi::xml_node& node) {
  lang_ = base_ = pugi::xml_attribute();
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    if (name[0] == 'x' && name[1] == 'm' && name[2] == 'l' && name[3] == ':') {
      if (std::strcmp(name + 4, "lang") == 0) lang_ = a;
      if (std::strcmp(name + 4, "base") == 0) base_ = a;
      continue;
    }
    if (!is_declaration(name)) continue;
    const std::string_view prefix = name[5] == ':' ? std::string_view(name + 6) : "";
    declaration(*this, stack_[depth_ - 1], node, prefix, a.value());
  }
}

void Walker::characters(std::string_view text, const pugi::xml_node& node) {
  static_cast<void>(node);
  Frame& f = stack_[depth_ - 1];
  text_event(*this, f, text);
}

void Walker::end() {
  Frame& f = stack_[depth_ - 1];
  end_event(*this, f);
  scope_->leave();
  --depth_;
}

void Walker::dispatch(Frame& parent, const pugi::xml_node& node, std::string_view uri,
                      std::string_view local) {
  start_event(*this, parent, node, uri, local);
}

Frame& Walker::push(std::size_t parent, const pugi::xml_node& node, std::string_view uri,
                    std::string_view local, std::string_view name, const Handler& handler) {
  Frame& p = stack_[parent];
  if (depth_ == stack_.size()) stack_.emplace_back();
  Frame& f = stack_[depth_];
  f.index = depth_++;
  f.node = node;
  f.kind = handler.kind;
  f.check = handler.check;
  f.flags = handler.flags;
  f.arg = handler.arg;
  f.unique = handler.unique;
  f.parent = parent;
  f.name = name;
  f.uri = uri;
  f.local = local;
  f.value.clear();
  f.children.clear();
  f.forced_children = false;
  f.any_child_element = false;
  f.itunes = false;
  f.has_lang = p.has_lang;
  f.lang = p.lang;
  f.base = p.base;
  f.base_absolute = p.base_absolute;
  f.version = {};
  f.link.clear();
  f.title.clear();
  f.docs.clear();
  f.type = {};
  f.rel = {};
  f.hreflang = {};
  f.href = {};
  f.has_src = f.has_content = f.content_src = f.mixed = false;
  f.literal = p.kind == Kind::rdf_extension && p.literal;
  f.content_type = {};
  f.links.clear();
  f.item_offsets.clear();
  f.enclosures.clear();
  if (f.seen) {
    for (auto& s : *f.seen) {
      if (!s.empty()) s.clear();
    }
  }
  f.slots.reset();
  set_element(*this, f);
  return f;
}

Frame& Walker::push_child(Frame& parent, const pugi::xml_node& node, std::string_view uri,
                          std::string_view local, std::string_view name, const Handler& handler) {
  return push(parent.index, node, uri, local, name, handler);
}

void Walker::unexpected_attributes(Frame& f) {
  for (pugi::xml_attribute a = f.node.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    if (is_declaration(name)) continue;
    const QName q = scope_->attribute_name(a);
    if (q.uri == kXmlNs) continue;  // xml:base, xml:lang, xml:id, xml:space are everywhere
    if (expects_attribute(*this, f, q.uri, q.local)) continue;
    unexpected_attribute(*this, f, q.uri, q.local);
  }
}

std::string_view Walker::resolve_attribute(const pugi::xml_attribute& a) const {
  return scope_->attribute_name(a).uri;
}

bool Walker::blank(std::string_view s) { return is_blank(s); }

}  // namespace feedpp::detail
