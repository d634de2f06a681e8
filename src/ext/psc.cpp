// SPDX-License-Identifier: MIT
#include "feedpp/ext/psc.hpp"

#include "ext/psc_schema.hpp"

namespace feedpp {

bool operator==(const SimpleChapter& a, const SimpleChapter& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const SimpleChapters& a, const SimpleChapters& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const Chapters& a, const Chapters& b) { return detail::schema_equal(a, b); }

}  // namespace feedpp
