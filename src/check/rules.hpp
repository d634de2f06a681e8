// SPDX-License-Identifier: MIT
// The rule tables, as the W3C validator states its rules: for each kind of element, the children
// it may have and what each of them is checked as (a Handler). The tables live in one file per
// family (rules_rss.cpp, rules_atom.cpp, rules_itunes.cpp, ...); find_child() looks a child up
// in the tables of its parent's kind, in the order the W3C validator's classes inherit them.
#ifndef FEEDPP_SRC_CHECK_RULES_HPP
#define FEEDPP_SRC_CHECK_RULES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace feedpp::detail {

// What an element is checked as: the W3C validator's handler classes.
enum class Kind : std::uint8_t {
  // Containers: children by table, no text.
  root,
  rss,
  channel,         // RSS 2.0 and 0.9x
  rss10_channel,   // RSS 1.0
  rss090_channel,  // RSS 0.90
  item,            // RSS 2.0 and 0.9x
  rss10_item,
  image,
  rss10_image,
  text_input,
  skip_hours,
  skip_days,
  cloud,
  enclosure,
  rdf,
  items,
  rdf_seq,
  rdf_li,
  content_items,
  content_bag,
  content_li,
  content_item,
  atom_feed,
  atom_entry,
  atom_source,
  person,
  atom_category,
  app_control,
  itunes_owner,
  itunes_category,
  itunes_subcategory,
  itunes_image,
  media_content,
  media_group,
  media_player,
  media_thumbnail,
  sx_sharing,
  sx_related,
  sx_sync,
  sx_history,
  sx_conflicts,
  geo_point,
  georss_where,
  gml_point,
  gml_line,
  gml_polygon,
  gml_exterior,
  gml_linear_ring,
  gml_envelope,
  xhtml_meta,
  feedburner_info,
  cf_listinfo,
  cf_sort,
  cf_group,
  app_service,  // Atom Publishing Protocol (RFC 5023) documents
  app_workspace,
  app_collection,
  app_categories,
  plain,  // no children, no text, no attributes (fh:archive)
  // Text: character data checked by the Handler's Check; child elements are out of place.
  text,
  guid,
  rss_source,
  rss_category,
  generator,
  media_text,
  media_title,
  media_category,
  media_copyright,
  media_credit,
  media_hash,
  media_rating,
  media_restriction,
  access_restriction,
  feedburner_flare,
  in_reply_to,
  l_link,
  l_permalink,
  rdf_resource,
  // Shapes of their own.
  text_construct,  // Atom title, subtitle, summary, rights
  content,         // Atom content
  atom_link,
  eater,       // anything goes, unchecked
  html_eater,  // inline XHTML in RSS (xhtml:body): checked for what is unsafe
  div_eater,   // the xhtml:div of Atom XHTML content
  rdf_extension,
  questionable,  // not a handler: the table of elements out of place but known
  count_,
};

// What an element's text must be (the W3C validator's value classes).
enum class Check : std::uint8_t {
  none,
  nonhtml,
  safe_html,
  rfc2396,
  rfc2396_full,
  rfc3987,
  rfc3987_full,
  canonical_uri,
  http_url,
  rfc822,
  rfc3339,
  w3cdtf,
  iso8601,
  unbounded_iso8601,
  iso8601_date,
  iso639,
  email,
  email_with_name,
  addr_spec,
  positive_integer,
  nonnegative_integer,
  integer,
  uint31,
  float_,
  decimal,
  latitude,
  longitude,
  percent,
  truefalse,
  truefalse_strict,
  yesno,
  yesnoclean,
  duration,
  comma_integers,
  formname,
  update_period,
  mime_type,
  country,
  currency,
  itunes_type,
  itunes_episode_type,
  length_limited,  // Handler::arg is the limit; nonhtml too
  image_link,      // RSS <image>'s: also compared with the channel's
  image_url,
  image_title,
  image_width,
  image_height,
  channel_link,  // also recorded on the channel
  channel_title,
  channel_docs,
  day,
  hour,
  gml_pos,
  gml_pos_list,
  g_float,
  float_unit,
  int_unit,
  g_year,
  g_label,
  g_location,
  g_full_location,
  g_enum,       // Google Base enumerations: not checked beyond text
  nss,          // RFC 2141 namespace-specific string (sx)
  media_range,  // APP accept: MIME types separated by commas
  count_,
};

// Scopes of values that must be unique (the W3C validator's unique()).
enum class Unique : std::uint8_t {
  none,
  guid,      // RSS item guids in a channel: DuplicateValue
  atom_id,   // atom:id of RSS items in a channel: DuplicateValue
  entry_id,  // Atom entry ids in a feed: DuplicateEntries
  updated,   // Atom entry updated in a feed: DuplicateUpdated
};

// Secondary checks (the W3C validator's handler lists: `rfc3339(), nows(), noduplicates()`).
enum RuleFlag : std::uint16_t {
  kNoDup = 1 << 0,        // at most one: DuplicateElement
  kNonBlank = 1 << 1,     // not empty: NotBlank
  kNoWs = 1 << 2,         // no white space around the text: UnexpectedWhitespace
  kNonEmail = 1 << 3,     // no e-mail address in the text: ContainsEmail
  kKeywords = 1 << 4,     // comma-separated: InvalidKeywords
  kMaxTen = 1 << 5,       // at most ten: TooMany
  kMetadata = 1 << 6,     // channel or feed metadata: MisplacedItem / MisplacedMetadata
  kUnqualified = 1 << 7,  // the conflict holds only for a name without '.' (dc:date, not dc:date.x)
  kDupEnclosure = 1 << 8,  // duplicates are DuplicateEnclosure
  kLinkList = 1 << 9,      // an Atom link whose parent keeps a list of its links
  kRdfAbout = 1 << 10,     // RSS 1.0: rdf:about required, a URI
};

// What happens when the parent takes the child, beyond checking it (the W3C validator's do_
// methods that log something first).
enum class Special : std::uint8_t {
  none,
  avoid_text_input,    // AvoidTextInput
  textinput,           // lower case: UndefinedElement unless RSS 1.0 (rdf:about)
  need_description,    // content:encoded before description: NeedDescriptionBeforeContent
  xhtml_body,          // DuplicateDescriptionSemantics in RSS 2.0
  thr_children,        // UndefinedElement unless RSS 1.0
  comment_rss,         // wfw:commentRSS: CommentRSS
  media_adult,         // DeprecatedMediaAdult
  new_feed_url,        // itunes:new-feed-url spelt otherwise: UndefinedElement
  rss_item,            // an RSS 2.0 item: its place noted for MisplacedItem
  item_description,    // RSS 0.91 descriptions are plain text
  atom_entry,          // the first entry ends the feed's metadata
  atom_content,        // the entry notes its content
  feed_03,             // <feed> in Atom 0.3's namespace: not checked further
  rss090_channel,      // RSS 0.90's namespace becomes a default one
  items_item,          // RSS 1.1 items
  items_seq,           // RSS 1.0 rdf:Seq
  source_author,       // an author in an entry's source counts as the entry's
  source_entry,        // no entry in a source: UndefinedElement
  itunes_subcategory,  // no subcategory of a category without text
  blink,               // NoBlink
  items_about,         // RSS 1.0 items in a channel without rdf:about: MissingAttribute
  rdf_child,           // RSS 1.0 (not 0.90): rdf:about required
  xhtml_html,          // an XHTML document is not a feed: UndefinedElement
  app_service,         // an APP service document
  app_categories,      // an APP categories document
  collection_title,    // an unprefixed title in a collection of an Atom feed: atom:title
};

// A semantic duplicate: when the parent already has child `other`, taking this child is logged
// as `code` (DuplicateSemantics, DuplicateItemSemantics) with `core` and `ext`.
struct Conflict {
  std::string_view other;
  std::string_view code;
  std::string_view core;
  std::string_view ext;
};

// What an element is checked as.
struct Handler {
  Kind kind = Kind::eater;
  Check check = Check::none;
  std::uint16_t flags = 0;
  std::uint16_t arg = 0;
  Unique unique = Unique::none;
};

// One child a kind of element may have: `name` as the W3C validator writes it ("dc_date").
struct ChildRule {
  std::string_view name;
  Handler handler;
  Special special = Special::none;
  Conflict conflict{};
  Conflict conflict2{};
};

// Returns the rule for child `name` of an element of kind `parent`, null when it has none.
const ChildRule* find_child(Kind parent, std::string_view name);

// Returns true when elements of `kind` take character data as their value.
bool is_text_kind(Kind kind) noexcept;

// The rule groups of each family, for find_child()'s tables (defined in rules_*.cpp).
struct RuleGroup {
  const ChildRule* rules;
  std::size_t size;
};
RuleGroup rss_rules_of(Kind kind) noexcept;   // rules_rss.cpp: a kind's own rules, or none
RuleGroup atom_rules_of(Kind kind) noexcept;  // rules_atom.cpp
RuleGroup ext_rules_of(Kind kind) noexcept;   // rules_ext.cpp (and itunes, media, dc)
RuleGroup rss20_channel_rules() noexcept;     // rules_rss.cpp: RSS 2.0's own, before the base
RuleGroup rss20_item_rules() noexcept;
RuleGroup rss10_item_rules() noexcept;
RuleGroup rss10_channel_rules() noexcept;
RuleGroup source_rules() noexcept;          // rules_atom.cpp: a source's own, before a feed's
RuleGroup everywhere_rules() noexcept;      // rules_dc.cpp: valid in any container
RuleGroup media_rules() noexcept;           // rules_media.cpp
RuleGroup channel_item_rules() noexcept;    // rules_ext.cpp
RuleGroup item_ext_rules() noexcept;        // rules_ext.cpp
RuleGroup rss20_item_ext_rules() noexcept;  // rules_ext.cpp
RuleGroup rss10_item_ext_rules() noexcept;  // rules_ext.cpp
RuleGroup entry_ext_rules() noexcept;       // rules_ext.cpp
RuleGroup channel_ext_rules() noexcept;     // rules_ext.cpp
RuleGroup feed_ext_rules() noexcept;        // rules_ext.cpp
RuleGroup itunes_rules() noexcept;          // rules_itunes.cpp
RuleGroup itunes_channel_rules() noexcept;  // rules_itunes.cpp
RuleGroup itunes_item_rules() noexcept;     // rules_itunes.cpp

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_CHECK_RULES_HPP
