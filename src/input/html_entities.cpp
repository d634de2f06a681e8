// SPDX-License-Identifier: MIT
#include "input/html_entities.hpp"

#include <algorithm>
#include <iterator>

namespace feedpp::detail {
namespace {

struct Entity {
  std::string_view name;
  std::string_view utf8;
};

constexpr Entity kEntities[] = {
#include "input/html_entities_table.inc"
};

}  // namespace

std::optional<std::string_view> html_entity(std::string_view name) noexcept {
  const auto* it = std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                                    [](const Entity& e, std::string_view n) { return e.name < n; });
  if (it == std::end(kEntities) || it->name != name) return {};
  return it->utf8;
}

}  // namespace feedpp::detail
