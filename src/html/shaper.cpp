// SPDX-License-Identifier: MIT
#include "html/shaper.hpp"

#include "html/shaper_model.hpp"

namespace feedpp::detail {
namespace {

std::size_t utf8_prefix(std::string_view s, std::size_t max) noexcept {
  if (s.size() <= max) return s.size();
  std::size_t cut = max;
  // Back off over continuation bytes to the start of a character (at most three).
  for (int i = 0; i < 3 && cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80; ++i) {
    --cut;
  }
  return cut;
}

}  // namespace

std::string shape_html(std::string_view html, const ShapeLimits& limits,
                       const AttributeFilter* keep) {
  html = html.substr(0, utf8_prefix(html, limits.max_input_bytes));
  std::string out;
  out.reserve(html.size() + html.size() / 8 + 16);
  ShaperModel model(limits, out);
  ShapeScanner scanner(html, limits.max_attributes, keep);
  ShapeToken token;
  while (scanner.next(token)) {
    switch (token.kind) {
      case ShapeTokenKind::text:
        model.text(token.text);
        break;
      case ShapeTokenKind::start_tag:
        model.start_tag(token);
        break;
      case ShapeTokenKind::end_tag:
        model.end_tag(token.name);
        break;
      case ShapeTokenKind::rcdata:
        model.rcdata(token);
        break;
    }
  }
  return out;
}

}  // namespace feedpp::detail
