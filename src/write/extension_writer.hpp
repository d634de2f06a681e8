// SPDX-License-Identifier: MIT
// Writing Extension trees, and finding the namespaces they use (for declarations on the root).
#ifndef FEEDPP_SRC_EXTENSION_WRITER_HPP
#define FEEDPP_SRC_EXTENSION_WRITER_HPP

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "feedpp/model.hpp"
#include "feedpp/write_options.hpp"
#include "feedpp/xml_writer.hpp"
#include "write/write_collisions.hpp"

namespace feedpp::detail {

// Writes `extension` and its subtree, without recursion (trees can be as deep as the input).
void write_extension(XmlWriter& xml, const Extension& extension);

// Writes each of `extensions`, children of a `level` element written as `target`, but those named
// as one of the format's elements there, which would read back as that element (an <item> beside
// an RSS channel, an atom:entry in a feed).
void write_uncolliding(XmlWriter& xml, const std::vector<Extension>& extensions, Target target,
                       Level level);

// Namespaces to declare on a root element: each URI once, with the first usable prefix seen.
class NamespaceSet {
 public:
  // Adds `uri` with `prefix` unless the URI is known; when another URI has the prefix, with a
  // made-up one (ns1, ns2, ...) instead.
  void add(std::string_view prefix, std::string_view uri, bool for_attribute = false);
  // Adds the namespaces used by the elements and attributes of the trees of `extensions`, the
  // children of a `level` element written as `target`. It leaves out the trees that collide with
  // a field there (see write_collisions.hpp): the writer may leave them out, or write them with
  // their namespaces declared in place; either way the same each time.
  void add_extensions(const std::vector<Extension>& extensions, Target target, Level level);
  // Adds the namespaces used by the trees of `extensions`, all of which are written.
  void add_trees(const std::vector<Extension>& extensions);
  void add_attributes(const std::vector<Attribute>& attributes);
  // Declares them on the element just opened.
  void declare(XmlWriter& xml) const;
  [[nodiscard]] const std::vector<Namespace>& list() const noexcept { return namespaces_; }

 private:
  static constexpr std::size_t kScanned = 16;  // a feed's few namespaces: scan; more: hash
  [[nodiscard]] bool has_uri(std::string_view uri) const;
  [[nodiscard]] bool has_prefix(std::string_view prefix) const;
  void add_all(std::vector<const Extension*>& todo);

  std::vector<Namespace> namespaces_;
  // The URIs and prefixes taken, so that a model with thousands of namespaces adds in linear time.
  std::unordered_set<std::string> uris_;
  std::unordered_set<std::string> prefixes_;
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_EXTENSION_WRITER_HPP
