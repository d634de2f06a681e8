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
#include <sys/resource.h>
#include <feedpp/feedpp.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

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
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  in.seekg(0, std::ios::end);
  std::string bytes(static_cast<std::size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  std::vector<std::string> html;
  std::size_t total = 0;
  {
    const feedpp::ParseResult result = feedpp::parse(bytes);
    for (const feedpp::Item& item : result.feed.items) {
      for (const std::string* s : {&item.description.value, &item.content.value}) {
        if (s->empty()) continue;
        html.push_back(*s);
        total += s->size();
      }
    }
  }
  bytes = std::string();  // only the HTML stays in memory
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
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::fprintf(stderr, "checksum %zu\n", checksum);
  const std::string path = argv[1];
  std::printf("feedpp-%s %s %zu %ld %.6f %.3f %zu %.1f\n", engine.c_str(),
              path.substr(path.find_last_of('/') + 1).c_str(), total, iterations, seconds,
              static_cast<double>(total) * static_cast<double>(iterations) / seconds / 1e6,
              html.size(), static_cast<double>(usage.ru_maxrss) / 1024.0);
  return 0;
}
