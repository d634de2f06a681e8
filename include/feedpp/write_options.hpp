// SPDX-License-Identifier: MIT
// Options shared by RssWriter and AtomWriter. A plain value: copy it, change it, pass it.
#ifndef FEEDPP_WRITE_OPTIONS_HPP
#define FEEDPP_WRITE_OPTIONS_HPP

#include <string>
#include <vector>

#include "feedpp/values.hpp"
#include "feedpp/xml_writer.hpp"

namespace feedpp {

/// How RssWriter and AtomWriter write a feed.
///
/// | option | default | meaning |
/// |---|---|---|
/// | `xml` | pretty, 2 spaces, "\n" | layout of the XML (see XmlWriterOptions) |
/// | `xml_declaration` | true | start with `<?xml version="1.0" encoding="UTF-8"?>` |
/// | `html_as_cdata` | false | write HTML payloads as CDATA sections instead of escaped text |
/// | `allow_missing` | false | write what lacks an element or attribute the format requires |
/// | `namespaces` | none | declare these on the root too (for the extensions items will use) |
/// | `kept_attributes` | true | write Channel::attributes and Item::attributes (KeptAttribute) |
struct WriteOptions {
  XmlWriterOptions xml;
  bool xml_declaration = true;
  /// Writes the HTML of RSS <description>, <content:encoded> and Atom type="html" constructs as
  /// `<![CDATA[...]]>` (split where the text holds `]]>`) rather than as escaped text. Both read
  /// back the same; CDATA is easier for people to read.
  bool html_as_cdata = false;
  /// Writes what lacks an element or attribute the format requires, instead of failing with
  /// ErrorCode::missing_element: an RSS channel without title, link or description, an item
  /// with neither title nor description, an `<enclosure>` without url, length or type (RSS 2.0
  /// requires all three; when the size is unknown, the RSS Advisory Board's profile says to
  /// write length "0"); an Atom feed or entry without id, title or updated. What lacks a required
  /// attribute is written without it (an Atom link without href, a category without term, an
  /// RSS <source> without url), and an Atom text construct's type as the model holds it
  /// ("text/html"; a strict write says "html"). What the model keeps of a document's layout is
  /// followed too: channel elements after the items (ChannelElement::items), markup as the
  /// document laid it out (Text::layout), a person's <url>, a link's text, an RSS 0.9x version.
  /// A lenient write, for programs that pass on feeds as they found them (a converter, a proxy);
  /// write_rss() and write_atom() write a feed read in their own format so.
  bool allow_missing = false;
  /// Namespaces to declare on the root element, in addition to those the writer declares for what
  /// the channel uses. When streaming, items are not known when the root is written: a namespace
  /// an item uses that is not declared here is declared on each element that uses it. One with
  /// the prefix "" and a URI of no other vocabulary feedpp types is the namespace RssWriter
  /// writes RSS's own elements in (see Feed::namespaces); other writers ignore it.
  std::vector<Namespace> namespaces;
  /// Element names to write in another letter case than their vocabulary's (how write_rss() and
  /// write_atom() pass on Feed::spellings).
  std::vector<Spelling> spellings;
  /// Writes the attributes a parsed channel or item kept (KeptAttribute) on their elements.
  /// write_rss() and write_atom() turn it off for a feed read in the other format's family,
  /// whose attributes belong to other elements.
  bool kept_attributes = true;
};

}  // namespace feedpp

#endif  // FEEDPP_WRITE_OPTIONS_HPP
