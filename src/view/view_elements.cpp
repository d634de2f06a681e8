// SPDX-License-Identifier: MIT
// The elements of a channel or an item beyond RSS's and Atom's own, as trees in document order:
// the typed vocabularies' (written back as trees by their schemas) and the unknown ones.
#include "ext/vocabularies.hpp"
#include "ext/vocabulary_trees.hpp"
#include "view/view_support.hpp"

namespace feedpp::detail {
namespace {

template <class S>
std::vector<Extension> trees(const Boxed<S>& part) {
  return part ? element_trees(*part) : std::vector<Extension>{};
}

// Merges the parts' trees and the extensions as the order lists them; `first_part` is the first
// order entry that stands for a part (the parts' entries follow it in declaration order).
template <class E>
std::vector<Extension> merge(const ElementOrder<E>& order, E first_part,
                             std::vector<std::vector<Extension>> parts,
                             const std::vector<Extension>& extensions) {
  std::vector<Extension> out;
  std::vector<std::size_t> next(parts.size(), 0);
  std::size_t next_extension = 0;
  const auto base = static_cast<std::size_t>(first_part);
  for (std::size_t i = 0; i < order.size(); ++i) {
    const auto e = static_cast<std::size_t>(order[i]);
    if (order[i] == E::extension) {
      if (next_extension < extensions.size()) out.push_back(extensions[next_extension]);
      ++next_extension;
    } else if (e >= base && e - base < parts.size()) {
      std::size_t& n = next[e - base];
      if (n < parts[e - base].size()) out.push_back(std::move(parts[e - base][n]));
      ++n;
    }
  }
  for (std::size_t p = 0; p < parts.size(); ++p) {
    for (std::size_t& n = next[p]; n < parts[p].size(); ++n) out.push_back(std::move(parts[p][n]));
  }
  for (; next_extension < extensions.size(); ++next_extension) {
    out.push_back(extensions[next_extension]);
  }
  return out;
}

}  // namespace

std::vector<Extension> channel_elements(const Channel& c) {
  // In ChannelElement's order of the parts.
  std::vector<std::vector<Extension>> parts;
  parts.push_back(trees(c.itunes));
  parts.push_back(trees(c.podcast));
  parts.push_back(trees(c.media));
  parts.push_back(trees(c.dublin_core));
  parts.push_back(trees(c.syndication));
  parts.push_back(trees(c.geo));
  parts.push_back(trees(c.creative_commons));
  parts.push_back(trees(c.feedburner));
  return merge(c.order, ChannelElement::itunes, std::move(parts), c.extensions);
}

std::vector<Extension> item_elements(const Item& it) {
  // In ItemElement's order of the parts.
  std::vector<std::vector<Extension>> parts;
  parts.push_back(trees(it.itunes));
  parts.push_back(trees(it.podcast));
  parts.push_back(trees(it.media));
  parts.push_back(trees(it.dublin_core));
  parts.push_back(trees(it.slash));
  parts.push_back(trees(it.wfw));
  parts.push_back(trees(it.threading));
  parts.push_back(trees(it.geo));
  parts.push_back(trees(it.chapters));
  parts.push_back(trees(it.creative_commons));
  parts.push_back(trees(it.feedburner));
  return merge(it.order, ItemElement::itunes, std::move(parts), it.extensions);
}

}  // namespace feedpp::detail
