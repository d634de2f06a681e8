// SPDX-License-Identifier: MIT
#include "html/gumbo_parse.hpp"

#include <algorithm>
#include <csetjmp>
#include <cstdlib>

namespace feedpp::detail {

// A block of the arena: this header, then the memory handed out.
struct GumboFragment::Chunk {
  Chunk* previous;
};

namespace {

constexpr std::size_t kAlign = alignof(std::max_align_t);
constexpr std::size_t kHeader = (sizeof(void*) + kAlign - 1) / kAlign * kAlign;
constexpr std::size_t kChunkSize = std::size_t{64} << 10;

// Under AddressSanitizer every allocation gets a block of its own, so that a read or write
// past one is caught (in a shared chunk it would land in the next).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kOwnBlocks = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kOwnBlocks = true;
#else
constexpr bool kOwnBlocks = false;
#endif
#else
constexpr bool kOwnBlocks = false;
#endif

struct Arena {
  GumboFragment::Chunk* chunks = nullptr;
  char* next = nullptr;
  std::size_t left = 0;
  std::size_t reserved = 0;  // bytes malloc'd so far
  std::size_t budget = 0;
  std::jmp_buf bail;
};

char* new_chunk(Arena& arena, std::size_t size) {
  if (size > arena.budget - std::min(arena.budget, arena.reserved)) std::longjmp(arena.bail, 1);
  void* raw = std::malloc(kHeader + size);
  if (raw == nullptr) std::longjmp(arena.bail, 1);
  arena.reserved += size;
  auto* chunk = static_cast<GumboFragment::Chunk*>(raw);
  chunk->previous = arena.chunks;
  arena.chunks = chunk;
  return static_cast<char*>(raw) + kHeader;
}

// gumbo's allocator. Only gumbo's C frames lie between parse()'s setjmp and the longjmps here,
// so nothing with a destructor is skipped. Everything lives until the fragment goes, so
// deallocation is a no-op; gumbo never reallocates, it allocates anew and frees (vectors and
// string buffers double), which costs at most twice what it keeps.
void* arena_allocate(void* userdata, std::size_t size) {
  Arena& arena = *static_cast<Arena*>(userdata);
  size = std::max<std::size_t>((size + kAlign - 1) / kAlign * kAlign, kAlign);
  if (kOwnBlocks || size > kChunkSize / 4) return new_chunk(arena, size);  // big: its own block
  if (size > arena.left) {
    arena.next = new_chunk(arena, kChunkSize);
    arena.left = kChunkSize;
  }
  char* p = arena.next;
  arena.next += size;
  arena.left -= size;
  return p;
}

void arena_deallocate(void* /*userdata*/, void* /*ptr*/) {}

const GumboNode* parse(Arena& arena, std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &arena_allocate;
  options.deallocator = &arena_deallocate;
  options.userdata = &arena;
  options.max_errors = 0;
  options.fragment_context = GUMBO_TAG_DIV;
  options.fragment_namespace = GUMBO_NAMESPACE_HTML;
  if (setjmp(arena.bail) != 0) return nullptr;
  const GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  return output->root;
}

}  // namespace

GumboFragment::GumboFragment(std::string_view html, std::size_t max_memory) {
  Arena arena;
  arena.budget = max_memory;
  root_ = parse(arena, html);
  chunks_ = arena.chunks;
}

GumboFragment::~GumboFragment() {
  while (chunks_ != nullptr) {
    Chunk* previous = chunks_->previous;
    std::free(chunks_);
    chunks_ = previous;
  }
}

std::string_view gumbo_element_name(const GumboElement& element) noexcept {
  if (element.tag != GUMBO_TAG_UNKNOWN) {
    const std::string_view name = gumbo_normalized_tagname(element.tag);
    if (element.tag_namespace != GUMBO_NAMESPACE_SVG) return name;
    // Known tags spelled otherwise in SVG: foreignObject.
    const GumboStringPiece piece{name.data(), name.size()};
    if (const char* svg = gumbo_normalize_svg_tagname(&piece)) return svg;
    return name;
  }
  // The name runs from after `<` to white space, `/` or `>` (gumbo_tag_from_original_text()
  // would stop at any isspace(), which depends on the locale).
  const std::string_view tag(element.original_tag.data, element.original_tag.length);
  if (tag.size() < 2 || tag[0] != '<') return {};
  const std::size_t end = tag.find_first_of(" \t\n\f\r/>", 1);
  GumboStringPiece piece{tag.data() + 1, (end == std::string_view::npos ? tag.size() : end) - 1};
  if (element.tag_namespace == GUMBO_NAMESPACE_SVG) {
    if (const char* svg = gumbo_normalize_svg_tagname(&piece)) return svg;
  }
  return {piece.data, piece.length};
}

}  // namespace feedpp::detail
