// SPDX-License-Identifier: MIT
// The walk's events, by the shape of the element's handler, as the W3C validator's base classes
// handle them (validatorBase, text, eater, htmlEater, diveater, rdfExtension): which handler a
// child gets, what text may stand where, which attributes are expected.
#include <cstdint>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/ascii.hpp"
#include "check/html_check.hpp"
#include "check/kinds.hpp"
#include "check/namespaces.hpp"
#include "check/values.hpp"
#include "feedpp/url.hpp"

namespace feedpp::detail {
namespace {

constexpr Handler kEater{Kind::eater};

enum class Shape { container, text, eater, html_eater, div_eater, construct, link, rdf_ext };

Shape shape_of(Kind k) noexcept {
  if (is_text_kind(k)) return Shape::text;
  switch (k) {
    case Kind::eater:
      return Shape::eater;
    case Kind::html_eater:
      return Shape::html_eater;
    case Kind::div_eater:
      return Shape::div_eater;
    case Kind::text_construct:
    case Kind::content:
      return Shape::construct;
    case Kind::atom_link:
      return Shape::link;
    case Kind::rdf_extension:
      return Shape::rdf_ext;
    default:
      return Shape::container;
  }
}

// Whether the C2 or EF at `i` is part of what BadCharacters names.
inline bool bad_at(const unsigned char* data, std::size_t n, std::size_t i) noexcept {
  const auto at = [&](std::size_t k) -> unsigned { return k < n ? data[k] : 0U; };
  const unsigned b = at(i + 1);
  if (data[i] == 0xEF) return b == 0xBF && at(i + 2) == 0xBD;
  // A C1 control; or the C2 of Ã or Â (C3 83, C3 82) followed by a character from U+0080 to
  // U+00BF (C2 80 to C2 BF): UTF-8 read as Latin-1 and encoded again.
  return (b >= 0x80 && b <= 0x9F) ||
         (i >= 2 && data[i - 2] == 0xC3 && (data[i - 1] == 0x82 || data[i - 1] == 0x83) &&
          b >= 0x80 && b <= 0xBF);
}

// U+FFFD (EF BF BD), a C1 control (C2 80 to C2 9F), or UTF-8 encoded twice (Ã© for é, C3 83
// C2 A9): BadCharacters. Each has a C2 or an EF, rarer than accents' C3, so only those two are
// looked for, sixteen bytes at a time where SSE2 is there.
bool bad_characters(std::string_view s) noexcept {
  const auto* const data = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2));
  const __m128i ef = _mm_set1_epi8(static_cast<char>(0xEF));
  const auto candidates = [&](const unsigned char* at) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
    const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, ef));
    return static_cast<unsigned>(_mm_movemask_epi8(hit));
  };
  const auto any_bad = [&](unsigned mask, std::size_t base) {
    for (; mask != 0; mask &= mask - 1) {
      if (bad_at(data, n, base + static_cast<std::size_t>(__builtin_ctz(mask)))) return true;
    }
    return false;
  };
  for (; i + 16 <= n; i += 16) {
    if (any_bad(candidates(data + i), i)) return true;
  }
  // The last few bytes (most attribute values are shorter than sixteen) in a zeroed block.
  if (i < n) {
    unsigned char last[16] = {};
    std::memcpy(last, data + i, n - i);
    return any_bad(candidates(last), i);
  }
#else
  for (; i < n; ++i) {
    if ((data[i] == 0xC2 || data[i] == 0xEF) && bad_at(data, n, i)) return true;
  }
#endif
  return false;
}

void bad_characters_check(Walker& w, Frame& f, std::string_view text) {
  if (!bad_characters(text)) return;
  w.log("BadCharacters", f, Params().parent(w.is_root(f) ? "" : w.parent_of(f).name));
}

// The W3C validator's any(): an element of a namespace it does not know.
Handler any_handler(Walker& w) {
  return w.feed_type() == FeedType::rss1 ? Handler{Kind::rdf_extension} : kEater;
}

// The lookup name of a child: '-' as '_', and a qualified Dublin Core name by its element
// (dc:date.Taken is dc:date). Written into `key` only when it differs.
std::string_view lookup_name(std::string_view name, std::string& key) {
  std::string_view n = name;
  if (n.substr(0, 3) == "dc_") n = n.substr(0, n.find('.'));
  if (n.find('-') == std::string_view::npos) return n;
  key.assign(n);
  for (char& c : key) {
    if (c == '-') c = '_';
  }
  return key;
}

void attribute_bad_characters(Walker& w, const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    if (!bad_characters(a.value())) continue;
    std::string_view name = a.name();
    name = name.substr(name.find(':') == std::string_view::npos ? 0 : name.find(':') + 1);
    w.log_at("BadCharacters", w.offset_of(node), Params().parent(local).element(name));
  }
}

void take_conflict(Walker& w, Frame& p, const pugi::xml_node& node, const Conflict& c,
                   std::string_view child) {
  if (c.other.empty() || !p.children.has(c.other)) return;
  static_cast<void>(child);
  w.log_at(c.code, w.offset_of(node), Params().with("core", c.core).with("ext", c.ext));
}

// The W3C validator's validatorBase.startElementNS: what a container's child is.
void container_start(Walker& w, Frame& p, const pugi::xml_node& node, std::string_view uri,
                     std::string_view local) {
  if (w.is_root(p)) start_root(w, p, node, uri, local);
  const pugi::xml_attribute lang = w.current_lang();
  if (lang && *lang.value() != '\0') {
    check_language(w, p, lang.value(), "xml:lang", local);
  }
  std::string_view qname = uri;
  if (qname.empty() && w.feed_type() != FeedType::unknown && w.feed_type() != FeedType::rss2) {
    w.log_at("UndeterminableVocabulary", w.offset_of(node),
             Params().parent(p.name).element(local).with("namespace", "\"\""));
    qname = "null";
  }
  if (!qname.empty() && w.is_default_namespace(qname)) qname = {};
  std::string& name = w.scratch(0);
  name.assign(local);
  if (!qname.empty()) {
    const std::string_view prefix = w.prefix_of(qname);
    if (!prefix.empty()) {
      qname = {};
      name.assign(prefix);
      name += '_';
      name.append(local);
      if (prefix == "itunes" && !p.itunes && !(!w.is_root(p) && w.parent_of(p).itunes)) {
        set_itunes(w, p);
      }
    }
  }
  if (qname == kAtom03Ns)
    w.log_at("ObsoleteNamespace", w.offset_of(node), Params().element("feed"));
  attribute_bad_characters(w, node, local);
  if (!qname.empty()) {
    if (w.is_root(p)) unknown_root(w, p, node, uri, local);
    const std::string_view unknown = w.intern("unknown_" + std::string(local));
    w.push_child(p, node, uri, local, unknown, any_handler(w));
    p.children.add(unknown);
    return;
  }
  const ChildRule* rule = find_child(p.kind, lookup_name(name, w.scratch(1)));
  Handler handler = kEater;
  if (rule != nullptr) {
    const bool qualified = name.find('.') != std::string::npos;
    if (!(rule->handler.flags & kUnqualified) || !qualified) {
      take_conflict(w, p, node, rule->conflict, name);
      take_conflict(w, p, node, rule->conflict2, name);
    }
    handler = rule->handler;
    if (rule->special != Special::none) handler = special_dispatch(w, p, node, *rule, name);
  } else if (name.compare(0, 6, "xhtml_") == 0) {
    w.log_at("MisplacedXHTMLContent", w.offset_of(node),
             Params().parent(colon_name(p.name)).element(name));
  } else {
    std::string qn = name;
    if (name.find('_') == std::string::npos && p.name.find('_') != std::string::npos &&
        w.is_default_namespace(kAtomNs))
      qn = "atom_" + qn;
    const ChildRule* q = find_child(Kind::questionable, qn);
    if (q != nullptr) {
      handler = q->handler;
      w.log_at("QuestionableUsage", w.offset_of(node),
               Params().parent(colon_name(p.name)).element(qn));
    } else {
      w.log_at("UndefinedElement", w.offset_of(node),
               Params().parent(colon_name(p.name)).element(name));
    }
  }
  if (rule != nullptr && (handler.flags & kMetadata)) metadata(w, p, node, name);
  // The frame and its parent keep the name: the rule's own, or one interned for the walk.
  const std::string_view stable =
      rule != nullptr && name == rule->name ? rule->name : w.intern(name);
  w.push_child(p, node, uri, local, stable, handler);
  p.children.add(stable);
}

// text.startElementNS: an element inside text.
void text_start(Walker& w, Frame& p, const pugi::xml_node& node, std::string_view uri,
                std::string_view local) {
  if (w.feed_type() == FeedType::rss1) {
    if (!Walker::blank(p.value) || p.forced_children || p.any_child_element) {
      const char* parse_type = w.attr_ns(p, kRdfNs, "parseType");
      if (parse_type == nullptr || std::strcmp(parse_type, "Literal") != 0) {
        w.log("InvalidRDF", p, Params().with("message", "mixed content"));
      }
    }
    const Handler h{local == "div" && uri == kXhtmlNs ? Kind::div_eater : Kind::rdf_extension};
    w.push_child(p, node, uri, local, local, h);
    return;
  }
  w.log_at("UndefinedElement", w.offset_of(node), Params().parent(p.name).element(local));
  w.push_child(p, node, uri, local, local, kEater);
}

void eater_start(Walker& w, Frame& p, const pugi::xml_node& node, std::string_view uri,
                 std::string_view local, Kind kind) {
  // RSS 2.0: an element in no namespace inside an extension element.
  if (uri.empty() && w.feed_type() == FeedType::rss2 && p.name.find('_') != std::string::npos) {
    w.log_at("NotInANamespace", w.offset_of(node),
             Params().parent(p.name).element(local).with("namespace", "\"\""));
  }
  attribute_bad_characters(w, node, local);
  w.push_child(p, node, uri, local, local, Handler{kind});
}

// htmlEater: inline XHTML in RSS, each element and attribute checked for what is unsafe.
void html_eater_start(Walker& w, Frame& p, const pugi::xml_node& node, std::string_view local) {
  const std::string_view parent = w.is_root(p) ? "" : std::string_view(w.parent_of(p).name);
  std::vector<std::string> unsafe;
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    const std::string_view name = a.name();
    if (name.find(':') != std::string_view::npos || name == "xmlns") continue;
    if (lower(name) == "style") {
      unsafe.clear();
      unsafe_style(a.value(), unsafe);
      for (const std::string& u : unsafe) {
        w.log("DangerousStyleAttr", p, Params().parent(parent).attr(name).value(u));
      }
    } else if (!is_acceptable_attribute(lower(name))) {
      w.log("SecurityRiskAttr", p, Params().parent(parent).attr(name));
    }
  }
  const std::string_view pname = p.name;
  w.push_child(p, node, {}, local, pname, Handler{Kind::html_eater});
  if (!is_acceptable_element(lower(local))) {
    w.log("SecurityRisk", p, Params().parent(parent).with("tag", local));
  }
}

// diveater: the XHTML of an Atom xhtml text construct.
void div_eater_start(Walker& w, Frame& p, const pugi::xml_node& node, std::string_view uri,
                     std::string_view local) {
  std::vector<std::string> unsafe;
  if (uri.empty()) {
    w.log("MissingNamespace", p, Params().parent("xhtml:div").element(local));
  } else if (uri == kXhtmlNs || uri == kSvgNs || uri == kMathMlNs) {
    const bool xhtml = uri == kXhtmlNs;
    const bool svg = uri == kSvgNs;
    if (xhtml && !is_html_tag(local)) {
      w.log("NotHtml", p, Params().with("message", "Non-XHTML element").value(local));
    } else if ((xhtml && !is_acceptable_element(local)) || (svg && !is_svg_element(local)) ||
               (!xhtml && !svg && !is_mathml_element(local))) {
      w.log("SecurityRisk", p, Params().with("tag", local));
    }
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
      const std::string_view name = a.name();
      if (name.find(':') != std::string_view::npos || name == "xmlns") continue;
      if (xhtml && name == "style") {
        unsafe.clear();
        unsafe_style(a.value(), unsafe);
        for (const std::string& u : unsafe) {
          w.log("DangerousStyleAttr", p, Params().attr(name).value(u));
        }
      } else if ((xhtml && name.substr(0, 2) == "on") || (svg && !is_svg_attribute(name)) ||
                 (!xhtml && !svg && !is_mathml_attribute(name))) {
        w.log("SecurityRiskAttr", p, Params().attr(name));
      }
    }
  } else if (!exact_prefix(uri).empty()) {
    if (p.name != "metadata") {
      w.log("UndefinedElement", p,
            Params().parent(p.name).element(std::string(exact_prefix(uri)) + ":" +
                                            std::string(local)));
    }
    w.push_child(p, node, uri, local, local, kEater);
    return;
  }
  p.mixed = true;
  eater_start(w, p, node, uri, local, Kind::div_eater);
}

void rdf_extension_start(Walker& w, Frame& p, const pugi::xml_node& node, std::string_view uri,
                         std::string_view local) {
  p.any_child_element = true;
  Frame& f = w.push_child(p, node, uri, local, local, Handler{Kind::rdf_extension});
  const char* parse_type = w.attr_ns(f, kRdfNs, "parseType");
  if (parse_type != nullptr && std::strcmp(parse_type, "Literal") == 0) f.literal = true;
  if (f.literal) return;
  if (uri == kRss11Ns) w.log("UndefinedElement", f, Params().parent(p.name).element(local));
  if (const char* about = w.attr_ns(f, kRdfNs, "about")) {
    if (!w.note_about(about)) {
      w.log("DuplicateValue", f, Params().parent(p.name).element("rdf:about").value(about));
    }
  }
}

}  // namespace

std::string colon_name(std::string_view name) {
  std::string s(name);
  const auto u = s.find('_');
  if (u != std::string::npos) s[u] = ':';
  return s;
}

void declaration(Walker& w, Frame& current, const pugi::xml_node& node, std::string_view prefix,
                 std::string_view uri) {
  const std::size_t at = w.offset_of(node);
  const std::string_view trimmed = strip(uri);
  if (!trimmed.empty() && trimmed.find_first_of(" \t\r\n") != std::string_view::npos) {
    w.log_at("SAXError", at,
             Params().with("exception", "not well-formed XML: a namespace name with spaces: " +
                                            std::string(uri)));
  }
  const std::string_view reserved = preferred_uri(prefix);
  const std::string_view known = exact_prefix(uri);
  const bool atom_like = w.feed_type() == FeedType::atom || w.feed_type() == FeedType::unknown;
  if (!prefix.empty() && !reserved.empty()) {
    if (known != prefix) {
      if (uri == "http://search.yahoo.com/mrss") {
        w.log_at("MediaRssNamespace", at, Params().with("prefix", prefix).with("ns", reserved));
      } else {
        w.log_at("ReservedPrefix", at, Params().with("prefix", prefix).with("ns", reserved));
      }
    } else if (prefix == "wiki" && uri.find("usemod") != std::string_view::npos) {
      w.log_at("ObsoleteWikiNamespace", at, Params().with("preferred", "wiki").with("ns", uri));
    } else if ((prefix == "atom" || prefix == "xhtml") && w.feed_type() == FeedType::atom) {
      w.log_at("AvoidNamespacePrefix", at, Params().with("prefix", prefix));
    }
  } else if (!known.empty()) {
    if (known != prefix && !prefix.empty()) {
      w.log_at("NonstdPrefix", at, Params().with("preferred", known).with("ns", uri));
      if ((known == "atom" || known == "xhtml") && atom_like) {
        w.log_at("AvoidNamespacePrefix", at, Params().with("prefix", prefix));
      }
    }
  } else if (uri == "http://search.yahoo.com/mrss") {
    w.log_at("MediaRssNamespace", at,
             Params().with("prefix", prefix).with("ns", "http://search.yahoo.com/mrss/"));
  } else {
    const std::string element = "xmlns:" + std::string(prefix);
    const bool ok = uri.empty() || check_uri(w, current, uri, UriRule::rfc3987, "InvalidIRI",
                                             element, current.name);
    if (ok) {
      const std::string_view name = unsupported_namespace(uri);
      if (!name.empty()) {
        w.log_at("UnsupportedNamespace", at, Params().with("namespace", uri).with("name", name));
      } else {
        w.log_at("UnknownNamespace", at, Params().with("namespace", uri));
      }
    }
  }
}

void start_event(Walker& w, Frame& parent, const pugi::xml_node& node, std::string_view uri,
                 std::string_view local) {
  switch (shape_of(parent.kind)) {
    case Shape::container:
      container_start(w, parent, node, uri, local);
      break;
    case Shape::text:
      text_start(w, parent, node, uri, local);
      break;
    case Shape::eater:
      eater_start(w, parent, node, uri, local, Kind::eater);
      break;
    case Shape::html_eater:
      html_eater_start(w, parent, node, local);
      break;
    case Shape::div_eater:
      div_eater_start(w, parent, node, uri, local);
      break;
    case Shape::construct:
      text_construct_start(w, parent, node, uri, local);
      break;
    case Shape::link:
      w.push_child(parent, node, uri, local, local, kEater);
      break;
    case Shape::rdf_ext:
      rdf_extension_start(w, parent, node, uri, local);
      break;
  }
}

void text_event(Walker& w, Frame& f, std::string_view text) {
  switch (shape_of(f.kind)) {
    case Shape::container:
      // White space between elements is the common case, and holds no bad character.
      if (!Walker::blank(text)) {
        w.log("UnexpectedText", f, Params().parent(w.is_root(f) ? "" : w.parent_of(f).name));
        bad_characters_check(w, f, text);
      }
      f.value.borrow(text);
      break;
    case Shape::text:
    case Shape::html_eater:
    case Shape::div_eater:
      bad_characters_check(w, f, text);
      f.value.borrow(text);
      break;
    case Shape::eater:
      bad_characters_check(w, f, text);
      break;
    case Shape::construct:
      text_construct_text(w, f, text);
      break;
    case Shape::link:
      if (!Walker::blank(text)) {
        w.log("AtomLinkNotEmpty", f, Params().parent(w.parent_of(f).name));
      }
      break;
    case Shape::rdf_ext:
      if (!f.literal) {
        bad_characters_check(w, f, text);
        f.value.borrow(text);
      }
      break;
  }
}

void end_event(Walker& w, Frame& f) {
  // normalizeWhitespace(): all but text constructs and the strict enumerations.
  const bool keep = f.kind == Kind::text_construct || f.kind == Kind::content ||
                    f.check == Check::truefalse || f.check == Check::truefalse_strict ||
                    f.check == Check::yesno || f.check == Check::yesnoclean;
  if (!keep) f.value.strip();
  validate(w, f);
  if (f.kind == Kind::div_eater && !f.mixed && !w.is_root(f)) {
    // The text of an xhtml:div without elements is its construct's, for the escaped-HTML test.
    w.parent_of(f).value.append(f.value);
  }
}

void set_element(Walker& w, Frame& f) {
  if (const pugi::xml_attribute lang = w.current_lang()) {
    f.lang = lang.value();
    f.has_lang = true;
  }
  if (const pugi::xml_attribute base = w.current_base()) {
    check_uri(w, f, base.value(), UriRule::rfc3987, "InvalidIRI", "xml:base", f.name);
    // XML Base: relative to the base in scope, the document's URL at the top.
    f.own_base =
        resolve_url(f.base.empty() ? std::string_view(w.document_base()) : f.base, base.value());
    f.base = f.own_base;
    f.base_absolute = f.base_absolute || has_authority(base.value());
  }
  if (w.is_root(f)) return;
  Frame& p = w.parent_of(f);
  if ((f.flags & kNoDup) && p.children.has(f.name)) {
    w.log(f.flags & kDupEnclosure ? "DuplicateEnclosure" : "DuplicateElement", f,
          Params().parent(p.name));
  }
  if ((f.flags & kMaxTen) && p.children.count(f.name) == 10) {
    w.log("TooMany", f, Params().parent(p.name));
  }
  if (f.check == Check::nonhtml || f.check == Check::safe_html ||
      f.check == Check::length_limited) {
    f.forced_children = true;
  }
  prevalidate(w, f);
}

bool expects_attribute(Walker& w, const Frame& f, std::string_view uri, std::string_view local) {
  switch (shape_of(f.kind)) {
    case Shape::eater:
    case Shape::div_eater:
    case Shape::html_eater:
      return true;
    case Shape::rdf_ext:
      return f.literal || uri != kRss11Ns;
    default:
      break;
  }
  if ((f.flags & kRdfAbout) && uri == kRdfNs && local == "about") return true;
  return kind_expects(w, f, uri, local);
}

void unexpected_attribute(Walker& w, Frame& f, std::string_view uri, std::string_view local) {
  if (!uri.empty() && known_prefix(uri).empty()) {
    if (f.uri.empty() && w.feed_type() == FeedType::rss2) {
      w.log("UseOfExtensionAttr", f, Params().element(f.local).with("attribute", local));
    }
    return;
  }
  std::string name(local);
  if (!uri.empty()) name = std::string(known_prefix(uri)) + ":" + name;
  w.log("UnexpectedAttribute", f,
        Params().parent(f.local).element(f.local).with("attribute", name));
}

void set_itunes(Walker& w, Frame& f) {
  if (f.itunes) return;
  switch (f.kind) {
    case Kind::channel:
    case Kind::rss10_channel:
    case Kind::rss090_channel:
    case Kind::atom_feed:
    case Kind::atom_source:
      // Apple reads podcasts as UTF-8 only.
      if (!iequals(w.encoding(), "utf-8") && !iequals(w.encoding(), "utf8")) {
        w.log("NotUTF8", f, Params().parent(w.is_root(f) ? "" : w.parent_of(f).name));
      }
      f.itunes = true;
      break;
    case Kind::item:
    case Kind::rss10_item:
    case Kind::atom_entry: {
      if (!w.is_root(f)) set_itunes(w, w.parent_of(f));
      f.itunes = true;
      // Enclosures seen before the first iTunes element are judged now.
      std::vector<std::string> seen = std::move(f.enclosures);
      f.enclosures.clear();
      for (const std::string& url : seen) note_enclosure(w, f, url);
      break;
    }
    default:
      break;
  }
}

}  // namespace feedpp::detail
