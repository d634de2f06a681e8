// SPDX-License-Identifier: MIT
#include "feedpp/ext/itunes.hpp"

#include "base/ascii.hpp"
#include "ext/itunes_schema.hpp"

namespace feedpp {
namespace detail {
namespace {

// The first name of each value is the one written; the others are read too.
constexpr EnumName<ItunesExplicit> kExplicit[] = {
    {"true", ItunesExplicit::yes},    {"false", ItunesExplicit::no},
    {"clean", ItunesExplicit::clean}, {"yes", ItunesExplicit::yes},
    {"no", ItunesExplicit::no},       {"explicit", ItunesExplicit::yes}};
constexpr EnumName<ItunesType> kType[] = {{"episodic", ItunesType::episodic},
                                          {"serial", ItunesType::serial}};
constexpr EnumName<ItunesEpisodeType> kEpisodeType[] = {{"full", ItunesEpisodeType::full},
                                                        {"trailer", ItunesEpisodeType::trailer},
                                                        {"bonus", ItunesEpisodeType::bonus}};

}  // namespace

std::optional<ItunesExplicit> Codec<ItunesExplicit>::parse(std::string_view text) noexcept {
  return parse_enum(kExplicit, trim(text));
}
std::string Codec<ItunesExplicit>::format(ItunesExplicit value) {
  return std::string(enum_name(kExplicit, value));
}
std::optional<ItunesType> Codec<ItunesType>::parse(std::string_view text) noexcept {
  return parse_enum(kType, trim(text));
}
std::string Codec<ItunesType>::format(ItunesType value) {
  return std::string(enum_name(kType, value));
}
std::optional<ItunesEpisodeType> Codec<ItunesEpisodeType>::parse(std::string_view text) noexcept {
  return parse_enum(kEpisodeType, trim(text));
}
std::string Codec<ItunesEpisodeType>::format(ItunesEpisodeType value) {
  return std::string(enum_name(kEpisodeType, value));
}

}  // namespace detail

std::string_view to_string(ItunesExplicit value) noexcept {
  return detail::enum_name(detail::kExplicit, value);
}
std::string_view to_string(ItunesType value) noexcept {
  return detail::enum_name(detail::kType, value);
}
std::string_view to_string(ItunesEpisodeType value) noexcept {
  return detail::enum_name(detail::kEpisodeType, value);
}

bool operator==(const ItunesImage& a, const ItunesImage& b) { return detail::schema_equal(a, b); }
bool operator==(const ItunesSubcategory& a, const ItunesSubcategory& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const ItunesCategory& a, const ItunesCategory& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const ItunesOwner& a, const ItunesOwner& b) { return detail::schema_equal(a, b); }
bool operator==(const ItunesChannel& a, const ItunesChannel& b) {
  return detail::schema_equal(a, b);
}
bool operator==(const ItunesItem& a, const ItunesItem& b) { return detail::schema_equal(a, b); }

}  // namespace feedpp
