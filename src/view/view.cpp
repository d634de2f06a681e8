// SPDX-License-Identifier: MIT
#include "feedpp/view.hpp"

namespace feedpp {

const Link* self_link(const Channel& channel) noexcept { return find_link(channel.links, "self"); }

std::string_view alternate_link(const Channel& channel) noexcept {
  if (!channel.link.empty()) return channel.link;
  const Link* link = find_link(channel.links, "alternate");
  return link != nullptr ? std::string_view(link->href) : std::string_view();
}

std::string_view alternate_link(const Item& item) noexcept {
  if (!item.link.empty()) return item.link;
  if (const Link* link = find_link(item.links, "alternate")) return link->href;
  // RSS 2.0: a guid that is a permalink is the item's URL.
  if (item.guid.is_permalink.value_or(true) && !item.guid.value.empty() &&
      item.guid.value.find("://") != std::string::npos) {
    return item.guid.value;
  }
  return {};
}

const Date* item_date(const Item& item) noexcept {
  // A date that could be read before one that could not: <published>soon</published> does not
  // hide a valid <updated>.
  if (item.pub_date.value) return &item.pub_date;
  if (item.updated.value) return &item.updated;
  if (item.pub_date) return &item.pub_date;
  if (item.updated) return &item.updated;
  return nullptr;
}

FeedView view(const Feed& feed, const ViewOptions& options) {
  FeedView v;
  v.channel = view_channel(feed, options);
  v.items.reserve(feed.items.size());
  for (const Item& item : feed.items) v.items.push_back(view_item(feed, item, options));
  return v;
}

}  // namespace feedpp
