// SPDX-License-Identifier: MIT
#include "model/xml_base.hpp"

#include "base/ascii.hpp"
#include "base/vocabulary.hpp"
#include "feedpp/url.hpp"

namespace feedpp::detail {

std::string inner_base(std::string_view outer, std::string_view declared) {
  if (trim(declared).empty() || is_script_url(declared)) return std::string(outer);
  return resolve_url(outer, declared);
}

std::string channel_base(const Feed& feed, std::string_view document_url) {
  std::string base(document_url);
  for (const Attribute& a : feed.attributes) {
    if (a.ns == ns::kXml && a.name == "base") base = inner_base(base, a.value);
  }
  return inner_base(base, feed.channel.base);
}

}  // namespace feedpp::detail
