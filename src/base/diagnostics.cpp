// SPDX-License-Identifier: MIT
#include "feedpp/diagnostics.hpp"

namespace feedpp {

std::string_view to_string(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::ok:
      return "ok";
    case ErrorCode::io_error:
      return "io_error";
    case ErrorCode::empty_document:
      return "empty_document";
    case ErrorCode::input_too_large:
      return "input_too_large";
    case ErrorCode::bad_compression:
      return "bad_compression";
    case ErrorCode::encoding_override:
      return "encoding_override";
    case ErrorCode::encoding_unknown:
      return "encoding_unknown";
    case ErrorCode::non_xml_content_type:
      return "non_xml_content_type";
    case ErrorCode::invalid_bytes:
      return "invalid_bytes";
    case ErrorCode::xml_syntax:
      return "xml_syntax";
    case ErrorCode::undefined_entity:
      return "undefined_entity";
    case ErrorCode::bare_ampersand:
      return "bare_ampersand";
    case ErrorCode::invalid_character:
      return "invalid_character";
    case ErrorCode::junk_before_root:
      return "junk_before_root";
    case ErrorCode::undeclared_namespace:
      return "undeclared_namespace";
    case ErrorCode::depth_limit:
      return "depth_limit";
    case ErrorCode::item_limit:
      return "item_limit";
    case ErrorCode::text_limit:
      return "text_limit";
    case ErrorCode::truncated:
      return "truncated";
    case ErrorCode::not_a_feed:
      return "not_a_feed";
    case ErrorCode::bad_date:
      return "bad_date";
    case ErrorCode::bad_base64:
      return "bad_base64";
    case ErrorCode::missing_element:
      return "missing_element";
    case ErrorCode::duplicate_element:
      return "duplicate_element";
    case ErrorCode::unexpected_text:
      return "unexpected_text";
    case ErrorCode::unknown_version:
      return "unknown_version";
    case ErrorCode::misencoded_character:
      return "misencoded_character";
    case ErrorCode::html_page:
      return "html_page";
    case ErrorCode::json_syntax:
      return "json_syntax";
    case ErrorCode::wrong_type:
      return "wrong_type";
    case ErrorCode::writer_misuse:
      return "writer_misuse";
    case ErrorCode::sink_failed:
      return "sink_failed";
    case ErrorCode::date_out_of_range:
      return "date_out_of_range";
    case ErrorCode::value_filled:
      return "value_filled";
    case ErrorCode::value_dropped:
      return "value_dropped";
  }
  return "unknown";
}

std::string_view to_string(Severity severity) noexcept {
  switch (severity) {
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
    case Severity::fatal:
      return "fatal";
  }
  return "unknown";
}

}  // namespace feedpp
