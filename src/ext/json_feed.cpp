// SPDX-License-Identifier: MIT
// JSON Feed's parts of the model (ext/json_feed.hpp): only their comparisons live here; the
// reader is read/json_reader.cpp, the writer write/json_feed_writer.cpp.
#include "feedpp/ext/json_feed.hpp"

#include <tuple>

namespace feedpp {

bool operator==(const JsonMember& a, const JsonMember& b) {
  return a.key == b.key && a.json == b.json;
}

bool operator==(const JsonFeedAuthor& a, const JsonFeedAuthor& b) {
  return a.avatar == b.avatar && a.members == b.members;
}

bool operator==(const JsonFeedHub& a, const JsonFeedHub& b) {
  return std::tie(a.type, a.url, a.members) == std::tie(b.type, b.url, b.members);
}

bool operator==(const JsonFeedAttachment& a, const JsonFeedAttachment& b) {
  return std::tie(a.title, a.duration_in_seconds, a.members) ==
         std::tie(b.title, b.duration_in_seconds, b.members);
}

// The order is presentation, as ElementOrder says: == ignores it.
bool operator==(const JsonFeedChannel& a, const JsonFeedChannel& b) {
  return std::tie(a.version, a.user_comment, a.next_url, a.expired, a.hubs, a.authors, a.members) ==
         std::tie(b.version, b.user_comment, b.next_url, b.expired, b.hubs, b.authors, b.members);
}

bool operator==(const JsonFeedItem& a, const JsonFeedItem& b) {
  return std::tie(a.external_url, a.image, a.banner_image, a.content_text, a.authors, a.attachments,
                  a.members) == std::tie(b.external_url, b.image, b.banner_image, b.content_text,
                                         b.authors, b.attachments, b.members);
}

}  // namespace feedpp
