// SPDX-License-Identifier: MIT
// A minimal streaming JSON writer for the feedpp command: objects, arrays, strings (escaped, with
// invalid UTF-8 replaced), numbers, booleans and null, with commas placed for the caller.
#ifndef FEEDPP_EXAMPLES_CLI_JSON_WRITER_HPP
#define FEEDPP_EXAMPLES_CLI_JSON_WRITER_HPP

#include <charconv>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace feedpp_cli {

class JsonWriter {
 public:
  void begin_object() {
    separate();
    out_ += '{';
    first_.push_back(true);
  }
  void end_object() {
    out_ += '}';
    first_.pop_back();
  }
  void begin_array() {
    separate();
    out_ += '[';
    first_.push_back(true);
  }
  void end_array() {
    out_ += ']';
    first_.pop_back();
  }
  // Writes a member name; the next value is its value.
  void key(std::string_view name) {
    separate();
    string_literal(name);
    out_ += ':';
    after_key_ = true;
  }
  void value(std::string_view s) {
    separate();
    string_literal(s);
  }
  void value(const char* s) { value(std::string_view(s)); }
  void value(bool b) {
    separate();
    out_ += b ? "true" : "false";
  }
  void value(long long n) {
    separate();
    out_ += std::to_string(n);
  }
  void value(double d) {
    separate();
    char buf[32];
    // The shortest text that reads back the same; fixed notation where it is not long.
    const double magnitude = d < 0 ? -d : d;
    const auto format = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e15)
                            ? std::chars_format::fixed
                            : std::chars_format::general;
    const auto [end, error] = std::to_chars(buf, buf + sizeof buf, d, format);
    out_.append(buf, error == std::errc() ? end : buf);
  }
  void null() {
    separate();
    out_ += "null";
  }
  // key + string value, skipped when the value is empty.
  void member(std::string_view name, std::string_view s) {
    if (s.empty()) return;
    key(name);
    value(s);
  }

  [[nodiscard]] const std::string& str() const { return out_; }

 private:
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_ += ',';
    first_.back() = false;
  }

  void string_literal(std::string_view s) {
    out_ += '"';
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* const end = p + s.size();
    while (p < end) {
      const unsigned char c = *p;
      if (c == '"' || c == '\\') {
        out_ += '\\';
        out_ += static_cast<char>(c);
        ++p;
      } else if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out_ += buf;
        ++p;
      } else if (c < 0x80) {
        out_ += static_cast<char>(c);
        ++p;
      } else {
        p += utf8_char(p, end);
      }
    }
    out_ += '"';
  }

  // Copies one UTF-8 character, or writes U+FFFD for an invalid byte; returns bytes consumed.
  std::size_t utf8_char(const unsigned char* p, const unsigned char* end) {
    std::size_t n = 0;
    if (*p >= 0xC2 && *p <= 0xDF) {
      n = 2;
    } else if (*p >= 0xE0 && *p <= 0xEF) {
      n = 3;
    } else if (*p >= 0xF0 && *p <= 0xF4) {
      n = 4;
    }
    bool ok = n > 0 && static_cast<std::size_t>(end - p) >= n;
    for (std::size_t i = 1; ok && i < n; ++i) ok = (p[i] & 0xC0) == 0x80;
    if (!ok) {
      out_ += "\xEF\xBF\xBD";
      return 1;
    }
    out_.append(reinterpret_cast<const char*>(p), n);
    return n;
  }

  std::string out_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

}  // namespace feedpp_cli

#endif  // FEEDPP_EXAMPLES_CLI_JSON_WRITER_HPP
