// SPDX-License-Identifier: MIT
// Media RSS (Yahoo's media: namespace), checked as the W3C validator checks it: media:content's
// attributes, players and thumbnails, ratings by scheme, restrictions, hashes, credits, text.
#include <cstring>
#include <string>

#include "base/ascii.hpp"
#include "check/html_check.hpp"
#include "check/kinds.hpp"
#include "check/namespaces.hpp"
#include "check/values.hpp"

namespace feedpp::detail {

// rules_media.cpp: the EBU's credit roles.
bool is_ebu_role(std::string_view role);

namespace {

// Normal Play Time: now, seconds, or h:mm:ss (RFC 2326 §3.6).
bool is_npt(std::string_view v) {
  if (v.substr(0, 3) == "now") return true;
  std::size_t i = 0;
  while (i < v.size() && is_digit(v[i])) ++i;
  return i > 0;  // the validator's pattern is anchored only at the start
}

void validate_media_content(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  for (const char* name : {"bitrate", "duration", "framerate", "samplingrate"}) {
    const char* v = Walker::attr(f, name);
    if (v != nullptr && *v != '\0' && !starts_with_number(v)) {
      w.log("InvalidFloat", f, Params().parent(parent).attr(name).value(v));
    }
  }
  const char* channels = Walker::attr(f, "channels");
  if (channels != nullptr && *channels != '\0') {
    run_check(w, f, Check::nonnegative_integer, channels, "channels", parent);
  }
  const char* expression = Walker::attr(f, "expression");
  if (expression != nullptr && *expression != '\0' && std::strcmp(expression, "sample") != 0 &&
      std::strcmp(expression, "full") != 0 && std::strcmp(expression, "nonstop") != 0) {
    w.log("InvalidMediaExpression", f, Params().parent(parent).value(expression));
  }
  for (const char* name : {"fileSize", "height", "width"}) {
    const char* v = Walker::attr(f, name);
    if (v != nullptr && *v != '\0') run_check(w, f, Check::positive_integer, v, name, parent);
  }
  const char* is_default = Walker::attr(f, "isDefault");
  if (is_default != nullptr && *is_default != '\0') {
    run_check(w, f, Check::truefalse, is_default, "isDefault", parent);
  }
  const char* lang = Walker::attr(f, "lang");
  if (lang != nullptr && *lang != '\0') check_language(w, f, lang, "lang", f.name);
  const char* medium = Walker::attr(f, "medium");
  if (medium != nullptr && *medium != '\0') {
    bool ok = false;
    for (const char* m : {"image", "audio", "video", "document", "executable"}) {
      ok = ok || std::strcmp(medium, m) == 0;
    }
    if (!ok) w.log("InvalidMediaMedium", f, Params().parent(parent).value(medium));
  }
  const char* type = Walker::attr(f, "type");
  if (type != nullptr && *type != '\0' && !is_mime_type(type)) {
    w.log("InvalidMIMEAttribute", f, Params().parent(parent).attr("type"));
  }
  const char* url = Walker::attr(f, "url");
  if (url != nullptr && *url != '\0') {
    check_uri(w, f, url, UriRule::rfc2396_full, "InvalidFullLink", "url", parent);
  }
}

void validate_media_player(Walker& w, Frame& f, bool thumbnail) {
  const std::string_view parent = w.parent_name(f);
  if (thumbnail) {
    const char* time = Walker::attr(f, "time");
    if (time != nullptr && *time != '\0' && !is_npt(time)) {
      w.log("InvalidNPTTime", f, Params().parent(parent).attr("time").value(time));
    }
  }
  const char* url = Walker::attr(f, "url");
  if (url != nullptr && *url != '\0') {
    check_uri(w, f, url, UriRule::rfc2396_full, "InvalidFullLink", "url", parent);
  } else {
    w.log("MissingAttribute", f, Params().parent(parent).attr("url"));
  }
  for (const char* name : {"height", "width"}) {
    const char* v = Walker::attr(f, name);
    if (v != nullptr && *v != '\0') run_check(w, f, Check::positive_integer, v, name, parent);
  }
}

void prevalidate_media_text(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  const char* type = Walker::attr(f, "type");
  f.type = type != nullptr ? type : "";
  if (!f.type.empty() && f.type != "plain" && f.type != "html") {
    w.log("InvalidMediaTextType", f, Params().parent(parent).attr("type").value(f.type));
  }
  if (f.kind != Kind::media_text) return;
  for (const char* name : {"start", "end"}) {
    const char* v = Walker::attr(f, name);
    if (v != nullptr && *v != '\0' && !is_npt(v)) {
      w.log("InvalidNPTTime", f, Params().parent(parent).attr(name).value(v));
    }
  }
  const char* lang = Walker::attr(f, "lang");
  if (lang != nullptr && *lang != '\0') check_language(w, f, lang, "lang", parent);
}

void validate_media_rating(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  const char* s = Walker::attr(f, "scheme");
  const std::string_view scheme = s != nullptr && *s != '\0' ? s : "urn:simple";
  const std::string_view v = f.value;
  auto one_of = [v](std::initializer_list<std::string_view> list) {
    for (std::string_view x : list) {
      if (x == v) return true;
    }
    return false;
  };
  bool ok = true;
  if (scheme == "urn:simple") {
    ok = one_of({"adult", "nonadult"});
  } else if (scheme == "urn:mpaa") {
    ok = one_of({"g", "m", "nc-17", "pg", "pg-13", "r", "x"});
  } else if (scheme == "urn:v-chip") {
    ok = one_of({"14+", "18+", "c", "c8", "g", "pg", "tv-14", "tv-g", "tv-ma", "tv-pg", "tv-y",
                 "tv-y7", "tv-y7-fv"});
  } else if (scheme == "urn:icra") {
    ok = v.substr(0, 3) == "r (" && !v.empty() && v.back() == ')';
  } else {
    check_uri(w, f, scheme, UriRule::rfc2396_full, "InvalidFullLink", "scheme", parent);
    return;
  }
  if (!ok) {
    w.log("InvalidMediaRating", f, Params().parent(parent).value(v).with("scheme", scheme));
  }
}

void validate_media_restriction(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  const char* rel = Walker::attr(f, "relationship");
  if (rel == nullptr || *rel == '\0') {
    w.log("MissingAttribute", f, Params().parent(parent).attr("relationship"));
  } else if (std::strcmp(rel, "allow") != 0 && std::strcmp(rel, "deny") != 0) {
    w.log("InvalidMediaRestrictionRel", f, Params().parent(parent).attr("relationship").value(rel));
  }
  const char* type = Walker::attr(f, "type");
  if (type == nullptr || *type == '\0') {
    if (!f.value.empty() && f.value != "all" && f.value != "none") {
      w.log("InvalidMediaRestriction", f, Params().parent(parent).value(f.value));
    }
  } else if (std::strcmp(type, "country") == 0) {
    std::string upper;
    for (char c : f.value) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    std::size_t start = 0;
    for (;;) {
      const auto space = upper.find(' ', start);
      const std::string code =
          upper.substr(start, space == std::string::npos ? space : space - start);
      run_check(w, f, Check::country, code, "country", parent);
      if (space == std::string::npos) break;
      start = space + 1;
    }
  } else if (std::strcmp(type, "uri") == 0) {
    check_uri(w, f, f.value, UriRule::rfc2396_full, "InvalidFullLink", f.name, parent);
  } else {
    w.log("InvalidMediaRestrictionType", f, Params().parent(parent).attr("type").value(type));
  }
}

void validate_media_hash(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  const char* a = Walker::attr(f, "algo");
  const std::string_view algo = a != nullptr ? a : "";
  bool alnum = !f.value.empty();
  for (char c : f.value) alnum = alnum && (is_alpha(c) || is_digit(c));
  if (!alnum) {
    w.log("InvalidMediaHash", f, Params().parent(parent).value(f.value));
  } else if (f.value.size() != (algo == "sha-1" ? 40u : 32u)) {
    w.log("InvalidMediaHash", f, Params().parent(parent).value(f.value).with("algo", algo));
  }
}

}  // namespace

void prevalidate_media(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  switch (f.kind) {
    case Kind::media_category:
      if (const char* label = Walker::attr(f, "label"); label != nullptr && *label != '\0') {
        check_plain_text(w, f, label, "ContainsHTML", {"label", parent});
      }
      if (const char* scheme = Walker::attr(f, "scheme"); scheme != nullptr && *scheme != '\0') {
        check_uri(w, f, scheme, UriRule::rfc2396_full, "InvalidFullLink", "scheme", parent);
      }
      break;
    case Kind::media_copyright:
      if (const char* url = Walker::attr(f, "url"); url != nullptr && *url != '\0') {
        check_uri(w, f, url, UriRule::rfc2396_full, "InvalidFullLink", "url", parent);
      }
      break;
    case Kind::media_credit: {
      const char* s = Walker::attr(f, "scheme");
      const std::string_view scheme = s != nullptr && *s != '\0' ? s : "urn:ebu";
      const char* role = Walker::attr(f, "role");
      if (role != nullptr && *role != '\0') {
        const std::string_view r = role;
        bool lower = true;
        for (char c : r) lower = lower && !(c >= 'A' && c <= 'Z');
        if ((scheme == "urn:ebu" && !is_ebu_role(r)) || !lower) {
          w.log("InvalidCreditRole", f, Params().parent(parent).attr("role").value(r));
        }
      }
      if (scheme != "urn:ebu") {
        check_uri(w, f, scheme, UriRule::rfc2396_full, "InvalidFullLink", "scheme", parent);
      }
      break;
    }
    case Kind::media_hash: {
      const char* algo = Walker::attr(f, "algo");
      if (algo != nullptr && *algo != '\0' && std::strcmp(algo, "md5") != 0 &&
          std::strcmp(algo, "sha-1") != 0) {
        w.log("InvalidMediaHash", f, Params().parent(parent).attr("algo").value(algo));
      }
      break;
    }
    case Kind::media_text:
    case Kind::media_title:
      prevalidate_media_text(w, f);
      break;
    default:
      break;
  }
}

void validate_media_kind(Walker& w, Frame& f) {
  const std::string_view parent = w.parent_name(f);
  switch (f.kind) {
    case Kind::media_content:
      validate_media_content(w, f);
      break;
    case Kind::media_group:
      if (f.children.count("media_content") < 2) w.log("MediaGroupWithoutAlternatives", f, {});
      break;
    case Kind::media_player:
    case Kind::media_thumbnail:
      validate_media_player(w, f, f.kind == Kind::media_thumbnail);
      break;
    case Kind::media_text:
    case Kind::media_title:
      if (f.type == "html") {
        check_html(w, f, f.value, {f.name, parent});
      } else {
        check_plain_text(w, f, f.value, "ContainsUndeclaredHTML", {f.name, parent});
      }
      break;
    case Kind::media_category:
    case Kind::media_copyright:
      check_plain_text(w, f, f.value, "ContainsHTML", {f.name, parent});
      break;
    case Kind::media_rating:
      validate_media_rating(w, f);
      break;
    case Kind::media_restriction:
      validate_media_restriction(w, f);
      break;
    case Kind::media_hash:
      validate_media_hash(w, f);
      break;
    default:
      break;
  }
}

}  // namespace feedpp::detail
