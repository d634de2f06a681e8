// SPDX-License-Identifier: MIT
// What the RSS and Atom readers share: the walk over an element's children with namespaces in
// scope, text and markup out of elements, extension trees, dates, and the bookkeeping of each
// struct's ElementOrder (including what happens to a second <title>: the last one wins, the
// earlier becomes an extension where it stood, so nothing is lost).
#ifndef FEEDPP_SRC_READER_SUPPORT_HPP
#define FEEDPP_SRC_READER_SUPPORT_HPP

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/ascii.hpp"

#include "base/diagnostic_log.hpp"
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
  std::size_t items = 0;  // items read so far, for ParseLimits::max_items

  [[nodiscard]] std::size_t offset_of(const pugi::xml_node& node) const {
    return xml.offset_of(node);
  }
};

// Calls f(child, qname) for each element child of `parent`, with the child's namespace
// declarations in scope. Text directly inside `parent` (but whitespace) is reported as
// unexpected_text when `structural` (channel, item, feed, entry hold elements only).
template <class F>
void for_each_child(ReadContext& ctx, const pugi::xml_node& parent, bool structural, F&& f) {
  for (pugi::xml_node child = parent.first_child(), next; child; child = next) {
    next = child.next_sibling();  // `f` may release `child` (an item, once read)
    const pugi::xml_node_type type = child.type();
    if (type == pugi::node_element) {
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

// Returns true when `attribute` is a root's `version`, by its resolved name: no namespace and the
// local name "version", however it was written.
bool is_version(ReadContext& ctx, const pugi::xml_attribute& attribute);

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

// Counts the element children of `parent`, and with `nested`, those of its children named
// `nested` (any prefix, any case) too: a little more than the items of a feed (RSS items are in
// the channel), to reserve them so that they are not moved again and again as the list grows.
// It reads no names below `parent`: each would be a cache miss in a big document.
std::size_t count_elements(const pugi::xml_node& parent, std::string_view nested = {}) noexcept;

// Counts `element` and the elements that follow it among its siblings, up to `most`.
std::size_t count_siblings(const pugi::xml_node& element, std::size_t most) noexcept;

// Returns the character data of `element` (text and CDATA in order, entities decoded), cut at
// ParseLimits::max_text_bytes.
std::string text_of(ReadContext& ctx, const pugi::xml_node& element);

// Returns the content of `element` serialized as XML markup (its children, not itself): what an
// XHTML or inline-markup text construct holds. The form is canonical, so that the writers'
// output reads back the same: XHTML elements (and HTML ones in no namespace) unprefixed and
// undeclared, an element of another namespace (SVG) unprefixed and declaring it as its default,
// prefixed attributes declaring their prefix where first used. Deeper than the depth limit is
// skipped.
std::string markup_of(ReadContext& ctx, const pugi::xml_node& element);

// Returns the content of `element` as an HTML string: child elements serialized as markup (as
// markup_of does), text as it is. For HTML content that mixes escaped markup (text) with inline
// elements, as some feeds do: both end up as the markup they stand for.
std::string html_of(ReadContext& ctx, const pugi::xml_node& element);

// Returns `element` as an Extension tree (iteratively; deeper than the depth limit is cut).
// `depth` is the element's depth in the document, the root being 1.
Extension extension_of(ReadContext& ctx, const pugi::xml_node& element, std::size_t depth);

// Reads a date element: its text as written and, when parse_date() can read it, its value;
// otherwise a bad_date warning.
Date date_of(ReadContext& ctx, const pugi::xml_node& element);

// Returns the rdf:about of `element` (found by namespace, whatever the prefix) without
// surrounding whitespace, or "".
std::string_view rdf_about(ReadContext& ctx, const pugi::xml_node& element);

// Reads xml:lang and xml:base on `element`.
void lang_and_base(const pugi::xml_node& element, std::optional<std::string>& lang,
                   std::string& base);

// A URL or identifier element: its text without surrounding whitespace.
std::string url_of(ReadContext& ctx, const pugi::xml_node& element);

// The bookkeeping of one struct being read: its ElementOrder, and what to do with a second
// element for a single-valued field.
template <class Struct, class Element>
class Slots {
 public:
  Slots(ReadContext& ctx, Struct& target, std::size_t depth)
      : ctx_(ctx), target_(target), depth_(depth) {}

  // Records `node` as filling a list field in form `slot`.
  void list(Element slot) { target_.order.push_back(slot); }

  // Records `node` as filling single-valued field `field` in form `slot`. The caller then
  // stores its value. When the field was filled before, the earlier element becomes an
  // extension where it stood (the last one wins, as in other readers).
  void single(Element field, Element slot, const pugi::xml_node& node) {
    const std::size_t f = static_cast<std::size_t>(field) % kFields;
    if (filled_[f]) demote(f, node);
    filled_[f] = node;
    where_[f] = target_.order.size();
    target_.order.push_back(slot);
  }

  // Keeps `node` as an extension where it stands.
  void extension(const pugi::xml_node& node) {
    target_.order.push_back(Element::extension);
    // Room for the elements left, at the first: most that follow one extension are more (but
    // for the items after a channel's, hence a cap).
    if (target_.extensions.empty()) target_.extensions.reserve(count_siblings(node, 32));
    target_.extensions.push_back(extension_of(ctx_, node, depth_ + 1));
  }

 private:
  // The single-valued fields come before Element::extension in each enum; sized to them, the
  // bookkeeping of a person or an image costs no more than it holds.
  static constexpr std::size_t kFields = static_cast<std::size_t>(Element::extension);

  // `current` is the element being read, whose namespace scope is entered.
  void demote(std::size_t f, const pugi::xml_node& current) {
    const pugi::xml_node earlier = filled_[f];
    const std::size_t at = where_[f];
    std::size_t before = 0;  // extensions listed before the earlier element
    for (std::size_t i = 0; i < at; ++i) before += target_.order[i] == Element::extension;
    ctx_.log.add(ErrorCode::duplicate_element, ctx_.offset_of(earlier),
                 std::string("more than one <") + earlier.name() +
                     ">: the last is read, this one is kept as an extension");
    // Read `earlier` in its own scope: the parent's, with its declarations, not `current`'s.
    ctx_.scope.leave();
    ctx_.scope.enter(earlier);
    target_.extensions.insert(target_.extensions.begin() + static_cast<std::ptrdiff_t>(before),
                              extension_of(ctx_, earlier, depth_ + 1));
    ctx_.scope.leave();
    ctx_.scope.enter(current);
    target_.order.set(at, Element::extension);
  }

  ReadContext& ctx_;
  Struct& target_;
  std::size_t depth_;
  std::array<pugi::xml_node, kFields> filled_{};
  std::array<std::size_t, kFields> where_{};
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_READER_SUPPORT_HPP
