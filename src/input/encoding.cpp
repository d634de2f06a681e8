// SPDX-License-Identifier: MIT
// decode_document(): the charsets choose_charset() ranks are tried in turn until one decodes the
// bytes; then the outcome is reported: labels no charset answers to, a claim the bytes did not
// bear out, bytes replaced with U+FFFD.
#include "input/encoding.hpp"

#include <utility>

#include "input/charsets.hpp"
#include "input/choose_charset.hpp"
#include "input/decoders.hpp"

namespace feedpp::detail {
namespace {

// Why the charset RFC 3023 pointed to is not the one the text was decoded from.
std::string override_reason(const CharsetChoice& choice, const std::string& winner) {
  const std::string& primary = choice.primary->name;
  if (!choice.defaulted) return "document declared as " + primary + ", but parsed as " + winner;
  if (choice.text_media) {
    return "a text/ media type without a charset means " + primary +
           ", which the document is not: parsed as " + winner;
  }
  return "no charset declared, and the document is not " + primary + ": parsed as " + winner;
}

void report_outcome(const CharsetChoice& choice, const std::vector<std::string_view>& unknown,
                    const std::string& winner, const Attempt& result,
                    std::vector<EncodingIssue>& issues) {
  for (const std::string_view label : unknown) {
    issues.push_back({ErrorCode::encoding_unknown, 0,
                      "unknown charset \"" + printable(label) + "\"; parsed as " + winner});
  }
  if (choice.primary && choice.primary->name != winner) {
    issues.push_back({ErrorCode::encoding_override, 0, override_reason(choice, winner)});
  }
  if (result.replaced > 0) {
    issues.push_back({ErrorCode::invalid_bytes, result.first_replaced,
                      std::to_string(result.replaced) + " invalid byte sequence" +
                          (result.replaced == 1 ? "" : "s") + " in " + winner +
                          " replaced with U+FFFD"});
  }
}

}  // namespace

// NOLINTNEXTLINE(bugprone-easily-swappable-parameters): the interface is fixed in encoding.hpp
DecodedDocument decode_document(std::string_view input, std::string_view content_type,
                                std::string_view default_encoding) {
  CharsetChoice choice = choose_charset(input, content_type, default_encoding);
  const std::string_view data = input.substr(choice.bom_length);
  std::vector<std::string_view> unknown;  // the labels reached before the winner
  Attempt result;
  std::string winner;
  for (const CharsetCandidate& candidate : choice.candidates) {
    if (!candidate.charset) {
      unknown.push_back(candidate.label);
      continue;
    }
    result = decode_as(*candidate.charset, data, candidate.lenient);
    if (result.ok) {
      winner = candidate.charset->name;
      break;
    }
  }
  if (!result.ok) {
    // windows-1252 failed only on its five undefined bytes; nothing decodes more of the input.
    result = decode_as(Charset{"windows-1252", Kind::windows1252, {}}, data, true);
    winner = "windows-1252";
  }

  DecodedDocument doc;
  doc.issues = std::move(choice.issues);
  report_outcome(choice, unknown, winner, result, doc.issues);
  doc.borrowed = result.borrow;
  doc.skip = result.borrow ? choice.bom_length : 0;
  doc.owned = std::move(result.text);
  doc.encoding = std::move(winner);
  return doc;
}

}  // namespace feedpp::detail
