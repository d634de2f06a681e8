// SPDX-License-Identifier: MIT
// Which format a document is in, from its root element and namespaces: a version attribute alone
// decides nothing (it is missing or wrong in many feeds).
#include <cstring>

#include "read/feed_readers.hpp"

namespace feedpp::detail {
namespace {

bool netscape_doctype(const pugi::xml_document& doc) {
  for (pugi::xml_node n = doc.first_child(); n; n = n.next_sibling()) {
    if (n.type() == pugi::node_doctype) return std::strstr(n.value(), "Netscape") != nullptr;
  }
  return false;
}

Format rss_version(ReadContext& ctx, const pugi::xml_node& root, const pugi::xml_document& doc) {
  const std::string_view version = trim(root.attribute("version").value());
  if (version.empty()) return Format::rss;
  if (version == "0.91") {
    return netscape_doctype(doc) ? Format::rss_0_91_netscape : Format::rss_0_91_userland;
  }
  if (version == "0.92") return Format::rss_0_92;
  if (version == "0.93") return Format::rss_0_93;
  if (version == "0.94") return Format::rss_0_94;
  if (version == "0.90" || version == "0.9") return Format::rss_0_90;
  if (version.substr(0, 2) == "2.") return Format::rss_2_0;  // 2.0, 2.01, 2.0.1, 2.1
  ctx.log.add(ErrorCode::unknown_version, ctx.offset_of(root),
              "RSS version \"" + std::string(version) + "\" is unknown: read as RSS");
  return Format::rss;
}

}  // namespace

Format detect_root(ReadContext& ctx, const pugi::xml_node& root, const pugi::xml_document& doc) {
  const QName q = ctx.scope.element_name(root);
  if (iequals(q.local, "rss")) return rss_version(ctx, root, doc);
  if (iequals(q.local, "RDF") && (q.vocabulary == Vocabulary::rdf || q.prefix == "rdf")) {
    // RSS 0.90 and 1.0 differ by the namespace of their elements.
    for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      ctx.scope.enter(c);
      const QName child = ctx.scope.element_name(c);
      ctx.scope.leave();
      if (child.uri.find("netscape.com/rdf/simple/0.9") != std::string_view::npos) {
        return Format::rss_0_90;
      }
    }
    const std::string_view* default_ns = ctx.scope.lookup("");
    if (default_ns != nullptr &&
        default_ns->find("netscape.com/rdf/simple/0.9") != std::string_view::npos) {
      return Format::rss_0_90;
    }
    return Format::rss_1_0;
  }
  if (iequals(q.local, "feed")) {
    if (q.vocabulary == Vocabulary::atom) return Format::atom_1_0;
    if (q.vocabulary == Vocabulary::atom03) return Format::atom_0_3;
    const std::string_view version = trim(root.attribute("version").value());
    if (version == "0.3") return Format::atom_0_3;
    if (version == "1.0") return Format::atom_1_0;
    return Format::atom;
  }
  // CDF (1997) has no namespace; its names are written in upper case.
  if (iequals(q.local, "CHANNEL") && q.uri.empty()) return Format::cdf;
  return Format::unknown;
}

}  // namespace feedpp::detail
