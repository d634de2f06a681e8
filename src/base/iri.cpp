// SPDX-License-Identifier: MIT
// iri_to_uri(): RFC 3987 §3.1's mapping of an IRI to the URI that names the same resource, for
// formats whose URLs must be URIs (RSS 2.0's <link>, <enclosure url>, ...). A registered host
// name's labels become IDNA A-labels by RFC 3492's Punycode; every other character beyond ASCII
// becomes the percent-encoded bytes of its UTF-8.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.hpp"
#include "base/utf8.hpp"
#include "feedpp/url.hpp"

namespace feedpp {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

void percent_encode_non_ascii(std::string& out, std::string_view s) {
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else {
      out += {'%', kHex[c >> 4], kHex[c & 15]};
    }
  }
}

// RFC 3492 §5's parameters for Punycode.
constexpr std::uint32_t kBase = 36, kTMin = 1, kTMax = 26, kSkew = 38, kDamp = 700;
constexpr std::uint32_t kInitialBias = 72, kInitialN = 128;

// RFC 3492 §6.1.
std::uint32_t adapt(std::uint32_t delta, std::uint32_t points, bool first) noexcept {
  delta = first ? delta / kDamp : delta / 2;
  delta += delta / points;
  std::uint32_t k = 0;
  while (delta > ((kBase - kTMin) * kTMax) / 2) {
    delta /= kBase - kTMin;
    k += kBase;
  }
  return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}

char punycode_digit(std::uint32_t d) noexcept {
  return static_cast<char>(d < 26 ? 'a' + d : '0' + (d - 26));
}

// RFC 3492 §6.3's encoder, appending to `out`; false on the overflow §6.4 guards against (a
// label no DNS name could hold).
bool punycode(const std::vector<char32_t>& input, std::string& out) {
  std::uint32_t basic = 0;
  for (const char32_t c : input) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++basic;
    }
  }
  if (basic > 0) out.push_back('-');
  const auto length = static_cast<std::uint32_t>(input.size());
  constexpr std::uint32_t kMax = 0xFFFFFFFF;
  std::uint32_t n = kInitialN, delta = 0, bias = kInitialBias;
  for (std::uint32_t handled = basic; handled < length;) {
    std::uint32_t m = kMax;
    for (const char32_t c : input) {
      if (c >= n && c < m) m = c;
    }
    if (m - n > (kMax - delta) / (handled + 1)) return false;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const char32_t c : input) {
      if (c < n && ++delta == 0) return false;
      if (c != n) continue;
      std::uint32_t q = delta;
      for (std::uint32_t k = kBase;; k += kBase) {
        const std::uint32_t t = k <= bias ? kTMin : k >= bias + kTMax ? kTMax : k - bias;
        if (q < t) break;
        out.push_back(punycode_digit(t + (q - t) % (kBase - t)));
        q = (q - t) / (kBase - t);
      }
      out.push_back(punycode_digit(q));
      bias = adapt(delta, handled + 1, handled == basic);
      delta = 0;
      ++handled;
    }
    ++delta;
    ++n;
  }
  return true;
}

// One label of a host name: as written when ASCII; else "xn--" and its Punycode, ASCII letters
// lower-cased as IDNA does; percent-encoded when it is not UTF-8 or too long to encode.
void host_label(std::string& out, std::string_view label) {
  if (detail::is_ascii(label)) {
    out += label;
    return;
  }
  std::vector<char32_t> points;
  const auto* p = reinterpret_cast<const unsigned char*>(label.data());
  const auto* end = p + label.size();
  while (p < end) {
    std::size_t len = 0;
    const char32_t cp = detail::decode_utf8(p, end, len);
    if (cp == detail::kBadUtf8) {
      percent_encode_non_ascii(out, label);
      return;
    }
    points.push_back(cp < 0x80 ? static_cast<char32_t>(detail::ascii_lower(static_cast<char>(cp)))
                               : cp);
    p += len;
  }
  std::string encoded = "xn--";
  if (punycode(points, encoded)) {
    out += encoded;
  } else {
    percent_encode_non_ascii(out, label);
  }
}

// The host of an authority, label by label. IDNA's other full stops (U+3002, U+FF0E, U+FF61)
// separate labels as "." does.
void host(std::string& out, std::string_view h) {
  static constexpr std::string_view kStops[] = {"\xE3\x80\x82", "\xEF\xBC\x8E", "\xEF\xBD\xA1"};
  std::size_t start = 0;
  for (std::size_t i = 0; i <= h.size();) {
    std::size_t stop = i == h.size() || h[i] == '.' ? 1 : 0;
    for (const std::string_view s : kStops) {
      if (stop == 0 && h.substr(i, s.size()) == s) stop = s.size();
    }
    if (stop == 0) {
      ++i;
      continue;
    }
    host_label(out, h.substr(start, i - start));
    if (i == h.size()) break;
    out.push_back('.');
    i += stop;
    start = i;
  }
}

}  // namespace

std::string iri_to_uri(std::string_view iri) {
  if (detail::is_ascii(iri)) return std::string(iri);
  std::string out;
  out.reserve(iri.size() * 3);
  // RFC 3986 Appendix B: an authority follows "scheme:" or starts a reference with "//".
  std::size_t at = 0;
  const std::size_t colon = iri.find_first_of(":/?#");
  if (colon != std::string_view::npos && iri[colon] == ':' && is_absolute_url(iri)) {
    at = colon + 1;
  }
  if (iri.substr(at, 2) == "//") {
    at += 2;
    const std::size_t end = std::min(iri.find_first_of("/?#", at), iri.size());
    std::string_view authority = iri.substr(at, end - at);
    out += iri.substr(0, at);
    if (const std::size_t user = authority.rfind('@'); user != std::string_view::npos) {
      percent_encode_non_ascii(out, authority.substr(0, user + 1));
      authority.remove_prefix(user + 1);
    }
    // A port is digits after the last colon; an IP literal ("[...]") is ASCII or not a host.
    std::size_t port = authority.rfind(':');
    if (port == std::string_view::npos || authority.find(']', port) != std::string_view::npos ||
        authority.substr(port + 1).find_first_not_of("0123456789") != std::string_view::npos) {
      port = authority.size();
    }
    if (!authority.empty() && authority.front() == '[') {
      percent_encode_non_ascii(out, authority.substr(0, port));
    } else {
      host(out, authority.substr(0, port));
    }
    out += authority.substr(port);
    at = end;
  } else {
    out += iri.substr(0, at);
  }
  percent_encode_non_ascii(out, iri.substr(at));
  return out;
}

}  // namespace feedpp
