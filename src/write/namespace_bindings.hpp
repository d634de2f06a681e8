// SPDX-License-Identifier: MIT
// The namespace declarations in scope while a document is written: which URI a prefix names and
// which prefix, not hidden by an inner declaration, names a URI.
#ifndef FEEDPP_SRC_WRITE_NAMESPACE_BINDINGS_HPP
#define FEEDPP_SRC_WRITE_NAMESPACE_BINDINGS_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace feedpp::detail {

// The namespace bindings in scope, innermost last. Lookups scan the few bindings a feed has; a
// model that declares thousands gets hash indexes instead, so each stays constant-time.
class NamespaceBindings {
 public:
  struct Binding {
    std::string prefix;
    std::string uri;
    std::size_t shadowed_prefix;  // the binding of the same prefix this one hides, or kNone
    std::size_t shadowed_uri;     // the previous binding of a prefix to the same URI, or kNone
  };
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  static constexpr std::size_t kScanned = 16;  // up to this many: no index needed

  [[nodiscard]] std::size_t size() const { return list_.size(); }
  const Binding& operator[](std::size_t i) const { return list_[i]; }

  void push(std::string_view prefix, std::string_view uri) {
    const std::size_t at = list_.size();
    std::size_t shadowed_prefix = kNone;
    std::size_t shadowed_uri = kNone;
    const auto [p, p_fresh] = by_prefix_.try_emplace(std::string(prefix), at);
    if (!p_fresh) {
      shadowed_prefix = p->second;
      p->second = at;
    }
    if (!prefix.empty()) {
      const auto [u, u_fresh] = by_uri_.try_emplace(std::string(uri), at);
      if (!u_fresh) {
        shadowed_uri = u->second;
        u->second = at;
      }
    }
    list_.push_back({std::string(prefix), std::string(uri), shadowed_prefix, shadowed_uri});
  }

  void pop_to(std::size_t size) {
    while (list_.size() > size) {
      const Binding& b = list_.back();
      restore(by_prefix_, b.prefix, b.shadowed_prefix);
      if (!b.prefix.empty()) restore(by_uri_, b.uri, b.shadowed_uri);
      list_.pop_back();
    }
  }

  // Returns the URI bound to `prefix`, or null.
  [[nodiscard]] const std::string* lookup(std::string_view prefix) const {
    if (list_.size() <= kScanned) {
      for (auto it = list_.rbegin(); it != list_.rend(); ++it) {
        if (it->prefix == prefix) return &it->uri;
      }
      return nullptr;
    }
    const auto it = by_prefix_.find(std::string(prefix));
    return it == by_prefix_.end() ? nullptr : &list_[it->second].uri;
  }

  // Returns a non-empty prefix bound to `uri` that no inner binding hides, or "".
  [[nodiscard]] std::string_view prefix_for(std::string_view uri) const {
    if (list_.size() <= kScanned) {
      for (auto it = list_.rbegin(); it != list_.rend(); ++it) {
        if (!it->prefix.empty() && it->uri == uri && lookup(it->prefix) == &it->uri) {
          return it->prefix;
        }
      }
      return {};
    }
    const auto it = by_uri_.find(std::string(uri));
    for (std::size_t i = it == by_uri_.end() ? kNone : it->second; i != kNone;
         i = list_[i].shadowed_uri) {
      if (lookup(list_[i].prefix) == &list_[i].uri) return list_[i].prefix;
    }
    return {};
  }

 private:
  static void restore(std::unordered_map<std::string, std::size_t>& index, const std::string& key,
                      std::size_t previous) {
    if (previous == kNone) {
      index.erase(key);
    } else {
      index[key] = previous;
    }
  }

  std::vector<Binding> list_;
  std::unordered_map<std::string, std::size_t> by_prefix_;
  std::unordered_map<std::string, std::size_t> by_uri_;
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_NAMESPACE_BINDINGS_HPP
