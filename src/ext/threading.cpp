// SPDX-License-Identifier: MIT
#include "feedpp/ext/threading.hpp"

#include "ext/threading_schema.hpp"

namespace feedpp {

bool operator==(const ThreadInReplyTo& a, const ThreadInReplyTo& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const Threading& a, const Threading& b) { return detail::schema_equal(a, b); }

}  // namespace feedpp
