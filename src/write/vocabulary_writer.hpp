// SPDX-License-Identifier: MIT
// Writing a vocabulary's structs (iTunes, Media RSS, ...) by their schemas (ext/schema.hpp), in
// the vocabulary's canonical namespace: attributes and text as the schema lists them, children in
// the order the struct's `order` recorded, then the values it does not cover in schema order,
// then the extensions left. An element that was there empty (the order lists it) is written
// empty, so that a round trip keeps it.
#ifndef FEEDPP_SRC_WRITE_VOCABULARY_WRITER_HPP
#define FEEDPP_SRC_WRITE_VOCABULARY_WRITER_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "date/datetime_format.hpp"
#include "ext/schema.hpp"
#include "feedpp/xml_writer.hpp"
#include "write/extension_writer.hpp"
#include "write/feed_writer.hpp"
#include "write/write_collisions.hpp"

namespace feedpp::detail {

// The text a scalar is written as.
inline const std::string& scalar_text(const std::string& s, Form) { return s; }
template <class T>
std::string scalar_text(const Typed<T>& t, Form form) {
  return text_of_typed(t, form);
}
// A date's text is written while the reader would still read it as the value, as Typed texts
// are: the vocabularies' dates are read tolerantly, so a text in another form (the podcast
// specification's own "2021-09-26T07:30:00.000-0600") is how the feed wrote it, kept. A value
// made in code, or changed, is formatted in the schema's form.
inline std::string scalar_text(const Date& d, Form form) {
  if (!d.value) return d.text;
  if (!d.text.empty()) {
    const std::optional<DateTime> reread = parse_date(trim(d.text));
    if (reread && *reread == *d.value) return d.text;
  }
  const DateStyle style = form == Form::rfc822 ? DateStyle::rfc822 : DateStyle::rfc3339;
  char buf[kRfc822Size > kRfc3339Size ? kRfc822Size : kRfc3339Size];
  const std::size_t n =
      style == DateStyle::rfc822 ? format_rfc822(*d.value, buf) : format_rfc3339(*d.value, buf);
  return std::string(buf, n);
}

template <class S>
void write_struct(XmlWriter& xml, Vocabulary vocabulary, std::string_view name, const S& s);

// Writes one value of type V as element `name`.
template <class V>
void write_value(XmlWriter& xml, Vocabulary vocabulary, std::string_view name, const V& value,
                 Form form) {
  if constexpr (has_schema<V>::value) {
    write_struct(xml, vocabulary, name, value);
  } else {
    xml.text_element(name, scalar_text(value, form), namespace_of(vocabulary),
                     prefix_of(vocabulary));
  }
}

template <class S>
void write_child(XmlWriter& xml, const S& s, Child child) {
  if (child.row == kExtensionEntry) {
    if constexpr (shape_of<S>().extensions) write_extension(xml, s.extensions[child.index]);
    return;
  }
  xml.spell_next(child.spelling);
  at_element_row(s, child.row,
                 [&](Vocabulary vocabulary, std::string_view name, const auto& m, Form form) {
                   write_value(xml, vocabulary, name, value_at(m, child.index), form);
                 });
  xml.spell_next(0);
}

// Writes the attributes of `s`, on the element just opened.
template <class S>
struct PartsWrite : CountRows {
  PartsWrite(XmlWriter& writer, const S& object) : xml(writer), s(object) {}
  XmlWriter& xml;
  const S& s;

  template <class M, class C>
  void attribute(std::string_view name, M C::*member, Form form = Form::plain) {
    if (has_content(s.*member) || listed(s, row)) xml.attribute(name, scalar_text(s.*member, form));
    ++row;
  }
  template <class M, class C>
  void attribute(Vocabulary vocabulary, std::string_view name, M C::*member,
                 Form form = Form::plain) {
    if (has_content(s.*member) || listed(s, row)) {
      xml.attribute(name, scalar_text(s.*member, form), namespace_of(vocabulary),
                    prefix_of(vocabulary));
    }
    ++row;
  }
  template <class M, class C>
  void other_attributes(M C::*member) {
    for (const Attribute& a : s.*member) xml.attribute(a.name, a.value, a.ns, a.prefix);
  }
};

// Writes the text of `s`.
template <class S>
struct TextWrite : IgnoreRows {
  TextWrite(XmlWriter& writer, const S& object, bool mixed_content)
      : xml(writer), s(object), mixed(mixed_content) {}
  XmlWriter& xml;
  const S& s;
  bool mixed;  // text beside children: pretty printing must not add to it

  template <class M, class C>
  void text(M C::*member, Form form = Form::plain) {
    const std::string text = scalar_text(s.*member, form);
    if (mixed && !text.empty()) xml.mixed_content();
    xml.text(text);
  }
};

template <class S>
void write_struct(XmlWriter& xml, Vocabulary vocabulary, std::string_view name, const S& s) {
  xml.start_element(name, namespace_of(vocabulary), prefix_of(vocabulary));
  PartsWrite<S> parts(xml, s);
  Schema<S>::visit(parts);
  const std::vector<Child> children = children_of(s);
  if constexpr (shape_of<S>().text) {
    TextWrite<S> text(xml, s, !children.empty());
    Schema<S>::visit(text);
  }
  for (const Child& c : children) write_child(xml, s, c);
  xml.end_element();
}

// Where the struct that holds a vocabulary's elements of a channel or an item is written: its
// elements that the format reads as its own fields (RSS's dc:title) are not declared on the
// root. The writer may leave them out, or write them with their namespaces declared in place, as
// it does colliding extensions (NamespaceSet::add_extensions); either way the same each time.
struct TopLevel {
  Target target;
  Level level;
};

// The namespaces the elements of `s` use below their own: other vocabularies' elements and
// attributes, and those of its extensions and other attributes. `top` for the top struct.
template <class S>
void add_struct_namespaces(NamespaceSet& set, const S& s, const TopLevel* top = nullptr);

template <class S>
struct NamespaceWalk : IgnoreRows {
  NamespaceWalk(NamespaceSet& namespaces, const S& object, const TopLevel* top_level)
      : set(namespaces), s(object), top(top_level) {}
  NamespaceSet& set;
  const S& s;
  const TopLevel* top;  // null below the top struct

  template <class M, class C, class... Rest>
  void attribute(std::string_view, M C::*, Rest...) {}  // no namespace to declare
  template <class M, class C, class... Rest>
  void attribute(Vocabulary vocabulary, std::string_view, M C::*member, Rest...) {
    if (has_content(s.*member)) set.add(prefix_of(vocabulary), namespace_of(vocabulary), true);
  }
  template <class M, class C, class... Rest>
  void element(std::string_view name, M C::*member, Rest...) {
    if (!collides(Schema<S>::vocabulary, name)) nested(Schema<S>::vocabulary, s.*member);
  }
  template <class M, class C, class... Rest>
  void element(Vocabulary vocabulary, std::string_view name, M C::*member, Rest...) {
    if (!collides(vocabulary, name)) nested(vocabulary, s.*member);
  }
  [[nodiscard]] bool collides(Vocabulary vocabulary, std::string_view name) const {
    return top != nullptr &&
           collision(top->target, top->level, vocabulary, name).kind != Collision::none;
  }
  template <class M>
  void nested(Vocabulary vocabulary, const M& m) {
    using V = typename value_of<M>::type;
    if constexpr (is_vector<M>::value) {
      if (!m.empty()) set.add(prefix_of(vocabulary), namespace_of(vocabulary));
      if constexpr (has_schema<V>::value) {
        for (const V& v : m) add_struct_namespaces(set, v);
      }
    } else if constexpr (is_optional<M>::value) {
      if (m) {
        set.add(prefix_of(vocabulary), namespace_of(vocabulary));
        add_struct_namespaces(set, *m);
      }
    } else if constexpr (has_schema<M>::value) {
      set.add(prefix_of(vocabulary), namespace_of(vocabulary));
      add_struct_namespaces(set, m);
    } else if (has_content(m)) {
      set.add(prefix_of(vocabulary), namespace_of(vocabulary));
    }
  }
  template <class M, class C>
  void other_attributes(M C::*member) {
    set.add_attributes(s.*member);
  }
  template <class M, class C>
  void extensions(M C::*member) {
    set.add_trees(s.*member);
  }
};

template <class S>
void add_struct_namespaces(NamespaceSet& set, const S& s, const TopLevel* top) {
  NamespaceWalk<S> w(set, s, top);
  Schema<S>::visit(w);
}

// The name of an element a struct's child is written as.
struct ElementName {
  Vocabulary vocabulary = Vocabulary::none;
  std::string_view name{};
  std::size_t spelling = XmlWriter::kAsNamed;  // which of its name's spellings (ElementOrder)
};

// The name `child` of `s` is written under, so that a writer can ask what its format's reader
// would make of it.
template <class S>
ElementName name_of_child(const S& s, Child child) {
  if (child.row == kExtensionEntry) {
    if constexpr (shape_of<S>().extensions) {
      const Extension& e = s.extensions[child.index];
      return {vocabulary_of(e.ns), e.name};
    }
    return {};
  }
  ElementName out;
  at_element_row(s, child.row,
                 [&](Vocabulary vocabulary, std::string_view name, const auto&, Form) {
                   out = {vocabulary, name, child.spelling};
                 });
  return out;
}

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_VOCABULARY_WRITER_HPP
