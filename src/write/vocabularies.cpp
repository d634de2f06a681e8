// SPDX-License-Identifier: MIT
#include "write/vocabularies.hpp"

#include "ext/vocabularies.hpp"

namespace feedpp::detail {
namespace {

template <class S>
void add_part(NamespaceSet& set, const Boxed<S>& part, const TopLevel& top) {
  if (part) add_struct_namespaces(set, *part, &top);
}

}  // namespace

ChannelParts::ChannelParts(const Channel& channel)
    : itunes_(channel.itunes.get()),
      podcast_(channel.podcast.get()),
      media_(channel.media.get()),
      dublin_core_(channel.dublin_core.get()),
      syndication_(channel.syndication.get()),
      geo_(channel.geo.get()),
      creative_commons_(channel.creative_commons.get()),
      feedburner_(channel.feedburner.get()) {}

void ChannelParts::write(XmlWriter& xml, ChannelElement slot, std::size_t i) const {
  switch (slot) {
    case ChannelElement::itunes:
      itunes_.write(xml, i);
      break;
    case ChannelElement::podcast:
      podcast_.write(xml, i);
      break;
    case ChannelElement::media:
      media_.write(xml, i);
      break;
    case ChannelElement::dublin_core:
      dublin_core_.write(xml, i);
      break;
    case ChannelElement::syndication:
      syndication_.write(xml, i);
      break;
    case ChannelElement::geo:
      geo_.write(xml, i);
      break;
    case ChannelElement::creative_commons:
      creative_commons_.write(xml, i);
      break;
    case ChannelElement::feedburner:
      feedburner_.write(xml, i);
      break;
    default:
      break;
  }
}

ElementName ChannelParts::name(ChannelElement slot, std::size_t i) const {
  switch (slot) {
    case ChannelElement::itunes:
      return itunes_.name(i);
    case ChannelElement::podcast:
      return podcast_.name(i);
    case ChannelElement::media:
      return media_.name(i);
    case ChannelElement::dublin_core:
      return dublin_core_.name(i);
    case ChannelElement::syndication:
      return syndication_.name(i);
    case ChannelElement::geo:
      return geo_.name(i);
    case ChannelElement::creative_commons:
      return creative_commons_.name(i);
    case ChannelElement::feedburner:
      return feedburner_.name(i);
    default:
      return {};
  }
}

ItemParts::ItemParts(const Item& item)
    : itunes_(item.itunes.get()),
      podcast_(item.podcast.get()),
      media_(item.media.get()),
      dublin_core_(item.dublin_core.get()),
      slash_(item.slash.get()),
      wfw_(item.wfw.get()),
      threading_(item.threading.get()),
      geo_(item.geo.get()),
      chapters_(item.chapters.get()),
      creative_commons_(item.creative_commons.get()),
      feedburner_(item.feedburner.get()) {}

void ItemParts::write(XmlWriter& xml, ItemElement slot, std::size_t i) const {
  switch (slot) {
    case ItemElement::itunes:
      itunes_.write(xml, i);
      break;
    case ItemElement::podcast:
      podcast_.write(xml, i);
      break;
    case ItemElement::media:
      media_.write(xml, i);
      break;
    case ItemElement::dublin_core:
      dublin_core_.write(xml, i);
      break;
    case ItemElement::slash:
      slash_.write(xml, i);
      break;
    case ItemElement::wfw:
      wfw_.write(xml, i);
      break;
    case ItemElement::threading:
      threading_.write(xml, i);
      break;
    case ItemElement::geo:
      geo_.write(xml, i);
      break;
    case ItemElement::chapters:
      chapters_.write(xml, i);
      break;
    case ItemElement::creative_commons:
      creative_commons_.write(xml, i);
      break;
    case ItemElement::feedburner:
      feedburner_.write(xml, i);
      break;
    default:
      break;
  }
}

ElementName ItemParts::name(ItemElement slot, std::size_t i) const {
  switch (slot) {
    case ItemElement::itunes:
      return itunes_.name(i);
    case ItemElement::podcast:
      return podcast_.name(i);
    case ItemElement::media:
      return media_.name(i);
    case ItemElement::dublin_core:
      return dublin_core_.name(i);
    case ItemElement::slash:
      return slash_.name(i);
    case ItemElement::wfw:
      return wfw_.name(i);
    case ItemElement::threading:
      return threading_.name(i);
    case ItemElement::geo:
      return geo_.name(i);
    case ItemElement::chapters:
      return chapters_.name(i);
    case ItemElement::creative_commons:
      return creative_commons_.name(i);
    case ItemElement::feedburner:
      return feedburner_.name(i);
    default:
      return {};
  }
}

void add_vocabulary_namespaces(NamespaceSet& set, const Channel& channel, Target target) {
  const TopLevel top{target, Level::channel};
  add_part(set, channel.itunes, top);
  add_part(set, channel.podcast, top);
  add_part(set, channel.media, top);
  add_part(set, channel.dublin_core, top);
  add_part(set, channel.syndication, top);
  add_part(set, channel.geo, top);
  add_part(set, channel.creative_commons, top);
  add_part(set, channel.feedburner, top);
}

void add_vocabulary_namespaces(NamespaceSet& set, const Item& item, Target target) {
  const TopLevel top{target, Level::item};
  add_part(set, item.itunes, top);
  add_part(set, item.podcast, top);
  add_part(set, item.media, top);
  add_part(set, item.dublin_core, top);
  add_part(set, item.slash, top);
  add_part(set, item.wfw, top);
  add_part(set, item.threading, top);
  add_part(set, item.geo, top);
  add_part(set, item.chapters, top);
  add_part(set, item.creative_commons, top);
  add_part(set, item.feedburner, top);
}

}  // namespace feedpp::detail
