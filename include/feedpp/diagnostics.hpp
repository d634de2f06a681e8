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
/// ones are added at the end of their group.
enum class ErrorCode : std::uint16_t {
  ok = 0,

  // Writers.
  missing_element = 100,  ///< an element the format requires is missing (RSS channel title, ...)
  writer_misuse,          ///< calls out of order: an item before begin(), anything after end()
  sink_failed,            ///< the Sink reported that it could not take the bytes
  date_out_of_range,      ///< a DateTime that !ok(): its offset or year cannot be written
};

/// Returns the name of `code` in snake_case, as written in the enum ("missing_element").
[[nodiscard]] FEEDPP_API std::string_view to_string(ErrorCode code) noexcept;

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
