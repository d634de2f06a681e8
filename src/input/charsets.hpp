// SPDX-License-Identifier: MIT
// The charsets the decoder knows: a label as a feed, a server or a caller writes it ("ISO_8859-1",
// "utf8", "x-sjis") in, the charset it names out, with its reported name and how it is decoded.
// Python's codec registry and the IANA registry decide the spellings; glibc's iconv takes any
// other plain name it converts.
#ifndef FEEDPP_SRC_CHARSETS_HPP
#define FEEDPP_SRC_CHARSETS_HPP

#include <iconv.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace feedpp::detail {

// How a charset is decoded: the common ones by hand, the rest through iconv. The generic UTF-16
// and UTF-32 kinds carry no byte order; choose_charset() gives them one before anything is
// decoded.
enum class Kind : std::uint8_t {
  utf8,
  us_ascii,
  latin1,
  windows1252,
  utf16,
  utf16le,
  utf16be,
  utf32,
  utf32le,
  utf32be,
  iconv,
};

constexpr bool is_wide(Kind kind) { return kind >= Kind::utf16 && kind <= Kind::utf32be; }
constexpr bool is_utf32(Kind kind) { return kind >= Kind::utf32 && kind <= Kind::utf32be; }

struct Charset {
  std::string name;  // as reported: lower case, feedparser's spelling
  Kind kind = Kind::utf8;
  std::string iconv_name;  // for Kind::iconv
};

// Returns the charset `label` names, or nothing when neither the table nor iconv knows it.
std::optional<Charset> lookup(std::string_view label);

// Returns the charset of a UTF-16/32 kind with its byte order, or of windows-1252; any other kind
// gives UTF-8. Saves a lookup where the kind is known.
Charset charset_of(Kind kind);

// Input is bytes, whatever the char type of the string that holds them.
using Byte = unsigned char;
inline const Byte* bytes(std::string_view s) { return reinterpret_cast<const Byte*>(s.data()); }

// Returns `s` fit to quote in a message: at most 64 bytes, each non-printable one as '?'.
std::string printable(std::string_view s);

// Owns an iconv descriptor to UTF-8, so that every path closes it.
class Iconv {
 public:
  explicit Iconv(const char* from) : cd_(iconv_open("UTF-8", from)) {}
  ~Iconv() {
    if (ok()) iconv_close(cd_);
  }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;
  Iconv(Iconv&&) = delete;
  Iconv& operator=(Iconv&&) = delete;

  [[nodiscard]] bool ok() const { return cd_ != invalid(); }
  [[nodiscard]] iconv_t get() const { return cd_; }

 private:
  // iconv_open's failure value is (iconv_t)-1 by POSIX; no way around the integer-to-pointer cast.
  static iconv_t invalid() {
    // NOLINTNEXTLINE(performance-no-int-to-ptr)
    return reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1));
  }

  iconv_t cd_;
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_CHARSETS_HPP
