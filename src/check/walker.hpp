// SPDX-License-Identifier: MIT
// The validation walk: the document tree, element by element in document order, through handlers
// that work as the W3C validator's do. Each element gets a Frame: what it is checked as (a Kind
// from the rule tables, a Check for its text, flags such as "no duplicates"), its name as the
// W3C validator writes it ("itunes_explicit"), its text, and which children it has had. A start
// tag asks the parent's rules what the child is; an end tag runs the element's checks.
//
// The walk keeps an explicit stack of frames (no recursion, whatever the depth); frames are
// reused, so that a long feed costs no allocation per element once the stack has grown.
#ifndef FEEDPP_SRC_CHECK_WALKER_HPP
#define FEEDPP_SRC_CHECK_WALKER_HPP

#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "check/rules.hpp"
#include "feedpp/validate.hpp"
#include "input/xml_dom.hpp"

namespace feedpp::detail {

// The kinds of document the W3C validator tells apart (its TYPE_ constants).
enum class FeedType : std::uint8_t { unknown, rss2, rss1, atom, atom_entry, app };

// The names of an element's children so far, with counts. Most elements have a handful of
// distinct children, compared in place; beyond that a hash map keeps lookups constant-time.
// Requires: the names live as long as the walk (rule tables, the tree, Walker::intern()).
class ChildSet {
 public:
  void clear();
  void add(std::string_view name);
  [[nodiscard]] std::size_t count(std::string_view name) const;
  [[nodiscard]] bool has(std::string_view name) const { return count(name) > 0; }
  [[nodiscard]] std::size_t total() const { return total_; }

 private:
  static constexpr std::size_t kInline = 16;
  std::vector<std::pair<std::string_view, std::size_t>> few_;
  std::size_t used_ = 0;
  std::unordered_map<std::string_view, std::size_t> many_;
  std::size_t total_ = 0;
};

// An element's character data. Most elements have one text node: its text is borrowed from the
// tree, which outlives the walk; a second piece copies both into the frame's own buffer.
class TextValue {
 public:
  void clear() { view_ = {}; }
  // Adds `s`, which must live as long as the walk (the tree's text).
  void borrow(std::string_view s) {
    if (view_.empty()) {
      view_ = s;
    } else {
      append(s);
    }
  }
  // Adds a copy of `s`.
  void append(std::string_view s) {
    if (view_.data() != buf_.data() || view_.size() != buf_.size()) buf_.assign(view_);
    buf_.append(s);
    view_ = buf_;
  }
  TextValue& operator=(std::string_view s) {
    buf_.assign(s);
    view_ = buf_;
    return *this;
  }
  // Drops Python's white space around the text (normalizeWhitespace()).
  void strip();
  operator std::string_view() const { return view_; }  // NOLINT(google-explicit-constructor)
  [[nodiscard]] std::string_view view() const { return view_; }
  [[nodiscard]] bool empty() const { return view_.empty(); }
  [[nodiscard]] std::size_t size() const { return view_.size(); }
  [[nodiscard]] std::size_t find(std::string_view s, std::size_t pos = 0) const {
    return view_.find(s, pos);
  }
  [[nodiscard]] std::size_t find(char c, std::size_t pos = 0) const { return view_.find(c, pos); }
  [[nodiscard]] const char* begin() const { return view_.data(); }
  [[nodiscard]] const char* end() const { return view_.data() + view_.size(); }
  friend bool operator==(const TextValue& a, std::string_view b) { return a.view_ == b; }
  friend bool operator!=(const TextValue& a, std::string_view b) { return a.view_ != b; }

 private:
  std::string_view view_;
  std::string buf_;
};

// An Atom link as the checks of its parent need it.
// The strings are the link's attributes (or literals), which live as long as the walk.
struct LinkInfo {
  std::string_view rel;
  std::string_view type;
  std::string_view hreflang;
  std::string_view href;
};

// One open element.
struct Frame {
  pugi::xml_node node;
  Kind kind = Kind::root;
  Check check = Check::none;
  std::uint16_t flags = 0;
  std::uint16_t arg = 0;
  Unique unique = Unique::none;
  std::size_t index = 0;   // this frame's place in the stack (0: the root)
  std::size_t parent = 0;  // index of the parent frame (the root frame is its own parent)
  std::string_view name;   // as the W3C validator names it: "title", "dc_date", "unknown_foo"
  std::string_view uri;    // the element's namespace URI ("" for none)
  std::string_view local;  // the element's local name
  TextValue value;         // its character data so far
  ChildSet children;
  bool forced_children = false;  // the W3C validator's "children.append(True)": text is mixed
  bool any_child_element = false;
  bool itunes = false;
  bool has_lang = false;
  std::string_view lang;       // xml:lang in scope
  std::string_view base;       // the xml:base in scope, resolved ("" when none)
  std::string own_base;        // this element's xml:base, resolved
  bool base_absolute = false;  // an xml:base in scope has an authority (RelativeSelf)
  // Per kind.
  std::string_view version;       // rss: version attribute
  std::string link;               // channel: <link>; link: its href
  std::string title;              // channel: <title>
  std::string docs;               // channel: <docs>
  std::string_view type;          // text constructs and links: the type; itunes category: text
  std::string_view rel;           // link
  std::string_view hreflang;      // link
  std::string_view href;          // link
  bool has_src = false;           // text construct / content: src attribute
  bool has_content = false;       // entry: has <content>
  std::string_view content_type;  // entry: its content's type
  bool content_src = false;       // entry: its content has src
  bool mixed = false;             // xhtml div: holds elements
  bool literal = false;           // rdf extension: rdf:parseType="Literal"
  std::vector<LinkInfo> links;    // channel, feed, source, entry: Atom links
  std::vector<std::size_t> item_offsets;  // rss channel: items before metadata (MisplacedItem)
  std::vector<std::string> enclosures;    // item, entry: enclosure URLs (iTunes formats)
  // Unique values, by scope: made for the few elements that are a scope (channel, feed).
  std::unique_ptr<std::array<std::unordered_set<std::string>, 5>> seen;
  std::bitset<32> slots;  // skipHours: hours; skipDays: days
};

// Parameters of a finding, set by name as the W3C messages have them.
struct Params {
  std::string_view element_;
  std::string_view parent_;
  std::string_view attr_;
  std::string_view value_;
  bool has_element = false;
  bool has_parent = false;
  bool has_attr = false;
  bool has_value = false;
  std::array<std::pair<std::string_view, std::string_view>, 4> extra{};
  std::size_t extras = 0;

  Params& element(std::string_view v) {
    element_ = v;
    has_element = true;
    return *this;
  }
  Params& parent(std::string_view v) {
    parent_ = v;
    has_parent = true;
    return *this;
  }
  Params& attr(std::string_view v) {
    attr_ = v;
    has_attr = true;
    return *this;
  }
  Params& value(std::string_view v) {
    value_ = v;
    has_value = true;
    return *this;
  }
  Params& with(std::string_view key, std::string_view v) {
    if (extras < extra.size()) extra[extras++] = {key, v};
    return *this;
  }
};

// Where an element starts in the text, and its name and its parent's, as findings name them.
struct ElementStart {
  std::size_t offset = 0;
  std::string element;
  std::string parent;
};

class Walker {
 public:
  Walker(const XmlDocument& xml, std::string_view text, std::vector<Finding>& out)
      : xml_(xml), text_(text), out_(out) {}

  // Walks the document's tree.
  void run();

  // Records finding `code` about `at` (element defaults to its name, as the W3C log does).
  void log(std::string_view code, const Frame& at, const Params& params);
  // Records finding `code` at `offset` in the text.
  void log_at(std::string_view code, std::size_t offset, const Params& params);
  // The number of findings so far, to come back to.
  [[nodiscard]] std::size_t mark() const { return out_.size(); }
  // Forgets the findings about HTML tags recorded since `mark` (SecurityRisk and its kin, and
  // NotHtml for tags that are not HTML's): the HTML could not be parsed after all.
  void drop_tag_findings(std::size_t mark);
  // Forgets the findings named `code` recorded so far; returns how many there were.
  std::size_t drop(std::string_view code);
  // The number of findings named `code` recorded so far.
  [[nodiscard]] std::size_t logged(std::string_view code) const;
  // The document's charset as the parser decoded it (NotUTF8).
  [[nodiscard]] std::string_view encoding() const { return encoding_; }
  void set_encoding(std::string_view e) { encoding_ = e; }
  // The URIs the feed is known by: the document's URL, and its self links.
  std::vector<std::string>& self_uris() { return self_uris_; }
  // The document's own URL ("" when not known), against which xml:base resolves.
  [[nodiscard]] const std::string& document_base() const { return document_base_; }
  void set_document_base(std::string base) { document_base_ = std::move(base); }
  // Has the walk note where each element starts, in document order, into `starts` (null: not),
  // so that the parser's findings about characters can name the element they are in. Asked only
  // when the parser has such findings: the notes cost a little for every element.
  void record_starts(std::vector<ElementStart>* starts) { starts_ = starts; }

  // Opens a frame for `node` as a child of `parent`, checked as `handler`, and runs its start
  // checks. Returns the new frame.
  Frame& push_child(Frame& parent, const pugi::xml_node& node, std::string_view uri,
                    std::string_view local, std::string_view name, const Handler& handler);

  Frame& parent_of(const Frame& f) { return stack_[f.parent]; }
  [[nodiscard]] bool is_root(const Frame& f) const { return f.index == 0; }
  // The name of `f`'s parent as the W3C validator writes it; "" for the root.
  [[nodiscard]] std::string_view parent_name(const Frame& f) const {
    return is_root(f) ? std::string_view() : std::string_view(stack_[f.parent].name);
  }
  [[nodiscard]] FeedType feed_type() const { return feed_type_; }
  void set_feed_type(FeedType t) { feed_type_ = t; }
  [[nodiscard]] bool is_default_namespace(std::string_view uri) const;
  void add_default_namespace(std::string_view uri) { defaults_.emplace_back(uri); }
  [[nodiscard]] bool has_valid_doctype() const { return valid_doctype_; }
  void set_valid_doctype() { valid_doctype_ = true; }
  // The rdf:about values of the document (RSS 1.0): returns false when `about` was seen before.
  bool note_about(std::string_view about) { return abouts_.emplace(about).second; }
  // The sx:sync ids of the document: returns false when `id` was seen before.
  bool note_sync_id(std::string_view id) { return sync_ids_.emplace(id).second; }
  [[nodiscard]] std::string_view text() const { return text_; }
  [[nodiscard]] std::size_t offset_of(const pugi::xml_node& node) const;
  // The frame of the nearest <rss> element above `f`, or null.
  [[nodiscard]] const Frame* rss_of(const Frame& f) const;
  [[nodiscard]] NamespaceScope& scope() { return *scope_; }
  // Returns true when `s` is empty or white space only.
  static bool blank(std::string_view s);

  // The xml:lang and xml:base of the element being started (null when it has none).
  [[nodiscard]] pugi::xml_attribute current_lang() const { return lang_; }
  [[nodiscard]] pugi::xml_attribute current_base() const { return base_; }

  // Returns a copy of `name` that lives as long as the walk (one per distinct name).
  std::string_view intern(std::string_view name) { return *interned_.emplace(name).first; }

  // Buffers for names being made, reused from element to element.
  std::string& scratch(std::size_t i) { return scratch_[i]; }

  // known_prefix(), remembered per namespace URI: the elements of a namespace share the string
  // of its declaration, so the last few are kept by address.
  std::string_view prefix_of(std::string_view uri);

  // Attribute `name` (no namespace) of `f`'s element; null when absent.
  static const char* attr(const Frame& f, const char* name);
  // Attribute of `f`'s element in namespace `uri` with local name `local`; null when absent.
  const char* attr_ns(const Frame& f, std::string_view uri, std::string_view local) const;
  // The namespace URI of attribute `a` of the element being started or open.
  std::string_view resolve_attribute(const pugi::xml_attribute& a) const;

 private:
  void start(const pugi::xml_node& node);
  void end();
  void characters(std::string_view text, const pugi::xml_node& node);
  void declarations(const pugi::xml_node& node);
  void locate_repaired(const pugi::xml_node& node);
  void dispatch(Frame& parent, const pugi::xml_node& node, std::string_view uri,
                std::string_view local);
  Frame& push(std::size_t parent, const pugi::xml_node& node, std::string_view uri,
              std::string_view local, std::string_view name, const Handler& handler);
  void unexpected_attributes(Frame& f);

  const XmlDocument& xml_;
  std::string_view text_;
  std::vector<Finding>& out_;
  std::vector<ElementStart>* starts_ = nullptr;
  // A deque: frames stay where they are as the stack grows (they refer to their parents), and
  // a small document allocates for the depth it has, not for the deepest one allowed.
  std::deque<Frame> stack_;
  std::size_t depth_ = 0;  // frames in use
  FeedType feed_type_ = FeedType::unknown;
  std::vector<std::string_view> defaults_;
  bool valid_doctype_ = false;
  std::unordered_set<std::string> abouts_;
  std::unordered_set<std::string> sync_ids_;
  std::unordered_map<std::string_view, std::size_t> counts_;  // findings per code
  NamespaceScope* scope_ = nullptr;
  std::string_view encoding_;
  std::size_t first_ = 0;  // where this walk's findings start in out_
  std::vector<std::string> self_uris_;
  std::string document_base_;
  std::unordered_map<const void*, std::size_t> repaired_offsets_;
  std::size_t cursor_ = 0;  // repaired documents: where the next start tag is looked for
  struct PrefixCache {
    const char* data = nullptr;
    std::size_t size = 0;
    std::string_view prefix;
  };
  std::array<PrefixCache, 8> prefixes_{};
  std::array<std::string, 2> scratch_;
  std::unordered_set<std::string> interned_;
  pugi::xml_attribute lang_;
  pugi::xml_attribute base_;
  std::size_t next_prefix_ = 0;
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_CHECK_WALKER_HPP
