// SPDX-License-Identifier: MIT
// check_html(): the HTML of descriptions and content, read once as HTML's tokenizer reads it
// (tags, attributes, comments, raw text), with the W3C validator's tests on each tag (its
// HTMLValidator.handle_tag) and on the markup's well-formedness (html5lib's strict mode), for
// every item of a feed. So it is written for speed: one pass, names looked up in place (lower-
// cased into a small buffer), no token objects, no allocation per tag.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/ascii.hpp"
#include "check/html_check.hpp"
#include "check/walker.hpp"

namespace feedpp::detail {
namespace {

bool space(char c) noexcept { return is_xml_space(c) || c == '\f'; }

// What ends a tag's name (white space, '/', '>') or an attribute's ('=' too), as a table: the
// scan asks it of every character of every name.
struct Stops {
  std::array<std::uint8_t, 256> of{};
  constexpr Stops() {
    for (char c : {' ', '\t', '\n', '\r', '\f', '/', '>'}) of[static_cast<unsigned char>(c)] = 3;
    of[static_cast<unsigned char>('=')] = 2;
  }
};
constexpr Stops kStops;
constexpr std::uint8_t kTagStop = 1;
constexpr std::uint8_t kAttributeStop = 2;

std::size_t skip_name(std::string_view s, std::size_t i, std::uint8_t stop) noexcept {
  while (i < s.size() && !(kStops.of[static_cast<unsigned char>(s[i])] & stop)) ++i;
  return i;
}

// The first `c` in s from `from` (npos: none). Tags are often a few characters apart, where a
// call to memchr costs more than the search: sixteen bytes at a time inline where SSE2 is there.
std::size_t find_byte(std::string_view s, std::size_t from, char c) noexcept {
  const std::size_t n = s.size();
  std::size_t i = from;
#if defined(__SSE2__)
  const __m128i want = _mm_set1_epi8(c);
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, want)));
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(mask));
  }
#endif
  for (; i < n; ++i) {
    if (s[i] == c) return i;
  }
  return std::string_view::npos;
}

bool word(char c) noexcept {
  return is_alpha(c) || is_digit(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

// FNV-1a of the name lower-cased: html_name_bits()'s hash, and how open elements and a tag's
// attributes are told apart.
std::uint32_t hash_of(std::string_view s) noexcept {
  std::uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ static_cast<unsigned char>(ascii_lower(c))) * 16777619u;
  return h;
}

// A name lower-cased into a fixed buffer (longer names are not HTML's anyway) and hashed, in one
// loop: each tag's and attribute's name is read once.
struct Name {
  std::array<char, 32> buf;  // NOLINT(cppcoreguidelines-pro-type-member-init): size says
  std::size_t size = 0;
  bool fits = false;
  std::uint32_t hash = 2166136261u;  // hash_of(raw)
  explicit Name(std::string_view raw) {
    fits = raw.size() <= buf.size();
    if (!fits) {
      hash = hash_of(raw);
      return;
    }
    size = raw.size();
    for (std::size_t i = 0; i < size; ++i) {
      const char c = ascii_lower(raw[i]);
      buf[i] = c;
      hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    }
  }
  [[nodiscard]] std::string_view view() const { return {buf.data(), size}; }
  // html_name_bits() of the name; 0 for a name too long to be HTML's.
  [[nodiscard]] std::uint16_t bits() const { return fits ? html_name_bits(view(), hash) : 0; }
};

class HtmlScan {
 public:
  // The buffers are reused from text to text (thread_local in check_html()).
  struct Buffers {
    std::vector<std::pair<std::uint32_t, std::size_t>> open;  // open elements: hash, length
    std::vector<std::uint32_t> seen;  // the attribute names of the tag being read, hashed
    std::vector<std::string> unsafe;
  };

  HtmlScan(Walker& w, const Frame& f, std::string_view html, HtmlSubject who, bool refs,
           Buffers& buffers)
      : w_(w),
        f_(f),
        html_(html),
        who_(who),
        refs_(refs),
        open_(buffers.open),
        seen_(buffers.seen),
        unsafe_(buffers.unsafe) {
    open_.clear();
  }

  void run() {
    const std::size_t mark = w_.mark();
    scan();
    if (!broken_) at_end();
    // html5lib's strict mode stops at the first error, so the W3C validator looks at no tag
    // of HTML it could not parse: only the error stands.
    if (broken_) w_.drop_tag_findings(mark);
  }

 private:
  void scan() {
    std::size_t i = 0;
    const std::size_t n = html_.size();
    while (i < n) {
      i = find_byte(html_, i, '<');
      if (i == std::string_view::npos) return;
      const char c = i + 1 < n ? html_[i + 1] : '\0';
      if (is_alpha(c)) {
        i = start_tag(i);
      } else if (c == '/' && i + 2 < n && is_alpha(html_[i + 2])) {
        i = end_tag(i);
      } else if (c == '!' || c == '?') {
        i = other_markup(i);
      } else {
        // A '<' that starts no tag: HTML's tokenizer reports it ("expected-tag-name"), unless
        // a letter or digit follows, which it takes as text.
        if (c == '\0' || !word(c)) broken(html_.substr(i, 40));
        ++i;
      }
    }
  }

  // At the end, an element still open that HTML does not close by itself
  // ("expected-closing-tag-but-got-eof").
  void at_end() {
    static const std::array<std::uint32_t, 12> kSelfClosing = {
        hash_of("dd"),    hash_of("dt"), hash_of("li"),    hash_of("p"),
        hash_of("tbody"), hash_of("td"), hash_of("tfoot"), hash_of("th"),
        hash_of("thead"), hash_of("tr"), hash_of("body"),  hash_of("html")};
    for (const auto& [h, size] : open_) {
      static_cast<void>(size);
      if (std::find(kSelfClosing.begin(), kSelfClosing.end(), h) == kSelfClosing.end()) {
        broken(html_.substr(html_.size() - std::min<std::size_t>(html_.size(), 40)));
        return;
      }
    }
  }

  void log(std::string_view code, Params p) {
    p.parent(who_.parent).element(who_.element);
    w_.log(code, f_, p);
  }

  // Markup a parser cannot accept: logged once per text, as html5lib stops at the first.
  void broken(std::string_view where) {
    if (broken_) return;
    broken_ = true;
    log("NotHtml", Params().with("message", "Invalid HTML").value(where));
  }

  std::size_t unterminated(std::size_t lt) {
    broken(html_.substr(lt, 40));
    return html_.size();
  }

  std::size_t other_markup(std::size_t lt) {
    if (html_.compare(lt, 4, "<!--") == 0) {
      const auto end = html_.find("-->", lt + 4);
      return end == std::string_view::npos ? unterminated(lt) : end + 3;
    }
    // A DOCTYPE, CDATA section, declaration or processing instruction in a fragment: HTML's
    // tokenizer takes it for a bogus comment, and reports it.
    const auto gt = html_.find('>', lt + 2);
    if (gt == std::string_view::npos) return unterminated(lt);
    broken(html_.substr(lt, std::min<std::size_t>(gt + 1 - lt, 40)));
    return gt + 1;
  }

  std::size_t end_tag(std::size_t lt) {
    const std::size_t j = skip_name(html_, lt + 2, kTagStop);
    const std::string_view raw = html_.substr(lt + 2, j - lt - 2);
    const auto gt = find_byte(html_, j, '>');
    if (gt == std::string_view::npos) return unterminated(lt);
    // Attributes in an end tag ("attributes-in-end-tag").
    for (std::size_t k = j; k < gt; ++k) {
      if (!space(html_[k]) && html_[k] != '/') {
        broken(html_.substr(lt, gt + 1 - lt));
        break;
      }
    }
    const Name name(raw);
    for (std::size_t k = open_.size(); k > 0; --k) {
      if (open_[k - 1].first == name.hash && open_[k - 1].second == raw.size()) {
        open_.resize(k - 1);
        return gt + 1;
      }
    }
    // An end tag that closes nothing (html5lib: "unexpected-end-tag"); </p> and </br> make
    // elements of their own instead.
    if (!(name.bits() & kVoidElement) && name.view() != "p" && name.view() != "br")
      broken(html_.substr(lt, gt + 1 - lt));
    return gt + 1;
  }

  void attribute(std::uint16_t tag, std::string_view raw, const Name& name, std::string_view value,
                 bool first) {
    if (refs_ && ((is_a_ && first && iequals(raw, "href")) || (is_img_ && iequals(raw, "src")))) {
      relative_ref(value);
    }
    if (!(tag & kAcceptableElement)) return;
    if (name.view() == "style") {
      unsafe_.clear();
      unsafe_style(value, unsafe_);
      for (const std::string& u : unsafe_) {
        log("DangerousStyleAttr", Params().attr("style").value(u));
      }
    } else if (!(name.bits() & kAcceptableAttribute) &&
               !(raw.size() >= 5 && iequals(raw.substr(0, 5), "data-"))) {
      log("SecurityRiskAttr", Params().attr(raw));
    }
  }

  // The attributes of a start tag from `j`: returns the position of its '>' (npos: none).
  std::size_t attributes(std::size_t j, std::uint16_t tag, bool& self_closing) {
    const std::size_t n = html_.size();
    bool first = true;
    seen_.clear();
    for (;;) {
      while (j < n && (space(html_[j]) || html_[j] == '/')) {
        self_closing = html_[j] == '/';
        ++j;
      }
      if (j >= n) return std::string_view::npos;
      if (html_[j] == '>') return j;
      self_closing = false;
      const std::size_t name = j;
      j = skip_name(html_, j, kAttributeStop);
      const std::string_view raw = html_.substr(name, j - name);
      // An attribute given twice ("duplicate-attribute").
      const Name lower(raw);
      if (std::find(seen_.begin(), seen_.end(), lower.hash) != seen_.end()) {
        broken(raw);
      } else if (seen_.size() < 64) {
        seen_.push_back(lower.hash);
      }
      std::size_t k = j;
      while (k < n && space(html_[k])) ++k;
      std::string_view value;
      if (k < n && html_[k] == '=') {
        ++k;
        while (k < n && space(html_[k])) ++k;
        if (k < n && (html_[k] == '"' || html_[k] == '\'')) {
          const auto close = find_byte(html_, k + 1, html_[k]);
          if (close == std::string_view::npos) {
            // No closing quote anywhere: the value ends at the next '>', which ends the tag.
            const auto gt = html_.find('>', k + 1);
            if (gt == std::string_view::npos) return gt;
            attribute(tag, raw, lower, html_.substr(k + 1, gt - k - 1), first);
            return gt;
          }
          value = html_.substr(k + 1, close - k - 1);
          j = close + 1;
        } else {
          const std::size_t start = k;
          while (k < n && !space(html_[k]) && html_[k] != '>') ++k;
          value = html_.substr(start, k - start);
          j = k;
        }
      }
      attribute(tag, raw, lower, value, first);
      first = false;
    }
  }

  std::size_t start_tag(std::size_t lt) {
    const std::size_t j = skip_name(html_, lt + 1, kTagStop);
    const std::string_view raw = html_.substr(lt + 1, j - lt - 1);
    const Name name(raw);
    const std::uint16_t tag = name.bits();
    is_a_ = name.view() == "a";
    is_img_ = name.view() == "img";
    bool self_closing = false;
    const std::size_t gt = attributes(j, tag, self_closing);
    if (gt == std::string_view::npos) return unterminated(lt);
    // <div/>: the slash closes nothing in HTML ("non-void-element-with-trailing-solidus").
    if (self_closing && !(tag & kVoidElement)) broken(html_.substr(lt, gt + 1 - lt));
    if (!self_closing && !(tag & kVoidElement)) open_.emplace_back(name.hash, raw.size());
    if (!(tag & kHtmlTag)) {
      log("NotHtml", Params().with("message", "Non-html tag").value(raw));
    } else if (!(tag & kAcceptableElement)) {
      log("SecurityRisk", Params().with("tag", raw));
    }
    if ((tag & kRawTextElement) && !self_closing) return raw_text(gt + 1, raw);
    return gt + 1;
  }

  // Script, style, title and the like hold text, not markup, up to their end tag.
  std::size_t raw_text(std::size_t from, std::string_view name) {
    if (iequals(name, "plaintext")) return html_.size();
    for (std::size_t at = html_.find("</", from); at != std::string_view::npos;
         at = html_.find("</", at + 2)) {
      const std::size_t end = at + 2 + name.size();
      if (end <= html_.size() && iequals(html_.substr(at + 2, name.size()), name) &&
          (end == html_.size() || space(html_[end]) || html_[end] == '/' || html_[end] == '>'))
        return at;
    }
    return html_.size();
  }

  // absUrlMixin: a relative URL, or one with a character no URI has.
  void relative_ref(std::string_view v) {
    while (!v.empty() && space(v.front())) v.remove_prefix(1);
    while (!v.empty() && space(v.back())) v.remove_suffix(1);
    std::size_t scheme = 0;
    while (scheme < v.size() && word(v[scheme])) ++scheme;
    if (scheme > 0 && scheme < v.size() && v[scheme] == ':') return;  // absolute
    for (char c : v) {
      if (static_cast<unsigned char>(c) < 0x80 && !is_alpha(c) && !is_digit(c) &&
          std::string_view(";/?:@&=+$.-_!~*'()%,#").find(c) == std::string_view::npos) {
        const char bad[2] = {c, '\0'};
        log("InvalidUriChar", Params().value(v).with("char", std::string_view(bad, 1)));
        return;
      }
    }
    log("ContainsRelRef", Params().value(v));
  }

  Walker& w_;
  const Frame& f_;
  std::string_view html_;
  HtmlSubject who_;
  bool refs_;
  bool broken_ = false;
  bool is_a_ = false;
  bool is_img_ = false;
  std::vector<std::pair<std::uint32_t, std::size_t>>& open_;
  std::vector<std::uint32_t>& seen_;
  std::vector<std::string>& unsafe_;
};

// A numeric reference to a code point HTML's tokenizer rejects: NUL, C1 controls (windows-1252
// punctuation escaped after being read as Latin-1), surrogates, beyond Unicode.
bool bad_numeric_reference(std::string_view text, std::string_view& which) noexcept {
  for (std::size_t amp = text.find("&#"); amp != std::string_view::npos;
       amp = text.find("&#", amp + 2)) {
    std::size_t i = amp + 2;
    const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
    if (hex) ++i;
    unsigned long v = 0;
    const std::size_t start = i;
    while (i < text.size() && (hex ? is_hex_digit(text[i]) : is_digit(text[i])) && v < 0x1000000) {
      const char c = text[i];
      v = v * (hex ? 16 : 10) +
          static_cast<unsigned long>(is_digit(c) ? c - '0' : ascii_lower(c) - 'a' + 10);
      ++i;
    }
    if (i == start) continue;
    if (v == 0 || (v >= 0x80 && v <= 0x9F) || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF) {
      which = text.substr(amp, std::min<std::size_t>(i - amp + 1, 12));
      return true;
    }
  }
  return false;
}

}  // namespace

void check_html(Walker& w, const Frame& f, std::string_view html, HtmlSubject who,
                bool relative_refs) {
  // A processing instruction that imports behaviour (IE's <?import>): logged before parsing,
  // whatever the parse says.
  for (std::size_t q = html.find('?'); q != std::string_view::npos; q = html.find('?', q + 1)) {
    if (q > 0 && html[q - 1] == '<' && iequals(html.substr(q + 1, 7), "import ")) {
      Params p;
      p.parent(who.parent).element(who.element).with("tag", "?import");
      w.log("SecurityRisk", f, p);
      break;
    }
  }
  thread_local HtmlScan::Buffers buffers;
  HtmlScan scan(w, f, html, who, relative_refs, buffers);
  std::string_view reference;
  if (bad_numeric_reference(html, reference)) {
    Params p;
    p.parent(who.parent).element(who.element).with("message", "Invalid HTML").value(reference);
    w.log("NotHtml", f, p);
    return;  // html5lib stops at the first error; so the tags are not looked at either
  }
  scan.run();
}

}  // namespace feedpp::detail
