// SPDX-License-Identifier: MIT
// What RssWriter and AtomWriter share: their state machine and sticky status, dates written
// verbatim when they can be, HTML payloads, and the presence rules for required elements.
//
// Stage write/: the model into XML. May include base/, date/, model/ and the public headers;
// never read/ (what both need is in base/ or model/).
#ifndef FEEDPP_SRC_WRITE_FEED_WRITER_HPP
#define FEEDPP_SRC_WRITE_FEED_WRITER_HPP

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "base/ascii.hpp"
#include "base/vocabulary.hpp"
#include "date/datetime_format.hpp"
#include "feedpp/model.hpp"
#include "feedpp/rss_writer.hpp"
#include "feedpp/write_options.hpp"
#include "feedpp/xml_writer.hpp"
#include "model/fields.hpp"
#include "write/extension_writer.hpp"
#include "write/ordered_writer.hpp"
#include "write/xhtml_writer.hpp"

namespace feedpp::detail {

enum class DateStyle { rfc822, rfc3339 };

// Writes xml:lang and xml:base on the element just opened.
inline void write_lang_and_base(XmlWriter& xml, const std::optional<std::string>& lang,
                                std::string_view base) {
  if (lang) xml.attribute("lang", *lang, ns::kXml, "xml");
  if (!base.empty()) xml.attribute("base", base, ns::kXml, "xml");
}

// Whether `n` names the namespace to write RSS's own elements in (Feed::namespaces): the
// default namespace, with RSS's URI or one of no vocabulary feedpp types.
inline bool is_rss_root_namespace(const Namespace& n) noexcept {
  const Vocabulary v = vocabulary_of(n.uri);
  return n.prefix.empty() && (v == Vocabulary::rss || v == Vocabulary::other);
}

// Returns true when an attribute the format requires, whose value is `value`, is to be written:
// when it has a value, or when the writer checks what it writes (not allow_missing). Written as
// read, an element read without it stays without (or with the empty one kept as read).
inline bool writes_required(std::string_view value, const WriteOptions& options) noexcept {
  return !value.empty() || !options.allow_missing;
}

// The part of a channel's order written before the items (`before`: begin()) or after them:
// written as read, a channel whose elements followed its items (ChannelElement::items in its
// order) is split there; otherwise all of it comes before the items (Atom wants its metadata
// before the entries, and a program's channel has no such place).
inline OrderedPart channel_part(const Channel& channel, const WriteOptions& options, bool before) {
  std::size_t at = channel.order.size();
  if (options.allow_missing) {
    for (std::size_t i = 0; i < channel.order.size(); ++i) {
      if (channel.order[i] == ChannelElement::items) {
        at = i;
        break;
      }
    }
  }
  if (before) return {0, at, true};
  return {at == channel.order.size() ? at : at + 1, channel.order.size(), false};
}

// Returns true when a link's text is written: as read, the only way it is ever written.
inline bool writes_text(const Link& link, const WriteOptions& options) noexcept {
  return options.allow_missing && !link.text.empty();
}

// writes_required() for a link's href, but never twice: an href="" read is among
// Link::attributes, and an href read from the element's text is written there (writes_text()).
inline bool writes_href(const Link& link, const WriteOptions& options) noexcept {
  if (!writes_required(link.href, options)) return false;
  if (!link.href.empty()) return !writes_text(link, options) || trim(link.text) != link.href;
  for (const Attribute& a : link.attributes) {
    if (a.name == "href" && a.ns.empty()) return false;
  }
  return true;
}

// Writes attribute `name` of typed value `value` on the open element: in the text the document
// gave it (a kept attribute queued for the element, spelled_otherwise()) while that text still
// means `value` (still_means()), so that a feed is written as read.
inline void typed_attribute(XmlWriter& xml, std::string_view name, std::string_view value) {
  const std::optional<std::string_view> read = xml.queued_attribute(name);
  xml.attribute(name, read && still_means(name, *read, value) ? *read : value);
}

// Writes `link` as an Atom <link> with `prefix` ("" for the default namespace), href first or
// after rel and type; the attributes it kept follow the typed ones, an href as read
// (typed_attribute()), and its text where it is written as read (writes_text()).
inline void write_link(XmlWriter& xml, const Link& link, const WriteOptions& options,
                       std::string_view prefix, bool href_first) {
  for (const Attribute& a : link.attributes) xml.queue_attribute(a.name, a.value, a.ns, a.prefix);
  xml.start_element("link", ns::kAtom, prefix);
  const bool href = writes_href(link, options);
  if (href && href_first) typed_attribute(xml, "href", link.href);
  if (!link.rel.empty()) xml.attribute("rel", link.rel);
  if (!link.type.empty()) xml.attribute("type", link.type);
  if (href && !href_first) typed_attribute(xml, "href", link.href);
  if (!link.hreflang.empty()) xml.attribute("hreflang", link.hreflang);
  if (!link.title.empty()) xml.attribute("title", link.title);
  if (!link.length.empty()) xml.attribute("length", link.length);
  if (writes_text(link, options)) xml.text(link.text);
  xml.end_element();
}

// Whether `p` is a name alone: all that <dc:creator>, <dc:contributor> and a person written as
// its text hold, so the forms writers choose for such a person alone.
inline bool name_only(const Person& p) noexcept {
  return p.email.empty() && p.uri.empty() && p.extensions.empty();
}

// Whether a person read as its name alone (PersonElement::text) is written so again: only as
// read, and while it has nothing else, for a name beside an element child would not read back.
inline bool name_as_text(const Person& p, const WriteOptions& options) noexcept {
  return options.allow_missing && name_only(p);
}

// The name of a person's uri element: <url> where the document read so named it, written as
// read; <uri>, as RFC 4287 §3.2.2 names it, otherwise.
inline std::string_view uri_name(PersonElement form, const WriteOptions& options) noexcept {
  return form == PersonElement::url && options.allow_missing ? "url" : "uri";
}

// Queues for the element written next the KeptAttributes of value `index` of `field` (with
// `own`, those of the channel or item element itself), and drops at the end of its scope what
// no element took (a value the writer leaves out).
class KeptAttributesScope {
 public:
  template <class E>
  KeptAttributesScope(XmlWriter& xml, const WriteOptions& options,
                      const std::vector<KeptAttribute<E>>& kept, bool own, E field,
                      std::size_t index)
      : xml_(xml) {
    if (!options.kept_attributes) return;
    for (const KeptAttribute<E>& k : kept) {
      if (k.own == own && (own || (k.field == field && k.index == index))) {
        xml.queue_attribute(k.attribute.name, k.attribute.value, k.attribute.ns,
                            k.attribute.prefix);
      }
    }
  }
  KeptAttributesScope(const KeptAttributesScope&) = delete;
  KeptAttributesScope& operator=(const KeptAttributesScope&) = delete;
  ~KeptAttributesScope() { xml_.cancel_queued_attributes(); }

 private:
  XmlWriter& xml_;
};

// The common core of a feed writer: an XmlWriter, the options, and the sticky status.
class FeedWriterBase {
 public:
  FeedWriterBase(Sink& sink, WriteOptions options)
      : xml_(sink, options.xml), options_(std::move(options)) {}

  [[nodiscard]] const Status& status() const noexcept { return status_; }
  [[nodiscard]] XmlWriter& xml() noexcept { return xml_; }
  [[nodiscard]] const WriteOptions& options() const noexcept { return options_; }
  [[nodiscard]] bool ok() const noexcept { return status_.ok(); }

  void fail(ErrorCode code, std::string message) {
    if (status_.ok()) status_ = Status(code, std::move(message));
  }
  // Writes each vocabulary in the URI the options declare for it, when that is one of its
  // variants (vocabulary.cpp) rather than the one feedpp writes, and names as they spell them.
  // The format's own vocabulary (`own`: Atom's for the Atom writer) is always written in its
  // URI: a variant there would make the document another format's, or none. RSS, which is in
  // no namespace, is the exception: a root read in one is written in it again (Feed::namespaces).
  void alias_vocabularies(Vocabulary own) {
    for (const Namespace& n : options_.namespaces) {
      const Vocabulary v = vocabulary_of(n.uri);
      if (own == Vocabulary::rss && is_rss_root_namespace(n)) {
        xml_.alias_namespace({}, n.uri);
        continue;
      }
      if (v == own) continue;
      const std::string_view written = namespace_of(v);
      if (!written.empty() && written != n.uri) xml_.alias_namespace(written, n.uri);
    }
    for (const Spelling& s : options_.spellings) xml_.alias_name(s.ns, s.name, s.written);
  }

  // Takes over the XmlWriter's error, if it has one.
  void sync() {
    if (status_.ok() && !xml_.status().ok()) status_ = xml_.status();
  }

  enum class State { initial, open, ended };
  // Checks that a call is allowed in the current state; records writer_misuse otherwise.
  bool expect(State state, const char* what) {
    if (!ok()) return false;
    if (state_ != state) {
      fail(ErrorCode::writer_misuse, std::string(what));
      return false;
    }
    return true;
  }

  Status finish_document() {
    if (state_ == State::initial) {
      fail(ErrorCode::writer_misuse, "end() before begin()");
    } else if (state_ == State::open) {
      state_ = State::ended;
      if (ok()) xml_.end_element();  // the root; a channel element, if any, the caller closed
      const Status flushed = xml_.finish();
      if (ok() && !flushed.ok()) status_ = flushed;
    }
    return status_;
  }

  void write_html(std::string_view value) {
    if (options_.html_as_cdata) {
      xml_.cdata(value);
    } else {
      xml_.text(value);
    }
  }

  // Writes `value`, the content of the open element, of kind `kind`, laid out as the document it
  // was read from did (`layout`) when the feed is written as read and the reader would read it
  // back so: markup whose text is plain (has_plain_text()), but Atom's XHTML, which is markup
  // whatever its text and must not look like its div (reads_without_div()); HTML in a div in Atom
  // only (`atom`: the Atom writer's); never content of another media type, which Atom 1.0 reads as
  // its text (or as XML, written apart). Unprefixed elements take `ns`, the open element's default.
  // Returns false when it wrote nothing: the caller writes the value as its type says.
  bool write_laid_out(std::string_view value, Layout layout, TextKind kind, std::string_view ns,
                      bool atom) {
    if (layout == Layout::as_typed || !options_.allow_missing || kind == TextKind::other) {
      return false;
    }
    if (layout == Layout::in_div) {
      if (!atom || kind != TextKind::html) return false;
      xml_.start_element("div", ns::kXhtml);
      write_html(value);
      xml_.end_element();
      return true;
    }
    XhtmlFragment fragment;
    if (!fragment.parse(value)) return false;
    if (atom && kind == TextKind::xhtml ? !fragment.reads_without_div()
                                        : !fragment.has_plain_text()) {
      return false;
    }
    xml_.mixed_content();
    fragment.write_nodes(xml_, ns);
    return true;
  }

  // Writes a date element: its text when that still reads as its value in `style` (so "GMT"
  // stays "GMT"), its value formatted otherwise, its text alone when it has no value.
  void date_element(std::string_view name, const Date& date, DateStyle style,
                    std::string_view ns = {}, std::string_view prefix = {}) {
    if (date.value && !date.value->ok()) {
      fail(ErrorCode::date_out_of_range,
           std::string("<") + std::string(name) + "> holds a date that cannot be written");
      return;
    }
    xml_.start_element(name, ns, prefix);
    if (!date.value) {
      xml_.text(date.text);
    } else if (!date.text.empty() &&
               (reads_as(date.text, *date.value, style) || parse_date(date.text) == date.value)) {
      // As read: a date in another syntax the readers accept stays as the feed wrote it.
      xml_.text(date.text);
    } else {
      char buf[kRfc822Size > kRfc3339Size ? kRfc822Size : kRfc3339Size];
      const std::size_t n = style == DateStyle::rfc822 ? format_rfc822(*date.value, buf)
                                                       : format_rfc3339(*date.value, buf);
      xml_.text(std::string_view(buf, n));
    }
    xml_.end_element();
  }

  // True when `text` is in `style`'s syntax and says `value`. A wrong weekday is the source's
  // business, not a reason to rewrite its date: the weekday is left out of the comparison.
  static bool reads_as(std::string_view text, const DateTime& value, DateStyle style) {
    if (style == DateStyle::rfc3339) {
      const std::optional<DateTime> parsed = parse_rfc3339(text);
      return parsed && *parsed == value;
    }
    std::string_view rest = text;
    const auto comma = rest.find(',');
    if (comma != std::string_view::npos && comma < 16) {
      bool day_name = true;
      for (std::size_t i = 0; i < comma; ++i) {
        const char c = rest[i];
        day_name &= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '\t' ||
                    c == '\n' || c == '\r';
      }
      if (day_name) rest.remove_prefix(comma + 1);
    }
    const std::optional<DateTime> parsed = parse_rfc822(rest);
    return parsed && *parsed == value;
  }

 protected:
  XmlWriter xml_;
  WriteOptions options_;
  Status status_;
  State state_ = State::initial;
};

template <class Writer>
Status end_with(Writer& writer, const Feed& feed) {
  // Atom has no place beside its <feed>: convert() moves what stood beside an RSS channel into
  // it, and a feed written as Atom unconverted is written without them, as the Atom it reads.
  if constexpr (std::is_same_v<Writer, RssWriter>) {
    return writer.end(feed.extensions);
  } else {
    return writer.end();
  }
}

// The options to write `feed` with (its channel and the items it holds; a streamed feed's head
// has none yet): `options` with every namespace they use declared for the root, as
// `add_namespaces(set, channel_or_item)` says. `as_read` says the feed was read in the writer's
// format, `own` is that format's vocabulary.
template <class AddNamespaces>
WriteOptions feed_write_options(const Feed& feed, const WriteOptions& options, bool as_read,
                                Vocabulary own, AddNamespaces add_namespaces) {
  NamespaceSet namespaces;
  for (const Namespace& n : options.namespaces) namespaces.add(n.prefix, n.uri);
  // The document's own declarations, but not its default namespace: that is the format's.
  // (A variant of the format's own namespace is not written: see alias_vocabularies().)
  for (const Namespace& n : feed.namespaces) {
    if (!n.prefix.empty() && vocabulary_of(n.uri) != own) namespaces.add(n.prefix, n.uri);
  }
  add_namespaces(namespaces, feed.channel);
  add_namespaces(namespaces, feed);
  for (const Item& item : feed.items) add_namespaces(namespaces, item);
  WriteOptions with_namespaces = options;
  with_namespaces.namespaces = namespaces.list();
  if (own == Vocabulary::rss) {
    // The namespace RSS's elements are written in, which is declared where they stand.
    for (const auto* list : {&options.namespaces, &feed.namespaces}) {
      const auto n = std::find_if(list->begin(), list->end(), is_rss_root_namespace);
      if (n != list->end()) {
        with_namespaces.namespaces.push_back(*n);
        break;
      }
    }
  }
  // A feed read in this format is written as read: what the format requires is checked only in
  // what a program builds (and convert() fills it in for a feed read in another format).
  with_namespaces.allow_missing |= as_read;
  // Attributes kept from a document in the other family belong to its elements, not these.
  if (!as_read && feed.format != Format::unknown) with_namespaces.kept_attributes = false;
  // Names as the document spelled them, in the document's own format only: in the other, the
  // same names mean other elements.
  if (as_read) {
    with_namespaces.spellings.insert(with_namespaces.spellings.end(), feed.spellings.begin(),
                                     feed.spellings.end());
  }
  return with_namespaces;
}

// Writes a whole feed with `Writer` (RssWriter or AtomWriter), `options` from
// feed_write_options().
template <class Writer>
Status write_feed(const Feed& feed, Sink& sink, WriteOptions options) {
  Writer writer(sink, std::move(options));
  if constexpr (std::is_same_v<Writer, RssWriter>) {
    writer.begin(feed.channel, feed.attributes, feed.extensions_before_channel);
  } else {
    writer.begin(feed.channel, feed.attributes);
  }
  for (const Item& item : feed.items) {
    // The channel's last elements go before an item that stood after it (RssWriter::add());
    // in Atom, whose entries stand in the feed, after the last entry as ever.
    if constexpr (std::is_same_v<Writer, RssWriter>) {
      if (item.order.contains(ItemElement::beside_channel)) writer.after_items(feed.channel);
    }
    if (!writer.add(item).ok()) break;
  }
  writer.after_items(feed.channel);
  return end_with(writer, feed);
}

// About the size of `feed` written out, a little more for markup and escaping: to reserve a
// string once, instead of growing a document of many megabytes by copying it again and again.
inline std::size_t estimated_size(const Feed& feed) {
  const auto text = [](const std::string& s) { return s.size() + s.size() / 8; };
  std::size_t n = 4096;
  for (const Item& item : feed.items) {
    n += 256 + text(item.title.value) + text(item.description.value) + text(item.content.value) +
         item.link.size() + item.guid.value.size();
  }
  return n;
}

// A field is present when it has a value, or when the parsed order says its element was there.
template <class T, class E>
bool present(const T& value, const ElementOrder<E>& order, E slot) {
  return !value.empty() || order.contains(slot);
}

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_FEED_WRITER_HPP
