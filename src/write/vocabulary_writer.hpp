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

// Whether row `row` of `s` was there in the parsed document.
template <class S>
bool listed(const S& s, std::uint8_t row) {
  if constexpr (shape_of<S>().order) {
    return s.order.contains(row);
  } else {
    return false;
  }
}

// How many values a member holds to write: a list's size, or 1 for a single one that has a
// value or was there empty.
template <class S, class M>
std::size_t available(const S& s, const M& m, std::uint8_t row) {
  if constexpr (is_vector<M>::value) {
    return m.size();
  } else if constexpr (is_optional<M>::value) {
    return m.has_value() ? 1 : 0;
  } else if constexpr (has_schema<M>::value) {
    return 1;
  } else {
    return has_content(m) || listed(s, row) ? 1 : 0;
  }
}

// One child to write: a row's n-th value, or (row kExtensionEntry) the n-th extension.
struct Child {
  std::uint8_t row;
  std::uint32_t index;
};

// Counts each element row's values, and says which rows are elements.
template <class S>
struct RowCounts {
  const S& s;
  std::vector<std::size_t> counts{};
  std::vector<bool> is_element{};
  std::uint8_t row = 0;

  template <class... A>
  void attribute(A&&...) {
    add(0, false);
  }
  template <class... A>
  void text(A&&...) {
    add(0, false);
  }
  template <class M, class C, class... Rest>
  void element(std::string_view, M C::*member, Rest...) {
    add(available(s, s.*member, row), true);
  }
  template <class M, class C, class... Rest>
  void element(Vocabulary, std::string_view, M C::*member, Rest...) {
    add(available(s, s.*member, row), true);
  }
  void add(std::size_t n, bool element) {
    counts.push_back(n);
    is_element.push_back(element);
    ++row;
  }
  template <class M>
  void other_attributes(M) {}
  template <class M>
  void extensions(M) {}
  template <class M>
  void order(M) {}
};

// The children of `s` in the order to write them.
template <class S>
std::vector<Child> children_of(const S& s) {
  RowCounts<S> counts{s};
  Schema<S>::visit(counts);
  std::vector<std::size_t> next(counts.counts.size(), 0);
  std::size_t extensions = 0;
  std::size_t next_extension = 0;
  if constexpr (shape_of<S>().extensions) extensions = s.extensions.size();
  std::vector<Child> out;
  if constexpr (shape_of<S>().order) {
    for (std::size_t i = 0; i < s.order.size(); ++i) {
      const std::uint8_t r = s.order[i];
      if (r == kExtensionEntry) {
        if (next_extension < extensions) {
          out.push_back({r, static_cast<std::uint32_t>(next_extension)});
        }
        ++next_extension;
      } else if (r < counts.counts.size() && counts.is_element[r]) {
        if (next[r] < counts.counts[r]) out.push_back({r, static_cast<std::uint32_t>(next[r])});
        ++next[r];
      }
    }
  }
  for (std::size_t r = 0; r < counts.counts.size(); ++r) {
    for (; next[r] < counts.counts[r]; ++next[r]) {
      out.push_back({static_cast<std::uint8_t>(r), static_cast<std::uint32_t>(next[r])});
    }
  }
  for (; next_extension < extensions; ++next_extension) {
    out.push_back({kExtensionEntry, static_cast<std::uint32_t>(next_extension)});
  }
  return out;
}

// Writes one child of `s`.
template <class S>
struct ChildWrite {
  XmlWriter& xml;
  const S& s;
  Child child;
  std::uint8_t row = 0;

  template <class... A>
  void attribute(A&&...) {
    ++row;
  }
  template <class... A>
  void text(A&&...) {
    ++row;
  }
  template <class M, class C>
  void element(std::string_view name, M C::*member, Form form = Form::plain) {
    write(Schema<S>::vocabulary, name, s.*member, form);
  }
  template <class M, class C>
  void element(Vocabulary vocabulary, std::string_view name, M C::*member,
               Form form = Form::plain) {
    write(vocabulary, name, s.*member, form);
  }
  template <class M>
  void write(Vocabulary vocabulary, std::string_view name, const M& m, Form form) {
    if (row++ != child.row) return;
    if constexpr (is_vector<M>::value) {
      write_value(xml, vocabulary, name, m[child.index], form);
    } else if constexpr (is_optional<M>::value) {
      write_value(xml, vocabulary, name, *m, form);
    } else {
      write_value(xml, vocabulary, name, m, form);
    }
  }
  template <class M>
  void other_attributes(M) {}
  template <class M>
  void extensions(M) {}
  template <class M>
  void order(M) {}
};

template <class S>
void write_child(XmlWriter& xml, const S& s, Child child) {
  if (child.row == kExtensionEntry) {
    if constexpr (shape_of<S>().extensions) write_extension(xml, s.extensions[child.index]);
    return;
  }
  ChildWrite<S> w{xml, s, child};
  Schema<S>::visit(w);
}

// Writes the attributes and the text of `s`, on the element just opened.
template <class S>
struct PartsWrite {
  XmlWriter& xml;
  const S& s;
  std::uint8_t row = 0;

  template <class M, class C>
  void attribute(std::string_view name, M C::*member, Form form = Form::plain) {
    const std::uint8_t r = row++;
    if (has_content(s.*member) || listed(s, r)) xml.attribute(name, scalar_text(s.*member, form));
  }
  template <class M, class C>
  void attribute(Vocabulary vocabulary, std::string_view name, M C::*member,
                 Form form = Form::plain) {
    const std::uint8_t r = row++;
    if (has_content(s.*member) || listed(s, r)) {
      xml.attribute(name, scalar_text(s.*member, form), namespace_of(vocabulary),
                    prefix_of(vocabulary));
    }
  }
  template <class M, class C>
  void other_attributes(M C::*member) {
    for (const Attribute& a : s.*member) xml.attribute(a.name, a.value, a.ns, a.prefix);
  }
  template <class... A>
  void text(A&&...) {
    ++row;
  }
  template <class... A>
  void element(A&&...) {
    ++row;
  }
  template <class M>
  void extensions(M) {}
  template <class M>
  void order(M) {}
};

template <class S>
struct TextWrite {
  XmlWriter& xml;
  const S& s;
  bool mixed = false;  // text beside children: pretty printing must not add to it

  template <class... A>
  void attribute(A&&...) {}
  template <class M, class C>
  void text(M C::*member, Form form = Form::plain) {
    const std::string text = scalar_text(s.*member, form);
    if (mixed && !text.empty()) xml.mixed_content();
    xml.text(text);
  }
  template <class... A>
  void element(A&&...) {}
  template <class M>
  void other_attributes(M) {}
  template <class M>
  void extensions(M) {}
  template <class M>
  void order(M) {}
};

template <class S>
void write_struct(XmlWriter& xml, Vocabulary vocabulary, std::string_view name, const S& s) {
  xml.start_element(name, namespace_of(vocabulary), prefix_of(vocabulary));
  PartsWrite<S> parts{xml, s};
  Schema<S>::visit(parts);
  const std::vector<Child> children = children_of(s);
  if constexpr (shape_of<S>().text) {
    TextWrite<S> text{xml, s, !children.empty()};
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
struct NamespaceWalk {
  NamespaceSet& set;
  const S& s;
  const TopLevel* top;

  template <class M, class C, class... Rest>
  void attribute(std::string_view, M C::*, Rest...) {}
  template <class M, class C, class... Rest>
  void attribute(Vocabulary vocabulary, std::string_view, M C::*member, Rest...) {
    if (has_content(s.*member)) set.add(prefix_of(vocabulary), namespace_of(vocabulary), true);
  }
  template <class... A>
  void text(A&&...) {}
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
  template <class M>
  void order(M) {}
};

template <class S>
void add_struct_namespaces(NamespaceSet& set, const S& s, const TopLevel* top) {
  NamespaceWalk<S> w{set, s, top};
  Schema<S>::visit(w);
}

// The name of an element a struct's child is written as.
struct ElementName {
  Vocabulary vocabulary = Vocabulary::none;
  std::string_view name{};
};

// Finds the name of row `wanted`.
template <class S>
struct NameOf {
  std::uint8_t wanted;
  ElementName out{};
  std::uint8_t row = 0;

  template <class... A>
  void attribute(A&&...) {
    ++row;
  }
  template <class... A>
  void text(A&&...) {
    ++row;
  }
  template <class M, class C, class... Rest>
  void element(std::string_view name, M C::*, Rest...) {
    if (row++ == wanted) out = {Schema<S>::vocabulary, name};
  }
  template <class M, class C, class... Rest>
  void element(Vocabulary vocabulary, std::string_view name, M C::*, Rest...) {
    if (row++ == wanted) out = {vocabulary, name};
  }
  template <class M>
  void other_attributes(M) {}
  template <class M>
  void extensions(M) {}
  template <class M>
  void order(M) {}
};

// The elements a channel's or an item's vocabulary struct `top` stands for, in the order to
// write them; write_child() writes each.
template <class S>
class VocabularyElements {
 public:
  explicit VocabularyElements(const S* top) {
    if (top != nullptr) {
      top_ = top;
      children_ = children_of(*top);
    }
  }
  [[nodiscard]] std::size_t size() const noexcept { return children_.size(); }
  void write(XmlWriter& xml, std::size_t i) const { write_child(xml, *top_, children_[i]); }
  // The name element `i` is written under, so that a writer can ask what its format's reader
  // would make of it.
  [[nodiscard]] ElementName name(std::size_t i) const {
    const Child c = children_[i];
    if (c.row == kExtensionEntry) {
      if constexpr (shape_of<S>().extensions) {
        const Extension& e = top_->extensions[c.index];
        return {vocabulary_of(e.ns), e.name};
      }
      return {};
    }
    NameOf<S> n{c.row};
    Schema<S>::visit(n);
    return n.out;
  }

 private:
  const S* top_ = nullptr;
  std::vector<Child> children_;
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_VOCABULARY_WRITER_HPP
