// SPDX-License-Identifier: MIT
// The walk the readers share: the state of one document's read (ReadContext), the children of an
// element with their namespaces in scope, and what the readers ask of an element's attributes.
#ifndef FEEDPP_SRC_READ_WALK_HPP
#define FEEDPP_SRC_READ_WALK_HPP

#include <array>
#include <bitset>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/ascii.hpp"
#include "base/diagnostic_log.hpp"
#include "base/vocabulary.hpp"
#include "feedpp/model.hpp"
#include "feedpp/parse.hpp"
#include "input/xml_dom.hpp"

namespace feedpp::detail {

// State shared by the readers of one document.
struct ReadContext {
  ReadContext(XmlDocument& document, DiagnosticLog& diagnostics, const ParseLimits& budget)
      : xml(document), log(diagnostics), limits(budget), scope(diagnostics, &document) {}

  XmlDocument& xml;
  DiagnosticLog& log;
  const ParseLimits& limits;
  NamespaceScope scope;
  std::size_t items = 0;                       // items read so far, for ParseLimits::max_items
  std::vector<Spelling>* spellings = nullptr;  // Feed::spellings
  // RSS 1.0 and 0.90 (RDF) put RSS's own elements in a namespace of their own, which no format
  // feedpp writes has: set by the RSS reader of such a document, so that extension_of() keeps
  // those elements in no namespace, where RSS 2.0 (which write_rss() writes) has them (a <title>
  // that a later <dc:title> took the place of is RSS 2.0's <title> again).
  bool rss_in_no_namespace = false;
  // Which spelling of its name the element being read had (ElementOrder::spelling()): set by
  // spelled(), 0 at each child for_each_child() visits, taken by the order entry pushed for it.
  unsigned spelling = 0;

  // Notes how the element `q`, which names the element `name` of its vocabulary, spelled it, so
  // that writers spell it so again: in Feed::spellings, where the document spells it otherwise
  // (and then each way it does, the first its default), and in `spelling`.
  void spelled(const QName& q, std::string_view name);
  // Returns true when `q`'s local name is `name` in any letter case, noting how it was spelled.
  bool names(const QName& q, std::string_view name) {
    if (q.local == name) {
      if (spellings != nullptr) saw_canonical(q.uri, name);
      return true;
    }
    if (!iequals(q.local, name)) return false;
    spelled(q, name);
    return true;
  }

  [[nodiscard]] std::size_t offset_of(const pugi::xml_node& node) const {
    return xml.offset_of(node);
  }

  // Notes that the document spells element `name` of namespace `uri` as its vocabulary does.
  void saw_canonical(std::string_view uri, std::string_view name) {
    const std::size_t k = name_key(uri, name);
    if (!canonical_names.test(k)) {
      canonical_names.set(k);
      first_canonical[k] = {uri, name};
    } else if (!first_canonical[k].is(uri, name)) {
      saw_another_canonical(uri, name);
    }
  }
  // Returns true when the document spelled element `name` of `uri` as its vocabulary does.
  [[nodiscard]] bool spelled_canonically(std::string_view uri, std::string_view name) const;

  // The names seen spelled as their vocabulary spells them: a bit for each hash bucket, the
  // first name seen in each, and the others of a bucket that two names share. Exact, since a
  // spelling kept or not must be the same when the document is written and read again (found
  // by roundtrip_fuzzer: a collision dropped a spelling on the second read). The views are into
  // the document's text and the field tables, which outlive the read.
  struct CanonicalName {
    std::string_view uri;
    std::string_view name;
    // The same views, most often (a name from its table row, a URI from its declaration).
    [[nodiscard]] bool is(std::string_view u, std::string_view n) const noexcept {
      return (name.data() == n.data() ? name.size() == n.size() : name == n) &&
             (uri.data() == u.data() ? uri.size() == u.size() : uri == u);
    }
  };
  std::bitset<256> canonical_names{};
  std::array<CanonicalName, 256> first_canonical{};
  std::vector<CanonicalName> more_canonical{};
  void saw_another_canonical(std::string_view uri, std::string_view name);
  [[nodiscard]] bool among_more_canonical(std::string_view uri, std::string_view name) const;
  static std::size_t name_key(std::string_view uri, std::string_view name) noexcept {
    return name.empty() ? 0
                        : (name.size() * 31 + static_cast<unsigned char>(name.front()) * 7 +
                           static_cast<unsigned char>(name.back()) + uri.size() * 13) &
                              255U;
  }
};

// Calls f(child, qname) for each element child of `parent`, with the child's namespace
// declarations in scope. Text directly inside `parent` (but whitespace) is reported as
// unexpected_text when `structural` (channel, item, feed, entry hold elements only).
template <class F>
void for_each_child(ReadContext& ctx, const pugi::xml_node& parent, bool structural, F&& f) {
  for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
    const pugi::xml_node_type type = child.type();
    if (type == pugi::node_element) {
      ctx.spelling = 0;
      ctx.scope.enter(child);
      const QName name = ctx.scope.element_name(child);
      f(child, name);
      ctx.scope.leave();
    } else if (structural && (type == pugi::node_pcdata || type == pugi::node_cdata) &&
               !trim(child.value()).empty()) {
      ctx.log.add(ErrorCode::unexpected_text, ctx.offset_of(child),
                  std::string("text directly inside <") + parent.name() + ">: dropped");
    }
  }
}

// Returns true when `name` is a namespace declaration (xmlns, xmlns:p).
inline bool is_xmlns(const char* name) noexcept {
  return name[0] == 'x' && name[1] == 'm' && name[2] == 'l' && name[3] == 'n' && name[4] == 's' &&
         (name[5] == '\0' || name[5] == ':');
}

// Where the root named `root` of a feed read as `format` (Vocabulary::rss or Vocabulary::atom)
// is in a namespace the format is not written in, reads the elements in that namespace as the
// format's own (NamespaceScope::read_elements_as): in no namespace for RSS, in Atom 1.0's for
// Atom. For RSS that is any namespace but RDF's; for Atom, another vocabulary's. Returns whether
// it did, with RSS's own or an unknown namespace: the one to write RSS in again
// (Feed::namespaces).
bool read_root_namespace_as(ReadContext& ctx, const QName& root, Vocabulary format);

// Appends to `out` each namespace `root` declares for a vocabulary feedpp types under another URI
// than the one it writes, the first of each vocabulary (see Feed::namespaces).
void keep_vocabulary_variants(const pugi::xml_node& root, std::vector<Namespace>& out);

// Returns true when `node` is text (character data or CDATA).
inline bool is_text(const pugi::xml_node& node) noexcept {
  return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

// Returns true when `attribute` is a root's `version`, by its resolved name: no namespace and the
// local name "version", however it was written.
bool is_version(ReadContext& ctx, const pugi::xml_attribute& attribute);

// The namespace an element or attribute named `q` is kept in, as an extension: the URI feedpp
// writes for its vocabulary when it has one, so that a variant read as the vocabulary (Apple's
// DTD URI in capitals, Media RSS without its slash, Dublin Core 1.0) is written back under the
// canonical URI as the typed elements beside it are; any other URI as written.
inline std::string_view kept_namespace(const QName& q) noexcept {
  const std::string_view canonical = namespace_of(q.vocabulary);
  return canonical.empty() ? q.uri : canonical;
}

// Returns a local name as writers write it: "a:b:c" has the local name "b:c", which is no NCName.
std::string name_as_written(std::string_view local);

// Copies attributes of one element into a list, resolved by namespace. A repeated attribute
// (same namespace and name) is not well-formed XML: it is reported as xml_syntax, and the first
// one stands. Linear however many attributes there are.
class AttributeKeeper {
 public:
  AttributeKeeper(ReadContext& ctx, const pugi::xml_node& element, std::vector<Attribute>& out)
      : ctx_(ctx), element_(element), out_(out) {}
  void keep(const pugi::xml_attribute& attribute);

 private:
  ReadContext& ctx_;
  const pugi::xml_node& element_;
  std::vector<Attribute>& out_;
  std::unordered_set<std::string> seen_;  // namespace and name, once there are many
};

// Returns true when `element` has element children (its content is markup, not text).
bool has_element_children(const pugi::xml_node& element) noexcept;

// Returns true when `node` has no attribute but namespace declarations.
bool declares_only(const pugi::xml_node& node) noexcept;

// Returns true when `node` holds text only: no attribute but namespace declarations, and no
// child element.
bool is_text_only(const pugi::xml_node& node) noexcept;

// Returns true when `node` has text beside its children that is not white space.
bool has_loose_text(const pugi::xml_node& node) noexcept;

// Counts the element children of `parent`, and with `nested`, those of its children named
// `nested` (any prefix, any case) too: a little more than the items of a feed (RSS items are in
// the channel), to reserve them so that they are not moved again and again as the list grows.
// It reads no names below `parent`: each would be a cache miss in a big document.
std::size_t count_elements(const pugi::xml_node& parent, std::string_view nested = {}) noexcept;

// Counts `element` and the elements that follow it among its siblings, up to `most`.
std::size_t count_siblings(const pugi::xml_node& element, std::size_t most) noexcept;

// Returns the rdf:about of `element` (found by namespace, whatever the prefix) without
// surrounding whitespace, or "".
std::string_view rdf_about(ReadContext& ctx, const pugi::xml_node& element);

// Reads xml:lang and xml:base on `element`.
void lang_and_base(const pugi::xml_node& element, std::optional<std::string>& lang,
                   std::string& base);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_READ_WALK_HPP
