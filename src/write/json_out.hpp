// SPDX-License-Identifier: MIT
// The JSON layer under JsonFeedWriter: a buffer that goes to the Sink whenever it fills, the
// layout (pretty or compact) of objects and arrays, and JSON string escaping.
//
// Stage write/, as feed_writer.hpp says.
#ifndef FEEDPP_SRC_WRITE_JSON_OUT_HPP
#define FEEDPP_SRC_WRITE_JSON_OUT_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "feedpp/diagnostics.hpp"
#include "feedpp/xml_writer.hpp"

namespace feedpp::detail {

// Appends `s` as a JSON string, quotes included: `"` and `\` escaped, control characters as
// \n, \t, ... or \u00XX, U+2028 and U+2029 as \u2028 and \u2029 (JavaScript's line breaks),
// and each maximal ill-formed UTF-8 subsequence (a lone surrogate's three bytes among them) as
// U+FFFD.
void append_json_string(std::string& out, std::string_view s);

class JsonOut {
 public:
  JsonOut(Sink& sink, const XmlWriterOptions& layout);

  // Opens an object or an array ('{' or '[') as the value of what was just started.
  void open(char bracket);
  // Closes the innermost one ('}' or ']'), on a line of its own when it holds anything.
  void close(char bracket);
  // Starts the next member of the open object: its key, and the separator before its value.
  void key(std::string_view key);
  // Starts the next element of the open array.
  void element();
  void string(std::string_view s) { append_json_string(buf_, s); }
  void raw(std::string_view s) { buf_.append(s); }
  // Hands what the buffer holds to the Sink once it is full (or always, with `force`).
  void flush(bool force = false);
  [[nodiscard]] const Status& status() const noexcept { return status_; }
  [[nodiscard]] bool pretty() const noexcept { return pretty_; }

 private:
  void new_line();

  Sink& sink_;
  std::string buf_;
  std::size_t flush_at_;
  bool pretty_;
  std::string indent_;
  std::string newline_;
  int depth_ = 0;
  std::uint64_t has_entries_ = 0;  // one bit a depth: the container there holds something
  Status status_;
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_JSON_OUT_HPP
