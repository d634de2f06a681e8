// SPDX-License-Identifier: MIT
// The feed's and the items' members, each written where the parsed order puts it (else in
// JSON Feed's own order), then the kept members the model does not name.
#include "write/json_feed_fields.hpp"

#include <initializer_list>
#include <limits>
#include <unordered_set>

#include "base/ascii.hpp"
#include "base/json_scan.hpp"
#include "date/datetime_format.hpp"
#include "feedpp/view.hpp"  // alternate_link(), self_link(): the model's own accessors
#include "model/json_feed_keys.hpp"

namespace feedpp::detail {
namespace {

using K = JsonFeedKey;

std::uint64_t bit(K key) { return std::uint64_t{1} << static_cast<unsigned>(key); }

const ElementOrder<K> kNoOrder{};

// The keys of one object: which were written, and in which order they are wanted.
template <class Present, class Write>
class ObjectWriter {
 public:
  ObjectWriter(JsonOut& out, const ElementOrder<K>& order, const std::vector<JsonMember>* members,
               Present present, Write write)
      : out_(out), order_(order), members_(members), present_(present), write_(write) {}

  // Writes what the order lists, then what `defaults` lists and is there, then the members left.
  template <class Defaults>
  void run(const Defaults& defaults) {
    for (std::size_t i = 0; i < order_.size() && status_.ok(); ++i) {
      if (order_[i] == K::member) {
        next_member();
      } else if (present_(order_[i])) {
        key(order_[i]);
      }
    }
    for (const K k : defaults) {
      if (status_.ok() && present_(k)) key(k);
    }
    while (members_ != nullptr && next_ < members_->size()) next_member();
  }

  Status status_;

 private:
  void key(K k) {
    if ((written_ & bit(k)) != 0) return;
    written_ |= bit(k);
    out_.key(json_feed_name(k));
    const Status s = write_(k);
    if (status_.ok()) status_ = s;
  }

  // A kept member, unless its key is one the model writes, or one written already.
  void next_member() {
    if (members_ == nullptr || next_ >= members_->size()) return;
    const JsonMember& m = (*members_)[next_++];
    const K k = json_feed_key(m.key);
    if (k != K::member) {
      if ((written_ & bit(k)) != 0 || present_(k)) return;
      written_ |= bit(k);
    } else if (!seen_.insert(m.key).second) {
      return;
    }
    out_.key(m.key);
    // A member made in code may hold anything: only one JSON value goes out.
    constexpr std::size_t kAnyDepth = std::numeric_limits<std::size_t>::max();
    if (is_json_value(m.json, kAnyDepth)) {
      const std::string_view json = m.json;
      const std::size_t first = json.find_first_not_of(" \t\r\n");
      out_.raw(json.substr(first, json.find_last_not_of(" \t\r\n") - first + 1));
    } else {
      out_.raw("null");
    }
  }

  JsonOut& out_;
  const ElementOrder<K>& order_;
  const std::vector<JsonMember>* members_;
  Present present_;
  Write write_;
  std::uint64_t written_ = 0;
  std::size_t next_ = 0;
  std::unordered_set<std::string> seen_;
};

// `defaults` is a braced list of keys, or a table such as kItemKeyOrder.
template <class Defaults = std::initializer_list<K>, class Present, class Write>
Status write_object(JsonOut& out, const ElementOrder<K>& order,
                    const std::vector<JsonMember>* members, const Defaults& defaults,
                    Present present, Write write) {
  ObjectWriter<Present, Write> w(out, order, members, present, write);
  w.run(defaults);
  return w.status_;
}

// RFC 3339, as JSON Feed §Items says: the text as written while it says the value.
Status date(JsonOut& out, const Date& d) {
  if (d.value && !d.value->ok()) {
    return Status(ErrorCode::date_out_of_range, "a date that cannot be written in RFC 3339");
  }
  if (!d.value || (!d.text.empty() && parse_rfc3339(d.text) == d.value)) {
    out.string(d.text);
  } else {
    char buf[kRfc3339Size];
    out.string(std::string_view(buf, format_rfc3339(*d.value, buf)));
  }
  return {};
}

// JSON Feed §Author: name, url, avatar. A person with only an e-mail address gets it as a mailto
// URL, as JSON Feed suggests.
void author(JsonOut& out, const Person& p, const JsonFeedAuthor* extra) {
  out.open('{');
  if (!p.name.empty()) {
    out.key("name");
    out.string(p.name);
  }
  if (!p.uri.empty() || !p.email.empty()) {
    out.key("url");
    out.string(p.uri.empty() ? "mailto:" + p.email : p.uri);
  }
  if (extra != nullptr && !extra->avatar.empty()) {
    out.key("avatar");
    out.string(extra->avatar);
  }
  if (extra != nullptr)
    write_object(
        out, kNoOrder, &extra->members, {}, [](K) { return false; }, [](K) { return Status(); });
  out.close('}');
}

template <class T>
const T* nth(const std::vector<T>& list, std::size_t i) {
  return i < list.size() ? &list[i] : nullptr;
}

void authors(JsonOut& out, const std::vector<Person>& people,
             const std::vector<JsonFeedAuthor>* extra) {
  out.open('[');
  for (std::size_t i = 0; i < people.size(); ++i) {
    out.element();
    author(out, people[i], extra != nullptr ? nth(*extra, i) : nullptr);
  }
  out.close(']');
}

// JSON Feed 1.1 writes "authors"; a 1.0 feed's "author" is written back where it stood.
bool authors_present(const std::vector<Person>& people, const ElementOrder<K>& order) {
  if (order.contains(K::authors)) return true;
  return !people.empty() && !(order.contains(K::author) && people.size() == 1);
}

bool there(bool has, const ElementOrder<K>& order, K k) { return has || order.contains(k); }

// A JSON number that a count can be (RSS lengths are text, "" or "unknown" among them).
bool is_count(std::string_view s) {
  return !s.empty() && (s.front() == '-' || (s.front() >= '0' && s.front() <= '9')) &&
         is_json_value(s, 0);
}

void hubs(JsonOut& out, const std::vector<JsonFeedHub>& list) {
  out.open('[');
  for (const JsonFeedHub& hub : list) {
    out.element();
    out.open('{');
    out.key("type");
    out.string(hub.type);
    out.key("url");
    out.string(hub.url);
    write_object(
        out, kNoOrder, &hub.members, {}, [](K) { return false; }, [](K) { return Status(); });
    out.close('}');
  }
  out.close(']');
}

// The feed object's members.
class ChannelMembers {
 public:
  ChannelMembers(JsonOut& out, const Channel& c)
      : out_(out),
        c_(c),
        j_(c.json_feed.get()),
        order_(j_ != nullptr ? j_->order : kNoOrder),
        self_(self_link(c)),
        home_(alternate_link(c)) {
    if (!c.logo.empty()) {
      icon_ = c.logo;
    } else if (c.image) {
      icon_ = c.image->url;
    }
    language_ = !c.language.empty() ? std::string_view(c.language)
                : c.lang            ? std::string_view(*c.lang)
                                    : std::string_view();
  }

  bool present(K k) const {
    switch (k) {
      case K::version:
        return true;
      case K::title:
        return there(!c_.title.empty(), order_, k);
      case K::home_page_url:
        return there(!home_.empty(), order_, k);
      case K::feed_url:
        return there(self_ != nullptr, order_, k);
      case K::description:
        return there(!c_.description.empty(), order_, k);
      case K::user_comment:
        return there(j_ != nullptr && !j_->user_comment.empty(), order_, k);
      case K::next_url:
        return there(j_ != nullptr && !j_->next_url.empty(), order_, k);
      case K::icon:
        return there(!icon_.empty(), order_, k);
      case K::favicon:
        return there(!c_.icon.empty(), order_, k);
      case K::author:
        return order_.contains(k) && !c_.authors.empty();
      case K::authors:
        return authors_present(c_.authors, order_);
      case K::language:
        return there(!language_.empty(), order_, k);
      case K::expired:
        return j_ != nullptr && j_->expired.has_value();
      case K::hubs:
        return there(j_ != nullptr && !j_->hubs.empty(), order_, k);
      default:
        return false;  // "items" is the writer's; the item keys belong to items
    }
  }

  Status write(K k) {
    switch (k) {
      case K::version:
        out_.string(j_ != nullptr && !j_->version.empty() ? std::string_view(j_->version)
                                                          : json_feed_version::k1_1);
        break;
      case K::title:
        out_.string(c_.title.value);
        break;
      case K::home_page_url:
        out_.string(home_);
        break;
      case K::feed_url:
        out_.string(self_ != nullptr ? std::string_view(self_->href) : std::string_view());
        break;
      case K::description:
        out_.string(c_.description.value);
        break;
      case K::user_comment:
        out_.string(j_ != nullptr ? std::string_view(j_->user_comment) : "");
        break;
      case K::next_url:
        out_.string(j_ != nullptr ? std::string_view(j_->next_url) : "");
        break;
      case K::icon:
        out_.string(icon_);
        break;
      case K::favicon:
        out_.string(c_.icon);
        break;
      default:
        write_lists(k);
    }
    return {};
  }

  const ElementOrder<K>& order() const { return order_; }
  const std::vector<JsonMember>* members() const { return j_ != nullptr ? &j_->members : nullptr; }

 private:
  void write_lists(K k) {
    switch (k) {
      case K::author:
        author(out_, c_.authors.front(), j_ != nullptr ? nth(j_->authors, 0) : nullptr);
        break;
      case K::authors:
        authors(out_, c_.authors, j_ != nullptr ? &j_->authors : nullptr);
        break;
      case K::language:
        out_.string(language_);
        break;
      case K::expired:
        out_.raw(j_ != nullptr && j_->expired.value_or(false) ? "true" : "false");
        break;
      case K::hubs:
        hubs(out_, j_ != nullptr ? j_->hubs : std::vector<JsonFeedHub>());
        break;
      default:
        break;
    }
  }

  JsonOut& out_;
  const Channel& c_;
  const JsonFeedChannel* j_;
  const ElementOrder<K>& order_;
  const Link* self_;
  std::string_view home_;
  std::string_view icon_;
  std::string_view language_;
};

// The URL an item stands for. An item read from a JSON Feed has its url or none: its id is not
// taken for one, which would add a member it did not have.
std::string_view item_url(const Item& it) {
  if (!it.json_feed) return alternate_link(it);
  if (!it.link.empty()) return it.link;
  const Link* l = find_link(it.links, "alternate");
  return l != nullptr ? std::string_view(l->href) : std::string_view();
}

bool is_html(const Content& c) {
  const TextKind kind = c.kind(TextKind::text);
  return kind == TextKind::html || kind == TextKind::xhtml;
}

// An item object's members.
class ItemMembers {
 public:
  ItemMembers(JsonOut& out, const Item& it)
      : out_(out),
        it_(it),
        j_(it.json_feed.get()),
        order_(j_ != nullptr ? j_->order : kNoOrder),
        url_(item_url(it)),
        html_(is_html(it.content)) {
    id_ = !it.guid.value.empty() ? std::string_view(it.guid.value) : url_;
    if (it.authors.empty() && !it.author.empty()) rss_author_.push_back(parse_person(it.author));
  }

  bool present(K k) const;
  Status write(K k);
  const ElementOrder<K>& order() const { return order_; }
  const std::vector<JsonMember>* members() const { return j_ != nullptr ? &j_->members : nullptr; }
  const std::vector<Person>& people() const {
    return it_.authors.empty() ? rss_author_ : it_.authors;
  }

 private:
  void attachments();

  JsonOut& out_;
  const Item& it_;
  const JsonFeedItem* j_;
  const ElementOrder<K>& order_;
  std::string_view url_;
  std::string_view id_;
  bool html_;
  std::vector<Person> rss_author_;  // RSS's <author>, when the item names no other
};

bool ItemMembers::present(K k) const {
  const auto has_j = [&](std::string JsonFeedItem::*field) {
    return there(j_ != nullptr && !(j_->*field).empty(), order_, k);
  };
  switch (k) {
    case K::id:
      return there(!id_.empty(), order_, k);
    case K::url:
      return there(!url_.empty(), order_, k);
    case K::external_url:
      return has_j(&JsonFeedItem::external_url);
    case K::title:
      return there(!it_.title.empty(), order_, k);
    case K::content_html:
      return there(html_ && !it_.content.value.empty(), order_, k);
    case K::content_text:
      return there((!html_ && !it_.content.value.empty()) || (j_ && j_->content_text), order_, k);
    case K::summary:
      return there(!it_.description.empty(), order_, k);
    case K::image:
      return has_j(&JsonFeedItem::image);
    case K::banner_image:
      return has_j(&JsonFeedItem::banner_image);
    case K::date_published:
      return there(!it_.pub_date.empty(), order_, k);
    case K::date_modified:
      return there(!it_.updated.empty(), order_, k);
    case K::author:
      return order_.contains(k) && !people().empty();
    case K::authors:
      return authors_present(people(), order_);
    case K::tags:
      return there(!it_.categories.empty(), order_, k);
    case K::language:
      return there(it_.lang.has_value(), order_, k);
    case K::attachments:
      return there(!it_.enclosures.empty() || find_link(it_.links, "enclosure") != nullptr, order_,
                   k);
    default:
      return false;
  }
}

Status ItemMembers::write(K k) {
  switch (k) {
    case K::id:
      out_.string(id_);
      break;
    case K::url:
      out_.string(url_);
      break;
    case K::external_url:
      out_.string(j_ != nullptr ? std::string_view(j_->external_url) : "");
      break;
    case K::title:
      out_.string(it_.title.value);
      break;
    case K::content_html:
      out_.string(html_ ? std::string_view(it_.content.value) : "");
      break;
    case K::content_text:
      out_.string(!html_                              ? std::string_view(it_.content.value)
                  : j_ != nullptr && j_->content_text ? std::string_view(*j_->content_text)
                                                      : "");
      break;
    case K::summary:
      out_.string(it_.description.value);
      break;
    case K::image:
      out_.string(j_ != nullptr ? std::string_view(j_->image) : "");
      break;
    case K::banner_image:
      out_.string(j_ != nullptr ? std::string_view(j_->banner_image) : "");
      break;
    case K::date_published:
      return date(out_, it_.pub_date);
    case K::date_modified:
      return date(out_, it_.updated);
    case K::author:
      author(out_, people().front(), j_ != nullptr ? nth(j_->authors, 0) : nullptr);
      break;
    case K::authors:
      authors(out_, people(), j_ != nullptr ? &j_->authors : nullptr);
      break;
    case K::tags:
      out_.open('[');
      for (const Category& tag : it_.categories) {
        out_.element();
        out_.string(tag.term);
      }
      out_.close(']');
      break;
    case K::language:
      out_.string(it_.lang ? std::string_view(*it_.lang) : "");
      break;
    case K::attachments:
      attachments();
      break;
    default:
      break;
  }
  return {};
}

// JSON Feed §Attachments: the enclosures (with what JSON Feed adds), then Atom's enclosure links.
void ItemMembers::attachments() {
  const auto one = [&](std::string_view url, std::string_view type, std::string_view length,
                       std::string_view title, const JsonFeedAttachment* extra) {
    out_.element();
    out_.open('{');
    out_.key("url");
    out_.string(url);
    if (!type.empty()) {
      out_.key("mime_type");
      out_.string(type);
    }
    if (!title.empty()) {
      out_.key("title");
      out_.string(title);
    }
    const std::string_view size = detail::trim(length);
    if (is_count(size)) {
      out_.key("size_in_bytes");
      out_.raw(size);
    }
    if (extra != nullptr && is_count(extra->duration_in_seconds)) {
      out_.key("duration_in_seconds");
      out_.raw(extra->duration_in_seconds);
    }
    if (extra != nullptr) {
      write_object(
          out_, kNoOrder, &extra->members, {}, [](K) { return false; }, [](K) { return Status(); });
    }
    out_.close('}');
  };
  out_.open('[');
  for (std::size_t i = 0; i < it_.enclosures.size(); ++i) {
    const Enclosure& e = it_.enclosures[i];
    const JsonFeedAttachment* extra = j_ != nullptr ? nth(j_->attachments, i) : nullptr;
    one(e.url, e.type, e.length, extra != nullptr ? std::string_view(extra->title) : "", extra);
  }
  for (const Link& l : it_.links) {
    if (l.rel == "enclosure") one(l.href, l.type, l.length, l.title, nullptr);
  }
  out_.close(']');
}

}  // namespace

const char* json_channel_missing(const Channel& c) {
  const ElementOrder<K>& order = c.json_feed ? c.json_feed->order : kNoOrder;
  if (c.title.empty() && !order.contains(K::title)) return "a feed \"title\"";
  return nullptr;
}

const char* json_item_missing(const Item& it) {
  const ElementOrder<K>& order = it.json_feed ? it.json_feed->order : kNoOrder;
  const bool id = !it.guid.value.empty() || !item_url(it).empty() || order.contains(K::id);
  if (!id) return "an item \"id\"";
  const bool content = !it.content.value.empty() || order.contains(K::content_html) ||
                       order.contains(K::content_text) ||
                       (it.json_feed && it.json_feed->content_text);
  if (!content) return "an item \"content_html\" or \"content_text\"";
  return nullptr;
}

Status write_json_channel(JsonOut& out, const Channel& c) {
  ChannelMembers m(out, c);
  return write_object(
      out, m.order(), m.members(),
      {K::version, K::title, K::home_page_url, K::feed_url, K::description, K::user_comment,
       K::next_url, K::icon, K::favicon, K::author, K::authors, K::language, K::expired, K::hubs},
      [&](K k) { return m.present(k); }, [&](K k) { return m.write(k); });
}

Status write_json_item(JsonOut& out, const Item& item) {
  ItemMembers m(out, item);
  out.open('{');
  Status status = write_object(
      out, m.order(), m.members(), kItemKeyOrder, [&](K k) { return m.present(k); },
      [&](K k) { return m.write(k); });
  out.close('}');
  return status;
}

}  // namespace feedpp::detail
