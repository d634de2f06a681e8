// SPDX-License-Identifier: MIT
#include "feedpp/ext/wfw.hpp"

#include "ext/wfw_schema.hpp"

namespace feedpp {

bool operator==(const WellFormedWeb& a, const WellFormedWeb& b) {
  return detail::schema_equal(a, b);
}

}  // namespace feedpp
