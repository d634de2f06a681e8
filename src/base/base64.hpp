// SPDX-License-Identifier: MIT
// Base64 (RFC 4648): Atom 0.3's mode="base64", and Atom 1.0 content of a type that is neither
// text nor XML.
#ifndef FEEDPP_SRC_BASE_BASE64_HPP
#define FEEDPP_SRC_BASE_BASE64_HPP

#include <string>
#include <string_view>

namespace feedpp::detail {

// Decodes `in` into `out`, white space ignored. Returns false when the text is not base64
// (`out` then holds what was decoded before the first character that is not).
bool decode_base64(std::string_view in, std::string& out);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_BASE_BASE64_HPP
