// SPDX-License-Identifier: MIT
#include "input/sniff.hpp"

#include "base/ascii.hpp"

namespace feedpp::detail {
namespace {

struct Magic {
  std::string_view bytes;
  std::string_view name;
};

// The formats people mistake for feeds, or that servers send instead of one. gzip is not here:
// the front door inflates it.
constexpr Magic kMagic[] = {
    {"\x89PNG\r\n\x1A\n", "a PNG image"},
    {"\xFF\xD8\xFF", "a JPEG image"},
    {"GIF87a", "a GIF image"},
    {"GIF89a", "a GIF image"},
    {"%PDF-", "a PDF document"},
    {"PK\x03\x04", "zip data"},
    {"BZh", "bzip2-compressed data"},
    {"\xFD"
     "7zXZ",
     "xz-compressed data"},
    {"\x28\xB5\x2F\xFD", "zstd-compressed data"},
    {"7z\xBC\xAF\x27\x1C", "7-Zip data"},
    {"\x7F"
     "ELF",
     "an ELF executable"},
    {"ID3", "an MP3 file"},
    {"OggS", "an Ogg file"},
    {"\x1A\x45\xDF\xA3", "a Matroska or WebM file"},
};

bool json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Skips white space, comments and processing instructions (the XML declaration among them).
std::string_view skip_prolog(std::string_view s) {
  for (;;) {
    s = trim(s);
    std::string_view close;
    if (s.substr(0, 4) == "<!--") {
      close = "-->";
    } else if (s.substr(0, 2) == "<?") {
      close = "?>";
    } else {
      return s;
    }
    const std::size_t end = s.find(close);
    if (end == std::string_view::npos) return {};
    s.remove_prefix(end + close.size());
  }
}

bool starts_with_tag(std::string_view s, std::string_view tag) {
  if (s.size() <= tag.size() || !iequals(s.substr(0, tag.size()), tag)) return false;
  const char next = s[tag.size()];
  return next == '>' || next == '/' || is_html_space(next);
}

}  // namespace

std::string_view binary_format(std::string_view bytes) noexcept {
  for (const Magic& m : kMagic) {
    if (bytes.substr(0, m.bytes.size()) == m.bytes) return m.name;
  }
  if (bytes.size() >= 12 && bytes.substr(0, 4) == "RIFF" && bytes.substr(8, 4) == "WEBP") {
    return "a WebP image";
  }
  if (bytes.size() >= 12 && bytes.substr(4, 4) == "ftyp") return "an MP4 or QuickTime file";
  return {};
}

std::string_view skip_utf8_bom(std::string_view bytes) noexcept {
  return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? bytes.substr(3) : bytes;
}

bool looks_like_json(std::string_view bytes) noexcept {
  bytes = skip_utf8_bom(bytes);
  std::size_t i = 0;
  while (i < bytes.size() && json_space(bytes[i])) ++i;
  return i < bytes.size() && (bytes[i] == '{' || bytes[i] == '[');
}

bool looks_like_html(std::string_view text) noexcept {
  std::string_view s = skip_prolog(skip_utf8_bom(text));
  bool html_doctype = false;
  if (s.size() >= 9 && iequals(s.substr(0, 9), "<!doctype")) {
    // <!DOCTYPE html>, <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" ...>, XHTML's too.
    const std::string_view rest = trim(s.substr(9));
    html_doctype = rest.size() >= 4 && iequals(rest.substr(0, 4), "html") &&
                   (rest.size() == 4 || rest[4] == '>' || is_html_space(rest[4]));
    const std::size_t end = s.find('>');
    s = end == std::string_view::npos ? std::string_view() : skip_prolog(s.substr(end + 1));
  }
  if (starts_with_tag(s, "<html")) return true;
  // Feeds have been served with an XHTML doctype by mistake: the root element decides.
  if (!html_doctype || s.empty()) return html_doctype;
  for (const std::string_view root : {"<rss", "<feed", "<rdf:RDF", "<RDF", "<channel"}) {
    if (starts_with_tag(s, root)) return false;
  }
  return true;
}

bool looks_binary(std::string_view text) noexcept {
  // A feed with a few stray NULs or control characters is still a feed (the clean-up removes
  // them, each reported), and so is one whose markup starts after some: only text that does not
  // start with markup and is full of control characters is binary.
  std::size_t start = 0;
  while (start < text.size() && (text[start] == '\0' || is_xml_space(text[start]))) ++start;
  if (start < text.size() && text[start] == '<') return false;
  const std::string_view head = text.substr(0, 1024);
  std::size_t controls = 0;
  for (const char c : head) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') ++controls;
  }
  return controls > 8;
}

}  // namespace feedpp::detail
