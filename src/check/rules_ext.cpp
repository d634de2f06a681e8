// SPDX-License-Identifier: MIT
// The modules of RSS 1.0 and 2.0 that the W3C validator knows, by where they may stand: in a
// channel or feed (admin, blogChannel, syndication, FeedBurner, OpenSearch, feed history, ...),
// in an item or entry (aggregation, events, slash, threading, Well-Formed Web, trackback, wiki,
// Google Base, FeedSync, ...), or in both; and the small structures some of them have.
#include "check/rule_helpers.hpp"

#include "base/ascii.hpp"

namespace feedpp::detail {
namespace {

using namespace rules;  // NOLINT(google-build-using-namespace): table shorthands

constexpr ChildRule kChannelItem[] = {
    {"taxo_topics", kEat},
    {"l_link", K(Kind::l_link)},
};

constexpr Handler kGText = T(Check::none, kNoDup);

constexpr ChildRule kItemExt[] = {
    {"annotate_reference", K(Kind::rdf_resource, kNoDup)},
    {"ag_source", T(Check::none, kNoDup)},
    {"ag_sourceURL", T(Check::rfc2396_full, kNoDup)},
    {"ag_timestamp", T(Check::iso8601, kNoDup)},
    {"ev_startdate", T(Check::unbounded_iso8601, kNoDup)},
    {"ev_enddate", T(Check::unbounded_iso8601, kNoDup)},
    {"ev_location", kEat},
    {"ev_organizer", kEat},
    {"ev_type", T(Check::none, kNoDup)},
    {"feedburner_awareness", T(Check::rfc2396_full, kNoDup)},
    {"feedburner_origEnclosureLink", T(Check::rfc2396_full, kNoDup)},
    {"feedburner_origLink", T(Check::rfc2396_full, kNoDup)},
    {"foaf_maker", kEat},
    {"foaf_primaryTopic", kEat},
    {"slash_comments", T(Check::nonnegative_integer, kNoDup)},
    {"slash_section", T()},
    {"slash_department", T()},
    {"slash_hit_parade", T(Check::comma_integers, kNoDup)},
    {"thr_children", kEat, Special::thr_children},
    {"thr_total", T(Check::nonnegative_integer, kNoDup)},
    {"thr_in_reply_to", K(Kind::in_reply_to)},
    {"wfw_comment", T(Check::rfc2396_full, kNoDup)},
    {"wfw_commentRss", T(Check::rfc2396_full, kNoDup)},
    {"wfw_commentRSS", T(Check::rfc2396_full, kNoDup), Special::comment_rss},
    {"wiki_diff", T()},
    {"wiki_history", T()},
    {"wiki_importance", T()},
    {"wiki_status", T()},
    {"wiki_version", T()},
    {"g_actor", kGText},
    {"g_age", T(Check::nonnegative_integer, kNoDup)},
    {"g_agent", kGText},
    {"g_area", kGText},
    {"g_apparel_type", kGText},
    {"g_artist", kGText},
    {"g_author", kGText},
    {"g_bathrooms", T(Check::nonnegative_integer, kNoDup)},
    {"g_bedrooms", T(Check::nonnegative_integer, kNoDup)},
    {"g_brand", kGText},
    {"g_calories", kGText},
    {"g_cholesterol", kGText},
    {"g_color", kGText},
    {"g_cooking_time", kGText},
    {"g_condition", kGText},
    {"g_course", kGText},
    {"g_course_date_range", kEat},
    {"g_course_number", kGText},
    {"g_course_times", kGText},
    {"g_cuisine", kGText},
    {"g_currency", T(Check::currency, kNoDup)},
    {"g_delivery_notes", kGText},
    {"g_delivery_radius", kGText},
    {"g_education", kGText},
    {"g_employer", kGText},
    {"g_ethnicity", kGText},
    {"g_event_date_range", kEat},
    {"g_expiration_date", T(Check::iso8601_date, kNoDup)},
    {"g_expiration_date_time", T(Check::iso8601, kNoDup)},
    {"g_fiber", kGText},
    {"g_from_location", kGText},
    {"g_gender", kGText},
    {"g_hoa_dues", kGText},
    {"g_format", kGText},
    {"g_id", kGText},
    {"g_image_link", T(Check::rfc2396_full, kMaxTen)},
    {"g_immigration_status", kGText},
    {"g_interested_in", kGText},
    {"g_isbn", kGText},
    {"g_job_function", kGText},
    {"g_job_industry", kGText},
    {"g_job_type", kGText},
    {"g_label", T(Check::none, kMaxTen)},
    {"g_listing_type", T(Check::truefalse, kNoDup)},
    {"g_location", kGText},
    {"g_main_ingredient", kGText},
    {"g_make", kGText},
    {"g_manufacturer", kGText},
    {"g_manufacturer_id", kGText},
    {"g_marital_status", kGText},
    {"g_meal_type", kGText},
    {"g_megapixels", kGText},
    {"g_memory", kGText},
    {"g_mileage", kGText},
    {"g_model", kGText},
    {"g_model_number", kGText},
    {"g_name_of_item_being_reviewed", kGText},
    {"g_news_source", kGText},
    {"g_occupation", kGText},
    {"g_payment_notes", kGText},
    {"g_pages", T(Check::positive_integer, kNonBlank | kNoDup)},
    {"g_payment_accepted", T()},
    {"g_pickup", T(Check::truefalse, kNoDup)},
    {"g_preparation_time", kGText},
    {"g_price", kGText},
    {"g_price_type", kGText},
    {"g_processor_speed", kGText},
    {"g_product_type", kGText},
    {"g_property_type", kGText},
    {"g_protein", kGText},
    {"g_publication_name", kGText},
    {"g_publication_volume", kGText},
    {"g_publish_date", T(Check::iso8601_date, kNoDup)},
    {"g_quantity", T(Check::nonnegative_integer, kNonBlank | kNoDup)},
    {"g_rating", kGText},
    {"g_review_type", kGText},
    {"g_reviewer_type", kGText},
    {"g_salary", kGText},
    {"g_salary_type", kGText},
    {"g_saturated_fat", kGText},
    {"g_school_district", kGText},
    {"g_service_type", kGText},
    {"g_servings", kGText},
    {"g_sexual_orientation", kGText},
    {"g_size", kGText},
    {"g_shipping", kEat},
    {"g_sodium", kGText},
    {"g_subject", kGText},
    {"g_subject_area", kGText},
    {"g_tax_percent", T(Check::percent, kNoDup)},
    {"g_tax_region", kGText},
    {"g_to_location", kGText},
    {"g_total_carbs", kGText},
    {"g_total_fat", kGText},
    {"g_travel_date_range", kEat},
    {"g_university", kGText},
    {"g_upc", kGText},
    {"g_url_of_item_being_reviewed", T(Check::rfc2396_full, kNoDup)},
    {"g_vehicle_type", kGText},
    {"g_vin", kGText},
    {"g_weight", kGText},
    {"g_year", kGText},
    {"media_group", K(Kind::media_group)},
    {"media_content", K(Kind::media_content)},
    {"sx_sync", K(Kind::sx_sync)},
    {"conversationsNetwork_introMilliseconds", T(Check::nonnegative_integer, kNoDup)},
    {"conversationsNetwork_image", T(Check::http_url, kNoDup)},
    {"conversationsNetwork_ratingAverage", T(Check::float_, kNoDup)},
    {"conversationsNetwork_ratingCount", T(Check::nonnegative_integer, kNoDup)},
    {"conversationsNetwork_ratingIndividual", T(Check::positive_integer, kNoDup)},
    {"conversationsNetwork_ratingTimestamp", T(Check::iso8601, kNoDup)},
};

constexpr ChildRule kRss20ItemExt[] = {
    {"trackback_ping", T(Check::rfc2396_full, kNoDup)},
    {"trackback_about", T(Check::rfc2396_full)},
};

constexpr ChildRule kRss10ItemExt[] = {
    {"trackback_ping", K(Kind::rdf_resource, kNoDup)},
    {"trackback_about", K(Kind::rdf_resource)},
    {"l_permalink", K(Kind::l_permalink)},
};

constexpr ChildRule kEntryExt[] = {
    {"dc_creator", T()},
    {"dc_subject", T()},
    {"dc_date", T(Check::w3cdtf, kNoDup)},
    {"creativeCommons_license", T(Check::rfc2396_full)},
    {"trackback_ping", T(Check::rfc2396_full, kNoDup)},
    {"trackback_about", T(Check::rfc2396_full)},
};

constexpr ChildRule kChannelExt[] = {
    {"admin_generatorAgent",
     K(Kind::rdf_resource, kNoDup),
     Special::none,
     {"generator", "DuplicateSemantics", "generator", "admin:generatorAgent"}},
    {"admin_errorReportsTo", K(Kind::rdf_resource, kNoDup)},
    {"blogChannel_blogRoll", T(Check::rfc2396_full, kNoDup)},
    {"blogChannel_mySubscriptions", T(Check::rfc2396_full, kNoDup)},
    {"blogChannel_blink", T(Check::rfc2396_full, kNoDup)},
    {"blogChannel_changes", T(Check::rfc2396_full, kNoDup)},
    {"sy_updatePeriod", T(Check::update_period, kNoDup)},
    {"sy_updateFrequency", T(Check::positive_integer, kNonBlank | kNoDup)},
    {"sy_updateBase", T(Check::w3cdtf, kNoDup)},
    {"foaf_maker", kEat},
    {"cp_server", K(Kind::rdf_resource)},
    {"wiki_interwiki", T()},
    {"thr_in_reply_to", K(Kind::in_reply_to)},
    {"cf_listinfo", K(Kind::cf_listinfo)},
    {"cf_treatAs", T()},
    {"feedburner_awareness", T(Check::rfc2396_full, kNoDup)},
    {"feedburner_browserFriendly", T(Check::nonhtml, kNoDup)},
    {"feedburner_emailServiceId", T(Check::none, kNoDup)},
    {"feedburner_feedFlare", K(Kind::feedburner_flare)},
    {"feedburner_info", K(Kind::feedburner_info)},
    {"feedburner_feedburnerHostname", T(Check::rfc2396_full, kNoDup)},
    {"opensearch_totalResults", T(Check::nonnegative_integer, kNoDup)},
    {"opensearch10_totalResults", T(Check::nonnegative_integer, kNoDup)},
    {"opensearch_startIndex", T(Check::integer, kNoDup)},
    {"opensearch10_startIndex", T(Check::integer, kNoDup)},
    {"opensearch_itemsPerPage", T(Check::nonnegative_integer, kNoDup)},
    {"opensearch10_itemsPerPage", T(Check::nonnegative_integer, kNoDup)},
    {"opensearch_Query", kEat},
    {"xhtml_div", kEat},
    {"xhtml_meta", K(Kind::xhtml_meta)},
    {"sx_sharing", K(Kind::sx_sharing)},
    {"fh_archive", K(Kind::plain)},
    {"fh_complete", K(Kind::plain)},
};

constexpr ChildRule kFeedExt[] = {
    {"dc_creator", T()},
    {"dc_subject", T()},
    {"dc_date", T(Check::w3cdtf, kNoDup)},
    {"creativeCommons_license", T(Check::rfc2396_full)},
    {"access_restriction", KT(Kind::access_restriction, Check::none)},
};

constexpr ChildRule kSharing[] = {{"sx_related", K(Kind::sx_related)}};
constexpr ChildRule kSync[] = {
    {"sx_history", K(Kind::sx_history)},
    {"sx_conflicts", K(Kind::sx_conflicts)},
};
constexpr ChildRule kConflicts[] = {
    {"entry", K(Kind::atom_entry)},
    {"item", K(Kind::item)},
};
constexpr ChildRule kListInfo[] = {
    {"cf_sort", K(Kind::cf_sort)},
    {"cf_group", K(Kind::cf_group)},
};

constexpr std::string_view kRobots[] = {"all",
                                        "none",
                                        "index",
                                        "index,follow",
                                        "index,nofollow",
                                        "noindex",
                                        "noindex,follow",
                                        "noindex,nofollow",
                                        "follow",
                                        "follow,index",
                                        "follow,noindex",
                                        "nofollow",
                                        "nofollow,index",
                                        "nofollow,noindex"};

}  // namespace

RuleGroup itunes_owner_rules() noexcept;     // rules_itunes.cpp
RuleGroup itunes_category_rules() noexcept;  // rules_itunes.cpp
RuleGroup media_group_rules() noexcept;      // rules_media.cpp
RuleGroup geo_rules_of(Kind kind) noexcept;  // rules_dc.cpp

bool is_robots_directive(std::string_view content) {
  for (std::string_view r : kRobots) {
    if (iequals(r, content)) return true;
  }
  return false;
}

RuleGroup channel_item_rules() noexcept { return group(kChannelItem); }
RuleGroup item_ext_rules() noexcept { return group(kItemExt); }
RuleGroup rss20_item_ext_rules() noexcept { return group(kRss20ItemExt); }
RuleGroup rss10_item_ext_rules() noexcept { return group(kRss10ItemExt); }
RuleGroup entry_ext_rules() noexcept { return group(kEntryExt); }
RuleGroup channel_ext_rules() noexcept { return group(kChannelExt); }
RuleGroup feed_ext_rules() noexcept { return group(kFeedExt); }

RuleGroup ext_rules_of(Kind kind) noexcept {
  switch (kind) {
    case Kind::itunes_owner:
      return itunes_owner_rules();
    case Kind::itunes_category:
      return itunes_category_rules();
    case Kind::media_group:
      return media_group_rules();
    case Kind::sx_sharing:
      return group(kSharing);
    case Kind::sx_sync:
      return group(kSync);
    case Kind::sx_conflicts:
      return group(kConflicts);
    case Kind::cf_listinfo:
      return group(kListInfo);
    default:
      return geo_rules_of(kind);
  }
}

}  // namespace feedpp::detail
