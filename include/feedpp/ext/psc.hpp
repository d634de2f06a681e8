// SPDX-License-Identifier: MIT
// Podlove Simple Chapters (psc:, http://podlove.org/simple-chapters): chapter marks of an
// episode, in the feed itself. In Item::chapters.
#ifndef FEEDPP_EXT_PSC_HPP
#define FEEDPP_EXT_PSC_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/values.hpp"

namespace feedpp {

namespace ns {
inline constexpr std::string_view kSimpleChapters = "http://podlove.org/simple-chapters";
}  // namespace ns

/// psc:chapter start title href image: one chapter.
struct SimpleChapter {
  std::string start{};  ///< normal play time: "hh:mm:ss.mmm", "mm:ss" or seconds
  std::string title{};
  std::string href{};
  std::string image{};
  std::vector<Attribute> attributes{};  ///< other attributes, as written
  ElementOrder<std::uint8_t> order{};   ///< what was there, in document order
};

/// psc:chapters version: an episode's chapters.
struct SimpleChapters {
  std::string version{};                  ///< "1.2"
  std::vector<SimpleChapter> chapters{};  ///< psc:chapter
  std::vector<Attribute> attributes{};    ///< other attributes, as written
  std::vector<Extension> extensions{};    ///< children the schema does not name
  ElementOrder<std::uint8_t> order{};     ///< what was there, in document order
};

/// An item's Podlove chapter lists (feeds have one).
struct Chapters {
  std::vector<SimpleChapters> lists{};  ///< psc:chapters
  ElementOrder<std::uint8_t> order{};   ///< what was there, in document order
};

FEEDPP_API bool operator==(const SimpleChapter& a, const SimpleChapter& b);
inline bool operator!=(const SimpleChapter& a, const SimpleChapter& b) { return !(a == b); }
FEEDPP_API bool operator==(const SimpleChapters& a, const SimpleChapters& b);
inline bool operator!=(const SimpleChapters& a, const SimpleChapters& b) { return !(a == b); }
FEEDPP_API bool operator==(const Chapters& a, const Chapters& b);
inline bool operator!=(const Chapters& a, const Chapters& b) { return !(a == b); }

}  // namespace feedpp

#endif  // FEEDPP_EXT_PSC_HPP
