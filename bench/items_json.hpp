// SPDX-License-Identifier: MIT
// Reads ../shared/bench's corpus/items.json (the writer benchmark's input) without a JSON
// library: objects, arrays, strings with escapes, and integers are all that file holds. Not a
// general JSON parser; it throws std::runtime_error on anything it does not expect.
#ifndef FEEDPP_BENCH_ITEMS_JSON_HPP
#define FEEDPP_BENCH_ITEMS_JSON_HPP

#include <cstdint>
#include <cstdio>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "contract.hpp"

namespace bench {

struct JsonItem {
  std::string title, link, guid, description;
  std::int64_t epoch = 0;
};

struct JsonFeed {
  std::string title, link, description, feed_url, language;
  std::int64_t built = 0;  // lastBuildEpoch
  std::vector<JsonItem> items;
};

class ItemsJson {
 public:
  explicit ItemsJson(std::string_view text) : s_(text) {}

  JsonFeed read() {
    JsonFeed feed;
    object([&](std::string_view key) {
      if (key == "items") {
        expect('[');
        if (!peek(']')) {
          do {
            JsonItem& item = feed.items.emplace_back();
            object([&](std::string_view k) {
              if (k == "title")
                item.title = string();
              else if (k == "link")
                item.link = string();
              else if (k == "guid")
                item.guid = string();
              else if (k == "description")
                item.description = string();
              else if (k == "epoch")
                item.epoch = integer();
              else
                skip();
            });
          } while (comma());
        }
        expect(']');
      } else if (key == "title") {
        feed.title = string();
      } else if (key == "link") {
        feed.link = string();
      } else if (key == "description") {
        feed.description = string();
      } else if (key == "feed_url") {
        feed.feed_url = string();
      } else if (key == "language") {
        feed.language = string();
      } else if (key == "lastBuildEpoch") {
        feed.built = integer();
      } else {
        skip();
      }
    });
    return feed;
  }

 private:
  [[noreturn]] void fail(const char* what) const {
    throw std::runtime_error(std::string("items.json: ") + what + " at byte " + std::to_string(i_));
  }
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
      ++i_;
  }
  bool peek(char c) {
    space();
    return i_ < s_.size() && s_[i_] == c;
  }
  void expect(char c) {
    if (!peek(c)) fail("unexpected character");
    ++i_;
  }
  bool comma() {
    if (!peek(',')) return false;
    ++i_;
    return true;
  }
  template <class OnKey>
  void object(OnKey on_key) {
    expect('{');
    if (!peek('}')) {
      do {
        const std::string key = string();
        expect(':');
        on_key(key);
      } while (comma());
    }
    expect('}');
  }
  std::int64_t integer() {
    space();
    const bool negative = i_ < s_.size() && s_[i_] == '-';
    if (negative) ++i_;
    std::int64_t v = 0;
    const std::size_t start = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') v = v * 10 + (s_[i_++] - '0');
    if (i_ == start) fail("expected a number");
    return negative ? -v : v;
  }
  static void utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  std::uint32_t hex4() {
    if (i_ + 4 > s_.size()) fail("short \\u escape");
    std::uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[i_++];
      v = v * 16 + static_cast<std::uint32_t>(c >= 'a'   ? c - 'a' + 10
                                              : c >= 'A' ? c - 'A' + 10
                                                         : c - '0');
    }
    return v;
  }
  std::string string() {
    expect('"');
    std::string out;
    while (i_ < s_.size() && s_[i_] != '"') {
      const char c = s_[i_++];
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i_ >= s_.size()) fail("short escape");
      const char e = s_[i_++];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'u': {
          std::uint32_t cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && i_ + 6 <= s_.size() && s_[i_] == '\\' &&
              s_[i_ + 1] == 'u') {
            i_ += 2;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4() - 0xDC00);
          }
          utf8(out, cp);
          break;
        }
        default:
          out += e;  // \" \\ \/
      }
    }
    expect('"');
    return out;
  }
  void skip() {  // a value this reader does not keep: a string or a number
    if (peek('"')) {
      string();
    } else {
      integer();
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

// Reads the items.json file at `path`; says why on stderr and returns nothing when it cannot.
inline std::optional<JsonFeed> load_items(const char* path) {
  const std::optional<std::string> text = read_file(path);
  if (!text) return std::nullopt;
  try {
    return ItemsJson(*text).read();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return std::nullopt;
  }
}

}  // namespace bench

#endif  // FEEDPP_BENCH_ITEMS_JSON_HPP
