// SPDX-License-Identifier: MIT
// The sanitizer's benchmark, on the contract of parse_bench.cpp: FILE ITERATIONS [ENGINE].
// The HTML of the feed's items (description, summary, content: what a reader shows) is taken
// out once with feedpp::parse(); each iteration then runs ENGINE on every string:
//   sanitize  sanitize_html() with the default options (the default engine)
//   text      html_to_text()
//   gumbo     gumbo alone: gumbo_parse_with_options() as a fragment in a <div>, no parse errors
//             kept, then gumbo_destroy_output() (the parser the sanitizer sits on, the floor)
//   prints: engine file bytes iterations seconds MB/s items peakRSS_MB
// where bytes is the HTML's, MB/s is of HTML and items counts the strings.
#include <gumbo.h>
#include <feedpp/feedpp.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "contract.hpp"

namespace {

std::size_t run_gumbo(const std::string& html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  options.fragment_context = GUMBO_TAG_DIV;
  options.fragment_namespace = GUMBO_NAMESPACE_HTML;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  const std::size_t children = output->root->v.element.children.length;
  gumbo_destroy_output(&options, output);
  return children;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string engine = argc > 3 ? argv[3] : "sanitize";
  if (argc < 3 || std::atol(argv[2]) < 1 ||
      (engine != "sanitize" && engine != "text" && engine != "gumbo")) {
    std::fprintf(stderr, "usage: %s FILE ITERATIONS [sanitize|text|gumbo]\n", argv[0]);
    return 2;
  }
  std::optional<std::string> bytes = bench::read_file(argv[1]);
  if (!bytes) return 2;
  std::vector<std::string> html;
  std::size_t total = 0;
  {
    const feedpp::ParseResult result = feedpp::parse(*bytes);
    for (const feedpp::Item& item : result.feed.items) {
      for (const std::string* s : {&item.description.value, &item.content.value}) {
        if (s->empty()) continue;
        html.push_back(*s);
        total += s->size();
      }
    }
  }
  bytes.reset();  // only the HTML stays in memory
  const long iterations = std::atol(argv[2]);
  std::size_t checksum = 0;
  const auto start = std::chrono::steady_clock::now();
  for (long i = 0; i < iterations; ++i) {
    for (const std::string& s : html) {
      if (engine == "gumbo") {
        checksum += run_gumbo(s);
      } else if (engine == "text") {
        checksum += feedpp::html_to_text(s).size();
      } else {
        checksum += feedpp::sanitize_html(s).size();
      }
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "checksum %zu\n", checksum);
  bench::print_result("feedpp-" + engine, argv[1], total, iterations, seconds, html.size());
  return 0;
}
