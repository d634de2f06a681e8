// SPDX-License-Identifier: MIT
// resolve_urls(): the reader's view of a feed's URLs, computed from the faithful model. Each URL
// is resolved against the xml:base in scope where it was written: the document URL, then the
// xml:base of the root, the channel, the item and the text construct, each resolved in turn.
#include "feedpp/html.hpp"
#include "feedpp/url.hpp"
#include "feedpp/view.hpp"
#include "model/xml_base.hpp"

namespace feedpp {
namespace {

using detail::inner_base;

void resolve(std::string& url, const std::string& base) {
  if (!url.empty()) url = resolve_url(base, url);
}

void resolve(Text& text, const std::string& outer) {
  const TextKind kind = text.kind();
  if (kind != TextKind::html && kind != TextKind::xhtml) return;
  const std::string base = inner_base(outer, text.base);
  if (!base.empty()) text.value = resolve_html_urls(text.value, base);
}

void resolve(Content& content, const std::string& outer) {
  const std::string base = inner_base(outer, content.base);
  resolve(content.src, base);
  const TextKind kind = content.kind();
  if ((kind == TextKind::html || kind == TextKind::xhtml) && !base.empty()) {
    content.value = resolve_html_urls(content.value, base);
  }
}

// href="" is a reference too (RFC 3986 §5.2: to the base itself), unlike an empty element.
void resolve(std::vector<Link>& links, const std::string& base) {
  for (Link& link : links) {
    if (!base.empty()) link.href = resolve_url(base, link.href);
  }
}

void resolve(std::vector<Person>& people, const std::string& base) {
  for (Person& p : people) resolve(p.uri, base);
}

}  // namespace

void resolve_urls(Feed& feed, std::string_view document_url) {
  Channel& c = feed.channel;
  const std::string channel_base = detail::channel_base(feed, document_url);
  resolve(c.title, channel_base);
  resolve(c.description, channel_base);
  resolve(c.copyright, channel_base);
  resolve(c.link, channel_base);
  resolve(c.links, channel_base);
  resolve(c.docs, channel_base);
  resolve(c.id, channel_base);
  resolve(c.icon, channel_base);
  resolve(c.logo, channel_base);
  resolve(c.generator.uri, channel_base);
  resolve(c.authors, channel_base);
  resolve(c.contributors, channel_base);
  if (c.image) {
    resolve(c.image->url, channel_base);
    resolve(c.image->link, channel_base);
  }
  if (c.text_input) resolve(c.text_input->link, channel_base);
  for (Item& item : feed.items) {
    const std::string item_base = inner_base(channel_base, item.base);
    resolve(item.title, item_base);
    resolve(item.description, item_base);
    resolve(item.rights, item_base);
    resolve(item.content, item_base);
    resolve(item.link, item_base);
    resolve(item.links, item_base);
    resolve(item.comments, item_base);
    if (item.guid.is_permalink.value_or(true)) resolve(item.guid.value, item_base);
    resolve(item.authors, item_base);
    resolve(item.contributors, item_base);
    for (Enclosure& e : item.enclosures) resolve(e.url, item_base);
    if (item.source) {
      resolve(item.source->url, item_base);
      resolve(item.source->id, item_base);
      resolve(item.source->links, item_base);
      resolve(item.source->authors, item_base);
    }
  }
}

}  // namespace feedpp
