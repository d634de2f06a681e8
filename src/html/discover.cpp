// SPDX-License-Identifier: MIT
// discover_feeds(): the feed links of a page, read with the HTML tokenizer.
#include "feedpp/discover.hpp"

#include <unordered_set>

#include "base/ascii.hpp"
#include "base/utf8.hpp"
#include "feedpp/url.hpp"
#include "html/html_tokenizer.hpp"

namespace feedpp {
namespace {

using detail::ascii_lower;
using detail::html_reference_length;
using detail::iequals;

// The media types of feeds, as pages advertise them.
constexpr std::string_view kFeedTypes[] = {"application/rss+xml", "application/atom+xml",
                                           "application/feed+json"};

// Appends the character a numeric reference names (&#38; &#x26;), U+FFFD for none.
void append_numeric(std::string& out, std::string_view digits, bool hex) {
  char32_t cp = 0;
  for (const char c : digits) {
    const char32_t d = detail::is_digit(c) ? static_cast<char32_t>(c - '0')
                                           : static_cast<char32_t>(ascii_lower(c) - 'a' + 10);
    cp = cp * (hex ? 16 : 10) + d;
    if (cp > 0x10FFFF) break;
  }
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  detail::append_utf8(out, cp);
}

// An attribute value with its character references decoded (those a URL or a title holds).
std::string decode(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::size_t len = value[i] == '&' ? html_reference_length(value, i) : 0;
    if (len == 0) {
      out.push_back(value[i]);
      continue;
    }
    const std::string_view name = value.substr(i + 1, len - 2);
    if (name[0] == '#') {
      const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      append_numeric(out, name.substr(hex ? 2 : 1), hex);
    } else if (name == "amp") {
      out.push_back('&');
    } else if (name == "lt") {
      out.push_back('<');
    } else if (name == "gt") {
      out.push_back('>');
    } else if (name == "quot") {
      out.push_back('"');
    } else if (name == "apos") {
      out.push_back('\'');
    } else if (name == "nbsp") {
      out.append("\xC2\xA0");
    } else {
      out.append(value.substr(i, len));  // a name not decoded here stays as written
    }
    i += len - 1;
  }
  return out;
}

// True when the space-separated list `rel` holds `token` (any case).
bool has_token(std::string_view rel, std::string_view token) {
  std::size_t i = 0;
  while (i < rel.size()) {
    while (i < rel.size() && detail::is_html_space(rel[i])) ++i;
    std::size_t end = i;
    while (end < rel.size() && !detail::is_html_space(rel[end])) ++end;
    if (end > i && iequals(rel.substr(i, end - i), token)) return true;
    i = end;
  }
  return false;
}

// The feed type `type` names, without parameters and in lower case; "" for other types.
std::string_view feed_type(std::string_view type) {
  type = detail::trim(type.substr(0, type.find(';')));
  for (const std::string_view t : kFeedTypes) {
    if (iequals(type, t)) return t;
  }
  return {};
}

struct Link {
  std::string_view rel, type, href, title;
  bool has_href = false;
};

Link link_of(const detail::HtmlToken& token) {
  Link link;
  for (const detail::HtmlAttribute& a : token.attributes) {
    // The first of a repeated attribute counts, as in a browser.
    if (a.name == "rel" && link.rel.empty()) link.rel = a.value;
    if (a.name == "type" && link.type.empty()) link.type = a.value;
    if (a.name == "title" && link.title.empty()) link.title = a.value;
    if (a.name == "href" && !link.has_href) {
      link.href = a.value;
      link.has_href = true;
    }
  }
  return link;
}

}  // namespace

std::vector<DiscoveredFeed> discover_feeds(std::string_view html, std::string_view page_url) {
  std::vector<DiscoveredFeed> found;  // hrefs as written, until the base is known
  std::string base(page_url);
  bool base_seen = false;
  detail::HtmlTokenizer tokenizer(html);
  detail::HtmlToken token;
  while (tokenizer.next(token)) {
    if (token.kind != detail::HtmlTokenKind::start_tag) continue;
    if (token.name == "base" && !base_seen) {
      // HTML §4.2.3: the first <base href> is the base of every URL in the page, before it too.
      for (const detail::HtmlAttribute& a : token.attributes) {
        if (a.name != "href") continue;
        const std::string href = decode(a.value);
        if (!is_script_url(href)) base = resolve_url(page_url, href);
        base_seen = true;
        break;
      }
      continue;
    }
    if (token.name != "link") continue;
    const Link link = link_of(token);
    const std::string_view type = feed_type(link.type);
    if (type.empty() || !link.has_href || !has_token(link.rel, "alternate")) continue;
    std::string href = decode(link.href);
    if (detail::trim(href).empty() || is_script_url(href)) continue;
    found.push_back({std::move(href), std::string(type), decode(link.title)});
  }
  std::vector<DiscoveredFeed> feeds;
  std::unordered_set<std::string> seen;
  for (DiscoveredFeed& f : found) {
    f.href = resolve_url(base, f.href);
    if (seen.insert(f.href).second) feeds.push_back(std::move(f));
  }
  return feeds;
}

}  // namespace feedpp
