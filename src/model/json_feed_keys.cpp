// SPDX-License-Identifier: MIT
#include "model/json_feed_keys.hpp"

namespace feedpp::detail {
namespace {
using K = JsonFeedKey;
}  // namespace

JsonFeedKey json_feed_key(std::string_view k) noexcept {
  switch (k.size()) {
    case 2:
      if (k == "id") return K::id;
      break;
    case 3:
      if (k == "url") return K::url;
      break;
    case 4:
      if (k == "icon") return K::icon;
      if (k == "hubs") return K::hubs;
      if (k == "tags") return K::tags;
      break;
    case 5:
      if (k == "title") return K::title;
      if (k == "items") return K::items;
      if (k == "image") return K::image;
      break;
    case 6:
      if (k == "author") return K::author;
      break;
    case 7:
      if (k == "version") return K::version;
      if (k == "authors") return K::authors;
      if (k == "favicon") return K::favicon;
      if (k == "expired") return K::expired;
      if (k == "summary") return K::summary;
      break;
    case 8:
      if (k == "feed_url") return K::feed_url;
      if (k == "next_url") return K::next_url;
      if (k == "language") return K::language;
      break;
    case 11:
      if (k == "description") return K::description;
      if (k == "attachments") return K::attachments;
      break;
    case 12:
      if (k == "user_comment") return K::user_comment;
      if (k == "external_url") return K::external_url;
      if (k == "content_html") return K::content_html;
      if (k == "content_text") return K::content_text;
      if (k == "banner_image") return K::banner_image;
      break;
    case 13:
      if (k == "home_page_url") return K::home_page_url;
      if (k == "date_modified") return K::date_modified;
      break;
    case 14:
      if (k == "date_published") return K::date_published;
      break;
    default:
      break;
  }
  return K::member;
}

std::string_view json_feed_name(JsonFeedKey key) noexcept {
  switch (key) {
    case K::version:
      return "version";
    case K::title:
      return "title";
    case K::home_page_url:
      return "home_page_url";
    case K::feed_url:
      return "feed_url";
    case K::description:
      return "description";
    case K::user_comment:
      return "user_comment";
    case K::next_url:
      return "next_url";
    case K::icon:
      return "icon";
    case K::favicon:
      return "favicon";
    case K::author:
      return "author";
    case K::authors:
      return "authors";
    case K::language:
      return "language";
    case K::expired:
      return "expired";
    case K::hubs:
      return "hubs";
    case K::items:
      return "items";
    case K::id:
      return "id";
    case K::url:
      return "url";
    case K::external_url:
      return "external_url";
    case K::content_html:
      return "content_html";
    case K::content_text:
      return "content_text";
    case K::summary:
      return "summary";
    case K::image:
      return "image";
    case K::banner_image:
      return "banner_image";
    case K::date_published:
      return "date_published";
    case K::date_modified:
      return "date_modified";
    case K::tags:
      return "tags";
    case K::attachments:
      return "attachments";
    case K::member:
      return {};
  }
  return {};
}

}  // namespace feedpp::detail
