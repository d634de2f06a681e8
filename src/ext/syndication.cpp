// SPDX-License-Identifier: MIT
#include "feedpp/ext/syndication.hpp"

#include "base/ascii.hpp"
#include "ext/syndication_schema.hpp"

namespace feedpp {
namespace detail {
namespace {

constexpr EnumName<UpdatePeriod> kPeriods[] = {{"hourly", UpdatePeriod::hourly},
                                               {"daily", UpdatePeriod::daily},
                                               {"weekly", UpdatePeriod::weekly},
                                               {"monthly", UpdatePeriod::monthly},
                                               {"yearly", UpdatePeriod::yearly}};

}  // namespace

std::optional<UpdatePeriod> Codec<UpdatePeriod>::parse(std::string_view text) noexcept {
  return parse_enum(kPeriods, trim(text));
}
std::string Codec<UpdatePeriod>::format(UpdatePeriod value) {
  return std::string(enum_name(kPeriods, value));
}

}  // namespace detail

std::string_view to_string(UpdatePeriod value) noexcept {
  return detail::enum_name(detail::kPeriods, value);
}

bool operator==(const Syndication& a, const Syndication& b) { return detail::schema_equal(a, b); }

}  // namespace feedpp
