// SPDX-License-Identifier: MIT
// What happens at each event of the walk, by the kind of the element: the generic shapes in
// events.cpp (containers, text, the eaters, Atom text constructs), the checks of each kind in
// its family's file (rss_checks.cpp, atom_checks.cpp, ext_checks.cpp), the value checks in
// checks.cpp. All log through the Walker.
#ifndef FEEDPP_SRC_CHECK_KINDS_HPP
#define FEEDPP_SRC_CHECK_KINDS_HPP

#include <string_view>

#include "check/values.hpp"
#include "check/walker.hpp"

namespace feedpp::detail {

// events.cpp: the walk's events.
void declaration(Walker& w, Frame& current, const pugi::xml_node& node, std::string_view prefix,
                 std::string_view uri);
void start_event(Walker& w, Frame& parent, const pugi::xml_node& node, std::string_view uri,
                 std::string_view local);
void text_event(Walker& w, Frame& f, std::string_view text);
void end_event(Walker& w, Frame& f);
void set_element(Walker& w, Frame& f);
bool expects_attribute(Walker& w, const Frame& f, std::string_view uri, std::string_view local);
void unexpected_attribute(Walker& w, Frame& f, std::string_view uri, std::string_view local);
// Marks `f` (a channel, feed, item or entry) as a podcast's: its iTunes checks apply.
void set_itunes(Walker& w, Frame& f);
// The W3C validator's name for `name` as a parent: "itunes_category" -> "itunes:category".
std::string colon_name(std::string_view name);

// kinds.cpp: what a parent does on taking a child (the W3C validator's do_ methods that log),
// and the checks of each kind, at its start tag and at its end tag.
Handler special_dispatch(Walker& w, Frame& p, const pugi::xml_node& node, const ChildRule& rule,
                         std::string& name);
void metadata(Walker& w, Frame& p, const pugi::xml_node& node, std::string_view name);
void prevalidate(Walker& w, Frame& f);
void validate(Walker& w, Frame& f);
// The attributes elements of `f`'s kind may have (beyond xml:*).
bool kind_expects(Walker& w, const Frame& f, std::string_view uri, std::string_view local);

// rss_checks.cpp
void start_root(Walker& w, Frame& root, const pugi::xml_node& node, std::string_view uri,
                std::string_view local);
void unknown_root(Walker& w, Frame& root, const pugi::xml_node& node, std::string_view uri,
                  std::string_view local);
void prevalidate_rss(Walker& w, Frame& f);
void validate_rss_kind(Walker& w, Frame& f);
bool rss_expects(Walker& w, const Frame& f, std::string_view uri, std::string_view local,
                 bool& known);

// atom_checks.cpp
void prevalidate_atom(Walker& w, Frame& f);
void validate_atom_kind(Walker& w, Frame& f);
bool atom_expects(Walker& w, const Frame& f, std::string_view uri, std::string_view local,
                  bool& known);
void validate_feed_metadata(Walker& w, Frame& feed);
void text_construct_start(Walker& w, Frame& p, const pugi::xml_node& node, std::string_view uri,
                          std::string_view local);
void text_construct_text(Walker& w, Frame& f, std::string_view text);

// ext_checks.cpp
void prevalidate_ext(Walker& w, Frame& f);
void validate_ext_kind(Walker& w, Frame& f);
bool ext_expects(Walker& w, const Frame& f, std::string_view uri, std::string_view local,
                 bool& known);
void validate_itunes_channel(Walker& w, Frame& f);

// media_checks.cpp
void prevalidate_media(Walker& w, Frame& f);
void validate_media_kind(Walker& w, Frame& f);
void note_enclosure(Walker& w, Frame& item, std::string_view url);

// checks.cpp: the Check of an element's text, and the same tests on attribute values.
// Returns true when the value passed (for the checks that others build on).
bool run_check(Walker& w, Frame& f, Check check, std::string_view value, std::string_view element,
               std::string_view parent);
// The W3C validator's rfc2396 family on `value`, logging `error` (or a more precise code);
// `attr` adds that parameter ("" for none).
bool check_uri(Walker& w, const Frame& f, std::string_view value, UriRule rule,
               std::string_view error, std::string_view element, std::string_view parent,
               std::string_view attr = {});
// iso639_validate: InvalidLanguage.
void check_language(Walker& w, const Frame& f, std::string_view value, std::string_view element,
                    std::string_view parent);
// The checks of flags: nonblank, unique, nonemail, keywords.
void run_flag_checks(Walker& w, Frame& f);
// The Checks that depend on the element's neighbours (image, skipHours, ...): rss_checks.cpp
// and ext_checks.cpp.
bool run_special_check(Walker& w, Frame& f, Check check, std::string_view value,
                       std::string_view element, std::string_view parent);
bool run_ext_check(Walker& w, Frame& f, Check check, std::string_view value,
                   std::string_view element, std::string_view parent);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_CHECK_KINDS_HPP
