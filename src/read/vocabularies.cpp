// SPDX-License-Identifier: MIT
#include "read/vocabularies.hpp"

#include "ext/vocabularies.hpp"
#include "read/vocabulary_reader.hpp"

namespace feedpp::detail {
namespace {

// Reads `node` into the struct `box` holds, made for it when there is none yet (and dropped again
// when the node is not taken).
template <class S>
bool read_part(ReadContext& ctx, const pugi::xml_node& node, const QName& q, Boxed<S>& box,
               std::size_t depth) {
  const bool had = box.has_value();
  if (read_vocabulary_element(ctx, node, q, box.ensure(), depth)) return true;
  if (!had) box.reset();
  return false;
}

}  // namespace

std::optional<ChannelElement> read_channel_vocabulary(ReadContext& ctx, const pugi::xml_node& node,
                                                      const QName& q, Channel& channel,
                                                      std::size_t depth) {
  switch (q.vocabulary) {
    case Vocabulary::itunes:
      if (read_part(ctx, node, q, channel.itunes, depth)) return ChannelElement::itunes;
      break;
    case Vocabulary::podcast:
      if (read_part(ctx, node, q, channel.podcast, depth)) return ChannelElement::podcast;
      break;
    case Vocabulary::media:
      if (read_part(ctx, node, q, channel.media, depth)) return ChannelElement::media;
      break;
    case Vocabulary::dc:
    case Vocabulary::dcterms:
      if (read_part(ctx, node, q, channel.dublin_core, depth)) return ChannelElement::dublin_core;
      break;
    case Vocabulary::sy:
      if (read_part(ctx, node, q, channel.syndication, depth)) return ChannelElement::syndication;
      break;
    case Vocabulary::georss:
    case Vocabulary::gml:
    case Vocabulary::geo:
      if (read_part(ctx, node, q, channel.geo, depth)) return ChannelElement::geo;
      break;
    case Vocabulary::cc:
    case Vocabulary::creative_commons:
      if (read_part(ctx, node, q, channel.creative_commons, depth))
        return ChannelElement::creative_commons;
      break;
    case Vocabulary::feedburner:
      if (read_part(ctx, node, q, channel.feedburner, depth)) return ChannelElement::feedburner;
      break;
    default:
      break;
  }
  return std::nullopt;
}

std::optional<ItemElement> read_item_vocabulary(ReadContext& ctx, const pugi::xml_node& node,
                                                const QName& q, Item& item, std::size_t depth) {
  switch (q.vocabulary) {
    case Vocabulary::itunes:
      if (read_part(ctx, node, q, item.itunes, depth)) return ItemElement::itunes;
      break;
    case Vocabulary::podcast:
      if (read_part(ctx, node, q, item.podcast, depth)) return ItemElement::podcast;
      break;
    case Vocabulary::media:
      if (read_part(ctx, node, q, item.media, depth)) return ItemElement::media;
      break;
    case Vocabulary::dc:
    case Vocabulary::dcterms:
      if (read_part(ctx, node, q, item.dublin_core, depth)) return ItemElement::dublin_core;
      break;
    case Vocabulary::slash:
      if (read_part(ctx, node, q, item.slash, depth)) return ItemElement::slash;
      break;
    case Vocabulary::wfw:
      if (read_part(ctx, node, q, item.wfw, depth)) return ItemElement::wfw;
      break;
    case Vocabulary::thr:
      if (read_part(ctx, node, q, item.threading, depth)) return ItemElement::threading;
      break;
    case Vocabulary::georss:
    case Vocabulary::gml:
    case Vocabulary::geo:
      if (read_part(ctx, node, q, item.geo, depth)) return ItemElement::geo;
      break;
    case Vocabulary::psc:
      if (read_part(ctx, node, q, item.chapters, depth)) return ItemElement::chapters;
      break;
    case Vocabulary::cc:
    case Vocabulary::creative_commons:
      if (read_part(ctx, node, q, item.creative_commons, depth))
        return ItemElement::creative_commons;
      break;
    case Vocabulary::feedburner:
      if (read_part(ctx, node, q, item.feedburner, depth)) return ItemElement::feedburner;
      break;
    default:
      break;
  }
  return std::nullopt;
}

}  // namespace feedpp::detail
