// SPDX-License-Identifier: MIT
// Findings as the W3C validator names them: each name's kind (error, warning, info), a message
// for a person, and the offsets of the walk turned into lines and columns.
#ifndef FEEDPP_SRC_CHECK_FINDINGS_HPP
#define FEEDPP_SRC_CHECK_FINDINGS_HPP

#include <cstddef>
#include <string_view>
#include <vector>

#include "check/walker.hpp"
#include "feedpp/validate.hpp"

namespace feedpp::detail {

// Findings of one name kept with their own place; the rest are counted (a hostile feed can have
// a million bad dates), and one more finding says how many.
inline constexpr std::size_t kFindingsPerCode = 200;

// Returns the W3C validator's kind for message `code`; warning for names it does not have.
FindingSeverity severity_of(std::string_view code) noexcept;

// Returns a finding named `code` at `offset` (kUnknownOffset: unknown), with its message.
Finding make_finding(std::string_view code, std::size_t offset, const Params& params);

// Sets the line and column of each finding from its offset into `text`, and orders them by
// offset (findings of unknown place last, in the order they came).
void place_findings(std::vector<Finding>& findings, std::string_view text);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_CHECK_FINDINGS_HPP
