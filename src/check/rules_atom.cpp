// SPDX-License-Identifier: MIT
// The children of Atom elements (RFC 4287 §4.1 and §3.2), with what the W3C validator checks each
// as: ids canonical and without white space, dates RFC 3339, text constructs, links.
#include "check/rule_helpers.hpp"

namespace feedpp::detail {
namespace {

using namespace rules;  // NOLINT(google-build-using-namespace): table shorthands

constexpr std::uint16_t kMeta = kMetadata;

constexpr ChildRule kFeed[] = {
    {"author", K(Kind::person, kMeta)},
    {"category", K(Kind::atom_category, kMeta)},
    {"contributor", K(Kind::person, kMeta)},
    {"generator", KT(Kind::generator, Check::none, kNonBlank | kNoDup | kMeta)},
    {"id", T(Check::canonical_uri, kNoWs | kNoDup | kMeta)},
    {"icon", T(Check::rfc2396, kNonBlank | kNoWs | kNoDup | kMeta)},
    {"link", K(Kind::atom_link, kMeta | kLinkList)},
    {"logo", T(Check::rfc2396, kNonBlank | kNoWs | kNoDup | kMeta)},
    {"title", K(Kind::text_construct, kNoDup | kMeta)},
    {"subtitle", K(Kind::text_construct, kNoDup | kMeta)},
    {"rights", K(Kind::text_construct, kNoDup | kMeta)},
    {"updated", T(Check::rfc3339, kNoWs | kNoDup | kMeta)},
    {"entry", K(Kind::atom_entry), Special::atom_entry},
    {"app_collection", K(Kind::app_collection, kNoDup)},
};

// An entry's source: a feed's metadata; its author counts as the entry's.
constexpr ChildRule kSource[] = {
    {"author", K(Kind::person, kMeta), Special::source_author},
    {"entry", kEat, Special::source_entry},
};

constexpr ChildRule kEntry[] = {
    {"author", K(Kind::person)},
    {"category", K(Kind::atom_category)},
    {"content", K(Kind::content, kNoDup), Special::atom_content},
    {"contributor", K(Kind::person)},
    {"id", UNIQUE(Kind::text, Check::canonical_uri, Unique::entry_id, kNoWs | kNoDup)},
    {"link", K(Kind::atom_link, kLinkList)},
    {"published", T(Check::rfc3339, kNoWs | kNoDup)},
    {"source", K(Kind::atom_source, kNoDup)},
    {"rights", K(Kind::text_construct, kNoDup)},
    {"summary", K(Kind::text_construct, kNoDup)},
    {"title", K(Kind::text_construct, kNoDup)},
    {"updated", UNIQUE(Kind::text, Check::rfc3339, Unique::updated, kNoWs | kNoDup)},
    {"app_edited", T(Check::rfc3339, kNoWs | kNoDup)},
    {"app_control", K(Kind::app_control, kNoDup)},
};

constexpr ChildRule kAppControl[] = {{"app_draft", T(Check::yesno, kNoDup)}};

constexpr ChildRule kPerson[] = {
    {"name", T(Check::nonhtml, kNonEmail | kNonBlank | kNoDup)},
    {"email", T(Check::addr_spec, kNoDup)},
    {"uri", T(Check::rfc3987, kNonBlank | kNoWs | kNoDup)},
    {"atom_name", T(Check::nonhtml, kNonEmail | kNonBlank | kNoDup)},
    {"atom_email", T(Check::addr_spec, kNoDup)},
    {"atom_uri", T(Check::rfc3987, kNonBlank | kNoWs | kNoDup)},
    {"foaf_workplaceHomepage", K(Kind::rdf_resource)},
    {"foaf_homepage", K(Kind::rdf_resource)},
    {"foaf_weblog", K(Kind::rdf_resource)},
    {"foaf_plan", T()},
    {"foaf_firstName", T()},
    {"xhtml_div", K(Kind::div_eater)},
};

// Atom elements out of their place: checked, with QuestionableUsage.
constexpr ChildRule kQuestionable[] = {
    {"atom_author", K(Kind::person)},
    {"atom_category", K(Kind::atom_category)},
    {"atom_content", K(Kind::content)},
    {"atom_contributor", K(Kind::person)},
    {"atom_generator", K(Kind::generator)},
    {"atom_icon", T(Check::rfc2396, kNoDup)},
    {"atom_id", T(Check::canonical_uri, kNoDup)},
    {"atom_link", K(Kind::atom_link)},
    {"atom_logo", T(Check::rfc2396, kNoDup)},
    {"atom_published", T(Check::rfc3339, kNoDup)},
    {"atom_rights", K(Kind::text_construct, kNoDup)},
    {"atom_subtitle", K(Kind::text_construct, kNoDup)},
    {"atom_summary", K(Kind::text_construct, kNoDup)},
    {"atom_title", K(Kind::text_construct, kNoDup)},
    {"atom_updated", T(Check::rfc3339, kNoDup)},
    {"app_workspace", K(Kind::app_workspace)},
    {"app_collection", K(Kind::app_collection)},
    {"app_categories", K(Kind::app_categories)},
};

// The Atom Publishing Protocol's service and categories documents (RFC 5023 §8, §7).
constexpr ChildRule kService[] = {{"app_workspace", K(Kind::app_workspace)}};
constexpr ChildRule kWorkspace[] = {
    {"app_collection", K(Kind::app_collection)},
    {"atom_title", K(Kind::text_construct, kNoDup)},
};
constexpr ChildRule kCollection[] = {
    {"atom_title", K(Kind::text_construct, kNoDup)},
    {"title", K(Kind::text_construct, kNoDup), Special::collection_title},
    {"app_categories", K(Kind::app_categories)},
    {"app_accept", T(Check::media_range)},
};
constexpr ChildRule kCategories[] = {{"atom_category", K(Kind::atom_category)}};

}  // namespace

RuleGroup atom_rules_of(Kind kind) noexcept {
  switch (kind) {
    case Kind::atom_feed:
    case Kind::atom_source:
      return group(kFeed);
    case Kind::atom_entry:
      return group(kEntry);
    case Kind::app_control:
      return group(kAppControl);
    case Kind::person:
      return group(kPerson);
    case Kind::questionable:
      return group(kQuestionable);
    case Kind::app_service:
      return group(kService);
    case Kind::app_workspace:
      return group(kWorkspace);
    case Kind::app_collection:
      return group(kCollection);
    case Kind::app_categories:
      return group(kCategories);
    default:
      return RuleGroup{nullptr, 0};
  }
}

RuleGroup source_rules() noexcept { return group(kSource); }

}  // namespace feedpp::detail
