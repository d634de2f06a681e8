// SPDX-License-Identifier: MIT
// The JSON checker and mender (json_scan.hpp): a state machine over the bytes, writing the
// mended text as it goes, or (when checking) stopping at the first fault.
#include "base/json_scan.hpp"

#include <algorithm>
#include <string>

#include "base/diagnostic_log.hpp"
#include "base/utf8.hpp"

namespace feedpp::detail {
namespace {

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_token_char(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' || c == '-' ||
         c == '.' || c == '_';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// RFC 8259 §6: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool is_json_number(std::string_view t) {
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t from = i;
    while (i < t.size() && is_digit(t[i])) ++i;
    return i > from;
  };
  if (i < t.size() && t[i] == '-') ++i;
  if (i < t.size() && t[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < t.size() && t[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == t.size();
}

// Reads the four hex digits at `p`, or returns -1.
long hex4(std::string_view in, std::size_t p) {
  if (p + 4 > in.size()) return -1;
  long v = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    const int h = hex_value(in[p + i]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

class Scanner {
 public:
  Scanner(std::string_view in, std::size_t max_depth, DiagnosticLog* log, std::size_t base,
          MendedJson* out)
      : in_(in), max_depth_(max_depth), log_(log), base_(base), out_(out) {}

  // Returns true when the input was one valid value and nothing had to be mended.
  bool run() {
    while (!stopped_) step();
    if (out_ != nullptr) out_->had_value = had_value_;
    return clean_ && had_value_;
  }

 private:
  enum class State { value, first_value_or_end, first_key_or_end, key, colon, comma_or_end, done };

  void step() {
    skip_space();
    if (stopped_) return;
    if (pos_ >= in_.size()) {
      if (state_ != State::done) {
        cut(had_value_ ? "the document ends early: what is open is closed" : nullptr,
            ErrorCode::truncated);
      }
      stopped_ = true;
      return;
    }
    const char c = in_[pos_];
    switch (state_) {
      case State::value:
        return value(c);
      case State::first_value_or_end:
        if (c == ']') return close(c);
        state_ = State::value;
        return value(c);
      case State::first_key_or_end:
        if (c == '}') return close(c);
        return key(c);
      case State::key:
        if (c == '}') {  // {"a": 1,}
          drop_comma();
          return close(c);
        }
        return key(c);
      case State::colon:
        if (c != ':') return cut("a key must be followed by ':'");
        emit(":");
        ++pos_;
        state_ = State::value;
        return;
      case State::comma_or_end:
        return comma_or_end(c);
      case State::done:
        issue(ErrorCode::json_syntax, pos_, "text after the JSON value: ignored");
        stopped_ = true;
        return;
    }
  }

  void value(char c) {
    if (c == '{' || c == '[') return open(c);
    if (c == ']' && !stack_.empty() && stack_.back() == '[' && last_is_comma()) {  // [1, 2,]
      drop_comma();
      return close(c);
    }
    if (c == '"') {
      had_value_ = true;
      if (!string()) return;
    } else if (c == '-' || is_digit(c)) {
      had_value_ = true;
      token(true);
    } else if (is_token_char(c)) {
      had_value_ = true;
      token(false);
    } else {
      return cut("a value was expected here");
    }
    value_done();
  }

  void key(char c) {
    if (c != '"') return cut("a key (a string) was expected here");
    if (!string()) return;
    state_ = State::colon;
  }

  void comma_or_end(char c) {
    const char top = stack_.back();
    if (c == ',') {
      emit(",");
      ++pos_;
      state_ = top == '{' ? State::key : State::value;
    } else if (c == '}' || c == ']') {
      if ((c == '}') != (top == '{')) return cut("a bracket that closes nothing open");
      close(c);
    } else if (top == '[' && (c == '"' || c == '{' || c == '[' || c == '-' || is_token_char(c))) {
      issue(ErrorCode::json_syntax, pos_, "a ',' is missing between two values");
      emit(",");
      anchor();
      state_ = State::value;
    } else if (top == '{' && c == '"') {
      issue(ErrorCode::json_syntax, pos_, "a ',' is missing between two members");
      emit(",");
      anchor();
      state_ = State::key;
    } else {
      cut("',' or a closing bracket was expected here");
    }
  }

  void open(char c) {
    had_value_ = true;
    if (stack_.size() >= max_depth_) {
      issue(ErrorCode::depth_limit, pos_,
            "arrays and objects nested deeper than the limit of " + std::to_string(max_depth_) +
                ": this value is read as null");
      if (!skip_container()) return cut("the document ends early", ErrorCode::truncated);
      emit("null");
      anchor();
      return value_done();
    }
    stack_.push_back(c);
    emit(std::string_view(&c, 1));
    ++pos_;
    state_ = c == '{' ? State::first_key_or_end : State::first_value_or_end;
    safe_point();
  }

  void close(char c) {
    stack_.pop_back();
    emit(std::string_view(&c, 1));
    ++pos_;
    value_done();
  }

  void value_done() {
    state_ = stack_.empty() ? State::done : State::comma_or_end;
    safe_point();
  }

  void safe_point() {
    safe_size_ = out_text().size();
    safe_depth_ = stack_.size();
  }

  // The last byte written but white space is a comma.
  bool last_is_comma() const {
    const std::string_view out = out_text();
    const std::size_t at = out.find_last_not_of(" \t\r\n");
    return at != std::string_view::npos && out[at] == ',';
  }

  void drop_comma() {
    issue(ErrorCode::json_syntax, pos_, "a ',' before a closing bracket: dropped");
    if (out_ != nullptr && last_is_comma()) {
      out_->text.erase(out_->text.find_last_not_of(" \t\r\n"), 1);
      anchor();
    }
  }

  // Ends the document at the last safe point, closing what is open there.
  void cut(const char* why, ErrorCode code = ErrorCode::json_syntax) {
    if (why != nullptr) {
      issue(code, pos_, std::string(why) + (pos_ < in_.size() ? ": the rest is ignored" : ""));
    }
    stopped_ = true;
    if (out_ == nullptr) return;
    out_->text.resize(safe_size_);
    stack_.resize(safe_depth_);
    while (!stack_.empty()) {
      out_->text.push_back(stack_.back() == '{' ? '}' : ']');
      stack_.pop_back();
    }
    anchor();
  }

  bool string();
  bool escape();
  void token(bool number);
  bool skip_container();
  void skip_space();

  void issue(ErrorCode code, std::size_t at, const std::string& message) {
    clean_ = false;
    if (out_ == nullptr) {
      stopped_ = true;  // checking: the first fault is the answer
      return;
    }
    if (log_ != nullptr) log_->add(code, base_ + at, message);
  }
  void emit(std::string_view s) {
    if (out_ != nullptr) out_->text.append(s);
  }
  void anchor() {
    if (out_ != nullptr) out_->anchors.emplace_back(out_->text.size(), pos_);
  }
  std::string_view out_text() const {
    return out_ != nullptr ? std::string_view(out_->text) : std::string_view();
  }

  std::string_view in_;
  std::size_t max_depth_;
  DiagnosticLog* log_;
  std::size_t base_;
  MendedJson* out_;  // null when checking
  std::size_t pos_ = 0;
  std::string stack_;  // '{' and '[' of the open containers
  State state_ = State::value;
  std::size_t safe_size_ = 0;
  std::size_t safe_depth_ = 0;
  bool clean_ = true;
  bool stopped_ = false;
  bool had_value_ = false;
};

// Copies white space (so that the mended text keeps the input's lines and offsets), skips
// comments.
void Scanner::skip_space() {
  while (pos_ < in_.size()) {
    const char c = in_[pos_];
    if (is_json_space(c)) {
      const std::size_t from = pos_;
      while (pos_ < in_.size() && is_json_space(in_[pos_])) ++pos_;
      emit(in_.substr(from, pos_ - from));
      continue;
    }
    if (c != '/' || pos_ + 1 >= in_.size() || (in_[pos_ + 1] != '/' && in_[pos_ + 1] != '*')) {
      return;
    }
    issue(ErrorCode::json_syntax, pos_, "a comment, which JSON does not have: skipped");
    if (stopped_) return;
    const bool line = in_[pos_ + 1] == '/';
    const std::size_t end = in_.find(line ? "\n" : "*/", pos_ + 2);
    pos_ = end == std::string_view::npos ? in_.size() : end + (line ? 1 : 2);
    anchor();
  }
}

// Copies the string at pos_ (a '"'), mended. False when the input ends inside it.
bool Scanner::string() {
  emit("\"");
  ++pos_;
  std::size_t run = pos_;
  const auto flush = [&] { emit(in_.substr(run, pos_ - run)); };
  while (pos_ < in_.size()) {
    const auto b = static_cast<unsigned char>(in_[pos_]);
    if (b == '"') {
      flush();
      emit("\"");
      ++pos_;
      return true;
    }
    if (b == '\\') {
      flush();
      if (!escape()) break;
      run = pos_;
    } else if (b < 0x20) {
      flush();
      issue(ErrorCode::invalid_character, pos_, "a control character in a string: escaped");
      static constexpr char kHex[] = "0123456789abcdef";
      const char esc[] = {'\\', 'u', '0', '0', kHex[b >> 4], kHex[b & 15]};
      emit(std::string_view(esc, sizeof esc));
      ++pos_;
      anchor();
      run = pos_;
    } else if (b >= 0x80) {
      std::size_t len = 0;
      const auto* p = reinterpret_cast<const unsigned char*>(in_.data()) + pos_;
      const char32_t cp = decode_utf8(p, p + (in_.size() - pos_), len);
      if (cp == kBadUtf8) {
        flush();
        issue(ErrorCode::invalid_bytes, pos_, "bytes that are not UTF-8: read as U+FFFD");
        emit(kReplacementUtf8);
        pos_ += len;
        anchor();
        run = pos_;
      } else {
        pos_ += len;
      }
    } else {
      ++pos_;
    }
    if (stopped_) return false;
  }
  if (stopped_) return false;  // checking, and a fault was found
  issue(ErrorCode::truncated, pos_, "the document ends inside a string: what is open is closed");
  cut(nullptr);
  return false;
}

// Copies the escape at pos_ (a backslash), mended. False when the input ends inside it.
bool Scanner::escape() {
  if (pos_ + 1 >= in_.size()) return false;
  const char e = in_[pos_ + 1];
  if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' ||
      e == 't') {
    emit(in_.substr(pos_, 2));
    pos_ += 2;
    return true;
  }
  const long unit = e == 'u' ? hex4(in_, pos_ + 2) : -1;
  if (unit < 0) {
    issue(ErrorCode::json_syntax, pos_, "a backslash that starts no JSON escape: kept as text");
    emit("\\\\");
    ++pos_;
    anchor();
    return true;
  }
  if (unit >= 0xD800 && unit <= 0xDBFF && pos_ + 7 < in_.size() && in_[pos_ + 6] == '\\' &&
      in_[pos_ + 7] == 'u') {
    const long low = hex4(in_, pos_ + 8);
    if (low >= 0xDC00 && low <= 0xDFFF) {  // a surrogate pair: one character
      emit(in_.substr(pos_, 12));
      pos_ += 12;
      return true;
    }
  }
  if (unit >= 0xD800 && unit <= 0xDFFF) {
    issue(ErrorCode::invalid_character, pos_, "a lone UTF-16 surrogate: read as U+FFFD");
    emit("\\ufffd");
  } else {
    emit(in_.substr(pos_, 6));
  }
  pos_ += 6;
  return true;
}

// Copies a number or a literal (true, false, null); anything else of their characters is null.
void Scanner::token(bool number) {
  const std::size_t start = pos_;
  while (pos_ < in_.size() && is_token_char(in_[pos_])) ++pos_;
  const std::string_view t = in_.substr(start, pos_ - start);
  const bool ok = number ? is_json_number(t) : (t == "true" || t == "false" || t == "null");
  if (ok) {
    emit(t);
    return;
  }
  issue(ErrorCode::json_syntax, start,
        "\"" + std::string(t.substr(0, 40)) + "\" is not a JSON value: read as null");
  emit("null");
  anchor();
}

// Skips the array or object at pos_ whatever its depth. False when the input ends inside it.
bool Scanner::skip_container() {
  std::size_t depth = 0;
  while (pos_ < in_.size()) {
    const char c = in_[pos_++];
    if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) return true;
    } else if (c == '"') {
      while (pos_ < in_.size() && in_[pos_] != '"')
        pos_ += in_[pos_] == '\\' ? std::size_t{2} : std::size_t{1};
      ++pos_;
    }
  }
  pos_ = in_.size();
  return false;
}

}  // namespace

std::size_t MendedJson::input_offset(std::size_t offset) const noexcept {
  const auto after = std::upper_bound(
      anchors.begin(), anchors.end(), offset,
      [](std::size_t x, const std::pair<std::size_t, std::size_t>& a) { return x < a.first; });
  if (after == anchors.begin()) return offset;
  const auto& a = *(after - 1);
  return a.second + (offset - a.first);
}

bool is_json_value(std::string_view text, std::size_t max_depth) {
  Scanner scanner(text, max_depth, nullptr, 0, nullptr);
  return scanner.run();
}

MendedJson mend_json(std::string_view text, std::size_t max_depth, DiagnosticLog* log,
                     std::size_t base) {
  MendedJson out;
  out.text.reserve(text.size() + 16);
  Scanner scanner(text, max_depth, log, base, &out);
  scanner.run();
  if (!out.had_value) out.text.clear();
  return out;
}

}  // namespace feedpp::detail
