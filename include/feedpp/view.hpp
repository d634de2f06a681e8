// SPDX-License-Identifier: MIT
// The reader's view of a parsed feed: what a feed reader shows, the same whatever the format and
// the vocabularies the feed was written in. The model (model.hpp) keeps the document as written;
// view() reads it the way a reader means it: one title, one link, the authors from wherever the
// feed named them, dates that could be read ahead of those that could not, URLs made absolute
// against xml:base and the document's URL, the language and base in scope on every text.
//
// Each field below says where its value comes from and which source wins when several are there.
// A view owns its data (strings, never views into the feed); computing one copies what it shows.
// All functions are thread-safe on distinct arguments and never throw but std::bad_alloc.
#ifndef FEEDPP_VIEW_HPP
#define FEEDPP_VIEW_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/model.hpp"

namespace feedpp {

/// What view() needs to know beyond the feed.
///
/// | option | default | meaning |
/// |---|---|---|
/// | `document_url` | "" | where the feed came from: the base of relative URLs outside any xml:base
/// | | `content_language` | "" | HTTP Content-Language: the language when the feed names none | |
/// `exact_itunes_flags` | false | read itunes:block and itunes:explicit only as Apple spells them
/// (lower case, no white space), as Python's feedparser does; otherwise in any case |
struct ViewOptions {
  std::string document_url{};
  std::string content_language{};
  bool exact_itunes_flags = false;
};

/// A text as a reader shows it.
struct TextView {
  /// The text: plain for text/plain; for HTML and XHTML the markup, re-serialized with its URLs
  /// resolved (XHTML without Atom's wrapping div); base64 content decoded.
  std::string value{};
  /// A MIME type: text/plain, text/html, application/xhtml+xml (Atom's text, html and xhtml), or
  /// another one for Atom content of that type.
  std::string type{};
  std::optional<std::string> language{};  ///< xml:lang in scope, else HTTP's; none when neither
  std::string base{};  ///< xml:base in scope (resolved), else the document URL; "" when neither
  std::string src{};   ///< content only: where the content is, when it is not inline (resolved)
};

/// A person: Atom's author and contributor, and RSS's one-string forms split into name and e-mail.
struct PersonView {
  std::string name{};
  std::string email{};
  std::string uri{};  ///< resolved
};

/// A link, with the defaults a reader assumes.
struct LinkView {
  std::string href{};  ///< resolved
  std::string rel{};   ///< "alternate" when the feed says none
  std::string type{};  ///< as written; "" for a license link
  std::string title{};
  std::string hreflang{};
  std::string length{};  ///< bytes, as written
};

/// A category or tag.
struct CategoryView {
  std::string term{};
  std::string scheme{};  ///< RSS domain, Atom scheme, the vocabulary's scheme URI
  std::string label{};
};

/// An image: RSS <image>, or the artwork a vocabulary names.
struct ImageView {
  std::string url{};  ///< resolved
  std::string title{};
  std::string link{};
  std::string width{};   ///< pixels, as written
  std::string height{};  ///< pixels, as written
  std::string description{};
};

/// A media file attached to an item.
struct EnclosureView {
  std::string url{};  ///< resolved
  std::string type{};
  std::optional<std::int64_t> length{};  ///< bytes, when the feed says it as a number
};

/// A geometry in GeoJSON's terms: positions are longitude, latitude[, height].
struct GeoView {
  enum class Type : std::uint8_t { none, point, line_string, polygon, box };
  /// `none` when the feed names a place whose coordinates cannot be read.
  Type type = Type::none;
  /// A point's one position, a line's or a box's positions (the box's two corners), or a
  /// polygon's ring.
  std::vector<std::vector<double>> positions{};
};

/// One Podlove chapter.
struct ChapterView {
  std::string start{};                     ///< as written: "00:03:07.250"
  std::optional<std::int64_t> start_ms{};  ///< the start in milliseconds, when it can be read
  std::string title{};
  std::string href{};
  std::string image{};
};

/// Podlove Simple Chapters: the first psc:chapters of an item.
struct ChaptersView {
  std::string version{};
  std::vector<ChapterView> chapters{};
};

/// What Media RSS says of an item, from the item and its groups (the first of each one).
struct MediaView {
  std::vector<MediaCredit> credits{};
  std::optional<MediaRestriction> restriction{};
  std::optional<MediaLicense> license{};
  std::optional<MediaRating> rating{};
  std::optional<MediaPlayer> player{};
  std::vector<MediaThumbnail> thumbnails{};
  std::vector<MediaContent> contents{};
  [[nodiscard]] bool empty() const noexcept {
    return credits.empty() && !restriction && !license && !rating && !player &&
           thumbnails.empty() && contents.empty();
  }
};

/// Where an entry came from: RSS <source url>, Atom <source>.
struct SourceView {
  std::optional<TextView> title{};
  std::optional<TextView> subtitle{};
  std::optional<TextView> rights{};
  std::string url{};  ///< the url attribute of RSS source, resolved
  std::string id{};
  std::vector<LinkView> links{};
  Date updated{};
  std::vector<PersonView> authors{};
  std::vector<PersonView> contributors{};
  std::vector<CategoryView> categories{};
  std::optional<Generator> generator{};
  std::string icon{};
  std::string logo{};
};

/// iTunes flags as a reader uses them.
struct ItunesView {
  std::optional<bool> block{};  ///< itunes:block: yes or true (see ViewOptions for the case)
  /// itunes:explicit: true for yes/true/explicit, false for no/false/clean, nothing when the
  /// element is there but unreadable (has_explicit says whether it is there).
  std::optional<bool> explicit_content{};
  bool has_explicit = false;
  std::string duration{};  ///< itunes:duration, as written (items)
};

/// The channel as a reader shows it.
struct ChannelView {
  /// title: RSS or Atom title (also dc:title).
  std::optional<TextView> title{};
  /// subtitle: RSS description or Atom subtitle, else itunes:subtitle, else dc:description.
  std::optional<TextView> subtitle{};
  /// summary: itunes:summary.
  std::optional<TextView> summary{};
  /// rights: RSS copyright, Atom rights, dc:rights.
  std::optional<TextView> rights{};
  /// info: Atom 0.3 info, else feedburner:browserFriendly.
  std::optional<TextView> info{};
  /// link: RSS link (resolved); "" when there is none (see links for Atom's).
  std::string link{};
  /// links, in document order: RSS link (rel alternate, type text/html), Atom links.
  std::vector<LinkView> links{};
  std::string id{};  ///< Atom id, RSS 1.0 rdf:about, atom:id in RSS (resolved)
  /// language: RSS language or dc:language, else the channel's xml:lang, else the root's, else
  /// HTTP's Content-Language.
  std::string language{};
  /// updated: RSS lastBuildDate, Atom updated, dc:date, dcterms:modified.
  Date updated{};
  /// published: RSS pubDate, dcterms:issued.
  Date published{};
  Date created{};         ///< dcterms:created
  Date validity_start{};  ///< dcterms:valid start=...
  Date validity_end{};    ///< dcterms:valid end=...
  /// authors: Atom authors and dc:creator, then RSS managingEditor, RSS 0.9x author, dc:author,
  /// itunes:author.
  std::vector<PersonView> authors{};
  std::vector<PersonView> contributors{};
  /// publisher: itunes:owner, else dc:publisher, else RSS webMaster.
  std::optional<PersonView> publisher{};
  /// categories: RSS and Atom categories and dc:subject, then itunes:category (each nested
  /// one too) and itunes:keywords (scheme http://www.itunes.com/), then media:category; each
  /// term and scheme once.
  std::vector<CategoryView> categories{};
  std::optional<Generator> generator{};
  /// image: RSS image, else itunes:image.
  std::optional<ImageView> image{};
  std::string icon{};  ///< Atom icon (resolved)
  std::string logo{};  ///< Atom logo (resolved)
  std::string docs{};
  std::string ttl{};
  std::optional<Cloud> cloud{};
  std::optional<TextInput> text_input{};
  /// new_feed_url: itunes:new-feed-url, else RSS 2.0's redirect/newLocation (resolved).
  std::string new_feed_url{};
  ItunesView itunes{};
  /// elements: every child beyond RSS's and Atom's own vocabularies, in document order, as
  /// trees: the typed vocabularies' (also when a field above folds them) and unknown ones. What
  /// feedparser lists as prefix_name keys.
  std::vector<Extension> elements{};
};

/// An item as a reader shows it.
struct ItemView {
  /// title: RSS or Atom title, dc:title, else media:title (the item's, else its group's).
  std::optional<TextView> title{};
  /// link: RSS link, else the first alternate link (resolved).
  std::string link{};
  /// links, in document order: RSS link, Atom links, enclosures (rel enclosure), then licenses
  /// (cc:license, creativeCommons:license; rel license).
  std::vector<LinkView> links{};
  /// enclosures: RSS enclosures and Atom rel="enclosure" links in document order, else
  /// media:content (the item's and its groups').
  std::vector<EnclosureView> enclosures{};
  std::string id{};  ///< RSS guid, Atom id, RDF rdf:about (resolved when it is a permalink URL)
  /// guid_is_permalink: RSS 2.0 guid isPermaLink (default true); false for other formats.
  std::optional<bool> guid_is_permalink{};
  /// summary: RSS description, Atom summary, dc:description (RSS with a <summary> beside its
  /// description: that summary, the description then being content), else itunes:summary, else
  /// media:description, else the first content.
  std::optional<TextView> summary{};
  /// content: Atom content or content:encoded, then xhtml:body and fullitem.
  std::vector<TextView> content{};
  /// authors: RSS author, Atom authors and dc:creator, dc:author, itunes:author.
  std::vector<PersonView> authors{};
  std::vector<PersonView> contributors{};
  std::optional<PersonView> publisher{};  ///< dc:publisher
  /// categories: as the channel's.
  std::vector<CategoryView> categories{};
  /// published: RSS pubDate, Atom published, dcterms:issued. updated: Atom updated, dc:date,
  /// dcterms:modified.
  Date published{};
  Date updated{};
  Date created{};  ///< dcterms:created, Atom 0.3 created
  Date expired{};  ///< RSS 0.93 expirationDate
  Date validity_start{};
  Date validity_end{};
  std::optional<TextView> rights{};  ///< Atom rights, dc:rights
  std::string language{};            ///< dc:language
  std::string comments{};            ///< RSS comments (resolved)
  std::string wfw_comment{};         ///< wfw:comment (resolved)
  std::string wfw_comment_rss{};     ///< wfw:commentRss (resolved)
  std::optional<SourceView> source{};
  ItunesView itunes{};
  std::optional<ImageView> image{};    ///< itunes:image
  std::optional<TextView> subtitle{};  ///< itunes:subtitle
  MediaView media{};
  std::optional<GeoView> where{};  ///< GeoRSS simple, GeoRSS GML, GML, W3C geo: the first
  std::optional<ChaptersView> chapters{};
  /// elements: as the channel's.
  std::vector<Extension> elements{};
};

/// A whole feed as a reader shows it.
struct FeedView {
  ChannelView channel{};
  std::vector<ItemView> items{};
};

/// Returns the reader's view of `feed`'s channel.
[[nodiscard]] FEEDPP_API ChannelView view_channel(const Feed& feed,
                                                  const ViewOptions& options = {});

/// Returns the reader's view of `item`, an item of `feed` (its channel gives the language and
/// base in scope).
[[nodiscard]] FEEDPP_API ItemView view_item(const Feed& feed, const Item& item,
                                            const ViewOptions& options = {});

/// Returns the reader's view of `feed`: its channel and every item.
[[nodiscard]] FEEDPP_API FeedView view(const Feed& feed, const ViewOptions& options = {});

/// Returns the channel's self-reference (the <atom:link rel="self"> of RSS, the <link rel="self">
/// of Atom): where the feed itself can be fetched. Null when there is none.
[[nodiscard]] FEEDPP_API const Link* self_link(const Channel& channel) noexcept;

/// Returns the URL of the web page a channel stands for, whatever the format: RSS <link>, else
/// the first alternate link. "" when there is none.
[[nodiscard]] FEEDPP_API std::string_view alternate_link(const Channel& channel) noexcept;

/// Returns the URL of the web page an item stands for, whatever the format: RSS <link>, else the
/// first alternate link, else an RSS guid that is a permalink. "" when there is none.
[[nodiscard]] FEEDPP_API std::string_view alternate_link(const Item& item) noexcept;

/// Returns the item's date, whatever the format: pub_date (RSS pubDate, Atom published), else
/// updated; a date that could be read comes before one that could not (whose text is all there
/// is). Null when the item has neither.
[[nodiscard]] FEEDPP_API const Date* item_date(const Item& item) noexcept;

/// Rewrites the URLs of `feed` as a reader needs them: each relative URL (links, enclosures,
/// images, ids that are URLs, person URIs, comments, source URLs, and the href/src attributes in
/// HTML and XHTML text) is resolved per RFC 3986 against the xml:base in scope where it was
/// written, itself resolved against `document_url`. An xml:base with a script scheme
/// (javascript:, vbscript:, data:) is ignored. Absolute URLs are left alone.
FEEDPP_API void resolve_urls(Feed& feed, std::string_view document_url);

}  // namespace feedpp

#endif  // FEEDPP_VIEW_HPP
