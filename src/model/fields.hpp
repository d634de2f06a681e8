// SPDX-License-Identifier: MIT
// The field tables: which elements fill which fields of the model. Stage model/ (may include
// base/ and the public headers).
//
// Two kinds of table. A slot table per struct says what each entry of its ElementOrder stands
// for: the field it fills (ChannelElement::dc_date fills last_build_date), whether that field is
// a list, and how many values the field holds. An element table per format and level (RSS
// channel, Atom entry, ...) names each element the format's reader types there: its vocabulary,
// its local name, and the slot it fills. The readers dispatch on the element tables, the writers'
// collision check asks them what an extension would read back as, and the writers and readers
// share the slot tables, so that adding a field touches the model, its rows here, and the code
// that reads and writes its value.
#ifndef FEEDPP_SRC_MODEL_FIELDS_HPP
#define FEEDPP_SRC_MODEL_FIELDS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/vocabulary.hpp"
#include "feedpp/model.hpp"

namespace feedpp::detail {

// --- slot tables ---------------------------------------------------------------------------

// The field an ElementOrder entry fills: dc_date and dcterms_modified both fill last_build_date.
ChannelElement field_of(ChannelElement slot) noexcept;
ItemElement field_of(ItemElement slot) noexcept;
// An Atom person's uri and name have two forms each; the other structs have one form per field.
constexpr ImageElement field_of(ImageElement slot) noexcept { return slot; }
constexpr TextInputElement field_of(TextInputElement slot) noexcept { return slot; }
constexpr PersonElement field_of(PersonElement slot) noexcept {
  if (slot == PersonElement::url) return PersonElement::uri;
  return slot == PersonElement::text ? PersonElement::name : slot;
}
constexpr SourceElement field_of(SourceElement slot) noexcept { return slot; }

// Whether the field holds a list (links, categories, authors, extensions, ...).
bool is_list(ChannelElement field) noexcept;
bool is_list(ItemElement field) noexcept;
bool is_list(ImageElement field) noexcept;
bool is_list(TextInputElement field) noexcept;
bool is_list(PersonElement field) noexcept;
bool is_list(SourceElement field) noexcept;

// The number of values `field` holds: its size for lists, 1 or 0 for single values.
std::size_t value_count(const Channel& channel, ChannelElement field) noexcept;
std::size_t value_count(const Item& item, ItemElement field) noexcept;
std::size_t value_count(const Image& image, ImageElement field) noexcept;
std::size_t value_count(const TextInput& input, TextInputElement field) noexcept;
std::size_t value_count(const Person& person, PersonElement field) noexcept;
std::size_t value_count(const Source& source, SourceElement field) noexcept;

// --- element tables ------------------------------------------------------------------------

// How an element fills its struct.
enum class Fill : std::uint8_t {
  single,      // a single-valued field: a second one is a duplicate
  list,        // one more value of a list field
  structural,  // a channel, an item or an entry: part of the feed's shape, not of the struct
};

// One element a reader types.
struct ElementRow {
  Vocabulary vocabulary;  // `none` stands for the format's own (no namespace, RSS's or Atom's)
  std::string_view name;  // the local name, as the specification spells it
  Fill fill;
  std::uint8_t slot;  // the ElementOrder entry it fills (an enum value of the level's struct)
  // The attributes the reader reads into the field, by name as written, space-separated, with
  // a "!" before those the writers write even empty (the model then holds "" or an empty
  // value); "*" when the field keeps every attribute itself (Link). The others are kept as
  // KeptAttributes, and so are the empty ones the writers leave out.
  std::string_view attributes = {};
};

// Returns true when `row` says its reader reads attribute `name` (as written) into the field.
bool reads_attribute(const ElementRow& row, std::string_view name) noexcept;
// Returns true when the writers write attribute `name` of `row`'s element even empty.
bool writes_empty_attribute(const ElementRow& row, std::string_view name) noexcept;
// Returns true when attribute `name`, read into a typed field as `text`, is not in the form the
// writers write the field's value in: white space around a URL (url, href, src, uri: readers
// trim them), or an isPermaLink other than "true" or "false". Readers keep such an attribute's text
// too (KeptAttribute, Link::attributes), and writers write it while it still means the value.
bool spelled_otherwise(std::string_view name, std::string_view text) noexcept;
// Returns true when `text`, the text a document gave attribute `name`, still means `value`, the
// field's value in the form the writers write it: the writers' side of spelled_otherwise().
bool still_means(std::string_view name, std::string_view text, std::string_view value) noexcept;
// The value of an RSS guid's isPermaLink written as `text`: anything but "false" (in any case,
// white space around) is true, as an absent one is.
bool permalink_of(std::string_view text) noexcept;

// Returns the name RFC 4287 §3.1.1 gives a text construct of type `type` (as written) and kind
// `kind`: "text", "html" or "xhtml", or "" for an unstated one. Atom 0.3's MIME types map to the
// name of their kind; any other type becomes "text".
std::string_view atom_text_type(std::string_view type, TextKind kind) noexcept;

// The formats the tables describe, and the levels of each.
enum class Target : std::uint8_t { rss, atom };
enum class Level : std::uint8_t { root, channel, item, image, text_input, person, source };

// Names are looked up among the rows of their length: a table's names spread over a dozen lengths,
// so a lookup compares one or two names. Longer names share the last bucket.
inline constexpr std::size_t kNameBuckets = 16;
constexpr std::size_t name_bucket(std::size_t length) noexcept {
  return length < kNameBuckets - 1 ? length : kNameBuckets - 1;
}

// A table's rows ordered by name bucket (in table order within one), with where each bucket
// begins: built at compile time from the rows as written.
template <std::size_t N>
struct BucketedRows {
  std::array<ElementRow, N> rows{};
  std::array<std::uint8_t, kNameBuckets + 1> begin{};
};

template <std::size_t N>
constexpr BucketedRows<N> bucketed(const ElementRow (&table)[N]) {
  static_assert(N < 256, "bucket offsets are bytes");
  BucketedRows<N> out{};
  std::size_t k = 0;
  for (std::size_t b = 0; b < kNameBuckets; ++b) {
    out.begin[b] = static_cast<std::uint8_t>(k);
    for (const ElementRow& r : table) {
      if (name_bucket(r.name.size()) == b) out.rows[k++] = r;
    }
  }
  out.begin[kNameBuckets] = static_cast<std::uint8_t>(k);
  return out;
}

// The elements a format's reader types at one level.
class ElementTable {
 public:
  template <std::size_t N>
  constexpr ElementTable(const BucketedRows<N>& rows, bool any_case_other) noexcept
      : rows_(rows.rows.data()), begin_(rows.begin.data()), any_case_other_(any_case_other) {}
  constexpr ElementTable() noexcept = default;

  // Returns the row of the element named `local` in vocabulary `vocabulary`, or null. `own`
  // says the element is in the format's own vocabulary (however its reader decides that): its
  // names match without regard to case, as real feeds write them; other vocabularies' names do
  // so only where the format's reader has always read them so (Atom).
  [[nodiscard]] const ElementRow* find(bool own, Vocabulary vocabulary,
                                       std::string_view local) const noexcept;

 private:
  const ElementRow* rows_ = nullptr;
  const std::uint8_t* begin_ = nullptr;
  bool any_case_other_ = false;
};

// The table of `target`'s reader at `level` (an empty table where the format has no such level).
const ElementTable& element_table(Target target, Level level) noexcept;

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_MODEL_FIELDS_HPP
