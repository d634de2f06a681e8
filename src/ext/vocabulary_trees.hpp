// SPDX-License-Identifier: MIT
// A vocabulary's structs as Extension trees, by their schemas: the elements as the document had
// them (typed values with their text), for readers that list every namespaced element by name,
// as feedparser's prefix_name keys do.
#ifndef FEEDPP_SRC_EXT_VOCABULARY_TREES_HPP
#define FEEDPP_SRC_EXT_VOCABULARY_TREES_HPP

#include <string>
#include <string_view>
#include <vector>

#include "ext/schema.hpp"

namespace feedpp::detail {

inline std::string tree_text(const std::string& s, Form) { return s; }
template <class T>
std::string tree_text(const Typed<T>& t, Form) {
  return text_of_typed(t);
}
inline std::string tree_text(const Date& d, Form form) {
  if (!d.text.empty() || !d.value) return d.text;
  return format_date(*d.value, form == Form::rfc822 ? DateStyle::rfc822 : DateStyle::rfc3339);
}

template <class S>
Extension tree_of(Vocabulary vocabulary, std::string_view name, const S& s);

template <class V>
Extension value_tree(Vocabulary vocabulary, std::string_view name, const V& value, Form form) {
  if constexpr (has_schema<V>::value) {
    return tree_of(vocabulary, name, value);
  } else {
    return Extension(std::string(namespace_of(vocabulary)), std::string(prefix_of(vocabulary)),
                     std::string(name), tree_text(value, form));
  }
}

template <class S>
Extension child_tree(const S& s, Child child) {
  if (child.row == kExtensionEntry) {
    if constexpr (shape_of<S>().extensions) return s.extensions[child.index];
    return {};
  }
  Extension out;
  at_element_row(s, child.row,
                 [&](Vocabulary vocabulary, std::string_view name, const auto& m, Form form) {
                   out = value_tree(vocabulary, name, value_at(m, child.index), form);
                 });
  return out;
}

// Adds the attributes and the text of `s` to its tree.
template <class S>
struct PartsTree : CountRows {
  PartsTree(const S& object, Extension& tree) : s(object), out(tree) {}
  const S& s;
  Extension& out;

  template <class M, class C>
  void attribute(std::string_view name, M C::*member, Form form = Form::plain) {
    add({}, name, s.*member, form);
  }
  template <class M, class C>
  void attribute(Vocabulary vocabulary, std::string_view name, M C::*member,
                 Form form = Form::plain) {
    add(vocabulary, name, s.*member, form);
  }
  template <class M>
  void add(std::optional<Vocabulary> vocabulary, std::string_view name, const M& value, Form form) {
    if (has_content(value) || listed(s, row)) {
      out.attributes.push_back({vocabulary ? std::string(namespace_of(*vocabulary)) : std::string(),
                                vocabulary ? std::string(prefix_of(*vocabulary)) : std::string(),
                                std::string(name), tree_text(value, form)});
    }
    ++row;
  }
  template <class M, class C>
  void text(M C::*member, Form form = Form::plain) {
    ++row;
    out.text = tree_text(s.*member, form);
  }
  template <class M>
  void other_attributes(M member) {
    out.attributes.insert(out.attributes.end(), (s.*member).begin(), (s.*member).end());
  }
};

template <class S>
Extension tree_of(Vocabulary vocabulary, std::string_view name, const S& s) {
  Extension out(std::string(namespace_of(vocabulary)), std::string(prefix_of(vocabulary)),
                std::string(name));
  PartsTree<S> parts(s, out);
  Schema<S>::visit(parts);
  for (const Child& c : children_of(s)) out.children.push_back(child_tree(s, c));
  return out;
}

// The elements a channel's or an item's vocabulary struct stands for, as trees in order.
template <class S>
std::vector<Extension> element_trees(const S& top) {
  std::vector<Extension> out;
  for (const Child& c : children_of(top)) out.push_back(child_tree(top, c));
  return out;
}

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXT_VOCABULARY_TREES_HPP
