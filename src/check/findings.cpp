// SPDX-License-Identifier: MIT
#include "check/findings.hpp"
#include "base/line_counter.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>

#include "base/diagnostic_log.hpp"

namespace feedpp::detail {
namespace {

struct CodeKind {
  std::string_view code;
  FindingSeverity severity;
};

constexpr CodeKind kCodes[] = {
#include "check/w3c_codes.inc"
};

struct Template {
  std::string_view code;
  std::string_view text;  // {element}, {parent}, {attr}, {value} and any parameter by name
};

// One line each, in our words; the W3C service's documentation of each name says more.
constexpr Template kTemplates[] = {
    {"AtomLinkNotEmpty", "{element} should be empty: its URL goes in href"},
    {"AttrNotBlank", "the {attr} attribute of {element} must not be blank"},
    {"AvoidNamespacePrefix",
     "Atom and XHTML elements are better written without a prefix "
     "(here '{prefix}'): some readers do not resolve it"},
    {"AvoidTextInput", "textInput is rarely supported by readers"},
    {"BadCharacters",
     "{element} contains characters that look mis-encoded (C1 controls, "
     "U+FFFD or doubly encoded UTF-8)"},
    {"BadXmlVersion", "XML version {version} is not 1.0"},
    {"CharacterData",
     "{element}: text with '<' or '&#' that readers may take for HTML (the "
     "RSS Profile advises hexadecimal references: &#x3C;)"},
    {"CommentRSS", "wfw:commentRSS is misspelt: the element is wfw:commentRss"},
    {"ConflictingCatAttr", "{element} has conflicting category attributes"},
    {"ContainsEmail", "{element} should not contain an e-mail address"},
    {"ContainsHTML", "{element} should not contain HTML: {value}"},
    {"ContainsRelRef", "{element} contains a relative URL: {value}"},
    {"ContainsSystemEntity", "the document refers to an external entity (a DOCTYPE's system id)"},
    {"ContainsUndeclaredHTML", "{element} contains HTML but its type does not say so: {value}"},
    {"CurrentNotSelfInCompleteFeed", "a complete feed's current link must be itself"},
    {"DangerousStyleAttr", "{element}: a style attribute that may be unsafe: {value}"},
    {"DeprecatedDTD", "the Netscape RSS 0.91 DTD is deprecated: use the RSS Advisory Board's"},
    {"DeprecatedMediaAdult", "media:adult is deprecated: use media:rating"},
    {"DuplicateAtomLink", "more than one alternate link with the same type and hreflang"},
    {"DuplicateDescriptionSemantics", "{element} repeats what description already says"},
    {"DuplicateElement", "{parent} has more than one {element}"},
    {"DuplicateEnclosure", "{parent} has more than one enclosure: readers may take only one"},
    {"DuplicateEntries", "two entries have the same id: {value}"},
    {"DuplicateItemSemantics", "{ext} repeats the item's {core}: use one of them"},
    {"DuplicateSemantics", "{ext} repeats the channel's {core}: use one of them"},
    {"DuplicateUpdated", "two entries have the same updated date: {value}"},
    {"DuplicateValue", "{element} repeats the value {value}"},
    {"EightDaysAWeek", "skipDays lists more than seven days"},
    {"EmailFormat", "{element} should be an e-mail address followed by a name in parentheses"},
    {"FeedHistoryRelInEntry", "the feed history relation {rel} belongs on the feed, not an entry"},
    {"FeedRelInCompleteFeed", "a complete feed has no {rel} link"},
    {"HtmlFragment", "{element} of type {type} should be a whole HTML document"},
    {"ImageLinkDoesntMatch", "the image link should be the channel's link"},
    {"ImageTitleDoesntMatch", "the image title should be the channel's title"},
    {"ImageUrlFormat", "the image should be a JPEG, GIF or PNG"},
    {"ImplausibleDate", "{element} is an implausible date: {value}"},
    {"IncorrectDOW", "{element}: wrong day of the week: {value}"},
    {"IntegerOverflow", "{element} is too large: {value}"},
    {"InvalidAccessRestrictionRel", "{element}: relationship must be allow or deny: {value}"},
    {"InvalidAddrSpec", "{element} must be an e-mail address: {value}"},
    {"InvalidBooleanAttribute", "{attr} of {element} must be true or false"},
    {"InvalidContact", "{element} must be an e-mail address: {value}"},
    {"InvalidCountryCode", "{element}: not an ISO 3166 country code: {value}"},
    {"InvalidCoord", "{element}: not a coordinate pair: {value}"},
    {"InvalidCoordList", "{element}: not a list of coordinate pairs: {value}"},
    {"InvalidCreditRole", "{element}: not a known credit role: {value}"},
    {"InvalidDay", "{element} must be a day of the week (Monday ... Sunday): {value}"},
    {"InvalidDoctype", "a document with this DOCTYPE must be RSS 0.91"},
    {"InvalidDuration", "{element} must be HH:MM:SS, MM:SS or seconds: {value}"},
    {"InvalidFloat", "{attr} must be a number: {value}"},
    {"InvalidFullLink", "{element} must be a full URL: {value}"},
    {"InvalidHeight", "{element} must be a number from 1 to 400: {value}"},
    {"InvalidHour", "{element} must be an hour from 0 to 23: {value}"},
    {"InvalidHttpGUID", "{element} is a permalink, so it must be a full URL: {value}"},
    {"InvalidIRI", "{element} must be an IRI: {value}"},
    {"InvalidISO8601Date", "{element} must be an ISO 8601 date: {value}"},
    {"InvalidISO8601DateTime", "{element} must be an ISO 8601 date-time: {value}"},
    {"InvalidInteger", "{element} must be an integer: {value}"},
    {"InvalidIntegerAttribute", "{attr} of {element} must be a positive integer"},
    {"InvalidItunesCategory", "{element}: not an iTunes category: {text}"},
    {"InvalidItunesChannelType", "{element} must be episodic or serial: {value}"},
    {"InvalidItunesEpisodeType", "{element} must be full, trailer or bonus: {value}"},
    {"InvalidKeywords", "{element} must be separated by commas"},
    {"InvalidLanguage", "{element}: not a language code: {value}"},
    {"InvalidLatitude", "{element} must be a latitude from -90 to 90: {value}"},
    {"InvalidLink", "{element} must be a URL: {value}"},
    {"InvalidLongitude", "{element} must be a longitude from -180 to 180: {value}"},
    {"InvalidMIMEAttribute", "{attr} of {element} must be a MIME type"},
    {"InvalidMIMEType", "{element}: {attr} must be a MIME type: {value}"},
    {"InvalidMediaHash", "{element}: not a valid hash: {value}"},
    {"InvalidMediaMedium",
     "{element}: medium must be image, audio, video, document or "
     "executable: {value}"},
    {"InvalidMediaExpression", "{element}: expression must be sample, full or nonstop: {value}"},
    {"InvalidMediaRating", "{element}: not a rating of scheme {scheme}: {value}"},
    {"InvalidMediaRestriction", "{element} must be all or none: {value}"},
    {"InvalidMediaRestrictionRel", "{element}: relationship must be allow or deny: {value}"},
    {"InvalidMediaRestrictionType", "{element}: type must be country or uri: {value}"},
    {"InvalidMediaTextType", "{element}: type must be plain or html: {value}"},
    {"InvalidMetaContent", "{element}: content must be a robots directive: {value}"},
    {"InvalidMetaName", "{element}: name must be robots: {value}"},
    {"InvalidNPTTime", "{element}: {attr} must be a Normal Play Time: {value}"},
    {"InvalidNSS", "{element} must be a URN's namespace-specific string"},
    {"InvalidNamespace", "{element} is in the wrong namespace: {namespace}"},
    {"InvalidNonNegativeInteger", "{element} must be a non-negative integer: {value}"},
    {"InvalidPercentage", "{element} must be a percentage: {value}"},
    {"InvalidPermalink", "{element} is a permalink, but a tag: or urn:uuid: is no link"},
    {"InvalidPositiveInteger", "{element} must be a positive integer: {value}"},
    {"InvalidRDF", "not valid RDF: {message}"},
    {"InvalidRFC2822Date", "{element} must be an RFC 822 date-time: {value}"},
    {"InvalidRFC3339Date", "{element} must be an RFC 3339 date-time: {value}"},
    {"InvalidRSSVersion", "RSS version {value} is unknown: 0.91, 0.92 or 2.0"},
    {"InvalidSseType", "{element}: type must be complete or aggregated"},
    {"InvalidTAG", "{element} is not a valid tag: URI: {value}"},
    {"InvalidTextType", "{element}: type must be text, html or xhtml: {value}"},
    {"InvalidTrueFalse", "{element} must be true or false: {value}"},
    {"InvalidURIAttribute", "{attr} of {element} must be a URI: {value}"},
    {"InvalidURLAttribute", "{element} must be an http or https URL: {value}"},
    {"InvalidURN", "{element} is not a valid URN: {value}"},
    {"InvalidUUID", "{element} is not a valid urn:uuid: {value}"},
    {"InvalidUpdatePeriod", "{element} must be hourly, daily, weekly, monthly or yearly: {value}"},
    {"InvalidUriChar", "{element} contains a character not allowed in a URI: {value}"},
    {"InvalidW3CDTFDate", "{element} must be a W3C date-time: {value}"},
    {"InvalidWidth", "{element} must be a number from 1 to 144: {value}"},
    {"InvalidYesNo", "{element} must be yes or no: {value}"},
    {"InvalidYesNoClean", "{element} must be yes, no or clean: {value}"},
    {"ItemMustContainTitleOrDescription", "an item needs a title or a description"},
    {"LinkPastEnd", "a {rel} link past the {self} page"},
    {"MediaGroupWithoutAlternatives",
     "media:group should hold alternatives: two or more "
     "media:content"},
    {"MediaRssNamespace", "the Media RSS namespace ends with a slash: {ns}"},
    {"MisplacedItem", "channel metadata after the items: put items last"},
    {"MisplacedMetadata", "{element} must come before the entries"},
    {"MisplacedXHTMLContent", "XHTML {element} is out of place in {parent}"},
    {"MissingAtomSelfLink", "an RSS feed should have an atom:link with rel=\"self\""},
    {"MissingAttribute", "{element} needs the {attr} attribute"},
    {"MissingByAndWhenAttrs", "sx:history needs by or when"},
    {"MissingContentOrAlternate", "an entry needs content or an alternate link"},
    {"MissingCurrentInArchive", "an archive document should link to the current feed"},
    {"MissingDCLanguage", "no language given (language, dc:language or xml:lang)"},
    {"MissingDescription", "{parent} needs a description"},
    {"MissingElement", "{parent} needs {element}"},
    {"MissingEncoding", "no XML declaration names the encoding (UTF-8 is assumed)"},
    {"MissingGuid", "{parent} should have a guid"},
    {"MissingHref", "{element} needs an href"},
    {"MissingItunesElement", "a podcast's {parent} should have {element}"},
    {"MissingItunesEmail", "a podcast should give an itunes:email in itunes:owner"},
    {"MissingLink", "{parent} needs a link"},
    {"MissingNamespace", "{element} needs its namespace: it has none, or an undeclared prefix"},
    {"MissingRealName", "{element} should give a name after the e-mail address"},
    {"MissingRecommendedAttribute", "{element} should have the {attr} attribute"},
    {"MissingSelf", "an Atom feed should have a link with rel=\"self\""},
    {"MissingSourceElement", "the source should have {element}"},
    {"MissingSummary", "an entry whose content is not text needs a summary"},
    {"MissingTextualContent", "an entry without content should have a summary"},
    {"MissingTitle", "{parent} needs a title"},
    {"MissingTypeAttr", "{element} with src needs a type"},
    {"MissingXhtmlDiv", "XHTML {element} must be wrapped in an xhtml:div"},
    {"NeedDescriptionBeforeContent",
     "an item with content:encoded should have a description "
     "before it"},
    {"NoBlink", "there is no blink element"},
    {"NoThrWhen", "thr:when was renamed thr:updated"},
    {"NonCanonicalURI", "{element} is not in canonical form: {uri}"},
    {"NonstdEncoding", "encoding {encoding} is neither UTF-8 nor UTF-16"},
    {"NonstdPrefix", "the usual prefix for {ns} is {preferred}"},
    {"NotBase64", "{element} is not valid base64"},
    {"NotBlank", "{element} must not be blank"},
    {"NotEnoughHoursInTheDay", "skipHours lists more than 24 hours"},
    {"NotEscaped", "{element} says it is escaped, but holds markup"},
    {"NotHtml", "{element} is not valid HTML: {message}: {value}"},
    {"NotInANamespace", "{element} in {parent} must be in a namespace"},
    {"NotInline", "{element} says it is XHTML, but holds escaped markup"},
    {"NotSufficientlyUnique", "{element} is too short to be a unique id: {value}"},
    {"NotUTF8", "iTunes requires UTF-8"},
    {"ObscureEncoding", "encoding {encoding} is little used: readers may not know it"},
    {"ObsoleteItunesCategory", "{element}: an obsolete iTunes category: {text}"},
    {"ObsoleteNamespace", "this namespace is obsolete: {element}"},
    {"ObsoleteWikiNamespace", "the wiki module's namespace is obsolete: use {preferred}"},
    {"ProblematicalRFC822Date", "{element} is an RFC 822 date that readers may not read: {value}"},
    {"QuestionableUsage", "{element} is out of place in {parent}"},
    {"RelativeSelf", "the self link should be an absolute URL: {value}"},
    {"ReservedPrefix", "the prefix {prefix} is for {ns}"},
    {"SAXError", "{exception}"},
    {"SameDocumentReference", "{element} refers to the document itself: {value}"},
    {"SchemeNotIANARegistered", "{element}: URI scheme not registered with IANA: {value}"},
    {"SecurityRisk", "{element} holds markup that may be unsafe: {tag}"},
    {"SecurityRiskAttr", "{element} holds an attribute that may be unsafe: {attr}"},
    {"SelfDoesntMatchLocation", "the self link is not where the feed was read from"},
    {"SelfNotAtom", "the self link's type should be the feed's: {value}"},
    {"SinceAfterUntil", "since is after until"},
    {"SlashDate", "an item with slash:comments in a channel without lastBuildDate"},
    {"TooLong", "{element} is longer than {max} characters"},
    {"TooMany", "{parent} has more than ten {element}"},
    {"UndefinedElement", "{parent} has no {element} element in this format"},
    {"UndefinedNamedEntity", "an entity XML does not define: {value}"},
    {"UndeterminableVocabulary", "{element} is in no namespace: its meaning is not defined"},
    {"UnexpectedAttribute", "{element} has no {attribute} attribute in this format"},
    {"UnexpectedText", "text directly inside {element}, which holds elements"},
    {"UnexpectedWhitespace", "{element} should have no white space around its value"},
    {"UnicodeError", "the document is not in the encoding it declares: {exception}"},
    {"UnknownEncoding", "the encoding {encoding} is unknown"},
    {"UnknownHost", "{element}: the e-mail address has no known domain: {value}"},
    {"UnknownNamespace", "namespace {namespace} is unknown to the validator: not checked"},
    {"UnregisteredAtomLinkRel", "the link relation {value} is not registered"},
    {"UnsupportedItunesFormat", "iTunes does not play .{extension} enclosures"},
    {"UnsupportedNamespace", "{name} ({namespace}) is not checked"},
    {"UriNotIri", "{element} is an IRI written where a URI is needed: {value}"},
    {"UseOfExtensionAttr", "an extension attribute on an RSS element: readers may not know it"},
    {"UseZeroForMidnight", "{element}: use 0 for midnight, not 24"},
    {"UseZeroForUnknown", "{element}: use 0 for an unknown length, not -1"},
};

std::string_view template_of(std::string_view code) {
  for (const Template& t : kTemplates) {
    if (t.code == code) return t.text;
  }
  return {};
}

std::string_view param_of(const Finding& f, std::string_view key) {
  if (key == "element") return f.element;
  if (key == "parent") return f.parent;
  if (key == "attr") return f.attr;
  if (key == "value") return f.value;
  for (const auto& [k, v] : f.params) {
    if (k == key) return v;
  }
  return {};
}

std::string message_of(const Finding& f) {
  std::string_view t = template_of(f.code);
  if (t.empty()) {
    std::string m = f.code;
    if (!f.element.empty()) m += ": " + f.element;
    if (!f.parent.empty()) m += " in " + f.parent;
    if (!f.value.empty()) m += ": " + f.value;
    return m;
  }
  std::string m;
  while (!t.empty()) {
    const auto open = t.find('{');
    const auto close = open == std::string_view::npos ? open : t.find('}', open);
    if (close == std::string_view::npos) {
      m += t;
      break;
    }
    m += t.substr(0, open);
    std::string_view v = param_of(f, t.substr(open + 1, close - open - 1));
    if (v.size() > 200) v = v.substr(0, 200);
    for (char c : v) m += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    t.remove_prefix(close + 1);
  }
  // A template whose last parameter is absent ends in ": ".
  while (!m.empty() && (m.back() == ' ' || m.back() == ':')) m.pop_back();
  return m;
}

}  // namespace

FindingSeverity severity_of(std::string_view code) noexcept {
  const auto it =
      std::lower_bound(std::begin(kCodes), std::end(kCodes), code,
                       [](const CodeKind& k, std::string_view c) { return k.code < c; });
  if (it != std::end(kCodes) && it->code == code) return it->severity;
  return FindingSeverity::warning;
}

Finding make_finding(std::string_view code, std::size_t offset, const Params& p) {
  Finding f;
  f.code = std::string(code);
  f.severity = severity_of(code);
  f.location.offset = offset;
  if (p.has_element) {
    // The W3C log writes names as prefix:local ("dc_date" -> "dc:date").
    f.element = std::string(p.element_);
    const auto underscore = f.element.find('_');
    if (underscore != std::string::npos) f.element[underscore] = ':';
  }
  if (p.has_parent) f.parent = std::string(p.parent_);
  if (p.has_attr) f.attr = std::string(p.attr_);
  if (p.has_value) f.value = std::string(p.value_);
  for (std::size_t i = 0; i < p.extras; ++i) {
    f.params.emplace_back(std::string(p.extra[i].first), std::string(p.extra[i].second));
  }
  f.message = message_of(f);
  return f;
}

void place_findings(std::vector<Finding>& findings, std::string_view text) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return a.location.offset < b.location.offset;
  });
  LineCounter lines(text);
  for (Finding& f : findings) {
    if (f.location.offset == kUnknownOffset || f.location.line != 0) {
      if (f.location.offset == kUnknownOffset) f.location = Location{};
      continue;
    }
    lines.place(f.location);
  }
}

}  // namespace feedpp::detail
