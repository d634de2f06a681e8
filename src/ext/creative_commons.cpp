// SPDX-License-Identifier: MIT
#include "feedpp/ext/creative_commons.hpp"

#include "ext/creative_commons_schema.hpp"

namespace feedpp {

bool operator==(const CcLicense& a, const CcLicense& b) { return detail::schema_equal(a, b); }
bool operator==(const CreativeCommons& a, const CreativeCommons& b) {
  return detail::schema_equal(a, b);
}

}  // namespace feedpp
