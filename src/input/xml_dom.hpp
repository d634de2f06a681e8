// SPDX-License-Identifier: MIT
// The parser's view of XML: pugixml for the tree (one of the few files that include it), with
// what pugixml leaves out added on top: namespaces (resolved by URI, never by prefix, with the
// well-known prefixes feeds use without declaring them), and the repair of broken documents.
#ifndef FEEDPP_SRC_XML_DOM_HPP
#define FEEDPP_SRC_XML_DOM_HPP

#include <pugixml.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diagnostic_log.hpp"
#include "base/vocabulary.hpp"
#include "input/xml_cleanup.hpp"

namespace feedpp::detail {

// A resolved element or attribute name. The views point into the document or static tables, and
// stay valid as long as the document.
struct QName {
  std::string_view uri;
  std::string_view prefix;
  std::string_view local;
  Vocabulary vocabulary = Vocabulary::none;
};

struct XmlDocument;

// The namespace declarations in scope during a depth-first walk of a pugixml tree.
class NamespaceScope {
 public:
  // `document` places diagnostics (null: no positions).
  NamespaceScope(DiagnosticLog& log, const XmlDocument* document)
      : log_(&log), document_(document) {}

  // Takes the xmlns attributes of `element` into scope; call leave() when done with it.
  void enter(const pugi::xml_node& element);
  void leave();

  // Resolves the name of `element` (which must have been entered).
  QName element_name(const pugi::xml_node& element);
  // From now on, resolves elements in namespace `uri` as in `as_uri`, of vocabulary `as`. For a
  // root in another vocabulary's namespace (Atom's <feed> in Dublin Core's): the readers take
  // the elements beside it as their format's, so they must not read as that vocabulary's, nor be
  // kept under its namespace, where written back they would (found by roundtrip_fuzzer).
  void read_elements_as(std::string_view uri, std::string_view as_uri, Vocabulary as) noexcept {
    elements_from_ = uri;
    elements_as_ = as_uri;
    elements_vocabulary_ = as;
  }
  // Resolves an attribute name; unprefixed attributes are in no namespace.
  QName attribute_name(const pugi::xml_attribute& attribute);
  // Returns the URI `prefix` is bound to, or null.
  [[nodiscard]] const std::string_view* lookup(std::string_view prefix) const;

 private:
  // Views into the document's strings, which outlive the walk.
  struct Binding {
    std::string_view prefix;
    std::string_view uri;
    Vocabulary vocabulary;
    std::size_t shadowed;  // the binding of the same prefix this one hides, or kNone
  };
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  const Binding* find(std::string_view prefix) const;
  QName resolve(std::string_view qname, bool is_attribute, const pugi::xml_node& where);

  DiagnosticLog* log_;
  const XmlDocument* document_;
  std::vector<Binding> bindings_;
  // The innermost binding of each prefix: lookups stay constant-time even when a hostile
  // document declares a million namespaces.
  std::unordered_map<std::string_view, std::size_t> innermost_;
  std::size_t default_ = kNone;  // the innermost default namespace, kept apart: most names use it
  std::vector<std::size_t> marks_;
  std::vector<std::string> reported_;  // undeclared prefixes already reported
  std::string_view elements_from_;     // read_elements_as(), when not empty
  std::string_view elements_as_;
  Vocabulary elements_vocabulary_ = Vocabulary::none;
};

// The document as pugixml parsed it, with the text it was parsed from.
struct XmlDocument {
  pugi::xml_document doc;
  std::string buffer;     // the text pugixml parsed in place, when it had to be copied or changed
  OffsetMap map;          // offsets in the parsed text to offsets in the input text
  bool repaired = false;  // the tree is of a repaired copy, whose offsets are not the input's

  // Returns the offset of `node` in the input text (0 when unknown).
  [[nodiscard]] std::size_t offset_of(const pugi::xml_node& node) const noexcept;
};

// pugixml's flags for feeds: entities decoded, CDATA kept apart, whitespace-only text kept (it
// is content in XHTML), DOCTYPE read (for Netscape's RSS 0.91), comments and PIs dropped.
inline constexpr unsigned kParseFlags =
    pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;

// Parses UTF-8 `text`: cleans it up (xml_cleanup), parses it with pugixml, and when pugixml
// reports an error, records it and parses a repaired copy (xml_repair) if that reads more.
void load_xml(std::string_view text, XmlDocument& out, DiagnosticLog& log);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_XML_DOM_HPP
