// SPDX-License-Identifier: MIT
#include "input/item_splitter.hpp"

#include <algorithm>
#include <cstring>

namespace feedpp::detail {
namespace {

// A tag longer than this without its `>` is read as text: the item's parser reports it, and
// scanning stays linear however the bytes arrive.
constexpr std::size_t kMaxTag = std::size_t{1} << 20;

bool is_name_start(char c) noexcept {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || u >= 0x80;
}

bool is_name_end(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>';
}

std::string_view local_of(std::string_view name) noexcept {
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace

bool ItemSplitter::is_known_root(std::string_view name) noexcept {
  const std::string_view local = local_of(name);
  return local == "rss" || local == "RDF" || local == "feed";
}

bool ItemSplitter::splittable(std::string_view head) noexcept {
  if (head.size() >= 3 && head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  // UTF-16 and UTF-32 (a BOM, or a NUL beside the first `<`), EBCDIC: not ASCII-compatible.
  if (head.find('\0') != std::string_view::npos) return false;
  std::size_t i = 0;
  while (i < head.size() &&
         (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
    ++i;
  }
  return i < head.size() && head[i] == '<';
}

// Reads the markup starting with the `<` at `text[i]`: its kind, the index after it, and for a
// tag its name and whether it closes itself. A terminator is looked for from `resume` on, when
// that is further.
ItemSplitter::Markup ItemSplitter::markup_at(std::string_view text, std::size_t i,
                                             std::size_t resume, bool at_end, std::size_t& after,
                                             std::string_view& name, bool& self_closing) {
  const std::size_t n = text.size();
  if (i + 1 >= n) return at_end ? Markup::text : Markup::incomplete;
  const char c = text[i + 1];
  // Comments, CDATA sections and processing instructions: to their terminator, found again
  // from where the last look stopped.
  const auto to = [&](std::string_view open, std::string_view close) {
    if (n - i < open.size()) {
      return text.substr(i) == open.substr(0, n - i) && !at_end ? Markup::incomplete : Markup::text;
    }
    if (text.substr(i, open.size()) != open) return Markup::text;
    const std::size_t from = std::max(i + open.size(), resume);
    const std::size_t at = text.find(close, from);
    if (at == std::string_view::npos) return at_end ? Markup::text : Markup::incomplete;
    after = at + close.size();
    return Markup::other;
  };
  if (c == '?') return to("<?", "?>");
  if (c == '!') {
    if (i + 2 < n && text[i + 2] == '-') return to("<!--", "-->");
    if (i + 2 < n && text[i + 2] == '[') return to("<![CDATA[", "]]>");
    if (i + 2 >= n) return at_end ? Markup::text : Markup::incomplete;
    // <!DOCTYPE ...> and its internal subset, whose declarations hold quoted `>`s.
    char quote = 0;
    int brackets = 0;
    for (std::size_t j = i + 2; j < n && j - i < kMaxTag; ++j) {
      const char d = text[j];
      if (quote != 0) {
        if (d == quote) quote = 0;
      } else if (d == '"' || d == '\'') {
        quote = d;
      } else if (d == '[') {
        ++brackets;
      } else if (d == ']') {
        brackets = std::max(0, brackets - 1);
      } else if (d == '>' && brackets == 0) {
        after = j + 1;
        return Markup::other;
      }
    }
    return at_end || n - i >= kMaxTag ? Markup::text : Markup::incomplete;
  }
  const bool end_tag = c == '/';
  const std::size_t start = i + (end_tag ? 2 : 1);
  if (start >= n) return at_end ? Markup::text : Markup::incomplete;
  if (!is_name_start(text[start])) return Markup::text;
  std::size_t j = start;
  while (j < n && !is_name_end(text[j])) ++j;
  name = text.substr(start, j - start);
  // Attribute values are quoted after `=`; a quote elsewhere is a stray one XML would reject,
  // and reading past it would swallow the rest of the document.
  bool after_equals = false;
  const std::size_t limit = std::min(n, i + kMaxTag);
  while (j < limit) {
    const char d = text[j];
    if (d == '>') {
      after = j + 1;
      self_closing = !end_tag && text[j - 1] == '/';
      return end_tag ? Markup::end_tag : Markup::start_tag;
    }
    if (d == '<') return Markup::text;  // a `<` in a tag: broken markup, left to the item parse
    if ((d == '"' || d == '\'') && after_equals) {
      const void* close = std::memchr(text.data() + j + 1, d, limit - j - 1);
      if (close == nullptr) break;
      j = static_cast<std::size_t>(static_cast<const char*>(close) - text.data()) + 1;
      after_equals = false;
      continue;
    }
    if (d == '=') {
      after_equals = true;
    } else if (d != ' ' && d != '\t' && d != '\n' && d != '\r') {
      after_equals = false;
    }
    ++j;
  }
  return at_end || n - i >= kMaxTag ? Markup::text : Markup::incomplete;
}

bool ItemSplitter::is_item_name(std::string_view name) const noexcept {
  if (name == item_local_) return true;
  return !root_prefix_.empty() && name.size() == root_prefix_.size() + item_local_.size() &&
         name.substr(0, root_prefix_.size()) == root_prefix_ &&
         name.substr(root_prefix_.size()) == item_local_;
}

// An end tag outside items closes the innermost open element of its name and those inside it;
// one that names no open element is ignored, as the repair does.
void ItemSplitter::close(std::string_view name) {
  for (std::size_t k = open_.size(); k-- > 0;) {
    if (open_[k].name == name) {
      open_.resize(k);
      ++version_;
      return;
    }
  }
}

ItemSplitter::Event ItemSplitter::scan(std::string_view text, std::size_t base, bool at_end) {
  if (empty_item_) {
    empty_item_ = false;
    return Event::item_end;
  }
  const std::size_t n = text.size();
  std::size_t i = pos_ - base;
  while (i < n) {
    const auto* lt = static_cast<const char*>(std::memchr(text.data() + i, '<', n - i));
    if (lt == nullptr) {
      i = n;
      break;
    }
    i = static_cast<std::size_t>(lt - text.data());
    std::size_t after = i + 1;
    std::string_view name;
    bool self_closing = false;
    const std::size_t resume = search_ > base + i ? search_ - base : 0;
    const Markup m = markup_at(text, i, resume, at_end, after, name, self_closing);
    if (m == Markup::incomplete) {
      pos_ = base + i;
      // Comments and the like are looked for again from near where this look stopped.
      search_ = base + std::max(i, n > 3 ? n - 3 : std::size_t{0});
      return Event::none;
    }
    search_ = 0;
    if (m == Markup::text || m == Markup::other) {
      i = m == Markup::text ? i + 1 : after;
      continue;
    }
    const std::size_t tag_begin = i;
    i = after;
    if (in_item_) {
      if (m == Markup::start_tag) {
        if (name == item_name_ && !self_closing) ++nesting_;
        continue;
      }
      if (name == item_name_) {
        if (nesting_ > 0) {
          --nesting_;
          continue;
        }
        in_item_ = false;
        end_ = base + i;
        pos_ = end_;
        return Event::item_end;
      }
      // The end tag of an element around the item closes it too.
      const bool around =
          std::any_of(open_.begin(), open_.end(), [&](const Open& o) { return o.name == name; });
      if (!around) continue;
      in_item_ = false;
      end_ = base + tag_begin;
      pos_ = end_;
      return Event::item_end;
    }
    if (m == Markup::end_tag) {
      close(name);
      continue;
    }
    if (!seen_root_) {
      seen_root_ = true;
      const std::string_view local = local_of(name);
      known_root_ = is_known_root(name);
      item_local_ = local == "feed" ? "entry" : "item";
      root_prefix_ = std::string(name.substr(0, name.size() - local.size()));
      if (!self_closing) {
        open_.push_back({std::string(name), std::string(text.substr(tag_begin, i - tag_begin))});
        ++version_;
      }
      begin_ = base + tag_begin;
      end_ = base + i;
      pos_ = end_;
      return Event::root;
    }
    if (known_root_ && is_item_name(name)) {
      begin_ = base + tag_begin;
      pos_ = base + i;
      if (self_closing) {  // an empty item: its end is the next event
        end_ = base + i;
        empty_item_ = true;
        return Event::item_start;
      }
      in_item_ = true;
      nesting_ = 0;
      item_name_ = std::string(name);
      return Event::item_start;
    }
    if (!self_closing) {
      const bool keep = local_of(name) == "channel";
      open_.push_back(
          {std::string(name), keep ? std::string(text.substr(tag_begin, i - tag_begin)) : ""});
      ++version_;
    }
  }
  pos_ = base + n;
  if (at_end && in_item_) {
    in_item_ = false;
    end_ = pos_;
    return Event::item_end;
  }
  return Event::none;
}

std::string ItemSplitter::open_start_tags() const {
  std::string out;
  for (const Open& o : open_) out += o.start_tag;
  return out;
}

std::string ItemSplitter::open_end_tags() const {
  std::string out;
  for (std::size_t k = open_.size(); k-- > 0;) {
    if (!open_[k].start_tag.empty()) out += "</" + open_[k].name + ">";
  }
  return out;
}

std::string ItemSplitter::all_end_tags() const {
  std::string out;
  for (std::size_t k = open_.size(); k-- > 0;) out += "</" + open_[k].name + ">";
  return out;
}

}  // namespace feedpp::detail
