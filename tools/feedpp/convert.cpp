// SPDX-License-Identifier: MIT
#include "convert.hpp"

#include <feedpp/view.hpp>

namespace feedpp_cli {
namespace {

// The latest date of the items, for a feed's updated date.
feedpp::Date newest(const feedpp::Feed& feed) {
  feedpp::Date best;
  for (const feedpp::Item& item : feed.items) {
    for (const feedpp::Date* d : {&item.updated, &item.pub_date}) {
      if (d->value && (!best.value || d->value->utc > best.value->utc)) best = *d;
    }
  }
  return best;
}

}  // namespace

void prepare_for(feedpp::Feed& feed, feedpp::Format target) {
  feedpp::Channel& c = feed.channel;
  if (target == feedpp::Format::atom_1_0) {
    if (c.id.empty()) {
      if (const feedpp::Link* self = feedpp::self_link(c)) {
        c.id = self->href;
      } else {
        c.id = std::string(feedpp::alternate_link(c));
      }
    }
    if (c.last_build_date.empty()) c.last_build_date = c.pub_date;
    if (c.last_build_date.empty()) c.last_build_date = newest(feed);
    for (feedpp::Item& item : feed.items) {
      if (item.guid.value.empty()) item.guid.value = std::string(feedpp::alternate_link(item));
      if (item.updated.empty()) item.updated = item.pub_date;
    }
  } else {
    if (c.link.empty()) c.link = std::string(feedpp::alternate_link(c));
    for (feedpp::Item& item : feed.items) {
      if (item.link.empty()) {
        if (const feedpp::Link* alternate = feedpp::find_link(item.links, "alternate")) {
          item.link = alternate->href;
        }
      }
      // An Atom id is a permalink only when it is the item's URL.
      if (!item.guid.value.empty() && !item.guid.is_permalink && item.guid.value != item.link &&
          feed.format != feedpp::Format::rss_2_0) {
        item.guid.is_permalink = false;
      }
      if (item.pub_date.empty()) item.pub_date = item.updated;
    }
  }
}

}  // namespace feedpp_cli
