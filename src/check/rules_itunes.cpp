// SPDX-License-Identifier: MIT
// Apple's podcast tags (the iTunes namespace), as the W3C validator checks them: text lengths,
// explicit and block values, durations, the owner's e-mail, and the category tree (Apple's
// current categories, and the retired ones, which are only a warning).
#include "check/rule_helpers.hpp"

namespace feedpp::detail {
namespace {

using namespace rules;  // NOLINT(google-build-using-namespace): table shorthands

// Valid in a channel and in an item.
constexpr ChildRule kItunes[] = {
    {"itunes_author", LIMIT(255, kNoDup)},
    {"itunes_block", T(Check::yesnoclean, kNoDup)},
    {"itunes_explicit", T(Check::truefalse, kNoDup)},
    {"itunes_keywords", LIMIT(255, kKeywords | kNoDup)},
    {"itunes_subtitle", LIMIT(255, kNoDup)},
    {"itunes_summary", LIMIT(4000, kNoDup)},
    {"itunes_image", K(Kind::itunes_image, kNoDup)},
};

constexpr ChildRule kItunesChannel[] = {
    {"itunes_owner", K(Kind::itunes_owner, kNoDup)},
    {"itunes_category", K(Kind::itunes_category)},
    {"itunes_pubDate", T(Check::rfc822, kNoDup)},
    {"itunes_new_feed_url", T(Check::rfc2396_full, kNoDup), Special::new_feed_url},
    {"itunes_type", T(Check::itunes_type, kNoDup)},
    // Apple's tags that the W3C validator predates: the show's title, "Yes" when no more
    // episodes will come, and the token that proves who owns the show.
    {"itunes_title", T(Check::none, kNoDup)},
    {"itunes_complete", T(Check::yesnoclean, kNoDup)},
    {"itunes_applepodcastsverify", T(Check::none, kNoDup)},
};

constexpr ChildRule kItunesItem[] = {
    {"itunes_duration", T(Check::duration, kNoDup)},
    {"itunes_title", T(Check::none, kNoDup)},
    {"itunes_episode", T(Check::positive_integer, kNoDup)},
    {"itunes_season", T(Check::positive_integer, kNoDup)},
    {"itunes_episodeType", T(Check::itunes_episode_type, kNoDup)},
    // Apple's older episode tags, which podcast hosts still write.
    {"itunes_isClosedCaptioned", T(Check::yesnoclean, kNoDup)},
    {"itunes_order", T(Check::nonnegative_integer, kNoDup)},
};

constexpr ChildRule kOwner[] = {
    {"itunes_email", T(Check::email, kNoDup)},
    {"itunes_name", LIMIT(255, kNoDup)},
};

constexpr ChildRule kCategory[] = {
    {"itunes_category", K(Kind::itunes_subcategory), Special::itunes_subcategory},
};

struct Category {
  std::string_view name;
  std::string_view subcategories;  // '|'-separated
};

// Apple Podcasts categories.
constexpr Category kCategories[] = {
    {"Arts", "Books|Design|Fashion & Beauty|Food|Performing Arts|Visual Arts"},
    {"Business", "Careers|Entrepreneurship|Investing|Management|Marketing|Non-Profit"},
    {"Comedy", "Comedy Interviews|Improv|Stand-Up"},
    {"Education", "Courses|How To|Language Learning|Self-Improvement"},
    {"Fiction", "Comedy Fiction|Drama|Science Fiction"},
    {"Government", ""},
    {"History", ""},
    {"Health & Fitness", "Alternative Health|Fitness|Medicine|Mental Health|Nutrition|Sexuality"},
    {"Kids & Family", "Education for Kids|Parenting|Pets & Animals|Stories for Kids"},
    {"Leisure",
     "Animation & Manga|Automotive|Aviation|Crafts|Games|Hobbies|Home & Garden|Video Games"},
    {"Music", "Music Commentary|Music History|Music Interviews"},
    {"News",
     "Business News|Daily News|Entertainment News|News Commentary|Politics|Sports News|Tech News"},
    {"Religion & Spirituality",
     "Buddhism|Christianity|Hinduism|Islam|Judaism|Religion|Spirituality"},
    {"Science",
     "Astronomy|Chemistry|Earth Sciences|Life Sciences|Mathematics|Natural Sciences|Nature|"
     "Physics|Social Sciences"},
    {"Society & Culture", "Documentary|Personal Journals|Philosophy|Places & Travel|Relationships"},
    {"Sports",
     "Baseball|Basketball|Cricket|Fantasy Sports|Football|Golf|Hockey|Rugby|Running|Soccer|"
     "Swimming|Tennis|Volleyball|Wilderness|Wrestling"},
    {"Technology", ""},
    {"True Crime", ""},
    {"TV & Film", "After Shows|Film History|Film Interviews|Film Reviews|TV Reviews"},
};

// Categories Apple has retired.
constexpr Category kOldCategories[] = {
    {"Arts", "Literature"},
    {"Arts & Entertainment",
     "Architecture|Design|Entertainment|Games|Performing Arts|Photography|Poetry|"
     "Science Fiction"},
    {"Audio Blogs", ""},
    {"Business", "Careers|Finance|Investing|Management & Marketing|News|Shopping"},
    {"Comedy", ""},
    {"Education", "Education Technology|Higher Education|K-12|Language Courses|Training"},
    {"Family", ""},
    {"Food", ""},
    {"Games & Hobbies", "Automotive|Aviation|Hobbies|Other Games|Video Games"},
    {"Government & Organizations", "Local|National|Non-Profit|Regional"},
    {"Health",
     "Alternative Health|Diet & Nutrition|Fitness|Fitness & Nutrition|Relationships|Self-Help|"
     "Sexuality"},
    {"International",
     "Australian|Belgian|Brazilian|Canadian|Chinese|Dutch|French|German|Hebrew|Italian|"
     "Japanese|Norwegian|Polish|Portuguese|Spanish|Swedish"},
    {"Movies & Television", ""},
    {"News & Politics", ""},
    {"Politics", ""},
    {"Public Radio", ""},
    {"Religion & Spirituality",
     "Buddhism|Christianity|Islam|Judaism|New Age|Philosophy|Other|Spirituality"},
    {"Science & Medicine", "Medicine|Natural Sciences|Social Sciences"},
    {"Society & Culture", "History"},
    {"Sports & Recreation", "Amateur|College & High School|Outdoor|Professional"},
    {"Talk Radio", ""},
    {"Technology",
     "Computers|Developers|Gadgets|Information Technology|News|Operating Systems|Podcasting|"
     "Smart Phones|Software How-To|Tech News|Text/Speech"},
    {"Transportation", "Automotive|Aviation|Bicycles|Commuting"},
    {"Travel", ""},
};

bool in_list(std::string_view list, std::string_view name) {
  std::size_t start = 0;
  while (start <= list.size() && !list.empty()) {
    const auto bar = list.find('|', start);
    if (list.substr(start, bar == std::string_view::npos ? bar : bar - start) == name) return true;
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return false;
}

template <std::size_t N>
bool listed(const Category (&table)[N], std::string_view parent, std::string_view name) {
  for (const Category& c : table) {
    if (parent.empty() ? c.name == name : c.name == parent && in_list(c.subcategories, name))
      return true;
  }
  return false;
}

}  // namespace

bool itunes_category_valid(std::string_view parent, std::string_view name, bool& obsolete) {
  if (listed(kCategories, parent, name)) return true;
  obsolete = listed(kOldCategories, parent, name);
  return false;
}

RuleGroup itunes_rules() noexcept { return group(kItunes); }
RuleGroup itunes_channel_rules() noexcept { return group(kItunesChannel); }
RuleGroup itunes_item_rules() noexcept { return group(kItunesItem); }
RuleGroup itunes_owner_rules() noexcept { return group(kOwner); }
RuleGroup itunes_category_rules() noexcept { return group(kCategory); }

}  // namespace feedpp::detail
