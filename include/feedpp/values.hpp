// SPDX-License-Identifier: MIT
// The value types the model is built from: elements kept as trees (Extension, Attribute), dates
// (Date), values read from text that keep their text (Typed), optional parts held on the heap
// (Boxed), and the order of a parsed element's children (ElementOrder).
//
// Every type owns its data, is copyable, movable and comparable with ==, and is safe to share
// between threads for reading.
#ifndef FEEDPP_VALUES_HPP
#define FEEDPP_VALUES_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "feedpp/datetime.hpp"
#include "feedpp/export.hpp"

namespace feedpp {

/// The order in which a parsed element listed its children, so that writers can write them back
/// in that order. Each entry names one child: which field it filled and in which form (for example
/// ItemElement::dc_creator is an author written as <dc:creator>). The n-th entry of a list field
/// stands for the n-th value of that field.
///
/// Models built in code leave it empty and get the writer's default order. Writers follow it as far
/// as the values are there, then write the remaining values in their default order; an element it
/// names whose value is empty is written empty, which is how `<description/>` survives a round
/// trip. It is presentation, not content: == ignores it. Clear it (clear()) to get the default
/// order.
///
/// An entry also says how its element was spelled, where a document spelled one name in several
/// letter cases (Feed::spellings): spelling 0 is the name's first spelling there, 1 to 3 the
/// others, in the order they came. Entries are codes below 64 (every Element value is).
template <class Element>
class ElementOrder {
 public:
  using value_type = Element;

  /// Appends `element`, spelled as the `spelling`-th spelling of its name (see above; 0 to 3).
  void push_back(Element element, unsigned spelling = 0) {
    codes_.push_back(static_cast<char>(code(element) | (spelling & 3U) << 6));
  }
  /// Returns the number of entries.
  [[nodiscard]] std::size_t size() const noexcept { return codes_.size(); }
  /// Returns true when there are no entries.
  [[nodiscard]] bool empty() const noexcept { return codes_.empty(); }
  /// Returns entry `i`. Requires: i < size().
  Element operator[](std::size_t i) const noexcept {
    return static_cast<Element>(static_cast<unsigned char>(codes_[i]) & 63U);
  }
  /// Returns which spelling of its name entry `i`'s element had: 0 to 3. Requires: i < size().
  [[nodiscard]] unsigned spelling(std::size_t i) const noexcept {
    return static_cast<unsigned char>(codes_[i]) >> 6;
  }
  /// Replaces entry `i` with `element`, in its name's first spelling. Requires: i < size().
  void set(std::size_t i, Element element) noexcept {
    codes_[i] = static_cast<char>(code(element));
  }
  /// Removes every entry.
  void clear() noexcept { codes_.clear(); }
  /// Removes every entry of `element`: a field emptied so is not written as an empty element.
  void remove(Element element) noexcept {
    codes_.erase(std::remove_if(codes_.begin(), codes_.end(),
                                [&](char c) {
                                  return (static_cast<unsigned char>(c) & 63U) == code(element);
                                }),
                 codes_.end());
  }
  /// Returns true when `element` is listed.
  [[nodiscard]] bool contains(Element element) const noexcept {
    for (const char c : codes_) {
      if ((static_cast<unsigned char>(c) & 63U) == code(element)) return true;
    }
    return false;
  }

  friend bool operator==(const ElementOrder&, const ElementOrder&) noexcept { return true; }
  friend bool operator!=(const ElementOrder&, const ElementOrder&) noexcept { return false; }

 private:
  static constexpr unsigned code(Element element) noexcept {
    return static_cast<unsigned>(element) & 63U;
  }
  // One byte per entry, the spelling in its top two bits: the short-string buffer holds 15
  // without allocating, enough for most items.
  std::string codes_{};
};

/// A namespace declaration: a prefix and the URI it stands for.
struct Namespace {
  std::string prefix{};  ///< "" declares the default namespace
  std::string uri{};
};

/// An element name a document spelled in another letter case than its vocabulary does
/// (`wfw:commentRSS`, Atom `<ID>`), which the readers accept as the element it names.
struct Spelling {
  std::string ns{};       ///< namespace URI of the element, as the document declared it
  std::string name{};     ///< the name as the vocabulary spells it
  std::string written{};  ///< the name as the document spelled it
};

/// An XML attribute of an extension element (or of the document's root element).
struct Attribute {
  std::string ns{};      ///< namespace URI; "" for an attribute without a prefix
  std::string prefix{};  ///< prefix as written ("xml" for xml:lang); writers may choose another
  std::string name{};    ///< local name
  std::string value{};
};

/// An element the model does not name (itunes:, media:, podcast:, anything unknown), kept as a
/// small tree where it appeared so that it is written back in place.
///
/// Mixed content is kept as Python's ElementTree keeps it: `text` is the text before the first
/// child and each child's `tail` is the text after it. Whitespace between child elements is
/// formatting, not content, and is not kept; comments and processing instructions are not kept.
///
/// Copying, destroying and comparing a tree take no recursion, so that a tree as deep as a
/// hostile document (ParseLimits::max_depth raised to a million) cannot exhaust the stack.
struct Extension {
  Extension() = default;
  /// Makes the element {`uri`}`local_name`, written with `written_prefix`, holding `content`.
  Extension(std::string uri, std::string written_prefix, std::string local_name,
            std::string content = {})
      : ns(std::move(uri)),
        prefix(std::move(written_prefix)),
        name(std::move(local_name)),
        text(std::move(content)) {}
  FEEDPP_API Extension(const Extension& other);
  Extension(Extension&&) noexcept = default;
  FEEDPP_API Extension& operator=(const Extension& other);
  Extension& operator=(Extension&&) noexcept = default;
  FEEDPP_API ~Extension();

  std::string ns{};      ///< namespace URI; "" for none
  std::string prefix{};  ///< prefix as written; writers keep it unless it clashes
  std::string name{};    ///< local name
  std::vector<Attribute> attributes{};
  std::string text{};                 ///< text content before the first child
  std::vector<Extension> children{};  ///< child elements, in order
  std::string tail{};                 ///< text after this element, inside its parent
};

/// A date element: the instant it names and the text it was read from.
///
/// Writers write `text` unchanged when it still says `value` in the format being written (so
/// `GMT` stays `GMT`), and otherwise format `value`. A date the parser could not read keeps its
/// text and has no value; writers write such text as it is.
struct Date {
  std::optional<DateTime> value{};  ///< the date, or nothing when `text` could not be read
  std::string text{};               ///< as written in the document; "" for dates made in code

  Date() = default;
  /// Makes a date from a value. Implicit, so `item.pub_date = *feedpp::make_datetime(...)` works.
  Date(DateTime date) noexcept : value(date) {}  // NOLINT(google-explicit-constructor)

  /// Returns true when there is neither a value nor a text.
  [[nodiscard]] bool empty() const noexcept { return !value && text.empty(); }
  explicit operator bool() const noexcept { return !empty(); }
};

/// A value read from text: a number, a duration, a flag, a keyword. `value` is what the text
/// says, when it could be read; `text` is the text as written ("" for values made in code).
///
/// Writers write `text` unchanged while it still reads as `value` (so `01:02:03` stays
/// `01:02:03` and `Yes` stays `Yes`), and format `value` otherwise; a text that could not be
/// read (no value) is written as it is. A program sets the value: `episode.season = 2`.
template <class T>
struct Typed {
  std::optional<T> value{};  ///< the value, or nothing when `text` could not be read
  std::string text{};        ///< as written in the document

  Typed() = default;
  /// Makes a typed value from a value. Implicit, so `itunes.episode = 3` works.
  Typed(T v) : value(std::move(v)) {}  // NOLINT(google-explicit-constructor)

  /// Returns true when there is neither a value nor a text.
  [[nodiscard]] bool empty() const noexcept { return !value && text.empty(); }
  explicit operator bool() const noexcept { return !empty(); }
};

/// Typed values with values are equal when their values are (the text is how it was written);
/// those without, when their texts are.
template <class T>
bool operator==(const Typed<T>& a, const Typed<T>& b) {
  if (a.value || b.value) return a.value == b.value;
  return a.text == b.text;
}
template <class T>
bool operator!=(const Typed<T>& a, const Typed<T>& b) {
  return !(a == b);
}

/// An optional value held on the heap: what most channels and items do not have (the parts of
/// a vocabulary such as iTunes or Media RSS) costs one pointer when absent. Copies are deep, and
/// == compares the values.
template <class T>
class Boxed {
 public:
  Boxed() noexcept = default;
  /// Holds `value`. Implicit, so `item.itunes = feedpp::ItunesItem{...}` works.
  Boxed(T value)
      : p_(std::make_unique<T>(std::move(value))) {}  // NOLINT(google-explicit-constructor)
  Boxed(const Boxed& other) : p_(other.p_ ? std::make_unique<T>(*other.p_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& other) {
    if (this != &other) p_ = other.p_ ? std::make_unique<T>(*other.p_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  ~Boxed() = default;

  /// Returns true when there is a value.
  [[nodiscard]] bool has_value() const noexcept { return p_ != nullptr; }
  explicit operator bool() const noexcept { return has_value(); }
  /// Returns the value. Requires: has_value().
  T& operator*() noexcept { return *p_; }
  const T& operator*() const noexcept { return *p_; }
  T* operator->() noexcept { return p_.get(); }
  const T* operator->() const noexcept { return p_.get(); }
  /// Returns a pointer to the value, or null.
  [[nodiscard]] const T* get() const noexcept { return p_.get(); }
  /// Returns the value, making an empty one first when there is none.
  T& ensure() {
    if (!p_) p_ = std::make_unique<T>();
    return *p_;
  }
  /// Replaces the value with an empty one and returns it.
  T& emplace() {
    p_ = std::make_unique<T>();
    return *p_;
  }
  /// Removes the value.
  void reset() noexcept { p_.reset(); }

  friend bool operator==(const Boxed& a, const Boxed& b) {
    if (!a.p_ || !b.p_) return !a.p_ && !b.p_;
    return *a.p_ == *b.p_;
  }
  friend bool operator!=(const Boxed& a, const Boxed& b) { return !(a == b); }

 private:
  std::unique_ptr<T> p_;
};

FEEDPP_API bool operator==(const Attribute& a, const Attribute& b) noexcept;
FEEDPP_API bool operator==(const Extension& a, const Extension& b) noexcept;
/// Dates with values are equal when their values are; `text` then does not matter (it is how the
/// value was written). Dates without values are equal when their texts are.
FEEDPP_API bool operator==(const Date& a, const Date& b) noexcept;
inline bool operator!=(const Attribute& a, const Attribute& b) noexcept { return !(a == b); }
inline bool operator!=(const Extension& a, const Extension& b) noexcept { return !(a == b); }
inline bool operator!=(const Date& a, const Date& b) noexcept { return !(a == b); }

}  // namespace feedpp

#endif  // FEEDPP_VALUES_HPP
