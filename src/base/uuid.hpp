// SPDX-License-Identifier: MIT
// Name-based UUIDs (RFC 9562, version 5: SHA-1): an identifier that the same name always gives,
// for convert() to make an Atom id where a feed has no URI to take one from.
#ifndef FEEDPP_SRC_BASE_UUID_HPP
#define FEEDPP_SRC_BASE_UUID_HPP

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace feedpp::detail {

using Sha1Digest = std::array<std::uint8_t, 20>;

// The SHA-1 digest of `data` (FIPS 180-4). For names only: SHA-1 resists no attacker.
Sha1Digest sha1(std::string_view data) noexcept;

// "urn:uuid:" and the version 5 UUID of `name` in the namespace named by `space`, itself any
// text (hashed into a namespace UUID of feedpp's own first): equal arguments, equal URNs.
std::string name_based_urn(std::string_view space, std::string_view name);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_BASE_UUID_HPP
