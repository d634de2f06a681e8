// SPDX-License-Identifier: MIT
// The checks of Atom elements (RFC 4287), at their start and end tags, as the W3C validator
// makes them: what a feed, an entry and a source must have (§4.1), text constructs and content
// (§3.1, §4.1.3), links (§4.2.7) with the registered relations and feed paging (RFC 5005),
// persons (§3.2) and categories (§4.2.2), and threading (RFC 4685).
#include <cstring>
#include <string>

#include <algorithm>
#include <optional>

#include "base/ascii.hpp"
#include "check/html_check.hpp"
#include "check/kinds.hpp"
#include "check/namespaces.hpp"
#include "check/values.hpp"
#include "feedpp/url.hpp"

namespace feedpp::detail {
namespace {

// IANA's link relations as the W3C validator knows them.
constexpr std::string_view kRelations[] = {
    "alternate", "current",      "describedby", "edit",    "edit-media", "enclosure",
    "first",     "hub",          "last",        "license", "next",       "next-archive",
    "payment",   "prev-archive", "previous",    "related", "replies",    "search",
    "self",      "service",      "up",          "via"};
// RFC 5005's paging and archive relations.
constexpr std::string_view kFeedHistory[] = {"current",      "first",        "last",    "next",
                                             "next-archive", "prev-archive", "previous"};

template <std::size_t N>
bool listed(const std::string_view (&list)[N], std::string_view v) {
  for (std::string_view s : list) {
    if (s == v) return true;
  }
  return false;
}

// xmlbase.validate(): a reference that resolves to the base an xml:base set, which is not the
// document's own: a reader cannot tell which document is meant (RFC 3986 §4.4).
void same_document(Walker& w, const Frame& f, std::string_view ref, std::string_view element,
                   std::string_view parent) {
  if (f.base.empty() || f.base == w.document_base()) return;
  const auto strip_fragment = [](std::optional<std::string> s) {
    if (s) s->erase(std::min(s->size(), s->find('#')));
    return s;
  };
  const auto base = strip_fragment(canonical_uri(f.base));
  const auto target = strip_fragment(canonical_uri(resolve_url(f.base, ref)));
  if (base && target && *base == *target) {
    w.log("SameDocumentReference", f, Params().parent(parent).element(element).value(ref));
  }
}

// A self link that is not where the document was read from (when that is known): readers that
// follow it get another document, or none.
void self_location(Walker& w, const Frame& f, std::string_view href) {
  const std::string& location = w.document_base();
  if (location.empty()) return;
  const std::string target =
      resolve_url(f.base.empty() ? std::string_view(location) : f.base, href);
  const auto a = canonical_uri(target);
  const auto b = canonical_uri(location);
  if (a && b && *a == *b) return;
  if (!a && !b && target == location) return;
  w.log("SelfDoesntMatchLocation", f, Params().parent(w.parent_of(f).name));
}

bool is_self_uri(Walker& w, std::string_view href) {
  for (const std::string& s : w.self_uris()) {
    if (s == href) return true;
  }
  return false;
}

void prevalidate_category(Walker& w, Frame& f) {
  f.forced_children = true;
  if (const char* term = Walker::attr(f, "term")) {
    if (*term == '\0') w.log("NotBlank", f, Params().parent(f.name).element("term"));
  } else {
    w.log("MissingAttribute", f, Params().attr("term"));
  }
  if (const char* scheme = Walker::attr(f, "scheme")) {
    check_uri(w, f, scheme, UriRule::rfc2396_full, "InvalidFullLink", "scheme", f.name);
  }
  if (const char* label = Walker::attr(f, "label")) {
    check_plain_text(w, f, label, "ContainsHTML", {"label", f.name});
  }
}

// textConstruct.prevalidate(): the type, src, and what they say about the rest.
void prevalidate_construct(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  const char* src = Walker::attr(f, "src");
  f.has_src = src != nullptr;
  f.type = f.has_src ? "" : "text";
  if (!f.has_src && w.feed_type() == FeedType::rss2 && f.name != "atom_summary") {
    w.log("DuplicateDescriptionSemantics", f, Params());
  }
  const char* type = Walker::attr(f, "type");
  if (type != nullptr) {
    f.type = type;
    if (f.type.empty()) w.log("AttrNotBlank", f, Params().parent(parent).attr("type"));
  }
  if (f.kind == Kind::text_construct) {
    if (f.type.find('/') != std::string::npos) {
      w.log("InvalidTextType", f, Params().parent(parent).attr("type").value(f.type));
    }
  } else if (f.type == "multipart/alternative") {
    w.log("InvalidMIMEType", f, Params().parent(parent).attr("type").value(f.type));
  }
  if (f.has_src) {
    f.forced_children = true;
    check_uri(w, f, src, UriRule::rfc2396, "InvalidURIAttribute", f.name, parent, "src");
    if (type == nullptr) w.log("MissingTypeAttr", f, Params().parent(parent).attr("type"));
  }
  const bool named = f.type == "text" || f.type == "html" || f.type == "xhtml";
  if (!(named && !f.has_src) && !f.type.empty() && !is_mime_type(f.type)) {
    w.log("InvalidMIMEType", f, Params().parent(parent).attr("type").value(f.type));
  }
  if (!f.has_lang) w.log("MissingDCLanguage", f, Params().parent(f.name).element("xml:lang"));
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool is_xml_type(std::string_view t) { return ends_with(t, "+xml") || ends_with(t, "/xml"); }

int base64_value(char c) noexcept {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (is_digit(c)) return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// Lenient base64, as Python's decoder reads it: other characters are skipped, but the padding
// must be right. Returns false when it does not decode.
bool decode_base64(std::string_view s, std::string& out) {
  std::size_t data = 0;
  std::size_t pad = 0;
  unsigned bits = 0;
  int have = 0;
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    if (c == '=') {
      ++pad;
      continue;
    }
    const int v = base64_value(c);
    if (v < 0) continue;
    if (pad > 0) return false;
    ++data;
    bits = (bits << 6) | static_cast<unsigned>(v);
    have += 6;
    if (have >= 8) {
      have -= 8;
      out += static_cast<char>((bits >> have) & 0xFF);
    }
  }
  const std::size_t rest = data % 4;
  return rest == 0 || (rest == 2 && pad >= 2) || (rest == 3 && pad >= 1);
}

void validate_construct(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  const HtmlSubject who{f.name, parent};
  if (f.type == "text" || f.type == "xhtml") {
    check_plain_text(w, f, f.value, f.type == "xhtml" ? "NotInline" : "ContainsUndeclaredHTML",
                     who);
  } else {
    std::string_view type = f.type;
    std::string decoded;
    std::string_view value = f.value;
    // RFC 4287 §4.1.3.3: other media types are base64; HTML in them is checked decoded.
    if (type.find('/') != std::string_view::npos && !is_xml_type(type) &&
        type.substr(0, 5) != "text/") {
      if (!decode_base64(f.value, decoded)) {
        w.log("NotBase64", f, Params().parent(parent).value(f.value));
      } else if (ends_with(type, "/html")) {
        type = "html";
        value = decoded;
      }
    }
    if (type == "html" || ends_with(type, "/html")) {
      check_html(w, f, value, who);
      if (ends_with(type, "/html") && f.value.find("<html") == std::string::npos && !f.has_src) {
        w.log("HtmlFragment", f, Params().parent(parent).value(f.value).with("type", f.type));
      }
    } else {
      check_plain_text(w, f, f.value, "ContainsUndeclaredHTML", who);
    }
  }
  if (f.value.empty() && !f.forced_children && !f.any_child_element && !f.has_src) {
    w.log("NotBlank", f, Params().parent(parent));
  }
  if (f.kind == Kind::content && !w.is_root(f)) {
    Frame& entry = w.parent_of(f);
    entry.content_type = f.type;
    entry.content_src = f.has_src;
  }
}

void link_relation(Walker& w, Frame& f, std::string_view parent, std::string& name) {
  const char* rel_attr = Walker::attr(f, "rel");
  f.rel = "alternate";
  if (rel_attr == nullptr) return;
  std::string_view rel = rel_attr;
  constexpr std::string_view kIana = "http://www.iana.org/assignments/relation/";
  if (rel.substr(0, kIana.size()) == kIana) rel.remove_prefix(kIana.size());
  f.rel = rel;
  const Params where = Params().parent(parent).element(name).attr("rel").value(f.rel);
  // A registered name, or a URI (RFC 4287 §4.2.7.2).
  if (!listed(kRelations, rel) && !is_absolute_uri_form(rel, true)) {
    w.log("UnregisteredAtomLinkRel", f, where);
  }
  if (rel.empty()) w.log("AttrNotBlank", f, Params().parent(parent).element(name).attr("rel"));
  if (listed(kFeedHistory, rel) && parent == "entry") {
    w.log("FeedHistoryRelInEntry", f, Params().with("rel", f.rel));
  }
}

// link.validate(): each attribute in turn (the W3C validator renames the element as it goes,
// so that later findings name the attribute last looked at).
void validate_link(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  std::string name(f.name);
  link_relation(w, f, parent, name);
  if (const char* type = Walker::attr(f, "type")) {
    f.type = type;
    if (!is_mime_type(f.type)) {
      w.log("InvalidMIMEType", f, Params().parent(parent).element(name).attr("type").value(type));
    } else if (f.rel == "self") {
      const std::string_view t = std::string_view(f.type).substr(0, f.type.find(';'));
      if (t != "application/atom+xml" && t != "application/rss+xml" && t != "application/rdf+xml") {
        w.log("SelfNotAtom", f, Params().parent(parent).element(name).attr("type").value(type));
      }
    }
  }
  if (const char* title = Walker::attr(f, "title")) {
    if (*title == '\0')
      w.log("AttrNotBlank", f, Params().parent(parent).element(name).attr("title"));
    check_plain_text(w, f, title, "ContainsHTML", {name, parent});
  }
  if (const char* length = Walker::attr(f, "length")) {
    name = "length";
    run_check(w, f, Check::nonnegative_integer, length, name, parent);
    if (*length == '\0') w.log("NotBlank", f, Params().parent(parent).element(name));
  }
  if (const char* hreflang = Walker::attr(f, "hreflang")) {
    name = "hreflang";
    f.hreflang = hreflang;
    check_language(w, f, hreflang, name, parent);
  }
  if (const char* href = Walker::attr(f, "href")) {
    name = "href";
    f.href = href;
    if (check_uri(w, f, href, UriRule::rfc3987, "InvalidIRI", name, parent, "href")) {
      same_document(w, f, href, name, parent);
    }
    if (f.rel == "self" && (parent == "feed" || parent == "channel")) {
      if (!has_authority(href) && !f.base_absolute) {
        w.log("RelativeSelf", f, Params().value(href));
      }
      self_location(w, f, href);
      if (!is_self_uri(w, href)) w.self_uris().emplace_back(href);
    }
  } else {
    w.log("MissingHref", f, Params().parent(parent).element(name).attr("href"));
  }
  if (const char* count = w.attr_ns(f, kThrNs, "count")) {
    if (f.rel != "replies") {
      w.log("UnexpectedAttribute", f,
            Params().parent(parent).element(name).with("attribute", "thr:count"));
    }
    name = "thr:count";
    run_check(w, f, Check::nonnegative_integer, count, name, parent);
  }
  if (w.attr_ns(f, kThrNs, "when") != nullptr) {
    w.log("NoThrWhen", f, Params().parent(parent).element(name).with("attribute", "thr:when"));
  }
  if (const char* updated = w.attr_ns(f, kThrNs, "updated")) {
    if (f.rel != "replies") {
      w.log("UnexpectedAttribute", f,
            Params().parent(parent).element(name).with("attribute", "thr:updated"));
    }
    name = "thr:updated";
    run_check(w, f, Check::rfc3339, updated, name, parent);
  }
  if ((f.flags & kLinkList) && !w.is_root(f)) {
    w.parent_of(f).links.push_back(LinkInfo{f.rel, f.type, f.hreflang, f.href});
  }
}

// Alternate links: at most one per type and language (RFC 4287 §4.1.1, §4.1.2).
void duplicate_alternates(Walker& w, Frame& f) {
  for (std::size_t i = 0; i < f.links.size(); ++i) {
    const LinkInfo& a = f.links[i];
    if (a.rel != "alternate") continue;
    for (std::size_t j = 0; j < i; ++j) {
      const LinkInfo& b = f.links[j];
      if (b.rel == "alternate" && b.type == a.type && b.hreflang == a.hreflang) {
        w.log("DuplicateAtomLink", f,
              Params()
                  .parent(f.name)
                  .element("link")
                  .with("type", a.type)
                  .with("hreflang", a.hreflang));
        break;
      }
    }
  }
}

void validate_entry(Walker& w, Frame& f) {
  const Params where = Params().parent(f.name);
  if (!f.children.has("title")) w.log("MissingElement", f, Params(where).element("title"));
  if (!f.children.has("author") && !w.parent_of(f).children.has("author")) {
    w.log("MissingElement", f, Params(where).element("author"));
  }
  if (!f.children.has("id")) w.log("MissingElement", f, Params(where).element("id"));
  if (!f.children.has("updated")) w.log("MissingElement", f, Params(where).element("updated"));
  const std::string_view parent = w.parent_name(f);
  if (f.has_content) {
    if (!f.children.has("summary")) {
      const std::string_view t = f.content_type;
      if (f.content_src ||
          (t.find('/') != std::string_view::npos && !is_xml_type(t) && t.substr(0, 5) != "text/")) {
        w.log("MissingSummary", f, Params().parent(parent));
      }
    }
  } else {
    if (!f.children.has("summary")) w.log("MissingTextualContent", f, Params().parent(parent));
    bool alternate = false;
    for (const LinkInfo& l : f.links) alternate = alternate || l.rel == "alternate";
    if (!alternate) w.log("MissingContentOrAlternate", f, Params().parent(parent));
  }
  duplicate_alternates(w, f);
}

}  // namespace

void validate_feed_metadata(Walker& w, Frame& feed) {
  const bool source = feed.kind == Kind::atom_source;
  for (std::string_view e : {"title", "id", "updated"}) {
    if (!feed.children.has(e)) {
      w.log(source ? "MissingSourceElement" : "MissingElement", feed,
            Params().parent(feed.name).element(e));
    }
  }
  const bool complete = feed.children.has("fh_complete");
  if (complete) {
    for (const LinkInfo& l : feed.links) {
      if (!listed(kFeedHistory, l.rel)) continue;
      if (l.rel != "current") {
        w.log("FeedRelInCompleteFeed", feed, Params().with("rel", l.rel));
      } else if (!is_self_uri(w, l.href)) {
        w.log("CurrentNotSelfInCompleteFeed", feed, Params().with("rel", l.rel));
      }
    }
  }
  bool self = false;
  bool archive = false;
  bool current = false;
  for (const LinkInfo& l : feed.links) {
    self = self || l.rel == "self";
    current = current || l.rel == "current";
    archive = archive || l.rel == "prev-archive" || l.rel == "next-archive";
    // A link to the page before the first, or after the last.
    const std::string_view past = l.rel == "first" ? "previous" : l.rel == "last" ? "next" : "";
    if (past.empty() || !is_self_uri(w, l.href)) continue;
    for (const LinkInfo& l2 : feed.links) {
      if (l2.rel == past)
        w.log("LinkPastEnd", feed, Params().with("self", l.rel).with("rel", past));
    }
  }
  if (!source && !self) {
    w.log("MissingSelf", feed, Params().parent(w.parent_name(feed)));
  }
  duplicate_alternates(w, feed);
  if (feed.children.has("fh_archive") && !complete) {
    if (!archive) w.log("ArchiveIncomplete", feed, Params());
    if (!current) w.log("MissingCurrentInArchive", feed, Params());
  }
  if (feed.itunes) validate_itunes_channel(w, feed);
}

void text_construct_start(Walker& w, Frame& p, const pugi::xml_node& node, std::string_view uri,
                          std::string_view local) {
  const std::string_view parent = w.parent_name(p);
  const bool xhtml = p.type == "xhtml";
  const bool div = uri == kXhtmlNs && local == "div";
  if (!xhtml && !is_xml_type(p.type)) {
    w.log("UndefinedElement", p, Params().parent(p.name).element(local));
  }
  const Params where = Params().parent(parent);
  if (xhtml) {
    if (!div && Walker::blank(p.value)) {
      w.log("MissingXhtmlDiv", p, where);
      if (local == "div") {
        w.log("NotHtml", p, Params(where).with("message", "unexpected namespace").value(uri));
      }
    } else if (uri != kXhtmlNs) {
      w.log("NotHtml", p, Params(where).with("message", "unexpected namespace").value(uri));
    }
  }
  if (p.type == "application/xhtml+xml") {
    if (local != "html") {
      w.log("HtmlFragment", p, Params(where).value(p.value).with("type", p.type));
    } else if (uri != kXhtmlNs) {
      w.log("NotHtml", p, Params(where).with("message", "unexpected namespace").value(uri));
    }
  }
  if (const char* mode = Walker::attr(p, "mode")) {
    if (std::strcmp(mode, "escaped") == 0) w.log("NotEscaped", p, where);
  }
  p.any_child_element = true;
  w.push_child(p, node, uri, local, local, Handler{div ? Kind::div_eater : Kind::eater});
}

void text_construct_text(Walker& w, Frame& f, std::string_view text) {
  const std::string_view parent = w.parent_name(f);
  if (f.type == "xhtml" && !Walker::blank(text) && Walker::blank(f.value)) {
    w.log("MissingXhtmlDiv", f, Params().parent(parent));
  }
  if (!Walker::blank(text) && (f.forced_children || f.any_child_element)) {
    w.log("UnexpectedText", f, Params().parent(parent));
  }
  f.value.borrow(text);
}

void prevalidate_atom(Walker& w, Frame& f) {
  switch (f.kind) {
    case Kind::atom_feed:
    case Kind::atom_source:
      if (const char* index = w.attr_ns(f, kIndexingNs, "index")) {
        run_check(w, f, Check::yesno, index, "indexing:index", f.name);
      }
      break;
    case Kind::atom_category:
      prevalidate_category(w, f);
      break;
    case Kind::generator:
      if (const char* url = Walker::attr(f, "url")) {
        check_uri(w, f, url, UriRule::rfc2396, "InvalidLink", f.name, w.parent_name(f), "url");
      }
      if (const char* uri = Walker::attr(f, "uri")) {
        check_uri(w, f, uri, UriRule::rfc2396, "InvalidURIAttribute", f.name, w.parent_name(f),
                  "uri");
      }
      break;
    case Kind::text_construct:
    case Kind::content:
      prevalidate_construct(w, f);
      break;
    case Kind::app_collection:
      if (const char* href = Walker::attr(f, "href")) {
        check_uri(w, f, href, UriRule::rfc3987, "InvalidIRI", "href", f.name);
      } else {
        w.log("MissingAttribute", f, Params().attr("href"));
      }
      break;
    case Kind::app_categories:
      if (const char* fixed = Walker::attr(f, "fixed")) {
        run_check(w, f, Check::yesno, fixed, "fixed", f.name);
      }
      if (Walker::attr(f, "href") != nullptr) {
        for (const char* a : {"fixed", "scheme"}) {
          if (Walker::attr(f, a) != nullptr) w.log("ConflictingCatAttr", f, Params().attr(a));
        }
      }
      break;
    default:
      break;
  }
}

void validate_atom_kind(Walker& w, Frame& f) {
  switch (f.kind) {
    case Kind::atom_feed: {
      // All entries with one id: DuplicateIds, in place of each DuplicateEntries.
      const std::size_t entries = f.children.count("entry");
      if (entries > 9 && entries == w.logged("DuplicateEntries") + 1) {
        w.drop("DuplicateEntries");
        w.log("DuplicateIds", f, Params());
      }
      if (!f.children.has("entry")) validate_feed_metadata(w, f);
      break;
    }
    case Kind::atom_source:
      validate_feed_metadata(w, f);
      break;
    case Kind::atom_entry:
      validate_entry(w, f);
      break;
    case Kind::person:
      if (!f.children.has("name") && !f.children.has("atom_name")) {
        w.log("MissingElement", f, Params().parent(f.name).element("name"));
      }
      break;
    case Kind::generator:
      check_plain_text(w, f, f.value, "ContainsHTML", {f.name, w.parent_name(f)});
      break;
    case Kind::text_construct:
    case Kind::content:
      validate_construct(w, f);
      break;
    case Kind::atom_link:
      validate_link(w, f);
      break;
    case Kind::app_service:
      if (!f.children.has("app_workspace")) {
        w.log("MissingElement", f, Params().parent(f.name).element("app:workspace"));
      }
      break;
    case Kind::app_workspace:
    case Kind::app_collection:
      if (!f.children.has("atom_title")) {
        w.log("MissingElement", f, Params().parent(f.name).element("atom:title"));
      }
      break;
    case Kind::app_categories:
      if (Walker::attr(f, "href") != nullptr && f.children.total() > 0) {
        w.log("ConflictingCatChildren", f, Params());
      }
      break;
    case Kind::in_reply_to: {
      const std::string_view parent = w.parent_name(f);
      if (const char* href = Walker::attr(f, "href")) {
        if (check_uri(w, f, href, UriRule::rfc3987, "InvalidIRI", "href", parent)) {
          same_document(w, f, href, "href", parent);
        }
      }
      if (const char* ref = Walker::attr(f, "ref")) {
        run_check(w, f, Check::canonical_uri, ref, "ref", parent);
      }
      if (const char* source = Walker::attr(f, "source")) {
        if (check_uri(w, f, source, UriRule::rfc3987, "InvalidIRI", "source", parent)) {
          same_document(w, f, source, "source", parent);
        }
      }
      if (const char* type = Walker::attr(f, "type")) {
        if (!is_mime_type(type)) {
          w.log("InvalidMIMEType", f, Params().parent(parent).attr("type").value(type));
        }
      }
      break;
    }
    default:
      break;
  }
}

bool atom_expects(Walker& w, const Frame& f, std::string_view uri, std::string_view local,
                  bool& known) {
  static_cast<void>(w);
  known = true;
  const bool none = uri.empty();
  switch (f.kind) {
    case Kind::atom_feed:
    case Kind::atom_source:
      return uri == kIndexingNs && local == "index";
    case Kind::atom_entry:
    case Kind::person:
      return uri == kRdfNs && local == "parseType";
    case Kind::atom_category:
      return none && (local == "term" || local == "scheme" || local == "label");
    case Kind::generator:
      return none && (local == "uri" || local == "version");
    case Kind::text_construct:
    case Kind::content:
      return none && (local == "type" || local == "src");
    case Kind::atom_link:
      return (none && (local == "type" || local == "title" || local == "rel" || local == "href" ||
                       local == "length" || local == "hreflang")) ||
             (uri == kRdfNs && (local == "type" || local == "resource")) ||
             (uri == kThrNs && (local == "count" || local == "when" || local == "updated"));
    case Kind::in_reply_to:
      return none && (local == "href" || local == "ref" || local == "source" || local == "type");
    case Kind::app_collection:
      return none && local == "href";
    case Kind::app_categories:
      return none && (local == "scheme" || local == "fixed" || local == "href");
    case Kind::app_control:
    case Kind::app_service:
    case Kind::app_workspace:
      return false;
    default:
      known = false;
      return false;
  }
}

}  // namespace feedpp::detail
