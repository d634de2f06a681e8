// SPDX-License-Identifier: MIT
// The repair pass of xml_repair.hpp as a class, private to the three files that define it: the
// pass, text and notes (xml_repair.cpp); tags, attributes and the stack of open elements
// (xml_repair_tags.cpp); declaration, DOCTYPE, processing instructions, comments and CDATA
// (xml_repair_prolog.cpp). Each step starts at pos_, writes to out_ and leaves pos_ after what
// it read.
#ifndef FEEDPP_SRC_XML_REPAIRER_HPP
#define FEEDPP_SRC_XML_REPAIRER_HPP

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/ascii.hpp"
#include "input/xml_repair.hpp"

namespace feedpp::detail {

class Repairer {
 public:
  Repairer(std::string_view text, std::vector<RepairNote>& notes) : text_(text), notes_(notes) {}

  std::string run();

 private:
  static constexpr std::size_t kNpos = std::string_view::npos;

  // Character classes as pugixml's ct_space, ct_start_symbol and ct_symbol define them. Any byte
  // >= 0x80 counts as a name character, as in pugixml: the text is UTF-8 and names are kept as
  // written, so pugixml must read the same name the repair read.
  static constexpr bool is_space(unsigned char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
  static constexpr bool is_name_start(unsigned char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
  }
  static constexpr bool is_name_char(unsigned char c) noexcept {
    return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
  }

  struct CaseInsensitiveHash {
    std::size_t operator()(std::string_view s) const noexcept {
      std::size_t h = 14695981039346656037ULL;  // FNV-1a
      for (const char c : s) {
        h ^= static_cast<unsigned char>(ascii_lower(c));
        h *= 1099511628211ULL;
      }
      return h;
    }
  };
  struct CaseInsensitiveEqual {
    bool operator()(std::string_view a, std::string_view b) const noexcept { return iequals(a, b); }
  };

  // Remembers where the last search for `pattern` ended. The pass only moves forward, so a later
  // search from inside the span already searched reuses the answer; without this, inputs such as
  // "<?a>" repeated would rescan to the end for each one, quadratic time.
  class ForwardFinder {
   public:
    explicit ForwardFinder(std::string_view pattern) noexcept : pattern_(pattern) {}

    std::size_t find(std::string_view text, std::size_t from) {
      if (!valid_ || from < from_ || (found_ != kNpos && from > found_)) {
        found_ = text.find(pattern_, from);
        from_ = from;
        valid_ = true;
      }
      return found_;
    }

   private:
    std::string_view pattern_;
    std::size_t from_ = 0;
    std::size_t found_ = kNpos;
    bool valid_ = false;
  };

  enum class Phase { prolog, content, epilog };
  enum class TagEnd { open, self_closing, cut_off };
  struct NoteMark {
    std::size_t size;
    std::size_t added;
  };

  // The byte at `i`, or 0 past the end (so lookahead needs no bounds checks of its own).
  unsigned char at(std::size_t i) const noexcept {
    return i < text_.size() ? static_cast<unsigned char>(text_[i]) : 0;
  }
  bool starts_with(std::size_t i, std::string_view s) const noexcept {
    return text_.compare(std::min(i, text_.size()), s.size(), s) == 0;
  }
  std::size_t skip_space(std::size_t i, std::size_t limit) const noexcept {
    while (i < limit && is_space(at(i))) ++i;
    return i;
  }
  std::size_t scan_name(std::size_t i, std::size_t limit) const noexcept {
    while (i < limit && is_name_char(at(i))) ++i;
    return i;
  }

  static std::string shorten(std::string_view name);

  // xml_repair.cpp
  void note(std::size_t offset, std::string message, bool cut = false);
  NoteMark mark_notes() const noexcept { return {notes_.size(), added_}; }
  void rollback_notes(NoteMark mark);
  void note_trailing(std::size_t offset);
  void copy_clean(std::size_t begin, std::size_t end);
  void text_run();
  void finish();

  // xml_repair_tags.cpp
  std::size_t reference_end(std::size_t begin, std::size_t end) const noexcept;
  void attribute_value(std::size_t begin, std::size_t end, std::string_view name);
  std::size_t attribute(std::size_t i, std::size_t limit, bool in_tag);
  bool remember_attribute(std::string_view name);
  void forget_attributes();
  void start_tag();
  TagEnd start_tag_rest(std::string_view name);
  void end_tag();
  void push(std::string_view name);
  void pop();
  void close(std::string_view name, std::size_t tag_at);

  // xml_repair_prolog.cpp
  void comment();
  void drop_unterminated(std::size_t begin, std::string_view what);
  void cdata();
  void processing_instruction();
  void xml_declaration(std::size_t begin, std::size_t end);
  std::size_t pugixml_doctype_end(std::size_t begin) const noexcept;
  void doctype();
  void reduce_doctype(std::size_t begin);

  std::string_view text_;
  std::vector<RepairNote>& notes_;
  std::string out_;
  std::size_t pos_ = 0;
  std::size_t content_start_ = 0;  // where an XML declaration may stand: 0, or 3 after a BOM
  Phase phase_ = Phase::prolog;
  bool doctype_seen_ = false;
  bool trailing_noted_ = false;
  bool quiet_ = false;  // notes are not taken (inside a tag that is dropped as a whole)
  std::size_t added_ = 0;

  // Open elements, innermost last; the names point into the input.
  std::vector<std::string_view> stack_;
  std::unordered_map<std::string_view, std::size_t> open_exact_;
  std::unordered_map<std::string_view, std::size_t, CaseInsensitiveHash, CaseInsensitiveEqual>
      open_folded_;

  std::vector<std::string_view> attribute_names_;
  std::unordered_set<std::string_view> attribute_set_;

  ForwardFinder lt_{"<"};
  ForwardFinder gt_{">"};
  ForwardFinder double_quote_{"\""};
  ForwardFinder single_quote_{"'"};
  ForwardFinder pi_end_{"?>"};
  ForwardFinder comment_end_{"-->"};
  ForwardFinder cdata_end_{"]]>"};
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_XML_REPAIRER_HPP
