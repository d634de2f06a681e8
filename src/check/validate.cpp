// SPDX-License-Identifier: MIT
// validate(): parse() with a visitor that walks the tree before the readers free it, then the
// checks of the bytes and the prolog, then the parser's diagnostics as findings, all in document
// order.
#include "feedpp/validate.hpp"

#include <algorithm>
#include <fstream>
#include <istream>

#include "base/diagnostic_log.hpp"
#include "check/document.hpp"
#include "check/findings.hpp"
#include "check/walker.hpp"
#include "read/parse_hook.hpp"

namespace feedpp {
namespace detail {
namespace {

std::string format_name(Format f) {
  switch (f) {
    case Format::rss_0_90:
      return "rss090";
    case Format::rss_0_91_netscape:
      return "rss091n";
    case Format::rss_0_91_userland:
      return "rss091u";
    case Format::rss_0_92:
      return "rss092";
    case Format::rss_0_93:
      return "rss093";
    case Format::rss_0_94:
      return "rss094";
    case Format::rss_1_0:
      return "rss10";
    case Format::rss_2_0:
    case Format::rss:
      return "rss20";
    case Format::atom_0_3:
      return "atom03";
    case Format::atom_1_0:
    case Format::atom:
      return "atom10";
    case Format::cdf:  // read, but not formats the W3C service validates
    case Format::json_1_0:
    case Format::json_1_1:
    case Format::json:
    case Format::unknown:
      break;
  }
  return {};
}

class CheckVisitor final : public DomVisitor {
 public:
  CheckVisitor(std::string_view bytes, const ParseOptions& options)
      : bytes_(bytes), options_(options) {}

  void visit(const XmlDocument& xml, std::string_view text, Format format,
             std::string_view encoding, const DiagnosticLog& log) override {
    static_cast<void>(format);
    encoding_ = encoding;
    doctype_ = read_doctype(text.substr(0, std::min<std::size_t>(text.size(), 1 << 16)));
    Walker walker(xml, text, findings_);
    if (doctype_.netscape) walker.set_valid_doctype();
    walker.set_encoding(encoding_);
    if (log.has(ErrorCode::misencoded_character)) walker.record_starts(&starts_);
    if (!options_.base_url.empty()) {
      walker.self_uris().push_back(options_.base_url);
      walker.set_document_base(options_.base_url);
    }
    walker.run();
    place_findings(findings_, text);
    visited_ = true;
  }

  std::vector<Finding> take() { return std::move(findings_); }
  [[nodiscard]] bool visited() const { return visited_; }
  [[nodiscard]] const Doctype& doctype() const { return doctype_; }
  [[nodiscard]] const std::vector<ElementStart>& starts() const { return starts_; }

 private:
  std::string_view bytes_;
  const ParseOptions& options_;
  std::vector<Finding> findings_;
  std::vector<ElementStart> starts_;
  Doctype doctype_;
  std::string_view encoding_;
  bool visited_ = false;
};

}  // namespace
}  // namespace detail

std::string_view to_string(FindingSeverity severity) noexcept {
  switch (severity) {
    case FindingSeverity::info:
      return "info";
    case FindingSeverity::warning:
      return "warning";
    case FindingSeverity::error:
      return "error";
  }
  return "unknown";
}

std::string_view Finding::param(std::string_view key) const noexcept {
  if (key == "element") return element;
  if (key == "parent") return parent;
  if (key == "attr") return attr;
  if (key == "value") return value;
  for (const auto& [k, v] : params) {
    if (k == key) return v;
  }
  return {};
}

bool ValidationResult::valid() const noexcept {
  return std::none_of(findings.begin(), findings.end(),
                      [](const Finding& f) { return f.severity == FindingSeverity::error; });
}

ValidationResult validate(std::string_view bytes, const ParseOptions& options) {
  ValidationResult result;
  detail::CheckVisitor visitor(bytes, options);
  result.parse = detail::parse_with(bytes, options, &visitor);
  result.format = detail::format_name(result.parse.feed.format);
  result.findings = visitor.take();
  detail::check_prolog(bytes, result.parse, visitor.doctype(), result.findings);
  detail::add_parse_findings(result.parse, visitor.doctype(), visitor.visited(), visitor.starts(),
                             result.findings);
  std::stable_sort(result.findings.begin(), result.findings.end(),
                   [](const Finding& a, const Finding& b) {
                     // Unknown places (line 0) last; the rest by line and column.
                     const bool ua = a.location.line == 0;
                     const bool ub = b.location.line == 0;
                     if (ua != ub) return ub;
                     if (a.location.line != b.location.line)
                       return a.location.line < b.location.line;
                     return a.location.column < b.location.column;
                   });
  return result;
}

ValidationResult validate_file(const std::string& path, const ParseOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ValidationResult result;
    result.parse = parse_file(path, options);  // the io_error, as parse_file() gives it
    detail::add_parse_findings(result.parse, detail::Doctype{}, false, {}, result.findings);
    return result;
  }
  return validate(in, options);
}

ValidationResult validate(std::istream& in, const ParseOptions& options) {
  std::string bytes;
  const std::size_t limit = options.limits.max_input_bytes;
  const std::size_t cap = limit == static_cast<std::size_t>(-1) ? limit : limit + 1;
  char buf[65536];
  while (in && bytes.size() < cap) {
    in.read(buf, sizeof buf);
    const std::streamsize got = in.gcount();
    if (got <= 0) break;
    bytes.append(buf, static_cast<std::size_t>(got));
  }
  if (in.bad()) {
    ValidationResult result;
    result.parse = parse(in, options);
    detail::add_parse_findings(result.parse, detail::Doctype{}, false, {}, result.findings);
    return result;
  }
  return validate(bytes, options);
}

}  // namespace feedpp
