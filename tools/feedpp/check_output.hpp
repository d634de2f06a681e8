// SPDX-License-Identifier: MIT
// `feedpp check`: a validation's findings for a person (file:line:column: severity: message
// [code]) or as the JSON of docs/check-schema.md.
#ifndef FEEDPP_EXAMPLES_CLI_CHECK_OUTPUT_HPP
#define FEEDPP_EXAMPLES_CLI_CHECK_OUTPUT_HPP

#include <feedpp/validate.hpp>

#include <string>
#include <string_view>

namespace feedpp_cli {

// One line per finding: "name:line:column: severity: message [code]".
std::string check_text(const feedpp::ValidationResult& result, std::string_view name);

// The check contract's object: {"valid": ..., "format": ..., "diagnostics": [...]}.
std::string check_json(const feedpp::ValidationResult& result);

// The same object for a file that could not be read: not valid, no format, one io_error.
std::string check_json_unreadable(std::string_view message);

}  // namespace feedpp_cli

#endif  // FEEDPP_EXAMPLES_CLI_CHECK_OUTPUT_HPP
