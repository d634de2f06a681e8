// SPDX-License-Identifier: MIT
#include "xml_dom.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "xml_repair.hpp"

namespace feedpp::detail {
namespace {

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    char y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

struct KnownNamespace {
  std::string_view uri;
  Vocabulary vocabulary;
};

// Namespace URIs feeds use for the vocabularies we type, including retired and mistaken ones.
constexpr std::array<KnownNamespace, 24> kKnownNamespaces = {{
    {"http://www.w3.org/2005/Atom", Vocabulary::atom},
    {"http://purl.org/dc/elements/1.1/", Vocabulary::dc},
    {"http://purl.org/rss/1.0/modules/content/", Vocabulary::content},
    {"http://purl.org/rss/1.0/", Vocabulary::rss},
    {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", Vocabulary::rdf},
    {"http://purl.org/dc/terms/", Vocabulary::dcterms},
    {"http://www.w3.org/1999/xhtml", Vocabulary::xhtml},
    {"http://www.w3.org/XML/1998/namespace", Vocabulary::xml},
    {"http://purl.org/atom/ns#", Vocabulary::atom03},
    {"http://my.netscape.com/rdf/simple/0.9/", Vocabulary::rss},
    {"http://backend.userland.com/rss", Vocabulary::rss},
    {"http://backend.userland.com/rss2", Vocabulary::rss},
    {"http://blogs.law.harvard.edu/tech/rss", Vocabulary::rss},
    {"http://purl.org/rss/1.0/modules/rss091#", Vocabulary::rss},
    {"http://purl.org/net/rss1.1#", Vocabulary::rss},
    {"http://purl.org/dc/elements/1.0/", Vocabulary::dc},
    {"http://www.w3.org/2005/Atom/", Vocabulary::atom},
    {"http://purl.org/atom/ns#draft-ietf-atompub-format-08", Vocabulary::atom03},
    {"http://example.com/newformat#", Vocabulary::atom03},
    {"http://example.com/necho", Vocabulary::atom03},
    {"http://purl.org/echo/", Vocabulary::atom03},
    {"uri/of/echo/namespace#", Vocabulary::atom03},
    {"http://purl.org/pie/", Vocabulary::atom03},
    {"http://purl.org/rss/2.0/", Vocabulary::rss},
}};

struct WellKnownPrefix {
  std::string_view prefix;
  std::string_view uri;
};

constexpr std::array<WellKnownPrefix, 24> kWellKnownPrefixes = {{
    {"atom", "http://www.w3.org/2005/Atom"},
    {"content", "http://purl.org/rss/1.0/modules/content/"},
    {"dc", "http://purl.org/dc/elements/1.1/"},
    {"dcterms", "http://purl.org/dc/terms/"},
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"xhtml", "http://www.w3.org/1999/xhtml"},
    {"itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"},
    {"media", "http://search.yahoo.com/mrss/"},
    {"georss", "http://www.georss.org/georss"},
    {"gml", "http://www.opengis.net/gml"},
    {"geo", "http://www.w3.org/2003/01/geo/wgs84_pos#"},
    {"wfw", "http://wellformedweb.org/CommentAPI/"},
    {"slash", "http://purl.org/rss/1.0/modules/slash/"},
    {"sy", "http://purl.org/rss/1.0/modules/syndication/"},
    {"thr", "http://purl.org/syndication/thread/1.0"},
    {"feedburner", "http://rssnamespace.org/feedburner/ext/1.0"},
    {"psc", "http://podlove.org/simple-chapters"},
    {"creativeCommons", "http://backend.userland.com/creativeCommonsRssModule"},
    {"cc", "http://web.resource.org/cc/"},
    {"admin", "http://webns.net/mvcb/"},
    {"googleplay", "http://www.google.com/schemas/play-podcasts/1.0"},
    {"podcast", "https://podcastindex.org/namespace/1.0"},
    {"xlink", "http://www.w3.org/1999/xlink"},
    {"trackback", "http://madskills.com/public/xml/rss/module/trackback/"},
}};

constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";

}  // namespace

Vocabulary vocabulary_of(std::string_view uri) noexcept {
  if (uri.empty()) return Vocabulary::none;
  for (const KnownNamespace& k : kKnownNamespaces) {
    if (iequals(uri, k.uri)) return k.vocabulary;
  }
  return Vocabulary::other;
}

std::string_view well_known_namespace(std::string_view prefix) noexcept {
  for (const WellKnownPrefix& w : kWellKnownPrefixes) {
    if (w.prefix == prefix) return w.uri;
  }
  return {};
}

void NamespaceScope::enter(const pugi::xml_node& element) {
  marks_.push_back(bindings_.size());
  for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    if (name[0] != 'x' || std::strncmp(name, "xmlns", 5) != 0) continue;
    if (name[5] == '\0') {
      bindings_.push_back({std::string_view(), a.value(), vocabulary_of(a.value())});
    } else if (name[5] == ':') {
      bindings_.push_back({std::string_view(name + 6), a.value(), vocabulary_of(a.value())});
    }
  }
}

void NamespaceScope::leave() {
  if (marks_.empty()) return;
  bindings_.resize(marks_.back());
  marks_.pop_back();
}

const std::string_view* NamespaceScope::lookup(std::string_view prefix) const {
  for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it) {
    if (it->prefix == prefix) return &it->uri;
  }
  return nullptr;
}

QName NamespaceScope::element_name(const pugi::xml_node& element) {
  return resolve(element.name(), false, element);
}

QName NamespaceScope::attribute_name(const pugi::xml_attribute& attribute) {
  return resolve(attribute.name(), true, pugi::xml_node());
}

QName NamespaceScope::resolve(std::string_view qname, bool is_attribute,
                              const pugi::xml_node& where) {
  QName q;
  const auto colon = qname.find(':');
  if (colon == std::string_view::npos) {
    q.local = qname;
    if (is_attribute) return q;  // unprefixed attributes are in no namespace
  } else {
    q.prefix = qname.substr(0, colon);
    q.local = qname.substr(colon + 1);
  }
  if (q.prefix == "xml") {
    q.uri = kXmlNs;
    q.vocabulary = Vocabulary::xml;
    return q;
  }
  for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it) {
    if (it->prefix == q.prefix) {
      q.uri = it->uri;
      q.vocabulary = it->uri.empty() ? Vocabulary::none : it->vocabulary;
      return q;
    }
  }
  if (q.prefix.empty()) return q;  // no default namespace declared
  // A prefix used without declaration: feeds do this with the common ones; assume those.
  q.uri = well_known_namespace(q.prefix);
  q.vocabulary = vocabulary_of(q.uri);
  if (std::find(reported_.begin(), reported_.end(), q.prefix) == reported_.end()) {
    reported_.emplace_back(q.prefix);
    log_->add(ErrorCode::undeclared_namespace,
              where && document_ != nullptr ? document_->offset_of(where) : kUnknownOffset,
              "prefix '" + std::string(q.prefix) + "' is used without a declaration" +
                  (q.uri.empty() ? std::string(": its namespace is unknown")
                                 : ": taken as " + std::string(q.uri)));
  }
  return q;
}

std::size_t XmlDocument::offset_of(const pugi::xml_node& node) const noexcept {
  std::ptrdiff_t at = node.offset_debug();
  if (at < 0 || repaired) return kUnknownOffset;
  if (node.type() == pugi::node_element && at > 0) --at;  // pugixml points past the '<'
  return map.original(static_cast<std::size_t>(at));
}

void load_xml(std::string_view text, XmlDocument& out, DiagnosticLog& log) {
  CleanupResult cleaned = cleanup_xml(text, log);
  pugi::xml_parse_result result;
  if (cleaned.changed) {
    out.buffer = std::move(cleaned.text);
    out.map = std::move(cleaned.map);
    // pugixml parses in place a buffer it does not own; `out.buffer` lives as long as the tree.
    result = out.doc.load_buffer_inplace(out.buffer.data(), out.buffer.size(), kParseFlags,
                                         pugi::encoding_utf8);
  } else {
    result = out.doc.load_buffer(text.data(), text.size(), kParseFlags, pugi::encoding_utf8);
  }
  if (result) return;

  // Not well-formed. Mend the markup and parse again; the notes say what was wrong and where.
  // An in-place parse has overwritten the cleaned text: make it again (findings already told).
  std::string cleaned_again;
  std::string_view parsed = text;
  if (!out.buffer.empty()) {
    DiagnosticLog quiet(false);
    cleaned_again = cleanup_xml(text, quiet).text;
    parsed = cleaned_again;
  }
  std::vector<RepairNote> notes;
  std::string repaired = repair_xml(parsed, notes);
  if (notes.empty()) {
    log.add(ErrorCode::xml_syntax, out.map.original(static_cast<std::size_t>(result.offset)),
            std::string("not well-formed XML: ") + result.description());
  }
  for (const RepairNote& note : notes) {
    log.add(ErrorCode::xml_syntax, out.map.original(note.offset),
            "not well-formed XML: " + note.message);
  }
  pugi::xml_document second;
  const pugi::xml_parse_result again = second.load_buffer_inplace(repaired.data(), repaired.size(),
                                                                  kParseFlags, pugi::encoding_utf8);
  if (again && second.document_element()) {
    out.doc = std::move(second);  // its strings point into `repaired`, kept below
    out.buffer = std::move(repaired);
    out.repaired = true;
  }
}

}  // namespace feedpp::detail
