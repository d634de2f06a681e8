// SPDX-License-Identifier: MIT
// Atom threading (thr:, RFC 4685, http://purl.org/syndication/thread/1.0): what an entry
// replies to and how many replies it has. In Item::threading. (thr:count and thr:updated on a
// link stay in Link::attributes.)
#ifndef FEEDPP_EXT_THREADING_HPP
#define FEEDPP_EXT_THREADING_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/values.hpp"

namespace feedpp {

namespace ns {
inline constexpr std::string_view kThreading = "http://purl.org/syndication/thread/1.0";
}  // namespace ns

/// thr:in-reply-to ref href type source: the resource an entry replies to.
struct ThreadInReplyTo {
  std::string ref{};                    ///< the identifier of the resource (required)
  std::string href{};                   ///< where it can be found
  std::string type{};                   ///< its MIME type
  std::string source{};                 ///< a feed that holds it
  std::vector<Attribute> attributes{};  ///< other attributes, as written
  ElementOrder<std::uint8_t> order{};   ///< what was there, in document order
};

/// An entry's threading elements.
struct Threading {
  std::vector<ThreadInReplyTo> in_reply_to{};  ///< thr:in-reply-to
  Typed<std::int64_t> total{};                 ///< thr:total: how many replies
  ElementOrder<std::uint8_t> order{};          ///< what was there, in document order
};

FEEDPP_API bool operator==(const ThreadInReplyTo& a, const ThreadInReplyTo& b);
inline bool operator!=(const ThreadInReplyTo& a, const ThreadInReplyTo& b) { return !(a == b); }
FEEDPP_API bool operator==(const Threading& a, const Threading& b);
inline bool operator!=(const Threading& a, const Threading& b) { return !(a == b); }

}  // namespace feedpp

#endif  // FEEDPP_EXT_THREADING_HPP
