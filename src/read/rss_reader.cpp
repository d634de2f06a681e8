// SPDX-License-Identifier: MIT
// RSS 0.90, 0.91, 0.92, 0.93, 0.94, 1.0 (RDF) and 2.0 into the model. One reader serves them
// all: the versions share their vocabulary, and differ in where items stand (inside <channel>,
// or beside it under <rdf:RDF>) and in the namespace of their elements. Which element fills
// which field is in the RSS element tables (model/fields.cpp); here is how each value is read.
#include <cstring>

#include "base/plain_text.hpp"
#include "read/feed_readers.hpp"

namespace feedpp::detail {
namespace {

using CE = ChannelElement;
using IE = ItemElement;

class RssReader {
 public:
  RssReader(ReadContext& ctx, const pugi::xml_node& root, Feed& feed)
      : ctx_(ctx),
        root_(root),
        feed_(feed),
        root_uri_(ctx.scope.element_name(root).uri),
        channel_rows_(element_table(Target::rss, Level::channel)),
        item_rows_(element_table(Target::rss, Level::item)) {
    ctx.rss_in_no_namespace = feed.format == Format::rss_1_0 || feed.format == Format::rss_0_90;
    const QName name = ctx.scope.element_name(root);
    if (read_root_namespace_as(ctx, name, Vocabulary::rss)) {
      feed.namespaces.push_back({"", std::string(name.uri)});
    }
  }

  void read() {
    AttributeKeeper keeper(ctx_, root_, feed_.attributes);
    for (pugi::xml_attribute a = root_.first_attribute(); a; a = a.next_attribute()) {
      // The version is the writer's to write (":version" too: it is read as "version"), but for
      // another than 2.0's, kept so that a feed written as read keeps it.
      if (is_xmlns(a.name())) continue;
      if (!is_version(ctx_, a) ||
          (std::strcmp(a.name(), "version") == 0 && std::strcmp(a.value(), "2.0") != 0)) {
        keeper.keep(a);
      }
    }
    feed_.items.reserve(std::min(count_elements(root_, "channel"), ctx_.limits.max_items));
    bool have_channel = false;
    for_each_child(ctx_, root_, true, [&](const pugi::xml_node& child, const QName& q) {
      if (!is_rss(q)) {
        keep_beside_channel(child, have_channel);
      } else if (ctx_.names(q, "channel")) {
        if (have_channel) {
          ctx_.log.add(ErrorCode::duplicate_element, ctx_.offset_of(child),
                       "a second <channel>: its items are read, its other elements dropped");
        }
        channel(child, have_channel);
        have_channel = true;
      } else if (ctx_.names(q, "item")) {
        // RDF items stand beside the channel, and broken RSS puts them there too: noted for
        // RSS, whose writer puts them back there (ItemElement::beside_channel).
        const std::size_t read = feed_.items.size();
        item(child);
        if (feed_.items.size() > read && feed_.format != Format::rss_1_0 &&
            feed_.format != Format::rss_0_90) {
          feed_.items.back().order.push_back(IE::beside_channel);
        }
      } else if (ctx_.names(q, "image") && has_element_children(child)) {
        // RDF: the channel's <image rdf:resource> points here.
        read_image(child, feed_.channel.image.emplace());
      } else if (ctx_.names(q, "textInput") && has_element_children(child)) {
        read_text_input(child, feed_.channel.text_input.emplace());
      } else {
        keep_beside_channel(child, have_channel);
      }
    });
    feed_.channel.has_element = have_channel;
    // No channel to stand before (`extensions` is then empty): beside the items, where the
    // writer puts them without one.
    if (!have_channel) feed_.extensions.swap(feed_.extensions_before_channel);
  }

 private:
  // An element beside the channel the model does not name, kept where it stood.
  void keep_beside_channel(const pugi::xml_node& child, bool after_channel) {
    (after_channel ? feed_.extensions : feed_.extensions_before_channel)
        .push_back(extension_of(ctx_, child, 2));
  }

  // The RSS vocabulary: no namespace, an RSS namespace, or whatever the root is in.
  [[nodiscard]] bool is_rss(const QName& q) const {
    return q.vocabulary == Vocabulary::none || q.vocabulary == Vocabulary::rss ||
           q.uri == root_uri_;
  }

  // The row of `q` in `table`, or null for an element to keep as an extension. An <image> or
  // <textInput> without children is not RSS's (some feeds reuse the names).
  const ElementRow* row_of(const ElementTable& table, const QName& q,
                           const pugi::xml_node& node) const {
    const ElementRow* row = table.find(is_rss(q), q.vocabulary, q.local);
    if (row != nullptr) ctx_.spelled(q, row->name);
    if (row != nullptr && &table == &channel_rows_ && row->fill != Fill::structural) {
      const auto slot = static_cast<CE>(row->slot);
      if ((slot == CE::image || slot == CE::text_input) && !has_element_children(node)) {
        return nullptr;
      }
    }
    return row;
  }

  // RSS text: plain for titles, HTML for descriptions; markup written inside the element
  // (not escaped, as some feeds do) is kept as markup.
  Text text(const pugi::xml_node& node, const char* type) {
    if (has_element_children(node)) {
      Text t(markup_of(ctx_, node), "html");
      if (has_plain_text(node)) t.layout = Layout::elements;  // else it would not read back so
      return t;
    }
    return Text(text_of(ctx_, node), type);
  }

  Category category(const pugi::xml_node& node) {
    Category c;
    c.term = text_of(ctx_, node);
    c.scheme = node.attribute("domain").value();
    return c;
  }

  void channel(const pugi::xml_node& node, bool seen_before) {
    Channel& c = feed_.channel;
    if (seen_before) {
      for_each_child(ctx_, node, true, [&](const pugi::xml_node& child, const QName& q) {
        if (is_rss(q) && ctx_.names(q, "item")) item(child);
      });
      return;
    }
    lang_and_base(node, c.lang, c.base);
    keep_own_attributes(ctx_, node, c);
    if (const std::string_view about = rdf_about(ctx_, node); !about.empty()) c.id = about;
    Slots<Channel, CE> slots(ctx_, c, 2);
    for_each_child(ctx_, node, true, [&](const pugi::xml_node& child, const QName& q) {
      if (feed_.format == Format::rss_1_0 && is_rss(q) && is_rdf_reference(child, q)) return;
      const ElementRow* row = row_of(channel_rows_, q, child);
      slots.before_child(row, feed_.items.size());
      if (row == nullptr) {
        if (const auto part = read_channel_vocabulary(ctx_, child, q, c, 3)) {
          slots.list(*part);
        } else {
          slots.extension(child);
        }
      } else if (row->fill == Fill::structural) {
        item(child);
      } else {
        slots.take(*row, child);
        channel_field(static_cast<CE>(row->slot), child, c);
      }
    });
  }

  // RSS 1.0's channel names its image, text input and items a second time, by reference: <image
  // rdf:resource>, <textinput rdf:resource>, and <items> with an rdf:Seq of rdf:li rdf:resource,
  // each the rdf:about of an element beside the channel (RSS 1.0 §5.3.4-5.3.6). The model holds
  // those elements; their references say nothing more, and there is no RSS 1.0 writer: written
  // in RSS 2.0 or Atom, they would be elements those formats do not have (2,000 rdf:li in an
  // Atom feed, for a feed of 2,000 items). So a reference of exactly that shape is not kept;
  // one with anything more (text, other attributes, other elements) is kept as an extension.
  bool is_rdf_reference(const pugi::xml_node& node, const QName& q) {
    if (iequals(q.local, "image") || iequals(q.local, "textinput")) {
      return is_empty_reference(node);
    }
    if (q.local != "items" || !declares_only(node) || has_loose_text(node)) return false;
    std::size_t lists = 0;
    bool shaped = true;
    for_each_child(ctx_, node, false, [&](const pugi::xml_node& list, const QName& l) {
      ++lists;
      shaped = shaped && l.vocabulary == Vocabulary::rdf &&
               (l.local == "Seq" || l.local == "Bag") && declares_only(list) &&
               !has_loose_text(list);
      if (!shaped) return;
      for_each_child(ctx_, list, false, [&](const pugi::xml_node& li, const QName& n) {
        shaped =
            shaped && n.vocabulary == Vocabulary::rdf && n.local == "li" && is_empty_reference(li);
      });
    });
    return shaped && lists <= 1;  // an empty <items/> names nothing either
  }

  // Whether `node` holds nothing but white space, and its one attribute but namespace
  // declarations is rdf:resource (or a bare "resource", as Meerkat wrote it).
  bool is_empty_reference(const pugi::xml_node& node) {
    if (has_element_children(node) || has_loose_text(node)) return false;
    std::size_t resources = 0;
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
      if (is_xmlns(a.name())) continue;
      const QName n = ctx_.scope.attribute_name(a);
      if (n.local != "resource" || (n.vocabulary != Vocabulary::rdf && !n.uri.empty())) {
        return false;
      }
      ++resources;
    }
    return resources == 1;
  }

  // Reads the value of `node`, which fills `slot` of the channel.
  void channel_field(CE slot, const pugi::xml_node& node, Channel& c) {
    if (!rss_channel_field(slot, node, c)) module_channel_field(slot, node, c);
  }

  // RSS's own elements of the channel; false for the others.
  bool rss_channel_field(CE slot, const pugi::xml_node& node, Channel& c) {
    switch (slot) {
      case CE::title:
      case CE::dc_title:
        c.title = text(node, "");
        break;
      case CE::link:
        c.link = url_of(ctx_, node);
        break;
      case CE::description:
      case CE::dc_description:
        c.description = text(node, "html");
        break;
      case CE::language:
      case CE::dc_language:
        c.language = text_of(ctx_, node);
        break;
      case CE::copyright:
      case CE::dc_rights:
        c.copyright = text(node, "");
        break;
      case CE::managing_editor:
        c.managing_editor = text_of(ctx_, node);
        break;
      case CE::web_master:
        c.web_master = text_of(ctx_, node);
        break;
      case CE::pub_date:
      case CE::dcterms_issued:
        c.pub_date = date_of(ctx_, node);
        break;
      case CE::last_build_date:
      case CE::dc_date:
      case CE::dcterms_modified:
        c.last_build_date = date_of(ctx_, node);
        break;
      case CE::categories:
        c.categories.push_back(category(node));
        break;
      case CE::generator:
        c.generator = Generator{text_of(ctx_, node), {}, {}};
        break;
      case CE::docs:
        c.docs = url_of(ctx_, node);
        break;
      case CE::cloud:
        c.cloud = Cloud{node.attribute("domain").value(), node.attribute("port").value(),
                        node.attribute("path").value(), node.attribute("registerProcedure").value(),
                        node.attribute("protocol").value()};
        break;
      case CE::ttl:
        c.ttl = text_of(ctx_, node);
        break;
      case CE::image:
        read_image(node, c.image.emplace());
        break;
      case CE::rating:
        c.rating = text_of(ctx_, node);
        break;
      case CE::text_input:
        read_text_input(node, c.text_input.emplace());
        break;
      case CE::skip_hours:
        c.skip_hours = list_of(node, "hour");
        break;
      case CE::skip_days:
        c.skip_days = list_of(node, "day");
        break;
      default:
        return false;
    }
    return true;
  }

  // The elements of other vocabularies (Atom, Dublin Core) in the channel.
  void module_channel_field(CE slot, const pugi::xml_node& node, Channel& c) {
    switch (slot) {
      case CE::dc_subject:
        c.categories.push_back(Category{text_of(ctx_, node)});
        break;
      case CE::links:
        c.links.push_back(read_link(ctx_, node));
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
      case CE::authors:
        c.authors.push_back(read_person(ctx_, node, 3));
        break;
      case CE::contributors:
        c.contributors.push_back(read_person(ctx_, node, 3));
        break;
      case CE::dc_creator:
        c.authors.push_back(Person{text_of(ctx_, node)});
        break;
      case CE::dc_contributor:
        c.contributors.push_back(Person{text_of(ctx_, node)});
        break;
      case CE::extension:
        break;
      default:
        break;
    }
  }

  std::vector<std::string> list_of(const pugi::xml_node& node, const char* child_name) {
    std::vector<std::string> values;
    for_each_child(ctx_, node, false, [&](const pugi::xml_node& child, const QName& q) {
      if (ctx_.names(q, child_name)) values.push_back(text_of(ctx_, child));
    });
    return values;
  }

  void read_image(const pugi::xml_node& node, Image& image) {
    using E = ImageElement;
    Slots<Image, E> slots(ctx_, image, 3);
    for_each_child(ctx_, node, true, [&](const pugi::xml_node& child, const QName& q) {
      const ElementRow* row = row_of(element_table(Target::rss, Level::image), q, child);
      if (row == nullptr) {
        slots.extension(child);
        return;
      }
      slots.take(*row, child);
      switch (static_cast<E>(row->slot)) {
        case E::url:
          image.url = url_of(ctx_, child);
          break;
        case E::title:
          image.title = text_of(ctx_, child);
          break;
        case E::link:
          image.link = url_of(ctx_, child);
          break;
        case E::width:
          image.width = text_of(ctx_, child);
          break;
        case E::height:
          image.height = text_of(ctx_, child);
          break;
        case E::description:
          image.description = text_of(ctx_, child);
          break;
        case E::extension:
          break;
      }
    });
  }

  void read_text_input(const pugi::xml_node& node, TextInput& input) {
    using E = TextInputElement;
    Slots<TextInput, E> slots(ctx_, input, 3);
    for_each_child(ctx_, node, true, [&](const pugi::xml_node& child, const QName& q) {
      const ElementRow* row = row_of(element_table(Target::rss, Level::text_input), q, child);
      if (row == nullptr) {
        slots.extension(child);
        return;
      }
      slots.take(*row, child);
      switch (static_cast<E>(row->slot)) {
        case E::title:
          input.title = text_of(ctx_, child);
          break;
        case E::description:
          input.description = text_of(ctx_, child);
          break;
        case E::name:
          input.name = text_of(ctx_, child);
          break;
        case E::link:
          input.link = url_of(ctx_, child);
          break;
        case E::extension:
          break;
      }
    });
  }

  void item(const pugi::xml_node& node) {
    if (ctx_.items >= ctx_.limits.max_items) {
      if (ctx_.items++ == ctx_.limits.max_items) {
        ctx_.log.add(
            ErrorCode::item_limit, ctx_.offset_of(node),
            "more than " + std::to_string(ctx_.limits.max_items) + " items: the rest are skipped");
      }
      return;
    }
    ++ctx_.items;
    Item& it = feed_.items.emplace_back();
    lang_and_base(node, it.lang, it.base);
    keep_own_attributes(ctx_, node, it);
    if (const std::string_view about = rdf_about(ctx_, node); !about.empty()) {
      it.guid.value = about;  // RSS 1.0: the item's URI is its identifier
    }
    Slots<Item, IE> slots(ctx_, it, 3);
    for_each_child(ctx_, node, true, [&](const pugi::xml_node& child, const QName& q) {
      const ElementRow* row = row_of(item_rows_, q, child);
      if (row == nullptr) {
        if (const auto part = read_item_vocabulary(ctx_, child, q, it, 4)) {
          slots.list(*part);
        } else {
          slots.extension(child);
        }
      } else {
        slots.take(*row, child);
        item_field(static_cast<IE>(row->slot), child, it);
      }
    });
  }

  // Reads the value of `node`, which fills `slot` of the item.
  void item_field(IE slot, const pugi::xml_node& node, Item& it) {
    if (!rss_item_field(slot, node, it)) module_item_field(slot, node, it);
  }

  // RSS's own elements of the item; false for the others.
  bool rss_item_field(IE slot, const pugi::xml_node& node, Item& it) {
    switch (slot) {
      case IE::title:
      case IE::dc_title:
        it.title = text(node, "");
        break;
      case IE::link:
        it.link = url_of(ctx_, node);
        break;
      case IE::description:
      case IE::dc_description:
        it.description = text(node, "html");
        break;
      case IE::author:
        it.author = text_of(ctx_, node);
        break;
      case IE::categories:
        it.categories.push_back(category(node));
        break;
      case IE::comments:
        it.comments = url_of(ctx_, node);
        break;
      case IE::enclosures:
        it.enclosures.push_back(Enclosure{std::string(trim(node.attribute("url").value())),
                                          node.attribute("length").value(),
                                          node.attribute("type").value()});
        break;
      case IE::guid:
        it.guid.value = url_of(ctx_, node);
        it.guid.is_permalink.reset();
        if (const pugi::xml_attribute p = node.attribute("isPermaLink")) {
          it.guid.is_permalink = permalink_of(p.value());
        }
        break;
      case IE::pub_date:
      case IE::dcterms_issued:
        it.pub_date = date_of(ctx_, node);
        break;
      case IE::source: {
        Source& s = it.source.emplace();
        s.url = std::string(trim(node.attribute("url").value()));
        s.title = Text(text_of(ctx_, node));
        break;
      }
      default:
        return false;
    }
    return true;
  }

  // The elements of other vocabularies (content, Atom, Dublin Core) in the item.
  void module_item_field(IE slot, const pugi::xml_node& node, Item& it) {
    switch (slot) {
      case IE::dc_subject:
        it.categories.push_back(Category{text_of(ctx_, node)});
        break;
      case IE::content: {
        Text html = text(node, "html");  // naked markup kept as markup
        it.content = Content{std::move(html.value), "html", {}, {}, {}, html.layout};
        lang_and_base(node, it.content.lang, it.content.base);
        break;
      }
      case IE::links:
        it.links.push_back(read_link(ctx_, node));
        break;
      case IE::authors:
        it.authors.push_back(read_person(ctx_, node, 4));
        break;
      case IE::contributors:
        it.contributors.push_back(read_person(ctx_, node, 4));
        break;
      case IE::dc_creator:
        it.authors.push_back(Person{text_of(ctx_, node)});
        break;
      case IE::dc_contributor:
        it.contributors.push_back(Person{text_of(ctx_, node)});
        break;
      case IE::updated:
      case IE::dc_date:
      case IE::dcterms_modified:
        it.updated = date_of(ctx_, node);
        break;
      case IE::rights:  // atom:rights
        it.rights = Text(text_of(ctx_, node), node.attribute("type").value());
        break;
      case IE::dc_rights:
        it.rights = text(node, "");
        break;
      case IE::extension:
        break;
      default:
        break;
    }
  }

  ReadContext& ctx_;
  const pugi::xml_node& root_;
  Feed& feed_;
  std::string_view root_uri_;  // into the document, like every QName's
  const ElementTable& channel_rows_;
  const ElementTable& item_rows_;
};

}  // namespace

void read_rss(ReadContext& ctx, const pugi::xml_node& root, Feed& feed) {
  RssReader(ctx, root, feed).read();
}

}  // namespace feedpp::detail
