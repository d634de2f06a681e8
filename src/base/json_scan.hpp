// SPDX-License-Identifier: MIT
// A JSON syntax checker and mender (RFC 8259), used where simdjson's on-demand parser is lenient
// or gives up: the reader checks the members it keeps as text with it, and mends a document
// simdjson cannot read; the writer checks the JSON text of a JsonMember before writing it.
//
// One linear pass, no recursion: the open arrays and objects are a string of brackets, so a
// million nested arrays cost a megabyte and no stack. What it mends, each reported to the log at
// its offset in the input:
//   - bytes that are not UTF-8 become U+FFFD (invalid_bytes); a lone surrogate escape (\ud800)
//     becomes \ufffd and a raw control character in a string its escape (invalid_character);
//   - a trailing comma is dropped, a missing comma is put in, a comment is skipped, a bad
//     number or literal (NaN, tru) becomes null, a bad escape keeps its backslash as text
//     (json_syntax);
//   - a value nested deeper than the depth limit becomes null (depth_limit);
//   - a document that ends early (inside a string, an array or an object) is closed at the last
//     point where closing the open brackets makes valid JSON (truncated), and so is one with
//     anything else wrong (a stray bracket, text after the value: json_syntax).
#ifndef FEEDPP_SRC_BASE_JSON_SCAN_HPP
#define FEEDPP_SRC_BASE_JSON_SCAN_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace feedpp::detail {

class DiagnosticLog;

// A document mended into valid JSON, and where its bytes came from.
struct MendedJson {
  std::string text;  // one valid JSON value, "" when the input held none; white space as written
  // (offset in text, offset in the input) after each edit that changed the length, in order:
  // between two edits, text and input advance together.
  std::vector<std::pair<std::size_t, std::size_t>> anchors;
  bool had_value = false;  // the input started a JSON value (it was not empty or all junk)

  // Returns the offset in the input of the byte at `offset` in text.
  [[nodiscard]] std::size_t input_offset(std::size_t offset) const noexcept;
};

// Returns true when `text` is exactly one JSON value (whitespace around it allowed) nesting at
// most `max_depth` arrays and objects, with valid UTF-8 and no lone surrogate escape. Throws
// nothing but std::bad_alloc.
[[nodiscard]] bool is_json_value(std::string_view text, std::size_t max_depth);

// Mends `text` into one valid JSON value nesting at most `max_depth` arrays and objects,
// reporting each repair to `log` (null: to nobody) at `base` plus its offset in `text`.
MendedJson mend_json(std::string_view text, std::size_t max_depth, DiagnosticLog* log,
                     std::size_t base = 0);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_BASE_JSON_SCAN_HPP
