// SPDX-License-Identifier: MIT
// What a JSON Feed (https://jsonfeed.org, versions 1.0 and 1.1) says that the model's own fields
// do not hold: in Channel::json_feed and Item::json_feed, filled by the parser from a JSON Feed and
// written back by JsonFeedWriter. The XML writers ignore them.
//
// The fields JSON Feed shares with RSS and Atom live in the model (title, home_page_url as
// Channel::link, feed_url as a rel="self" link, authors as Person, attachments as Enclosure, ...;
// README "JSON Feed" has the table). What is left is here: the version string, user_comment,
// next_url, expired, hubs, an author's avatar, an item's external_url, image and banner_image,
// an attachment's title and duration, the order of the keys, and every member the model does not
// name (extensions, whose keys start with `_`, and unknown keys), kept as JSON text.
//
// Plain values, as the rest of the model: they own their data, are copyable, movable and
// comparable with ==, and safe to share between threads for reading.
#ifndef FEEDPP_EXT_JSON_FEED_HPP
#define FEEDPP_EXT_JSON_FEED_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feedpp/export.hpp"
#include "feedpp/values.hpp"

namespace feedpp {

/// The version URLs of JSON Feed, which a document states in its `version` member.
namespace json_feed_version {
inline constexpr std::string_view k1_0 = "https://jsonfeed.org/version/1";
inline constexpr std::string_view k1_1 = "https://jsonfeed.org/version/1.1";
}  // namespace json_feed_version

/// A member of a JSON object kept as written: an extension (its key starts with `_`), a key
/// JSON Feed does not define, or a key it defines whose value has a type the model cannot hold
/// (`"title": 5`). The parser keeps such members in document order, the last of two with one
/// key; writers write them after the members the model names, and drop one whose key they have
/// written already.
struct JsonMember {
  std::string key{};  ///< the key, unescaped (UTF-8)
  /// The value as JSON text: an object, array, string, number, true, false or null, as the
  /// document wrote it (numbers keep their spelling: `1.0e2` stays `1.0e2`). A writer checks it
  /// and writes `null` for text that is not one JSON value.
  std::string json{};
};

/// The keys of a JSON Feed object (the feed, an item, ...), for the order in which a parsed
/// object listed its members. `member` stands for the next JsonMember of the object.
enum class JsonFeedKey : std::uint8_t {
  version,
  title,
  home_page_url,
  feed_url,
  description,
  user_comment,
  next_url,
  icon,
  favicon,
  author,  ///< JSON Feed 1.0's one `author` object
  authors,
  language,
  expired,
  hubs,
  items,
  id,
  url,
  external_url,
  content_html,
  content_text,
  summary,
  image,
  banner_image,
  date_published,
  date_modified,
  tags,
  attachments,
  member,  ///< the next JsonMember, in its own order
};

/// What an author object holds beyond Person (`name` is Person::name, `url` Person::uri).
struct JsonFeedAuthor {
  std::string avatar{};               ///< `avatar`: the URL of an image of the author
  std::vector<JsonMember> members{};  ///< extensions and unknown keys
};

/// A hub for real-time notification of updates: an entry of the feed's `hubs`.
struct JsonFeedHub {
  std::string type{};  ///< "WebSub", "rssCloud", ...
  std::string url{};
  std::vector<JsonMember> members{};  ///< extensions and unknown keys
};

/// What an attachment holds beyond Enclosure (`url` is Enclosure::url, `mime_type`
/// Enclosure::type, `size_in_bytes` Enclosure::length).
struct JsonFeedAttachment {
  std::string title{};  ///< `title`: names attachments that are the same thing in other forms
  /// `duration_in_seconds`, as written (a JSON number such as `1873` or `1873.5`).
  std::string duration_in_seconds{};
  std::vector<JsonMember> members{};  ///< extensions and unknown keys
};

/// The feed object's members that the Channel does not hold.
struct JsonFeedChannel {
  /// `version` as written, e.g. json_feed_version::k1_1. "" for a channel made in code, which
  /// JsonFeedWriter writes as version 1.1.
  std::string version{};
  std::string user_comment{};     ///< `user_comment`: a note for someone who opens the feed file
  std::string next_url{};         ///< `next_url`: the next page of a paginated feed
  std::optional<bool> expired{};  ///< `expired`: true when the feed will not be updated again
  std::vector<JsonFeedHub> hubs{};
  /// What each author holds beyond Person: authors[i] belongs to Channel::authors[i] (missing
  /// entries hold nothing).
  std::vector<JsonFeedAuthor> authors{};
  std::vector<JsonMember> members{};  ///< extensions and unknown keys, in document order
  ElementOrder<JsonFeedKey> order{};  ///< the members in document order (see ElementOrder)
};

/// The item object's members that the Item does not hold. The parser gives an item one only
/// when it has something to hold: an item that has none of these members, and whose members
/// stood in the order JsonFeedWriter writes them (id, url, title, content, dates, tags, ...),
/// each with a value it writes, has no JsonFeedItem (Item::json_feed is empty), and is written
/// back as read without one.
struct JsonFeedItem {
  std::string external_url{};  ///< `external_url`: the page an item (a link post) is about
  std::string image{};         ///< `image`: the main image of the item
  std::string banner_image{};  ///< `banner_image`: an image to show at the top of the item
  /// `content_text` when the item also has `content_html` (which Item::content holds; an item
  /// with `content_text` alone has it in Item::content, of type "text").
  std::optional<std::string> content_text{};
  /// What each author holds beyond Person: authors[i] belongs to Item::authors[i].
  std::vector<JsonFeedAuthor> authors{};
  /// What each attachment holds beyond Enclosure: attachments[i] belongs to
  /// Item::enclosures[i].
  std::vector<JsonFeedAttachment> attachments{};
  std::vector<JsonMember> members{};  ///< extensions and unknown keys, in document order
  ElementOrder<JsonFeedKey> order{};  ///< the members in document order (see ElementOrder)
};

FEEDPP_API bool operator==(const JsonMember& a, const JsonMember& b);
FEEDPP_API bool operator==(const JsonFeedAuthor& a, const JsonFeedAuthor& b);
FEEDPP_API bool operator==(const JsonFeedHub& a, const JsonFeedHub& b);
FEEDPP_API bool operator==(const JsonFeedAttachment& a, const JsonFeedAttachment& b);
FEEDPP_API bool operator==(const JsonFeedChannel& a, const JsonFeedChannel& b);
FEEDPP_API bool operator==(const JsonFeedItem& a, const JsonFeedItem& b);
inline bool operator!=(const JsonMember& a, const JsonMember& b) { return !(a == b); }
inline bool operator!=(const JsonFeedAuthor& a, const JsonFeedAuthor& b) { return !(a == b); }
inline bool operator!=(const JsonFeedHub& a, const JsonFeedHub& b) { return !(a == b); }
inline bool operator!=(const JsonFeedAttachment& a, const JsonFeedAttachment& b) {
  return !(a == b);
}
inline bool operator!=(const JsonFeedChannel& a, const JsonFeedChannel& b) { return !(a == b); }
inline bool operator!=(const JsonFeedItem& a, const JsonFeedItem& b) { return !(a == b); }

}  // namespace feedpp

#endif  // FEEDPP_EXT_JSON_FEED_HPP
