// SPDX-License-Identifier: MIT
// Charset detection and conversion: any feed's bytes in, UTF-8 text out. Decides the charset as
// RFC 3023 and feedparser do (BOM, XML declaration, HTTP Content-Type), checks that the bytes
// really are in it, and falls back to the next candidate when they are not.
#ifndef FEEDPP_SRC_ENCODING_HPP
#define FEEDPP_SRC_ENCODING_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/diagnostics.hpp"

namespace feedpp::detail {

// A problem found while decoding.
struct EncodingIssue {
  ErrorCode code;  // encoding_override, encoding_unknown, non_xml_content_type or invalid_bytes
  std::size_t offset = 0;  // in the UTF-8 text produced (0 when it concerns the whole document)
  std::string message;
};

struct DecodedDocument {
  // The UTF-8 text. When `borrowed`, it is input.substr(skip): the input was already valid UTF-8
  // (or ASCII) and needs no copy; otherwise it is `owned`.
  bool borrowed = true;
  std::size_t skip = 0;  // bytes of a UTF-8 BOM to skip when borrowed
  std::string owned;
  // The charset the text was decoded from, lower case, named as feedparser names it: "utf-8",
  // "us-ascii", "iso-8859-1", "windows-1252", "utf-16le", "utf-16be", "utf-32le", "utf-32be",
  // "gb18030" (also for gb2312), "big5", "euc-kr", "shift_jis", "koi8-r", ...
  std::string encoding;
  std::vector<EncodingIssue> issues;

  [[nodiscard]] std::string_view text(std::string_view input) const {
    return borrowed ? input.substr(skip) : std::string_view(owned);
  }
};

// Decodes `input`. `content_type` is the HTTP Content-Type header value the bytes came with, ""
// when they did not come over HTTP; `default_encoding` is the caller's charset for when nothing
// says ("" means UTF-8). Never fails: the worst case is windows-1252 with U+FFFD for its five
// undefined bytes. The text keeps the XML declaration as written (encoding="utf-16" and all), so
// hand it to the XML parser as UTF-8 whatever it declares. Time and memory are linear in the
// input; nothing is thrown but std::bad_alloc.
DecodedDocument decode_document(std::string_view input, std::string_view content_type,
                                std::string_view default_encoding);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_ENCODING_HPP
