// SPDX-License-Identifier: MIT
// Feed autodiscovery: the feeds a web page advertises. A site names its feeds in the head of its
// pages as `<link rel="alternate" type="application/rss+xml" href="/feed.xml" title="...">` (also
// application/atom+xml and JSON Feed's application/feed+json); a reader given the page's URL
// instead of a feed's looks there. parse() reports an HTML page as ErrorCode::html_page, naming
// what this function finds.
//
// A pure function: thread-safe, linear in the page, never throws but std::bad_alloc.
#ifndef FEEDPP_DISCOVER_HPP
#define FEEDPP_DISCOVER_HPP

#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"

namespace feedpp {

/// A feed a page advertises.
struct DiscoveredFeed {
  std::string href;   ///< the feed's URL, resolved against the page's <base href> and URL
  std::string type;   ///< "application/rss+xml", "application/atom+xml" or "application/feed+json"
  std::string title;  ///< the link's title attribute ("" when none)
};

/// Returns the feeds `html` advertises with `<link rel="alternate">` elements of a feed type, in
/// document order, each URL once. Relative URLs are resolved against the page's first
/// `<base href>`, itself resolved against `page_url` (the URL the page was fetched from; "" keeps
/// them as written). Markup is read as a browser's tokenizer reads it (any case, any quoting,
/// broken pages too); character references in the attributes are decoded (numeric ones and
/// `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&nbsp;`). A type is compared without its parameters
/// and case. A link with no href, or an href with a script scheme (javascript:, data:), is left
/// out.
[[nodiscard]] FEEDPP_API std::vector<DiscoveredFeed> discover_feeds(std::string_view html,
                                                                    std::string_view page_url = {});

}  // namespace feedpp

#endif  // FEEDPP_DISCOVER_HPP
