// SPDX-License-Identifier: MIT
#include "feedpp/ext/slash.hpp"

#include "ext/slash_schema.hpp"

namespace feedpp {

bool operator==(const Slash& a, const Slash& b) { return detail::schema_equal(a, b); }

}  // namespace feedpp
