// SPDX-License-Identifier: MIT
// Arbitrary text into every date reader. Whatever the strict readers accept, the tolerant one
// reads the same; whatever is read formats and reads back to the same DateTime.
#include <feedpp/datetime.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto tolerant = feedpp::parse_date(text);
  const auto rfc822 = feedpp::parse_rfc822(text);
  const auto rfc3339 = feedpp::parse_rfc3339(text);
  if (rfc822) require(tolerant == rfc822);
  if (rfc3339) require(tolerant == rfc3339);
  for (const auto& dt : {tolerant, rfc822, rfc3339}) {
    if (!dt) continue;
    require(dt->ok());
    require(feedpp::parse_rfc822(feedpp::format_rfc822(*dt)) == dt);
    require(feedpp::parse_rfc3339(feedpp::format_rfc3339(*dt)) == dt);
    require(feedpp::parse_date(feedpp::format_rfc822(*dt)) == dt);
  }
  return 0;
}
