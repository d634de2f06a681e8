// SPDX-License-Identifier: MIT
// The vocabularies the validator's HTML checks know: HTML's elements, those safe in a feed, the
// attributes safe on them, the CSS properties and keywords safe in a style attribute, and the
// SVG and MathML elements and attributes safe in XHTML content. Each list is sorted.
#include <array>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "base/ascii.hpp"
#include "base/html_void.hpp"
#include "check/html_check.hpp"

namespace feedpp::detail {
namespace {

constexpr std::string_view kHtmlTags[] = {
    "a",           "abbr",       "acronym",    "address",  "applet",   "area",     "article",
    "aside",       "audio",      "b",          "base",     "basefont", "bdi",      "bdo",
    "big",         "blockquote", "body",       "br",       "button",   "canvas",   "caption",
    "center",      "cite",       "code",       "col",      "colgroup", "command",  "comment",
    "data",        "datagrid",   "datalist",   "dd",       "del",      "details",  "dfn",
    "dialog",      "dir",        "div",        "dl",       "dt",       "em",       "embed",
    "eventsource", "fieldset",   "figcaption", "figure",   "font",     "footer",   "form",
    "frame",       "frameset",   "h1",         "h2",       "h3",       "h4",       "h5",
    "h6",          "head",       "header",     "hgroup",   "hr",       "html",     "i",
    "iframe",      "img",        "input",      "ins",      "isindex",  "kbd",      "label",
    "legend",      "li",         "link",       "listing",  "m",        "main",     "map",
    "mark",        "menu",       "meta",       "meter",    "nav",      "noframes", "noscript",
    "object",      "ol",         "optgroup",   "option",   "output",   "p",        "param",
    "picture",     "plaintext",  "pre",        "progress", "q",        "rp",       "rt",
    "ruby",        "s",          "samp",       "script",   "section",  "select",   "slot",
    "small",       "source",     "span",       "strike",   "strong",   "style",    "sub",
    "summary",     "sup",        "table",      "tbody",    "td",       "template", "textarea",
    "tfoot",       "th",         "thead",      "time",     "title",    "tr",       "track",
    "tt",          "u",          "ul",         "var",      "video",    "wbr",      "xmp"};

constexpr std::string_view kAcceptableElements[] = {
    "a",           "abbr",     "acronym",    "address",  "area",       "article", "aside",
    "audio",       "b",        "bdi",        "big",      "blockquote", "br",      "button",
    "canvas",      "caption",  "center",     "cite",     "code",       "col",     "colgroup",
    "command",     "data",     "datagrid",   "datalist", "dd",         "del",     "details",
    "dfn",         "dialog",   "dir",        "div",      "dl",         "dt",      "em",
    "eventsource", "fieldset", "figcaption", "figure",   "font",       "footer",  "form",
    "h1",          "h2",       "h3",         "h4",       "h5",         "h6",      "header",
    "hgroup",      "hr",       "i",          "img",      "input",      "ins",     "kbd",
    "keygen",      "label",    "legend",     "li",       "m",          "main",    "map",
    "mark",        "menu",     "meter",      "multicol", "nav",        "nextid",  "noscript",
    "ol",          "optgroup", "option",     "output",   "p",          "picture", "pre",
    "progress",    "q",        "rp",         "rt",       "ruby",       "s",       "samp",
    "section",     "select",   "small",      "sound",    "source",     "spacer",  "span",
    "strike",      "strong",   "sub",        "summary",  "sup",        "table",   "tbody",
    "td",          "template", "textarea",   "tfoot",    "th",         "thead",   "time",
    "tr",          "track",    "tt",         "u",        "ul",         "var",     "video",
    "wbr"};

constexpr std::string_view kAcceptableAttributes[] = {"abbr",
                                                      "accept",
                                                      "accept-charset",
                                                      "accesskey",
                                                      "action",
                                                      "align",
                                                      "allow",
                                                      "allowfullscreen",
                                                      "allowpaymentrequest",
                                                      "alt",
                                                      "as",
                                                      "autocapitalize",
                                                      "autocomplete",
                                                      "autofocus",
                                                      "autoplay",
                                                      "axis",
                                                      "background",
                                                      "balance",
                                                      "bgcolor",
                                                      "bgproperties",
                                                      "border",
                                                      "bordercolor",
                                                      "bordercolordark",
                                                      "bordercolorlight",
                                                      "bottompadding",
                                                      "cellpadding",
                                                      "cellspacing",
                                                      "ch",
                                                      "challenge",
                                                      "char",
                                                      "charoff",
                                                      "charset",
                                                      "checked",
                                                      "choff",
                                                      "cite",
                                                      "class",
                                                      "clear",
                                                      "color",
                                                      "cols",
                                                      "colspan",
                                                      "compact",
                                                      "contenteditable",
                                                      "coords",
                                                      "crossorigin",
                                                      "data",
                                                      "datafld",
                                                      "datapagesize",
                                                      "datasrc",
                                                      "datetime",
                                                      "decoding",
                                                      "default",
                                                      "delay",
                                                      "dir",
                                                      "dirname",
                                                      "disabled",
                                                      "download",
                                                      "draggable",
                                                      "dynsrc",
                                                      "end",
                                                      "enctype",
                                                      "enterkeyhint",
                                                      "face",
                                                      "for",
                                                      "form",
                                                      "formenctype",
                                                      "frame",
                                                      "galleryimg",
                                                      "gutter",
                                                      "headers",
                                                      "height",
                                                      "hidden",
                                                      "hidefocus",
                                                      "high",
                                                      "href",
                                                      "hreflang",
                                                      "hspace",
                                                      "icon",
                                                      "id",
                                                      "inputmode",
                                                      "is",
                                                      "ismap",
                                                      "itemid",
                                                      "itemprop",
                                                      "itemref",
                                                      "itemscope",
                                                      "itemtype",
                                                      "keytype",
                                                      "kind",
                                                      "label",
                                                      "lang",
                                                      "leftspacing",
                                                      "list",
                                                      "loading",
                                                      "longdesc",
                                                      "loop",
                                                      "loopcount",
                                                      "loopend",
                                                      "loopstart",
                                                      "low",
                                                      "lowsrc",
                                                      "max",
                                                      "maxlength",
                                                      "media",
                                                      "method",
                                                      "min",
                                                      "minlength",
                                                      "multiple",
                                                      "muted",
                                                      "name",
                                                      "nohref",
                                                      "nonce",
                                                      "noshade",
                                                      "nowrap",
                                                      "open",
                                                      "optimum",
                                                      "pattern",
                                                      "ping",
                                                      "placeholder",
                                                      "playsinline",
                                                      "point-size",
                                                      "poster",
                                                      "pqg",
                                                      "preload",
                                                      "prompt",
                                                      "radiogroup",
                                                      "readonly",
                                                      "referrerpolicy",
                                                      "rel",
                                                      "repeat-max",
                                                      "repeat-min",
                                                      "replace",
                                                      "required",
                                                      "rev",
                                                      "reversed",
                                                      "rightspacing",
                                                      "rows",
                                                      "rowspan",
                                                      "rules",
                                                      "scope",
                                                      "selected",
                                                      "shape",
                                                      "size",
                                                      "sizes",
                                                      "span",
                                                      "spellcheck",
                                                      "src",
                                                      "srclang",
                                                      "srcset",
                                                      "start",
                                                      "step",
                                                      "summary",
                                                      "suppress",
                                                      "tabindex",
                                                      "target",
                                                      "template",
                                                      "title",
                                                      "toppadding",
                                                      "translate",
                                                      "type",
                                                      "unselectable",
                                                      "urn",
                                                      "usemap",
                                                      "valign",
                                                      "value",
                                                      "variable",
                                                      "volume",
                                                      "vrml",
                                                      "vspace",
                                                      "width",
                                                      "wrap",
                                                      "xml:lang",
                                                      "xmlns"};

constexpr std::string_view kCssProperties[] = {"azimuth",
                                               "background",
                                               "background-color",
                                               "border",
                                               "border-bottom",
                                               "border-bottom-color",
                                               "border-bottom-style",
                                               "border-bottom-width",
                                               "border-collapse",
                                               "border-color",
                                               "border-left",
                                               "border-left-color",
                                               "border-left-style",
                                               "border-left-width",
                                               "border-right",
                                               "border-right-color",
                                               "border-right-style",
                                               "border-right-width",
                                               "border-spacing",
                                               "border-style",
                                               "border-top",
                                               "border-top-color",
                                               "border-top-style",
                                               "border-top-width",
                                               "border-width",
                                               "clear",
                                               "color",
                                               "cursor",
                                               "direction",
                                               "display",
                                               "elevation",
                                               "float",
                                               "font",
                                               "font-family",
                                               "font-size",
                                               "font-style",
                                               "font-variant",
                                               "font-weight",
                                               "height",
                                               "letter-spacing",
                                               "line-height",
                                               "list-style-type",
                                               "margin",
                                               "margin-bottom",
                                               "margin-left",
                                               "margin-right",
                                               "margin-top",
                                               "overflow",
                                               "padding",
                                               "padding-bottom",
                                               "padding-left",
                                               "padding-right",
                                               "padding-top",
                                               "pause",
                                               "pause-after",
                                               "pause-before",
                                               "pitch",
                                               "pitch-range",
                                               "richness",
                                               "speak",
                                               "speak-header",
                                               "speak-numeral",
                                               "speak-punctuation",
                                               "speech-rate",
                                               "stress",
                                               "text-align",
                                               "text-decoration",
                                               "text-indent",
                                               "unicode-bidi",
                                               "vertical-align",
                                               "voice-family",
                                               "volume",
                                               "white-space",
                                               "width"};

constexpr std::string_view kCssKeywords[] = {
    "!important", "aqua",   "auto",   "black",       "block",     "blue",   "bold",    "both",
    "bottom",     "brown",  "center", "collapse",    "dashed",    "dotted", "fuchsia", "gray",
    "green",      "italic", "left",   "lime",        "maroon",    "medium", "navy",    "none",
    "normal",     "nowrap", "olive",  "pointer",     "purple",    "red",    "right",   "silver",
    "solid",      "teal",   "top",    "transparent", "underline", "white",  "yellow"};

constexpr std::string_view kMathMlElements[] = {"annotation", "annotation-xml",
                                                "maction",    "math",
                                                "merror",     "mfrac",
                                                "mi",         "mmultiscripts",
                                                "mn",         "mo",
                                                "mover",      "mpadded",
                                                "mphantom",   "mprescripts",
                                                "mroot",      "mrow",
                                                "mspace",     "msqrt",
                                                "mstyle",     "msub",
                                                "msubsup",    "msup",
                                                "mtable",     "mtd",
                                                "mtext",      "mtr",
                                                "munder",     "munderover",
                                                "none",       "semantics"};

constexpr std::string_view kMathMlAttributes[] = {
    "actiontype",   "align",       "columnalign",   "columnlines",  "columnspacing",
    "columnspan",   "depth",       "display",       "displaystyle", "encoding",
    "equalcolumns", "equalrows",   "fence",         "fontstyle",    "fontweight",
    "frame",        "height",      "linethickness", "lspace",       "mathbackground",
    "mathcolor",    "mathvariant", "maxsize",       "minsize",      "other",
    "rowalign",     "rowlines",    "rowspacing",    "rowspan",      "rspace",
    "scriptlevel",  "selection",   "separator",     "stretchy",     "width",
    "xlink:href",   "xlink:show",  "xlink:type",    "xmlns",        "xmlns:xlink"};

constexpr std::string_view kSvgElements[] = {"a",
                                             "animate",
                                             "animateColor",
                                             "animateMotion",
                                             "animateTransform",
                                             "circle",
                                             "defs",
                                             "desc",
                                             "ellipse",
                                             "font-face",
                                             "font-face-name",
                                             "font-face-src",
                                             "g",
                                             "glyph",
                                             "hkern",
                                             "line",
                                             "linearGradient",
                                             "marker",
                                             "metadata",
                                             "missing-glyph",
                                             "mpath",
                                             "path",
                                             "polygon",
                                             "polyline",
                                             "radialGradient",
                                             "rect",
                                             "set",
                                             "stop",
                                             "svg",
                                             "switch",
                                             "text",
                                             "title",
                                             "tspan",
                                             "use"};

constexpr std::string_view kSvgAttributes[] = {"accent-height",
                                               "accumulate",
                                               "additive",
                                               "alphabetic",
                                               "arabic-form",
                                               "ascent",
                                               "attributeName",
                                               "attributeType",
                                               "baseProfile",
                                               "bbox",
                                               "begin",
                                               "by",
                                               "calcMode",
                                               "cap-height",
                                               "class",
                                               "color",
                                               "color-rendering",
                                               "content",
                                               "cx",
                                               "cy",
                                               "d",
                                               "descent",
                                               "display",
                                               "dur",
                                               "dx",
                                               "dy",
                                               "end",
                                               "fill",
                                               "fill-opacity",
                                               "fill-rule",
                                               "font-family",
                                               "font-size",
                                               "font-stretch",
                                               "font-style",
                                               "font-variant",
                                               "font-weight",
                                               "from",
                                               "fx",
                                               "fy",
                                               "g1",
                                               "g2",
                                               "glyph-name",
                                               "gradientUnits",
                                               "hanging",
                                               "height",
                                               "horiz-adv-x",
                                               "horiz-origin-x",
                                               "id",
                                               "ideographic",
                                               "k",
                                               "keyPoints",
                                               "keySplines",
                                               "keyTimes",
                                               "lang",
                                               "marker-end",
                                               "marker-mid",
                                               "marker-start",
                                               "markerHeight",
                                               "markerUnits",
                                               "markerWidth",
                                               "mathematical",
                                               "max",
                                               "min",
                                               "name",
                                               "offset",
                                               "opacity",
                                               "orient",
                                               "origin",
                                               "overline-position",
                                               "overline-thickness",
                                               "panose-1",
                                               "path",
                                               "pathLength",
                                               "points",
                                               "preserveAspectRatio",
                                               "r",
                                               "refX",
                                               "refY",
                                               "repeatCount",
                                               "repeatDur",
                                               "requiredExtensions",
                                               "requiredFeatures",
                                               "restart",
                                               "rotate",
                                               "rx",
                                               "ry",
                                               "slope",
                                               "stemh",
                                               "stemv",
                                               "stop-color",
                                               "stop-opacity",
                                               "strikethrough-position",
                                               "strikethrough-thickness",
                                               "stroke",
                                               "stroke-dasharray",
                                               "stroke-dashoffset",
                                               "stroke-linecap",
                                               "stroke-linejoin",
                                               "stroke-miterlimit",
                                               "stroke-opacity",
                                               "stroke-width",
                                               "style",
                                               "systemLanguage",
                                               "target",
                                               "text-anchor",
                                               "to",
                                               "transform",
                                               "type",
                                               "u1",
                                               "u2",
                                               "underline-position",
                                               "underline-thickness",
                                               "unicode",
                                               "unicode-range",
                                               "units-per-em",
                                               "values",
                                               "version",
                                               "viewBox",
                                               "visibility",
                                               "width",
                                               "widths",
                                               "x",
                                               "x-height",
                                               "x1",
                                               "x2",
                                               "xlink:actuate",
                                               "xlink:arcrole",
                                               "xlink:href",
                                               "xlink:role",
                                               "xlink:show",
                                               "xlink:title",
                                               "xlink:type",
                                               "xml:base",
                                               "xml:lang",
                                               "xml:space",
                                               "xmlns",
                                               "xmlns:xlink",
                                               "y",
                                               "y1",
                                               "y2",
                                               "zoomAndPan"};

constexpr std::string_view kRawText[] = {"script",   "style",     "xmp",   "iframe",  "noembed",
                                         "noframes", "plaintext", "title", "textarea"};

// FNV-1a: names are short, and this table is asked once per tag and attribute of every item's
// HTML, so the hash is the cost that matters.
constexpr std::uint32_t fnv(std::string_view s) noexcept {
  std::uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// All the lists in one open-addressed table, built by the compiler: no start-up cost, and no
// guard of a function-local static on each of the many lookups.
class NameTable {
 public:
  constexpr NameTable() {
    add(kHtmlTags, std::size(kHtmlTags), kHtmlTag);
    add(kAcceptableElements, std::size(kAcceptableElements), kAcceptableElement);
    add(kAcceptableAttributes, std::size(kAcceptableAttributes), kAcceptableAttribute);
    add(kCssProperties, std::size(kCssProperties), kCssProperty);
    add(kCssKeywords, std::size(kCssKeywords), kCssKeyword);
    add(kSvgElements, std::size(kSvgElements), kSvgElement);
    add(kSvgAttributes, std::size(kSvgAttributes), kSvgAttribute);
    add(kMathMlElements, std::size(kMathMlElements), kMathMlElement);
    add(kMathMlAttributes, std::size(kMathMlAttributes), kMathMlAttribute);
    add(kHtmlVoidElements.data(), kHtmlVoidElements.size(), kVoidElement);
    add(kRawText, std::size(kRawText), kRawTextElement);
  }
  [[nodiscard]] std::uint16_t find(std::string_view name, std::uint32_t hash) const noexcept {
    for (std::size_t i = hash & kMask;; i = (i + 1) & kMask) {
      const Slot& slot = slots_[i];
      if (slot.name.empty()) return 0;
      if (slot.name.size() == name.size() && same(slot.name.data(), name.data(), name.size()))
        return slot.bits;
    }
  }

 private:
  // Names are short: a loop inline costs less than a call to memcmp.
  static bool same(const char* a, const char* b, std::size_t n) noexcept {
    for (std::size_t k = 0; k < n; ++k) {
      if (a[k] != b[k]) return false;
    }
    return true;
  }
  // Each name once, with the bits of every list that has it. (Not a template over the list's
  // size: clang instantiates a template member only at the end of the file, after kNames needs
  // it.)
  constexpr void add(const std::string_view* list, std::size_t n, std::uint16_t bit) {
    for (std::size_t k = 0; k < n; ++k) {
      const std::string_view name = list[k];
      std::size_t i = fnv(name) & kMask;
      while (!slots_[i].name.empty() && slots_[i].name != name) i = (i + 1) & kMask;
      slots_[i].name = name;
      slots_[i].bits = static_cast<std::uint16_t>(slots_[i].bits | bit);
    }
  }
  static constexpr std::size_t kSize = 2048;  // a power of two, four times the names
  static constexpr std::size_t kMask = kSize - 1;
  struct Slot {
    std::string_view name;
    std::uint16_t bits = 0;
  };
  std::array<Slot, kSize> slots_{};
};

bool has(std::string_view name, std::uint16_t bit) { return (html_name_bits(name) & bit) != 0; }

}  // namespace

constexpr NameTable kNames;

std::uint16_t html_name_bits(std::string_view name) { return kNames.find(name, fnv(name)); }
std::uint16_t html_name_bits(std::string_view name, std::uint32_t fnv1a) {
  return kNames.find(name, fnv1a);
}

bool is_html_tag(std::string_view lower) { return has(lower, kHtmlTag); }
bool is_acceptable_element(std::string_view lower) { return has(lower, kAcceptableElement); }
bool is_acceptable_attribute(std::string_view lower) { return has(lower, kAcceptableAttribute); }
bool is_acceptable_css_property(std::string_view p) { return has(p, kCssProperty); }
bool is_acceptable_css_keyword(std::string_view k) { return has(k, kCssKeyword); }
bool is_svg_element(std::string_view name) { return has(name, kSvgElement); }
bool is_svg_attribute(std::string_view name) { return has(name, kSvgAttribute); }
bool is_mathml_element(std::string_view name) { return has(name, kMathMlElement); }
bool is_mathml_attribute(std::string_view name) { return has(name, kMathMlAttribute); }

}  // namespace feedpp::detail
