// SPDX-License-Identifier: MIT
// What a reader shows of a JSON Feed beyond the model's shared fields (Channel::json_feed,
// Item::json_feed): called at the end of view_channel() and view_item(), it does nothing for
// other feeds.
#ifndef FEEDPP_SRC_VIEW_VIEW_JSON_HPP
#define FEEDPP_SRC_VIEW_VIEW_JSON_HPP

#include "view/view_support.hpp"

namespace feedpp::detail {

// The feed: user_comment as info, next_url as a rel="next" link, feed_url (the feed's
// identifier, JSON Feed says) as the id when there is none, icon as the image, and the type of
// the self link.
void json_channel_view(const Channel& channel, const Scope& scope, ChannelView& v);

// An item: external_url as a rel="related" link, content_text beside content_html, image (else
// banner_image) as the image, and an author's mailto: URL as the e-mail address.
void json_item_view(const Item& item, const Scope& scope, ItemView& v);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_VIEW_VIEW_JSON_HPP
