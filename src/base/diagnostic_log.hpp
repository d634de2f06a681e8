// SPDX-License-Identifier: MIT
// Where every stage of the parser reports what it found. Gives each code its severity, caps how
// many of one kind are kept (a hostile feed can hold a million bad entities), and turns offsets
// into lines and columns once, at the end.
#ifndef FEEDPP_SRC_DIAGNOSTIC_LOG_HPP
#define FEEDPP_SRC_DIAGNOSTIC_LOG_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/diagnostics.hpp"

namespace feedpp::detail {

// An offset that is not known: its diagnostic gets line and column 0.
inline constexpr std::size_t kUnknownOffset = static_cast<std::size_t>(-1);

// The severity the parser gives `code` when not parsing strictly.
Severity default_severity(ErrorCode code) noexcept;

class DiagnosticLog {
 public:
  // Diagnostics of one code kept with their own message and place; the rest are counted.
  static constexpr std::size_t kKeptPerCode = 20;

  explicit DiagnosticLog(bool strict) : strict_(strict) {}

  // Records `code` at `offset` in the parsed text.
  void add(ErrorCode code, std::size_t offset, std::string message);
  // Records a diagnostic already given its severity and place (line > 0), under the same cap:
  // what another log found in a part of the text (the streaming parser's items).
  void add_placed(Diagnostic diagnostic);

  [[nodiscard]] bool has(ErrorCode code) const noexcept;
  [[nodiscard]] bool has_fatal() const noexcept { return fatal_; }
  [[nodiscard]] bool empty() const noexcept { return kept_.empty(); }
  // Whether a code came more than kKeptPerCode times: some were counted, not kept.
  [[nodiscard]] bool cut() const noexcept {
    return std::any_of(counts_.begin(), counts_.end(),
                       [](std::size_t n) { return n > kKeptPerCode; });
  }

  // Returns the diagnostics in input order, with lines and columns computed against `text` (but
  // those added placed), and one summary per code whose occurrences went beyond kKeptPerCode.
  std::vector<Diagnostic> finish(std::string_view text);

 private:
  bool strict_;
  bool fatal_ = false;
  std::vector<Diagnostic> kept_;
  std::array<std::size_t, 128> counts_{};  // by code value modulo 128
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_DIAGNOSTIC_LOG_HPP
