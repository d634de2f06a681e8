// SPDX-License-Identifier: MIT
#include "view/view_json.hpp"

#include "base/ascii.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kJsonFeedType = "application/feed+json";

// JSON Feed §Author: a url may be a mailto: URL, which is the author's address.
void mail_addresses(std::vector<PersonView>& people) {
  for (PersonView& p : people) {
    if (p.email.empty() && p.uri.size() > 7 && iequals(p.uri.substr(0, 7), "mailto:")) {
      p.email = p.uri.substr(
          7, p.uri.find('?') == std::string::npos ? std::string::npos : p.uri.find('?') - 7);
    }
  }
}

}  // namespace

void json_channel_view(const Channel& c, const Scope& scope, ChannelView& v) {
  const JsonFeedChannel* j = c.json_feed.get();
  if (j == nullptr) return;
  for (LinkView& l : v.links) {
    if (l.rel == "self" && l.type == "application/atom+xml") l.type = std::string(kJsonFeedType);
  }
  if (!trim(j->next_url).empty()) {
    v.links.push_back(
        {resolved(scope, j->next_url), "next", std::string(kJsonFeedType), {}, {}, {}});
  }
  if (v.id.empty()) {
    if (const Link* self = find_link(c.links, "self")) v.id = resolved(scope, self->href);
  }
  if (!j->user_comment.empty()) v.info = text_view(j->user_comment, "text/plain", scope);
  if (!v.image && !trim(c.logo).empty()) {
    v.image = ImageView{resolved(scope, c.logo), {}, {}, {}, {}, {}};
  }
  mail_addresses(v.authors);
}

void json_item_view(const Item& it, const Scope& scope, ItemView& v) {
  const JsonFeedItem* j = it.json_feed.get();
  if (j == nullptr) return;
  if (!trim(j->external_url).empty()) {
    v.links.push_back({resolved(scope, j->external_url), "related", "text/html", {}, {}, {}});
  }
  if (j->content_text && !v.content.empty()) {
    v.content.push_back(text_view(*j->content_text, "text/plain", scope));
  }
  const std::string& image = !trim(j->image).empty() ? j->image : j->banner_image;
  if (!v.image && !trim(image).empty()) {
    v.image = ImageView{resolved(scope, image), {}, {}, {}, {}, {}};
  }
  mail_addresses(v.authors);
}

}  // namespace feedpp::detail
