// SPDX-License-Identifier: MIT
// choose_charset(): the BOM or the UTF-16/32 marker, the XML declaration read in whatever width
// the bytes have, the HTTP Content-Type; then RFC 3023's order of precedence over them, with
// each label the bytes contradict dropped and reported.
#include "input/choose_charset.hpp"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <utility>

#include "base/ascii.hpp"

namespace feedpp::detail {
namespace {

// How far into the document the XML declaration is looked for: junk (a PHP warning, blank
// lines) may come first, and the declaration itself is short.
constexpr std::size_t kMaxJunk = 1024;
constexpr std::size_t kMaxDeclaration = 256;

// Byte order marks and, without one, the first characters of `<?xml` in each form (XML 1.0
// appendix F.1). `length` is what the BOM takes; the markers are part of the text.
struct Sniffed {
  std::optional<Kind> kind;
  std::size_t length = 0;
};

Sniffed sniff(std::string_view input) {
  const Byte* p = bytes(input);
  const std::size_t n = input.size();
  const auto at = [&](std::size_t i) -> int { return i < n ? p[i] : -1; };
  const auto starts = [&](int a, int b, int c, int d) {
    return at(0) == a && at(1) == b && (c < 0 || at(2) == c) && (d < 0 || at(3) == d);
  };
  if (starts(0x00, 0x00, 0xFE, 0xFF)) return {Kind::utf32be, 4};
  if (starts(0xFF, 0xFE, 0x00, 0x00)) return {Kind::utf32le, 4};
  // As in feedparser, FE FF 00 00 (the mirror of the UTF-32LE BOM) is not taken as UTF-16.
  const bool zeros_follow = at(2) == 0x00 && at(3) == 0x00;
  if (starts(0xFE, 0xFF, -1, -1) && !zeros_follow) return {Kind::utf16be, 2};
  if (starts(0xFF, 0xFE, -1, -1)) return {Kind::utf16le, 2};
  if (starts(0xEF, 0xBB, 0xBF, -1)) return {Kind::utf8, 3};
  if (starts(0x00, 0x00, 0x00, 0x3C)) return {Kind::utf32be, 0};
  if (starts(0x3C, 0x00, 0x00, 0x00)) return {Kind::utf32le, 0};
  // Beyond `<?`: `<` then a NUL can't start an ASCII-compatible XML document, so any `<x` in
  // UTF-16 (a BOM-less `<rss`) is recognised too.
  if (n >= 4 && p[0] == 0x00 && p[1] == 0x3C && p[2] == 0x00 && p[3] != 0x00) {
    return {Kind::utf16be, 0};
  }
  if (n >= 4 && p[0] == 0x3C && p[1] == 0x00 && p[2] != 0x00 && p[3] == 0x00) {
    return {Kind::utf16le, 0};
  }
  return {};
}

// The start of `data` with every character as one char (non-ASCII ones as 0x1A), so that the
// XML declaration can be read whatever the width of the characters.
std::string ascii_prefix(std::string_view data, std::optional<Kind> kind) {
  constexpr std::size_t kChars = kMaxJunk + kMaxDeclaration + 8;
  if (!kind || !is_wide(*kind)) return std::string(data.substr(0, kChars));
  const std::size_t unit = is_utf32(*kind) ? 4 : 2;
  const bool big = *kind == Kind::utf16be || *kind == Kind::utf32be;
  const Byte* p = bytes(data);
  std::string out;
  for (std::size_t i = 0; i + unit <= data.size() && out.size() < kChars; i += unit) {
    std::uint32_t cp = 0;
    for (std::size_t k = 0; k < unit; ++k) {
      const std::uint32_t b = p[i + (big ? k : unit - 1 - k)];
      cp = (cp << 8) | b;
    }
    out.push_back(cp < 0x80 ? static_cast<char>(cp) : '\x1A');
  }
  return out;
}

bool starts_with_nocase(std::string_view s, std::string_view lowered_prefix) {
  if (s.size() < lowered_prefix.size()) return false;
  for (std::size_t i = 0; i < lowered_prefix.size(); ++i) {
    if (ascii_lower(s[i]) != lowered_prefix[i]) return false;
  }
  return true;
}

struct Declaration {
  bool found = false;  // an `<?xml ` was seen, in the prefix's own characters
  std::string encoding;
};

Declaration find_declaration(std::string_view text) {
  Declaration d;
  const std::size_t last_start = std::min(text.size(), kMaxJunk + 1);
  std::size_t start = 0;
  while (start < last_start && !(starts_with_nocase(text.substr(start), "<?xml") &&
                                 start + 5 < text.size() && is_xml_space(text[start + 5]))) {
    ++start;
  }
  if (start >= last_start) return d;
  d.found = true;
  std::string_view decl = text.substr(start + 5, kMaxDeclaration);
  decl = decl.substr(0, decl.find("?>"));
  // XML 1.0 [80]: EncodingDecl ::= S 'encoding' Eq ('"' EncName '"' | "'" EncName "'"), where
  // Eq allows spaces around '='.
  for (std::size_t i = 0; i + 8 <= decl.size(); ++i) {
    if (!starts_with_nocase(decl.substr(i), "encoding")) continue;
    std::size_t j = i + 8;
    while (j < decl.size() && is_xml_space(decl[j])) ++j;
    if (j >= decl.size() || decl[j] != '=') continue;
    ++j;
    while (j < decl.size() && is_xml_space(decl[j])) ++j;
    if (j >= decl.size() || (decl[j] != '"' && decl[j] != '\'')) continue;
    const std::size_t close = decl.find(decl[j], j + 1);
    if (close == std::string_view::npos) continue;
    d.encoding = lower(trim(decl.substr(j + 1, close - j - 1)));
    break;
  }
  return d;
}

// True when the bytes start as ASCII-compatible XML does: `<` and a printable character, both
// single bytes, after any whitespace.
bool plainly_ascii(std::string_view data) {
  std::size_t i = 0;
  while (i < data.size() && i < kMaxJunk &&
         (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n')) {
    ++i;
  }
  return i + 1 < data.size() && data[i] == '<' && data[i + 1] > 0x20 && data[i + 1] < 0x7F;
}

// A generic "utf-16"/"utf-32" (no BOM to say which) gets the byte order the NUL bytes suggest:
// ASCII characters have theirs on the high side. RFC 2781 §4.3 makes big-endian the default.
Kind guess_byte_order(std::string_view data, bool utf32) {
  const std::size_t unit = utf32 ? 4 : 2;
  std::size_t high_first = 0;
  std::size_t high_last = 0;
  const std::size_t n = std::min(data.size(), std::size_t{4096}) / unit * unit;
  for (std::size_t i = 0; i < n; i += unit) {
    high_first += data[i] == '\0' ? 1u : 0u;
    high_last += data[i + unit - 1] == '\0' ? 1u : 0u;
  }
  if (utf32) return high_last > high_first ? Kind::utf32le : Kind::utf32be;
  return high_last > high_first ? Kind::utf16le : Kind::utf16be;
}

// Gives a UTF-16/UTF-32 family name its concrete form: the one the BOM or marker showed (the
// BOM knows the byte order better than any label), else a guess.
Charset settle(Charset charset, std::optional<Kind> sniffed, std::string_view data) {
  if (!is_wide(charset.kind)) return charset;
  if (sniffed && is_wide(*sniffed)) return charset_of(*sniffed);
  if (charset.kind == Kind::utf16 || charset.kind == Kind::utf32) {
    return charset_of(guess_byte_order(data, charset.kind == Kind::utf32));
  }
  return charset;
}

struct MediaType {
  std::string type;     // lower case, no parameters
  std::string charset;  // lower case, unquoted; "" when absent
};

MediaType parse_content_type(std::string_view value) {
  MediaType m;
  std::size_t semi = value.find(';');
  m.type = lower(trim(value.substr(0, semi)));
  while (semi != std::string_view::npos) {
    value.remove_prefix(semi + 1);
    semi = value.find(';');
    const std::string_view param = value.substr(0, semi);
    const std::size_t eq = param.find('=');
    if (eq == std::string_view::npos || lower(trim(param.substr(0, eq))) != "charset") continue;
    std::string_view v = trim(param.substr(eq + 1));
    while (!v.empty() && (v.front() == '"' || v.front() == '\'')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == '"' || v.back() == '\'')) v.remove_suffix(1);
    m.charset = lower(trim(v));
  }
  return m;
}

enum class MediaClass { application_xml, text_xml, text_other, other };

// RFC 3023 §3: the XML media types, and which of them default to us-ascii.
MediaClass classify(std::string_view type) {
  const auto starts = [&](std::string_view p) { return type.substr(0, p.size()) == p; };
  const bool plus_xml = type.size() > 4 && type.substr(type.size() - 4) == "+xml";
  if (type == "application/xml" || type == "application/xml-dtd" ||
      type == "application/xml-external-parsed-entity" || (starts("application/") && plus_xml)) {
    return MediaClass::application_xml;
  }
  if (type == "text/xml" || type == "text/xml-external-parsed-entity" ||
      (starts("text/") && plus_xml)) {
    return MediaClass::text_xml;
  }
  return starts("text/") ? MediaClass::text_other : MediaClass::other;
}

bool names_wide(std::string_view name) {
  const std::optional<Charset> charset = lookup(name);
  return charset && is_wide(charset->kind);
}

// What the bytes and their labels say, before any label is believed.
struct Labels {
  Sniffed sniffed;
  bool wide = false;         // a UTF-16/32 BOM or marker: the width of the characters is known
  std::string sniffed_name;  // the charset the BOM or marker shows; "" without one
  bool ascii_compatible = false;
  std::string xml;                  // the XML declaration's encoding; "" when it names none
  std::string http;                 // the Content-Type's charset; "" when it has none
  std::optional<MediaClass> media;  // none when the bytes did not come over HTTP
};

// NOLINTNEXTLINE(bugprone-easily-swappable-parameters): as decode_document's, in encoding.hpp
Labels read_labels(std::string_view input, std::string_view content_type,
                   std::vector<EncodingIssue>& issues) {
  Labels labels;
  labels.sniffed = sniff(input);
  const std::string_view data = input.substr(labels.sniffed.length);
  labels.wide = labels.sniffed.kind && is_wide(*labels.sniffed.kind);
  if (labels.sniffed.kind) labels.sniffed_name = charset_of(*labels.sniffed.kind).name;

  const Declaration decl = find_declaration(ascii_prefix(data, labels.sniffed.kind));
  // `<?xml`, or `<` and another printable character, read one byte each: the bytes are
  // ASCII-compatible, whatever a label says.
  labels.ascii_compatible = !labels.wide && (decl.found || plainly_ascii(data));
  labels.xml = decl.encoding;

  if (!content_type.empty()) {
    const MediaType m = parse_content_type(content_type);
    labels.media = classify(m.type);
    labels.http = m.charset;
    if (*labels.media == MediaClass::text_other || *labels.media == MediaClass::other) {
      issues.push_back({ErrorCode::non_xml_content_type, 0,
                        "Content-Type \"" + printable(m.type) + "\" is not an XML media type"});
    }
  }
  return labels;
}

// Clears the labels that the width of the characters proves wrong, reporting each.
void drop_contradicted(Labels& labels, std::vector<EncodingIssue>& issues) {
  const auto report = [&issues](std::string message) {
    issues.push_back({ErrorCode::encoding_override, 0, std::move(message)});
  };
  std::string& xml = labels.xml;
  if (!xml.empty()) {
    if (labels.wide && names_wide(xml)) {
      xml = labels.sniffed_name;
    } else if (labels.wide) {
      // The declaration was just read as UTF-16/32, so it cannot be right about another charset.
      report("the XML declaration says " + printable(xml) + " but the document is in " +
             labels.sniffed_name + "; the declaration was ignored");
      xml.clear();
    } else if (names_wide(xml)) {
      report("the XML declaration says " + printable(xml) +
             " but the document is ASCII-compatible; the declaration was ignored");
      xml.clear();
    }
  }
  std::string& http = labels.http;
  if (!http.empty() && *labels.media != MediaClass::other && labels.ascii_compatible &&
      names_wide(http)) {
    report("the HTTP charset says " + printable(http) +
           " but the document is ASCII-compatible; the charset was ignored");
    http.clear();
  }
}

struct Primary {
  std::string label;
  bool defaulted = false;  // no label said, so a default was taken
};

// RFC 3023 §3 as feedparser applies it; without HTTP, what the document says of itself.
Primary primary_label(const Labels& labels, std::string_view default_encoding) {
  Primary primary;
  const auto first_of = [&primary](std::initializer_list<std::string_view> names,
                                   std::string_view fallback) {
    for (const std::string_view name : names) {
      if (!name.empty()) return std::string(name);
    }
    primary.defaulted = true;
    return std::string(fallback);
  };
  const std::optional<MediaClass> media = labels.media;
  if (!media) {
    // The caller's default is a guess, not a claim, so a wrong one is dropped without a word.
    std::string fallback = lower(trim(default_encoding));
    if (labels.ascii_compatible && names_wide(fallback)) fallback.clear();
    primary.label = first_of({labels.xml, labels.sniffed_name, fallback}, "utf-8");
  } else if (*media == MediaClass::application_xml) {
    primary.label = first_of({labels.http, labels.xml}, "utf-8");
  } else if (*media == MediaClass::other) {
    primary.label = first_of({labels.xml}, "utf-8");
  } else {
    primary.label = first_of({labels.http}, "us-ascii");
  }
  // A default yields to a UTF-16/32 BOM or marker: read as ASCII, such bytes are NUL-ridden
  // text no XML parser accepts, and XML 1.0 §4.3.3 lets the BOM alone identify UTF-16.
  if (labels.wide && primary.defaulted) primary.label = labels.sniffed_name;
  return primary;
}

}  // namespace

// NOLINTNEXTLINE(bugprone-easily-swappable-parameters): as decode_document's, in encoding.hpp
CharsetChoice choose_charset(std::string_view input, std::string_view content_type,
                             std::string_view default_encoding) {
  CharsetChoice choice;
  Labels labels = read_labels(input, content_type, choice.issues);
  drop_contradicted(labels, choice.issues);
  const Primary primary = primary_label(labels, default_encoding);

  const std::string_view data = input.substr(labels.sniffed.length);
  const auto resolve = [&](std::string_view label) {
    std::optional<Charset> charset = lookup(label);
    if (charset) charset = settle(std::move(*charset), labels.sniffed.kind, data);
    return charset;
  };
  choice.bom_length = labels.sniffed.length;
  choice.primary = resolve(primary.label);
  choice.defaulted = primary.defaulted;
  choice.text_media = labels.media && (*labels.media == MediaClass::text_xml ||
                                       *labels.media == MediaClass::text_other);

  std::vector<CharsetCandidate>& candidates = choice.candidates;
  candidates.reserve(7);  // an unknown primary, then at most six labels
  // Each charset is tried once, and an unknown label reported once.
  const auto add = [&](std::string_view label, std::optional<Charset> charset) {
    if (label.empty()) return;
    for (const CharsetCandidate& c : candidates) {
      if (c.label == label || (charset && c.charset && c.charset->name == charset->name)) return;
    }
    const bool lenient = charset && labels.wide && charset->kind == *labels.sniffed.kind;
    candidates.push_back({std::string(label), std::move(charset), lenient});
  };
  std::optional<Charset> sniffed;  // as a BOM or marker shows it, settled already
  if (labels.sniffed.kind) sniffed = charset_of(*labels.sniffed.kind);
  if (!choice.primary) add(primary.label, std::nullopt);
  // A UTF-16/32 BOM or marker is certain enough to go first and to repair rather than fail.
  if (labels.wide) add(labels.sniffed_name, sniffed);
  add(primary.label, choice.primary);
  add(labels.xml, labels.xml == primary.label ? choice.primary : resolve(labels.xml));
  add(labels.sniffed_name, sniffed);
  add("utf-8", charset_of(Kind::utf8));
  add("windows-1252", charset_of(Kind::windows1252));
  return choice;
}

}  // namespace feedpp::detail
