// SPDX-License-Identifier: MIT
#include "feedpp/ext/podcast.hpp"

#include "base/ascii.hpp"
#include "ext/podcast_schema.hpp"

namespace feedpp {
namespace detail {
namespace {

constexpr EnumName<PodcastLiveStatus> kLiveStatus[] = {{"pending", PodcastLiveStatus::pending},
                                                       {"live", PodcastLiveStatus::live},
                                                       {"ended", PodcastLiveStatus::ended}};

}  // namespace

std::optional<PodcastLiveStatus> Codec<PodcastLiveStatus>::parse(std::string_view text) noexcept {
  return parse_enum(kLiveStatus, trim(text));
}
std::string Codec<PodcastLiveStatus>::format(PodcastLiveStatus value) {
  return std::string(enum_name(kLiveStatus, value));
}

}  // namespace detail

std::string_view to_string(PodcastLiveStatus value) noexcept {
  return detail::enum_name(detail::kLiveStatus, value);
}

bool operator==(const PodcastTranscript& a, const PodcastTranscript& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastLocked& a, const PodcastLocked& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastFunding& a, const PodcastFunding& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastChapters& a, const PodcastChapters& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastSoundbite& a, const PodcastSoundbite& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastPerson& a, const PodcastPerson& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastLocation& a, const PodcastLocation& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastSeason& a, const PodcastSeason& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastEpisode& a, const PodcastEpisode& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastTrailer& a, const PodcastTrailer& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastLicense& a, const PodcastLicense& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastSource& a, const PodcastSource& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastIntegrity& a, const PodcastIntegrity& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastAlternateEnclosure& a, const PodcastAlternateEnclosure& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastValueRecipient& a, const PodcastValueRecipient& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastRemoteItem& a, const PodcastRemoteItem& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastValueTimeSplit& a, const PodcastValueTimeSplit& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastValue& a, const PodcastValue& b) { return detail::schema_equal(a, b); }
bool operator==(const PodcastImages& a, const PodcastImages& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastImage& a, const PodcastImage& b) { return detail::schema_equal(a, b); }
bool operator==(const PodcastContentLink& a, const PodcastContentLink& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastSocialInteract& a, const PodcastSocialInteract& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastBlock& a, const PodcastBlock& b) { return detail::schema_equal(a, b); }
bool operator==(const PodcastTxt& a, const PodcastTxt& b) { return detail::schema_equal(a, b); }
bool operator==(const PodcastPodroll& a, const PodcastPodroll& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastUpdateFrequency& a, const PodcastUpdateFrequency& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastPodping& a, const PodcastPodping& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastChat& a, const PodcastChat& b) { return detail::schema_equal(a, b); }
bool operator==(const PodcastPublisher& a, const PodcastPublisher& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastLiveItem& a, const PodcastLiveItem& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastChannel& a, const PodcastChannel& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const PodcastItem& a, const PodcastItem& b) { return detail::schema_equal(a, b); }

}  // namespace feedpp
