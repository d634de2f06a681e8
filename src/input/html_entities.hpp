// SPDX-License-Identifier: MIT
// HTML's named character references (&nbsp;, &rsquo;, &eacute;, ... all 2125 of them), which real
// feeds use although XML does not define them.
#ifndef FEEDPP_SRC_HTML_ENTITIES_HPP
#define FEEDPP_SRC_HTML_ENTITIES_HPP

#include <optional>
#include <string_view>

namespace feedpp::detail {

// Returns the UTF-8 text that `&name;` stands for in HTML (one or two code points), or nothing
// when HTML has no such name. Names are case-sensitive (&Eacute; is not &eacute;).
std::optional<std::string_view> html_entity(std::string_view name) noexcept;

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_HTML_ENTITIES_HPP
