// SPDX-License-Identifier: MIT
// What the channel's and the item's views share: the language and base in scope, text views,
// people, links, categories and dates, and the lookups of elements kept as extensions.
//
// Stage view/: the reader's view of the model. May include base/, date/, ext/, html/, model/ and
// the public headers; never read/ or write/.
#ifndef FEEDPP_SRC_VIEW_VIEW_SUPPORT_HPP
#define FEEDPP_SRC_VIEW_VIEW_SUPPORT_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/vocabulary.hpp"
#include "feedpp/view.hpp"

namespace feedpp::detail {

// The xml:base and xml:lang in scope.
struct Scope {
  std::string base;
  std::optional<std::string> lang;  // nothing: no language in scope
};

// The scope below an element with xml:lang `lang` and xml:base `base`, inside `outer`.
Scope inner(const Scope& outer, const std::optional<std::string>& lang, std::string_view base);

// The scope below an extension element (its own xml:lang and xml:base).
Scope extension_scope(const Scope& outer, const Extension& e);

// What the views of one feed share: its format and the scopes of its root and channel.
struct FeedContext {
  FeedContext(const Feed& feed, const ViewOptions& options);
  const Feed& feed;
  const ViewOptions& options;
  bool rss = false;  // RSS of any version (RDF too): descriptions are HTML
  std::optional<std::string> root_lang;
  Scope channel;
};

// Returns `url` resolved against the base in scope ("" stays "").
std::string resolved(const Scope& scope, std::string_view url);

// Returns the MIME type a text's `type` stands for; `unstated` when it is empty.
std::string mime(std::string_view type, std::string_view unstated);
bool is_markup(std::string_view mime_type);

// Text views: a value of MIME type `type` in `scope` (HTML re-serialized with its URLs resolved).
TextView text_view(std::string_view value, std::string type, const Scope& scope,
                   std::string_view src = {});
// A text construct of the model; `unstated` is the type when it says none. Atom content of a
// type neither text nor XML is base64, decoded.
TextView text_view(const Text& text, std::string_view unstated, const Scope& outer, bool rss);
// A text construct kept as an extension (Atom 0.3 info, a text that did not fit a vocabulary).
TextView text_view(const Extension& e, std::string_view unstated, const Scope& outer, bool rss);
// An item's content.
TextView content_view(const Content& content, const Scope& outer, bool rss, bool with_src);

// Whether the MIME type is one Atom writes as base64 (neither text nor XML); never in RSS.
bool is_binary(std::string_view mime_type, bool rss);

// The first, the last, or every extension of `vocabulary` named `name` (any case).
const Extension* find_extension(const std::vector<Extension>& list, Vocabulary vocabulary,
                                std::string_view name);
const Extension* find_last_extension(const std::vector<Extension>& list, Vocabulary vocabulary,
                                     std::string_view name);
std::vector<const Extension*> find_extensions(const std::vector<Extension>& list,
                                              Vocabulary vocabulary, std::string_view name);
// The value of an extension's attribute in no namespace ("" when none).
std::string_view attribute_of(const Extension& e, std::string_view name);
// The children of an extension serialized as markup.
std::string markup(const Extension& e);
// The text of an extension and its descendants.
std::string all_text(const Extension& e);

// A person; one written as a single string with an address in it is split.
PersonView person_view(const Person& person, const Scope& scope);
// A link, rel defaulting to alternate and type to text/html (application/atom+xml for self).
LinkView link_view(const Link& link, const Scope& scope);
// Adds `category` unless its term is empty or its term and scheme are there already.
void add_category(std::vector<CategoryView>& list, CategoryView category);
// The categories iTunes and Media RSS give (categories and subcategories, keywords).
void vocabulary_categories(const ItunesChannel* itunes_channel, const ItunesItem* itunes_item,
                           const std::vector<Extension>& extensions, const MediaElements* media,
                           std::vector<CategoryView>& out);
// RSS <image> and itunes:image as a reader shows them.
ImageView image_view(const Image& image, const Scope& scope);
std::optional<ImageView> itunes_image_view(const std::optional<ItunesImage>& image,
                                           const Scope& scope);
// Reads a date from text, as the parser does.
Date date_from(std::string_view text);
// Reads dcterms:valid's "start=...; end=..." into its two dates.
void validity(std::string_view valid, Date& start, Date& end);
// iTunes flags, from their typed values, or (`exact`) from their texts as Apple spells them.
void itunes_flags(const Typed<bool>& block, bool has_block, const Typed<ItunesExplicit>& explicit_,
                  bool has_explicit, bool exact, ItunesView& out);

// The elements beyond RSS's and Atom's own, as trees in document order (view_elements.cpp).
std::vector<Extension> channel_elements(const Channel& channel);
std::vector<Extension> item_elements(const Item& item);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_VIEW_VIEW_SUPPORT_HPP
