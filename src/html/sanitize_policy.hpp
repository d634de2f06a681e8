// SPDX-License-Identifier: MIT
// SanitizeOptions made into the questions the sanitizer asks: feedparser's lists, widened and
// narrowed by the options, under the floor no option lifts (sanitize.hpp). Lists the options
// add or remove are short and searched in order; feedparser's are tables.
#ifndef FEEDPP_SRC_HTML_SANITIZE_POLICY_HPP
#define FEEDPP_SRC_HTML_SANITIZE_POLICY_HPP

#include <string>
#include <string_view>

#include "feedpp/sanitize.hpp"
#include "html/css_filter.hpp"
#include "html/shaper_scanner.hpp"

namespace feedpp::detail {

enum class Namespace { html, svg, mathml };

class SanitizePolicy final : public CssPolicy, public AttributeFilter {
 public:
  explicit SanitizePolicy(const SanitizeOptions& options) : options_(options) {}

  // What becomes of an element of namespace `ns` named `name` (HTML's in lower case, SVG's as
  // SVG spells them).
  enum class Element { keep, unwrap, drop };
  [[nodiscard]] Element element(Namespace ns, std::string_view name) const;

  // Whether an attribute (its qualified name: `href`, `xlink:href`, `viewBox`) may stay on an
  // element of namespace `ns`; event handlers never may, `style` is the caller's business.
  [[nodiscard]] bool attribute_allowed(Namespace ns, std::string_view name) const;

  // Whether a URL with this scheme (lower case; "" for a relative URL) may stay.
  [[nodiscard]] bool scheme_allowed(std::string_view scheme) const;

  [[nodiscard]] bool property_allowed(std::string_view lower_name) const override;
  [[nodiscard]] bool svg_property_allowed(std::string_view lower_name) const override;

  // AttributeFilter: whether the shaper should pass an attribute on at all (any name a list
  // could keep, in lower case).
  [[nodiscard]] bool keep(std::string_view lower_name) const override;

  [[nodiscard]] const SanitizeOptions& options() const noexcept { return options_; }

 private:
  const SanitizeOptions& options_;
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_HTML_SANITIZE_POLICY_HPP
