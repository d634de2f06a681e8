// SPDX-License-Identifier: MIT
// Creative Commons licenses of a channel or an item, in either module: the RDF one
// (cc:license rdf:resource="…", http://web.resource.org/cc/) and UserLand's RSS 2.0 one
// (creativeCommons:license, http://backend.userland.com/creativeCommonsRssModule). In
// Channel::creative_commons and Item::creative_commons.
#ifndef FEEDPP_EXT_CREATIVE_COMMONS_HPP
#define FEEDPP_EXT_CREATIVE_COMMONS_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/values.hpp"

namespace feedpp {

namespace ns {
/// The RDF module (cc:).
inline constexpr std::string_view kCc = "http://web.resource.org/cc/";
/// UserLand's module (creativeCommons:).
inline constexpr std::string_view kCreativeCommons =
    "http://backend.userland.com/creativeCommonsRssModule";
}  // namespace ns

/// cc:license rdf:resource="…": a license, by the URL of its deed.
struct CcLicense {
  std::string resource{};               ///< rdf:resource
  std::string text{};                   ///< the URL as text, as some feeds write it
  std::vector<Attribute> attributes{};  ///< other attributes, as written
  ElementOrder<std::uint8_t> order{};   ///< what was there, in document order
};

/// The licenses of a channel or an item.
struct CreativeCommons {
  std::vector<CcLicense> cc_licenses{};  ///< cc:license
  std::vector<std::string> licenses{};   ///< creativeCommons:license: the URL
  ElementOrder<std::uint8_t> order{};    ///< what was there, in document order
};

FEEDPP_API bool operator==(const CcLicense& a, const CcLicense& b);
inline bool operator!=(const CcLicense& a, const CcLicense& b) { return !(a == b); }
FEEDPP_API bool operator==(const CreativeCommons& a, const CreativeCommons& b);
inline bool operator!=(const CreativeCommons& a, const CreativeCommons& b) { return !(a == b); }

}  // namespace feedpp

#endif  // FEEDPP_EXT_CREATIVE_COMMONS_HPP
