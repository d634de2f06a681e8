// SPDX-License-Identifier: MIT
#include "model/element_fields.hpp"

namespace feedpp::detail {
namespace {

std::size_t one(bool has) noexcept { return has ? 1 : 0; }

}  // namespace

ChannelElement field_of(ChannelElement e) noexcept {
  using E = ChannelElement;
  switch (e) {
    case E::dc_title:
      return E::title;
    case E::dc_description:
      return E::description;
    case E::dc_language:
      return E::language;
    case E::dc_rights:
      return E::copyright;
    case E::dc_date:
    case E::dcterms_modified:
      return E::last_build_date;
    case E::dcterms_issued:
      return E::pub_date;
    case E::dc_creator:
      return E::authors;
    case E::dc_contributor:
      return E::contributors;
    case E::dc_subject:
      return E::categories;
    default:
      return e;
  }
}

ItemElement field_of(ItemElement e) noexcept {
  using E = ItemElement;
  switch (e) {
    case E::dc_title:
      return E::title;
    case E::dc_description:
      return E::description;
    case E::dc_creator:
      return E::authors;
    case E::dc_contributor:
      return E::contributors;
    case E::dc_subject:
      return E::categories;
    case E::dc_date:
    case E::dcterms_modified:
      return E::updated;
    case E::dc_rights:
      return E::rights;
    case E::dcterms_issued:
      return E::pub_date;
    default:
      return e;
  }
}

bool is_list(ChannelElement e) noexcept {
  using E = ChannelElement;
  return e == E::links || e == E::categories || e == E::authors || e == E::contributors ||
         e == E::extension;
}

bool is_list(ItemElement e) noexcept {
  using E = ItemElement;
  return e == E::links || e == E::authors || e == E::contributors || e == E::categories ||
         e == E::enclosures || e == E::extension;
}

std::size_t value_count(const Channel& c, ChannelElement field) noexcept {
  using E = ChannelElement;
  switch (field_of(field)) {
    case E::title:
      return one(!c.title.empty());
    case E::link:
      return one(!c.link.empty());
    case E::links:
      return c.links.size();
    case E::description:
      return one(!c.description.empty());
    case E::language:
      return one(!c.language.empty());
    case E::copyright:
      return one(!c.copyright.empty());
    case E::managing_editor:
      return one(!c.managing_editor.empty());
    case E::web_master:
      return one(!c.web_master.empty());
    case E::pub_date:
      return one(!c.pub_date.empty());
    case E::last_build_date:
      return one(!c.last_build_date.empty());
    case E::categories:
      return c.categories.size();
    case E::generator:
      return one(!c.generator.name.empty() || !c.generator.uri.empty() ||
                 !c.generator.version.empty());
    case E::docs:
      return one(!c.docs.empty());
    case E::cloud:
      return one(c.cloud.has_value());
    case E::ttl:
      return one(!c.ttl.empty());
    case E::image:
      return one(c.image.has_value());
    case E::rating:
      return one(!c.rating.empty());
    case E::text_input:
      return one(c.text_input.has_value());
    case E::skip_hours:
      return one(!c.skip_hours.empty());
    case E::skip_days:
      return one(!c.skip_days.empty());
    case E::id:
      return one(!c.id.empty());
    case E::icon:
      return one(!c.icon.empty());
    case E::logo:
      return one(!c.logo.empty());
    case E::authors:
      return c.authors.size();
    case E::contributors:
      return c.contributors.size();
    case E::extension:
      return c.extensions.size();
    default:
      return 0;
  }
}

std::size_t value_count(const Item& m, ItemElement field) noexcept {
  using E = ItemElement;
  switch (field_of(field)) {
    case E::title:
      return one(!m.title.empty());
    case E::link:
      return one(!m.link.empty());
    case E::links:
      return m.links.size();
    case E::description:
      return one(!m.description.empty());
    case E::content:
      return one(!m.content.empty());
    case E::author:
      return one(!m.author.empty());
    case E::authors:
      return m.authors.size();
    case E::contributors:
      return m.contributors.size();
    case E::categories:
      return m.categories.size();
    case E::comments:
      return one(!m.comments.empty());
    case E::enclosures:
      return m.enclosures.size();
    case E::guid:
      return one(!m.guid.value.empty());
    case E::pub_date:
      return one(!m.pub_date.empty());
    case E::updated:
      return one(!m.updated.empty());
    case E::source:
      return one(m.source.has_value());
    case E::rights:
      return one(!m.rights.empty());
    case E::extension:
      return m.extensions.size();
    default:
      return 0;
  }
}

}  // namespace feedpp::detail
