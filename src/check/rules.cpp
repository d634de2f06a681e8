// SPDX-License-Identifier: MIT
// The lookup of a child in its parent's rules: each kind's tables, merged once into one map per
// kind, the first table that names a child winning, in the order the W3C validator's classes
// inherit their methods (the kind's own, then its modules', then those valid everywhere).
#include <array>
#include <cstdint>
#include <vector>

#include "check/rules.hpp"

namespace feedpp::detail {
namespace {

constexpr std::size_t kKinds = static_cast<std::size_t>(Kind::count_);

std::vector<RuleGroup> groups_of(Kind kind) {
  const RuleGroup own_rss = rss_rules_of(kind);
  const RuleGroup own_atom = atom_rules_of(kind);
  const RuleGroup own_ext = ext_rules_of(kind);
  std::vector<RuleGroup> g;
  switch (kind) {
    case Kind::channel:
      g = {rss20_channel_rules(), own_rss};
      break;
    case Kind::rss10_channel:
      g = {rss10_channel_rules(), own_rss};
      break;
    case Kind::rss090_channel:
      g = {own_rss};
      break;
    case Kind::item:
      g = {rss20_item_rules(), own_rss, rss20_item_ext_rules()};
      break;
    case Kind::rss10_item:
      g = {rss10_item_rules(), own_rss, rss10_item_ext_rules()};
      break;
    case Kind::atom_feed:
      g = {own_atom};
      break;
    case Kind::atom_source:
      g = {source_rules(), own_atom};
      break;
    case Kind::atom_entry:
      g = {own_atom, entry_ext_rules()};
      break;
    default:
      g = {own_rss, own_atom, own_ext};
      break;
  }
  switch (kind) {
    case Kind::channel:
    case Kind::rss10_channel:
    case Kind::rss090_channel:
      g.insert(g.end(), {channel_ext_rules(), channel_item_rules(), everywhere_rules(),
                         media_rules(), itunes_channel_rules(), itunes_rules()});
      break;
    case Kind::atom_feed:
    case Kind::atom_source:
      g.insert(g.end(),
               {feed_ext_rules(), channel_ext_rules(), channel_item_rules(), everywhere_rules(),
                media_rules(), itunes_channel_rules(), itunes_rules()});
      break;
    case Kind::item:
    case Kind::rss10_item:
    case Kind::atom_entry:
      g.insert(g.end(), {item_ext_rules(), channel_item_rules(), everywhere_rules(), media_rules(),
                         itunes_item_rules(), itunes_rules()});
      break;
    case Kind::image:
    case Kind::rss10_image:
    case Kind::text_input:
    case Kind::questionable:
    case Kind::app_service:
    case Kind::app_workspace:
    case Kind::app_collection:
      g.push_back(everywhere_rules());
      break;
    case Kind::media_content:
      g.insert(g.end(), {media_rules(), everywhere_rules()});
      break;
    case Kind::media_group:
      g.push_back(media_rules());
      break;
    default:
      break;
  }
  return g;
}

// A kind's children by name: open addressing over a power of two, FNV-1a, as it is asked once
// for every element of every feed (std::unordered_map's hash and prime modulo cost more).
class Table {
 public:
  // Adds `rule` under its name unless the name is there already: the first table wins.
  void add(const ChildRule* rule) {
    if (find(rule->name) != nullptr) return;
    if ((size_ + 1) * 2 > slots_.size()) grow();
    put(rule);
    ++size_;
  }
  [[nodiscard]] const ChildRule* find(std::string_view name) const noexcept {
    if (slots_.empty()) return nullptr;
    for (std::size_t i = hash(name) & mask_;; i = (i + 1) & mask_) {
      const ChildRule* r = slots_[i];
      if (r == nullptr) return nullptr;
      if (r->name == name) return r;
    }
  }

 private:
  static std::size_t hash(std::string_view s) noexcept {
    std::uint32_t h = 2166136261u;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }
  void put(const ChildRule* rule) {
    std::size_t i = hash(rule->name) & mask_;
    while (slots_[i] != nullptr) i = (i + 1) & mask_;
    slots_[i] = rule;
  }
  void grow() {
    std::vector<const ChildRule*> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, nullptr);
    mask_ = slots_.size() - 1;
    for (const ChildRule* r : old) {
      if (r != nullptr) put(r);
    }
  }
  std::vector<const ChildRule*> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

std::array<Table, kKinds> build() {
  std::array<Table, kKinds> tables;
  for (std::size_t k = 0; k < kKinds; ++k) {
    for (const RuleGroup& g : groups_of(static_cast<Kind>(k))) {
      for (std::size_t i = 0; i < g.size; ++i) tables[k].add(&g.rules[i]);
    }
  }
  return tables;
}

}  // namespace

const ChildRule* find_child(Kind parent, std::string_view name) {
  static const std::array<Table, kKinds> tables = build();
  return tables[static_cast<std::size_t>(parent)].find(name);
}

bool is_text_kind(Kind kind) noexcept { return kind >= Kind::text && kind <= Kind::rdf_resource; }

}  // namespace feedpp::detail
