// SPDX-License-Identifier: MIT
// Writing Extension trees, and finding the namespaces they use (for declarations on the root).
#ifndef FEEDPP_SRC_EXTENSION_WRITER_HPP
#define FEEDPP_SRC_EXTENSION_WRITER_HPP

#include <string>
#include <string_view>
#include <vector>

#include "feedpp/model.hpp"
#include "feedpp/write_options.hpp"
#include "feedpp/xml_writer.hpp"

namespace feedpp::detail {

// Writes `extension` and its subtree, without recursion (trees can be as deep as the input).
void write_extension(XmlWriter& xml, const Extension& extension);

// Namespaces to declare on a root element: each URI once, with the first usable prefix seen.
class NamespaceSet {
 public:
  // Adds `uri` with `prefix` unless the URI is known or the prefix is taken by another URI.
  void add(std::string_view prefix, std::string_view uri);
  // Adds the namespaces used by the elements and attributes of `extensions`' trees.
  void add_extensions(const std::vector<Extension>& extensions);
  void add_attributes(const std::vector<Attribute>& attributes);
  // Declares them on the element just opened.
  void declare(XmlWriter& xml) const;
  [[nodiscard]] const std::vector<Namespace>& list() const noexcept { return namespaces_; }

 private:
  std::vector<Namespace> namespaces_;
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXTENSION_WRITER_HPP
