// SPDX-License-Identifier: MIT
// The members of a JSON Feed, item and nested object onto the model (README: JSON Feed).
// jsonfeed.org/version/1.1 is the reference; section names below are its headings.
#include <algorithm>
#include <utility>

#include "base/ascii.hpp"
#include "feedpp/view.hpp"  // alternate_link(), as the writer reads an item
#include "model/json_feed_keys.hpp"
#include "read/json_reader.hpp"
#include "read/json_values.hpp"

namespace feedpp::detail {
namespace {

using K = JsonFeedKey;

bool go(Got got) { return got != Got::stop; }

// The bit of `key` in ObjectState::seen.
std::uint64_t bit(K key) { return std::uint64_t{1} << static_cast<unsigned>(key); }

bool same_person(const Person& a, const Person& b) { return a.name == b.name && a.uri == b.uri; }

bool has_extra(const JsonFeedAuthor& a) { return !a.avatar.empty() || !a.members.empty(); }
bool has_extra(const JsonFeedAttachment& a) {
  return !a.title.empty() || !a.duration_in_seconds.empty() || !a.members.empty();
}

// Depth of the objects read, kept while a nested one is read.
class Deeper {
 public:
  Deeper(std::size_t& depth, std::size_t by) : depth_(depth), saved_(depth) { depth_ += by; }
  ~Deeper() { depth_ = saved_; }
  Deeper(const Deeper&) = delete;
  Deeper& operator=(const Deeper&) = delete;

 private:
  std::size_t& depth_;
  std::size_t saved_;
};

// The key of `field` as the document writes it, when it has no escape (as nearly every key):
// simdjson's unescaped_key() copies each key through a call its implementation dispatches, a
// third of read_item()'s time. A null view when the key has an escape. (simdjson's first stage
// has checked the key: UTF-8, no raw control character, a closing quote.)
std::string_view unescaped_key_of(const sj::field& field) noexcept {
  const char* const start = field.key().raw();
  const char* end = start;
  while (*end != '"' && *end != '\\') ++end;
  if (*end == '\\') return {};
  return {start, static_cast<std::size_t>(end - start)};
}

}  // namespace

template <class F>
bool JsonReader::each_member(sj::object& object, std::vector<JsonMember>& kept,
                             ElementOrder<JsonFeedKey>* order, std::uint64_t& seen,
                             const char* where, F&& member) {
  for (auto result : object) {
    sj::field field;
    if (std::move(result).get(field) != simdjson::SUCCESS) return false;
    std::string_view name = unescaped_key_of(field);
    if (name.data() == nullptr && field.unescaped_key().get(name) != simdjson::SUCCESS) {
      return false;
    }
    sj::value& v = field.value();
    const K key = json_feed_key(name);
    bool first = true;
    if (key != K::member) {
      first = (seen & bit(key)) == 0;
      seen |= bit(key);
      if (!first) {
        warn(ErrorCode::duplicate_element, offset_of(v),
             "a second \"" + std::string(name) + "\" in " + where + ": the last one is read");
      }
    }
    const std::size_t before = kept.size();
    if (!member(key, name, v)) return false;
    if (order == nullptr) continue;
    // A member the model does not name (or a value of the wrong type) stands in the order as
    // the next kept member; a key the model names, once.
    if (kept.size() > before) {
      order->push_back(K::member);
    } else if (key != K::member && first) {
      order->push_back(key);
    }
  }
  return true;
}

template <class Start, class Element>
bool JsonReader::each_element(sj::value& v, std::string_view name, MemberList& members,
                              std::size_t levels, sj::json_type want, const char* what,
                              const char* expected, Start&& start, Element&& element) {
  sj::json_type type{};
  if (v.type().get(type) != simdjson::SUCCESS) return false;
  if (type != sj::json_type::array) return go(wrong_type(v, name, members, "an array"));
  sj::array array;
  if (v.get_array().get(array) != simdjson::SUCCESS) return false;
  start();
  const Deeper inside(depth, levels);
  for (auto result : array) {
    sj::value value;
    if (std::move(result).get(value) != simdjson::SUCCESS) return false;
    if (value.type().get(type) != simdjson::SUCCESS) return false;
    if (type != want) {
      if (!skip(value, what, expected)) return false;
      continue;
    }
    if (!element(value)) return false;
  }
  return true;
}

bool JsonReader::read(sj::document& doc, Feed& feed) {
  sj::json_type type{};
  if (doc.type().get(type) != simdjson::SUCCESS) return false;
  if (type != sj::json_type::object) {
    // JSON Feed §Top-level: the feed is an object. Whatever else this is, it is no feed.
    warn(ErrorCode::not_a_feed, 0,
         std::string("a JSON document whose top level is ") +
             (type == sj::json_type::array ? "an array" : "not an object") + ": not a JSON Feed");
    return true;
  }
  sj::object root;
  if (doc.get_object().get(root) != simdjson::SUCCESS) return false;
  JsonFeedChannel& j = feed.channel.json_feed.ensure();
  MemberList members(j.members);
  ObjectState state;
  depth = 1;
  const bool read_all = each_member(root, j.members, &j.order, state.seen, "the feed",
                                    [&](K key, std::string_view name, sj::value& v) {
                                      return feed_member(key, name, v, feed, members, state);
                                    });
  if (!read_all) return false;
  finish_authors(state, feed.channel.authors, j.authors, j.order);
  finish_feed(feed);
  return true;
}

bool JsonReader::feed_member(K key, std::string_view name, sj::value& v, Feed& feed,
                             MemberList& members, ObjectState& state) {
  Channel& c = feed.channel;
  JsonFeedChannel& j = *c.json_feed;
  switch (key) {
    case K::version:
      return go(string(v, name, j.version, members));
    case K::title:
      return go(string(v, name, c.title.value, members));
    case K::home_page_url:
      return go(url(v, name, c.link, members));
    case K::feed_url: {
      // The feed's own URL, its identifier too: the self link RSS and Atom write.
      std::string url;
      const Got got = this->url(v, name, url, members);
      if (got == Got::value) {
        Link* self = nullptr;
        for (Link& l : c.links) self = l.rel == "self" ? &l : self;
        if (self == nullptr) self = &c.links.emplace_back();
        *self = Link{std::move(url), "self", {}, {}, {}, {}, {}};
      }
      return go(got);
    }
    case K::description: {
      const Got got = string(v, name, c.description.value, members);
      if (got == Got::value) c.description.type = "text";
      return go(got);
    }
    case K::user_comment:
      return go(string(v, name, j.user_comment, members));
    case K::next_url:
      return go(url(v, name, j.next_url, members));
    case K::icon:  // the feed's big image (512 by 512): Atom's logo
      return go(url(v, name, c.logo, members));
    case K::favicon:  // the small one (64 by 64): Atom's icon
      return go(url(v, name, c.icon, members));
    case K::author:
      return author_member(v, name, state, members);
    case K::authors:
      return read_authors(v, name, c.authors, j.authors, members);
    case K::language:
      return go(string(v, name, c.language, members));
    case K::expired: {
      sj::json_type type{};
      if (v.type().get(type) != simdjson::SUCCESS) return false;
      if (type != sj::json_type::boolean) return go(wrong_type(v, name, members, "a boolean"));
      bool expired = false;
      if (v.get_bool().get(expired) != simdjson::SUCCESS) return false;
      j.expired = expired;
      return true;
    }
    case K::hubs:
      return read_hubs(v, name, j, members);
    case K::items:
      return read_items(v, name, feed, members);
    default:  // extensions, unknown keys, and an item's keys at the top
      return go(member(v, name, members));
  }
}

bool JsonReader::read_items(sj::value& v, std::string_view name, Feed& feed, MemberList& members) {
  sj::json_type type{};
  if (v.type().get(type) != simdjson::SUCCESS) return false;
  if (type != sj::json_type::array) return go(wrong_type(v, name, members, "an array"));
  // Room for them all at once: a growing vector moves every item read so far, again and again.
  // Where the rest of the document fits in the cache, the items are counted first (a walk of
  // what simdjson indexed). In a larger one that walk reads the array a second time, from
  // memory: a tenth of the parse. There the items read so far say how many the rest of the
  // document could hold, with a quarter more for larger ones: guessed after the first few, and
  // again should the room run out. Room the items do not take is reserved, never touched; a
  // guess far too long (members after the array) is let go at the end.
  constexpr std::size_t kCountedBytes = std::size_t{1} << 20;
  constexpr std::size_t kSample = 16;
  const std::size_t array_at = offset_of(v);
  sj::array array;
  if (v.get_array().get(array) != simdjson::SUCCESS) return false;
  feed.items.clear();  // a second "items": the last one is read
  items_ = 0;
  items_array_ = true;
  std::size_t count = kSample;
  if (size_ - array_at <= kCountedBytes && array.count_elements().get(count) != simdjson::SUCCESS) {
    return false;
  }
  feed.items.reserve(std::min(count, limits_.max_items));
  const Deeper in_items(depth, 2);
  for (auto result : array) {
    sj::value element;
    if (std::move(result).get(element) != simdjson::SUCCESS) return false;
    if (items_ == limits_.max_items) {
      warn(ErrorCode::item_limit, offset_of(element),
           "more items than the limit of " + std::to_string(limits_.max_items) +
               ": the rest are skipped");
      break;  // on-demand skips the rest of the array when the feed's next member is read
    }
    if (element.type().get(type) != simdjson::SUCCESS) return false;
    if (type != sj::json_type::object) {
      if (!skip(element, "an item", "an object")) return false;
      continue;
    }
    if (items_ > 0 && feed.items.size() == feed.items.capacity()) {
      const std::size_t at = offset_of(element);
      const std::size_t per_item = std::max<std::size_t>(1, (at - array_at) / items_);
      const std::size_t rest = (size_ - at) / per_item;
      feed.items.reserve(std::min(items_ + rest + rest / 4 + kSample, limits_.max_items));
    }
    ++items_;
    if (!read_item(element, feed.items.emplace_back())) return false;
  }
  if (feed.items.capacity() > 2 * feed.items.size() + kSample) feed.items.shrink_to_fit();
  return true;
}

namespace {

// Whether the writer writes member `k` of `item` from the model alone, wherever it stands.
// Only the members most items have: for the others, the item keeps its order.
bool written_anyway(const Item& item, K k) {
  switch (k) {
    case K::id:
      return !item.guid.value.empty();
    case K::url:
      return !item.link.empty();
    case K::title:
      return !item.title.empty();
    case K::content_html:
      return item.content.type == "html" && !item.content.value.empty();
    case K::content_text:
      return item.content.type == "text" && !item.content.value.empty();
    case K::summary:
      return !item.description.empty();
    case K::date_published:
      return !item.pub_date.empty();
    case K::date_modified:
      return !item.updated.empty();
    case K::tags:
      return !item.categories.empty();
    default:
      return false;
  }
}

// Whether `j`, read with `item`, says what writing the item alone would not: something the
// model has no field for, or members in another order than JsonFeedWriter's own, or one it
// would leave out (an empty "title"). Most items say nothing more, and cost no allocation.
bool says_more(const Item& item, const JsonFeedItem& j) {
  if (!j.external_url.empty() || !j.image.empty() || !j.banner_image.empty() || j.content_text ||
      !j.authors.empty() || !j.attachments.empty() || !j.members.empty()) {
    return true;
  }
  // Without it, the writer takes an item's "url" where a reader would (alternate_link(): an id
  // that may be a permalink, say); with it, from "url" alone (found by json_fuzzer).
  if (item.link.empty() && !alternate_link(item).empty()) return true;
  std::size_t next = 0;  // where kItemKeyOrder may go on
  for (std::size_t i = 0; i < j.order.size(); ++i) {
    const K k = j.order[i];
    if (!written_anyway(item, k)) return true;
    while (next < kItemKeyOrder.size() && kItemKeyOrder[next] != k) ++next;
    if (next == kItemKeyOrder.size()) return true;
    ++next;
  }
  return false;
}

}  // namespace

bool JsonReader::read_item(sj::value& v, Item& item) {
  sj::object object;
  if (v.get_object().get(object) != simdjson::SUCCESS) return false;
  // Emptied member by member: most items leave it empty but for the order, and building a fresh
  // one an item costs more.
  JsonFeedItem& j = item_more_;
  j.external_url.clear();
  j.image.clear();
  j.banner_image.clear();
  j.content_text.reset();
  j.authors.clear();
  j.attachments.clear();
  j.members.clear();
  j.order.clear();
  MemberList members(j.members);
  ObjectState state;
  const bool read_all = each_member(object, j.members, &j.order, state.seen, "an item",
                                    [&](K key, std::string_view name, sj::value& value) {
                                      return item_member(key, name, value, item, members, state);
                                    });
  if (!read_all) return false;
  // JSON Feed §Items: content_html and content_text may both be there; the HTML is the content.
  if (state.has_html) {
    item.content.value = std::move(state.content_html);
    item.content.type = "html";
    if (state.has_text) j.content_text = std::move(state.content_text);
  } else if (state.has_text) {
    item.content.value = std::move(state.content_text);
    item.content.type = "text";
  }
  finish_authors(state, item.authors, j.authors, j.order);
  if (says_more(item, j)) item.json_feed = std::move(j);
  return true;
}

bool JsonReader::item_member(K key, std::string_view name, sj::value& v, Item& item,
                             MemberList& members, ObjectState& state) {
  JsonFeedItem& j = item_more_;
  switch (key) {
    case K::id: {
      // JSON Feed §Items: an id that is a number is read as its text.
      sj::json_type type{};
      if (v.type().get(type) != simdjson::SUCCESS) return false;
      if (type == sj::json_type::number) return go(number(v, name, item.guid.value, members));
      return go(url(v, name, item.guid.value, members));
    }
    case K::url:
      return go(url(v, name, item.link, members));
    case K::external_url:
      return go(url(v, name, j.external_url, members));
    case K::title:
      return go(string(v, name, item.title.value, members));
    case K::content_html: {
      const Got got = string(v, name, state.content_html, members);
      state.has_html = state.has_html || got == Got::value;
      return go(got);
    }
    case K::content_text: {
      const Got got = string(v, name, state.content_text, members);
      state.has_text = state.has_text || got == Got::value;
      return go(got);
    }
    case K::summary: {
      const Got got = string(v, name, item.description.value, members);
      if (got == Got::value) item.description.type = "text";
      return go(got);
    }
    case K::image:
      return go(url(v, name, j.image, members));
    case K::banner_image:
      return go(url(v, name, j.banner_image, members));
    case K::date_published:
      return go(date(v, name, item.pub_date, members));
    case K::date_modified:
      return go(date(v, name, item.updated, members));
    case K::author:
      return author_member(v, name, state, members);
    case K::authors:
      return read_authors(v, name, item.authors, j.authors, members);
    case K::tags:
      return read_tags(v, name, item.categories, members);
    case K::language: {
      std::string language;
      const Got got = string(v, name, language, members);
      if (got == Got::value) item.lang = std::move(language);
      return go(got);
    }
    case K::attachments:
      return read_attachments(v, name, item, members);
    default:
      return go(member(v, name, members));
  }
}

// JSON Feed 1.0's `author`: one object, read into `state` until the object's end shows whether
// 1.1's `authors` is there too.
bool JsonReader::author_member(sj::value& v, std::string_view name, ObjectState& state,
                               MemberList& members) {
  sj::json_type type{};
  if (v.type().get(type) != simdjson::SUCCESS) return false;
  if (type != sj::json_type::object) return go(wrong_type(v, name, members, "an object"));
  state.author = Person{};
  state.author_extra = JsonFeedAuthor{};
  state.has_author = true;
  state.author_at = offset_of(v);
  const Deeper inside(depth, 1);
  return read_author(v, state.author, state.author_extra);
}

bool JsonReader::read_authors(sj::value& v, std::string_view name, std::vector<Person>& people,
                              std::vector<JsonFeedAuthor>& extra, MemberList& members) {
  return each_element(
      v, name, members, 2, sj::json_type::object, "an author", "an object",
      [&] {
        people.clear();
        extra.clear();
      },
      [&](sj::value& element) {
        Person& person = people.emplace_back();
        JsonFeedAuthor more;
        if (!read_author(element, person, more)) return false;
        if (has_extra(more)) {
          extra.resize(people.size());
          extra.back() = std::move(more);
        }
        return true;
      });
}

bool JsonReader::read_author(sj::value& v, Person& person, JsonFeedAuthor& extra) {
  sj::object object;
  if (v.get_object().get(object) != simdjson::SUCCESS) return false;
  MemberList members(extra.members);
  std::uint64_t seen = 0;
  return each_member(object, extra.members, nullptr, seen, "an author",
                     [&](K, std::string_view name, sj::value& value) {
                       // JSON Feed §Author: name, url (a page or a mailto:), avatar.
                       if (name == "name") return go(string(value, name, person.name, members));
                       if (name == "url") return go(url(value, name, person.uri, members));
                       if (name == "avatar") return go(url(value, name, extra.avatar, members));
                       return go(member(value, name, members));
                     });
}

bool JsonReader::read_tags(sj::value& v, std::string_view name, std::vector<Category>& out,
                           MemberList& members) {
  return each_element(
      v, name, members, 1, sj::json_type::string, "a tag", "a string", [&] { out.clear(); },
      [&](sj::value& element) {
        Category& tag = out.emplace_back();
        return string(element, "tags", tag.term, members) != Got::stop;
      });
}

bool JsonReader::read_attachments(sj::value& v, std::string_view name, Item& item,
                                  MemberList& members) {
  JsonFeedItem& j = item_more_;
  return each_element(
      v, name, members, 2, sj::json_type::object, "an attachment", "an object",
      [&] {
        item.enclosures.clear();
        j.attachments.clear();
      },
      [&](sj::value& element) {
        Enclosure& enclosure = item.enclosures.emplace_back();
        JsonFeedAttachment more;
        if (!read_attachment(element, enclosure, more)) return false;
        if (has_extra(more)) {
          j.attachments.resize(item.enclosures.size());
          j.attachments.back() = std::move(more);
        }
        return true;
      });
}

bool JsonReader::read_attachment(sj::value& v, Enclosure& enclosure, JsonFeedAttachment& extra) {
  sj::object object;
  if (v.get_object().get(object) != simdjson::SUCCESS) return false;
  MemberList members(extra.members);
  std::uint64_t seen = 0;
  return each_member(object, extra.members, nullptr, seen, "an attachment",
                     [&](K, std::string_view name, sj::value& value) {
                       // JSON Feed §Attachments: url, mime_type, title, size_in_bytes,
                       // duration_in_seconds.
                       if (name == "url") return go(url(value, name, enclosure.url, members));
                       if (name == "mime_type")
                         return go(string(value, name, enclosure.type, members));
                       if (name == "title") return go(string(value, name, extra.title, members));
                       if (name == "size_in_bytes")
                         return go(number(value, name, enclosure.length, members));
                       if (name == "duration_in_seconds") {
                         return go(number(value, name, extra.duration_in_seconds, members));
                       }
                       return go(member(value, name, members));
                     });
}

bool JsonReader::read_hubs(sj::value& v, std::string_view name, JsonFeedChannel& channel,
                           MemberList& members) {
  return each_element(
      v, name, members, 2, sj::json_type::object, "a hub", "an object",
      [&] { channel.hubs.clear(); },
      [&](sj::value& element) {
        sj::object object;
        if (element.get_object().get(object) != simdjson::SUCCESS) return false;
        JsonFeedHub& hub = channel.hubs.emplace_back();
        MemberList hub_members(hub.members);
        std::uint64_t seen = 0;
        return each_member(object, hub.members, nullptr, seen, "a hub",
                           [&](K, std::string_view key, sj::value& x) {
                             if (key == "type") return go(string(x, key, hub.type, hub_members));
                             if (key == "url") return go(url(x, key, hub.url, hub_members));
                             return go(member(x, key, hub_members));
                           });
      });
}

// JSON Feed 1.1 §Items: `authors` replaces 1.0's `author`; a feed may have both for old readers.
void JsonReader::finish_authors(ObjectState& state, std::vector<Person>& people,
                                std::vector<JsonFeedAuthor>& extra,
                                const ElementOrder<JsonFeedKey>& order) {
  if (!state.has_author) return;
  if (order.contains(K::authors)) {
    if (people.empty() || !same_person(people.front(), state.author)) {
      warn(ErrorCode::duplicate_element, state.author_at,
           "\"author\" and \"authors\" name different people: \"authors\" is read");
    }
    return;
  }
  people.assign(1, std::move(state.author));
  extra.clear();
  if (has_extra(state.author_extra)) extra.push_back(std::move(state.author_extra));
}

void JsonReader::finish_feed(Feed& feed) {
  const JsonFeedChannel& j = *feed.channel.json_feed;
  // Without a version, the keys only JSON Feed has say what the object is: an "items" array
  // wherever it stands (after an "items" of another type, which the order lists as a member).
  const bool feed_keys = items_array_ || j.order.contains(K::items) ||
                         j.order.contains(K::feed_url) || j.order.contains(K::home_page_url);
  if (j.version.find("jsonfeed.org") != std::string::npos) {
    format_ = json_feed_format(j.version);
    if (format_ == Format::json) {
      warn(ErrorCode::unknown_version, 0,
           "JSON Feed version \"" + j.version + "\" is unknown: read as JSON Feed 1.1");
    }
  } else if (feed_keys) {
    format_ = Format::json;
    warn(ErrorCode::unknown_version, 0,
         j.version.empty() ? std::string("no \"version\" says this is a JSON Feed: read as one")
                           : "\"version\" \"" + j.version +
                                 "\" names no JSON Feed version: read as JSON Feed 1.1");
  } else {
    // A JSON object that is no feed: a package.json, an API's answer.
    feed = Feed{};
    format_ = Format::unknown;
    warn(ErrorCode::not_a_feed, 0,
         "a JSON document with no JSON Feed \"version\", \"items\" or \"feed_url\": not a "
         "JSON Feed");
  }
}

}  // namespace feedpp::detail
