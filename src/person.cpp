// SPDX-License-Identifier: MIT
// RSS writes people as one string ("jo@example.com (Jo)"); Atom as name, email and uri.
#include <string>

#include "ascii.hpp"
#include "feedpp/model.hpp"

namespace feedpp {
namespace {

bool is_email_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.' || c == '+' || c == '@' || c == '\'' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Removes one layer of brackets around the whole of `s`: "(Jo)" and "<jo@x>" and "[...]".
std::string_view unwrap(std::string_view s) {
  s = detail::trim(s);
  while (s.size() >= 2 &&
         ((s.front() == '(' && s.back() == ')') || (s.front() == '<' && s.back() == '>') ||
          (s.front() == '[' && s.back() == ']') || (s.front() == '"' && s.back() == '"'))) {
    s = detail::trim(s.substr(1, s.size() - 2));
  }
  return s;
}

}  // namespace

Person parse_person(std::string_view text) {
  Person person;
  text = detail::trim(text);
  const std::size_t at = text.find('@');
  if (at == std::string_view::npos || at == 0) {
    person.name = std::string(unwrap(text));
    return person;
  }
  std::size_t begin = at;
  while (begin > 0 && is_email_char(text[begin - 1])) --begin;
  std::size_t end = at + 1;
  while (end < text.size() && is_email_char(text[end])) ++end;
  std::string_view email = text.substr(begin, end - begin);
  while (!email.empty() && email.back() == '.') email.remove_suffix(1);  // "jo@x.com."
  if (email.back() == '@' || email.front() == '@') {  // "jo@" or "@jo": not an address
    person.name = std::string(unwrap(text));
    return person;
  }
  if (begin >= 7 && text.substr(begin - 7, 7) == "mailto:") begin -= 7;
  person.email = std::string(email);
  // The name is what is left around the address, without the brackets that held either.
  std::string rest(text.substr(0, begin));
  rest += text.substr(end);
  std::string_view name = unwrap(rest);
  // "Jo <>" and "() Jo": drop brackets left empty by taking the address out.
  std::string cleaned;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (i + 1 < name.size() &&
        ((name[i] == '(' && name[i + 1] == ')') || (name[i] == '<' && name[i + 1] == '>') ||
         (name[i] == '[' && name[i + 1] == ']'))) {
      ++i;
      continue;
    }
    cleaned.push_back(name[i]);
  }
  person.name = std::string(unwrap(cleaned));
  return person;
}

std::string format_person(const Person& person) {
  if (person.email.empty()) return person.name;
  if (person.name.empty()) return person.email;
  return person.email + " (" + person.name + ")";
}

}  // namespace feedpp
