// SPDX-License-Identifier: MIT
#include "convert_json.hpp"

#include <string>
#include <string_view>

namespace feedpp_cli {
namespace {

bool is_json(feedpp::Format f) {
  return f == feedpp::Format::json_1_0 || f == feedpp::Format::json_1_1 ||
         f == feedpp::Format::json;
}

bool is_rss(feedpp::Format f) {
  return !is_json(f) && f != feedpp::Format::atom_0_3 && f != feedpp::Format::atom_1_0 &&
         f != feedpp::Format::atom && f != feedpp::Format::unknown;
}

// The text of a little HTML (a summary): tags dropped, the common references decoded. A
// summary is a line or two; this is not a renderer.
std::string html_text(std::string_view html) {
  std::string out;
  for (std::size_t i = 0; i < html.size(); ++i) {
    const char c = html[i];
    if (c == '<') {
      const std::size_t end = html.find('>', i);
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    if (c == '&') {
      static constexpr std::pair<std::string_view, std::string_view> kRefs[] = {
          {"&amp;", "&"}, {"&lt;", "<"},   {"&gt;", ">"},         {"&quot;", "\""},
          {"&#39;", "'"}, {"&apos;", "'"}, {"&nbsp;", "\xC2\xA0"}};
      bool done = false;
      for (const auto& [ref, text] : kRefs) {
        if (html.substr(i, ref.size()) == ref) {
          out.append(text);
          i += ref.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out.push_back(c);
  }
  const std::size_t first = out.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

void prepare_for_json(feedpp::Feed& feed) {
  if (is_json(feed.format)) return;
  const bool rss = is_rss(feed.format);
  for (feedpp::Item& item : feed.items) {
    feedpp::Text& d = item.description;
    // RSS descriptions are HTML unless they say otherwise; Atom summaries are text.
    const bool html =
        d.kind(rss ? feedpp::TextKind::html : feedpp::TextKind::text) == feedpp::TextKind::html ||
        d.kind() == feedpp::TextKind::xhtml;
    if (item.content.empty() && !d.empty()) {
      item.content = feedpp::Content{d.value, html ? "html" : "text", {}, {}, {}};
      d = feedpp::Text();
    } else if (html) {
      d = feedpp::Text::plain(html_text(d.value));  // JSON Feed's summary is plain text
    }
    if (item.content.empty()) {
      item.json_feed.ensure().order.push_back(feedpp::JsonFeedKey::content_text);
    }
  }
}

void prepare_from_json(feedpp::Feed& feed, feedpp::Format target) {
  if (!is_json(feed.format)) return;
  feedpp::Channel& c = feed.channel;
  if (target == feedpp::Format::rss_2_0) {
    // Written empty, in RSS's order, when the JSON Feed has none (both are optional there).
    if (c.order.empty()) {
      for (const auto e : {feedpp::ChannelElement::title, feedpp::ChannelElement::link,
                           feedpp::ChannelElement::description}) {
        c.order.push_back(e);
      }
    }
    for (feedpp::Item& item : feed.items) {
      if (item.title.empty() && item.description.empty() && !item.content.empty()) {
        item.description = feedpp::Text(item.content.value, item.content.type);
        item.content = feedpp::Content();
      }
    }
  } else {
    for (feedpp::Item& item : feed.items) {
      // Atom requires a title; a microblog post has none.
      if (item.title.empty() && !item.order.contains(feedpp::ItemElement::title)) {
        item.order.push_back(feedpp::ItemElement::title);
      }
    }
  }
}

}  // namespace feedpp_cli
