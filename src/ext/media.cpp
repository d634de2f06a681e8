// SPDX-License-Identifier: MIT
#include "feedpp/ext/media.hpp"

#include "ext/media_schema.hpp"

namespace feedpp {

bool operator==(const MediaRating& a, const MediaRating& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaText& a, const MediaText& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaThumbnail& a, const MediaThumbnail& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const MediaCategory& a, const MediaCategory& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const MediaHash& a, const MediaHash& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaPlayer& a, const MediaPlayer& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaCredit& a, const MediaCredit& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaCopyright& a, const MediaCopyright& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const MediaTimedText& a, const MediaTimedText& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const MediaRestriction& a, const MediaRestriction& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const MediaStarRating& a, const MediaStarRating& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const MediaStatistics& a, const MediaStatistics& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const MediaCommunity& a, const MediaCommunity& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const MediaComments& a, const MediaComments& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const MediaParam& a, const MediaParam& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaEmbed& a, const MediaEmbed& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaResponses& a, const MediaResponses& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const MediaBackLinks& a, const MediaBackLinks& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const MediaStatus& a, const MediaStatus& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaPrice& a, const MediaPrice& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaLicense& a, const MediaLicense& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaSubtitle& a, const MediaSubtitle& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const MediaPeerLink& a, const MediaPeerLink& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const MediaLocation& a, const MediaLocation& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const MediaRights& a, const MediaRights& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaScene& a, const MediaScene& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaScenes& a, const MediaScenes& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaContent& a, const MediaContent& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaGroup& a, const MediaGroup& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaChannel& a, const MediaChannel& b) { return detail::schema_equal(a, b); }
bool operator==(const MediaItem& a, const MediaItem& b) { return detail::schema_equal(a, b); }

}  // namespace feedpp
