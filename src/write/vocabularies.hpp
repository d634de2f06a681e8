// SPDX-License-Identifier: MIT
// The typed vocabularies of a channel and an item (include/feedpp/ext/), written the same way in
// RSS and Atom: each writer hands over the order entries that stand for them
// (ChannelElement::itunes, ...), and declares on the root the namespaces they use.
#ifndef FEEDPP_SRC_WRITE_VOCABULARIES_HPP
#define FEEDPP_SRC_WRITE_VOCABULARIES_HPP

#include <cstddef>

#include "feedpp/model.hpp"
#include "feedpp/xml_writer.hpp"
#include "model/fields.hpp"
#include "write/extension_writer.hpp"
#include "write/vocabulary_writer.hpp"
#include "write/write_collisions.hpp"

namespace feedpp::detail {

// A channel's vocabulary parts, each in the order to write its elements.
class ChannelParts {
 public:
  explicit ChannelParts(const Channel& channel);
  // Writes element `i` of the part `slot` stands for. Requires: i < value_count(channel, slot).
  void write(XmlWriter& xml, ChannelElement slot, std::size_t i) const;
  // The name element `i` of the part `slot` stands for is written under.
  [[nodiscard]] ElementName name(ChannelElement slot, std::size_t i) const;

 private:
  VocabularyElements<ItunesChannel> itunes_;
  VocabularyElements<PodcastChannel> podcast_;
  VocabularyElements<MediaChannel> media_;
  VocabularyElements<DublinCore> dublin_core_;
  VocabularyElements<Syndication> syndication_;
  VocabularyElements<Geo> geo_;
  VocabularyElements<CreativeCommons> creative_commons_;
  VocabularyElements<Feedburner> feedburner_;
};

// An item's vocabulary parts.
class ItemParts {
 public:
  explicit ItemParts(const Item& item);
  void write(XmlWriter& xml, ItemElement slot, std::size_t i) const;
  [[nodiscard]] ElementName name(ItemElement slot, std::size_t i) const;

 private:
  VocabularyElements<ItunesItem> itunes_;
  VocabularyElements<PodcastItem> podcast_;
  VocabularyElements<MediaItem> media_;
  VocabularyElements<DublinCore> dublin_core_;
  VocabularyElements<Slash> slash_;
  VocabularyElements<WellFormedWeb> wfw_;
  VocabularyElements<Threading> threading_;
  VocabularyElements<Geo> geo_;
  VocabularyElements<Chapters> chapters_;
  VocabularyElements<CreativeCommons> creative_commons_;
  VocabularyElements<Feedburner> feedburner_;
};

// Writes element `i` of the part `slot` stands for (of a channel's or an item's `parts`),
// unless the format's reader would take it for one of its own fields: Atom keeps dc:title as
// Dublin Core where RSS reads it as the title, so an Atom feed's DublinCore::title written as
// RSS would change the title, or be lost beside it. Such an element is written only where an
// extension that collides would be (WrittenFields::allows), so that what is written reads back
// the same and writing again gives the same bytes.
template <class Parts, class E, class Fields>
void write_part(XmlWriter& xml, const Parts& parts, E slot, std::size_t i, Target target,
                Level level, const Fields& fields) {
  const ElementName name = parts.name(slot, i);
  if (!fields.written.template allows<E>(collision(target, level, name.vocabulary, name.name),
                                         fields)) {
    return;
  }
  parts.write(xml, slot, i);
}

// Adds the namespaces the vocabulary parts of a channel or an item are written in, as `target`
// (but those of elements that format reads as its own fields: see TopLevel).
void add_vocabulary_namespaces(NamespaceSet& set, const Channel& channel, Target target);
void add_vocabulary_namespaces(NamespaceSet& set, const Item& item, Target target);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_VOCABULARIES_HPP
