// SPDX-License-Identifier: MIT
#include "read/walk.hpp"

#include <cstdint>
#include <cstring>

#include "base/xml_escape.hpp"

namespace feedpp::detail {

bool is_version(ReadContext& ctx, const pugi::xml_attribute& attribute) {
  const QName q = ctx.scope.attribute_name(attribute);
  return q.uri.empty() && q.local == "version";
}

std::string name_as_written(std::string_view local) {
  if (is_ncname(local)) return std::string(local);
  std::string out;
  append_ncname(out, local);
  return out;
}

void AttributeKeeper::keep(const pugi::xml_attribute& attribute) {
  QName q = ctx_.scope.attribute_name(attribute);
  const std::string_view uri = kept_namespace(q);
  // A prefix no declaration binds cannot be written; written without it, `p:type` would be the
  // element's own `type`. Kept in the name instead, as the clean-up keeps an empty one (`_type`).
  std::string mended;
  if (uri.empty() && !q.prefix.empty()) {
    mended = std::string(q.prefix) + "_" + std::string(q.local);
    q.local = mended;
    q.prefix = {};
  }
  constexpr std::size_t kScanned = 16;  // a few attributes: scan; a hostile element's: hash
  bool repeated = false;
  if (out_.size() < kScanned) {
    for (const Attribute& a : out_) repeated |= a.name == q.local && a.ns == uri;
  } else {
    if (seen_.empty()) {
      for (const Attribute& a : out_) seen_.insert(a.ns + '\x1F' + a.name);
    }
    repeated = !seen_.insert(std::string(uri) + '\x1F' + std::string(q.local)).second;
  }
  if (repeated) {
    ctx_.log.add(ErrorCode::xml_syntax, ctx_.offset_of(element_),
                 std::string("attribute ") + attribute.name() + " repeated on <" + element_.name() +
                     ">: the first one is kept");
    return;
  }
  out_.push_back(
      {std::string(uri), std::string(q.prefix), name_as_written(q.local), attribute.value()});
}

bool has_element_children(const pugi::xml_node& element) noexcept {
  for (pugi::xml_node c = element.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element) return true;
  }
  return false;
}

bool declares_only(const pugi::xml_node& node) noexcept {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    if (!is_xmlns(a.name())) return false;
  }
  return true;
}

bool is_text_only(const pugi::xml_node& node) noexcept {
  return declares_only(node) && !has_element_children(node);
}

bool has_loose_text(const pugi::xml_node& node) noexcept {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (is_text(c) && !trim(c.value()).empty()) return true;
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

std::string_view rdf_about(ReadContext& ctx, const pugi::xml_node& element) {
  for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) {
    if (is_xmlns(a.name())) continue;  // a declaration, no attribute of a namespace
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

bool read_root_namespace_as(ReadContext& ctx, const QName& root, Vocabulary format) {
  const Vocabulary v = root.vocabulary;
  const bool rss = format == Vocabulary::rss;
  const bool own = v == Vocabulary::none || (rss && v == Vocabulary::rdf) ||
                   (!rss && (v == format || v == Vocabulary::other || v == Vocabulary::atom03));
  if (own) return false;
  const Vocabulary as = rss ? Vocabulary::none : Vocabulary::atom;
  ctx.scope.read_elements_as(root.uri, namespace_of(as), as);
  return rss && (v == Vocabulary::rss || v == Vocabulary::other);
}

void keep_vocabulary_variants(const pugi::xml_node& root, std::vector<Namespace>& out) {
  std::uint64_t seen = 0;  // one bit per Vocabulary
  for (pugi::xml_attribute a = root.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    if (!is_xmlns(name)) continue;
    const std::string_view uri = a.value();
    const Vocabulary v = vocabulary_of(uri);
    const std::string_view written = namespace_of(v);
    const std::uint64_t bit = std::uint64_t{1} << (static_cast<unsigned>(v) & 63U);
    if (written.empty() || (seen & bit) != 0) continue;
    seen |= bit;
    if (written != uri) out.push_back({name[5] == ':' ? name + 6 : "", std::string(uri)});
  }
}

bool ReadContext::among_more_canonical(std::string_view uri, std::string_view name) const {
  for (const CanonicalName& c : more_canonical) {
    if (c.is(uri, name)) return true;
  }
  return false;
}

void ReadContext::saw_another_canonical(std::string_view uri, std::string_view name) {
  if (!among_more_canonical(uri, name)) more_canonical.push_back({uri, name});
}

bool ReadContext::spelled_canonically(std::string_view uri, std::string_view name) const {
  const std::size_t k = name_key(uri, name);
  if (!canonical_names.test(k)) return false;
  return first_canonical[k].is(uri, name) || among_more_canonical(uri, name);
}

void ReadContext::spelled(const QName& q, std::string_view name) {
  constexpr std::size_t kMostSpellings = 64;  // a document's few; a hostile one's are not kept
  constexpr unsigned kMostPerName = 4;        // what an ElementOrder entry can name
  spelling = 0;
  if (spellings == nullptr) return;
  const bool canonical = q.local == name;
  if (canonical) {
    saw_canonical(q.uri, name);
    if (spellings->empty()) return;
  }
  unsigned count = 0;  // this name's spellings so far
  for (const Spelling& s : *spellings) {
    if (s.name != name || s.ns != q.uri) continue;
    if (s.written == q.local) {
      spelling = count;
      return;
    }
    ++count;
  }
  const auto add = [&](std::string_view written) {
    spellings->push_back({std::string(q.uri), std::string(name), std::string(written)});
  };
  if (count == 0) {
    // The vocabulary's spelling, the default while the name has no other, stays the default of
    // the elements read before this one.
    if (canonical || spellings->size() + 2 > kMostSpellings) return;
    if (spelled_canonically(q.uri, name)) {
      add(name);
      count = 1;
    }
  } else if (count >= kMostPerName || spellings->size() >= kMostSpellings) {
    return;  // the default
  }
  add(q.local);
  spelling = count;
}

}  // namespace feedpp::detail
