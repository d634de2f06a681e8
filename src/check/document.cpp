// SPDX-License-Identifier: MIT
// The document-level checks, as the W3C validator makes them before and while its XML parser
// reads (its xmlEncoding module and the SAX dispatcher's entity handling).
#include "check/document.hpp"

#include <algorithm>

#include "base/ascii.hpp"
#include "base/diagnostic_log.hpp"
#include "check/findings.hpp"
#include "check/values.hpp"
#include "input/html_entities.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kNetscapePublic = "-//Netscape Communications//DTD RSS 0.91//EN";
constexpr std::string_view kNetscapeSystem = "http://my.netscape.com/publish/formats/rss-0.91.dtd";
constexpr std::string_view kRssBoardSystem = "http://www.rssboard.org/rss-0.91.dtd";

// Reads a quoted literal at `s`, advancing past it.
std::string_view quoted(std::string_view& s) {
  while (!s.empty() && is_xml_space(s[0])) s.remove_prefix(1);
  if (s.empty() || (s[0] != '"' && s[0] != '\'')) return {};
  const auto end = s.find(s[0], 1);
  if (end == std::string_view::npos) return {};
  const std::string_view v = s.substr(1, end - 1);
  s.remove_prefix(end + 1);
  return v;
}

std::string_view word(std::string_view& s) {
  while (!s.empty() && is_xml_space(s[0])) s.remove_prefix(1);
  std::size_t n = 0;
  while (n < s.size() && !is_xml_space(s[n]) && s[n] != '[' && s[n] != '>' && s[n] != '"' &&
         s[n] != '\'')
    ++n;
  const std::string_view w = s.substr(0, n);
  s.remove_prefix(n);
  return w;
}

// Entity declarations in an internal subset: names, and whether one is external.
void read_subset(std::string_view subset, Doctype& d) {
  for (std::size_t at = subset.find("<!ENTITY"); at != std::string_view::npos;
       at = subset.find("<!ENTITY", at + 8)) {
    std::string_view s = subset.substr(at + 8);
    std::string_view name = word(s);
    if (name == "%") name = word(s);  // a parameter entity
    const std::string_view kind = word(s);
    if (kind == "SYSTEM" || kind == "PUBLIC") d.external = true;
    if (!name.empty()) d.entities.emplace_back(name);
  }
}

struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
};

// The W3C validator's _position(): 1-based line, and column with tabs to the next multiple of 8.
Position position(std::string_view text, std::size_t at) {
  Position p;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < at && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++p.line;
      line_start = i + 1;
    }
  }
  std::size_t column = 0;
  for (std::size_t i = line_start; i < at && i < text.size(); ++i) {
    column = text[i] == '\t' ? (column / 8 + 1) * 8 : column + 1;
  }
  p.column = column + 1;
  return p;
}

Finding placed(std::string_view code, std::size_t offset, Position pos, const Params& params) {
  Finding f = make_finding(code, offset, params);
  f.location.line = pos.line;
  f.location.column = pos.column;
  return f;
}

struct Declaration {
  bool found = false;
  std::string_view version;
  std::string_view encoding;
  std::size_t encoding_at = 0;  // offset of the encoding's value
};

// <?xml version="..." encoding="..."?> at the very start (the validator's _encRe).
Declaration declaration_of(std::string_view s) {
  Declaration d;
  if (s.substr(0, 5) != "<?xml") return d;
  std::string_view rest = s.substr(5);
  const std::size_t before = s.size() - rest.size();
  if (rest.empty() || !is_xml_space(rest[0])) return d;
  d.found = true;
  const auto end = rest.find("?>");
  rest = rest.substr(0, end);
  const auto pseudo = [&](std::string_view name, std::string_view& value, std::size_t& at) {
    const auto k = rest.find(name);
    if (k == std::string_view::npos) return;
    std::string_view t = rest.substr(k + name.size());
    while (!t.empty() && is_xml_space(t[0])) t.remove_prefix(1);
    if (t.empty() || t[0] != '=') return;
    t.remove_prefix(1);
    while (!t.empty() && is_xml_space(t[0])) t.remove_prefix(1);
    if (t.empty() || (t[0] != '"' && t[0] != '\'')) return;
    const auto close = t.find(t[0], 1);
    if (close == std::string_view::npos) return;
    value = t.substr(1, close - 1);
    at = before + static_cast<std::size_t>(t.data() + 1 - rest.data());
  };
  std::size_t ignored = 0;
  pseudo("version", d.version, ignored);
  pseudo("encoding", d.encoding, d.encoding_at);
  return d;
}

bool is_one_of(std::string_view enc, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names) {
    if (iequals(enc, n)) return true;
  }
  return false;
}

// The parser's message names the entity: "&name; is ...".
std::string_view entity_in(std::string_view message) {
  const auto amp = message.find('&');
  const auto semi = message.find(';', amp == std::string_view::npos ? 0 : amp);
  if (amp == std::string_view::npos || semi == std::string_view::npos) return {};
  return message.substr(amp + 1, semi - amp - 1);
}

// The W3C validator names the element whose text has the character: the last element to start
// before it (its text, or a child's, which is as near as starts alone tell).
void place_in_element(const std::vector<ElementStart>& starts, std::size_t offset, Params& p) {
  const auto after =
      std::upper_bound(starts.begin(), starts.end(), offset,
                       [](std::size_t off, const ElementStart& s) { return off < s.offset; });
  if (after == starts.begin()) return;
  p.element(std::prev(after)->element).parent(std::prev(after)->parent);
}

}  // namespace

Doctype read_doctype(std::string_view text) {
  Doctype d;
  // Only in the prolog: the search stops at the first element's start tag, so a document
  // without a DOCTYPE costs a look at its first few markup openings, not a scan of it all.
  std::size_t at = text.find('<');
  for (; at != std::string_view::npos; at = text.find('<', at + 1)) {
    if (text.compare(at, 9, "<!DOCTYPE") == 0) break;
    if (at + 1 < text.size() && (is_alpha(text[at + 1]) || text[at + 1] == '_')) return d;
  }
  if (at == std::string_view::npos) return d;
  d.present = true;
  std::string_view s = text.substr(at + 9);
  word(s);  // the root's name
  std::string_view kind = word(s);
  std::string_view pub;
  std::string_view sys;
  if (kind == "PUBLIC") {
    pub = quoted(s);
    sys = quoted(s);
  } else if (kind == "SYSTEM") {
    sys = quoted(s);
  }
  while (!s.empty() && is_xml_space(s[0])) s.remove_prefix(1);
  if (!s.empty() && s[0] == '[') {
    const auto close = s.find("]");
    read_subset(s.substr(1, close == std::string_view::npos ? s.size() : close), d);
  }
  if (pub == kNetscapePublic && (sys == kNetscapeSystem || sys == kRssBoardSystem)) {
    d.netscape = true;
    d.deprecated = sys == kNetscapeSystem;
  } else if (!pub.empty() || !sys.empty()) {
    d.external = true;
  }
  return d;
}

void check_prolog(std::string_view bytes, const ParseResult& parse, const Doctype& doctype,
                  std::vector<Finding>& out) {
  // A BOM; what follows it is read as ASCII for the declaration.
  std::size_t bom = 0;
  std::string_view bom_name;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bom = 3;
    bom_name = "UTF-8";
  } else if (bytes.substr(0, 2) == "\xFE\xFF" || bytes.substr(0, 2) == "\xFF\xFE") {
    bom = 2;
    bom_name = "UTF-16";
  }
  const std::string_view after = bytes.substr(bom);
  const bool wide = bom == 2 || (after.size() >= 2 && (after[0] == '\0' || after[1] == '\0'));
  // UTF-16 and UTF-32: the prolog is ASCII, one character in every two or four bytes.
  std::string narrow;
  if (wide) {
    for (char c : after.substr(0, 2048)) {
      if (c != '\0') narrow += c;
    }
  }
  const std::string_view where = wide ? std::string_view(narrow) : after.substr(0, 4096);
  const std::string_view text_start = where;
  const Declaration decl = declaration_of(where);
  bool unknown = false;
  for (const Diagnostic& d : parse.diagnostics)
    unknown = unknown || d.code == ErrorCode::encoding_unknown;
  const Position at = position(where, decl.encoding_at);
  if (!decl.found && bom == 0 && !wide) {
    out.push_back(placed("MissingEncoding", 0, Position{}, Params()));
  }
  if (!decl.encoding.empty()) {
    const std::string enc(decl.encoding);
    if (bom == 3 && !iequals(enc, "utf-8")) {
      out.push_back(placed("UnicodeError", decl.encoding_at, at,
                           Params().with("exception",
                                         "the document starts with a UTF-8 BOM but "
                                         "declares " +
                                             enc)));
    }
    if (unknown) {
      out.push_back(
          placed("UnknownEncoding", decl.encoding_at, at, Params().with("encoding", enc)));
    } else if (!is_one_of(enc, {"UTF-8", "UTF-16"})) {
      const bool common = is_one_of(
          enc, {"US-ASCII", "ISO-8859-1", "EUC-JP", "ISO-8859-2", "ISO-8859-15", "ISO-8859-7",
                "KOI8-R", "SHIFT_JIS", "WINDOWS-1250", "WINDOWS-1251", "WINDOWS-1252",
                "WINDOWS-1254", "WINDOWS-1255", "WINDOWS-1256", "GB18030"});
      out.push_back(placed(common ? "NonstdEncoding" : "ObscureEncoding", decl.encoding_at, at,
                           Params().with("encoding", enc)));
    }
  }
  if (!decl.version.empty() && decl.version != "1.0") {
    const std::size_t v = static_cast<std::size_t>(decl.version.data() - where.data());
    out.push_back(
        placed("BadXmlVersion", v, position(where, v), Params().with("version", decl.version)));
  }
  // White space before the declaration: a WordPress bug, named as such.
  std::size_t lead = 0;
  while (lead < text_start.size() && is_xml_space(text_start[lead])) ++lead;
  if (lead > 0 && text_start.substr(lead, 5) == "<?xml") {
    const std::string_view head = bytes.substr(0, std::size_t{64} << 10);
    const auto open = head.find("<generator");
    const auto close = head.find("</generator>", open == std::string_view::npos ? 0 : open);
    const std::string g = lower(open == std::string_view::npos || close == std::string_view::npos
                                    ? std::string_view()
                                    : head.substr(open, close - open));
    if (g.find("wordpress") != std::string::npos) {
      out.push_back(placed("WPBlankLine", 0, Position{}, Params()));
    }
  }
  const std::size_t dt = std::min(where.find("<!DOCTYPE"), where.size());
  if (doctype.netscape) {
    if (doctype.deprecated) out.push_back(placed("DeprecatedDTD", dt, position(where, dt), {}));
  } else if (doctype.external) {
    out.push_back(placed("ContainsSystemEntity", dt, position(where, dt), {}));
  }
}

void add_parse_findings(const ParseResult& parse, const Doctype& doctype, bool root_checked,
                        const std::vector<ElementStart>& starts, std::vector<Finding>& out) {
  for (const Diagnostic& d : parse.diagnostics) {
    std::string_view code;
    Params p;
    std::string exception;
    switch (d.code) {
      case ErrorCode::undeclared_namespace:
        if (root_checked) continue;  // the walk reports each, as SAXError
        code = "SAXError";
        p.with("exception", d.message);
        break;
      case ErrorCode::xml_syntax:
      case ErrorCode::truncated:
      case ErrorCode::bare_ampersand:
      case ErrorCode::invalid_character:
      case ErrorCode::junk_before_root:
      case ErrorCode::empty_document:
        code = "SAXError";
        p.with("exception", d.message);
        break;
      case ErrorCode::not_a_feed:
        if (root_checked) continue;  // the root's rules say it: UndefinedElement
        code = "SAXError";
        p.with("exception", d.message);
        break;
      case ErrorCode::html_page:
        // The reader stops at an HTML page before the tree; the W3C service reads its root.
        code = "UndefinedElement";
        p.parent("root").element("html");
        break;
      case ErrorCode::undefined_entity: {
        const std::string_view name = entity_in(d.message);
        // Declared in the document, or by the RSS 0.91 DTD (HTML's): the W3C parser reads it.
        if (std::find(doctype.entities.begin(), doctype.entities.end(), name) !=
            doctype.entities.end())
          continue;
        if (doctype.netscape && html_entity(name).has_value()) continue;
        code = "UndefinedNamedEntity";
        p.value(name);
        break;
      }
      case ErrorCode::encoding_override:
      case ErrorCode::invalid_bytes:
        code = "UnicodeError";
        p.with("exception", d.message);
        break;
      case ErrorCode::encoding_unknown:
        if (root_checked) continue;  // check_prolog() says it, where the declaration says it
        code = "UnknownEncoding";
        p.with("encoding", d.message);
        break;
      case ErrorCode::misencoded_character:
        code = "BadCharacters";
        place_in_element(starts, d.location.offset, p);
        break;
      case ErrorCode::bad_date:
      case ErrorCode::bad_base64:
      case ErrorCode::missing_element:
      case ErrorCode::duplicate_element:
      case ErrorCode::unexpected_text:
      case ErrorCode::unknown_version:
        continue;  // the rules say it, more precisely
      default:
        code = to_string(d.code);
        break;
    }
    Finding f = make_finding(code, d.location.offset, p);
    f.location = d.location;
    if (f.location.line == 0) f.location.offset = kUnknownOffset;
    if (code == to_string(d.code)) {
      f.message = d.message;
      f.severity =
          d.severity == Severity::warning ? FindingSeverity::warning : FindingSeverity::error;
    } else if (code == "SAXError" || code == "UnicodeError") {
      f.message = d.message;
    }
    f.parse_code = d.code;
    out.push_back(std::move(f));
  }
}

}  // namespace feedpp::detail
