// SPDX-License-Identifier: MIT
// The feed model: plain value types that hold everything RSS 2.0 and Atom 1.0 can say, filled by
// the parser from any RSS or Atom version and written by RssWriter and AtomWriter.
//
// One model serves both formats. Where RSS and Atom name the same thing, one field holds it and its
// comment gives both names (Item::description is RSS <description> and Atom <summary>); where they
// differ (RSS <link> text and Atom <link href>), each has its own field, and the accessors at the
// end of this header give the reader's view. Elements the model does not name are kept as
// Extension trees where they appeared, so parse -> write loses nothing.
//
// Every type owns its data (std::string, never a view), is copyable, movable and comparable with
// ==, and is safe to share between threads for reading. Strings are UTF-8, with entities decoded
// and CDATA unwrapped: they hold the values, never markup escapes. An empty string or list means
// "not in the document", except where the element order (see ElementOrder) says the element was
// there and empty.
#ifndef FEEDPP_MODEL_HPP
#define FEEDPP_MODEL_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "feedpp/datetime.hpp"
#include "feedpp/export.hpp"
#include "feedpp/ext/creative_commons.hpp"
#include "feedpp/ext/dublin_core.hpp"
#include "feedpp/ext/feedburner.hpp"
#include "feedpp/ext/georss.hpp"
#include "feedpp/ext/itunes.hpp"
#include "feedpp/ext/json_feed.hpp"
#include "feedpp/ext/media.hpp"
#include "feedpp/ext/podcast.hpp"
#include "feedpp/ext/psc.hpp"
#include "feedpp/ext/slash.hpp"
#include "feedpp/ext/syndication.hpp"
#include "feedpp/ext/threading.hpp"
#include "feedpp/ext/wfw.hpp"
#include "feedpp/values.hpp"

namespace feedpp {

/// Namespace URIs of the vocabularies the model types.
namespace ns {
inline constexpr std::string_view kAtom = "http://www.w3.org/2005/Atom";
inline constexpr std::string_view kAtom03 = "http://purl.org/atom/ns#";
inline constexpr std::string_view kContent = "http://purl.org/rss/1.0/modules/content/";
inline constexpr std::string_view kDc = "http://purl.org/dc/elements/1.1/";
inline constexpr std::string_view kDcTerms = "http://purl.org/dc/terms/";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRss10 = "http://purl.org/rss/1.0/";
inline constexpr std::string_view kXhtml = "http://www.w3.org/1999/xhtml";
inline constexpr std::string_view kXml = "http://www.w3.org/XML/1998/namespace";
}  // namespace ns

/// The feed formats feedpp reads. Writers write RSS 2.0, Atom 1.0 or JSON Feed 1.1 whatever a
/// Feed's format says.
enum class Format : std::uint8_t {
  unknown,            ///< not a feed, or not parsed yet
  rss_0_90,           ///< RSS 0.90 (RDF with the 0.90 namespace)
  rss_0_91_netscape,  ///< RSS 0.91 with Netscape's DTD
  rss_0_91_userland,  ///< RSS 0.91 as UserLand specified it
  rss_0_92,
  rss_0_93,
  rss_0_94,
  rss_1_0,   ///< RSS 1.0 (RDF)
  rss_2_0,   ///< RSS 2.0, also for version="2.01" and "2.1"
  rss,       ///< RSS of unknown version
  atom_0_3,  ///< Atom 0.3 (namespace http://purl.org/atom/ns#)
  atom_1_0,  ///< Atom 1.0 (RFC 4287)
  atom,      ///< Atom of unknown version
  cdf,       ///< Microsoft's Channel Definition Format (CHANNEL, ITEM, ABSTRACT), read only
  json_1_0,  ///< JSON Feed 1.0 (version https://jsonfeed.org/version/1)
  json_1_1,  ///< JSON Feed 1.1 (version https://jsonfeed.org/version/1.1)
  json,      ///< JSON Feed of unknown version
};

/// Returns the short name of `format`: "rss2.0", "rss0.91u", "atom1.0", "json1.1", ... and "" for
/// unknown.
[[nodiscard]] FEEDPP_API std::string_view to_string(Format format) noexcept;
/// Returns true for the RSS family: RSS 0.90 to 2.0, RSS 1.0 and RSS of unknown version.
[[nodiscard]] FEEDPP_API bool is_rss(Format format) noexcept;
/// Returns true for the Atom family: Atom 0.3, 1.0 and Atom of unknown version.
[[nodiscard]] FEEDPP_API bool is_atom(Format format) noexcept;
/// Returns true for JSON Feed: 1.0, 1.1 and JSON Feed of unknown version.
[[nodiscard]] FEEDPP_API bool is_json(Format format) noexcept;

/// The kinds of text content: `text` is plain text, `html` a string of HTML markup, `xhtml`
/// XHTML markup, `other` a MIME type (Atom content only: type="image/png" and the like).
enum class TextKind : std::uint8_t { text, html, xhtml, other };

/// How a parsed document laid out a text's markup, where it did otherwise than the type says.
/// Writers lay it out so again when they write a feed as read (WriteOptions::allow_missing), and
/// when the value is still well-formed markup; otherwise as the type says. A model built in code
/// leaves it `as_typed`.
enum class Layout : std::uint8_t {
  as_typed,  ///< HTML escaped as text, XHTML inside Atom's one <div>
  elements,  ///< the value's markup written as the element's own children (RSS HTML written as
             ///< elements, Atom XHTML without its <div>, Atom text or HTML holding elements)
  in_div,    ///< Atom HTML escaped as text inside an XHTML <div>, as some blog engines write it
};

/// A text construct: RSS <title> and <description>, Atom <title>, <subtitle>, <summary>,
/// <rights>.
struct Text {
  /// The text itself. For html, the HTML markup (an RSS description's escaped HTML, decoded once);
  /// for xhtml, the markup inside the div element Atom wraps it in.
  std::string value{};
  /// The type as written: Atom's "text", "html" or "xhtml", or whatever an Atom 1.0 document
  /// wrote ("text/html", which write_atom() writes back as read, and as "html" in a strict write:
  /// WriteOptions::allow_missing). Atom 0.3's MIME types are read as the 1.0 name they mean
  /// ("text/html" as "html").
  /// "" means unstated, which is the element's default in the format written: plain text in
  /// Atom and for RSS <title>, HTML for RSS <description>.
  std::string type{};
  /// xml:lang written on this element; nothing when none (xml:lang="" is written, and clears
  /// the language in scope).
  std::optional<std::string> lang{};
  std::string base{};  ///< xml:base written on this element ("" when none)
  /// How the document laid the value out (see Layout). Presentation: == ignores it.
  Layout layout = Layout::as_typed;

  // User-provided, so that value-initialising a Text (`Text title{};`, as the structs below
  // hold theirs) does not zero all of it before its members are constructed.
  Text() noexcept {}
  /// Makes a text of type `type` (default: unstated). Implicit, so `item.title = "Hello"` works.
  Text(std::string text,
       std::string text_type = {}) noexcept  // NOLINT(google-explicit-constructor)
      : value(std::move(text)), type(std::move(text_type)) {}
  Text(const char* text) : value(text) {}  // NOLINT(google-explicit-constructor)

  /// Returns a plain-text construct (type "text").
  static Text plain(std::string value) { return Text(std::move(value), "text"); }
  /// Returns an HTML construct (type "html"): `value` is HTML markup.
  static Text html(std::string value) { return Text(std::move(value), "html"); }
  /// Returns an XHTML construct (type "xhtml"): `value` is the markup that goes inside Atom's div
  /// element.
  static Text xhtml(std::string value) { return Text(std::move(value), "xhtml"); }

  /// Returns the kind `type` names, taking "" as `unstated`.
  [[nodiscard]] FEEDPP_API TextKind kind(TextKind unstated = TextKind::text) const noexcept;
  /// Returns true when the value is empty.
  [[nodiscard]] bool empty() const noexcept { return value.empty(); }
};

/// The full content of an item: RSS <content:encoded>, Atom <content>.
struct Content {
  std::string value{};  ///< as Text::value; empty when the content is elsewhere (src)
  std::string type{};   ///< as Text::type; a MIME type is allowed. "" means plain text in Atom
  std::string src{};  ///< Atom content's src attribute: where the content is, when it is not inline
  std::optional<std::string> lang{};  ///< xml:lang written on this element, as in Text
  std::string base{};                 ///< xml:base written on this element
  Layout layout = Layout::as_typed;   ///< as in Text: presentation, == ignores it

  /// Returns the kind `type` names, taking "" as `unstated`.
  [[nodiscard]] FEEDPP_API TextKind kind(TextKind unstated = TextKind::text) const noexcept;
  /// Returns true when there is neither a value nor a src.
  [[nodiscard]] bool empty() const noexcept { return value.empty() && src.empty(); }
  /// Returns true when `type` is an XML media type (text/xml, application/xml, */*+xml): Atom
  /// content that is inline XML (RFC 4287 §4.1.3.3), which `value` holds as markup.
  [[nodiscard]] FEEDPP_API bool is_xml() const noexcept;
};

/// A link: Atom <link> (and <atom:link> in RSS).
struct Link {
  std::string href{};
  std::string rel{};  ///< as written; "" means "alternate" (RFC 4287 §4.2.7.2)
  std::string type{};
  std::string hreflang{};
  std::string title{};
  std::string length{};  ///< size in bytes, as written
  /// Other attributes on the element (thr:count, ...), and an href's text where white space
  /// surrounds it (written while it still means `href`: see KeptAttribute).
  std::vector<Attribute> attributes{};
  /// The element's text, which Atom leaves empty: some documents write the URL there rather than
  /// in href, and a link read without an href attribute takes its href from it, trimmed. Written
  /// back only as read (WriteOptions::allow_missing), and then with no href attribute when href
  /// is that text.
  std::string text{};
};

/// The children of an Atom person, for Person::order. `url` is Person::uri written as <url>, as
/// Atom 0.3 named it and some Atom 1.0 documents still do; `text` is Person::name written as the
/// person's text alone (`<author>Jo</author>`), which writers write so again only as read
/// (WriteOptions::allow_missing) and while the person has no other value.
enum class PersonElement : std::uint8_t { name, email, uri, extension, url, text };

/// A person: Atom <author> and <contributor>, RSS <dc:creator> and <dc:contributor> (name only).
struct Person {
  std::string name{};
  std::string email{};
  std::string uri{};
  std::vector<Extension> extensions{};  ///< other children (<gd:image>, ...)
  ElementOrder<PersonElement> order{};
};

/// A category: RSS <category domain="scheme">term</category>, Atom <category term scheme
/// label/>, <dc:subject>term</dc:subject>.
struct Category {
  std::string term{};
  std::string scheme{};  ///< RSS domain, Atom scheme
  std::string label{};   ///< Atom only
};

/// A media object attached to an item: RSS <enclosure url length type/>.
struct Enclosure {
  std::string url{};
  std::string length{};  ///< size in bytes, as written
  std::string type{};    ///< MIME type
};

/// An item's identifier: RSS <guid isPermaLink>, Atom <id>.
struct Guid {
  std::string value{};
  /// RSS isPermaLink as written; nothing when the attribute is absent (RSS then means true).
  std::optional<bool> is_permalink{};
};

/// The children of an RSS <image>, for Image::order.
enum class ImageElement : std::uint8_t { url, title, link, width, height, description, extension };

/// The channel's image: RSS <image>.
struct Image {
  std::string url{};
  std::string title{};
  std::string link{};
  std::string width{};   ///< pixels, as written (RSS: at most 144, default 88)
  std::string height{};  ///< pixels, as written (RSS: at most 400, default 31)
  std::string description{};
  std::vector<Extension> extensions{};
  ElementOrder<ImageElement> order{};
};

/// RSS <cloud>: a service that notifies subscribers of updates (rssCloud).
struct Cloud {
  std::string domain{};
  std::string port{};
  std::string path{};
  std::string register_procedure{};  ///< registerProcedure
  std::string protocol{};
};

/// The children of an RSS <textInput>, for TextInput::order.
enum class TextInputElement : std::uint8_t { title, description, name, link, extension };

/// RSS <textInput>: a text box shown with the channel.
struct TextInput {
  std::string title{};
  std::string description{};
  std::string name{};
  std::string link{};
  std::vector<Extension> extensions{};
  ElementOrder<TextInputElement> order{};
};

/// The children of an Atom <source>, for Source::order.
enum class SourceElement : std::uint8_t { title, id, links, updated, authors, extension };

/// Where an item came from: RSS <source url="...">title</source>, or Atom <source> (the metadata
/// of the feed an entry was copied from; its elements beyond these are kept as extensions).
struct Source {
  std::string url{};  ///< RSS source's url attribute: the XML of the feed the item came from
  Text title{};
  std::string id{};           ///< Atom source/id
  std::vector<Link> links{};  ///< Atom source/link
  Date updated{};             ///< Atom source/updated
  std::vector<Person> authors{};
  std::vector<Extension> extensions{};
  ElementOrder<SourceElement> order{};
};

/// Who made the feed: RSS <generator>, Atom <generator uri version>.
struct Generator {
  std::string name{};  ///< the element's text
  std::string uri{};
  std::string version{};
};

/// The children of a channel (RSS <channel>, Atom <feed>), for Channel::order. Entries with a
/// prefix name the same field in another vocabulary's element (dc_date is <dc:date>).
enum class ChannelElement : std::uint8_t {
  title,
  link,
  links,
  description,
  language,
  copyright,
  managing_editor,
  web_master,
  pub_date,
  last_build_date,
  categories,
  generator,
  docs,
  cloud,
  ttl,
  image,
  rating,
  text_input,
  skip_hours,
  skip_days,
  id,
  icon,
  logo,
  authors,
  contributors,
  extension,
  dc_title,
  dc_description,
  dc_language,
  dc_rights,
  dc_date,
  dc_creator,
  dc_contributor,
  dc_subject,
  dcterms_issued,
  dcterms_modified,
  /// Where the items stood, in a document whose channel has elements after them: the entries
  /// after it are written after the items, when the feed is written as read.
  items,
  itunes,            ///< the next element of Channel::itunes, in its own order
  podcast,           ///< the next element of Channel::podcast, in its own order
  media,             ///< the next element of Channel::media, in its own order
  dublin_core,       ///< the next element of Channel::dublin_core, in its own order
  syndication,       ///< the next element of Channel::syndication, in its own order
  geo,               ///< the next element of Channel::geo, in its own order
  creative_commons,  ///< the next element of Channel::creative_commons, in its own order
  feedburner,        ///< the next element of Channel::feedburner, in its own order
};

/// An attribute that no field of the model holds, on an element it types: an attribute the
/// model does not name (`<item shouldShow="1">`), or one it names written empty
/// (`<category domain="">`). The parser keeps it with the channel or item, and the writers write
/// it back on the same element, after the attributes the model writes (one of the same name is
/// not written twice), so that a parsed feed is written as read. The text of an attribute the
/// model holds in another form is kept too (a URL with white space around it, an isPermaLink of
/// "TRUE" or ""): writers write that text in place of the field's value while it still means
/// that value, and the value once a program changed it. They belong to the format they
/// were read in: write_rss() and write_atom() leave out those of a feed read in the other family
/// (WriteOptions::kept_attributes), and convert() drops them, noted.
template <class E>
struct KeptAttribute {
  bool own = false;         ///< on the channel or item element itself; else on a child:
  E field{};                ///< the field the child fills (its ElementOrder entry's field)
  std::uint16_t index = 0;  ///< which of that field's values: 0 for the first
  Attribute attribute{};
};

template <class E>
bool operator==(const KeptAttribute<E>& a, const KeptAttribute<E>& b) noexcept {
  return a.own == b.own && a.field == b.field && a.index == b.index && a.attribute == b.attribute;
}
template <class E>
bool operator!=(const KeptAttribute<E>& a, const KeptAttribute<E>& b) noexcept {
  return !(a == b);
}

/// A channel: RSS <channel>, Atom <feed> (its metadata; the entries are Feed::items).
///
/// URLs and ids read from an element's text (link, docs, id, icon, logo, an image's url and
/// link, an item's link, comments and guid, a person's uri) hold that text as written, white
/// space around it included, so that a feed is written back as read; view() and convert() trim
/// them. URLs read from attributes (href, url) are trimmed, their text kept in KeptAttribute.
struct Channel {
  Text title{};                   ///< RSS and Atom <title>
  std::string link{};             ///< RSS <link>: the site the channel belongs to
  std::vector<Link> links{};      ///< Atom <link>; <atom:link> in RSS (rel="self" among them)
  Text description{};             ///< RSS <description>, Atom <subtitle>
  std::string language{};         ///< RSS <language>, <dc:language>
  Text copyright{};               ///< RSS <copyright>, Atom <rights>, <dc:rights>
  std::string managing_editor{};  ///< RSS <managingEditor>: an e-mail address, often with a name
  std::string web_master{};       ///< RSS <webMaster>
  Date pub_date{};                ///< RSS <pubDate>, <dcterms:issued>
  Date last_build_date{};         ///< RSS <lastBuildDate>, Atom <updated>, <dc:date>
  std::vector<Category> categories{};     ///< RSS and Atom <category>, <dc:subject>
  Generator generator{};                  ///< RSS and Atom <generator>
  std::string docs{};                     ///< RSS <docs>
  std::optional<Cloud> cloud{};           ///< RSS <cloud>
  std::string ttl{};                      ///< RSS <ttl>: minutes to cache, as written
  std::optional<Image> image{};           ///< RSS <image>
  std::string rating{};                   ///< RSS <rating> (PICS)
  std::optional<TextInput> text_input{};  ///< RSS <textInput>
  std::vector<std::string> skip_hours{};  ///< RSS <skipHours><hour>, as written
  std::vector<std::string> skip_days{};   ///< RSS <skipDays><day>, as written
  std::string id{};                       ///< Atom <id>
  std::string icon{};                     ///< Atom <icon>
  std::string logo{};                     ///< Atom <logo>
  std::vector<Person> authors{};          ///< Atom <author>, <dc:creator>
  std::vector<Person> contributors{};     ///< Atom <contributor>, <dc:contributor>
  std::optional<std::string> lang{};      ///< xml:lang on <channel> or Atom <feed>
  std::string base{};                     ///< xml:base on <channel> or Atom <feed>
  Boxed<ItunesChannel> itunes{};          ///< iTunes tags (ext/itunes.hpp)
  Boxed<PodcastChannel> podcast{};        ///< Podcasting 2.0 tags (ext/podcast.hpp)
  Boxed<MediaChannel> media{};            ///< Media RSS elements (ext/media.hpp)
  Boxed<DublinCore>
      dublin_core{};  ///< Dublin Core elements the fields above do not hold (ext/dublin_core.hpp)
  Boxed<Syndication> syndication{};  ///< update schedule (sy:) (ext/syndication.hpp)
  Boxed<Geo> geo{};                  ///< location (GeoRSS, GML, W3C geo) (ext/georss.hpp)
  Boxed<CreativeCommons>
      creative_commons{};               ///< Creative Commons licenses (ext/creative_commons.hpp)
  Boxed<Feedburner> feedburner{};       ///< FeedBurner elements (ext/feedburner.hpp)
  Boxed<JsonFeedChannel> json_feed{};   ///< JSON Feed members the fields above do not hold
  std::vector<Extension> extensions{};  ///< children the model does not name, in order
  /// Attributes of the channel element and its children that no field holds (KeptAttribute).
  std::vector<KeptAttribute<ChannelElement>> attributes{};
  ElementOrder<ChannelElement> order{};  ///< document order of the children (see ElementOrder)
  /// RSS: false when the document had no <channel> element (an <rss> root with none, or with
  /// only items). Written as read (WriteOptions::allow_missing), the RSS writer then writes none
  /// while the channel holds nothing, and the items straight under <rss>. Presentation: ==
  /// ignores it.
  bool has_element = true;
};

/// The children of an item (RSS <item>, Atom <entry>), for Item::order.
enum class ItemElement : std::uint8_t {
  title,
  link,
  links,
  description,
  content,
  author,
  authors,
  contributors,
  categories,
  comments,
  enclosures,
  guid,
  pub_date,
  updated,
  source,
  rights,
  extension,
  dc_title,
  dc_description,
  dc_creator,
  dc_contributor,
  dc_subject,
  dc_date,
  dc_rights,
  dcterms_issued,
  dcterms_modified,
  /// Not a child: the item stood beside the channel, after </channel> under <rss>, as broken
  /// RSS 2.0 feeds put some. When the feed is written as read, RssWriter closes the channel
  /// before the first such item and writes it, and every item after it, there again.
  beside_channel,
  itunes,            ///< the next element of Item::itunes, in its own order
  podcast,           ///< the next element of Item::podcast, in its own order
  media,             ///< the next element of Item::media, in its own order
  dublin_core,       ///< the next element of Item::dublin_core, in its own order
  slash,             ///< the next element of Item::slash, in its own order
  wfw,               ///< the next element of Item::wfw, in its own order
  threading,         ///< the next element of Item::threading, in its own order
  geo,               ///< the next element of Item::geo, in its own order
  chapters,          ///< the next element of Item::chapters, in its own order
  creative_commons,  ///< the next element of Item::creative_commons, in its own order
  feedburner,        ///< the next element of Item::feedburner, in its own order
};

/// An item: RSS <item>, Atom <entry>.
struct Item {
  Text title{};               ///< RSS and Atom <title>, <dc:title>
  std::string link{};         ///< RSS <link>
  std::vector<Link> links{};  ///< Atom <link>; <atom:link> in RSS
  Text description{};         ///< RSS <description>, Atom <summary>, <dc:description>
  // Default-initialised, as Feed::channel: `{}` zeroes an aggregate before constructing it.
  Content content;                      ///< <content:encoded>, Atom <content>
  std::string author{};                 ///< RSS <author>: an e-mail address, often with a name
  std::vector<Person> authors{};        ///< Atom <author>, <dc:creator>
  std::vector<Person> contributors{};   ///< Atom <contributor>, <dc:contributor>
  std::vector<Category> categories{};   ///< RSS and Atom <category>, <dc:subject>
  std::string comments{};               ///< RSS <comments>: URL of the comments page
  std::vector<Enclosure> enclosures{};  ///< RSS <enclosure> (Atom's are links with rel="enclosure")
  Guid guid{};                          ///< RSS <guid>, Atom <id>
  Date pub_date{};                      ///< RSS <pubDate>, Atom <published>, <dcterms:issued>
  Date updated{};                       ///< Atom <updated>, <dc:date>, <dcterms:modified>
  Boxed<Source> source{};               ///< RSS and Atom <source> (boxed: few items have one)
  Text rights{};                        ///< Atom <rights>, <dc:rights>
  std::optional<std::string> lang{};    ///< xml:lang on <item> or <entry>
  std::string base{};                   ///< xml:base on <item> or <entry>
  Boxed<ItunesItem> itunes{};           ///< iTunes tags (ext/itunes.hpp)
  Boxed<PodcastItem> podcast{};         ///< Podcasting 2.0 tags (ext/podcast.hpp)
  Boxed<MediaItem> media{};             ///< Media RSS elements (ext/media.hpp)
  Boxed<DublinCore>
      dublin_core{};  ///< Dublin Core elements the fields above do not hold (ext/dublin_core.hpp)
  Boxed<Slash> slash{};          ///< Slash elements (ext/slash.hpp)
  Boxed<WellFormedWeb> wfw{};    ///< comment API links (wfw:) (ext/wfw.hpp)
  Boxed<Threading> threading{};  ///< threading (thr:, RFC 4685) (ext/threading.hpp)
  Boxed<Geo> geo{};              ///< location (GeoRSS, GML, W3C geo) (ext/georss.hpp)
  Boxed<Chapters> chapters{};    ///< Podlove Simple Chapters (ext/psc.hpp)
  Boxed<CreativeCommons>
      creative_commons{};               ///< Creative Commons licenses (ext/creative_commons.hpp)
  Boxed<Feedburner> feedburner{};       ///< FeedBurner elements (ext/feedburner.hpp)
  Boxed<JsonFeedItem> json_feed{};      ///< JSON Feed members the fields above do not hold
  std::vector<Extension> extensions{};  ///< children the model does not name, in order
  /// Attributes of the item element and its children that no field holds (KeptAttribute).
  std::vector<KeptAttribute<ItemElement>> attributes{};
  ElementOrder<ItemElement> order{};  ///< document order of the children (see ElementOrder)
};

/// A whole feed: the channel, its items, and what the parser found out about the document.
struct Feed {
  Format format = Format::unknown;      ///< the format the document was in; writers ignore it
  std::vector<Attribute> attributes{};  ///< attributes of the root element the model does not name
  /// The namespaces the root element declared for a vocabulary feedpp types under another URI
  /// than the one it writes (Apple's `.../DTDs/Podcast-1.0.dtd`, Media RSS without its final
  /// slash), the first of each vocabulary. write_rss() and write_atom() write the vocabulary
  /// in that URI, so a round trip keeps it. With the prefix "", an entry of RSS or of no
  /// vocabulary is the namespace the <rss> root was in (Userland's
  /// `http://backend.userland.com/rss2`, a made-up one), whose elements read as RSS's:
  /// write_rss() writes RSS's elements in it again. Like the element order, it is
  /// presentation: == ignores it.
  std::vector<Namespace> namespaces{};
  /// The element names the document spelled in another letter case than their vocabulary (see
  /// Spelling), the first 64 entries. A name spelled several ways has an entry for each, up to
  /// four, its vocabulary's spelling among them: the first is the default, and an ElementOrder
  /// entry says which its element had (ElementOrder::spelling()). write_rss() and write_atom()
  /// spell each element so again when they write the feed in the format it was read in; an
  /// element the order does not place takes its name's default. Presentation: == ignores it.
  std::vector<Spelling> spellings{};
  Channel channel;
  std::vector<Item> items{};
  /// Elements beside the channel under an RSS or RDF root that the model does not name (RSS 2.0's
  /// <redirect>, say); RssWriter::end() writes them after </channel>. Atom keeps its own in
  /// Channel::extensions, the <feed> being the channel.
  std::vector<Extension> extensions{};
  /// Elements under an RSS root before its <channel> that the model does not name (Bloglines'
  /// <access:restriction>); RssWriter::begin() writes them there again. (In a document without
  /// a channel, all are in `extensions`.)
  std::vector<Extension> extensions_before_channel{};
};

FEEDPP_API bool operator==(const Text& a, const Text& b) noexcept;
FEEDPP_API bool operator==(const Content& a, const Content& b) noexcept;
FEEDPP_API bool operator==(const Link& a, const Link& b) noexcept;
FEEDPP_API bool operator==(const Person& a, const Person& b) noexcept;
FEEDPP_API bool operator==(const Category& a, const Category& b) noexcept;
FEEDPP_API bool operator==(const Enclosure& a, const Enclosure& b) noexcept;
FEEDPP_API bool operator==(const Guid& a, const Guid& b) noexcept;
FEEDPP_API bool operator==(const Image& a, const Image& b) noexcept;
FEEDPP_API bool operator==(const Cloud& a, const Cloud& b) noexcept;
FEEDPP_API bool operator==(const TextInput& a, const TextInput& b) noexcept;
FEEDPP_API bool operator==(const Source& a, const Source& b) noexcept;
FEEDPP_API bool operator==(const Generator& a, const Generator& b) noexcept;
FEEDPP_API bool operator==(const Channel& a, const Channel& b) noexcept;
FEEDPP_API bool operator==(const Item& a, const Item& b) noexcept;
FEEDPP_API bool operator==(const Feed& a, const Feed& b) noexcept;

inline bool operator!=(const Text& a, const Text& b) noexcept { return !(a == b); }
inline bool operator!=(const Content& a, const Content& b) noexcept { return !(a == b); }
inline bool operator!=(const Link& a, const Link& b) noexcept { return !(a == b); }
inline bool operator!=(const Person& a, const Person& b) noexcept { return !(a == b); }
inline bool operator!=(const Category& a, const Category& b) noexcept { return !(a == b); }
inline bool operator!=(const Enclosure& a, const Enclosure& b) noexcept { return !(a == b); }
inline bool operator!=(const Guid& a, const Guid& b) noexcept { return !(a == b); }
inline bool operator!=(const Image& a, const Image& b) noexcept { return !(a == b); }
inline bool operator!=(const Cloud& a, const Cloud& b) noexcept { return !(a == b); }
inline bool operator!=(const TextInput& a, const TextInput& b) noexcept { return !(a == b); }
inline bool operator!=(const Source& a, const Source& b) noexcept { return !(a == b); }
inline bool operator!=(const Generator& a, const Generator& b) noexcept { return !(a == b); }
inline bool operator!=(const Channel& a, const Channel& b) noexcept { return !(a == b); }
inline bool operator!=(const Item& a, const Item& b) noexcept { return !(a == b); }
inline bool operator!=(const Feed& a, const Feed& b) noexcept { return !(a == b); }

/// Splits an RSS <author>, <managingEditor> or <webMaster> value into a person:
/// "jo@example.com (Jo Doe)", "Jo Doe <jo@example.com>", "Jo Doe (jo@example.com)", a bare
/// address (email only) or anything else (name only, trimmed). Never fails.
[[nodiscard]] FEEDPP_API Person parse_person(std::string_view text);

/// Formats a person as RSS 2.0 writes an author: "jo@example.com (Jo Doe)", or the address or the
/// name alone when the other is empty.
[[nodiscard]] FEEDPP_API std::string format_person(const Person& person);

/// Returns the first link whose rel is `rel` ("" or "alternate" both match "alternate"), or null.
[[nodiscard]] FEEDPP_API const Link* find_link(const std::vector<Link>& links,
                                               std::string_view rel) noexcept;

}  // namespace feedpp

#endif  // FEEDPP_MODEL_HPP
