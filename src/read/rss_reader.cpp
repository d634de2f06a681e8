// SPDX-License-Identifier: MIT
// RSS 0.90, 0.91, 0.92, 0.93, 0.94, 1.0 (RDF) and 2.0 into the model. One reader serves them
// all: the versions share their vocabulary, and differ in where items stand (inside <channel>,
// or beside it under <rdf:RDF>) and in the namespace of their elements.
#include <cstring>

#include "read/feed_readers.hpp"

namespace feedpp::detail {
namespace {

using CE = ChannelElement;
using IE = ItemElement;

class RssReader {
 public:
  RssReader(ReadContext& ctx, const pugi::xml_node& root, Feed& feed)
      : ctx_(ctx), root_(root), feed_(feed), root_uri_(ctx.scope.element_name(root).uri) {}

  void read() {
    AttributeKeeper keeper(ctx_, root_, feed_.attributes);
    for (pugi::xml_attribute a = root_.first_attribute(); a; a = a.next_attribute()) {
      // The version is the writer's to write (":version" too: it is read as "version").
      if (!is_xmlns(a.name()) && !is_version(ctx_, a)) keeper.keep(a);
    }
    feed_.items.reserve(std::min(count_elements(root_, "channel"), ctx_.limits.max_items));
    bool have_channel = false;
    for_each_child(ctx_, root_, true, [&](const pugi::xml_node& child, const QName& q) {
      if (!is_rss(q)) {
        feed_.extensions.push_back(extension_of(ctx_, child, 2));
        return;
      }
      if (iequals(q.local, "channel")) {
        if (have_channel) {
          ctx_.log.add(ErrorCode::duplicate_element, ctx_.offset_of(child),
                       "a second <channel>: its items are read, its other elements dropped");
        }
        channel(child, have_channel);
        have_channel = true;
      } else if (iequals(q.local, "item")) {
        item(child);  // RDF items stand beside the channel, and broken RSS puts them there too
      } else if (iequals(q.local, "image") && has_element_children(child)) {
        // RDF: the channel's <image rdf:resource> points here.
        read_image(child, feed_.channel.image.emplace());
      } else if ((iequals(q.local, "textinput") || iequals(q.local, "textInput")) &&
                 has_element_children(child)) {
        read_text_input(child, feed_.channel.text_input.emplace());
      } else {
        feed_.extensions.push_back(extension_of(ctx_, child, 2));
      }
    });
  }

 private:
  // The RSS vocabulary: no namespace, an RSS namespace, or whatever the root is in.
  [[nodiscard]] bool is_rss(const QName& q) const {
    return q.vocabulary == Vocabulary::none || q.vocabulary == Vocabulary::rss ||
           q.uri == root_uri_;
  }

  // RSS text: plain for titles, HTML for descriptions; markup written inside the element
  // (not escaped, as some feeds do) is kept as markup.
  Text text(const pugi::xml_node& node, const char* type) {
    if (has_element_children(node)) return Text(markup_of(ctx_, node), "html");
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
        if (is_rss(q) && iequals(q.local, "item")) item(child);
      });
      return;
    }
    lang_and_base(node, c.lang, c.base);
    if (const std::string_view about = rdf_about(ctx_, node); !about.empty()) c.id = about;
    Slots<Channel, CE> slots(ctx_, c, 2);
    for_each_child(ctx_, node, true, [&](const pugi::xml_node& child, const QName& q) {
      const std::string_view n = q.local;
      if (is_rss(q)) {
        if (iequals(n, "item")) {
          item(child);
        } else if (iequals(n, "title")) {
          slots.single(CE::title, CE::title, child);
          c.title = text(child, "");
        } else if (iequals(n, "link")) {
          slots.single(CE::link, CE::link, child);
          c.link = url_of(ctx_, child);
        } else if (iequals(n, "description")) {
          slots.single(CE::description, CE::description, child);
          c.description = text(child, "html");
        } else if (iequals(n, "language")) {
          slots.single(CE::language, CE::language, child);
          c.language = text_of(ctx_, child);
        } else if (iequals(n, "copyright")) {
          slots.single(CE::copyright, CE::copyright, child);
          c.copyright = text(child, "");
        } else if (iequals(n, "managingEditor")) {
          slots.single(CE::managing_editor, CE::managing_editor, child);
          c.managing_editor = text_of(ctx_, child);
        } else if (iequals(n, "webMaster")) {
          slots.single(CE::web_master, CE::web_master, child);
          c.web_master = text_of(ctx_, child);
        } else if (iequals(n, "pubDate")) {
          slots.single(CE::pub_date, CE::pub_date, child);
          c.pub_date = date_of(ctx_, child);
        } else if (iequals(n, "lastBuildDate")) {
          slots.single(CE::last_build_date, CE::last_build_date, child);
          c.last_build_date = date_of(ctx_, child);
        } else if (iequals(n, "category")) {
          slots.list(CE::categories);
          c.categories.push_back(category(child));
        } else if (iequals(n, "generator")) {
          slots.single(CE::generator, CE::generator, child);
          c.generator = Generator{text_of(ctx_, child), {}, {}};
        } else if (iequals(n, "docs")) {
          slots.single(CE::docs, CE::docs, child);
          c.docs = url_of(ctx_, child);
        } else if (iequals(n, "cloud")) {
          slots.single(CE::cloud, CE::cloud, child);
          c.cloud =
              Cloud{child.attribute("domain").value(), child.attribute("port").value(),
                    child.attribute("path").value(), child.attribute("registerProcedure").value(),
                    child.attribute("protocol").value()};
        } else if (iequals(n, "ttl")) {
          slots.single(CE::ttl, CE::ttl, child);
          c.ttl = text_of(ctx_, child);
        } else if (iequals(n, "image") && has_element_children(child)) {
          slots.single(CE::image, CE::image, child);
          read_image(child, c.image.emplace());
        } else if (iequals(n, "rating")) {
          slots.single(CE::rating, CE::rating, child);
          c.rating = text_of(ctx_, child);
        } else if ((iequals(n, "textInput") || iequals(n, "textinput")) &&
                   has_element_children(child)) {
          slots.single(CE::text_input, CE::text_input, child);
          read_text_input(child, c.text_input.emplace());
        } else if (iequals(n, "skipHours")) {
          slots.single(CE::skip_hours, CE::skip_hours, child);
          c.skip_hours = list_of(child, "hour");
        } else if (iequals(n, "skipDays")) {
          slots.single(CE::skip_days, CE::skip_days, child);
          c.skip_days = list_of(child, "day");
        } else {
          slots.extension(child);
        }
        return;
      }
      switch (q.vocabulary) {
        case Vocabulary::atom:
          if (n == "link") {
            slots.list(CE::links);
            c.links.push_back(read_link(ctx_, child));
          } else if (n == "id") {  // over an RSS 1.0 rdf:about, which is no element
            slots.single(CE::id, CE::id, child);
            c.id = url_of(ctx_, child);
          } else if (n == "icon") {
            slots.single(CE::icon, CE::icon, child);
            c.icon = url_of(ctx_, child);
          } else if (n == "logo") {
            slots.single(CE::logo, CE::logo, child);
            c.logo = url_of(ctx_, child);
          } else if (n == "author") {
            slots.list(CE::authors);
            c.authors.push_back(read_person(ctx_, child, 3));
          } else if (n == "contributor") {
            slots.list(CE::contributors);
            c.contributors.push_back(read_person(ctx_, child, 3));
          } else {
            slots.extension(child);
          }
          break;
        case Vocabulary::dc:
          if (n == "title") {
            slots.single(CE::title, CE::dc_title, child);
            c.title = text(child, "");
          } else if (n == "description") {
            slots.single(CE::description, CE::dc_description, child);
            c.description = text(child, "html");
          } else if (n == "language") {
            slots.single(CE::language, CE::dc_language, child);
            c.language = text_of(ctx_, child);
          } else if (n == "rights") {
            slots.single(CE::copyright, CE::dc_rights, child);
            c.copyright = text(child, "");
          } else if (n == "date") {
            slots.single(CE::last_build_date, CE::dc_date, child);
            c.last_build_date = date_of(ctx_, child);
          } else if (n == "creator") {
            slots.list(CE::dc_creator);
            c.authors.push_back(Person{text_of(ctx_, child)});
          } else if (n == "contributor") {
            slots.list(CE::dc_contributor);
            c.contributors.push_back(Person{text_of(ctx_, child)});
          } else if (n == "subject") {
            slots.list(CE::dc_subject);
            c.categories.push_back(Category{text_of(ctx_, child)});
          } else {
            slots.extension(child);
          }
          break;
        case Vocabulary::dcterms:
          if (n == "issued") {
            slots.single(CE::pub_date, CE::dcterms_issued, child);
            c.pub_date = date_of(ctx_, child);
          } else if (n == "modified") {
            slots.single(CE::last_build_date, CE::dcterms_modified, child);
            c.last_build_date = date_of(ctx_, child);
          } else {
            slots.extension(child);
          }
          break;
        default:
          slots.extension(child);
      }
    });
  }

  std::vector<std::string> list_of(const pugi::xml_node& node, const char* child_name) {
    std::vector<std::string> values;
    for_each_child(ctx_, node, false, [&](const pugi::xml_node& child, const QName& q) {
      if (iequals(q.local, child_name)) values.push_back(text_of(ctx_, child));
    });
    return values;
  }

  void read_image(const pugi::xml_node& node, Image& image) {
    using E = ImageElement;
    Slots<Image, E> slots(ctx_, image, 3);
    for_each_child(ctx_, node, true, [&](const pugi::xml_node& child, const QName& q) {
      const std::string_view n = q.local;
      if (!is_rss(q)) {
        slots.extension(child);
      } else if (iequals(n, "url")) {
        slots.single(E::url, E::url, child);
        image.url = url_of(ctx_, child);
      } else if (iequals(n, "title")) {
        slots.single(E::title, E::title, child);
        image.title = text_of(ctx_, child);
      } else if (iequals(n, "link")) {
        slots.single(E::link, E::link, child);
        image.link = url_of(ctx_, child);
      } else if (iequals(n, "width")) {
        slots.single(E::width, E::width, child);
        image.width = text_of(ctx_, child);
      } else if (iequals(n, "height")) {
        slots.single(E::height, E::height, child);
        image.height = text_of(ctx_, child);
      } else if (iequals(n, "description")) {
        slots.single(E::description, E::description, child);
        image.description = text_of(ctx_, child);
      } else {
        slots.extension(child);
      }
    });
  }

  void read_text_input(const pugi::xml_node& node, TextInput& input) {
    using E = TextInputElement;
    Slots<TextInput, E> slots(ctx_, input, 3);
    for_each_child(ctx_, node, true, [&](const pugi::xml_node& child, const QName& q) {
      const std::string_view n = q.local;
      if (!is_rss(q)) {
        slots.extension(child);
      } else if (iequals(n, "title")) {
        slots.single(E::title, E::title, child);
        input.title = text_of(ctx_, child);
      } else if (iequals(n, "description")) {
        slots.single(E::description, E::description, child);
        input.description = text_of(ctx_, child);
      } else if (iequals(n, "name")) {
        slots.single(E::name, E::name, child);
        input.name = text_of(ctx_, child);
      } else if (iequals(n, "link")) {
        slots.single(E::link, E::link, child);
        input.link = url_of(ctx_, child);
      } else {
        slots.extension(child);
      }
    });
  }

  // Reads one item, then frees its part of the tree: the tree of a big feed shrinks as its
  // model grows, and the model's strings reuse its memory.
  void item(const pugi::xml_node& node) {
    read_item(node);
    release(node);
  }

  void read_item(const pugi::xml_node& node) {
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
    if (const std::string_view about = rdf_about(ctx_, node); !about.empty()) {
      it.guid.value = about;  // RSS 1.0: the item's URI is its identifier
    }
    Slots<Item, IE> slots(ctx_, it, 3);
    for_each_child(ctx_, node, true, [&](const pugi::xml_node& child, const QName& q) {
      const std::string_view n = q.local;
      if (is_rss(q)) {
        if (iequals(n, "title")) {
          slots.single(IE::title, IE::title, child);
          it.title = text(child, "");
        } else if (iequals(n, "link")) {
          slots.single(IE::link, IE::link, child);
          it.link = url_of(ctx_, child);
        } else if (iequals(n, "description")) {
          slots.single(IE::description, IE::description, child);
          it.description = text(child, "html");
        } else if (iequals(n, "author")) {
          slots.single(IE::author, IE::author, child);
          it.author = text_of(ctx_, child);
        } else if (iequals(n, "category")) {
          slots.list(IE::categories);
          it.categories.push_back(category(child));
        } else if (iequals(n, "comments")) {
          slots.single(IE::comments, IE::comments, child);
          it.comments = url_of(ctx_, child);
        } else if (iequals(n, "enclosure")) {
          slots.list(IE::enclosures);
          it.enclosures.push_back(Enclosure{std::string(trim(child.attribute("url").value())),
                                            child.attribute("length").value(),
                                            child.attribute("type").value()});
        } else if (iequals(n, "guid")) {
          slots.single(IE::guid, IE::guid, child);
          it.guid.value = url_of(ctx_, child);
          it.guid.is_permalink.reset();
          if (const pugi::xml_attribute p = child.attribute("isPermaLink")) {
            it.guid.is_permalink = !iequals(trim(p.value()), "false");
          }
        } else if (iequals(n, "pubDate")) {
          slots.single(IE::pub_date, IE::pub_date, child);
          it.pub_date = date_of(ctx_, child);
        } else if (iequals(n, "source")) {
          slots.single(IE::source, IE::source, child);
          Source& s = it.source.emplace();
          s.url = std::string(trim(child.attribute("url").value()));
          s.title = Text(text_of(ctx_, child));
        } else {
          slots.extension(child);
        }
        return;
      }
      switch (q.vocabulary) {
        case Vocabulary::content:
          if (n == "encoded") {
            slots.single(IE::content, IE::content, child);
            const Text html = text(child, "html");  // naked markup kept as markup
            it.content = Content{html.value, "html", {}, {}, {}};
          } else {
            slots.extension(child);
          }
          break;
        case Vocabulary::atom:
          if (n == "link") {
            slots.list(IE::links);
            it.links.push_back(read_link(ctx_, child));
          } else if (n == "author") {
            slots.list(IE::authors);
            it.authors.push_back(read_person(ctx_, child, 4));
          } else if (n == "contributor") {
            slots.list(IE::contributors);
            it.contributors.push_back(read_person(ctx_, child, 4));
          } else if (n == "updated") {
            slots.single(IE::updated, IE::updated, child);
            it.updated = date_of(ctx_, child);
          } else if (n == "rights") {
            slots.single(IE::rights, IE::rights, child);
            it.rights = Text(text_of(ctx_, child), child.attribute("type").value());
          } else {
            slots.extension(child);
          }
          break;
        case Vocabulary::dc:
          if (n == "title") {
            slots.single(IE::title, IE::dc_title, child);
            it.title = text(child, "");
          } else if (n == "description") {
            slots.single(IE::description, IE::dc_description, child);
            it.description = text(child, "html");
          } else if (n == "creator") {
            slots.list(IE::dc_creator);
            it.authors.push_back(Person{text_of(ctx_, child)});
          } else if (n == "contributor") {
            slots.list(IE::dc_contributor);
            it.contributors.push_back(Person{text_of(ctx_, child)});
          } else if (n == "subject") {
            slots.list(IE::dc_subject);
            it.categories.push_back(Category{text_of(ctx_, child)});
          } else if (n == "date") {
            slots.single(IE::updated, IE::dc_date, child);
            it.updated = date_of(ctx_, child);
          } else if (n == "rights") {
            slots.single(IE::rights, IE::dc_rights, child);
            it.rights = text(child, "");
          } else {
            slots.extension(child);
          }
          break;
        case Vocabulary::dcterms:
          if (n == "issued") {
            slots.single(IE::pub_date, IE::dcterms_issued, child);
            it.pub_date = date_of(ctx_, child);
          } else if (n == "modified") {
            slots.single(IE::updated, IE::dcterms_modified, child);
            it.updated = date_of(ctx_, child);
          } else {
            slots.extension(child);
          }
          break;
        default:
          slots.extension(child);
      }
    });
  }

  ReadContext& ctx_;
  const pugi::xml_node& root_;
  Feed& feed_;
  std::string_view root_uri_;  // into the document, like every QName's
};

}  // namespace

void read_rss(ReadContext& ctx, const pugi::xml_node& root, Feed& feed) {
  RssReader(ctx, root, feed).read();
}

}  // namespace feedpp::detail
