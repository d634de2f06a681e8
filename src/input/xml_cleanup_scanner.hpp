// SPDX-License-Identifier: MIT
// The clean-up's scan of xml_cleanup.hpp as a class, private to the three files that define it:
// the character loop (xml_cleanup.cpp), markup other than tags (xml_cleanup_markup.cpp) and
// references (xml_cleanup_references.cpp). A step is given the offset where what it reads
// starts, and returns the offset after it.
#ifndef FEEDPP_SRC_XML_CLEANUP_SCANNER_HPP
#define FEEDPP_SRC_XML_CLEANUP_SCANNER_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diagnostic_log.hpp"

namespace feedpp::detail {

// The scan: one pass, collecting edits and reporting problems.
class CleanupScanner {
 public:
  struct Edit {
    std::size_t offset;
    std::size_t length;
    std::string replacement;
  };

  CleanupScanner(std::string_view text, DiagnosticLog& log) : text_(text), log_(log) {}

  std::vector<Edit> run();

  [[nodiscard]] bool may_repeat_attributes() const { return attributes_; }

 private:
  static std::string hex(std::uint32_t v) {
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "%04X", v);
    return std::string(buf, static_cast<std::size_t>(n));
  }

  // xml_cleanup.cpp
  void body(std::size_t pos);
  void raw(std::size_t pos, std::size_t end, bool content);
  std::size_t character(std::size_t pos, bool report = true);

  // xml_cleanup_markup.cpp
  std::size_t prolog();
  std::size_t markup(std::size_t pos);
  std::size_t raw_until(std::size_t pos, std::size_t opener, std::string_view end_marker,
                        bool content);
  void misplaced_declaration(std::size_t pos);

  // xml_cleanup_references.cpp
  std::size_t reference(std::size_t pos);
  std::size_t numeric(std::size_t pos);
  std::optional<std::pair<char32_t, std::size_t>> read_numeric(std::size_t pos) const;

  std::string_view text_;
  DiagnosticLog& log_;
  std::vector<Edit> edits_;
  bool attributes_ = false;  // a tag may repeat an attribute
};

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_XML_CLEANUP_SCANNER_HPP
