// SPDX-License-Identifier: MIT
// Which charsets a document may be in, best first: what its BOM, its HTTP Content-Type and its
// XML declaration say, weighed as RFC 3023 §3 and feedparser weigh them, then the fallbacks.
// Only labels are read here (and the first bytes); decode_document() tries the candidates.
#ifndef FEEDPP_SRC_CHOOSE_CHARSET_HPP
#define FEEDPP_SRC_CHOOSE_CHARSET_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/charsets.hpp"
#include "input/encoding.hpp"

namespace feedpp::detail {

// One charset to try.
struct CharsetCandidate {
  std::string label;               // as the BOM, the server, the document or a fallback names it
  std::optional<Charset> charset;  // settled (UTF-16/32 with a byte order); none when unknown
  bool lenient = false;            // a UTF-16/32 BOM or marker made it certain: repair, not fail
};

struct CharsetChoice {
  std::size_t bom_length = 0;  // bytes of the BOM, which are not part of the text
  // Best first, no charset twice. A label no charset answers to stays in the list for its
  // encoding_unknown diagnostic, reported when the decoder reaches it; an unknown `primary`
  // leads, since what the document claims is reported whatever wins.
  std::vector<CharsetCandidate> candidates;
  // The charset RFC 3023 says the document is in; none when its label is unknown.
  std::optional<Charset> primary;
  bool defaulted = false;   // no label said: `primary` is a default (or a BOM's)
  bool text_media = false;  // served as text/* (RFC 3023: us-ascii unless a charset is given)
  // What was found wrong with the labels: non_xml_content_type, and encoding_override for a
  // label the bytes' width contradicts (it is then not a candidate).
  std::vector<EncodingIssue> issues;
};

// Ranks the charsets `input` may be in. `content_type` and `default_encoding` are as for
// decode_document(). UTF-8 and windows-1252 are always among the candidates.
CharsetChoice choose_charset(std::string_view input, std::string_view content_type,
                             std::string_view default_encoding);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_CHOOSE_CHARSET_HPP
