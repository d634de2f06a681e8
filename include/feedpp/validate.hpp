// SPDX-License-Identifier: MIT
// The validator: what a feed's format requires, checked with the rules of the W3C Feed Validation
// Service (RSS 2.0 and 0.9x, RSS 1.0, Atom 1.0, and the namespaces it knows: iTunes, Dublin Core,
// content, Media RSS, ...), beside the parser's own findings about reading the bytes.
//
// validate() parses the document as parse() does (the same Feed comes back) and walks its tree
// once more before the readers run, so a program that only calls parse() pays nothing for it.
// Each Finding is named as the W3C service names it (MissingElement, InvalidRFC2822Date, ...), so
// that its documentation applies; problems of reading (charset, repaired markup) that the service
// has no name for keep the parser's names (ErrorCode). Like parse(), validate() never throws on
// bad input (std::bad_alloc passes through), takes linear time, and shares nothing between calls.
#ifndef FEEDPP_VALIDATE_HPP
#define FEEDPP_VALIDATE_HPP

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "feedpp/diagnostics.hpp"
#include "feedpp/export.hpp"
#include "feedpp/parse.hpp"

namespace feedpp {

/// How much a Finding matters, as the W3C service ranks its messages.
enum class FindingSeverity : std::uint8_t {
  info,     ///< advice: best practice, or a note about the document
  warning,  ///< the feed works but should change: readers may show it wrongly
  error,    ///< the feed breaks a rule of its format: it is not valid
};

/// Returns "info", "warning" or "error".
[[nodiscard]] FEEDPP_API std::string_view to_string(FindingSeverity severity) noexcept;

/// One thing the validator found.
///
/// `code` is the W3C Feed Validation Service's name for it ("MissingElement"), or, for a problem
/// of reading that the service has no name for, the parser's (`to_string(parse_code)`). The
/// strings `element`, `parent`, `attr` and `value` are "" when they do not apply; `element` has
/// its usual prefix ("itunes:explicit"), `parent` is written as the W3C service writes it
/// ("channel", "itunes_category"). `params` holds the other parameters the W3C message has
/// ("rel", "namespace", "core", "ext", ...), in the order they were set.
struct Finding {
  std::string code;
  FindingSeverity severity = FindingSeverity::error;
  /// Where: the element (or its attribute) the finding is about, in the text that was parsed.
  /// Line 0 when the place is not known.
  Location location{};
  std::string element;
  std::string parent;
  std::string attr;
  std::string value;
  std::vector<std::pair<std::string, std::string>> params;
  /// One line for a person.
  std::string message;
  /// ErrorCode::ok for the validator's own findings; the parser's code for a finding that
  /// reports one of the parser's diagnostics (which then also is in ValidationResult::parse).
  ErrorCode parse_code = ErrorCode::ok;

  /// Returns the value of parameter `key` ("element", "rel", ...), or "" when it has none.
  [[nodiscard]] FEEDPP_API std::string_view param(std::string_view key) const noexcept;
};

/// What validate() found: the parse, and the findings in document order.
struct ValidationResult {
  /// What parse() returns for the same bytes and options.
  ParseResult parse{};
  /// The validator's findings and the parser's diagnostics, as findings, ordered by location.
  std::vector<Finding> findings{};
  /// The format as the W3C service names it: "rss20", "rss091u", "rss10", "atom10", ..., or ""
  /// when the document is not a feed or is in a format the service has no rules for (CDF, JSON
  /// Feed: only the parser's diagnostics are findings then).
  std::string format{};

  /// Returns true when no finding is an error: the feed is valid.
  [[nodiscard]] FEEDPP_API bool valid() const noexcept;
};

/// Parses and validates the bytes of a feed. Never throws on bad input.
///
/// `options` are parse()'s: `content_type` takes part in the charset checks; `strict` and
/// `resolve_urls` affect the ParseResult only.
[[nodiscard]] FEEDPP_API ValidationResult validate(std::string_view bytes,
                                                   const ParseOptions& options = {});

/// Validates the file at `path`. A file that cannot be read gives a ValidationResult whose parse
/// has a fatal ErrorCode::io_error and which has one finding (`io_error`, an error).
[[nodiscard]] FEEDPP_API ValidationResult validate_file(const std::string& path,
                                                        const ParseOptions& options = {});

/// Validates what `in` holds until its end, as validate_file() does a file.
[[nodiscard]] FEEDPP_API ValidationResult validate(std::istream& in,
                                                   const ParseOptions& options = {});

}  // namespace feedpp

#endif  // FEEDPP_VALIDATE_HPP
