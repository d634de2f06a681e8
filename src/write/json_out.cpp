// SPDX-License-Identifier: MIT
#include "write/json_out.hpp"

#include <algorithm>
#include <array>

#include "base/utf8.hpp"

namespace feedpp::detail {
namespace {

// 1 for the bytes a JSON string cannot hold as they are (RFC 8259 §7) or that need a look
// (non-ASCII: UTF-8 to check, U+2028/U+2029 to escape).
constexpr std::array<unsigned char, 256> kSpecial = [] {
  std::array<unsigned char, 256> t{};
  for (std::size_t i = 0; i < 0x20; ++i) t[i] = 1;
  for (std::size_t i = 0x80; i < 0x100; ++i) t[i] = 1;
  t['"'] = 1;
  t['\\'] = 1;
  return t;
}();

void append_control(std::string& out, unsigned char b) {
  switch (b) {
    case '\b':
      out.append("\\b");
      return;
    case '\f':
      out.append("\\f");
      return;
    case '\n':
      out.append("\\n");
      return;
    case '\r':
      out.append("\\r");
      return;
    case '\t':
      out.append("\\t");
      return;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char esc[] = {'\\', 'u', '0', '0', kHex[b >> 4], kHex[b & 15]};
      out.append(esc, sizeof esc);
    }
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = p + s.size();
  while (p < end) {
    const auto* run = p;
    while (p < end && kSpecial[*p] == 0) ++p;
    out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
    if (p == end) break;
    const unsigned char b = *p;
    if (b == '"' || b == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(b));
      ++p;
    } else if (b < 0x20) {
      append_control(out, b);
      ++p;
    } else {
      std::size_t len = 0;
      const char32_t cp = decode_utf8(p, end, len);
      if (cp == kBadUtf8) {
        out.append(kReplacementUtf8);
      } else if (cp == 0x2028 || cp == 0x2029) {
        out.append(cp == 0x2028 ? "\\u2028" : "\\u2029");
      } else {
        out.append(reinterpret_cast<const char*>(p), len);
      }
      p += len;
    }
  }
  out.push_back('"');
}

JsonOut::JsonOut(Sink& sink, const XmlWriterOptions& layout)
    : sink_(sink),
      flush_at_(std::clamp<std::size_t>(layout.buffer_size, 256, std::size_t{16} << 20)),
      pretty_(layout.pretty),
      indent_(static_cast<std::size_t>(std::clamp(layout.indent, 0, 16)), ' ') {
  for (const char c : layout.newline) {
    if (c == '\r' || c == '\n') newline_.push_back(c);
  }
  if (newline_.empty()) newline_ = "\n";
  buf_.reserve(flush_at_ + 1024);
}

void JsonOut::new_line() {
  if (!pretty_) return;
  buf_.append(newline_);
  for (int i = 0; i < depth_; ++i) buf_.append(indent_);
}

void JsonOut::open(char bracket) {
  buf_.push_back(bracket);
  ++depth_;
  if (depth_ < 64) has_entries_ &= ~(std::uint64_t{1} << depth_);
}

void JsonOut::close(char bracket) {
  const bool any = depth_ < 64 && (has_entries_ >> depth_ & 1U) != 0;
  --depth_;
  if (any) new_line();
  buf_.push_back(bracket);
}

void JsonOut::key(std::string_view key) {
  element();
  append_json_string(buf_, key);
  buf_.append(pretty_ ? ": " : ":");
}

void JsonOut::element() {
  if (depth_ < 64) {
    const std::uint64_t bit = std::uint64_t{1} << depth_;
    if ((has_entries_ & bit) != 0) buf_.push_back(',');
    has_entries_ |= bit;
  }
  new_line();
}

void JsonOut::flush(bool force) {
  if (buf_.size() < flush_at_ && !force) return;
  if (status_.ok() && !buf_.empty() && !sink_.write(buf_)) {
    status_ = Status(ErrorCode::sink_failed, "the sink did not take the output");
  }
  buf_.clear();
}

}  // namespace feedpp::detail
