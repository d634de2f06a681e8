// SPDX-License-Identifier: MIT
// resolve_html_urls(): the HTML tokenizer plus a serializer that writes what Python feedparser's
// _BaseHTMLProcessor and _RelativeURIResolver write, so that content comes out byte for byte as
// feedparser gives it (a conformance suite compares the two). Where feedparser's sgmllib
// heritage produces broken markup, we write what the tokenizer's rules mean instead; those
// places are marked "feedparser:" below.
#include "feedpp/html.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>
#include <vector>

#include "base/ascii.hpp"
#include "base/html_void.hpp"
#include "feedpp/url.hpp"
#include "html/html_tokenizer.hpp"

namespace feedpp {
namespace {

using detail::html_reference_length;
using detail::HtmlAttribute;
using detail::HtmlToken;
using detail::HtmlTokenizer;
using detail::HtmlTokenKind;

// feedparser's _RelativeURIResolver.relative_uris: (element, attribute) pairs that hold a URL.
constexpr std::array<std::pair<std::string_view, std::string_view>, 29> kUrlAttributes = {{
    {"a", "href"},          {"applet", "codebase"}, {"area", "href"},       {"audio", "src"},
    {"blockquote", "cite"}, {"body", "background"}, {"del", "cite"},        {"form", "action"},
    {"frame", "longdesc"},  {"frame", "src"},       {"iframe", "longdesc"}, {"iframe", "src"},
    {"head", "profile"},    {"img", "longdesc"},    {"img", "src"},         {"img", "usemap"},
    {"input", "src"},       {"input", "usemap"},    {"ins", "cite"},        {"link", "href"},
    {"object", "classid"},  {"object", "codebase"}, {"object", "data"},     {"object", "usemap"},
    {"q", "cite"},          {"script", "src"},      {"source", "src"},      {"video", "poster"},
    {"video", "src"},
}};

bool is_url_attribute(std::string_view element, std::string_view attribute) noexcept {
  return std::find(kUrlAttributes.begin(), kUrlAttributes.end(), std::pair(element, attribute)) !=
         kUrlAttributes.end();
}

// feedparser's _cp1252: what windows-1252 means by the C1 code points 128-159, which feeds
// write in numeric references (`&#150;` for an en dash). HTML 5 §13.2.5.80 maps them the same way.
// As feedparser writes it: lower-case hex, no leading zeros; "" where windows-1252 has a hole.
constexpr std::array<std::string_view, 32> kCp1252 = {
    "x20ac", "",      "x201a", "x192",  "x201e", "x2026", "x2020", "x2021",
    "x2c6",  "x2030", "x160",  "x2039", "x152",  "",      "x17d",  "",
    "",      "x2018", "x2019", "x201c", "x201d", "x2022", "x2013", "x2014",
    "x2dc",  "x2122", "x161",  "x203a", "x153",  "",      "x17e",  "x178"};

// Appends the numeric reference `ref` (`&#...;`) of a text token as feedparser's
// handle_charref() rewrites it: lower case, C1 code points replaced by their windows-1252
// meaning. feedparser's feed() first turns `&#39;` and `&#34;` into the characters themselves.
void append_text_charref(std::string& out, std::string_view ref) {
  if (ref == "&#39;" || ref == "&#34;") {
    out += ref == "&#39;" ? '\'' : '"';
    return;
  }
  const std::string_view body = ref.substr(2, ref.size() - 3);  // "150" or "x96"
  const bool hex = body[0] == 'x' || body[0] == 'X';
  std::size_t value = 0;
  for (char c : body.substr(hex ? 1 : 0)) {
    const char lower = detail::ascii_lower(c);
    value = value * (hex ? 16 : 10) +
            static_cast<std::size_t>(lower <= '9' ? lower - '0' : lower - 'a' + 10);
    if (value > 0xFFFF) break;  // only 128-159 matter, and the value can't come back down
  }
  out.append("&#");
  if (value >= 128 && value < 160 && !kCp1252[value - 128].empty()) {
    out.append(kCp1252[value - 128]);
  } else {
    for (char c : body) out += detail::ascii_lower(c);
  }
  out += ';';
}

// Appends `text` with each `&` that starts no reference written as `&amp;` and each `<` as
// `&lt;` (in a text token a `<` never starts markup); `>` stays, as feedparser leaves it.
void append_text(std::string& out, std::string_view text) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '&') {
      const std::size_t len = html_reference_length(text, i);
      if (len != 0 && text[i + 1] != '#') {
        i += len - 1;
        continue;
      }
      out.append(text, run, i - run);
      if (len != 0) {
        append_text_charref(out, text.substr(i, len));
        i += len - 1;
      } else {
        out.append("&amp;");
      }
    } else if (c == '<') {
      out.append(text, run, i - run);
      out.append("&lt;");
    } else {
      continue;
    }
    run = i + 1;
  }
  out.append(text, run);
}

// Appends an attribute value for double quotes: feedparser escapes `<` `>` `"` and a bare `&`,
// and keeps references as written, except that its feed() first turns `&#39;` and `&#34;` into
// the characters themselves (`"` then comes back as `&quot;`).
void append_attribute_value(std::string& out, std::string_view value) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    std::string_view replacement;
    std::size_t len = 1;
    switch (value[i]) {
      case '&':
        len = html_reference_length(value, i);
        if (len == 0) {
          len = 1;
          replacement = "&amp;";
        } else if (value.compare(i, len, "&#39;") == 0) {
          replacement = "'";
        } else if (value.compare(i, len, "&#34;") == 0) {
          replacement = "&quot;";
        } else {
          i += len - 1;
          continue;
        }
        break;
      case '<':
        replacement = "&lt;";
        break;
      case '>':
        replacement = "&gt;";
        break;
      case '"':
        replacement = "&quot;";
        break;
      default:
        continue;
    }
    out.append(value, run, i - run);
    out.append(replacement);
    i += len - 1;
    run = i + 1;
  }
  out.append(value, run);
}

class Serializer {
 public:
  Serializer(std::string& out, std::string_view base) : out_(out), base_(base) {}

  void write(const HtmlToken& token) {
    switch (token.kind) {
      case HtmlTokenKind::text:
        append_text(out_, token.content);
        break;
      case HtmlTokenKind::start_tag:
        write_start_tag(token);
        break;
      case HtmlTokenKind::end_tag:
        // feedparser: an end tag of a void element (`</br>`) is dropped.
        if (!detail::is_html_void_element(token.name)) write_end_tag(token.name);
        if (foreign_ > 0 && (token.name == "svg" || token.name == "math")) --foreign_;
        break;
      case HtmlTokenKind::raw_text:  // script and style: escaping would change them
      case HtmlTokenKind::comment:
      case HtmlTokenKind::declaration:
      case HtmlTokenKind::processing_instruction:
      case HtmlTokenKind::cdata:
        out_.append(token.raw);
        break;
    }
  }

 private:
  void write_start_tag(const HtmlToken& token) {
    // SVG and MathML names are case-sensitive (viewBox, baseProfile): inside them, attribute
    // names are written as they came.
    if ((token.name == "svg" || token.name == "math") && !token.self_closing) ++foreign_;
    // feedparser's normalize_attrs(): a dict (the last duplicate wins), then sorted by name.
    order_.clear();
    for (const HtmlAttribute& a : token.attributes) order_.push_back(&a);
    const auto by_name = [](const HtmlAttribute* x, const HtmlAttribute* y) {
      return x->name < y->name;
    };
    if (order_.size() <= 16) {
      // Insertion sort: stable, and unlike std::stable_sort it allocates no buffer per tag.
      for (std::size_t i = 1; i < order_.size(); ++i) {
        for (std::size_t j = i; j > 0 && by_name(order_[j], order_[j - 1]); --j) {
          std::swap(order_[j], order_[j - 1]);
        }
      }
    } else {
      std::stable_sort(order_.begin(), order_.end(), by_name);
    }
    out_ += '<';
    out_.append(token.name);
    for (std::size_t k = 0; k < order_.size(); ++k) {
      const HtmlAttribute& a = *order_[k];
      if (k + 1 < order_.size() && order_[k + 1]->name == a.name) continue;
      // sgmllib gives a bare attribute its name as written as value: <td nowrap="NOWRAP">.
      std::string_view value = a.has_value ? a.value : a.raw_name;
      if (a.name == "rel" || a.name == "type") {
        scratch_.assign(value);
        for (char& c : scratch_) c = detail::ascii_lower(c);  // feedparser: v.lower()
        value = scratch_;
      } else if (!base_.empty() && is_url_attribute(token.name, a.name)) {
        scratch_ = resolve_url(base_, value);
        value = scratch_;
      }
      out_ += ' ';
      out_.append(foreign_ > 0 ? a.raw_name : a.name);
      out_.append("=\"");
      append_attribute_value(out_, value);
      out_ += '"';
    }
    if (detail::is_html_void_element(token.name)) {
      out_.append(" />");
    } else {
      out_ += '>';
      // feedparser's _shorttag_replace(): <span/> is <span></span>.
      if (token.self_closing) write_end_tag(token.name);
    }
  }

  void write_end_tag(std::string_view name) {
    out_.append("</");
    out_.append(name);
    out_ += '>';
  }

  std::string& out_;
  std::string_view base_;
  std::vector<const HtmlAttribute*> order_;
  std::string scratch_;
  int foreign_ = 0;  // depth of <svg> and <math> elements open
};

}  // namespace

std::string resolve_html_urls(std::string_view html, std::string_view base) {
  std::string out;
  // Re-serializing adds quotes and `&amp;`s, resolving adds the base: a quarter is a guess
  // that spares most reallocations without doubling the footprint.
  out.reserve(html.size() + html.size() / 4 + 16);
  Serializer serializer(out, base);
  HtmlTokenizer tokenizer(html);
  HtmlToken token;
  while (tokenizer.next(token)) serializer.write(token);
  return out;
}

}  // namespace feedpp
