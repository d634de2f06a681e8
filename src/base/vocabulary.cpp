// SPDX-License-Identifier: MIT
#include "base/vocabulary.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/ascii.hpp"

namespace feedpp::detail {
namespace {

struct KnownNamespace {
  std::string_view uri;
  Vocabulary vocabulary;
};

// Namespace URIs feeds use for the vocabularies we type, including retired and mistaken ones.
constexpr KnownNamespace kKnownNamespaces[] = {
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
    // Vocabularies of include/feedpp/ext/: the URI feedpp writes first, then variants seen in
    // feeds (letter case does not matter: Apple's DTD path is written in many).
    {"http://www.itunes.com/dtds/podcast-1.0.dtd", Vocabulary::itunes},
    {"https://www.itunes.com/dtds/podcast-1.0.dtd", Vocabulary::itunes},
    {"http://www.itunes.com/dtds/podcast-1.0.dtd/", Vocabulary::itunes},
    {"http://example.com/dtds/podcast-1.0.dtd", Vocabulary::itunes},  // feedparser's own alias
    {"https://podcastindex.org/namespace/1.0", Vocabulary::podcast},
    {"http://podcastindex.org/namespace/1.0", Vocabulary::podcast},
    {"https://podcastindex.org/namespace/1.0/", Vocabulary::podcast},
    {"https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md",
     Vocabulary::podcast},
    {"http://search.yahoo.com/mrss/", Vocabulary::media},
    {"http://search.yahoo.com/mrss", Vocabulary::media},
    {"https://search.yahoo.com/mrss/", Vocabulary::media},
    {"http://video.search.yahoo.com/mrss", Vocabulary::media},
    {"http://video.search.yahoo.com/mrss/", Vocabulary::media},
    {"http://www.georss.org/georss", Vocabulary::georss},
    {"http://www.georss.org/georss/10", Vocabulary::georss},
    {"http://www.opengis.net/gml", Vocabulary::gml},
    {"http://www.w3.org/2003/01/geo/wgs84_pos#", Vocabulary::geo},
    {"http://podlove.org/simple-chapters", Vocabulary::psc},
    {"http://podlove.org/simple-chapters/", Vocabulary::psc},
    {"http://web.resource.org/cc/", Vocabulary::cc},
    {"http://creativecommons.org/ns#", Vocabulary::cc},
    {"http://backend.userland.com/creativeCommonsRssModule", Vocabulary::creative_commons},
    {"http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html",
     Vocabulary::creative_commons},
    {"http://purl.org/rss/1.0/modules/slash/", Vocabulary::slash},
    {"http://wellformedweb.org/CommentAPI/", Vocabulary::wfw},
    {"http://purl.org/syndication/thread/1.0", Vocabulary::thr},
    {"http://purl.org/rss/1.0/modules/syndication/", Vocabulary::sy},
    {"http://rssnamespace.org/feedburner/ext/1.0", Vocabulary::feedburner},
};

struct Written {
  Vocabulary vocabulary;
  std::string_view prefix;
  std::string_view uri;
};

// What the writers write for each vocabulary they type.
constexpr Written kWritten[] = {
    {Vocabulary::atom, "atom", "http://www.w3.org/2005/Atom"},
    {Vocabulary::content, "content", "http://purl.org/rss/1.0/modules/content/"},
    {Vocabulary::dc, "dc", "http://purl.org/dc/elements/1.1/"},
    {Vocabulary::dcterms, "dcterms", "http://purl.org/dc/terms/"},
    {Vocabulary::rdf, "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {Vocabulary::xhtml, "xhtml", "http://www.w3.org/1999/xhtml"},
    {Vocabulary::itunes, "itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"},
    {Vocabulary::podcast, "podcast", "https://podcastindex.org/namespace/1.0"},
    {Vocabulary::media, "media", "http://search.yahoo.com/mrss/"},
    {Vocabulary::georss, "georss", "http://www.georss.org/georss"},
    {Vocabulary::gml, "gml", "http://www.opengis.net/gml"},
    {Vocabulary::geo, "geo", "http://www.w3.org/2003/01/geo/wgs84_pos#"},
    {Vocabulary::psc, "psc", "http://podlove.org/simple-chapters"},
    {Vocabulary::cc, "cc", "http://web.resource.org/cc/"},
    {Vocabulary::creative_commons, "creativeCommons",
     "http://backend.userland.com/creativeCommonsRssModule"},
    {Vocabulary::slash, "slash", "http://purl.org/rss/1.0/modules/slash/"},
    {Vocabulary::wfw, "wfw", "http://wellformedweb.org/CommentAPI/"},
    {Vocabulary::thr, "thr", "http://purl.org/syndication/thread/1.0"},
    {Vocabulary::sy, "sy", "http://purl.org/rss/1.0/modules/syndication/"},
    {Vocabulary::feedburner, "feedburner", "http://rssnamespace.org/feedburner/ext/1.0"},
};

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

}  // namespace

Vocabulary vocabulary_of(std::string_view uri) noexcept {
  if (uri.empty()) return Vocabulary::none;
  // Every declaration of every element asks (a streamed feed's root, once per item): hashed, in
  // lower case, rather than compared with each of the known URIs.
  struct Index {
    std::unordered_map<std::string_view, Vocabulary> exact;  // as the table spells them
    std::vector<std::string> keys;  // in lower case, which `lower`'s views point into
    std::unordered_map<std::string_view, Vocabulary> lower;
  };
  static const Index kIndex = [] {
    Index index;
    index.keys.reserve(std::size(kKnownNamespaces));
    for (const KnownNamespace& k : kKnownNamespaces) {
      index.exact.emplace(k.uri, k.vocabulary);  // the first of a URI wins, as a scan would
      index.lower.emplace(index.keys.emplace_back(lower(k.uri)), k.vocabulary);
    }
    return index;
  }();
  // Most documents spell a URI as its vocabulary does.
  if (const auto it = kIndex.exact.find(uri); it != kIndex.exact.end()) return it->second;
  constexpr std::size_t kLongest = 128;  // longer than any known URI
  if (uri.size() > kLongest) return Vocabulary::other;
  std::array<char, kLongest> lower;  // the first uri.size() written below
  for (std::size_t i = 0; i < uri.size(); ++i) lower[i] = ascii_lower(uri[i]);
  const auto it = kIndex.lower.find(std::string_view(lower.data(), uri.size()));
  return it == kIndex.lower.end() ? Vocabulary::other : it->second;
}

std::string_view namespace_of(Vocabulary vocabulary) noexcept {
  for (const Written& w : kWritten) {
    if (w.vocabulary == vocabulary) return w.uri;
  }
  return {};
}

std::string_view prefix_of(Vocabulary vocabulary) noexcept {
  for (const Written& w : kWritten) {
    if (w.vocabulary == vocabulary) return w.prefix;
  }
  return {};
}

std::string_view well_known_namespace(std::string_view prefix) noexcept {
  for (const WellKnownPrefix& w : kWellKnownPrefixes) {
    if (w.prefix == prefix) return w.uri;
  }
  return {};
}

}  // namespace feedpp::detail
