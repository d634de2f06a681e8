// SPDX-License-Identifier: MIT
#include "feedpp/ext/feedburner.hpp"

#include "ext/feedburner_schema.hpp"

namespace feedpp {

bool operator==(const FeedburnerInfo& a, const FeedburnerInfo& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const FeedFlare& a, const FeedFlare& b) { return detail::schema_equal(a, b); }
bool operator==(const Feedburner& a, const Feedburner& b) { return detail::schema_equal(a, b); }

}  // namespace feedpp
