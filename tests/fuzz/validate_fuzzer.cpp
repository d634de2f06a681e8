// SPDX-License-Identifier: MIT
// Arbitrary bytes into validate(): it must return without a sanitizer report, leave the parse as
// parse() makes it, and give findings that are named, worded and in document order.
#include <feedpp/feedpp.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  feedpp::ParseOptions options;
  if (size > 0 && data[0] % 3 == 0) options.content_type = "text/xml; charset=iso-8859-1";
  if (size > 0 && data[0] % 5 == 0) options.limits.max_depth = 8;
  if (size > 1 && data[1] % 2 == 0) options.base_url = "http://example.com/a/b.xml";
  const feedpp::ValidationResult result = feedpp::validate(bytes, options);
  // The walk only reads the tree: the readers see what parse() lets them see.
  if (!(result.parse.feed == feedpp::parse(bytes, options).feed)) std::abort();
  bool any_error = false;
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    const feedpp::Finding& f = result.findings[i];
    if (f.code.empty() || f.message.empty()) std::abort();
    if (f.location.line == 0 && f.location.column != 0) std::abort();
    any_error = any_error || f.severity == feedpp::FindingSeverity::error;
    if (i == 0) continue;
    // Document order: by line and column, findings of unknown place last.
    const feedpp::Location& a = result.findings[i - 1].location;
    const feedpp::Location& b = f.location;
    const bool ordered =
        b.line == 0 ||
        (a.line != 0 && (a.line < b.line || (a.line == b.line && a.column <= b.column)));
    if (!ordered) std::abort();
  }
  if (result.valid() == any_error) std::abort();
  return 0;
}
