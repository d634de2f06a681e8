// SPDX-License-Identifier: MIT
#include "input/html_entities.hpp"

#include <algorithm>
#include <iterator>

namespace feedpp::detail {
namespace {

// In arrays, not views: a table of 2125 pairs of pointers is 4250 relocations, each applied when
// the program starts (PIE, or feedpp as a shared library) and keeping 68 KiB of pages written
// in every process that links feedpp, whether it reads an entity or not. Arrays are read-only
// data, paged in when looked up.
struct Entity {
  char name[32];  // the longest name, CounterClockwiseContourIntegral, has 31 bytes
  char utf8[7];   // the longest replacement, two code points, has 6
};

constexpr Entity kEntities[] = {
#include "input/html_entities_table.inc"
};

}  // namespace

std::optional<std::string_view> html_entity(std::string_view name) noexcept {
  const auto* it = std::lower_bound(
      std::begin(kEntities), std::end(kEntities), name,
      [](const Entity& e, std::string_view n) { return std::string_view(e.name) < n; });
  if (it == std::end(kEntities) || std::string_view(it->name) != name) return {};
  return std::string_view(it->utf8);
}

}  // namespace feedpp::detail
