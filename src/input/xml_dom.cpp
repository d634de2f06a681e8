// SPDX-License-Identifier: MIT
#include "input/xml_dom.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_set>

#include "input/xml_repair.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kXmlnsNs = "http://www.w3.org/2000/xmlns/";

// Removes the attributes of `element` whose name an earlier one has, reporting each name once.
// A few attributes are compared in place; a hostile element's thousands go through a hash set.
void drop_repeated_attributes(const XmlDocument& xml, pugi::xml_node element, DiagnosticLog& log) {
  constexpr std::size_t kScanned = 16;
  std::array<const char*, kScanned> few{};
  std::size_t count = 0;
  std::unordered_set<std::string_view> many;
  std::unordered_set<std::string_view> reported;
  for (pugi::xml_attribute a = element.first_attribute(); a;) {
    const pugi::xml_attribute next = a.next_attribute();
    const char* name = a.name();
    bool repeated = false;
    if (count < kScanned) {
      for (std::size_t i = 0; i < count && !repeated; ++i)
        repeated = std::strcmp(few[i], name) == 0;
      if (!repeated) few[count] = name;
    } else {
      if (many.empty()) many.insert(few.begin(), few.end());
      repeated = !many.insert(name).second;
    }
    if (repeated) {
      if (reported.insert(name).second) {
        log.add(ErrorCode::xml_syntax, xml.offset_of(element),
                std::string("attribute ") + name + " repeated on <" + element.name() +
                    ">: the first one is kept");
      }
      element.remove_attribute(a);
    } else {
      ++count;
    }
    a = next;
  }
}

// XML forbids an attribute written twice on one element (3.1), which pugixml accepts. The later
// ones go, so that readers see the first, as the diagnostic says. Iterative: any depth. Only
// run when the clean-up saw a tag that may repeat one: the walk costs a tenth of the parse.
void drop_repeated_attributes(XmlDocument& xml, DiagnosticLog& log) {
  pugi::xml_node n = xml.doc.first_child();
  while (n) {
    if (n.type() == pugi::node_element) {
      const pugi::xml_attribute first = n.first_attribute();
      if (first && first.next_attribute()) drop_repeated_attributes(xml, n, log);
    }
    if (n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n && !n.next_sibling()) n = n.parent();
    if (n) n = n.next_sibling();
  }
}

}  // namespace

void NamespaceScope::enter(const pugi::xml_node& element) {
  marks_.push_back(bindings_.size());
  for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    if (name[0] != 'x' || std::strncmp(name, "xmlns", 5) != 0) continue;
    if (name[5] != '\0' && name[5] != ':') continue;
    const std::string_view prefix = name[5] == '\0' ? std::string_view() : name + 6;
    // Namespaces in XML section 3: no prefix may be bound to xmlns's namespace, and only xml to
    // XML's. Such a declaration binds nothing: the prefix reads as undeclared (and is reported).
    const std::string_view uri = a.value();
    if (uri == kXmlnsNs || (uri == kXmlNs && prefix != "xml")) continue;
    std::size_t shadowed = kNone;
    if (prefix.empty()) {
      shadowed = default_;
      default_ = bindings_.size();
    } else {
      const auto [it, fresh] = innermost_.try_emplace(prefix, bindings_.size());
      shadowed = fresh ? kNone : it->second;
      it->second = bindings_.size();
    }
    bindings_.push_back({prefix, a.value(), vocabulary_of(a.value()), shadowed});
  }
}

void NamespaceScope::leave() {
  if (marks_.empty()) return;
  while (bindings_.size() > marks_.back()) {
    const Binding& b = bindings_.back();
    if (b.prefix.empty()) {
      default_ = b.shadowed;
    } else if (b.shadowed == kNone) {
      innermost_.erase(b.prefix);
    } else {
      innermost_[b.prefix] = b.shadowed;
    }
    bindings_.pop_back();
  }
  marks_.pop_back();
}

const NamespaceScope::Binding* NamespaceScope::find(std::string_view prefix) const {
  if (prefix.empty()) return default_ == kNone ? nullptr : &bindings_[default_];
  const auto it = innermost_.find(prefix);
  return it == innermost_.end() ? nullptr : &bindings_[it->second];
}

const std::string_view* NamespaceScope::lookup(std::string_view prefix) const {
  const Binding* b = find(prefix);
  return b != nullptr ? &b->uri : nullptr;
}

QName NamespaceScope::element_name(const pugi::xml_node& element) {
  QName q = resolve(element.name(), false, element);
  if (!elements_from_.empty() && q.uri == elements_from_) {
    q.uri = elements_as_;
    q.vocabulary = elements_vocabulary_;
  }
  return q;
}

QName NamespaceScope::attribute_name(const pugi::xml_attribute& attribute) {
  return resolve(attribute.name(), true, pugi::xml_node());
}

QName NamespaceScope::resolve(std::string_view qname, bool is_attribute,
                              const pugi::xml_node& where) {
  QName q;
  const auto colon = qname.find(':');
  if (colon == std::string_view::npos) {
    q.local = qname;
    if (is_attribute) return q;  // unprefixed attributes are in no namespace
  } else {
    q.prefix = qname.substr(0, colon);
    q.local = qname.substr(colon + 1);
    if (is_attribute && q.prefix.empty()) {
      // ":a" is no name XML allows: kept whole, in no namespace, so that it never passes for
      // the attribute "a" (written, it becomes "_a").
      q.local = qname;
      return q;
    }
  }
  if (q.prefix == "xml") {
    q.uri = kXmlNs;
    q.vocabulary = Vocabulary::xml;
    return q;
  }
  if (const Binding* b = find(q.prefix)) {
    q.uri = b->uri;
    q.vocabulary = b->uri.empty() ? Vocabulary::none : b->vocabulary;
    return q;
  }
  if (q.prefix.empty()) return q;  // no default namespace declared
  // A prefix used without declaration: feeds do this with the common ones; assume those.
  q.uri = well_known_namespace(q.prefix);
  q.vocabulary = vocabulary_of(q.uri);
  if (std::find(reported_.begin(), reported_.end(), q.prefix) == reported_.end()) {
    reported_.emplace_back(q.prefix);
    log_->add(ErrorCode::undeclared_namespace,
              where && document_ != nullptr ? document_->offset_of(where) : kUnknownOffset,
              "prefix '" + std::string(q.prefix) + "' is used without a declaration" +
                  (q.uri.empty() ? std::string(": its namespace is unknown")
                                 : ": taken as " + std::string(q.uri)));
  }
  return q;
}

std::size_t XmlDocument::offset_of(const pugi::xml_node& node) const noexcept {
  std::ptrdiff_t at = node.offset_debug();
  if (at < 0 || repaired) return kUnknownOffset;
  if (node.type() == pugi::node_element && at > 0) --at;  // pugixml points past the '<'
  return map.original(static_cast<std::size_t>(at));
}

void load_xml(std::string_view text, XmlDocument& out, DiagnosticLog& log) {
  CleanupResult cleaned = cleanup_xml(text, log);
  pugi::xml_parse_result result;
  if (cleaned.changed) {
    out.buffer = std::move(cleaned.text);
    out.map = std::move(cleaned.map);
    // pugixml parses in place a buffer it does not own; `out.buffer` lives as long as the tree.
    result = out.doc.load_buffer_inplace(out.buffer.data(), out.buffer.size(), kParseFlags,
                                         pugi::encoding_utf8);
  } else {
    result = out.doc.load_buffer(text.data(), text.size(), kParseFlags, pugi::encoding_utf8);
  }
  if (result) {
    if (cleaned.may_repeat_attributes) drop_repeated_attributes(out, log);
    return;
  }

  // Not well-formed. Mend the markup and parse again; the notes say what was wrong and where.
  // An in-place parse has overwritten the cleaned text: make it again (findings already told).
  std::string cleaned_again;
  std::string_view parsed = text;
  if (!out.buffer.empty()) {
    DiagnosticLog quiet(false);
    cleaned_again = cleanup_xml(text, quiet).text;
    parsed = cleaned_again;
  }
  std::vector<RepairNote> notes;
  std::string repaired = repair_xml(parsed, notes);
  // The clean-up took an unterminated comment or PI to run to the end and read no references
  // in it; the repair ends it at the next "<", which makes what follows markup and text again.
  // Their references are made safe now, quietly: the offsets of the repaired text are no
  // one's. Everything else is clean already and is left as it is.
  {
    DiagnosticLog quiet(false);
    CleanupResult again = cleanup_xml(repaired, quiet);
    if (again.changed) repaired = std::move(again.text);
  }
  if (notes.empty()) {
    log.add(ErrorCode::xml_syntax, out.map.original(static_cast<std::size_t>(result.offset)),
            std::string("not well-formed XML: ") + result.description());
  }
  for (const RepairNote& note : notes) {
    log.add(note.cut ? ErrorCode::truncated : ErrorCode::xml_syntax, out.map.original(note.offset),
            "not well-formed XML: " + note.message);
  }
  pugi::xml_document second;
  const pugi::xml_parse_result again = second.load_buffer_inplace(repaired.data(), repaired.size(),
                                                                  kParseFlags, pugi::encoding_utf8);
  if (again && second.document_element()) {
    out.doc = std::move(second);  // its strings point into `repaired`, kept below
    out.buffer = std::move(repaired);
    out.repaired = true;
  }
  drop_repeated_attributes(out, log);
}

}  // namespace feedpp::detail
