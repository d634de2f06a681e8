// SPDX-License-Identifier: MIT
// How the structs of a vocabulary (include/feedpp/ext/*.hpp) map to XML. Each struct's Schema
// lists, in the order a writer writes them, its attributes, its text and its child elements, each
// with the member it fills; Codec<T> reads and writes each kind of typed value. The generic
// reader (read/vocabulary_reader.hpp) and writer (write/vocabulary_writer.hpp), and the equality
// and counting below, walk those lists: a vocabulary is a header of structs and one list per
// struct, with no reading or writing code of its own.
//
// Stage ext/: the vocabularies. May include base/, date/, model/ and the public headers; read/
// and write/ include it, never the reverse.
#ifndef FEEDPP_SRC_EXT_SCHEMA_HPP
#define FEEDPP_SRC_EXT_SCHEMA_HPP

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "base/ascii.hpp"
#include "base/vocabulary.hpp"
#include "feedpp/values.hpp"

namespace feedpp::detail {

// Schema<S> is specialised for every vocabulary struct S:
//   static constexpr Vocabulary vocabulary;       the namespace of its elements, unless a row says
//   template <class V> static constexpr void visit(V& v);
// where visit calls, in the order a writer writes them:
//   v.attribute(name, &S::m [, form])             an attribute in no namespace
//   v.attribute(vocabulary, name, &S::m [, form])  an attribute in a namespace (rdf:resource)
//   v.text(&S::m [, form])                        the element's text
//   v.element(name, &S::m [, form])               a child element in Schema<S>::vocabulary
//   v.element(vocabulary, name, &S::m [, form])   a child element in another vocabulary
//   v.other_attributes(&S::attributes)            attributes the list does not name
//   v.extensions(&S::extensions)                  child elements it does not name
//   v.order(&S::order)                            which attributes and children were there, and
//                                                 the children's document order
// Scalar members (std::string, Typed<T>, Date) read from and write to text; a member whose type
// has a Schema is an element with its own parts; std::optional<M> is an element that may be
// absent, std::vector<M> one that may repeat. The positions of the calls in visit() are the
// numbers `order` records, so rows are only ever added at the end of a list.
template <class S>
struct Schema;

// How a member is written when it has no text that still says its value (a value made in
// code, or changed): dates in RFC 822 or RFC 3339, flags as their vocabulary spells them. Plain
// is the codec's own form (a flag's is Apple's "Yes" and "No").
enum class Form : std::uint8_t {
  plain,
  rfc822,
  rfc3339,
  yes_no,      // a flag as "yes" or "no" (the podcast namespace's element values)
  true_false,  // a flag as "true" or "false" (XML Schema's boolean: Media RSS, the podcast
               // namespace's attributes)
};

// Entries of a struct's order that are not rows of its schema.
inline constexpr std::uint8_t kExtensionEntry = 255;

// --- codecs --------------------------------------------------------------------------------

// Codec<T>::parse(text) reads a typed value from trimmed text (nothing when it cannot), and
// Codec<T>::format(value) writes the text a writer gives a value made in code.
template <class T>
struct Codec;

template <>
struct Codec<std::int64_t> {
  static std::optional<std::int64_t> parse(std::string_view text) noexcept;
  static std::string format(std::int64_t value);
};

template <>
struct Codec<double> {
  static std::optional<double> parse(std::string_view text) noexcept;
  static std::string format(double value);
};

// Yes and no as feeds write them: "yes", "true", "no", "false", in any case.
template <>
struct Codec<bool> {
  static std::optional<bool> parse(std::string_view text) noexcept;
  static std::string format(bool value);  // "Yes" or "No", as Apple documents its flags
};

// A duration: seconds ("3723"), "mm:ss" or "hh:mm:ss"; formatted as seconds.
template <>
struct Codec<std::chrono::seconds> {
  static std::optional<std::chrono::seconds> parse(std::string_view text) noexcept;
  static std::string format(std::chrono::seconds value);
};

// An enumeration read from a table of its names (without regard to case; the first name of a
// value is how it is written).
template <class E>
struct EnumName {
  std::string_view name;
  E value;
};

template <class E, std::size_t N>
std::optional<E> parse_enum(const EnumName<E> (&names)[N], std::string_view text) noexcept {
  for (const EnumName<E>& n : names) {
    if (iequals(text, n.name)) return n.value;
  }
  return std::nullopt;
}

template <class E, std::size_t N>
std::string_view enum_name(const EnumName<E> (&names)[N], E value) noexcept {
  for (const EnumName<E>& n : names) {
    if (n.value == value) return n.name;
  }
  return {};
}

// --- member kinds --------------------------------------------------------------------------

template <class T>
struct is_typed : std::false_type {};
template <class T>
struct is_typed<Typed<T>> : std::true_type {};

template <class T, class = void>
struct has_schema : std::false_type {};
template <class T>
struct has_schema<T, std::void_t<decltype(Schema<T>::vocabulary)>> : std::true_type {};

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

// What one value of a member is: the member itself, or what its optional or vector holds.
template <class M>
struct value_of {
  using type = M;
};
template <class T>
struct value_of<std::optional<T>> {
  using type = T;
};
template <class T>
struct value_of<std::vector<T>> {
  using type = T;
};

// Returns the text of `value` in `form`.
template <class T>
std::string format_in(const T& value, Form form) {
  if constexpr (std::is_same_v<T, bool>) {
    if (form == Form::yes_no) return value ? "yes" : "no";
    if (form == Form::true_false) return value ? "true" : "false";
  }
  return Codec<T>::format(value);
}

// Returns the text a typed value is written as: its text while that still reads as its value,
// its value formatted in `form` otherwise, its text alone when it has no value.
template <class T>
std::string text_of_typed(const Typed<T>& t, Form form = Form::plain) {
  if (!t.value) return t.text;
  if (!t.text.empty()) {
    const std::optional<T> reread = Codec<T>::parse(trim(t.text));
    if (reread && *reread == *t.value) return t.text;
  }
  return format_in(*t.value, form);
}

// Whether a scalar holds something.
inline bool has_content(const std::string& s) noexcept { return !s.empty(); }
inline bool has_content(const Date& d) noexcept { return !d.empty(); }
template <class T>
bool has_content(const Typed<T>& t) noexcept {
  return !t.empty();
}

// --- walks over a schema -------------------------------------------------------------------

// The parts a struct has (children it may not name, attributes it may not name, text).
struct Shape {
  bool text = false;
  bool other_attributes = false;
  bool extensions = false;
  bool order = false;
  std::size_t rows = 0;  // calls of attribute(), text() and element()
};

struct ShapeVisitor {
  Shape shape{};
  template <class... A>
  constexpr void attribute(A&&...) noexcept {
    ++shape.rows;
  }
  template <class... A>
  constexpr void text(A&&...) noexcept {
    shape.text = true;
    ++shape.rows;
  }
  template <class... A>
  constexpr void element(A&&...) noexcept {
    ++shape.rows;
  }
  template <class M>
  constexpr void other_attributes(M) noexcept {
    shape.other_attributes = true;
  }
  template <class M>
  constexpr void extensions(M) noexcept {
    shape.extensions = true;
  }
  template <class M>
  constexpr void order(M) noexcept {
    shape.order = true;
  }
};

template <class S>
constexpr Shape shape_of() noexcept {
  ShapeVisitor v;
  Schema<S>::visit(v);
  return v.shape;
}

template <class S>
bool schema_equal(const S& a, const S& b);

// Compares every part of two structs but their order (presentation, as for the model's).
template <class S>
struct EqualVisitor {
  const S& a;
  const S& b;
  bool equal = true;

  template <class M, class C>
  void compare(M C::*member) {
    if (!equal) return;
    equal = a.*member == b.*member;
  }
  template <class M, class C, class... Rest>
  void attribute(Vocabulary, std::string_view, M C::*member, Rest...) {
    compare(member);
  }
  template <class M, class C, class... Rest>
  void attribute(std::string_view, M C::*member, Rest...) {
    compare(member);
  }
  template <class M, class C, class... Rest>
  void text(M C::*member, Rest...) {
    compare(member);
  }
  template <class M, class C, class... Rest>
  void element(std::string_view, M C::*member, Rest...) {
    compare(member);
  }
  template <class M, class C, class... Rest>
  void element(Vocabulary, std::string_view, M C::*member, Rest...) {
    compare(member);
  }
  template <class M, class C>
  void other_attributes(M C::*member) {
    compare(member);
  }
  template <class M, class C>
  void extensions(M C::*member) {
    compare(member);
  }
  template <class M>
  void order(M) {}
};

template <class S>
bool schema_equal(const S& a, const S& b) {
  EqualVisitor<S> v{a, b};
  Schema<S>::visit(v);
  return v.equal;
}

// The number of child elements a struct holds as members (not its extensions): how many
// entries of its parent's order stand for it, for the structs that stand for a vocabulary's
// elements of a channel or an item.
template <class S>
struct CountVisitor {
  const S& s;
  std::size_t count = 0;
  std::uint8_t row = 0;

  template <class M>
  static std::size_t values(const M& m) {
    if constexpr (is_vector<M>::value) {
      return m.size();
    } else if constexpr (is_optional<M>::value) {
      return m.has_value() ? 1 : 0;
    } else if constexpr (has_schema<M>::value) {
      return 1;
    } else {
      return has_content(m) ? 1 : 0;
    }
  }
  template <class... A>
  void attribute(A&&...) {
    ++row;
  }
  template <class... A>
  void text(A&&...) {
    ++row;
  }
  template <class M, class C, class... Rest>
  void element(std::string_view, M C::*member, Rest...) {
    counted(member);
  }
  template <class M, class C, class... Rest>
  void element(Vocabulary, std::string_view, M C::*member, Rest...) {
    counted(member);
  }
  template <class M, class C>
  void counted(M C::*member) {
    std::size_t n = values(s.*member);
    // An element that was there empty still counts: its order lists it.
    if (n == 0 && !is_vector<M>::value && s.order.contains(row)) n = 1;
    count += n;
    ++row;
  }
  template <class M>
  void other_attributes(M) {}
  template <class M>
  void extensions(M) {}
  template <class M>
  void order(M) {}
};

template <class S>
std::size_t element_count(const S& s) {
  CountVisitor<S> v{s};
  Schema<S>::visit(v);
  return v.count;
}

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_SCHEMA_HPP
