// SPDX-License-Identifier: MIT
// RssWriter: the state machine of an RSS 2.0 document (begin, add, end), the checks on what a
// program gives it, and the one-call writers. The elements themselves are rss_fields.cpp's.
#include "feedpp/rss_writer.hpp"

#include <ostream>

#include "write/extension_writer.hpp"
#include "write/feed_writer.hpp"
#include "write/rss_fields.hpp"
#include "write/rss_namespaces.hpp"
#include "write/write_collisions.hpp"
#include "write/write_options_of.hpp"

namespace feedpp {
namespace {

using detail::Level;
using detail::present;
using detail::Target;

}  // namespace

struct RssWriter::Rep : detail::FeedWriterBase {
  using FeedWriterBase::FeedWriterBase;

  void begin(const Channel& channel, const std::vector<Attribute>& root_attributes,
             const std::vector<Extension>& before_channel) {
    if (!expect(State::initial, "begin() must be the first call, and only once")) return;
    if (!options_.allow_missing) {
      using E = ChannelElement;
      const char* missing = nullptr;
      if (!present(channel.title, channel.order, E::title) &&
          !channel.order.contains(E::dc_title)) {
        missing = "title";
      } else if (!present(channel.link, channel.order, E::link)) {
        missing = "link";
      } else if (!present(channel.description, channel.order, E::description) &&
                 !channel.order.contains(E::dc_description)) {
        missing = "description";
      }
      if (missing != nullptr) {
        fail(ErrorCode::missing_element,
             std::string("RSS 2.0 requires a channel <") + missing + ">");
        return;
      }
    }
    state_ = State::open;
    if (options_.xml_declaration) xml_.declaration();
    alias_vocabularies(detail::Vocabulary::rss);
    xml_.start_element("rss");
    xml_.attribute("version", version(root_attributes));
    detail::NamespaceSet namespaces;
    for (const Namespace& n : options_.namespaces) namespaces.add(n.prefix, n.uri);
    detail::add_rss_namespaces(namespaces, channel);
    namespaces.add_attributes(root_attributes);
    namespaces.declare(xml_);
    for (const Attribute& a : root_attributes) {
      if (a.ns.empty() && a.name == "version") continue;
      xml_.attribute(a.name, a.value, a.ns, a.prefix);
    }
    beside_channel(before_channel);
    // A document read without a channel, which has nothing to hold: written so again.
    channel_element_ = channel.has_element || !options_.allow_missing || !(channel == Channel{});
    channel_open_ = channel_element_;
    if (channel_element_) {
      {
        const detail::KeptAttributesScope kept(xml_, options(), channel.attributes, true,
                                               ChannelElement{}, 0);
        xml_.start_element("channel");
      }
      lang_and_base(channel.lang, channel.base);
      detail::write_rss_channel(*this, channel, detail::channel_part(channel, options_, true));
    }
    sync();
  }

  void after_items(const Channel& channel) {
    if (!expect(State::open, "after_items() must come after begin() and before end()")) return;
    if (channel_open_ && !tail_written_) {
      detail::write_rss_channel(*this, channel, detail::channel_part(channel, options_, false));
    }
    tail_written_ = true;
    sync();
  }

  void add(const Item& item) {
    if (!expect(State::open, "add() must come after begin() and before end()")) return;
    if (!options_.allow_missing) {
      using E = ItemElement;
      const bool has_title =
          present(item.title, item.order, E::title) || item.order.contains(E::dc_title);
      const bool has_description = present(item.description, item.order, E::description) ||
                                   item.order.contains(E::dc_description);
      if (!has_title && !has_description) {
        fail(ErrorCode::missing_element,
             "RSS 2.0 requires an <item> to have a <title> or a <description>");
        return;
      }
      // RSS 2.0: <enclosure> "has three required attributes": url, length (in bytes) and type.
      for (const Enclosure& e : item.enclosures) {
        const char* missing = e.url.empty()      ? "url"
                              : e.length.empty() ? "length"
                              : e.type.empty()   ? "type"
                                                 : nullptr;
        if (missing != nullptr) {
          fail(ErrorCode::missing_element,
               std::string("RSS 2.0 requires an <enclosure> to have url, length and type: ") +
                   missing + " is missing (" + e.url + ")");
          return;
        }
      }
    }
    // Only once after_items() wrote the channel's last elements: streaming, they are not known
    // until the end, and the item goes inside the channel rather than lose them.
    if (channel_open_ && tail_written_ && options_.allow_missing &&
        item.order.contains(ItemElement::beside_channel)) {
      xml_.end_element();  // </channel>: the item stood after it
      channel_open_ = false;
    }
    detail::write_rss_item(*this, item);
    sync();
  }

  Status end(const std::vector<Extension>& after_channel) {
    if (state_ == State::open && ok()) {
      if (channel_open_) xml_.end_element();  // </channel>
      beside_channel(after_channel);
    }
    sync();
    return finish_document();
  }

  void beside_channel(const std::vector<Extension>& extensions) {
    detail::write_uncolliding(xml_, extensions, Target::rss, Level::root);
  }

  void lang_and_base(const std::optional<std::string>& lang, const std::string& base) {
    detail::write_lang_and_base(xml_, lang, base);
  }

  // The version on <rss>: 2.0, or as read (the RSS reader keeps a version other than 2.0 among
  // the root's attributes, and the loop that writes them leaves it to this).
  std::string_view version(const std::vector<Attribute>& root_attributes) const {
    if (options_.allow_missing) {
      for (const Attribute& a : root_attributes) {
        if (a.ns.empty() && a.name == "version") return a.value;
      }
    }
    return "2.0";
  }

  bool channel_element_ = true;  // begin() wrote <channel>
  bool channel_open_ = true;     // and it is not closed yet
  bool tail_written_ = false;    // after_items() was called
};

RssWriter::RssWriter(Sink& sink, WriteOptions options)
    : rep_(std::make_unique<Rep>(sink, std::move(options))) {}
RssWriter::~RssWriter() = default;
RssWriter::RssWriter(RssWriter&&) noexcept = default;
RssWriter& RssWriter::operator=(RssWriter&&) noexcept = default;

const Status& RssWriter::begin(const Channel& channel,
                               const std::vector<Attribute>& root_attributes,
                               const std::vector<Extension>& before_channel) {
  rep_->begin(channel, root_attributes, before_channel);
  return rep_->status();
}

const Status& RssWriter::add(const Item& item) {
  rep_->add(item);
  return rep_->status();
}

const Status& RssWriter::after_items(const Channel& channel) {
  rep_->after_items(channel);
  return rep_->status();
}

Status RssWriter::end(const std::vector<Extension>& after_channel) {
  return rep_->end(after_channel);
}

const Status& RssWriter::status() const noexcept { return rep_->status(); }

WriteOptions detail::rss_write_options(const Feed& feed, const WriteOptions& options) {
  return feed_write_options(feed, options, is_rss(feed.format), Vocabulary::rss,
                            [](NamespaceSet& set, const auto& x) { add_rss_namespaces(set, x); });
}

Status write_rss(const Feed& feed, Sink& sink, const WriteOptions& options) {
  return detail::write_feed<RssWriter>(feed, sink, detail::rss_write_options(feed, options));
}

Status write_rss(const Feed& feed, std::string& out, const WriteOptions& options) {
  out.reserve(out.size() + detail::estimated_size(feed));
  StringSink sink(out);
  return write_rss(feed, sink, options);
}

Status write_rss(const Feed& feed, std::ostream& out, const WriteOptions& options) {
  OStreamSink sink(out);
  return write_rss(feed, sink, options);
}

std::string to_rss(const Feed& feed, const WriteOptions& options) {
  std::string out;
  if (!write_rss(feed, out, options).ok()) out.clear();
  return out;
}

}  // namespace feedpp
