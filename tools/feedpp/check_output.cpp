// SPDX-License-Identifier: MIT
#include "check_output.hpp"

#include "json_writer.hpp"

namespace feedpp_cli {
namespace {

void write_finding(JsonWriter& json, const feedpp::Finding& f) {
  json.begin_object();
  json.key("code");
  json.value(f.code);
  json.key("severity");
  json.value(feedpp::to_string(f.severity));
  json.key("line");
  json.value(static_cast<long long>(f.location.line));
  json.key("column");
  json.value(static_cast<long long>(f.location.column));
  json.member("element", f.element);
  json.member("parent", f.parent);
  json.member("attr", f.attr);
  json.member("value", f.value);
  for (const auto& [k, v] : f.params) {
    if (k == "code" || k == "severity" || k == "line" || k == "column" || k == "message") continue;
    json.key(k);
    json.value(v);
  }
  if (f.parse_code != feedpp::ErrorCode::ok) {
    json.key("parse_code");
    json.value(feedpp::to_string(f.parse_code));
  }
  json.key("message");
  json.value(f.message);
  json.end_object();
}

}  // namespace

std::string check_text(const feedpp::ValidationResult& result, std::string_view name) {
  std::string out;
  for (const feedpp::Finding& f : result.findings) {
    out += name;
    out += ':' + std::to_string(f.location.line) + ':' + std::to_string(f.location.column) + ": ";
    out += feedpp::to_string(f.severity);
    out += ": ";
    for (char c : f.message) out += c == '\n' || c == '\r' ? ' ' : c;
    out += " [" + f.code + "]\n";
  }
  return out;
}

std::string check_json(const feedpp::ValidationResult& result) {
  JsonWriter json;
  json.begin_object();
  json.key("valid");
  json.value(result.valid());
  json.key("format");
  json.value(result.format);
  json.key("diagnostics");
  json.begin_array();
  for (const feedpp::Finding& f : result.findings) write_finding(json, f);
  json.end_array();
  json.end_object();
  return json.str();
}

std::string check_json_unreadable(std::string_view message) {
  JsonWriter json;
  json.begin_object();
  json.key("valid");
  json.value(false);
  json.key("format");
  json.value("");
  json.key("diagnostics");
  json.begin_array();
  json.begin_object();
  json.key("code");
  json.value("io_error");
  json.key("severity");
  json.value("error");
  json.key("line");
  json.value(0LL);
  json.key("column");
  json.value(0LL);
  json.key("message");
  json.value(message);
  json.end_object();
  json.end_array();
  json.end_object();
  return json.str();
}

}  // namespace feedpp_cli
