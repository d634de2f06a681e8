// SPDX-License-Identifier: MIT
// convert(): what a feed read in one format needs to be written whole and valid in another.
// Each rule fills one thing the target format requires (RFC 4287 §4.1.1-4.1.2 for Atom, RSS
// 2.0's required channel elements, JSON Feed 1.1's title, id and content) from the best
// equivalent the feed has, and notes it.
#include "feedpp/convert.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "base/ascii.hpp"
#include "base/uuid.hpp"
#include "feedpp/sanitize.hpp"
#include "feedpp/url.hpp"
#include "feedpp/view.hpp"
#include "model/xml_base.hpp"
#include "write/convert_item.hpp"

namespace feedpp {
namespace {

using detail::trim;

// `s` with every byte but RFC 3986's unreserved characters percent-encoded: a URI fragment.
std::string percent_encoded(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~') {
      out.push_back(ch);
    } else {
      out += {'%', kHex[c >> 4], kHex[c & 15]};
    }
  }
  return out;
}

// RSS 2.0's URLs, and Atom ids made from links, are URIs: an IRI is written as the URI it maps
// to (RFC 3987 §3.1), which names the same resource. Returns how many URLs changed (0 or 1); an
// ASCII URL (nearly all) is not copied.
std::size_t as_uri(std::string& url) {
  if (detail::is_ascii(url)) return 0;
  url = iri_to_uri(url);
  return 1;
}

// The notes of one conversion.
class Notes {
 public:
  explicit Notes(std::vector<Diagnostic>& out) : out_(out) {}
  void filled(std::string what) {
    add(ErrorCode::value_filled, Severity::warning, std::move(what));
  }
  void dropped(std::string what) {
    add(ErrorCode::value_dropped, Severity::warning, std::move(what));
  }
  void missing(std::string what) {
    add(ErrorCode::missing_element, Severity::error, std::move(what));
  }

 private:
  void add(ErrorCode code, Severity severity, std::string message) {
    Diagnostic d;
    d.code = code;
    d.severity = severity;
    d.message = std::move(message);
    out_.push_back(std::move(d));
  }
  std::vector<Diagnostic>& out_;
};

// Plain text of a text construct, for a title made from a description: at most about 100
// characters, cut at a word.
std::string short_text(const Text& t) {
  std::string text =
      t.kind(TextKind::html) == TextKind::text ? std::string(trim(t.value)) : html_to_text(t.value);
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  constexpr std::size_t kMost = 100;
  if (text.size() <= kMost) return text;
  std::size_t cut = text.rfind(' ', kMost);
  if (cut == std::string::npos || cut < kMost / 2) {
    cut = kMost;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return text.substr(0, cut) + "…";
}

// The item's or the feed's latest date that could be read.
const Date* newest(const Feed& feed) {
  const Date* best = nullptr;
  for (const Item& item : feed.items) {
    for (const Date* d : {&item.updated, &item.pub_date}) {
      if (d->value && (best == nullptr || d->value->utc > best->value->utc)) best = d;
    }
  }
  return best;
}

// A date to write anew in the target format: its value, formatted by the writer.
Date value_only(const Date& d) {
  Date out;
  out.value = d.value;
  return out;
}

// Drops a date whose text could not be read: written as it is, it would be no date in the
// target format's, whose filling rules then take the dates that can be read.
// `forms` are the elements the date may have been read from.
template <class E>
void drop_unreadable(Date& d, ElementOrder<E>& order, std::initializer_list<E> forms,
                     const std::string& what, Notes& notes) {
  if (d.value || d.text.empty()) return;
  notes.dropped(what + " \"" + d.text + "\": not a date feedpp can read");
  d = Date();
  for (const E form : forms) order.remove(form);
}

bool is_uri(std::string_view s) { return !s.empty() && is_absolute_url(trim(s)); }

// A URN names; it locates nothing (no web link) and takes no fragment (urn:uuid:…#1 is no UUID).
bool is_urn(std::string_view s) { return detail::iequals(trim(s).substr(0, 4), "urn:"); }

// URLs read from an element's text keep it as written, white space around them included (the
// same format writes them back so); in another format they are values: trimmed.
void trim_url_text(std::string& url) {
  const std::string_view t = trim(url);
  if (t.size() != url.size()) url = std::string(t);
}

void trim_url_texts(std::vector<Person>& people) {
  for (Person& p : people) trim_url_text(p.uri);
}

void trim_url_texts(Channel& c) {
  for (std::string* url : {&c.link, &c.docs, &c.id, &c.icon, &c.logo}) trim_url_text(*url);
  if (c.image) {
    trim_url_text(c.image->url);
    trim_url_text(c.image->link);
  }
  if (c.text_input) trim_url_text(c.text_input->link);
  trim_url_texts(c.authors);
  trim_url_texts(c.contributors);
}

void trim_url_texts(Item& it) {
  for (std::string* url : {&it.link, &it.comments, &it.guid.value}) trim_url_text(*url);
  trim_url_texts(it.authors);
  trim_url_texts(it.contributors);
  if (it.source) {
    trim_url_text(it.source->id);
    trim_url_texts(it.source->authors);
  }
}

// What a feed with no URI of its own is known by, for the id made from it (name_based_urn()):
// the same feed gets the same id at every conversion.
std::string feed_name(const Channel& c) {
  std::string name = c.title.value;
  name += '\0';
  name += c.description.value;
  name += '\0';
  name += c.link;
  return name;
}

// The id of a feed with no URI of its own: its Atom id, and as RSS its link.
std::string made_feed_id(const Channel& c) { return detail::name_based_urn("feed", feed_name(c)); }

// What an item with no URI of its own is known by: its guid, else what it says.
std::string item_name(const Item& it) {
  if (!trim(it.guid.value).empty()) return std::string(trim(it.guid.value));
  std::string name;
  for (const std::string* part : {&it.title.value, &it.description.value, &it.content.value,
                                  &it.link, &it.pub_date.text, &it.updated.text}) {
    name += *part;
    name += '\0';
  }
  return name;
}

// --- to Atom --------------------------------------------------------------------------------

// RSS 1.0's <cc:license rdf:resource> has no place in Atom (the W3C rules reject it there);
// Userland's <creativeCommons:license> says the same and has, so the license goes there.
void cc_license_for_atom(Boxed<CreativeCommons>& box, const std::string& where, Notes& notes) {
  if (!box || box->cc_licenses.empty()) return;
  CreativeCommons& cc = *box;
  for (const CcLicense& l : cc.cc_licenses) {
    const std::string url(trim(l.resource.empty() ? l.text : l.resource));
    if (url.empty()) continue;
    if (std::find(cc.licenses.begin(), cc.licenses.end(), url) == cc.licenses.end()) {
      cc.licenses.push_back(url);
    }
  }
  cc.cc_licenses.clear();
  cc.order.clear();
  notes.filled(where + "<creativeCommons:license> from <cc:license>, which Atom has no place for");
}

// An Atom id is a URI: a relative link makes one against the xml:base it stands on (`base`),
// which the Atom document keeps.
void atom_channel(Feed& feed, std::string_view base, const ConvertOptions& options, Notes& notes) {
  Channel& c = feed.channel;
  cc_license_for_atom(c.creative_commons, "", notes);
  if (!trim(c.id).empty() && !is_uri(c.id)) {
    if (const std::string id = resolve_url(base, trim(c.id)); is_uri(id)) {
      c.id = id;
      notes.filled("Atom <id>: the feed's id resolved against its base");
    } else {
      notes.dropped("the feed's id \"" + c.id + "\" (not a URI, which an Atom id is)");
      c.id.clear();
    }
  }
  if (trim(c.id).empty()) {
    const Link* self = self_link(c);
    // An id is compared as written (RFC 4287 §4.2.6.1): one made from a link that is an IRI is
    // its URI, as readers and the W3C rules take an id to be.
    if (const std::string id = self ? resolve_url(base, self->href) : ""; is_uri(id)) {
      c.id = id;
      as_uri(c.id);
      notes.filled("Atom <id> from the self link");
    } else if (const std::string link = resolve_url(base, alternate_link(c)); is_uri(link)) {
      c.id = link;
      as_uri(c.id);
      notes.filled("Atom <id> from the channel's <link>");
    } else if (is_uri(options.base_url)) {
      c.id = std::string(trim(options.base_url));
      notes.filled("Atom <id>: the document's URL (the feed has no link to take one from)");
    } else {
      c.id = made_feed_id(c);
      notes.filled("Atom <id> made from the feed's title and description (it has no link)");
    }
  }
  if (c.title.empty()) {
    if (const std::string_view link = trim(alternate_link(c)); !link.empty()) {
      c.title = Text::plain(std::string(link));
      notes.filled("Atom <title> from the channel's <link>");
    } else if (!c.description.empty()) {
      c.title = Text::plain(short_text(c.description));
      notes.filled("Atom <title> from the channel's description");
    } else {
      c.title = Text::plain("");  // RFC 4287 requires the element; the feed says nothing
      c.order.push_back(ChannelElement::title);
      notes.filled("an empty Atom <title>");
    }
  }
  if (c.last_build_date.empty()) {
    if (!c.pub_date.empty()) {
      c.last_build_date = c.pub_date;
      notes.filled("Atom <updated> from <pubDate>");
    } else if (const Date* latest = newest(feed)) {
      c.last_build_date = *latest;
      notes.filled("Atom <updated> from the newest item's date");
    } else {
      c.last_build_date = DateTime{
          options.now.value_or(
              std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now())),
          std::chrono::minutes{0}};
      notes.filled("Atom <updated>: the feed has no date, the time of the conversion is given");
    }
  }
  c.last_build_date = value_only(c.last_build_date);
  for (Category& cat : c.categories) {
    if (!cat.scheme.empty() && !is_uri(cat.scheme)) {
      notes.dropped("the feed's category scheme \"" + cat.scheme + "\" (not a URI)");
      cat.scheme.clear();
    }
  }
  // RFC 4287 §4.1.1: every entry has an author, or the feed does.
  if (c.authors.empty()) {
    Person author;
    const ItunesChannel* itunes = c.itunes.get();
    if (!trim(c.managing_editor).empty()) {
      author = parse_person(c.managing_editor);
      notes.filled("Atom <author> from <managingEditor>");
    } else if (!trim(c.web_master).empty()) {
      author = parse_person(c.web_master);
      notes.filled("Atom <author> from <webMaster>");
    } else if (itunes != nullptr && !trim(itunes->author).empty()) {
      author.name = std::string(trim(itunes->author));
      notes.filled("Atom <author> from <itunes:author>");
    } else {
      author.name =
          std::string(trim(c.title.kind() == TextKind::text ? c.title.value : short_text(c.title)));
      notes.filled("Atom <author>: the feed's title");
    }
    c.authors.push_back(std::move(author));
    c.managing_editor.clear();  // written as the author now
  }
}

void atom_item(const Channel& c, std::string_view channel_base, Item& it, std::size_t index,
               Notes& notes) {
  const std::string n = std::to_string(index + 1);
  cc_license_for_atom(it.creative_commons, "entry " + n + ": ", notes);
  if (!is_uri(it.guid.value)) {
    const std::string base = detail::inner_base(channel_base, it.base);
    if (const std::string link = resolve_url(base, alternate_link(it)); is_uri(link)) {
      it.guid.value = link;
      as_uri(it.guid.value);  // a URI, as the feed's own above
      notes.filled("entry " + n + ": Atom <id> from its link");
    } else if (is_uri(c.id) && !is_urn(c.id)) {
      // A URI of the feed's own: the feed's id with the item's guid, or its place.
      const std::string_view key =
          trim(it.guid.value).empty() ? std::string_view(n) : trim(it.guid.value);
      it.guid.value = std::string(trim(c.id)) + "#" + percent_encoded(key);
      notes.filled("entry " + n + ": Atom <id> made from the feed's <id>");
    } else {
      // A URN takes no fragment: one of its own, named in the feed's.
      it.guid.value = detail::name_based_urn(trim(c.id), item_name(it));
      notes.filled("entry " + n + ": Atom <id> made from the feed's <id> and the entry's " +
                   (trim(it.guid.value).empty() ? "content" : "guid"));
    }
    it.guid.is_permalink.reset();
  }
  if (it.title.empty()) {
    // The text of its description or content: markup alone (an image) has none.
    std::string text;
    const char* from = nullptr;
    if (!it.description.empty()) {
      text = short_text(it.description);
      from = ": Atom <title> from its description";
    } else if (!it.content.empty() && it.content.src.empty()) {
      text = short_text(Text(it.content.value, it.content.type));
      from = ": Atom <title> from its content";
    }
    if (!trim(text).empty()) {
      it.title = Text::plain(std::move(text));
      notes.filled("entry " + n + from);
    } else {
      it.title = Text::plain("");  // RFC 4287 requires the element; the entry says nothing
      it.order.push_back(ItemElement::title);
      notes.filled("entry " + n + ": an empty Atom <title>");
    }
  }
  // RFC 4287 §4.1.1: an entry without an alternate link has content. An RSS description is the
  // item's HTML, so it is the content then, rather than a summary.
  // (alternate_link() would take a permalink guid, which an Atom entry has no link for.)
  const bool linked = !trim(it.link).empty() || find_link(it.links, "alternate") != nullptr;
  if (it.content.empty() && !linked) {
    if (!it.description.empty()) {
      it.content = Content{it.description.value,
                           it.description.kind(TextKind::html) == TextKind::text ? "text" : "html",
                           {},
                           it.description.lang,
                           it.description.base};
      it.description = Text();
      notes.filled("entry " + n + ": Atom <content> from its description (it has no link)");
    } else {
      it.content = Content{};
      it.content.type = "text";
      it.order.push_back(ItemElement::content);
      notes.filled("entry " + n + ": an empty Atom <content> (it has no link)");
    }
  }
  // Atom's category scheme is an IRI; RSS's domain is any text.
  for (Category& cat : it.categories) {
    if (!cat.scheme.empty() && !is_uri(cat.scheme)) {
      notes.dropped("entry " + n + ": category scheme \"" + cat.scheme + "\" (not a URI)");
      cat.scheme.clear();
    }
  }
  if (it.updated.empty()) {
    it.updated = it.pub_date.empty() ? c.last_build_date : it.pub_date;
    notes.filled("entry " + n +
                 (it.pub_date.empty() ? ": Atom <updated> from the feed's"
                                      : ": Atom <updated> from <pubDate>"));
  }
  it.updated = value_only(it.updated);
  it.pub_date = value_only(it.pub_date);
}

// --- to RSS ---------------------------------------------------------------------------------

// A web link as a URI, and the alternate links that repeat it (kept as atom:link), so that the
// Atom writer still knows them for one link. Returns how many URLs changed (0 or 1).
std::size_t link_as_uri(std::string& link, std::vector<Link>& links) {
  for (Link& l : links) {
    if ((l.rel.empty() || l.rel == "alternate") && l.href == link) as_uri(l.href);
  }
  return as_uri(link);
}

void note_uris(std::size_t changed, const std::string& where, Notes& notes) {
  if (changed == 0) return;
  notes.filled(where + std::to_string(changed) +
               " IRI(s) written as the URIs they map to (RFC 3987), which RSS requires");
}

// RSS's item <author> and channel <managingEditor> are e-mail addresses: the first author of `s`
// with one and nothing else (JSON Feed's mailto: url, say) is written as `field` (its order
// entry made `element`), where an <atom:author> would need a name. Returns whether one was.
template <class S, class E>
bool address_as_rss(S& s, std::string& field, E element) {
  if (!trim(field).empty()) return false;
  for (std::size_t k = 0; k < s.authors.size(); ++k) {
    const Person& p = s.authors[k];
    if (!trim(p.name).empty() || trim(p.email).empty() || !trim(p.uri).empty() ||
        !p.extensions.empty()) {
      continue;
    }
    field = std::string(trim(p.email));
    s.authors.erase(s.authors.begin() + static_cast<std::ptrdiff_t>(k));
    // The order has an entry for each author, in turn: this one's is `element` now.
    std::size_t seen = 0;
    for (std::size_t i = 0; i < s.order.size(); ++i) {
      if (s.order[i] != E::authors && s.order[i] != E::dc_creator) continue;
      if (seen++ == k) {
        s.order.set(i, element);
        break;
      }
    }
    return true;
  }
  return false;
}

void rss_channel(Channel& c, std::string_view base_url, Notes& notes) {
  if (address_as_rss(c, c.managing_editor, ChannelElement::managing_editor)) {
    notes.filled("RSS <managingEditor> from an author with an e-mail address alone");
  }
  if (trim(c.link).empty()) {
    const Link* alternate = find_link(c.links, "alternate");
    const Link* self = self_link(c);
    if (alternate != nullptr && !trim(alternate->href).empty()) {
      c.link = alternate->href;
      notes.filled("RSS <link> from the alternate link");
    } else if (self != nullptr && !trim(self->href).empty()) {
      c.link = self->href;
      notes.filled("RSS <link> from the self link");
    } else if (is_uri(c.id)) {
      c.link = c.id;
      notes.filled("RSS <link> from the feed's <id>");
    } else if (is_uri(base_url)) {
      c.link = std::string(trim(base_url));
      notes.filled("RSS <link>: the document's URL (the feed has no link or URI id)");
    } else {
      // RSS requires a link: the id it gets as Atom names the feed.
      c.link = made_feed_id(c);
      notes.filled(
          "RSS <link>: an id made from the feed's title and description (it has no "
          "link or URI id)");
    }
  }
  // RSS 2.0 requires both, and allows them blank (the W3C service warns): a feed with neither
  // a title nor a web link (an Atom fragment) says nothing more to fill them from.
  const bool web_link = !trim(c.link).empty() && !is_urn(c.link);
  if (c.title.empty()) {
    if (web_link) {
      c.title = Text::plain(std::string(trim(c.link)));
      notes.filled("RSS <title> from the channel's link");
    } else {
      c.title = Text::plain("");
      c.order.push_back(ChannelElement::title);
      notes.filled("an empty RSS <title>");
    }
  }
  if (c.description.empty()) {
    if (!c.title.empty()) {
      c.description = c.title;
      notes.filled("RSS <description> from the title");
    } else {
      c.description = Text();
      c.order.push_back(ChannelElement::description);
      notes.filled("an empty RSS <description>");
    }
  }
  c.pub_date = value_only(c.pub_date);
  c.last_build_date = value_only(c.last_build_date);
  std::size_t uris = link_as_uri(c.link, c.links) + as_uri(c.docs);
  if (c.image) uris += as_uri(c.image->url) + as_uri(c.image->link);
  if (c.text_input) uris += as_uri(c.text_input->link);
  note_uris(uris, "the channel: ", notes);
}

void rss_item(Item& it, std::size_t index, Notes& notes) {
  const std::string n = std::to_string(index + 1);
  if (address_as_rss(it, it.author, ItemElement::author)) {
    notes.filled("item " + n + ": RSS <author> from an author with an e-mail address alone");
  }
  if (trim(it.link).empty()) {
    if (const Link* alternate = find_link(it.links, "alternate")) it.link = alternate->href;
  }
  // An Atom id is a permalink only when it is the item's URL.
  if (!it.guid.value.empty() && it.guid.value != it.link) it.guid.is_permalink = false;
  // RSS 2.0: an item has a title or a description.
  if (it.title.empty() && it.description.empty()) {
    if (!it.content.empty() && it.content.src.empty()) {
      it.description = it.content.kind() == TextKind::text ? Text::plain(it.content.value)
                                                           : Text::html(it.content.value);
      notes.filled("item " + n + ": RSS <description> from its content");
    } else {
      it.title = Text::plain("");  // the entry says nothing; an empty title is still whole
      it.order.push_back(ItemElement::title);
      notes.filled("item " + n + ": an empty RSS <title>");
    }
  }
  // RSS 2.0: a source names the feed by its URL; an Atom source may have none.
  if (it.source && trim(it.source->url).empty()) {
    const Link* self = find_link(it.source->links, "self");
    const Link* alternate = find_link(it.source->links, "alternate");
    if (self != nullptr && is_uri(self->href)) {
      it.source->url = self->href;
      notes.filled("item " + n + ": RSS <source> url from the source's self link");
    } else if (alternate != nullptr && is_uri(alternate->href)) {
      it.source->url = alternate->href;
      notes.filled("item " + n + ": RSS <source> url from the source's link");
    } else {
      it.source.reset();
      notes.dropped("item " + n + ": a <source> without a URL, which RSS requires");
    }
  }
  // Atom's enclosure links are RSS's enclosures; one that says more than RSS can (a title, a
  // language, other attributes) stays an atom:link.
  for (auto link = it.links.begin(); link != it.links.end();) {
    if (trim(link->rel) == "enclosure" && !trim(link->href).empty() && link->title.empty() &&
        link->hreflang.empty() && link->attributes.empty() && link->text.empty()) {
      it.enclosures.push_back({link->href, link->length, link->type});
      link = it.links.erase(link);
    } else {
      ++link;
    }
  }
  // RSS 2.0: an enclosure has a url, a length and a type (0 and the generic type when unknown).
  std::vector<Enclosure> enclosures;
  for (Enclosure& e : it.enclosures) {
    if (trim(e.url).empty()) {
      notes.dropped("item " + n + ": an enclosure without a URL");
      continue;
    }
    if (trim(e.length).empty()) {
      e.length = "0";
      notes.filled("item " + n + ": enclosure length 0 (unknown)");
    }
    if (trim(e.type).empty()) {
      e.type = "application/octet-stream";
      notes.filled("item " + n + ": enclosure type application/octet-stream (unknown)");
    }
    enclosures.push_back(std::move(e));
  }
  it.enclosures = std::move(enclosures);
  if (it.pub_date.empty() && !it.updated.empty()) {
    it.pub_date = it.updated;
    notes.filled("item " + n + ": RSS <pubDate> from <updated>");
  }
  it.pub_date = value_only(it.pub_date);
  it.updated = value_only(it.updated);
  std::size_t uris = link_as_uri(it.link, it.links) + as_uri(it.comments);
  if (it.guid.is_permalink.value_or(true)) uris += as_uri(it.guid.value);
  for (Enclosure& e : it.enclosures) uris += as_uri(e.url);
  if (it.source) uris += as_uri(it.source->url);
  note_uris(uris, "item " + n + ": ", notes);
}

// --- to JSON Feed ---------------------------------------------------------------------------

void json_channel(Channel& c, Notes& notes) {
  if (c.title.empty()) {
    const std::string_view link = trim(alternate_link(c));
    if (link.empty()) {
      c.title = Text::plain("");  // JSON Feed requires the member, a string: it may be empty
      c.json_feed.ensure().order.push_back(JsonFeedKey::title);
      notes.filled("an empty JSON Feed \"title\"");
    } else {
      c.title = Text::plain(std::string(link));
      notes.filled("JSON Feed \"title\" from the channel's link");
    }
  }
  if (!c.extensions.empty()) {
    notes.dropped("the channel's " + std::to_string(c.extensions.size()) +
                  " extension element(s): JSON Feed has no place for XML");
  }
}

void json_item(const Channel& c, Item& it, bool from_rss, std::size_t index, Notes& notes) {
  const std::string n = std::to_string(index + 1);
  if (trim(it.guid.value).empty() && trim(alternate_link(it)).empty()) {
    const std::string_view base = trim(alternate_link(c));
    if (is_uri(base)) {
      it.guid.value = std::string(base) + "#" + n;
      notes.filled("item " + n + ": JSON Feed \"id\" made from the feed's link");
    } else {
      it.guid.value = detail::name_based_urn(feed_name(c), item_name(it));
      notes.filled("item " + n + ": JSON Feed \"id\" made from the feed's and the item's content");
    }
  }
  // JSON Feed requires content_html or content_text, and its summary is plain text. An RSS
  // description is the item's HTML; an Atom summary is text unless it says otherwise.
  Text& d = it.description;
  const TextKind kind = d.kind(from_rss ? TextKind::html : TextKind::text);
  const bool html = kind == TextKind::html || kind == TextKind::xhtml;
  if ((it.content.empty() || !it.content.src.empty()) && !d.empty()) {
    it.content = Content{d.value, html ? "html" : "text", {}, {}, {}};
    d = Text();
    notes.filled("item " + n +
                 (html ? ": JSON Feed \"content_html\" from its description"
                       : ": JSON Feed \"content_text\" from its summary"));
  } else if (html && !d.empty()) {
    d = Text::plain(html_to_text(d.value));
    notes.filled("item " + n + ": JSON Feed \"summary\" as the text of its HTML summary");
  }
  if (it.content.empty() || !it.content.src.empty()) {
    it.json_feed.ensure().order.push_back(JsonFeedKey::content_text);
    notes.filled("item " + n + ": an empty JSON Feed \"content_text\"");
  }
  if (!it.extensions.empty()) {
    notes.dropped("item " + n + ": " + std::to_string(it.extensions.size()) +
                  " extension element(s): JSON Feed has no place for XML");
  }
}

// Attributes the model does not name belong to the elements of the format they were read in.
void drop_kept_attributes(Feed& feed, Notes& notes) {
  std::size_t dropped = feed.channel.attributes.size();
  feed.channel.attributes.clear();
  for (Item& it : feed.items) {
    dropped += it.attributes.size();
    it.attributes.clear();
  }
  if (dropped != 0) {
    notes.dropped(
        std::to_string(dropped) +
        " attribute(s) the model does not name, which the target format has no place for");
  }
}

// What a JSON Feed holds that RSS and Atom have no place for: said once per kind.
void json_only(const Feed& feed, Notes& notes) {
  if (const JsonFeedChannel* j = feed.channel.json_feed.get()) {
    if (!j->user_comment.empty()) notes.dropped("the feed's \"user_comment\"");
    if (!j->next_url.empty()) notes.dropped("the feed's \"next_url\"");
    if (j->expired) notes.dropped("the feed's \"expired\"");
    if (!j->hubs.empty()) notes.dropped("the feed's \"hubs\"");
    if (!j->members.empty()) {
      notes.dropped("the feed's " + std::to_string(j->members.size()) +
                    " extension or unknown member(s)");
    }
  }
  std::size_t members = 0;
  std::size_t urls = 0;
  for (const Item& it : feed.items) {
    if (const JsonFeedItem* j = it.json_feed.get()) {
      members += j->members.size();
      for (const std::string* url : {&j->external_url, &j->image, &j->banner_image}) {
        if (!url->empty()) ++urls;
      }
    }
  }
  if (members != 0) {
    notes.dropped("the items' " + std::to_string(members) + " extension or unknown member(s)");
  }
  if (urls != 0) {
    notes.dropped("the items' " + std::to_string(urls) +
                  " \"external_url\", \"image\" or \"banner_image\" value(s)");
  }
}

// JSON Feed's authors have no e-mail address: the JSON Feed writer gives an RSS author's address
// as its "url", mailto:. In RSS or Atom such a url is the address again (RSS's <author> is one,
// Atom has <email>), not a web page (an <atom:author> with a <uri> and no name, which neither
// format allows). One with several addresses, headers or escapes stays a url.
void addresses_from_mailto(std::vector<Person>& people) {
  for (Person& p : people) {
    const std::string_view uri = trim(p.uri);
    if (!p.email.empty() || !detail::iequals(uri.substr(0, 7), "mailto:")) continue;
    const std::string_view address = uri.substr(7);
    if (address.find('@') == std::string_view::npos ||
        address.find_first_of(",?%") != std::string_view::npos) {
      continue;
    }
    p.email = std::string(address);
    p.uri.clear();
    for (std::size_t i = 0; i < p.order.size(); ++i) {
      if (p.order[i] == PersonElement::uri) p.order.set(i, PersonElement::email);
    }
  }
}

void addresses_from_mailto(Feed& feed) {
  addresses_from_mailto(feed.channel.authors);
  addresses_from_mailto(feed.channel.contributors);
  for (Item& it : feed.items) {
    addresses_from_mailto(it.authors);
    addresses_from_mailto(it.contributors);
  }
}

// Elements in no namespace are the format's own once written: an RSS extension such as
// <redirect> would be an Atom element the feed does not have, and the reverse.
void drop_unqualified(std::vector<Extension>& extensions, std::string_view where, Notes& notes) {
  std::vector<Extension> kept;
  for (Extension& e : extensions) {
    if (e.ns.empty()) {
      notes.dropped(std::string(where) + " <" + e.name + "> has no namespace to keep it in");
    } else {
      kept.push_back(std::move(e));
    }
  }
  extensions = std::move(kept);
}

// Readies Feed::extensions or Feed::extensions_before_channel for `target`: all dropped for
// JSON Feed, which has no place for XML, and those in no namespace for the others.
void beside_channel(Format target, std::vector<Extension>& extensions, Notes& notes) {
  if (!is_json(target)) {
    drop_unqualified(extensions, "the document's", notes);
  } else if (!extensions.empty()) {
    notes.dropped("the document's " + std::to_string(extensions.size()) +
                  " element(s) beside the channel: JSON Feed has no place for XML");
    extensions.clear();
  }
}

// How many of the feed's items' web links are relative, when nothing says what they stand on.
std::size_t relative_links(const Feed& feed) {
  if (!detail::channel_base(feed, {}).empty()) return 0;
  std::size_t n = 0;
  for (const Item& it : feed.items) {
    const std::string_view link = trim(alternate_link(it));
    if (!link.empty() && !is_uri(link) && it.base.empty()) ++n;
  }
  return n;
}

// convert()'s steps for one item, once the channel `c` is converted.
// `channel_base` is the base the channel's relative URLs stand on (detail::channel_base()).
void item_steps(Format source, Format target, const Channel& c, std::string_view channel_base,
                Item& it, std::size_t index, detail::SeenGuids& seen, Notes& notes) {
  trim_url_texts(it);
  const std::string n = "item " + std::to_string(index + 1) + ": ";
  using IE = ItemElement;
  drop_unreadable(it.pub_date, it.order, {IE::pub_date, IE::dcterms_issued},
                  n + (is_atom(source) ? "<published>" : "<pubDate>"), notes);
  drop_unreadable(it.updated, it.order, {IE::updated, IE::dc_date, IE::dcterms_modified},
                  n + (is_atom(source) ? "<updated>" : "<dc:date>"), notes);
  if (is_json(target)) {
    json_item(c, it, !is_atom(source), index, notes);
  } else if (is_atom(target)) {
    atom_item(c, channel_base, it, index, notes);
    drop_unqualified(it.extensions, "an item's", notes);
  } else {
    rss_item(it, index, notes);
    if (const std::string_view guid = trim(it.guid.value); !guid.empty() && !seen.insert(guid)) {
      notes.dropped(n + "<guid> \"" + std::string(guid) +
                    "\" repeats an earlier item's, which RSS does not allow");
      it.guid = Guid();
      it.order.remove(IE::guid);
    }
    drop_unqualified(it.extensions, "an entry's", notes);
  }
}

bool same_family(Format a, Format b) {
  const auto family = [](Format f) { return is_atom(f) ? 1 : is_json(f) ? 2 : 0; };
  return family(a) == family(b) && b != Format::cdf && b != Format::unknown;
}

}  // namespace

bool detail::written_as_read(Format target, Format source) { return same_family(target, source); }

std::string detail::rss_document_url(const Feed& feed, std::string_view base_url) {
  if (!base_url.empty()) return std::string(base_url);
  const std::string link = resolve_url(channel_base(feed, {}), trim(alternate_link(feed.channel)));
  return is_uri(link) && !is_urn(link) ? link : std::string();
}

void detail::beside_channel(Format target, std::vector<Extension>& extensions,
                            std::vector<Diagnostic>& out) {
  Notes notes(out);
  beside_channel(target, extensions, notes);
}

void detail::convert_item(Format source, Format target, const Channel& channel,
                          std::string_view channel_base, Item& item, std::size_t index,
                          SeenGuids& seen, std::vector<Diagnostic>& out) {
  Notes notes(out);
  Feed one;  // the item alone, for the steps convert() takes on a whole feed
  one.format = source;
  one.channel.base = std::string(channel_base);
  one.items.push_back(std::move(item));
  Item& it = one.items.back();
  if (!it.attributes.empty()) {
    notes.dropped("item " + std::to_string(index + 1) + ": " +
                  std::to_string(it.attributes.size()) +
                  " attribute(s) the model does not name, which the target format has no "
                  "place for");
    it.attributes.clear();
  }
  if (is_json(source)) {
    json_only(one, notes);
    addresses_from_mailto(one);
  }
  if (!is_atom(target)) resolve_urls(one, {});  // against `channel_base`, as convert() does
  item_steps(source, target, channel, channel_base, it, index, seen, notes);
  item = std::move(it);
}

bool Conversion::ok() const noexcept {
  for (const Diagnostic& d : notes) {
    if (d.severity != Severity::warning) return false;
  }
  return true;
}

Conversion convert(Feed feed, Format target, const ConvertOptions& options) {
  Conversion out;
  Notes notes(out.notes);
  if (same_family(target, feed.format)) {
    out.feed = std::move(feed);  // its own family: written as read
    return out;
  }
  if (!feed.channel.has_element && feed.items.empty()) {
    // <rss> with no <channel> and no items (a redirect notice, say): no feed to convert.
    notes.missing("the document has no <channel> and no items: it is no feed to convert");
    out.feed = std::move(feed);
    return out;
  }
  drop_kept_attributes(feed, notes);
  trim_url_texts(feed.channel);
  const bool atom = is_atom(feed.format);
  using CE = ChannelElement;
  Channel& c = feed.channel;
  drop_unreadable(c.pub_date, c.order, {CE::pub_date, CE::dcterms_issued},
                  atom ? "the feed's <published>" : "<pubDate>", notes);
  drop_unreadable(c.last_build_date, c.order,
                  {CE::last_build_date, CE::dc_date, CE::dcterms_modified},
                  atom ? "<updated>" : "<lastBuildDate>", notes);
  if (is_json(feed.format)) {
    json_only(feed, notes);
    addresses_from_mailto(feed);  // (JSON Feed into JSON Feed was returned above)
  }
  if (is_json(target)) {
    // JSON Feed has no xml:base: a URL relative to one is resolved against it (and it against
    // the document's URL, when known). Without either, a relative URL stays relative to the
    // document, as it was in the source.
    resolve_urls(feed, options.base_url);
    json_channel(feed.channel, notes);
    beside_channel(target, feed.extensions_before_channel, notes);
    beside_channel(target, feed.extensions, notes);
    detail::SeenGuids seen;
    for (std::size_t i = 0; i < feed.items.size(); ++i) {
      item_steps(feed.format, target, feed.channel, {}, feed.items[i], i, seen, notes);
    }
    out.feed = std::move(feed);
    return out;
  }
  drop_unqualified(feed.channel.extensions, "the channel's", notes);
  beside_channel(target, feed.extensions_before_channel, notes);
  beside_channel(target, feed.extensions, notes);
  if (is_atom(target)) {
    // Atom's <feed> is the channel: what stood beside it stands in it (StreamConverter, which has
    // written the feed's metadata by then, writes those after the channel after the entries).
    for (auto* beside : {&feed.extensions_before_channel, &feed.extensions}) {
      feed.channel.extensions.insert(feed.channel.extensions.end(),
                                     std::make_move_iterator(beside->begin()),
                                     std::make_move_iterator(beside->end()));
      beside->clear();
    }
  }
  // RSS has no xml:base: a relative URL is resolved against the one it was written under.
  if (!is_atom(target)) {
    const std::string url = detail::rss_document_url(feed, options.base_url);
    if (options.base_url.empty() && !url.empty()) {
      if (const std::size_t relative = relative_links(feed); relative > 0) {
        notes.filled(std::to_string(relative) + " relative link(s) resolved against the feed's " +
                     "link " + url +
                     ", the document's own URL being unknown (ConvertOptions::base_url)");
      }
    }
    resolve_urls(feed, url);
  }
  const std::string base =
      is_atom(target) ? detail::channel_base(feed, options.base_url) : std::string();
  if (is_atom(target)) {
    atom_channel(feed, base, options, notes);
  } else {
    rss_channel(feed.channel, options.base_url, notes);
  }
  detail::SeenGuids seen;
  for (std::size_t i = 0; i < feed.items.size(); ++i) {
    item_steps(feed.format, target, feed.channel, base, feed.items[i], i, seen, notes);
  }
  // The format stays the one read: the target's writer checks the result as it checks a model
  // built in code, so what could not be filled fails there too, never a partial document.
  out.feed = std::move(feed);
  return out;
}

}  // namespace feedpp
