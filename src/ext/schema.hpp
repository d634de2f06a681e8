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

// Entries of a struct's order that are not rows of its schema: ElementOrder's codes are below
// 64, and a schema's rows below this (row_count()).
inline constexpr std::uint8_t kExtensionEntry = 63;

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
struct is_optional<Boxed<T>> : std::true_type {};  // an optional kept on the heap

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
struct value_of<Boxed<T>> {
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

// The base of the visitors below: a call a visitor does not define does nothing.
struct IgnoreRows {
  template <class... A>
  constexpr void attribute(A&&...) noexcept {}
  template <class... A>
  constexpr void text(A&&...) noexcept {}
  template <class... A>
  constexpr void element(A&&...) noexcept {}
  template <class... A>
  constexpr void other_attributes(A&&...) noexcept {}
  template <class... A>
  constexpr void extensions(A&&...) noexcept {}
  template <class... A>
  constexpr void order(A&&...) noexcept {}
};

// The base of the visitors that number rows: `row` is the number of the row being visited, and a
// call a visitor does not define only counts.
struct CountRows : IgnoreRows {
  std::uint8_t row = 0;
  template <class... A>
  constexpr void attribute(A&&...) noexcept {
    ++row;
  }
  template <class... A>
  constexpr void text(A&&...) noexcept {
    ++row;
  }
  template <class... A>
  constexpr void element(A&&...) noexcept {
    ++row;
  }
};

// The number of rows of S's schema.
template <class S>
constexpr std::size_t row_count() noexcept {
  CountRows v;
  Schema<S>::visit(v);
  return v.row;
}

// The parts a struct has (children it may not name, attributes it may not name, text).
struct Shape {
  bool text = false;
  bool other_attributes = false;
  bool extensions = false;
  bool order = false;
};

struct ShapeVisitor : IgnoreRows {
  Shape shape{};
  template <class... A>
  constexpr void text(A&&...) noexcept {
    shape.text = true;
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
  static_assert(row_count<S>() < kExtensionEntry, "an order entry names a row in six bits");
  return v.shape;
}

// Calls f(vocabulary, name, member value, form) for the element row `target` of `s`.
template <class S, class F>
struct ElementAt : CountRows {
  ElementAt(const S& object, std::uint8_t wanted, F& function)
      : s(object), target(wanted), f(function) {}
  const S& s;
  std::uint8_t target;
  F& f;

  template <class M, class C>
  void element(std::string_view name, M C::*member, Form form = Form::plain) {
    if (row++ == target) f(Schema<S>::vocabulary, name, s.*member, form);
  }
  template <class M, class C>
  void element(Vocabulary vocabulary, std::string_view name, M C::*member,
               Form form = Form::plain) {
    if (row++ == target) f(vocabulary, name, s.*member, form);
  }
};

template <class S, class F>
void at_element_row(const S& s, std::uint8_t row, F&& f) {
  ElementAt<S, F> v(s, row, f);
  Schema<S>::visit(v);
}

// Value `index` of a member: an element of a list, what an optional holds, or the member.
template <class M>
const auto& value_at(const M& m, std::size_t index) {
  if constexpr (is_vector<M>::value) {
    return m[index];
  } else if constexpr (is_optional<M>::value) {
    static_cast<void>(index);
    return *m;
  } else {
    static_cast<void>(index);
    return m;
  }
}

// Compares every part of two structs but their order (presentation, as for the model's).
template <class S>
struct EqualVisitor : IgnoreRows {
  EqualVisitor(const S& left, const S& right) : a(left), b(right) {}
  const S& a;
  const S& b;
  bool equal = true;

  template <class M, class C>
  void compare(M C::*member) {
    if (equal) equal = a.*member == b.*member;
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
};

template <class S>
bool schema_equal(const S& a, const S& b) {
  EqualVisitor<S> v(a, b);
  Schema<S>::visit(v);
  return v.equal;
}

// Finds the row of a member in a schema (the position of its call in visit()).
template <class Target>
struct RowFinder : CountRows {
  explicit RowFinder(Target wanted) : target(wanted) {}
  Target target;
  int found = -1;

  template <class P>
  void check(P member) {
    if constexpr (std::is_same_v<P, Target>) {
      if (found < 0 && member == target) found = row;
    }
    ++row;
  }
  template <class M, class C, class... Rest>
  void attribute(std::string_view, M C::*member, Rest...) {
    check(member);
  }
  template <class M, class C, class... Rest>
  void attribute(Vocabulary, std::string_view, M C::*member, Rest...) {
    check(member);
  }
  template <class M, class C, class... Rest>
  void text(M C::*member, Rest...) {
    check(member);
  }
  template <class M, class C, class... Rest>
  void element(std::string_view, M C::*member, Rest...) {
    check(member);
  }
  template <class M, class C, class... Rest>
  void element(Vocabulary, std::string_view, M C::*member, Rest...) {
    check(member);
  }
};

// Returns the row of `member` in the schema of S, or -1.
template <class S, class M, class C>
int row_of(M C::*member) {
  RowFinder<M C::*> finder(member);
  Schema<S>::visit(finder);
  return finder.found;
}

// Returns true when the element or attribute of `member` was there in the document, or has a
// value: an element that was there empty says something a missing one does not.
template <class S, class M, class C>
bool was_there(const S& s, M C::*member) {
  const M& value = s.*member;
  if constexpr (is_vector<M>::value) {
    if (!value.empty()) return true;
  } else if constexpr (is_optional<M>::value) {
    if (value.has_value()) return true;
  } else {
    if (has_content(value)) return true;
  }
  const int row = row_of<S>(member);
  return row >= 0 && s.order.contains(static_cast<std::uint8_t>(row));
}

// --- the children of a struct, in the order to write them ------------------------------

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
  std::uint8_t spelling = 0;  // which spelling of its name it was read in (ElementOrder)
};

// Counts each element row's values, and says which rows are elements.
template <class S>
struct RowCounts : IgnoreRows {
  explicit RowCounts(const S& object) : s(object) {}
  const S& s;
  std::vector<std::size_t> counts{};
  std::vector<bool> is_element{};

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
    add(available(s, s.*member, row()), true);
  }
  template <class M, class C, class... Rest>
  void element(Vocabulary, std::string_view, M C::*member, Rest...) {
    add(available(s, s.*member, row()), true);
  }
  [[nodiscard]] std::uint8_t row() const { return static_cast<std::uint8_t>(counts.size()); }
  void add(std::size_t n, bool element) {
    counts.push_back(n);
    is_element.push_back(element);
  }
};

// The children of `s` in the order to write them.
template <class S>
std::vector<Child> children_of(const S& s) {
  RowCounts<S> counts(s);
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
        if (next[r] < counts.counts[r]) {
          out.push_back({r, static_cast<std::uint32_t>(next[r]),
                         static_cast<std::uint8_t>(s.order.spelling(i))});
        }
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

// The number of child elements a struct holds as members (not its extensions): how many
// entries of its parent's order stand for it, for the structs that stand for a vocabulary's
// elements of a channel or an item.
template <class S>
std::size_t element_count(const S& s) {
  RowCounts<S> counts(s);
  Schema<S>::visit(counts);
  std::size_t n = 0;
  for (const std::size_t c : counts.counts) n += c;
  return n;
}

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_SCHEMA_HPP
