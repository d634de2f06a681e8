// SPDX-License-Identifier: MIT
// Microsoft's Channel Definition Format (1997), which feeds of its time were written in: a
// <CHANNEL HREF LASTMOD> with <TITLE> and <ABSTRACT>, holding <ITEM HREF LASTMOD> elements of the
// same shape. Read into the model as an RSS channel and items would be (HREF the link, ABSTRACT
// the description, LASTMOD the date updated); the typed vocabularies (iTunes, Dublin Core, ...)
// are read as in RSS; everything else is kept as extensions.
#include "read/feed_readers.hpp"

namespace feedpp::detail {
namespace {

using CE = ChannelElement;
using IE = ItemElement;

// Reads the HREF and LASTMOD attributes of a CHANNEL or an ITEM.
template <class Struct>
void attributes(ReadContext& ctx, const pugi::xml_node& node, std::string& link, Date& updated,
                std::vector<Attribute>* others) {
  std::optional<AttributeKeeper> keeper;
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    const std::string_view name = a.name();
    if (iequals(name, "HREF")) {
      link = std::string(trim(a.value()));
    } else if (iequals(name, "LASTMOD")) {
      updated.text = a.value();
      updated.value = parse_date(trim(updated.text));
    } else if (others != nullptr && !is_xmlns(a.name())) {
      if (!keeper) keeper.emplace(ctx, node, *others);
      keeper->keep(a);
    }
  }
}

class CdfReader {
 public:
  CdfReader(ReadContext& ctx, const pugi::xml_node& root, Feed& feed)
      : ctx_(ctx), root_(root), feed_(feed) {}

  void read() {
    Channel& c = feed_.channel;
    attributes<Channel>(ctx_, root_, c.link, c.last_build_date, &feed_.attributes);
    Slots<Channel, CE> slots(ctx_, c, 1);
    for_each_child(ctx_, root_, true, [&](const pugi::xml_node& child, const QName& q) {
      if (!q.uri.empty()) {
        // As RSS reads them: a vocabulary's element kept as an extension would be read as the
        // vocabulary's once written as RSS, and the feed would not be a fixed point.
        if (const auto part = read_channel_vocabulary(ctx_, child, q, c, 2)) {
          slots.list(*part);
        } else {
          slots.extension(child);
        }
      } else if (iequals(q.local, "ITEM")) {
        item(child);
      } else if (iequals(q.local, "TITLE")) {
        slots.single(CE::title, CE::title, child);
        c.title = Text(text_of(ctx_, child));
      } else if (iequals(q.local, "ABSTRACT")) {
        slots.single(CE::description, CE::description, child);
        c.description = Text(text_of(ctx_, child));
      } else {
        slots.extension(child);
      }
    });
  }

 private:
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
    // An ITEM's attributes other than HREF and LASTMOD (PRECACHE, LEVEL) are CDF's own: not kept.
    attributes<Item>(ctx_, node, it.link, it.updated, nullptr);
    Slots<Item, IE> slots(ctx_, it, 2);
    for_each_child(ctx_, node, true, [&](const pugi::xml_node& child, const QName& q) {
      if (q.uri.empty() && iequals(q.local, "TITLE")) {
        slots.single(IE::title, IE::title, child);
        it.title = Text(text_of(ctx_, child));
      } else if (q.uri.empty() && iequals(q.local, "ABSTRACT")) {
        slots.single(IE::description, IE::description, child);
        it.description = Text(text_of(ctx_, child));
      } else if (q.uri.empty()) {
        slots.extension(child);
      } else if (const auto part = read_item_vocabulary(ctx_, child, q, it, 3)) {
        slots.list(*part);  // as RSS reads it (above)
      } else {
        slots.extension(child);
      }
    });
  }

  ReadContext& ctx_;
  const pugi::xml_node& root_;
  Feed& feed_;
};

}  // namespace

void read_cdf(ReadContext& ctx, const pugi::xml_node& root, Feed& feed) {
  CdfReader(ctx, root, feed).read();
}

}  // namespace feedpp::detail
