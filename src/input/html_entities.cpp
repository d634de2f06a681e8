// SPDX-License-Identifier: MIT
#include "input/html_entities.hpp"

#include <algorithm>
#include <iterator>

namespace feedpp::detail {
namespace {

// In arrays, not views: a table of 2125 pairs of pointers is 4250 relocations, each applied when
// the program starts (PIE, or feedpp as a shared library) and keeping 68 KiB of pages written
// in every process that links feedpp, whether it reads an entity or not. Arrays are read-only
// data, paged in when looked up. Their sizes are kept beside them, so that a lookup compares as
// views do rather than measuring each name it passes.
class Entity {
 public:
  template <std::size_t N, std::size_t M>
  constexpr Entity(const char (&name)[N], const char (&utf8)[M]) noexcept
      : name_size_(static_cast<unsigned char>(N - 1)),
        utf8_size_(static_cast<unsigned char>(M - 1)) {
    static_assert(N - 1 <= sizeof name_ && M - 1 <= sizeof utf8_,
                  "a longer entry than the table holds");
    for (std::size_t i = 0; i + 1 < N; ++i) name_[i] = name[i];
    for (std::size_t i = 0; i + 1 < M; ++i) utf8_[i] = utf8[i];
  }

  [[nodiscard]] constexpr std::string_view name() const noexcept { return {name_, name_size_}; }
  [[nodiscard]] constexpr std::string_view utf8() const noexcept { return {utf8_, utf8_size_}; }

 private:
  char name_[31]{};  // the longest name, CounterClockwiseContourIntegral
  char utf8_[6]{};   // the longest replacement, two code points
  unsigned char name_size_;
  unsigned char utf8_size_;
};

constexpr Entity kEntities[] = {
#include "input/html_entities_table.inc"
};

}  // namespace

std::optional<std::string_view> html_entity(std::string_view name) noexcept {
  const auto* it =
      std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                       [](const Entity& e, std::string_view n) { return e.name() < n; });
  if (it == std::end(kEntities) || it->name() != name) return {};
  return it->utf8();
}

}  // namespace feedpp::detail
