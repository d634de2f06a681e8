// SPDX-License-Identifier: MIT
#include "html/sanitize_policy.hpp"

#include <vector>

#include "base/ascii.hpp"
#include "html/sanitize_tables.hpp"

namespace feedpp::detail {
namespace {

bool listed(const std::vector<std::string>& list, std::string_view name) noexcept {
  for (const std::string& s : list) {
    if (s == name) return true;
  }
  return false;
}

bool listed_ignoring_case(const std::vector<std::string>& list, std::string_view name) noexcept {
  for (const std::string& s : list) {
    if (iequals(s, name)) return true;
  }
  return false;
}

// The floor for attributes: event handlers, and what loads a document or submits a form.
bool never_allowed(std::string_view name) noexcept {
  return (name.size() >= 2 && ascii_lower(name[0]) == 'o' && ascii_lower(name[1]) == 'n') ||
         iequals(name, "srcdoc") || iequals(name, "formaction");
}

}  // namespace

SanitizePolicy::Element SanitizePolicy::element(Namespace ns, std::string_view name) const {
  if (is_dropped_with_content(name) || listed(options_.drop_with_content, name)) {
    return Element::drop;
  }
  if ((ns == Namespace::svg && !options_.svg) || (ns == Namespace::mathml && !options_.mathml)) {
    return Element::drop;
  }
  if (ns == Namespace::html && is_never_kept(name)) return Element::unwrap;
  if (listed(options_.removed_elements, name)) return Element::unwrap;
  if (listed(options_.extra_elements, name)) return Element::keep;
  bool allowed = false;
  switch (ns) {
    case Namespace::html:
      allowed = is_default_html_element(name);
      break;
    case Namespace::svg:
      allowed = is_default_svg_element(name);
      break;
    case Namespace::mathml:
      allowed = is_default_mathml_element(name);
      break;
  }
  return allowed ? Element::keep : Element::unwrap;
}

bool SanitizePolicy::attribute_allowed(Namespace ns, std::string_view name) const {
  if (never_allowed(name)) return false;
  if (name == "style" && !options_.style_attributes) return false;
  if (listed(options_.removed_attributes, name)) return false;
  if (listed(options_.extra_attributes, name)) return true;
  switch (ns) {
    case Namespace::html:
      return is_default_html_attribute(name);
    case Namespace::svg:
      return is_default_svg_attribute(name);
    case Namespace::mathml:
      return is_default_mathml_attribute(name);
  }
  return false;
}

bool SanitizePolicy::scheme_allowed(std::string_view scheme) const {
  if (scheme.empty()) return true;
  if (is_forbidden_url_scheme(scheme) || listed(options_.removed_url_schemes, scheme)) {
    return false;
  }
  return listed(options_.extra_url_schemes, scheme) || is_default_url_scheme(scheme);
}

bool SanitizePolicy::property_allowed(std::string_view lower_name) const {
  if (listed(options_.removed_css_properties, lower_name)) return false;
  return listed(options_.extra_css_properties, lower_name) || is_default_css_property(lower_name);
}

bool SanitizePolicy::svg_property_allowed(std::string_view lower_name) const {
  return !listed(options_.removed_css_properties, lower_name) &&
         is_default_svg_css_property(lower_name);
}

bool SanitizePolicy::keep(std::string_view lower_name) const {
  if (never_allowed(lower_name)) return false;
  return is_any_default_attribute(lower_name) ||
         listed_ignoring_case(options_.extra_attributes, lower_name);
}

}  // namespace feedpp::detail
