// SPDX-License-Identifier: MIT
// The JSON Feed reader's machinery over simdjson's on-demand API: one JsonReader per read of a
// document, walking it once, front to back. Each value is read as the type its key calls for;
// one of another type is kept as a JsonMember (wrong_type). A simdjson error, or a kept value
// that is not valid JSON (on-demand skips what it is not asked for unchecked), stops the read:
// read_json() then mends the document and reads it again.
#ifndef FEEDPP_SRC_READ_JSON_VALUES_HPP
#define FEEDPP_SRC_READ_JSON_VALUES_HPP

#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "feedpp/model.hpp"
#include "feedpp/parse.hpp"

namespace feedpp::detail {

namespace sj = simdjson::ondemand;

// What reading a value as a type came to: the value, a value of another type kept as a
// JsonMember, or a stop.
enum class Got : std::uint8_t { value, kept, stop };

// A finding, kept until the read is known to stand (a read that stops is thrown away).
struct PendingDiagnostic {
  ErrorCode code;
  std::size_t offset;  // in the buffer read
  std::string message;
};

// The members of one object that the model does not name, the last of two with one key winning.
class MemberList {
 public:
  explicit MemberList(std::vector<JsonMember>& members) : members_(members) {}
  // Adds the member, or replaces the value of the one with its key; true when it was new.
  bool add(std::string_view key, std::string_view json);

 private:
  std::vector<JsonMember>& members_;
  // Built once an object has many members, so that a million keys cost no quadratic search.
  std::unique_ptr<std::unordered_map<std::string, std::size_t>> index_;
};

class JsonReader {
 public:
  // `document`: the bytes simdjson reads, which outlive the reader.
  JsonReader(std::string_view document, const ParseLimits& limits)
      : base_(document.data()), size_(document.size()), limits_(limits) {}

  // Reads the document into `feed`; false when it stopped (see above). Sets format().
  bool read(sj::document& doc, Feed& feed);
  [[nodiscard]] Format format() const noexcept { return format_; }
  std::vector<PendingDiagnostic>& diagnostics() noexcept { return pending_; }

  // Values (json_reader.cpp).
  Got string(sj::value& v, std::string_view key, std::string& out, MemberList& members);
  // A string that is a URL or an id: white space around it dropped, as the XML readers drop it.
  Got url(sj::value& v, std::string_view key, std::string& out, MemberList& members);
  Got date(sj::value& v, std::string_view key, Date& out, MemberList& members);
  Got number(sj::value& v, std::string_view key, std::string& out, MemberList& members);
  Got member(sj::value& v, std::string_view key, MemberList& members);
  Got wrong_type(sj::value& v, std::string_view key, MemberList& members, const char* expected);
  // Checks an array element that is skipped for its type, and says so.
  bool skip(sj::value& v, const char* what, const char* expected);
  void warn(ErrorCode code, std::size_t offset, std::string message) {
    pending_.push_back({code, offset, std::move(message)});
  }
  std::size_t offset_of(sj::value& v) noexcept;
  // The depth of the object being read: 1 for the feed, 3 for an item, ...
  std::size_t depth = 1;

 private:
  // Within the object being read: the keys seen (for duplicates), an author read from `author`,
  // the two contents.
  struct ObjectState {
    std::uint64_t seen = 0;
    bool has_author = false;
    std::size_t author_at = 0;
    Person author;
    JsonFeedAuthor author_extra;
    bool has_html = false, has_text = false;
    std::string content_html, content_text;
  };

  // The feed and its items (json_feed_members.cpp). Each returns false when the read must stop.
  bool feed_member(JsonFeedKey key, std::string_view name, sj::value& v, Feed& feed,
                   MemberList& members, ObjectState& state);
  bool read_items(sj::value& v, std::string_view name, Feed& feed, MemberList& members);
  bool read_item(sj::value& v, Item& item);
  bool item_member(JsonFeedKey key, std::string_view name, sj::value& v, Item& item,
                   MemberList& members, ObjectState& state);
  bool author_member(sj::value& v, std::string_view name, ObjectState& state, MemberList& members);
  bool read_authors(sj::value& v, std::string_view name, std::vector<Person>& people,
                    std::vector<JsonFeedAuthor>& extra, MemberList& members);
  bool read_author(sj::value& v, Person& person, JsonFeedAuthor& extra);
  bool read_tags(sj::value& v, std::string_view name, std::vector<Category>& out,
                 MemberList& members);
  bool read_attachments(sj::value& v, std::string_view name, Item& item, MemberList& members);
  bool read_attachment(sj::value& v, Enclosure& enclosure, JsonFeedAttachment& extra);
  bool read_hubs(sj::value& v, std::string_view name, JsonFeedChannel& channel,
                 MemberList& members);
  // Reads member `name`, an array, element by element: `start()` once it is one (a value of
  // another type is kept as it is, wrong_type), then `element(value)` for each element of type
  // `want`, `levels` deeper; an element of another type is skipped and said (`what`, `expected`).
  template <class Start, class Element>
  bool each_element(sj::value& v, std::string_view name, MemberList& members, std::size_t levels,
                    sj::json_type want, const char* what, const char* expected, Start&& start,
                    Element&& element);
  // Calls member(key, name, value) for each member of `object`, recording the key order in
  // `order` (null: not kept) and warning of a key written twice in `where`.
  template <class F>
  bool each_member(sj::object& object, std::vector<JsonMember>& kept,
                   ElementOrder<JsonFeedKey>* order, std::uint64_t& seen, const char* where,
                   F&& member);
  void finish_authors(ObjectState& state, std::vector<Person>& people,
                      std::vector<JsonFeedAuthor>& extra, const ElementOrder<JsonFeedKey>& order);
  void finish_feed(Feed& feed);

  const char* base_;
  std::size_t size_;
  const ParseLimits& limits_;
  Format format_ = Format::unknown;
  std::vector<PendingDiagnostic> pending_;
  std::size_t items_ = 0;
  bool items_array_ = false;  // an "items" array was read (not only a value of another type)
  // What the item being read holds beyond the model: given to the item only when it says
  // something (see read_item()), so that most items cost no allocation for it.
  JsonFeedItem item_more_;
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_READ_JSON_VALUES_HPP
