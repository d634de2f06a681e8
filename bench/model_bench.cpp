// SPDX-License-Identifier: MIT
// What the model costs beside the XML floor: FILE ITERATIONS [model|dom].
//   model  the file parsed once (not timed); then, each iteration, the parsed Feed copied and the
//          copy read (every item's title, link and description or summary) and destroyed: the
//          allocations, copies and frees any parser pays to build this model and let it go,
//          whatever reads the XML
//   dom    pugixml's DOM parse of the bytes with its default flags, as the harness's pugixml-dom
//          (the floor of issue 15's parse target), timed in this same program
// A parse can be no faster than its model: where `model` takes a large share of `dom`'s time,
// no reader of the XML alone reaches a target set against `dom`.
//   prints: engine file bytes iterations seconds MB/s items peakRSS_MB
#include <feedpp/feedpp.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <pugixml.hpp>
#include <string>

#include "contract.hpp"

int main(int argc, char** argv) {
  const std::string mode = argc == 4 ? argv[3] : "model";
  if (argc < 3 || argc > 4 || std::atol(argv[2]) < 1 || (mode != "model" && mode != "dom")) {
    std::fprintf(stderr, "usage: %s FILE ITERATIONS [model|dom]\n", argv[0]);
    return 2;
  }
  const std::optional<std::string> file = bench::read_file(argv[1]);
  if (!file) return 2;
  const std::string& bytes = *file;
  const long iterations = std::atol(argv[2]);

  feedpp::ParseResult parsed;
  if (mode == "model") {
    parsed = feedpp::parse(bytes);
    if (!parsed.ok()) {
      std::fprintf(stderr, "parse failed: %s\n", parsed.diagnostics.front().message.c_str());
      return 1;
    }
  }
  std::size_t checksum = 0;
  const auto start = std::chrono::steady_clock::now();
  for (long i = 0; i < iterations; ++i) {
    if (mode == "model") {
      checksum += bench::copy_and_read(parsed.feed);
    } else {
      pugi::xml_document doc;
      if (!doc.load_buffer(bytes.data(), bytes.size())) {
        std::fprintf(stderr, "pugixml could not parse %s\n", argv[1]);
        return 1;
      }
      checksum += static_cast<std::size_t>(doc.document_element().type());
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "checksum %zu\n", checksum);
  bench::print_result(mode == "model" ? "feedpp-model" : "pugixml-dom-here", argv[1], bytes.size(),
                      iterations, seconds, parsed.feed.items.size());
  return 0;
}
