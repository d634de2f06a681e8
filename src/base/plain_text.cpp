// SPDX-License-Identifier: MIT
#include "base/plain_text.hpp"

#include <pugixml.hpp>

#include <cstring>

namespace feedpp::detail {

bool has_plain_text(const pugi::xml_node& node) noexcept {
  // Iterative: a document's depth is bounded by the parse limits, not by the stack.
  for (pugi::xml_node n = node.first_child(); n;) {
    const pugi::xml_node_type type = n.type();
    if ((type == pugi::node_pcdata || type == pugi::node_cdata) &&
        std::strpbrk(n.value(), "<>&") != nullptr) {
      return false;
    }
    if (type == pugi::node_element && n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (!n.next_sibling() && n.parent() != node) n = n.parent();
    n = n.next_sibling();
  }
  return true;
}

}  // namespace feedpp::detail
