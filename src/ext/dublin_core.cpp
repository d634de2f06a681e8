// SPDX-License-Identifier: MIT
#include "feedpp/ext/dublin_core.hpp"

#include "ext/dublin_core_schema.hpp"

namespace feedpp {

bool operator==(const DublinCore& a, const DublinCore& b) { return detail::schema_equal(a, b); }

}  // namespace feedpp
