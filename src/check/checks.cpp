// SPDX-License-Identifier: MIT
// The Check of an element's text (the W3C validator's value classes: rfc822, rfc3339, iso639,
// email, positiveInteger, ...) and of attribute values checked the same way, logged with the
// names and parameters the W3C validator logs them with.
#include <string>

#include "base/ascii.hpp"
#include "check/html_check.hpp"
#include "check/kinds.hpp"
#include "check/values.hpp"

namespace feedpp::detail {
namespace {

std::size_t code_points(std::string_view s) noexcept {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool matches_duration(std::string_view v) noexcept {
  // \d+(:[0-5][0-9](:[0-5][0-9])?)?$
  std::size_t i = 0;
  while (i < v.size() && is_digit(v[i])) ++i;
  if (i == 0) return false;
  for (int part = 0; part < 2 && i < v.size(); ++part) {
    if (i + 3 > v.size() || v[i] != ':' || v[i + 1] < '0' || v[i + 1] > '5' || !is_digit(v[i + 2]))
      return false;
    i += 3;
  }
  return i == v.size();
}

bool matches_float(std::string_view v) noexcept {
  // \d+\.?\d*$
  std::size_t i = 0;
  while (i < v.size() && is_digit(v[i])) ++i;
  if (i == 0) return false;
  if (i < v.size() && v[i] == '.') ++i;
  while (i < v.size() && is_digit(v[i])) ++i;
  return i == v.size();
}

bool matches_comma_integers(std::string_view v) noexcept {
  std::size_t i = 0;
  for (;;) {
    const std::size_t start = i;
    while (i < v.size() && is_digit(v[i])) ++i;
    if (i == start) return false;
    if (i == v.size()) return true;
    if (v[i] != ',') return false;
    ++i;
    while (i < v.size() && is_xml_space(v[i])) ++i;
  }
}

std::string percent_decoded(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && is_hex_digit(s[i + 1]) && is_hex_digit(s[i + 2])) {
      const auto hex = [](char c) { return is_digit(c) ? c - '0' : ascii_lower(c) - 'a' + 10; };
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

Params subject(std::string_view element, std::string_view parent, std::string_view value) {
  return Params().parent(parent).element(element).value(value);
}

bool log_date(Walker& w, const Frame& f, DateVerdict v, std::string_view invalid,
              std::string_view value, std::string_view element, std::string_view parent) {
  switch (v) {
    case DateVerdict::valid:
      return true;
    case DateVerdict::invalid:
      w.log(invalid, f, subject(element, parent, value));
      return false;
    case DateVerdict::bad_value:
      w.log(invalid, f, subject(element, parent, "day is out of range for month"));
      return false;
    case DateVerdict::problematical:
      w.log("ProblematicalRFC822Date", f, subject(element, parent, value));
      return false;
    case DateVerdict::incorrect_dow:
      w.log("IncorrectDOW", f, subject(element, parent, value.substr(0, 3)));
      return false;
    case DateVerdict::implausible:
      w.log("ImplausibleDate", f, subject(element, parent, value));
      return true;
  }
  return false;
}

void check_email(Walker& w, Frame& f, std::string_view value, std::string_view element,
                 std::string_view parent) {
  check_plain_text(w, f, value, "ContainsHTML", {element, parent});
  const EmailVerdict v = judge_addr_spec(address_of(value));
  if (v == EmailVerdict::invalid) w.log("InvalidContact", f, subject(element, parent, value));
  if (v == EmailVerdict::unknown_host) w.log("UnknownHost", f, subject(element, parent, value));
}

// RSS 2.0's "e-mail address (name)".
void check_email_with_name(Walker& w, Frame& f, std::string_view value, std::string_view element,
                           std::string_view parent) {
  std::string v(value);
  if (v.compare(0, 7, "mailto:") == 0) v = percent_decoded(std::string_view(v).substr(7));
  const auto at = v.find('@');
  if (at != std::string::npos && at > 0 && (v.empty() || v.back() != ')')) {
    const auto space = v.find(' ');
    w.log(space != std::string::npos && space > 0 ? "EmailFormat" : "MissingRealName", f, Params());
    return;
  }
  check_email(w, f, v, element, parent);
}

bool check_integer(Walker& w, const Frame& f, Check check, std::string_view value,
                   std::string_view element, std::string_view parent) {
  long long n = 0;
  const bool is_int = parse_integer(value, n);
  switch (check) {
    case Check::positive_integer:
    case Check::uint31:
      if (!is_int || n <= 0) {
        w.log("InvalidPositiveInteger", f, subject(element, parent, value));
        return false;
      }
      if (check == Check::uint31 && n > 2147483647LL) {
        w.log("IntegerOverflow", f, subject(element, parent, value));
        return false;
      }
      return true;
    case Check::nonnegative_integer:
      if (!is_int || n < 0) {
        w.log("InvalidNonNegativeInteger", f, subject(element, parent, value));
        return false;
      }
      return true;
    default:
      if (!value.empty() && !is_int) {
        w.log("InvalidInteger", f, subject(element, parent, value));
        return false;
      }
      return true;
  }
}

bool check_range(Walker& w, const Frame& f, std::string_view value, double low, double high,
                 std::string_view code, std::string_view element, std::string_view parent) {
  double d = 0;
  if (!parse_float(value, d) || d < low || d > high) {
    w.log(code, f, subject(element, parent, value));
    return false;
  }
  return true;
}

bool check_enumeration(Walker& w, const Frame& f, std::string_view value,
                       std::initializer_list<std::string_view> allowed, std::string_view code,
                       std::string_view element, std::string_view parent) {
  for (std::string_view a : allowed) {
    if (a == value) return true;
  }
  w.log(code, f, subject(element, parent, value).attr(colon_name(element)));
  return false;
}

bool check_dates(Walker& w, Frame& f, Check check, std::string_view value, std::string_view element,
                 std::string_view parent) {
  switch (check) {
    case Check::rfc822:
      return log_date(w, f, judge_rfc822(value), "InvalidRFC2822Date", value, element, parent);
    case Check::rfc3339:
      return log_date(w, f, judge_iso8601(value, IsoForm::rfc3339, true), "InvalidRFC3339Date",
                      value, element, parent);
    case Check::w3cdtf:
      return log_date(w, f, judge_iso8601(value, IsoForm::w3cdtf, true), "InvalidW3CDTFDate", value,
                      element, parent);
    case Check::iso8601:
      return log_date(w, f, judge_iso8601(value, IsoForm::iso8601, true), "InvalidISO8601DateTime",
                      value, element, parent);
    case Check::unbounded_iso8601:
      return log_date(w, f, judge_iso8601(value, IsoForm::iso8601, false), "InvalidISO8601DateTime",
                      value, element, parent);
    default: {  // iso8601_date
      if (!log_date(w, f, judge_iso8601(value, IsoForm::iso8601, true), "InvalidISO8601DateTime",
                    value, element, parent))
        return false;
      if (value.size() != 10) {
        w.log("InvalidISO8601Date", f, subject(element, parent, value));
        return false;
      }
      return true;
    }
  }
}

// Text that must not be HTML, HTML that must be safe, URIs.
bool check_markup_and_links(Walker& w, Frame& f, Check check, std::string_view value,
                            std::string_view element, std::string_view parent) {
  switch (check) {
    case Check::nonhtml:
    case Check::channel_title:
      check_plain_text(w, f, value, "ContainsHTML", {element, parent});
      if (check == Check::channel_title && !w.is_root(f)) w.parent_of(f).title = std::string(value);
      return true;
    case Check::safe_html:
      check_html(w, f, value, {element, parent}, true);
      return true;
    case Check::rfc2396:
      return check_uri(w, f, value, UriRule::rfc2396, "InvalidLink", element, parent);
    case Check::rfc2396_full:
    case Check::channel_link:
    case Check::channel_docs:
      if (check == Check::channel_link && !w.is_root(f)) w.parent_of(f).link = std::string(value);
      if (check == Check::channel_docs && !w.is_root(f)) w.parent_of(f).docs = std::string(value);
      return check_uri(w, f, value, UriRule::rfc2396_full, "InvalidFullLink", element, parent);
    case Check::rfc3987:
      return check_uri(w, f, value, UriRule::rfc3987, "InvalidIRI", element, parent);
    case Check::rfc3987_full:
      return check_uri(w, f, value, UriRule::rfc2396_full, "InvalidFullLink", element, parent);
    case Check::canonical_uri: {
      if (!check_uri(w, f, value, UriRule::rfc2396_full, "InvalidFullLink", element, parent))
        return false;
      if (!is_canonical_uri(value)) {
        const auto c = canonical_uri(value);
        w.log("NonCanonicalURI", f,
              Params()
                  .parent(parent)
                  .element(element)
                  .with("uri", value)
                  .with("curi", c ? std::string_view(*c) : std::string_view("N/A")));
      }
      return true;
    }
    case Check::http_url:
      if (is_http_url(value)) return true;
      w.log("InvalidURLAttribute", f, subject(element, parent, value));
      return false;
    default:
      return true;
  }
}

// Languages, e-mail addresses, numbers.
bool check_people_and_numbers(Walker& w, Frame& f, Check check, std::string_view value,
                              std::string_view element, std::string_view parent) {
  switch (check) {
    case Check::iso639:
      check_language(w, f, value, element, parent);
      return true;
    case Check::email:
      check_email(w, f, value, element, parent);
      return true;
    case Check::email_with_name:
      check_email_with_name(w, f, value, element, parent);
      return true;
    case Check::addr_spec: {
      const EmailVerdict v = judge_addr_spec(value);
      if (v == EmailVerdict::invalid) w.log("InvalidAddrSpec", f, subject(element, parent, value));
      if (v == EmailVerdict::unknown_host) w.log("UnknownHost", f, subject(element, parent, value));
      return v == EmailVerdict::valid;
    }
    case Check::positive_integer:
    case Check::nonnegative_integer:
    case Check::integer:
    case Check::uint31:
      return check_integer(w, f, check, value, element, parent);
    case Check::float_:
      if (matches_float(value)) return true;
      w.log("InvalidFloat", f, Params().attr(element).value(value));
      return false;
    case Check::decimal: {
      std::string_view v = value;
      if (!v.empty() && (v[0] == '-' || v[0] == '+')) v.remove_prefix(1);
      if (matches_float(strip(v))) return true;
      w.log("InvalidFloatUnit", f, subject(element, parent, value).attr(colon_name(element)));
      return false;
    }
    case Check::latitude:
      return check_range(w, f, value, -90, 90, "InvalidLatitude", element, parent);
    case Check::longitude:
      return check_range(w, f, value, -180, 180, "InvalidLongitude", element, parent);
    case Check::percent:
      return check_range(w, f, value, 0, 100, "InvalidPercentage", element, parent);
    default:
      return true;
  }
}

// RFC 5023 §8.3.4: media ranges separated by commas; no quality parameter.
bool check_media_range(Walker& w, Frame& f, std::string_view value) {
  if (Walker::blank(value)) return true;
  bool ok = true;
  std::size_t start = 0;
  for (;;) {
    const auto comma = value.find(',', start);
    const std::string_view range =
        value.substr(start, comma == std::string_view::npos ? comma : comma - start);
    if (range.find(";q=") != std::string_view::npos) {
      w.log("UndefinedParam", f, Params().with("param", "q"));
    }
    if (!is_mime_type(strip(range))) {
      w.log("InvalidMIMEType", f, Params().attr("type"));
      ok = false;
    }
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return ok;
}

// Booleans, enumerations, durations, MIME types, codes, lengths.
bool check_enumerations(Walker& w, Frame& f, Check check, std::string_view value,
                        std::string_view element, std::string_view parent) {
  switch (check) {
    case Check::truefalse: {
      const std::string v = lower(value);
      if (v == "true" || v == "false") return true;
      w.log("InvalidTrueFalse", f, subject(element, parent, value));
      return false;
    }
    case Check::truefalse_strict:
      if (value == "true" || value == "false") return true;
      w.log("InvalidTrueFalse", f, subject(element, parent, value));
      return false;
    case Check::yesno:
      if (value == "yes" || value == "no") return true;
      w.log("InvalidYesNo", f, subject(element, parent, value));
      return false;
    case Check::yesnoclean: {
      const std::string v = lower(value);
      if (v == "yes" || v == "no" || v == "clean") return true;
      w.log("InvalidYesNoClean", f, subject(element, parent, value));
      return false;
    }
    case Check::duration:
      if (matches_duration(value)) return true;
      w.log("InvalidDuration", f, subject(element, parent, value));
      return false;
    case Check::comma_integers:
      if (matches_comma_integers(value)) return true;
      w.log("InvalidCommaSeparatedIntegers", f, Params().parent(parent).element(element));
      return false;
    case Check::formname: {
      const char c = value.empty() ? '\0' : value[0];
      if (c != '\0' && (is_alpha(c) || (c >= '[' && c <= '`'))) return true;
      w.log("InvalidFormComponentName", f, subject(element, parent, value));
      return false;
    }
    case Check::update_period:
      return check_enumeration(w, f, value, {"hourly", "daily", "weekly", "monthly", "yearly"},
                               "InvalidUpdatePeriod", element, parent);
    case Check::media_range:
      return check_media_range(w, f, value);
    case Check::mime_type:
      if (is_mime_type(value)) return true;
      w.log("InvalidMIMEType", f, Params().attr("type"));
      return false;
    case Check::country:
      if (is_country(value)) return true;
      w.log("InvalidCountryCode", f, subject(element, parent, value).attr(colon_name(element)));
      return false;
    case Check::currency:
      if (is_currency(value)) return true;
      w.log("InvalidCurrencyUnit", f, subject(element, parent, value).attr(colon_name(element)));
      return false;
    case Check::itunes_type:
      return check_enumeration(w, f, value, {"episodic", "serial"}, "InvalidItunesChannelType",
                               element, parent);
    case Check::itunes_episode_type:
      return check_enumeration(w, f, value, {"full", "trailer", "bonus"},
                               "InvalidItunesEpisodeType", element, parent);
    case Check::length_limited: {
      const std::size_t n = code_points(value);
      if (n > f.arg) {
        const std::string len = std::to_string(n);
        const std::string max = std::to_string(f.arg);
        w.log("TooLong", f,
              Params().parent(parent).element(element).with("len", len).with("max", max));
      }
      check_plain_text(w, f, value, "ContainsHTML", {element, parent});
      return true;
    }
    default:
      return true;
  }
}

}  // namespace

bool check_uri(Walker& w, const Frame& f, std::string_view value, UriRule rule,
               std::string_view error, std::string_view element, std::string_view parent,
               std::string_view attr) {
  const UriVerdict v = judge_uri(value, rule, error);
  if (v.code.empty()) return v.ok;
  Params p = subject(element, parent, value);
  if (!attr.empty()) p.attr(attr);
  std::string c;
  if (v.code == "SchemeNotIANARegistered") p.value(v.scheme);
  if (v.code == "InvalidUriChar") {
    c = std::string(1, v.bad_char);
    p.with("char", c);
  }
  w.log(v.code, f, p);
  return v.ok;
}

void check_language(Walker& w, const Frame& f, std::string_view value, std::string_view element,
                    std::string_view parent) {
  if (!is_language(value)) w.log("InvalidLanguage", f, subject(element, parent, value));
}

bool run_check(Walker& w, Frame& f, Check check, std::string_view value, std::string_view element,
               std::string_view parent) {
  switch (check) {
    case Check::nonhtml:
    case Check::channel_title:
    case Check::safe_html:
    case Check::rfc2396:
    case Check::rfc2396_full:
    case Check::channel_link:
    case Check::channel_docs:
    case Check::rfc3987:
    case Check::rfc3987_full:
    case Check::canonical_uri:
    case Check::http_url:
      return check_markup_and_links(w, f, check, value, element, parent);
    case Check::iso639:
    case Check::email:
    case Check::email_with_name:
    case Check::addr_spec:
    case Check::positive_integer:
    case Check::nonnegative_integer:
    case Check::integer:
    case Check::uint31:
    case Check::float_:
    case Check::decimal:
    case Check::latitude:
    case Check::longitude:
    case Check::percent:
      return check_people_and_numbers(w, f, check, value, element, parent);
    case Check::truefalse:
    case Check::truefalse_strict:
    case Check::yesno:
    case Check::yesnoclean:
    case Check::duration:
    case Check::comma_integers:
    case Check::formname:
    case Check::update_period:
    case Check::media_range:
    case Check::mime_type:
    case Check::country:
    case Check::currency:
    case Check::itunes_type:
    case Check::itunes_episode_type:
    case Check::length_limited:
      return check_enumerations(w, f, check, value, element, parent);
    case Check::none:
    case Check::g_enum:
    case Check::g_float:
    case Check::float_unit:
    case Check::int_unit:
    case Check::g_year:
    case Check::g_label:
    case Check::g_location:
    case Check::g_full_location:
    case Check::count_:
      return true;
    case Check::rfc822:
    case Check::rfc3339:
    case Check::w3cdtf:
    case Check::iso8601:
    case Check::unbounded_iso8601:
    case Check::iso8601_date:
      return check_dates(w, f, check, value, element, parent);
    default:
      return run_special_check(w, f, check, value, element, parent);
  }
}

void run_flag_checks(Walker& w, Frame& f) {
  const std::string_view parent = w.is_root(f) ? "" : std::string_view(w.parent_of(f).name);
  if (((f.flags & kNonBlank) || f.unique != Unique::none) && f.value.empty()) {
    w.log("NotBlank", f, Params().parent(parent));
  }
  if (f.unique != Unique::none && !f.value.empty() && !w.is_root(f) && !w.is_root(w.parent_of(f))) {
    // The scope is the item's (or entry's) parent: ids are unique in a channel or feed.
    Frame& scope = w.parent_of(w.parent_of(f));
    if (!scope.seen)
      scope.seen = std::make_unique<std::array<std::unordered_set<std::string>, 5>>();
    auto& seen = (*scope.seen)[static_cast<std::size_t>(f.unique) % scope.seen->size()];
    if (!seen.emplace(f.value).second) {
      const std::string_view code = f.unique == Unique::entry_id  ? "DuplicateEntries"
                                    : f.unique == Unique::updated ? "DuplicateUpdated"
                                                                  : "DuplicateValue";
      w.log(code, f, Params().parent(parent).value(f.value));
    }
  }
  if ((f.flags & kNonEmail) && contains_email(f.value)) {
    w.log("ContainsEmail", f, Params().parent(parent));
  }
  if ((f.flags & kKeywords) && f.value.find(' ') != std::string::npos &&
      f.value.find(',') == std::string::npos) {
    w.log("InvalidKeywords", f, Params().parent(parent));
  }
  if (f.flags & kNoWs) {
    // The text as written, before normalizeWhitespace(): white space around it.
    std::string_view first;
    std::string_view last;
    for (pugi::xml_node c = f.node.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_pcdata && c.type() != pugi::node_cdata) continue;
      const std::string_view v = c.value();
      if (v.empty()) continue;
      if (first.empty()) first = v;
      last = v;
    }
    if (!first.empty() &&
        (strip(first.substr(0, 1)).empty() || strip(last.substr(last.size() - 1)).empty())) {
      w.log("UnexpectedWhitespace", f, Params().parent(parent));
    }
  }
}

}  // namespace feedpp::detail
