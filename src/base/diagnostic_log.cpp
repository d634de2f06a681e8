// SPDX-License-Identifier: MIT
#include "base/diagnostic_log.hpp"
#include "base/line_counter.hpp"

#include <algorithm>
#include <cstring>

namespace feedpp::detail {

Severity default_severity(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::io_error:
    case ErrorCode::empty_document:
    case ErrorCode::not_a_feed:
    case ErrorCode::html_page:
      return Severity::fatal;
    case ErrorCode::bad_date:
    case ErrorCode::bad_base64:
    case ErrorCode::missing_element:
    case ErrorCode::duplicate_element:
    case ErrorCode::unexpected_text:
    case ErrorCode::unknown_version:
    case ErrorCode::misencoded_character:
    case ErrorCode::value_filled:
    case ErrorCode::value_dropped:
    case ErrorCode::wrong_type:
      return Severity::warning;
    default:
      return Severity::error;
  }
}

void DiagnosticLog::add(ErrorCode code, std::size_t offset, std::string message) {
  Severity severity = default_severity(code);
  if (strict_ && severity == Severity::warning) severity = Severity::error;
  if (severity == Severity::fatal) fatal_ = true;
  std::size_t& count = counts_[static_cast<std::size_t>(code) % counts_.size()];
  if (++count > kKeptPerCode) return;
  kept_.push_back({severity, code, std::move(message), Location{offset, 0, 0}});
}

void DiagnosticLog::add_placed(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::fatal) fatal_ = true;
  std::size_t& count = counts_[static_cast<std::size_t>(diagnostic.code) % counts_.size()];
  if (++count > kKeptPerCode) return;
  kept_.push_back(std::move(diagnostic));
}

bool DiagnosticLog::has(ErrorCode code) const noexcept {
  return counts_[static_cast<std::size_t>(code) % counts_.size()] > 0;
}

std::vector<Diagnostic> DiagnosticLog::finish(std::string_view text) {
  std::vector<Diagnostic> out = std::move(kept_);
  kept_.clear();
  // Summaries for the codes that were cut, placed after the last kept one of their kind.
  std::vector<Diagnostic> summaries;
  for (const Diagnostic& d : out) {
    const std::size_t count = counts_[static_cast<std::size_t>(d.code) % counts_.size()];
    if (count <= kKeptPerCode) continue;
    const bool already = std::any_of(summaries.begin(), summaries.end(),
                                     [&](const Diagnostic& s) { return s.code == d.code; });
    if (already) continue;
    summaries.push_back({d.severity, d.code,
                         std::to_string(count - kKeptPerCode) + " more of the same (" +
                             std::string(to_string(d.code)) + ") not listed",
                         Location{kUnknownOffset, 0, 0}});
  }
  out.insert(out.end(), summaries.begin(), summaries.end());
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.location.offset < b.location.offset;
  });
  // One pass over the text for all positions: the diagnostics are sorted by offset.
  LineCounter lines(text);
  for (Diagnostic& d : out) {
    if (d.location.offset == kUnknownOffset) {
      d.location = Location{};
    } else if (d.location.line == 0) {
      lines.place(d.location);
    }
  }
  return out;
}

}  // namespace feedpp::detail
