// SPDX-License-Identifier: MIT
// The children of RSS elements: RSS 2.0 (and 0.9x) as the RSS 2.0 specification lists them, and
// RSS 1.0's RDF structure, with what the W3C validator checks each as. Semantic duplicates
// (pubDate and dc:date) are noted on both sides, as it notes them.
#include "check/rule_helpers.hpp"

namespace feedpp::detail {
namespace {

using namespace rules;  // NOLINT(google-build-using-namespace): table shorthands

constexpr std::uint16_t kMeta = kMetadata;

constexpr ChildRule kRoot[] = {
    {"rss", K(Kind::rss)},
    {"feed", K(Kind::atom_feed), Special::feed_03},
    {"entry", K(Kind::atom_entry)},
    {"rdf_RDF", K(Kind::rdf)},
    {"Channel", K(Kind::rss10_channel)},
    {"xhtml_html", kEat, Special::xhtml_html},
    {"app_service", K(Kind::app_service), Special::app_service},
    {"app_categories", K(Kind::app_categories), Special::app_categories},
};

constexpr ChildRule kRss[] = {
    {"channel", K(Kind::channel, kNoDup)},
    {"access_restriction", KT(Kind::access_restriction, Check::none, kNoDup)},
};

// The channel of every RSS version (the W3C validator's channel class).
constexpr ChildRule kChannelBase[] = {
    {"image", K(Kind::image, kNoDup | kMeta)},
    {"textInput", K(Kind::text_input, kNoDup | kMeta)},
    {"textinput", K(Kind::eater, kNoDup | kMeta), Special::textinput},
    {"link", T(Check::channel_link, kNoDup | kMeta)},
    {"title", T(Check::channel_title, kNoDup | kNonBlank | kMeta)},
    {"description", T(Check::nonhtml, kNoDup | kMeta)},
    {"blink", T(Check::none, kNoDup), Special::blink},
    {"atom_author", K(Kind::person)},
    {"atom_category", K(Kind::atom_category)},
    {"atom_contributor", K(Kind::person)},
    {"atom_generator", KT(Kind::generator, Check::none, kNonBlank | kNoDup)},
    {"atom_id", T(Check::rfc2396_full, kNoDup)},
    {"atom_icon", T(Check::rfc2396, kNonBlank | kNoDup)},
    {"atom_link", K(Kind::atom_link, kMeta | kLinkList)},
    {"atom_logo", T(Check::rfc2396, kNonBlank | kNoDup)},
    {"atom_title", K(Kind::text_construct, kNoDup)},
    {"atom_subtitle", K(Kind::text_construct, kNoDup)},
    {"atom_rights", K(Kind::text_construct, kNoDup)},
    {"atom_updated", T(Check::rfc3339, kNoDup)},
    {"dc_creator",
     T(),
     Special::none,
     {"managingEditor", "DuplicateSemantics", "managingEditor", "dc:creator"}},
    {"dc_subject",
     T(),
     Special::none,
     {"category", "DuplicateSemantics", "category", "dc:subject"}},
    {"dc_date",
     T(Check::w3cdtf, kNoDup),
     Special::none,
     {"pubDate", "DuplicateSemantics", "pubDate", "dc:date"}},
    {"cc_license",
     kEat,
     Special::none,
     {"creativeCommons_license", "DuplicateSemantics", "creativeCommons:license", "cc:license"}},
    {"creativeCommons_license",
     T(Check::rfc2396_full),
     Special::none,
     {"cc_license", "DuplicateSemantics", "creativeCommons:license", "cc:license"}},
};

// RSS 2.0 and 0.9x (the W3C validator's rss20Channel).
constexpr ChildRule kRss20Channel[] = {
    {"textInput", K(Kind::text_input, kNoDup | kMeta), Special::avoid_text_input},
    {"item", K(Kind::item), Special::rss_item},
    {"category", KT(Kind::rss_category, Check::none, kMeta)},
    {"cloud", K(Kind::cloud, kNoDup | kMeta)},
    {"rating", T()},
    {"ttl", T(Check::positive_integer, kNonBlank | kNoDup | kMeta)},
    {"docs", T(Check::channel_docs, kNoDup | kMeta)},
    {"generator",
     T(Check::none, kNoDup | kMeta),
     Special::none,
     {"admin_generatorAgent", "DuplicateSemantics", "generator", "admin:generatorAgent"}},
    {"pubDate",
     T(Check::rfc822, kNoDup | kMeta),
     Special::none,
     {"dc_date", "DuplicateSemantics", "pubDate", "dc:date"}},
    {"managingEditor",
     T(Check::email_with_name, kNoDup | kMeta),
     Special::none,
     {"dc_creator", "DuplicateSemantics", "managingEditor", "dc:creator"}},
    {"webMaster",
     T(Check::email_with_name, kNoDup | kMeta),
     Special::none,
     {"dc_publisher", "DuplicateSemantics", "webMaster", "dc:publisher"}},
    {"language",
     T(Check::iso639, kNoDup | kMeta),
     Special::none,
     {"dc_language", "DuplicateSemantics", "language", "dc:language"}},
    {"copyright",
     T(Check::nonhtml, kNoDup | kMeta),
     Special::none,
     {"dc_rights", "DuplicateSemantics", "copyright", "dc:rights"}},
    {"lastBuildDate",
     T(Check::rfc822, kNoDup | kMeta),
     Special::none,
     {"dcterms_modified", "DuplicateSemantics", "lastBuildDate", "dcterms:modified"}},
    {"skipHours", K(Kind::skip_hours, kMeta)},
    {"skipDays", K(Kind::skip_days, kMeta)},
};

constexpr ChildRule kRss10Channel[] = {
    {"items", K(Kind::items, kNoDup), Special::items_about},
    {"rdfs_label", T()},
    {"rdfs_comment", T()},
};

// The item of every RSS version (the W3C validator's item class).
constexpr ChildRule kItemBase[] = {
    {"link", T(Check::rfc2396_full, kNoDup)},
    {"title", T(Check::nonhtml, kNonBlank | kNoDup)},
    {"description", T(Check::safe_html, kNoDup), Special::item_description},
    {"content_encoded", T(Check::safe_html, kNoDup), Special::need_description},
    {"content_items", K(Kind::content_items, kNoDup)},
    {"xhtml_body", K(Kind::html_eater), Special::xhtml_body},
    {"atom_id",
     UNIQUE(Kind::text, Check::rfc2396_full, Unique::atom_id, kNoDup),
     Special::none,
     {"guid", "DuplicateItemSemantics", "guid", "atom:id"}},
    {"atom_link", K(Kind::atom_link)},
    {"atom_title", K(Kind::content, kNoDup)},
    {"atom_summary", K(Kind::text_construct, kNoDup)},
    {"atom_author", K(Kind::person, kNoDup)},
    {"atom_contributor", K(Kind::person)},
    {"atom_content", K(Kind::content)},
    {"atom_published", T(Check::rfc3339, kNoDup)},
    {"atom_updated", T(Check::rfc3339, kNoDup)},
    {"dc_creator",
     T(Check::none, kUnqualified),
     Special::none,
     {"author", "DuplicateItemSemantics", "author", "dc:creator"}},
    {"dc_subject",
     T(Check::none, kUnqualified),
     Special::none,
     {"category", "DuplicateItemSemantics", "category", "dc:subject"}},
    {"dc_date",
     T(Check::w3cdtf, kUnqualified),
     Special::none,
     {"pubDate", "DuplicateItemSemantics", "pubDate", "dc:date"}},
    {"cc_license",
     kEat,
     Special::none,
     {"creativeCommons_license", "DuplicateItemSemantics", "creativeCommons:license",
      "cc:license"}},
    {"creativeCommons_license",
     T(Check::rfc2396_full),
     Special::none,
     {"cc_license", "DuplicateItemSemantics", "creativeCommons:license", "cc:license"}},
};

constexpr ChildRule kRss20Item[] = {
    {"comments", T(Check::rfc2396_full, kNoDup)},
    {"enclosure", K(Kind::enclosure, kNoDup | kDupEnclosure)},
    {"pubDate",
     T(Check::rfc822, kNoDup),
     Special::none,
     {"dc_date", "DuplicateItemSemantics", "pubDate", "dc:date"},
     {"atom_published", "DuplicateItemSemantics", "pubDate", "atom:published"}},
    {"author",
     T(Check::email_with_name, kNoDup),
     Special::none,
     {"dc_creator", "DuplicateItemSemantics", "author", "dc:creator"}},
    {"category",
     KT(Kind::rss_category, Check::none, kNonBlank),
     Special::none,
     {"dc_subject", "DuplicateItemSemantics", "category", "dc:subject"}},
    {"guid",
     UNIQUE(Kind::guid, Check::none, Unique::guid, kNoDup),
     Special::none,
     {"atom_id", "DuplicateItemSemantics", "guid", "atom:id"}},
    {"source",
     KT(Kind::rss_source, Check::none, kNoDup),
     Special::none,
     {"dc_source", "DuplicateItemSemantics", "source", "dc:source"}},
};

constexpr ChildRule kRss10Item[] = {
    {"rdfs_label", T()},
    {"rdfs_comment", T()},
};

constexpr ChildRule kImage[] = {
    {"title", T(Check::image_title, kNoDup)},
    {"link", T(Check::image_link, kNoDup)},
    {"url", T(Check::image_url, kNoDup)},
    {"width", T(Check::image_width, kNoDup)},
    {"height", T(Check::image_height, kNoDup)},
    {"description", T(Check::nonhtml, kNoDup)},
    {"dc_creator", T()},
    {"dc_subject", T()},
    {"dc_date", T(Check::w3cdtf, kNoDup)},
    {"cc_license", kEat},
};

constexpr ChildRule kRss10Image[] = {
    {"title", T(Check::image_title, kNoDup)},
    {"link", T(Check::rfc2396_full, kNoDup)},
    {"url", T(Check::rfc2396_full, kNoDup)},
    {"dc_creator", T()},
    {"dc_subject", T()},
    {"dc_date", T(Check::w3cdtf, kNoDup)},
    {"cc_license", kEat},
};

constexpr ChildRule kTextInput[] = {
    {"title", T(Check::nonhtml, kNoDup)},
    {"description", T(Check::none, kNoDup)},
    {"name", T(Check::formname, kNoDup)},
    {"link", T(Check::rfc2396_full, kNoDup)},
    {"dc_creator", T()},
    {"dc_subject", T()},
    {"dc_date", T(Check::w3cdtf, kNoDup)},
};

constexpr ChildRule kSkipHours[] = {{"hour", T(Check::hour)}};
constexpr ChildRule kSkipDays[] = {{"day", T(Check::day)}};

// RSS 1.0's rdf:RDF (and RSS 0.90's).
constexpr ChildRule kRdf[] = {
    {"rss090_channel", K(Kind::rss090_channel, kNoDup), Special::rss090_channel},
    {"channel", K(Kind::rss10_channel, kNoDup | kRdfAbout)},
    {"item", K(Kind::rss10_item), Special::rdf_child},
    {"textinput", K(Kind::text_input), Special::rdf_child},
    {"image", K(Kind::rss10_image), Special::rdf_child},
    {"cc_License", kEat},
    {"taxo_topic", kEat},
    {"rdf_Description", kEat},
};

constexpr ChildRule kItems[] = {
    {"item", K(Kind::rss10_item), Special::items_item},
    {"rdf_Seq", K(Kind::rdf_seq), Special::items_seq},
};
constexpr ChildRule kRdfSeq[] = {{"rdf_li", K(Kind::rdf_li)}};
constexpr ChildRule kContentItems[] = {{"rdf_Bag", K(Kind::content_bag, kNoDup)}};
constexpr ChildRule kContentBag[] = {{"rdf_li", K(Kind::content_li)}};
constexpr ChildRule kContentLi[] = {{"content_item", K(Kind::content_item)}};
constexpr ChildRule kContentItem[] = {
    {"content_format", K(Kind::rdf_resource, kNoDup)},
    {"content_encoding", K(Kind::rdf_resource, kNoDup)},
    {"rdf_value", T(Check::none, kNoDup)},
};

}  // namespace

RuleGroup rss_rules_of(Kind kind) noexcept {
  switch (kind) {
    case Kind::root:
      return group(kRoot);
    case Kind::rss:
      return group(kRss);
    case Kind::channel:
    case Kind::rss10_channel:
    case Kind::rss090_channel:
      return group(kChannelBase);
    case Kind::item:
    case Kind::rss10_item:
      return group(kItemBase);
    case Kind::image:
      return group(kImage);
    case Kind::rss10_image:
      return group(kRss10Image);
    case Kind::text_input:
      return group(kTextInput);
    case Kind::skip_hours:
      return group(kSkipHours);
    case Kind::skip_days:
      return group(kSkipDays);
    case Kind::rdf:
      return group(kRdf);
    case Kind::items:
      return group(kItems);
    case Kind::rdf_seq:
      return group(kRdfSeq);
    case Kind::content_items:
      return group(kContentItems);
    case Kind::content_bag:
      return group(kContentBag);
    case Kind::content_li:
      return group(kContentLi);
    case Kind::content_item:
      return group(kContentItem);
    default:
      return RuleGroup{nullptr, 0};
  }
}

RuleGroup rss20_channel_rules() noexcept { return group(kRss20Channel); }
RuleGroup rss10_channel_rules() noexcept { return group(kRss10Channel); }
RuleGroup rss20_item_rules() noexcept { return group(kRss20Item); }
RuleGroup rss10_item_rules() noexcept { return group(kRss10Item); }

}  // namespace feedpp::detail
