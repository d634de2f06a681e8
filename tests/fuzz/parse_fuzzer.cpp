// SPDX-License-Identifier: MIT
// Arbitrary bytes into parse(), with and without HTTP metadata and small limits: it must return,
// without a sanitizer report, and say ok() whenever it read anything.
#include <feedpp/feedpp.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  feedpp::ParseOptions options;
  if (size > 0 && data[0] % 3 == 0) options.content_type = "text/xml; charset=iso-8859-1";
  if (size > 0 && data[0] % 5 == 0) {
    options.limits.max_depth = 8;
    options.limits.max_items = 3;
    options.limits.max_text_bytes = 64;
  }
  options.resolve_urls = size > 1 && data[1] % 2 == 0;
  options.base_url = "http://example.com/a/b.xml";
  const feedpp::ParseResult result = feedpp::parse(bytes, options);
  // Whatever was read must be describable: this touches every diagnostic and the model.
  std::size_t sum = result.encoding.size();
  for (const feedpp::Diagnostic& d : result.diagnostics) sum += d.message.size() + d.location.line;
  for (const feedpp::Item& item : result.feed.items) sum += item.title.value.size();
  (void)feedpp::detect_format(bytes);
  return sum == static_cast<std::size_t>(-1) ? 1 : 0;
}
