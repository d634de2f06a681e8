// SPDX-License-Identifier: MIT
// What a parent does when it takes a child, beyond the child's own checks (the W3C validator's
// do_ methods that log something first), and the routing of each kind's start and end checks
// to its family's file.
#include <string>

#include "check/kinds.hpp"
#include "check/namespaces.hpp"

namespace feedpp::detail {
namespace {

enum class Family { rss, atom, ext, none };

Family family_of(Kind k) noexcept {
  switch (k) {
    case Kind::root:
    case Kind::rss:
    case Kind::channel:
    case Kind::rss10_channel:
    case Kind::rss090_channel:
    case Kind::item:
    case Kind::rss10_item:
    case Kind::image:
    case Kind::rss10_image:
    case Kind::text_input:
    case Kind::skip_hours:
    case Kind::skip_days:
    case Kind::cloud:
    case Kind::enclosure:
    case Kind::rdf:
    case Kind::items:
    case Kind::rdf_seq:
    case Kind::rdf_li:
    case Kind::content_items:
    case Kind::content_bag:
    case Kind::content_li:
    case Kind::content_item:
    case Kind::guid:
    case Kind::rss_source:
    case Kind::rss_category:
    case Kind::rdf_resource:
    case Kind::l_link:
    case Kind::l_permalink:
      return Family::rss;
    case Kind::atom_feed:
    case Kind::atom_entry:
    case Kind::atom_source:
    case Kind::person:
    case Kind::atom_category:
    case Kind::app_control:
    case Kind::generator:
    case Kind::text_construct:
    case Kind::content:
    case Kind::atom_link:
    case Kind::in_reply_to:
    case Kind::app_service:
    case Kind::app_workspace:
    case Kind::app_collection:
    case Kind::app_categories:
      return Family::atom;
    case Kind::text:
    case Kind::eater:
    case Kind::html_eater:
    case Kind::div_eater:
    case Kind::rdf_extension:
    case Kind::plain:
    case Kind::questionable:
    case Kind::count_:
      return Family::none;
    default:
      return Family::ext;
  }
}

// The do_ methods of Atom, RSS 1.0, APP and the other modules that log or change the handler.
void more_specials(Walker& w, Frame& p, std::size_t at, Special special, Handler& h,
                   std::string& name) {
  switch (special) {
    case Special::atom_entry:
      if (!p.children.has("entry")) validate_feed_metadata(w, p);
      break;
    case Special::atom_content:
      p.has_content = true;
      break;
    case Special::feed_03:
      if (w.is_default_namespace(kAtom03Ns)) h = Handler{Kind::eater};
      break;
    case Special::rss090_channel:
      w.add_default_namespace(kRss090Ns);
      break;
    case Special::items_item:
      if (!w.is_default_namespace(kRss11Ns)) {
        w.log_at("UndefinedElement", at, Params().element("item").parent("items"));
      }
      break;
    case Special::items_seq:
      if (w.is_default_namespace(kRss11Ns)) {
        w.log_at("UndefinedElement", at, Params().element("rdf:Seq").parent("items"));
      }
      break;
    case Special::source_author:
      if (!w.is_root(p) && !w.parent_of(p).children.has("author")) {
        w.parent_of(p).children.add("author");
      }
      break;
    case Special::source_entry:
      w.log_at("UndefinedElement", at, Params().parent(p.name).element("entry"));
      break;
    case Special::itunes_subcategory:
      if (p.type.empty()) h = Handler{Kind::eater};
      break;
    case Special::blink:
      w.log_at("NoBlink", at, Params().element(name));
      break;
    case Special::items_about:
      if (w.attr_ns(p, kRdfNs, "about") == nullptr) {
        w.log_at("MissingAttribute", at, Params().parent(p.name).element(p.name).attr("rdf:about"));
      }
      break;
    case Special::rdf_child:
      if (!w.is_default_namespace(kRss090Ns)) h.flags |= kRdfAbout;
      break;
    case Special::xhtml_html:
      w.log_at("UndefinedElement", at, Params().parent("root").element("xhtml:html"));
      break;
    case Special::app_service:
    case Special::app_categories:
      w.set_feed_type(FeedType::app);
      break;
    case Special::collection_title:
      name = "atom_title";  // RFC 5023 §8.3.3: the collection's atom:title
      break;

    default:
      break;
  }
}

}  // namespace

Handler special_dispatch(Walker& w, Frame& p, const pugi::xml_node& node, const ChildRule& rule,
                         std::string& name) {
  Handler h = rule.handler;
  const std::size_t at = w.offset_of(node);
  const bool rss2 = w.feed_type() == FeedType::rss2;
  switch (rule.special) {
    case Special::none:
      break;
    case Special::avoid_text_input:
      w.log_at("AvoidTextInput", at, Params());
      break;
    case Special::textinput:
      if (w.attr_ns(p, kRdfNs, "about") == nullptr) {
        w.log_at("UndefinedElement", at, Params().parent(p.name).element("textinput"));
      }
      break;
    case Special::need_description:
      if (rss2 && !p.children.has("description")) w.log_at("NeedDescriptionBeforeContent", at, {});
      break;
    case Special::xhtml_body:
      if (rss2) w.log_at("DuplicateDescriptionSemantics", at, Params().element("xhtml:body"));
      break;
    case Special::thr_children:
      if (w.feed_type() != FeedType::rss1) {
        w.log_at("UndefinedElement", at, Params().parent(p.name).element("thr:children"));
      }
      break;
    case Special::comment_rss:
      w.log_at("CommentRSS", at,
               Params().parent(w.is_root(p) ? "" : w.parent_of(p).name).element(p.name));
      break;
    case Special::media_adult:
      w.log_at("DeprecatedMediaAdult", at, Params().parent(p.name).element("media:adult"));
      break;
    case Special::new_feed_url:
      if (name != "itunes_new-feed-url") {
        w.log_at("UndefinedElement", at, Params().parent(colon_name(p.name)).element(name));
      }
      break;
    case Special::rss_item:
      p.item_offsets.push_back(at);
      break;
    case Special::item_description:
      if (rss2) {
        const Frame* rss = w.rss_of(p);
        if (rss != nullptr && rss->version == "0.91") h.check = Check::nonhtml;
      }
      break;
    default:
      more_specials(w, p, at, rule.special, h, name);
      break;
  }
  return h;
}

void metadata(Walker& w, Frame& p, const pugi::xml_node& node, std::string_view name) {
  if (p.kind == Kind::channel) {
    // RSS 2.0: items after the channel's metadata (the RSS Profile).
    for (std::size_t at : p.item_offsets) {
      w.log_at("MisplacedItem", at, Params().parent(p.name).element("item"));
    }
    p.item_offsets.clear();
  } else if ((p.kind == Kind::atom_feed || p.kind == Kind::atom_source) &&
             p.children.has("entry")) {
    w.log_at("MisplacedMetadata", w.offset_of(node), Params().parent(p.name).element(name));
  }
}

void prevalidate(Walker& w, Frame& f) {
  switch (family_of(f.kind)) {
    case Family::rss:
      prevalidate_rss(w, f);
      break;
    case Family::atom:
      prevalidate_atom(w, f);
      break;
    case Family::ext:
      prevalidate_ext(w, f);
      break;
    case Family::none:
      break;
  }
}

void validate(Walker& w, Frame& f) {
  const std::string_view parent = w.is_root(f) ? "" : std::string_view(w.parent_of(f).name);
  switch (family_of(f.kind)) {
    case Family::rss:
      validate_rss_kind(w, f);
      break;
    case Family::atom:
      validate_atom_kind(w, f);
      break;
    case Family::ext:
      validate_ext_kind(w, f);
      break;
    case Family::none:
      if (f.kind == Kind::text) run_check(w, f, f.check, f.value, f.name, parent);
      break;
  }
  if (f.flags & kRdfAbout) {
    const char* about = w.attr_ns(f, kRdfNs, "about");
    if (about == nullptr) {
      w.log("MissingAttribute", f, Params().parent(parent).attr("rdf:about"));
    } else {
      check_uri(w, f, about, UriRule::rfc2396, "InvalidLink", f.name, f.name);
    }
  }
  run_flag_checks(w, f);
}

bool kind_expects(Walker& w, const Frame& f, std::string_view uri, std::string_view local) {
  bool known = false;
  bool result = rss_expects(w, f, uri, local, known);
  if (known) return result;
  result = atom_expects(w, f, uri, local, known);
  if (known) return result;
  result = ext_expects(w, f, uri, local, known);
  if (known) return result;
  // text: RSS 1.0's RDF attributes; every other handler expects none.
  if (is_text_kind(f.kind) && w.feed_type() == FeedType::rss1 && uri == kRdfNs) {
    return local == "parseType" || local == "datatype" || local == "resource";
  }
  return false;
}

}  // namespace feedpp::detail
