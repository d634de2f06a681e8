// SPDX-License-Identifier: MIT
// Atom 1.0 (RFC 4287) and Atom 0.3 into the model. 0.3 differs in names (tagline, copyright,
// modified, issued, url), in text constructs (MIME types and a mode of xml, escaped or base64),
// and in keeping the XHTML <div> as part of the content.
#include <array>
#include <cstring>

#include "read/feed_readers.hpp"

namespace feedpp::detail {
namespace {

using CE = ChannelElement;
using IE = ItemElement;

// Decodes base64 (RFC 4648, whitespace ignored). Returns false when the text is not base64.
bool decode_base64(std::string_view in, std::string& out) {
  std::array<int, 256> value{};
  value.fill(-1);
  const std::string_view alphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (std::size_t i = 0; i < alphabet.size(); ++i) {
    value[static_cast<unsigned char>(alphabet[i])] = static_cast<int>(i);
  }
  out.clear();
  std::uint32_t buffer = 0;
  int bits = 0;
  bool padding = false;
  for (const char c : in) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (c == '=') {
      padding = true;
      continue;
    }
    const int v = value[static_cast<unsigned char>(c)];
    if (v < 0 || padding) return false;
    buffer = (buffer << 6) | static_cast<std::uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  return true;
}

bool is_xml_media_type(std::string_view type) {
  return type == "text/xml" || type == "application/xml" ||
         (type.size() > 4 && type.substr(type.size() - 4) == "+xml") ||
         (type.size() > 4 && type.substr(type.size() - 4) == "/xml");
}

class AtomReader {
 public:
  AtomReader(ReadContext& ctx, const pugi::xml_node& root, Feed& feed)
      : ctx_(ctx), root_(root), feed_(feed), root_uri_(ctx.scope.element_name(root).uri) {
    atom03_ = feed.format == Format::atom_0_3;
  }

  void read() {
    Channel& c = feed_.channel;
    lang_and_base(root_, c.lang, c.base);
    AttributeKeeper keeper(ctx_, root_, feed_.attributes);
    for (pugi::xml_attribute a = root_.first_attribute(); a; a = a.next_attribute()) {
      const char* name = a.name();
      if (is_xmlns(name) || std::strcmp(name, "xml:lang") == 0 ||
          std::strcmp(name, "xml:base") == 0 || is_version(ctx_, a)) {
        continue;  // the channel's lang and base; 0.3's version (writers write 1.0)
      }
      keeper.keep(a);
    }
    feed_.items.reserve(std::min(count_elements(root_), ctx_.limits.max_items));
    Slots<Channel, CE> slots(ctx_, c, 1);
    for_each_child(ctx_, root_, true, [&](const pugi::xml_node& child, const QName& q) {
      const std::string_view n = q.local;
      if (is_atom(q)) {
        if (iequals(n, "entry") || iequals(n, "item")) {  // "item": early Atom drafts
          entry(child);
        } else if (iequals(n, "title")) {
          slots.single(CE::title, CE::title, child);
          c.title = text(child);
        } else if (iequals(n, "subtitle") || iequals(n, "tagline")) {
          slots.single(CE::description, CE::description, child);
          c.description = text(child);
        } else if (iequals(n, "rights") || iequals(n, "copyright")) {
          slots.single(CE::copyright, CE::copyright, child);
          c.copyright = text(child);
        } else if (iequals(n, "updated") || iequals(n, "modified")) {
          slots.single(CE::last_build_date, CE::last_build_date, child);
          c.last_build_date = date_of(ctx_, child);
        } else if (iequals(n, "id")) {
          slots.single(CE::id, CE::id, child);
          c.id = url_of(ctx_, child);
        } else if (iequals(n, "icon")) {
          slots.single(CE::icon, CE::icon, child);
          c.icon = url_of(ctx_, child);
        } else if (iequals(n, "logo")) {
          slots.single(CE::logo, CE::logo, child);
          c.logo = url_of(ctx_, child);
        } else if (iequals(n, "link")) {
          slots.list(CE::links);
          c.links.push_back(read_link(ctx_, child));
        } else if (iequals(n, "author")) {
          slots.list(CE::authors);
          c.authors.push_back(read_person(ctx_, child, 2, root_uri_));
        } else if (iequals(n, "contributor")) {
          slots.list(CE::contributors);
          c.contributors.push_back(read_person(ctx_, child, 2, root_uri_));
        } else if (iequals(n, "category")) {
          slots.list(CE::categories);
          c.categories.push_back(category(child));
        } else if (iequals(n, "generator")) {
          slots.single(CE::generator, CE::generator, child);
          c.generator = generator(child);
        } else {
          slots.extension(child);
        }
        return;
      }
      switch (q.vocabulary) {
        case Vocabulary::dc:
          if (iequals(n, "language")) {
            slots.single(CE::language, CE::dc_language, child);
            c.language = text_of(ctx_, child);
          } else if (iequals(n, "subject")) {
            slots.list(CE::dc_subject);
            c.categories.push_back(Category{text_of(ctx_, child)});
          } else {
            slots.extension(child);
          }
          break;
        default:
          slots.extension(child);
      }
    });
  }

 private:
  // Atom's vocabulary: either version's namespace, or whatever the root is in.
  [[nodiscard]] bool is_atom(const QName& q) const {
    return q.vocabulary == Vocabulary::atom || q.vocabulary == Vocabulary::atom03 ||
           q.uri == root_uri_;
  }

  Text text(const pugi::xml_node& node) {
    Text t;
    lang_and_base(node, t.lang, t.base);
    t.type = node.attribute("type").value();
    t.value = value(node, t.kind());
    return t;
  }

  // The value of a text construct or content of kind `kind`, as RFC 4287 §3.1 and Atom 0.3 say.
  std::string value(const pugi::xml_node& node, TextKind kind) {
    const std::string_view mode = node.attribute("mode").value();
    if (atom03_ && mode == "base64") {
      std::string decoded;
      const std::string raw = text_of(ctx_, node);
      if (decode_base64(raw, decoded)) return decoded;
      ctx_.log.add(ErrorCode::bad_base64, ctx_.offset_of(node),
                   std::string("<") + node.name() + "> is not valid base64: kept as written");
      return raw;
    }
    if (!has_element_children(node)) {
      if (kind != TextKind::xhtml) return text_of(ctx_, node);
      return markup_of(ctx_, node);  // XHTML is markup: its text escaped as markup
    }
    if (kind == TextKind::xhtml && !atom03_) {
      // RFC 4287 §3.1.1.3: the content is the XHTML inside one <div>, which is not part of it.
      pugi::xml_node div;
      for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        if (div) return markup_of(ctx_, node);  // more than one element: no wrapper
        div = c;
      }
      ctx_.scope.enter(div);
      const QName q = ctx_.scope.element_name(div);
      std::string inner = q.local == "div" ? markup_of(ctx_, div) : markup_of(ctx_, node);
      ctx_.scope.leave();
      return inner;
    }
    if (kind == TextKind::html) {
      // HTML, escaped as text, beside or inside inline elements (an XHTML <div> around it, say):
      // the text is markup already, the elements become theirs.
      pugi::xml_node only;
      for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        if (only) return html_of(ctx_, node);
        only = c;
      }
      ctx_.scope.enter(only);
      const QName q = ctx_.scope.element_name(only);
      std::string html = q.local == "div" && q.vocabulary == Vocabulary::xhtml
                             ? html_of(ctx_, only)
                             : html_of(ctx_, node);
      ctx_.scope.leave();
      return html;
    }
    return markup_of(ctx_, node);  // inline markup, kept as such
  }

  Content content(const pugi::xml_node& node) {
    Content c;
    lang_and_base(node, c.lang, c.base);
    c.type = node.attribute("type").value();
    c.src = std::string(trim(node.attribute("src").value()));
    const TextKind kind = c.kind();
    if (kind == TextKind::other && !is_xml_media_type(c.type) && !atom03_) {
      c.value = text_of(ctx_, node);  // RFC 4287 §4.1.3.3: base64, kept as written
    } else {
      c.value = value(node, kind);
    }
    return c;
  }

  Category category(const pugi::xml_node& node) {
    Category c;
    c.term = node.attribute("term").value();
    if (c.term.empty()) c.term = text_of(ctx_, node);
    c.scheme = node.attribute("scheme").value();
    c.label = node.attribute("label").value();
    return c;
  }

  Generator generator(const pugi::xml_node& node) {
    Generator g;
    g.name = text_of(ctx_, node);
    g.uri = std::string(trim(node.attribute("uri").value()));
    if (g.uri.empty()) g.uri = std::string(trim(node.attribute("url").value()));  // Atom 0.3
    g.version = node.attribute("version").value();
    return g;
  }

  // Reads one entry, then frees its part of the tree: the tree of a big feed shrinks as its
  // model grows, and the model's strings reuse its memory.
  void entry(const pugi::xml_node& node) {
    read_entry(node);
    release(node);
  }

  void read_entry(const pugi::xml_node& node) {
    if (ctx_.items >= ctx_.limits.max_items) {
      if (ctx_.items++ == ctx_.limits.max_items) {
        ctx_.log.add(ErrorCode::item_limit, ctx_.offset_of(node),
                     "more than " + std::to_string(ctx_.limits.max_items) +
                         " entries: the rest are skipped");
      }
      return;
    }
    ++ctx_.items;
    Item& it = feed_.items.emplace_back();
    lang_and_base(node, it.lang, it.base);
    Slots<Item, IE> slots(ctx_, it, 2);
    for_each_child(ctx_, node, true, [&](const pugi::xml_node& child, const QName& q) {
      const std::string_view n = q.local;
      if (is_atom(q)) {
        if (iequals(n, "id")) {
          slots.single(IE::guid, IE::guid, child);
          it.guid.value = url_of(ctx_, child);
        } else if (iequals(n, "title")) {
          slots.single(IE::title, IE::title, child);
          it.title = text(child);
        } else if (iequals(n, "link")) {
          slots.list(IE::links);
          it.links.push_back(read_link(ctx_, child));
        } else if (iequals(n, "summary")) {
          slots.single(IE::description, IE::description, child);
          it.description = text(child);
        } else if (iequals(n, "content")) {
          slots.single(IE::content, IE::content, child);
          it.content = content(child);
        } else if (iequals(n, "author")) {
          slots.list(IE::authors);
          it.authors.push_back(read_person(ctx_, child, 3, root_uri_));
        } else if (iequals(n, "contributor")) {
          slots.list(IE::contributors);
          it.contributors.push_back(read_person(ctx_, child, 3, root_uri_));
        } else if (iequals(n, "category")) {
          slots.list(IE::categories);
          it.categories.push_back(category(child));
        } else if (iequals(n, "published") || iequals(n, "issued")) {
          slots.single(IE::pub_date, IE::pub_date, child);
          it.pub_date = date_of(ctx_, child);
        } else if (iequals(n, "updated") || iequals(n, "modified")) {
          slots.single(IE::updated, IE::updated, child);
          it.updated = date_of(ctx_, child);
        } else if (iequals(n, "rights") || iequals(n, "copyright")) {
          slots.single(IE::rights, IE::rights, child);
          it.rights = text(child);
        } else if (iequals(n, "source")) {
          slots.single(IE::source, IE::source, child);
          source(child, it.source.emplace());
        } else {
          slots.extension(child);
        }
        return;
      }
      switch (q.vocabulary) {
        case Vocabulary::dc:
          if (iequals(n, "subject")) {
            slots.list(IE::dc_subject);
            it.categories.push_back(Category{text_of(ctx_, child)});
          } else if (iequals(n, "creator")) {
            slots.list(IE::dc_creator);
            it.authors.push_back(Person{text_of(ctx_, child)});
          } else {
            slots.extension(child);
          }
          break;
        default:
          slots.extension(child);
      }
    });
  }

  void source(const pugi::xml_node& node, Source& s) {
    using E = SourceElement;
    Slots<Source, E> slots(ctx_, s, 3);
    for_each_child(ctx_, node, true, [&](const pugi::xml_node& child, const QName& q) {
      const std::string_view n = q.local;
      if (!is_atom(q)) {
        slots.extension(child);
      } else if (iequals(n, "title")) {
        slots.single(E::title, E::title, child);
        s.title = text(child);
      } else if (iequals(n, "id")) {
        slots.single(E::id, E::id, child);
        s.id = url_of(ctx_, child);
      } else if (iequals(n, "link")) {
        slots.list(E::links);
        s.links.push_back(read_link(ctx_, child));
      } else if (iequals(n, "updated")) {
        slots.single(E::updated, E::updated, child);
        s.updated = date_of(ctx_, child);
      } else if (iequals(n, "author")) {
        slots.list(E::authors);
        s.authors.push_back(read_person(ctx_, child, 4, root_uri_));
      } else {
        slots.extension(child);
      }
    });
  }

  ReadContext& ctx_;
  const pugi::xml_node& root_;
  Feed& feed_;
  std::string_view root_uri_;
  bool atom03_ = false;
};

}  // namespace

void read_atom(ReadContext& ctx, const pugi::xml_node& root, Feed& feed) {
  AtomReader(ctx, root, feed).read();
}

Person read_person(ReadContext& ctx, const pugi::xml_node& node, std::size_t depth,
                   std::string_view format_uri) {
  using E = PersonElement;
  Person p;
  if (!has_element_children(node)) {  // <author>Jo</author>: a person written as text only
    p.name = text_of(ctx, node);
    return p;
  }
  Slots<Person, E> slots(ctx, p, depth);
  for_each_child(ctx, node, true, [&](const pugi::xml_node& child, const QName& q) {
    const bool atom = q.vocabulary == Vocabulary::atom || q.vocabulary == Vocabulary::atom03 ||
                      q.vocabulary == Vocabulary::none || (!q.uri.empty() && q.uri == format_uri);
    const std::string_view n = q.local;
    if (atom && iequals(n, "name")) {
      slots.single(E::name, E::name, child);
      p.name = text_of(ctx, child);
    } else if (atom && iequals(n, "email")) {
      slots.single(E::email, E::email, child);
      p.email = std::string(trim(text_of(ctx, child)));
    } else if (atom && (iequals(n, "uri") || iequals(n, "url") || iequals(n, "homepage"))) {
      slots.single(E::uri, E::uri, child);  // 0.3: url, homepage
      p.uri = url_of(ctx, child);
    } else {
      slots.extension(child);
    }
  });
  return p;
}

Link read_link(ReadContext& ctx, const pugi::xml_node& node) {
  Link l;
  AttributeKeeper keeper(ctx, node, l.attributes);
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    if (std::strcmp(name, "href") == 0) {
      l.href = std::string(trim(a.value()));
    } else if (std::strcmp(name, "rel") == 0) {
      l.rel = a.value();
    } else if (std::strcmp(name, "type") == 0) {
      l.type = a.value();
    } else if (std::strcmp(name, "hreflang") == 0) {
      l.hreflang = a.value();
    } else if (std::strcmp(name, "title") == 0) {
      l.title = a.value();
    } else if (std::strcmp(name, "length") == 0) {
      l.length = a.value();
    } else if (!is_xmlns(name)) {
      keeper.keep(a);
    }
  }
  if (l.href.empty() && !node.attribute("href")) l.href = url_of(ctx, node);
  return l;
}

}  // namespace feedpp::detail
