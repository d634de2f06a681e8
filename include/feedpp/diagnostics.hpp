// SPDX-License-Identifier: MIT
// What went wrong, and where. ErrorCode is the stable, enumerated name of each problem feedpp
// reports; Status carries one code and a message (the writers' sticky result); Diagnostic adds a
// severity and a position in the input (the parser's findings). All are plain values, safe to copy
// and to share between threads.
#ifndef FEEDPP_DIAGNOSTICS_HPP
#define FEEDPP_DIAGNOSTICS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "feedpp/export.hpp"

namespace feedpp {

/// The stable codes of the problems feedpp reports. Codes are never renumbered or reused; new
/// ones are added at the end of their group. The severity each gets from the parser is given
/// after it (strict parsing makes warnings errors).
enum class ErrorCode : std::uint16_t {
  ok = 0,

  // Reading the bytes.
  io_error = 10,    ///< fatal: the file or stream could not be read
  empty_document,   ///< fatal: no bytes, or only whitespace
  input_too_large,  ///< error: more bytes than ParseLimits::max_input_bytes: the rest ignored
  bad_compression,  ///< error: gzip data that is corrupt or cut short: what it held so far is read

  // Encodings.
  encoding_override = 20,  ///< error: the declared or HTTP charset was wrong; another was used
  encoding_unknown,        ///< error: the declared charset is unknown; another was used
  non_xml_content_type,    ///< error: the HTTP Content-Type is not an XML media type
  invalid_bytes,           ///< error: byte sequences invalid in the charset became U+FFFD

  // XML.
  xml_syntax = 30,       ///< error: not well-formed XML; what could be read was kept
  undefined_entity,      ///< error: an entity XML does not define (&nbsp;): decoded as HTML's
  bare_ampersand,        ///< error: an `&` that starts no reference: kept as text
  invalid_character,     ///< error: a character XML forbids (raw or as a reference): dropped
  junk_before_root,      ///< error: text before the root element: skipped
  undeclared_namespace,  ///< error: a prefix used without a declaration: a well-known one assumed
  depth_limit,           ///< error: elements deeper than ParseLimits::max_depth: skipped
  item_limit,            ///< error: more items than ParseLimits::max_items: the rest skipped
  text_limit,            ///< error: a text longer than ParseLimits::max_text_bytes: cut there
  truncated,             ///< error: the document ends inside an element or JSON value: closed

  // Feeds.
  not_a_feed = 50,       ///< fatal: the root element is not RSS, RDF or Atom
  bad_date,              ///< warning: a date that could not be read: its text is kept
  bad_base64,            ///< warning: Atom base64 content that does not decode: kept as is
  missing_element,       ///< warning (writers: error): an element the format requires is missing
  duplicate_element,     ///< warning: a second element where one is expected: kept as extension
  unexpected_text,       ///< warning: text where elements are expected: dropped
  unknown_version,       ///< warning: a version attribute feedpp does not know
  misencoded_character,  ///< warning: a C1 control (U+0080-U+009F): read as windows-1252's
  html_page,             ///< fatal: an HTML page, not a feed (discover_feeds() lists its feeds)

  // JSON.
  json_syntax = 70,  ///< error: not valid JSON; the document is mended and what it holds is read
  wrong_type,        ///< warning: a JSON Feed member of the wrong type: kept as a JsonMember

  // Conversions (convert()).
  value_filled = 80,  ///< warning: a value the target format requires, filled from another
  value_dropped,      ///< warning: a value the target format has no place for, left out

  // Writers.
  writer_misuse = 101,  ///< calls out of order: an item before begin(), anything after end()
  sink_failed,          ///< the Sink reported that it could not take the bytes
  date_out_of_range,    ///< a DateTime that !ok(): its offset or year cannot be written
};

/// Returns the name of `code` in snake_case, as written in the enum ("missing_element").
[[nodiscard]] FEEDPP_API std::string_view to_string(ErrorCode code) noexcept;

/// How bad a finding is.
enum class Severity : std::uint8_t {
  warning,  ///< the feed breaks a rule of its format; what it means was still read
  error,    ///< the document is not what it claims (not well-formed, wrong charset); repaired
  fatal,    ///< nothing usable could be read
};

/// Returns "warning", "error" or "fatal".
[[nodiscard]] FEEDPP_API std::string_view to_string(Severity severity) noexcept;

/// A position in the text the parser read: the UTF-8 text after charset conversion, which is the
/// input itself when that was UTF-8. `line` and `column` count from 1 (columns in bytes); 0 means
/// the position is not known.
struct Location {
  std::size_t offset = 0;
  std::size_t line = 0;
  std::size_t column = 0;
};

/// One finding of the parser.
struct Diagnostic {
  Severity severity = Severity::warning;
  ErrorCode code = ErrorCode::ok;
  std::string message;
  Location location{};
};

/// The outcome of an operation: ok, or an error code with a message.
class Status {
 public:
  /// Makes an ok status.
  Status() = default;
  /// Makes a status with `code` and `message`. A status made with ErrorCode::ok is ok.
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  /// Returns true when there is no error.
  [[nodiscard]] bool ok() const noexcept { return code_ == ErrorCode::ok; }
  explicit operator bool() const noexcept { return ok(); }
  /// Returns the code; ErrorCode::ok when ok().
  [[nodiscard]] ErrorCode code() const noexcept { return code_; }
  /// Returns the message; "" when ok().
  [[nodiscard]] const std::string& message() const noexcept { return message_; }

 private:
  ErrorCode code_ = ErrorCode::ok;
  std::string message_;
};

}  // namespace feedpp

#endif  // FEEDPP_DIAGNOSTICS_HPP
