// SPDX-License-Identifier: MIT
// sanitize_html(): shape (shaper.hpp), parse with gumbo (gumbo_parse.hpp), then walk the tree
// iteratively, keeping what the policy allows, and write it as feedparser writes HTML.
#include "feedpp/sanitize.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.hpp"
#include "feedpp/url.hpp"
#include "html/css_filter.hpp"
#include "html/gumbo_parse.hpp"
#include "html/html_escape.hpp"
#include "html/sanitize_policy.hpp"
#include "html/sanitize_tables.hpp"
#include "html/shaper.hpp"
#include "html/shaper_tags.hpp"

namespace feedpp {
namespace {

using detail::Namespace;
using detail::SanitizePolicy;

constexpr std::string_view kSvgNs = "http://www.w3.org/2000/svg";
constexpr std::string_view kMathNs = "http://www.w3.org/1998/Math/MathML";
constexpr std::string_view kXlinkNs = "http://www.w3.org/1999/xlink";

Namespace namespace_of(const GumboElement& e) noexcept {
  switch (e.tag_namespace) {
    case GUMBO_NAMESPACE_SVG:
      return Namespace::svg;
    case GUMBO_NAMESPACE_MATHML:
      return Namespace::mathml;
    default:
      return Namespace::html;
  }
}

// Where children land when a browser parses what is written: set by the nearest element kept.
struct Context {
  Namespace ns = Namespace::html;
  bool html_point = false;      // SVG foreignObject/desc/title, MathML annotation-xml as HTML
  bool math_text = false;       // MathML mi, mo, mn, ms, mtext
  bool annotation_xml = false;  // MathML annotation-xml that is no HTML integration point
  bool in_a = false;            // inside an <a> with no table cell or caption in between
  bool in_p = false;            // inside a <p> in button scope (§13.2.4.2)
  bool in_button = false;       // inside a <button> in scope
  bool in_select = false;       // inside a <select>
  bool in_li = false;           // inside an <li> with no special element (but div, p, address)
  bool in_dd = false;           // inside a <dd> or <dt>, the same way
  bool checked_parent = false;  // the parent is one a start tag checks for (option, h1, p, ...)
  std::string_view parent;      // the parent's name, when it is an HTML element
};

// Elements a start tag closes when they are the current node: <option> closes an option,
// <h2> an h1, <rt> (in ruby) a p, li, dd, dt, option or another rt. Unwrapping an element
// between one of these and its children's elements makes them its children, which a browser
// does not build.
bool is_checked_parent(std::string_view name) noexcept {
  static constexpr std::string_view kNames[] = {"dd", "dt", "h1", "h2",       "h3",     "h4",
                                                "h5", "h6", "li", "optgroup", "option", "p",
                                                "rb", "rp", "rt", "rtc"};
  for (const std::string_view n : kNames) {
    if (n == name) return true;
  }
  return false;
}

// One attribute to write: its qualified name and value, escaped when written.
struct Attribute {
  std::string name;
  std::string value;          // set when the value was changed (URL, style, case)
  std::string_view decoded;   // otherwise: gumbo's value
  std::string_view original;  // and the markup it came from, quotes removed
  bool changed = false;
};

std::string qualified_name(const GumboAttribute& a) {
  switch (a.attr_namespace) {
    case GUMBO_ATTR_NAMESPACE_XLINK:
      return std::string("xlink:") + a.name;
    case GUMBO_ATTR_NAMESPACE_XML:
      return std::string("xml:") + a.name;
    case GUMBO_ATTR_NAMESPACE_XMLNS:
      return std::string_view(a.name) == "xmlns" ? std::string("xmlns")
                                                 : std::string("xmlns:") + a.name;
    default:
      return a.name;
  }
}

// The scheme of `url` as a browser reads it, in lower case, or "" for a relative URL. Bytes up
// to 0x20 before the colon are skipped: browsers drop tabs and newlines anywhere and controls
// at the ends, and skipping more never hides a scheme a browser would see.
std::string url_scheme(std::string_view url) {
  const std::size_t colon = url.find(':');
  if (colon == std::string_view::npos) return {};
  std::string scheme;
  for (const char c : url.substr(0, colon)) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '/' || c == '?' || c == '#') return {};
    if (u <= 0x20 || u == 0x7F) continue;
    scheme += detail::ascii_lower(c);
  }
  if (scheme.empty() || !detail::is_alpha(scheme[0])) return {};
  for (const char c : scheme) {
    if (!detail::is_alpha(c) && !detail::is_digit(c) && c != '+' && c != '-' && c != '.') {
      return {};  // no scheme: a browser reads a relative path
    }
  }
  return scheme;
}

// Whether `value` holds a javascript:, vbscript: or data: URL anywhere (an SVG animation's
// values are a list), bytes up to 0x20 skipped as a browser skips them in a URL.
bool names_script_url(std::string_view value) {
  std::string squeezed;
  for (const char c : value) {
    if (static_cast<unsigned char>(c) > 0x20) squeezed += detail::ascii_lower(c);
  }
  return squeezed.find("javascript:") != std::string::npos ||
         squeezed.find("vbscript:") != std::string::npos ||
         squeezed.find("data:") != std::string::npos;
}

class Sanitizer {
 public:
  Sanitizer(const SanitizeOptions& options, std::string& out)
      : policy_(options), base_(options.base_url), out_(out) {}

  [[nodiscard]] const SanitizePolicy& policy() const noexcept { return policy_; }
  void run(const GumboNode& root);

  // Whether what was written may not parse back to the tree it was written from: an element
  // that kept its children from being parsed as they were (a scope boundary or a special
  // element, unwrapped), an <a> in an <a> (which gumbo builds through tables), elements the
  // adoption agency moved. Parsing and sanitizing it again gives what a browser would see.
  [[nodiscard]] bool unstable() const noexcept { return unstable_; }

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next;         // index of the next child to visit
    std::string_view end;  // end tag to write after the children; "" for none
    Context context;       // for the children
  };

  void visit(const GumboNode& node, const Context& context);
  void ignored_tag(const GumboNode& node, const Context& context);
  void element(const GumboNode& node, const Context& context);
  [[nodiscard]] bool fits(const Context& c, Namespace ns, std::string_view name) const;
  [[nodiscard]] bool animates_unsafely(std::string_view name) const;
  [[nodiscard]] bool closes_parent(const Context& c, std::string_view name) const;
  void collect_attributes(const GumboElement& e, Namespace ns, std::string_view name);
  [[nodiscard]] std::string safe_url(Namespace ns, std::string_view element,
                                     std::string_view attribute, std::string_view value) const;
  void write_start_tag(std::string_view name, bool is_void);
  [[nodiscard]] bool writes_end_tag(const GumboElement& e, Namespace ns, std::string_view name,
                                    const Context& outer, const Context& inner) const;
  void text(const GumboNode& node);

  SanitizePolicy policy_;
  std::string_view base_;
  std::string& out_;
  std::vector<Frame> frames_;
  std::vector<Attribute> attributes_;
  // Elements written without an end tag (writes_end_tag()) that are open where the output is,
  // once parsed, with the depth of their frames.
  struct Dangling {
    std::string_view name;
    std::size_t depth;
  };
  std::vector<Dangling> dangling_;
  bool pre_start_ = false;  // just after <pre>, <textarea> or <listing>: a leading LF doubles
  bool unstable_ = false;
};

void Sanitizer::run(const GumboNode& root) {
  frames_.push_back({&root, 0, {}, Context{}});
  while (!frames_.empty()) {
    Frame& f = frames_.back();
    const GumboVector& children = f.node->v.element.children;
    if (f.next < children.length) {
      const auto* child = static_cast<const GumboNode*>(children.data[f.next++]);
      const Context context = f.context;  // visit() may push a frame, which moves `f`
      visit(*child, context);
      continue;
    }
    if (!f.end.empty()) {
      out_.append("</").append(f.end).append(">");
      pre_start_ = false;
      // It closes, once parsed, the elements written without end tags since its start tag.
      while (!dangling_.empty() && dangling_.back().depth > frames_.size()) dangling_.pop_back();
    }
    frames_.pop_back();
  }
}

void Sanitizer::visit(const GumboNode& node, const Context& context) {
  switch (node.type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
      text(node);
      return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      element(node, context);
      return;
    case GUMBO_NODE_COMMENT:
      ignored_tag(node, context);
      return;
    default:
      return;  // the document
  }
}

// A comment gumbo saw comes from the shaper (the input's are left out): empty, to keep two
// texts apart, or marking the tag of a table part outside any table, which HTML ignores.
// feedparser keeps such a tag; written back where a browser ignores it again (in HTML, which
// outside a table it is: no table, cell, caption or select is open around it, nor in the
// output, whose elements are a subset of those around it), it changes nothing in the tree.
// Without its attributes, which the browser ignores too.
void Sanitizer::ignored_tag(const GumboNode& node, const Context& context) {
  std::string_view name = node.v.text.text;
  const bool end = !name.empty() && name[0] == '/';
  if (end) name.remove_prefix(1);
  if (name.empty() || context.ns != Namespace::html || context.html_point || context.in_select ||
      (detail::html_tag_info(name).flags & detail::kTablePart) == 0 ||
      policy_.element(Namespace::html, name) != SanitizePolicy::Element::keep) {
    return;
  }
  const bool is_void = detail::is_void_element(name);
  if (end && is_void) return;
  out_.append(end ? "</" : "<").append(name).append(is_void ? " />" : ">");
  pre_start_ = false;
}

void Sanitizer::text(const GumboNode& node) {
  const std::string_view decoded = node.v.text.text;
  if (pre_start_ && !decoded.empty() && decoded[0] == '\n') out_ += '\n';
  pre_start_ = false;
  detail::append_html_text(
      out_, decoded, {node.v.text.original_text.data, node.v.text.original_text.length}, false);
}

// Whether a browser parsing the output would put an element of namespace `ns` named `name`
// where `c` says its parent is (§13.2.6 tree construction dispatcher, §13.2.6.5): if not, the
// tree would change on the way (mutation XSS), and the element goes.
bool Sanitizer::fits(const Context& c, Namespace ns, std::string_view name) const {
  const bool svg_root = ns == Namespace::svg && name == "svg";
  const bool math_root = ns == Namespace::mathml && name == "math";
  if (c.ns == Namespace::html || c.html_point) {
    return ns == Namespace::html || svg_root || math_root;
  }
  if (c.math_text) {
    const bool glyph = name == "mglyph" || name == "malignmark";
    return (ns == Namespace::html && !glyph) || (ns == Namespace::mathml && glyph) || svg_root ||
           math_root;
  }
  if (ns != c.ns && !(c.annotation_xml && svg_root)) return false;
  // A foreign element named like b, div, p, ... would leave SVG or MathML.
  const std::string lowered = detail::lower(name);
  if ((detail::html_tag_info(lowered).flags & detail::kBreakout) != 0) return false;
  if (lowered == "font") {
    for (const Attribute& a : attributes_) {
      if (a.name == "color" || a.name == "face" || a.name == "size") return false;
    }
  }
  return true;
}

// SVG animation can set an attribute: an <a>'s href to javascript:, an onclick. It may only
// animate an attribute it could carry itself that holds no URL.
bool Sanitizer::animates_unsafely(std::string_view name) const {
  if (name != "animate" && name != "animateColor" && name != "animateMotion" &&
      name != "animateTransform" && name != "set") {
    return false;
  }
  for (const Attribute& a : attributes_) {
    if (a.name != "attributeName") continue;
    const std::string_view target = detail::trim(a.changed ? std::string_view(a.value) : a.decoded);
    const std::string_view local =
        target.substr(target.find(':') == std::string_view::npos ? 0 : target.find(':') + 1);
    return detail::iequals(local, "href") || detail::is_url_attribute(target) ||
           !policy_.attribute_allowed(Namespace::svg, target) || detail::iequals(target, "style");
  }
  return false;
}

// Whether the start tag of an HTML element `name`, read where `c` is, would close an element
// around it (§13.2.6.4.7), so that a browser would not build the tree being written: gumbo
// builds such trees through the adoption agency, foster parenting and unwrapping.
bool Sanitizer::closes_parent(const Context& c, std::string_view name) const {
  const std::uint16_t flags = detail::html_tag_info(name).flags;
  const std::string_view p = c.parent;
  const auto is_heading = [](std::string_view n) {
    return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6';
  };
  if ((name == "option" || name == "optgroup") && p == "option") return true;
  if (name == "optgroup" && p == "optgroup") return true;
  if (is_heading(name) && is_heading(p)) return true;
  if (name == "li" && c.in_li) return true;
  if ((name == "dd" || name == "dt") && c.in_dd) return true;
  if ((name == "rb" || name == "rtc" || name == "rp" || name == "rt") && is_checked_parent(p) &&
      !is_heading(p)) {
    return true;
  }
  const bool closes_p = (flags & (detail::kClosesP | detail::kHeading)) != 0 || name == "pre" ||
                        name == "listing" || name == "table" || name == "hr" || name == "li" ||
                        name == "dd" || name == "dt";
  return (closes_p && c.in_p) || (name == "a" && c.in_a) || (name == "button" && c.in_button) ||
         (name == "select" && c.in_select);
}

void Sanitizer::element(const GumboNode& node, const Context& context) {
  const GumboElement& e = node.v.element;
  const Namespace ns = namespace_of(e);
  const std::string_view name = detail::gumbo_element_name(e);
  const SanitizePolicy::Element action = policy_.element(ns, name);
  if (action == SanitizePolicy::Element::drop) return;
  if (action == SanitizePolicy::Element::unwrap) {
    if (context.checked_parent ||
        (ns == Namespace::html &&
         (detail::html_tag_info(name).flags & (detail::kSpecial | detail::kScope)) != 0)) {
      for (unsigned i = 0; i < e.children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(e.children.data[i]);
        unstable_ = unstable_ || child->type == GUMBO_NODE_ELEMENT;
      }
    }
    frames_.push_back({&node, 0, {}, context});
    return;
  }
  collect_attributes(e, ns, name);
  if (!fits(context, ns, name) || (ns == Namespace::svg && animates_unsafely(name))) return;
  // The adoption agency (misnested formatting elements) builds trees markup cannot always say:
  // <h1><a><h6></a> puts an h6 in an h1.
  if ((node.parse_flags &
       (GUMBO_INSERTION_ADOPTION_AGENCY_CLONED | GUMBO_INSERTION_ADOPTION_AGENCY_MOVED)) != 0) {
    unstable_ = true;
  }
  const bool html = ns == Namespace::html;
  if (html && closes_parent(context, name)) unstable_ = true;
  Context inner;
  inner.ns = ns;
  const std::uint16_t flags = html ? detail::html_tag_info(name).flags : 0;
  const bool boundary = !html || (flags & detail::kScope) != 0;  // foreign: leaves HTML's scopes
  inner.in_a = (html && name == "a") ||
               (context.in_a && !(html && (name == "td" || name == "th" || name == "caption")));
  inner.in_p = (html && name == "p") || (context.in_p && !boundary && name != "button");
  inner.in_button = (html && name == "button") || (context.in_button && !boundary);
  inner.in_select = (html && name == "select") || context.in_select;
  // <li>'s search for an open li stops at a special element but address, div and p.
  const bool stops_li = !html || ((flags & detail::kSpecial) != 0 && name != "address" &&
                                  name != "div" && name != "p");
  inner.in_li = (html && name == "li") || (context.in_li && !stops_li);
  inner.in_dd = (html && (name == "dd" || name == "dt")) || (context.in_dd && !stops_li);
  inner.checked_parent = html && is_checked_parent(name);
  inner.parent = html ? name : std::string_view();
  if (ns == Namespace::svg) {
    inner.html_point = name == "foreignObject" || name == "desc" || name == "title";
  } else if (ns == Namespace::mathml) {
    inner.math_text =
        name == "mi" || name == "mo" || name == "mn" || name == "ms" || name == "mtext";
    if (name == "annotation-xml") {
      inner.annotation_xml = true;
      for (const Attribute& a : attributes_) {
        const std::string_view v = a.changed ? std::string_view(a.value) : a.decoded;
        if (a.name == "encoding" &&
            (detail::iequals(v, "text/html") || detail::iequals(v, "application/xhtml+xml"))) {
          inner.html_point = true;
        }
      }
    }
  }
  const bool is_void = ns == Namespace::html && detail::is_void_element(name);
  write_start_tag(name, is_void);
  if (is_void) return;
  pre_start_ = ns == Namespace::html && (name == "pre" || name == "textarea" || name == "listing");
  const bool end_tag = writes_end_tag(e, ns, name, context, inner);
  if (!end_tag) dangling_.push_back({name, frames_.size() + 1});
  frames_.push_back({&node, 0, end_tag ? name : std::string_view(), inner});
}

// feedparser writes the tags it reads: a foreign element closed by an ancestor's end tag, or by
// `/>` after attributes (which its parser does not see), gets no end tag of its own. Written so,
// a browser closes it at the ancestor's end tag, and what follows it in its parent becomes its
// children, in the same namespace and context, so sanitizing the output again writes the same
// markup. Not so for the root <svg> or <math>, which HTML content follows, nor where children
// are parsed otherwise than siblings (in or around integration points and MathML text).
bool Sanitizer::writes_end_tag(const GumboElement& e, Namespace ns, std::string_view name,
                               const Context& outer, const Context& inner) const {
  const std::string_view end(e.original_end_tag.data, e.original_end_tag.length);
  if (ns == Namespace::html || (!end.empty() && !detail::is_implied_end_tag(end))) return true;
  const auto parsed_as_foreign = [](const Context& c) {
    return c.ns != Namespace::html && !c.html_point && !c.math_text && !c.annotation_xml;
  };
  if (name == "svg" || name == "math" || !parsed_as_foreign(outer) || !parsed_as_foreign(inner)) {
    return true;
  }
  // An end tag closes the nearest open element of its name: an element this one is in once
  // parsed (around it, or written before it without an end tag) must not have its name.
  for (const Frame& f : frames_) {
    if (detail::iequals(f.end, name)) return true;
  }
  for (const Dangling& open : dangling_) {
    if (detail::iequals(open.name, name)) return true;
  }
  const std::string_view tag(e.original_tag.data, e.original_tag.length);
  const bool self_closed = tag.size() >= 2 && tag.substr(tag.size() - 2) == "/>";
  return self_closed && e.attributes.length == 0;  // feedparser writes <x/> as <x></x>
}

// Fills attributes_ with the attributes of `e` the policy keeps, their values made safe.
void Sanitizer::collect_attributes(const GumboElement& e, Namespace ns, std::string_view name) {
  attributes_.clear();
  bool xlink = false;
  for (unsigned i = 0; i < e.attributes.length; ++i) {
    const auto& a = *static_cast<const GumboAttribute*>(e.attributes.data[i]);
    std::string qname = qualified_name(a);
    if (a.attr_namespace == GUMBO_ATTR_NAMESPACE_XMLNS || qname == "xmlns") continue;
    if (!policy_.attribute_allowed(ns, qname)) continue;
    Attribute out;
    const std::string_view value = a.value;
    if (qname == "style") {
      out.value = detail::filter_style(value, ns == Namespace::svg, policy_);
      if (out.value.empty()) continue;
      out.changed = true;
    } else if (detail::is_url_attribute(qname)) {
      out.value = safe_url(ns, name, qname, value);
      out.changed = true;
    } else if (ns == Namespace::svg &&
               (qname == "values" || qname == "from" || qname == "to" || qname == "by") &&
               names_script_url(value)) {
      continue;  // what an animation would set: see animates_unsafely()
    } else if (qname == "rel" || qname == "type") {
      out.value = std::string(value);  // feedparser writes them in lower case
      for (char& c : out.value) c = detail::ascii_lower(c);
      out.changed = true;
    } else {
      out.decoded = value;
      std::string_view original(a.original_value.data, a.original_value.length);
      if (original.size() >= 2 && (original[0] == '"' || original[0] == '\'')) {
        original = original.substr(1, original.size() - 2);
      }
      out.original = original;
    }
    xlink = xlink || qname.compare(0, 6, "xlink:") == 0;
    out.name = std::move(qname);
    attributes_.push_back(std::move(out));
  }
  const auto add = [this](std::string_view n, std::string_view v) {
    Attribute out;
    out.name = std::string(n);
    out.value = std::string(v);
    out.changed = true;
    attributes_.push_back(std::move(out));
  };
  if (ns == Namespace::svg && name == "svg") add("xmlns", kSvgNs);
  if (ns == Namespace::mathml && name == "math") add("xmlns", kMathNs);
  if (xlink && ns != Namespace::html) add("xmlns:xlink", kXlinkNs);
  // feedparser's order: by name (normalize_attrs sorts them).
  std::sort(attributes_.begin(), attributes_.end(),
            [](const Attribute& x, const Attribute& y) { return x.name < y.name; });
}

// The value a URL attribute keeps: resolved against the base where feedparser resolves it,
// emptied when its scheme is not allowed (as feedparser empties href); in SVG, only <a> may
// point outside the document (`use`, `mpath`, ... keep `#id` references alone).
std::string Sanitizer::safe_url(Namespace ns, std::string_view element, std::string_view attribute,
                                std::string_view value) const {
  if (ns == Namespace::svg && element != "a" &&
      (attribute == "href" || attribute == "xlink:href")) {
    const std::string_view v = detail::trim(value);
    return !v.empty() && v[0] == '#' ? std::string(v) : std::string();
  }
  // An empty URL stays empty: resolved, it would be the base, and sanitizing again would
  // change it.
  std::string url = !base_.empty() && ns == Namespace::html && !detail::trim(value).empty() &&
                            detail::is_resolved_url_attribute(element, attribute)
                        ? resolve_url(base_, value)
                        : std::string(value);
  if (attribute == "ping" || attribute == "srcset") {
    // Lists: URLs apart by white space (ping), or "URL descriptor" apart by commas (srcset).
    for (std::size_t i = 0; i < url.size();) {
      while (i < url.size() && (detail::is_html_space(url[i]) || url[i] == ',')) ++i;
      const std::size_t begin = i;
      while (i < url.size() && !detail::is_html_space(url[i]) && url[i] != ',') ++i;
      if (!policy_.scheme_allowed(url_scheme(std::string_view(url).substr(begin, i - begin)))) {
        return {};
      }
      if (attribute == "srcset") {  // skip the descriptor
        while (i < url.size() && url[i] != ',') ++i;
      }
    }
    return url;
  }
  return policy_.scheme_allowed(url_scheme(url)) ? url : std::string();
}

void Sanitizer::write_start_tag(std::string_view name, bool is_void) {
  out_ += '<';
  out_.append(name);
  for (const Attribute& a : attributes_) {
    out_ += ' ';
    out_.append(a.name);
    out_.append("=\"");
    if (a.changed) {
      detail::append_escaped(out_, a.value, true);
    } else {
      detail::append_html_text(out_, a.decoded, a.original, true);
    }
    out_ += '"';
  }
  out_.append(is_void ? " />" : ">");
  pre_start_ = false;
}

}  // namespace

namespace {

// One pass; sets `unstable` when the result should be sanitized again.
std::string sanitize_once(std::string_view html, const SanitizeOptions& options, bool& unstable) {
  const HtmlLimits& limits = options.limits;
  std::string out;
  Sanitizer sanitizer(options, out);
  const std::string shaped = detail::shape_html(
      html,
      {limits.max_input_bytes, limits.max_depth, limits.max_formatting, limits.max_attributes},
      &sanitizer.policy());
  const detail::GumboFragment fragment(shaped, limits.max_memory_bytes);
  unstable = false;
  if (fragment.root() == nullptr) return out;  // over the memory budget: nothing
  out.reserve(shaped.size());
  sanitizer.run(*fragment.root());
  unstable = sanitizer.unstable();
  return out;
}

}  // namespace

std::string sanitize_html(std::string_view html, const SanitizeOptions& options) {
  bool unstable = false;
  std::string out = sanitize_once(html, options, unstable);
  // Rare (see Sanitizer::unstable()); each pass is linear and the second almost always ends it.
  for (int pass = 1; unstable && pass < 4; ++pass) out = sanitize_once(out, options, unstable);
  return out;
}

}  // namespace feedpp
