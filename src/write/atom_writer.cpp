// SPDX-License-Identifier: MIT
// AtomWriter: the state machine of an Atom 1.0 document (begin, add, end), the checks on what a
// program gives it, and the one-call writers. The elements themselves are atom_fields.cpp's.
#include "feedpp/atom_writer.hpp"

#include <ostream>

#include "feedpp/url.hpp"
#include "write/atom_fields.hpp"
#include "write/feed_writer.hpp"
#include "write/write_options_of.hpp"

namespace feedpp {
namespace {

using detail::present;

constexpr std::string_view kAtom = ns::kAtom;

// What the Atom writer will declare on the root for a whole feed: the channel's and the items'.
// Feed::extensions: not written (write_feed()), so not declared.
void add_namespaces(detail::NamespaceSet&, const Feed&) {}
void add_namespaces(detail::NamespaceSet& set, const Channel& c) {
  detail::add_atom_namespaces(set, c);
}
void add_namespaces(detail::NamespaceSet& set, const Item& item) {
  detail::add_atom_namespaces(set, item);
}

}  // namespace

struct AtomWriter::Rep : detail::FeedWriterBase {
  using FeedWriterBase::FeedWriterBase;

  // --- feed ------------------------------------------------------------------------------------

  void begin(const Channel& channel, const std::vector<Attribute>& root_attributes) {
    if (!expect(State::initial, "begin() must be the first call, and only once")) return;
    using E = ChannelElement;
    if (!options_.allow_missing) {
      const char* missing = nullptr;
      if (!present(channel.id, channel.order, E::id)) {
        missing = "id";
      } else if (!present(channel.title, channel.order, E::title) &&
                 !channel.order.contains(E::dc_title)) {
        missing = "title";
      } else if (!present(channel.last_build_date, channel.order, E::last_build_date) &&
                 !channel.order.contains(E::dc_date) &&
                 !channel.order.contains(E::dcterms_modified)) {
        missing = "updated";
      }
      if (missing != nullptr) {
        fail(ErrorCode::missing_element, std::string("Atom 1.0 requires a feed <") + missing + ">");
        return;
      }
    }
    state_ = State::open;
    if (options_.xml_declaration) xml_.declaration();
    alias_vocabularies(detail::Vocabulary::atom);
    xml_.start_element("feed", kAtom);
    detail::NamespaceSet namespaces;
    for (const Namespace& n : options_.namespaces) namespaces.add(n.prefix, n.uri);
    detail::add_atom_namespaces(namespaces, channel);
    namespaces.add_attributes(root_attributes);
    namespaces.declare(xml_);
    // In Atom the channel is the root: RSS's <rss xml:lang xml:base> and <channel xml:lang
    // xml:base> become one <feed xml:lang xml:base>, the channel's in the lead (it is the inner
    // scope), and RSS <language>, which has no Atom element, the language when none is set.
    std::optional<std::string> lang = channel.lang;
    std::string root_base;
    for (const Attribute& a : root_attributes) {
      if (a.ns != ns::kXml) continue;
      if (a.name == "lang" && !lang) lang = a.value;
      if (a.name == "base") root_base = a.value;
    }
    // A language read from <dc:language> is written back as that element (atom_fields.cpp).
    if (!lang && !channel.language.empty() && !channel.order.contains(E::dc_language)) {
      lang = channel.language;
    }
    detail::write_lang_and_base(xml_, lang,
                                root_base.empty()      ? channel.base
                                : channel.base.empty() ? root_base
                                                       : resolve_url(root_base, channel.base));
    for (const Attribute& a : root_attributes) {
      if (a.ns == ns::kXml && (a.name == "lang" || a.name == "base")) continue;
      // An Atom root's version says Atom 0.3 (and the readers take it so); this is 1.0. The RSS
      // writer leaves out another document's version the same way.
      if (a.ns.empty() && a.name == "version") continue;
      xml_.attribute(a.name, a.value, a.ns, a.prefix);
    }
    detail::write_atom_feed(*this, channel, detail::channel_part(channel, options_, true));
    sync();
  }

  void after_items(const Channel& channel) {
    if (!expect(State::open, "after_items() must come after begin() and before end()")) return;
    if (!tail_written_) {
      detail::write_atom_feed(*this, channel, detail::channel_part(channel, options_, false));
    }
    tail_written_ = true;
    sync();
  }

  void add(const Item& item) {
    if (!expect(State::open, "add() must come after begin() and before end()")) return;
    using E = ItemElement;
    if (!options_.allow_missing) {
      const char* missing = nullptr;
      if (!present(item.guid.value, item.order, E::guid)) {
        missing = "id";
      } else if (!present(item.title, item.order, E::title) && !item.order.contains(E::dc_title)) {
        missing = "title";
      } else if (!present(item.updated, item.order, E::updated) &&
                 !item.order.contains(E::dc_date) && !item.order.contains(E::dcterms_modified)) {
        missing = "updated";
      }
      if (missing != nullptr) {
        fail(ErrorCode::missing_element,
             std::string("Atom 1.0 requires an <entry> to have an <") + missing + ">");
        return;
      }
    }
    detail::write_atom_entry(*this, item);
    sync();
  }

  Status end(const std::vector<Extension>& after_entries) {
    if (state_ == State::open && ok()) {
      detail::write_uncolliding(xml_, after_entries, detail::Target::atom, detail::Level::channel);
    }
    sync();
    return finish_document();
  }

  bool tail_written_ = false;  // after_items() was called
};

AtomWriter::AtomWriter(Sink& sink, WriteOptions options)
    : rep_(std::make_unique<Rep>(sink, std::move(options))) {}
AtomWriter::~AtomWriter() = default;
AtomWriter::AtomWriter(AtomWriter&&) noexcept = default;
AtomWriter& AtomWriter::operator=(AtomWriter&&) noexcept = default;

const Status& AtomWriter::begin(const Channel& channel,
                                const std::vector<Attribute>& root_attributes) {
  rep_->begin(channel, root_attributes);
  return rep_->status();
}

const Status& AtomWriter::add(const Item& item) {
  rep_->add(item);
  return rep_->status();
}

const Status& AtomWriter::after_items(const Channel& channel) {
  rep_->after_items(channel);
  return rep_->status();
}

Status AtomWriter::end(const std::vector<Extension>& after_entries) {
  return rep_->end(after_entries);
}

const Status& AtomWriter::status() const noexcept { return rep_->status(); }

WriteOptions detail::atom_write_options(const Feed& feed, const WriteOptions& options) {
  return feed_write_options(feed, options, is_atom(feed.format), Vocabulary::atom,
                            [](NamespaceSet& set, const auto& x) { add_namespaces(set, x); });
}

Status write_atom(const Feed& feed, Sink& sink, const WriteOptions& options) {
  return detail::write_feed<AtomWriter>(feed, sink, detail::atom_write_options(feed, options));
}

Status write_atom(const Feed& feed, std::string& out, const WriteOptions& options) {
  out.reserve(out.size() + detail::estimated_size(feed));
  StringSink sink(out);
  return write_atom(feed, sink, options);
}

Status write_atom(const Feed& feed, std::ostream& out, const WriteOptions& options) {
  OStreamSink sink(out);
  return write_atom(feed, sink, options);
}

std::string to_atom(const Feed& feed, const WriteOptions& options) {
  std::string out;
  if (!write_atom(feed, out, options).ok()) out.clear();
  return out;
}

}  // namespace feedpp
