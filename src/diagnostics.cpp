// SPDX-License-Identifier: MIT
#include "feedpp/diagnostics.hpp"

namespace feedpp {

std::string_view to_string(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::ok:
      return "ok";
    case ErrorCode::missing_element:
      return "missing_element";
    case ErrorCode::writer_misuse:
      return "writer_misuse";
    case ErrorCode::sink_failed:
      return "sink_failed";
    case ErrorCode::date_out_of_range:
      return "date_out_of_range";
  }
  return "unknown";
}

}  // namespace feedpp
