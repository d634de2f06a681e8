// SPDX-License-Identifier: MIT
// Atom 1.0 (RFC 4287) and Atom 0.3 into the model. 0.3 differs in names (tagline, copyright,
// modified, issued, url), in text constructs (MIME types and a mode of xml, escaped or base64),
// and in keeping the XHTML <div> as part of the content.
#include <array>
#include <cstring>

#include "base/base64.hpp"
#include "base/plain_text.hpp"
#include "input/decoders.hpp"
#include "read/feed_readers.hpp"

namespace feedpp::detail {
namespace {

using CE = ChannelElement;
using IE = ItemElement;

class AtomReader {
 public:
  AtomReader(ReadContext& ctx, const pugi::xml_node& root, Feed& feed)
      : ctx_(ctx), root_(root), feed_(feed), root_uri_(ctx.scope.element_name(root).uri) {
    atom03_ = feed.format == Format::atom_0_3;
    if (!atom03_) unread_ = "mode";  // 0.3's: in a later Atom, an attribute like any other
    read_root_namespace_as(ctx, ctx.scope.element_name(root), Vocabulary::atom);
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
      const ElementRow* row = row_of(Level::channel, q);
      slots.before_child(row, feed_.items.size());
      if (row == nullptr) {
        if (const auto part = read_channel_vocabulary(ctx_, child, q, c, 2)) {
          slots.list(*part);
        } else {
          slots.extension(child);
        }
      } else if (row->fill == Fill::structural) {
        entry(child);
      } else {
        slots.take(*row, child, unread_);
        feed_field(static_cast<CE>(row->slot), child, c);
      }
    });
  }

 private:
  // Atom's vocabulary: either version's namespace, or whatever the root is in.
  [[nodiscard]] bool is_atom(const QName& q) const {
    return q.vocabulary == Vocabulary::atom || q.vocabulary == Vocabulary::atom03 ||
           q.uri == root_uri_;
  }

  // The row of `q` in the Atom table of `level`, or null for an element to keep as an extension.
  [[nodiscard]] const ElementRow* row_of(Level level, const QName& q) const {
    const ElementTable& table =
        level == Level::item ? entry_rows_ : element_table(Target::atom, level);
    const ElementRow* row = table.find(is_atom(q), q.vocabulary, q.local);
    // A spelling is kept for Atom's namespace and the vocabularies', not for an element in no
    // namespace read as Atom's: the writers would spell every such name so, in extensions too
    // (found by roundtrip_fuzzer).
    if (row != nullptr && !(q.uri.empty() && !root_uri_.empty())) ctx_.spelled(q, row->name);
    return row;
  }

  // Reads the value of `node`, which fills `slot` of the feed.
  void feed_field(CE slot, const pugi::xml_node& node, Channel& c) {
    switch (slot) {
      case CE::title:
        c.title = text(node);
        break;
      case CE::description:
        c.description = text(node);
        break;
      case CE::copyright:
        c.copyright = text(node);
        break;
      case CE::last_build_date:
        c.last_build_date = date_of(ctx_, node);
        break;
      case CE::id:
        c.id = url_of(ctx_, node);
        break;
      case CE::icon:
        c.icon = url_of(ctx_, node);
        break;
      case CE::logo:
        c.logo = url_of(ctx_, node);
        break;
      case CE::links:
        c.links.push_back(read_link(ctx_, node));
        break;
      case CE::authors:
        c.authors.push_back(read_person(ctx_, node, 2, root_uri_, atom03_));
        break;
      case CE::contributors:
        c.contributors.push_back(read_person(ctx_, node, 2, root_uri_, atom03_));
        break;
      case CE::categories:
        c.categories.push_back(category(node));
        break;
      case CE::generator:
        c.generator = generator(node);
        break;
      case CE::dc_language:
        c.language = text_of(ctx_, node);
        break;
      case CE::dc_subject:
        c.categories.push_back(Category{text_of(ctx_, node)});
        break;
      default:  // the table gives no other slot at this level
        break;
    }
  }

  Text text(const pugi::xml_node& node) {
    Text t;
    lang_and_base(node, t.lang, t.base);
    t.type = node.attribute("type").value();
    t.value = value(node, t.kind(), t.layout);
    // 0.3 is written as 1.0: its MIME types (and mode) are read as the 1.0 name they mean.
    if (atom03_) t.type = std::string(atom_text_type(t.type, t.kind()));
    return t;
  }

  // The value of a text construct or content of kind `kind`, as RFC 4287 §3.1 and Atom 0.3 say;
  // `layout` says where the document laid it out otherwise.
  std::string value(const pugi::xml_node& node, TextKind kind, Layout& layout) {
    const std::string_view mode = node.attribute("mode").value();
    if (atom03_ && mode == "base64") {
      std::string decoded;
      const std::string raw = text_of(ctx_, node);
      if (decode_base64(raw, decoded)) {
        replace_c1_controls(decoded);  // as in the rest of the document: written, they read so
        return decoded;
      }
      ctx_.log.add(ErrorCode::bad_base64, ctx_.offset_of(node),
                   std::string("<") + node.name() + "> is not valid base64: kept as written");
      return raw;
    }
    if (!has_element_children(node)) {
      if (kind != TextKind::xhtml) return text_of(ctx_, node);
      if (!atom03_) layout = Layout::elements;  // no div: text alone
      return markup_of(ctx_, node);             // XHTML is markup: its text escaped as markup
    }
    if (kind == TextKind::xhtml && !atom03_) {
      // RFC 4287 §3.1.1.3: the content is the XHTML inside one <div>, which is not part of it.
      pugi::xml_node div;
      for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        if (div) {  // more than one element: no wrapper
          layout = Layout::elements;
          return markup_of(ctx_, node);
        }
        div = c;
      }
      ctx_.scope.enter(div);
      const QName q = ctx_.scope.element_name(div);
      if (q.local != "div") layout = Layout::elements;
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
        if (only) return inline_html(node, layout);
        only = c;
      }
      ctx_.scope.enter(only);
      const QName q = ctx_.scope.element_name(only);
      const bool in_div = q.local == "div" && q.vocabulary == Vocabulary::xhtml;
      if (in_div) layout = Layout::in_div;
      std::string html = in_div ? html_of(ctx_, only) : inline_html(node, layout);
      ctx_.scope.leave();
      return html;
    }
    if (has_plain_text(node)) layout = Layout::elements;
    return markup_of(ctx_, node);  // inline markup, kept as such
  }

  // HTML written as elements, its text markup already. Laid out so again (Layout::elements) only
  // when that text holds no markup: elements written from the value would make it elements.
  std::string inline_html(const pugi::xml_node& node, Layout& layout) {
    if (has_plain_text(node)) layout = Layout::elements;
    return html_of(ctx_, node);
  }

  Content content(const pugi::xml_node& node) {
    Content c;
    lang_and_base(node, c.lang, c.base);
    c.type = node.attribute("type").value();
    c.src = std::string(trim(node.attribute("src").value()));
    const TextKind kind = c.kind();
    if (kind == TextKind::other && !c.is_xml() && !atom03_) {
      c.value = text_of(ctx_, node);  // RFC 4287 §4.1.3.3: base64, kept as written
    } else {
      c.value = value(node, kind, c.layout);
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

  void entry(const pugi::xml_node& node) {
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
    keep_own_attributes(ctx_, node, it);
    Slots<Item, IE> slots(ctx_, it, 2);
    for_each_child(ctx_, node, true, [&](const pugi::xml_node& child, const QName& q) {
      const ElementRow* row = row_of(Level::item, q);
      if (row == nullptr) {
        if (const auto part = read_item_vocabulary(ctx_, child, q, it, 3)) {
          slots.list(*part);
        } else {
          slots.extension(child);
        }
      } else {
        slots.take(*row, child, unread_);
        entry_field(static_cast<IE>(row->slot), child, it);
      }
    });
  }

  // Reads the value of `node`, which fills `slot` of the entry.
  void entry_field(IE slot, const pugi::xml_node& node, Item& it) {
    switch (slot) {
      case IE::guid:
        it.guid.value = url_of(ctx_, node);
        break;
      case IE::title:
        it.title = text(node);
        break;
      case IE::links:
        it.links.push_back(read_link(ctx_, node));
        break;
      case IE::description:
        it.description = text(node);
        break;
      case IE::content:
        it.content = content(node);
        break;
      case IE::authors:
        it.authors.push_back(read_person(ctx_, node, 3, root_uri_, atom03_));
        break;
      case IE::contributors:
        it.contributors.push_back(read_person(ctx_, node, 3, root_uri_, atom03_));
        break;
      case IE::categories:
        it.categories.push_back(category(node));
        break;
      case IE::pub_date:
        it.pub_date = date_of(ctx_, node);
        break;
      case IE::updated:
        it.updated = date_of(ctx_, node);
        break;
      case IE::rights:
        it.rights = text(node);
        break;
      case IE::source:
        source(node, it.source.emplace());
        break;
      case IE::dc_subject:
        it.categories.push_back(Category{text_of(ctx_, node)});
        break;
      case IE::dc_creator:
        it.authors.push_back(Person{text_of(ctx_, node)});
        break;
      default:  // the table gives no other slot at this level
        break;
    }
  }

  void source(const pugi::xml_node& node, Source& s) {
    using E = SourceElement;
    Slots<Source, E> slots(ctx_, s, 3);
    for_each_child(ctx_, node, true, [&](const pugi::xml_node& child, const QName& q) {
      const ElementRow* row = row_of(Level::source, q);
      if (row == nullptr) {
        slots.extension(child);
        return;
      }
      slots.take(*row, child);
      switch (static_cast<E>(row->slot)) {
        case E::title:
          s.title = text(child);
          break;
        case E::id:
          s.id = url_of(ctx_, child);
          break;
        case E::links:
          s.links.push_back(read_link(ctx_, child));
          break;
        case E::updated:
          s.updated = date_of(ctx_, child);
          break;
        case E::authors:
          s.authors.push_back(read_person(ctx_, child, 4, root_uri_, atom03_));
          break;
        case E::extension:
          break;
      }
    });
  }

  ReadContext& ctx_;
  const pugi::xml_node& root_;
  Feed& feed_;
  std::string_view root_uri_;
  const ElementTable& entry_rows_ = element_table(Target::atom, Level::item);
  bool atom03_ = false;
  std::string_view unread_;  // an attribute the rows read that this version does not
};

}  // namespace

void read_atom(ReadContext& ctx, const pugi::xml_node& root, Feed& feed) {
  AtomReader(ctx, root, feed).read();
}

Person read_person(ReadContext& ctx, const pugi::xml_node& node, std::size_t depth,
                   std::string_view format_uri, bool atom03) {
  using E = PersonElement;
  Person p;
  if (!has_element_children(node)) {  // <author>Jo</author>: a person written as text only
    std::string name = text_of(ctx, node);
    if (!trim(name).empty()) {  // white space alone is an empty person, not a blank name
      p.name = std::move(name);
      p.order.push_back(E::text);
    }
    return p;
  }
  Slots<Person, E> slots(ctx, p, depth);
  for_each_child(ctx, node, true, [&](const pugi::xml_node& child, const QName& q) {
    const bool own = q.vocabulary == Vocabulary::atom || q.vocabulary == Vocabulary::atom03 ||
                     q.vocabulary == Vocabulary::none || (!q.uri.empty() && q.uri == format_uri);
    const ElementRow* row =
        own ? element_table(Target::atom, Level::person).find(true, q.vocabulary, q.local)
            : nullptr;
    if (row == nullptr) {
      slots.extension(child);
      return;
    }
    if (!(q.uri.empty() && !format_uri.empty())) ctx.spelled(q, row->name);  // as row_of()
    if (static_cast<E>(row->slot) == E::url && (atom03 || q.vocabulary == Vocabulary::atom03)) {
      // Atom 0.3's own name for the uri: one written as Atom 1.0 is named as 1.0 names it.
      ElementRow as_uri = *row;
      as_uri.slot = static_cast<std::uint8_t>(E::uri);
      slots.take(as_uri, child);
    } else {
      slots.take(*row, child);
    }
    switch (field_of(static_cast<E>(row->slot))) {
      case E::name:
        p.name = text_of(ctx, child);
        break;
      case E::email:
        p.email = std::string(trim(text_of(ctx, child)));
        break;
      case E::uri:  // also <url>, and Atom 0.3's <homepage>
        p.uri = url_of(ctx, child);
        break;
      case E::extension:
      case E::url:   // the field is uri
      case E::text:  // not a child
        break;
    }
  });
  return p;
}

Link read_link(ReadContext& ctx, const pugi::xml_node& node) {
  Link l;
  AttributeKeeper keeper(ctx, node, l.attributes);
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    if (*a.value() == '\0' && !is_xmlns(name)) {
      keeper.keep(a);  // the model holds "" as absent: kept, it is written back as read
    } else if (std::strcmp(name, "href") == 0) {
      l.href = std::string(trim(a.value()));
      if (spelled_otherwise(name, a.value())) keeper.keep(a);  // written as read: typed_attribute()
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
  if (node.first_child()) {
    std::string text = text_of(ctx, node);
    if (!trim(text).empty()) l.text = std::move(text);  // white space alone: layout, not a value
    if (l.href.empty() && !node.attribute("href")) l.href = std::string(trim(l.text));
  }
  return l;
}

}  // namespace feedpp::detail
