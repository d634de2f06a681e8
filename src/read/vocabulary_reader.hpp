// SPDX-License-Identifier: MIT
// Reading a vocabulary's elements (iTunes, Media RSS, ...) into its structs, by their schemas
// (ext/schema.hpp). An element is typed when it fits its member: attributes the schema names or
// the struct keeps as others, text only where the struct holds text, children it names or keeps
// as extensions. One that does not fit is left to the caller, which keeps it as an extension,
// so nothing is lost and the struct never holds half an element.
#ifndef FEEDPP_SRC_READ_VOCABULARY_READER_HPP
#define FEEDPP_SRC_READ_VOCABULARY_READER_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "ext/schema.hpp"
#include "read/extension_of.hpp"
#include "read/text_of.hpp"
#include "read/walk.hpp"

namespace feedpp::detail {

// Scalars from an element's text or an attribute's value.
inline void read_scalar(std::string_view text, std::string& out) { out = std::string(text); }
template <class T>
void read_scalar(std::string_view text, Typed<T>& out) {
  out.text = std::string(text);
  out.value = Codec<T>::parse(out.text);
}
inline void read_scalar(std::string_view text, Date& out) {
  out.text = std::string(text);
  out.value = parse_date(trim(text));
}

template <class S>
bool read_struct(ReadContext& ctx, const pugi::xml_node& node, S& out, std::size_t depth);

// Reads one value of type V from `node` (entered); false when the element does not fit V.
template <class V>
bool read_value(ReadContext& ctx, const pugi::xml_node& node, V& out, std::size_t depth) {
  if constexpr (has_schema<V>::value) {
    return read_struct(ctx, node, out, depth);
  } else {
    if (!is_text_only(node)) return false;
    if constexpr (std::is_same_v<V, Date>) {
      out = date_of(ctx, node);  // with its bad_date warning
    } else {
      read_scalar(text_of(ctx, node), out);
    }
    return true;
  }
}

// Reads `node` into member `m`: a single value (false when `filled` already), an optional one
// or one more of a list. False when the element does not fit.
template <class M>
bool read_member(ReadContext& ctx, const pugi::xml_node& node, M& m, std::size_t depth,
                 bool filled) {
  using V = typename value_of<M>::type;
  if (filled && !is_vector<M>::value) return false;
  V value{};
  if (!read_value(ctx, node, value, depth)) return false;
  if constexpr (is_vector<M>::value) {
    m.push_back(std::move(value));
  } else {
    m = std::move(value);
  }
  return true;
}

// Finds the row a child element fills, and reads it there.
template <class S>
struct ElementMatch : CountRows {
  ElementMatch(ReadContext& context, const pugi::xml_node& element, const QName& name, S& object,
               std::size_t element_depth, std::uint64_t filled_rows)
      : ctx(context),
        node(element),
        q(name),
        out(object),
        depth(element_depth),
        filled(filled_rows) {}
  ReadContext& ctx;
  const pugi::xml_node& node;
  const QName& q;
  S& out;
  std::size_t depth;
  std::uint64_t filled;  // rows (below 64) that hold a single value already
  int matched = -1;
  bool fitted = false;
  bool repeated = false;  // it did not fit because its single-valued row holds a value already

  template <class M, class C, class... Rest>
  void element(std::string_view name, M C::*member, Rest...) {
    match(Schema<S>::vocabulary, name, member);
  }
  template <class M, class C, class... Rest>
  void element(Vocabulary vocabulary, std::string_view name, M C::*member, Rest...) {
    match(vocabulary, name, member);
  }
  template <class M, class C>
  void match(Vocabulary vocabulary, std::string_view name, M C::*member) {
    const std::uint8_t r = row++;
    if (matched >= 0 || q.vocabulary != vocabulary) return;
    // Feeds misspell the case of names ("episodetype"): the exact name first, then any case.
    if (q.local != name && !iequals(q.local, name)) return;
    matched = r;
    repeated = !is_vector<M>::value && r < 64 && ((filled >> r) & 1U) != 0;
    fitted = read_member(ctx, node, out.*member, depth, repeated);
    // A spelling is the typed element's: a misfit kept as an extension keeps its own name.
    if (fitted && !repeated) ctx.spelled(q, name);
  }
};

// Finds the row an attribute fills, and reads it there.
template <class S>
struct AttributeMatch : CountRows {
  AttributeMatch(const QName& name, std::string_view text, S& object)
      : q(name), value(text), out(object) {}
  const QName& q;
  std::string_view value;
  S& out;
  int matched = -1;

  template <class M, class C, class... Rest>
  void attribute(std::string_view name, M C::*member, Rest...) {
    take(q.uri.empty() && q.local == name, member);
  }
  template <class M, class C, class... Rest>
  void attribute(Vocabulary vocabulary, std::string_view name, M C::*member, Rest...) {
    take(q.vocabulary == vocabulary && q.local == name, member);
  }
  template <class M, class C>
  void take(bool same, M C::*member) {
    const std::uint8_t r = row++;
    if (matched >= 0 || !same) return;
    matched = r;
    read_scalar(value, out.*member);
  }
};

// Reads the element's text into the text row.
template <class S>
struct TextRead : CountRows {
  TextRead(ReadContext& context, const pugi::xml_node& element, S& object)
      : ctx(context), node(element), out(object) {}
  ReadContext& ctx;
  const pugi::xml_node& node;
  S& out;
  int read = -1;

  template <class M, class C, class... Rest>
  void text(M C::*member, Rest...) {
    read = row++;
    read_scalar(text_of(ctx, node), out.*member);
  }
};

template <class S>
bool read_attributes(ReadContext& ctx, const pugi::xml_node& node, S& out) {
  constexpr Shape shape = shape_of<S>();
  std::vector<Attribute>* others = nullptr;
  if constexpr (shape.other_attributes) others = &out.attributes;
  std::optional<AttributeKeeper> keeper;
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    if (is_xmlns(a.name())) continue;
    const QName q = ctx.scope.attribute_name(a);
    AttributeMatch<S> m(q, a.value(), out);
    Schema<S>::visit(m);
    if (m.matched >= 0) {
      if constexpr (shape.order) out.order.push_back(static_cast<std::uint8_t>(m.matched));
      continue;
    }
    if (others == nullptr) return false;
    if (!keeper) keeper.emplace(ctx, node, *others);
    keeper->keep(a);
  }
  return true;
}

template <class S>
bool read_struct(ReadContext& ctx, const pugi::xml_node& node, S& out, std::size_t depth) {
  constexpr Shape shape = shape_of<S>();
  if (!read_attributes(ctx, node, out)) return false;
  if constexpr (shape.text) {
    TextRead<S> t(ctx, node, out);
    Schema<S>::visit(t);
    if constexpr (shape.order) out.order.push_back(static_cast<std::uint8_t>(t.read));
  } else if (has_loose_text(node)) {
    return false;
  }
  bool fits = true;
  std::uint64_t filled = 0;
  for_each_child(ctx, node, false, [&](const pugi::xml_node& child, const QName& q) {
    if (!fits) return;
    ElementMatch<S> m(ctx, child, q, out, depth + 1, filled);
    Schema<S>::visit(m);
    if (m.matched >= 0 && m.fitted) {
      if (m.matched < 64) filled |= std::uint64_t{1} << m.matched;
      if constexpr (shape.order)
        out.order.push_back(static_cast<std::uint8_t>(m.matched), ctx.spelling);
      return;
    }
    if constexpr (shape.extensions) {
      out.extensions.push_back(extension_of(ctx, child, depth + 1));
      if constexpr (shape.order) out.order.push_back(kExtensionEntry);
    } else {
      fits = false;
    }
  });
  return fits;
}

// Reads `node`, a child of a channel or an item in the vocabulary of S, into `top`, the struct
// that holds that vocabulary's elements there. Returns false when the schema does not name it,
// when it does not fit its member, or when it repeats a single-valued one (the first stands):
// the caller keeps it as an extension. `depth` is the element's depth, the root being 1.
template <class S>
bool read_vocabulary_element(ReadContext& ctx, const pugi::xml_node& node, const QName& q, S& top,
                             std::size_t depth) {
  std::uint64_t filled = 0;
  for (std::size_t i = 0; i < top.order.size(); ++i) {
    if (top.order[i] < 64) filled |= std::uint64_t{1} << top.order[i];
  }
  ElementMatch<S> m(ctx, node, q, top, depth, filled);
  Schema<S>::visit(m);
  if (m.matched < 0) return false;
  if (!m.fitted) {
    // Only a repeat is a duplicate: one more of a list that does not fit is a misfit, kept
    // without a word, as the first of its name would be.
    if (m.repeated) {
      ctx.log.add(ErrorCode::duplicate_element, ctx.offset_of(node),
                  std::string("more than one <") + node.name() +
                      ">: the first is read, this one is kept as an extension");
    }
    return false;
  }
  top.order.push_back(static_cast<std::uint8_t>(m.matched), ctx.spelling);
  return true;
}

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_READ_VOCABULARY_READER_HPP
