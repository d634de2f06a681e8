// SPDX-License-Identifier: MIT
#include "json_check.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <regex>
#include <utility>
#include <vector>

namespace feedpp::test {
namespace {

namespace dom = simdjson::dom;

std::string scalar_text(dom::element e) { return simdjson::minify(e); }

// Compares one pair, pushing the children of containers onto `stack` (no recursion).
std::string compare(dom::element a, dom::element b, const std::string& path,
                    std::vector<std::tuple<dom::element, dom::element, std::string>>& stack) {
  if (a.type() != b.type()) {
    // 1 and 1.0 are one number whatever the parser made of them.
    if (a.is_number() && b.is_number() && a.get_double().value() == b.get_double().value()) {
      return {};
    }
    return path + ": " + scalar_text(a) + " vs " + scalar_text(b);
  }
  if (a.type() == dom::element_type::ARRAY) {
    const dom::array x = a.get_array().value();
    const dom::array y = b.get_array().value();
    if (x.size() != y.size())
      return path + ": arrays of " + std::to_string(x.size()) + " and " + std::to_string(y.size()) +
             " elements";
    std::size_t i = 0;
    auto it = y.begin();
    for (dom::element e : x) stack.emplace_back(e, *it++, path + "[" + std::to_string(i++) + "]");
    return {};
  }
  if (a.type() == dom::element_type::OBJECT) {
    std::map<std::string_view, dom::element> x;
    std::map<std::string_view, dom::element> y;
    const dom::object oa = a.get_object().value();
    const dom::object ob = b.get_object().value();
    for (dom::key_value_pair kv : oa) x[kv.key] = kv.value;
    for (dom::key_value_pair kv : ob) y[kv.key] = kv.value;
    for (const auto& [key, value] : x) {
      const auto other = y.find(key);
      if (other == y.end()) return path + "." + std::string(key) + ": missing in the second";
      stack.emplace_back(value, other->second, path + "." + std::string(key));
    }
    for (const auto& [key, value] : y) {
      if (x.find(key) == x.end()) return path + "." + std::string(key) + ": missing in the first";
    }
    return {};
  }
  if (a.is_number()) {
    return a.get_double().value() == b.get_double().value()
               ? std::string()
               : path + ": " + scalar_text(a) + " vs " + scalar_text(b);
  }
  return scalar_text(a) == scalar_text(b) ? std::string()
                                          : path + ": " + scalar_text(a) + " vs " + scalar_text(b);
}

// RFC 8259 §6: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
const std::regex kNumber(R"(-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?)");

// `json` with each number outside strings that RFC 8259's grammar allows written as 0, and
// any other run of number characters left as it is (for the parser to reject).
std::string numbers_as_zero(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      out.push_back(c);
      if (c == '\\' && i + 1 < json.size()) {
        out.push_back(json[++i]);
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
      out.push_back(c);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      std::size_t end = i;
      while (end < json.size() && std::strchr("+-.eE0123456789", json[end]) != nullptr) ++end;
      const std::string token(json.substr(i, end - i));
      out += std::regex_match(token, kNumber) ? std::string("0") : token;
      i = end - 1;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

std::string json_problem(std::string_view json) {
  dom::parser parser;
  dom::element root;
  simdjson::error_code error = parser.parse(simdjson::padded_string(json)).get(root);
  // RFC 8259 puts no bound on numbers, simdjson does (binary64): a number it
  // cannot hold (1e999, as a feed may have written it) is checked against the grammar alone.
  if (error == simdjson::NUMBER_ERROR) {
    error = parser.parse(simdjson::padded_string(numbers_as_zero(json))).get(root);
  }
  return error == simdjson::SUCCESS ? std::string() : simdjson::error_message(error);
}

std::string json_difference(std::string_view a, std::string_view b) {
  dom::parser pa;
  dom::parser pb;
  dom::element x;
  dom::element y;
  if (pa.parse(simdjson::padded_string(a)).get(x) != simdjson::SUCCESS) return "the first is bad";
  if (pb.parse(simdjson::padded_string(b)).get(y) != simdjson::SUCCESS) {
    return "the second is bad";
  }
  std::vector<std::tuple<dom::element, dom::element, std::string>> stack;
  stack.emplace_back(x, y, "$");
  while (!stack.empty()) {
    auto [p, q, path] = stack.back();
    stack.pop_back();
    std::string difference = compare(p, q, path, stack);
    if (!difference.empty()) return difference;
  }
  return {};
}

}  // namespace feedpp::test
