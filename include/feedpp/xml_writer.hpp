// SPDX-License-Identifier: MIT
// A streaming XML writer. XmlWriter turns calls (start_element, attribute, text, end_element) into
// UTF-8 XML and hands it to a Sink as it goes, holding only a small buffer and the stack of open
// elements: memory does not grow with the size of the document. RssWriter and AtomWriter are built
// on it, and programs can use it to write extension elements of their own.
//
// Whatever strings it is given, the output is well-formed XML 1.0 with namespaces, as long as
// status() is ok:
//   - text and attribute values are escaped (`&` `<` `>`, and `"` TAB LF CR in attributes; CR
//     also in text, so that it survives);
//   - invalid UTF-8 is repaired: each maximal ill-formed subsequence becomes U+FFFD (the WHATWG
//     and Unicode "substitution of maximal subparts" rule);
//   - characters XML 1.0 forbids are dropped: the C0 controls other than TAB, LF and CR, and the
//     noncharacters U+FFFE and U+FFFF;
//   - names that are not XML names have each offending character replaced by `_` (an empty name
//     becomes `_`), and a repeated attribute is dropped;
//   - namespaces are declared where needed (see start_element); a namespace URI is repaired like
//     text, and one that is left empty means no namespace.
// An XmlWriter is used by one thread at a time; its Sink must outlive it.
#ifndef FEEDPP_XML_WRITER_HPP
#define FEEDPP_XML_WRITER_HPP

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "feedpp/diagnostics.hpp"
#include "feedpp/export.hpp"

namespace feedpp {

/// Where writers put their bytes.
class FEEDPP_API Sink {
 public:
  virtual ~Sink();
  /// Takes the next `bytes` of output. Returns false when they could not be taken; the writer
  /// then stops with ErrorCode::sink_failed. Exceptions it throws pass through the writer.
  virtual bool write(std::string_view bytes) = 0;
};

/// A Sink that appends to a std::string. Requires: the string outlives the sink.
class FEEDPP_API StringSink final : public Sink {
 public:
  explicit StringSink(std::string& out) noexcept : out_(&out) {}
  bool write(std::string_view bytes) override;
  /// Returns the string appended to. XmlWriter appends to it directly, not through write().
  [[nodiscard]] std::string& target() const noexcept { return *out_; }

 private:
  std::string* out_;
};

/// A Sink that writes to a std::ostream; it fails once the stream's failbit or badbit is set.
/// Requires: the stream outlives the sink. Open file streams in binary mode to keep line ends.
class FEEDPP_API OStreamSink final : public Sink {
 public:
  explicit OStreamSink(std::ostream& out) noexcept : out_(&out) {}
  bool write(std::string_view bytes) override;

 private:
  std::ostream* out_;
};

/// A Sink that calls a function with each chunk of bytes. The view is valid only during the call.
class FEEDPP_API CallbackSink final : public Sink {
 public:
  explicit CallbackSink(std::function<void(std::string_view)> callback)
      : callback_(std::move(callback)) {}
  bool write(std::string_view bytes) override;

 private:
  std::function<void(std::string_view)> callback_;
};

/// How XmlWriter lays out its output.
struct XmlWriterOptions {
  /// Puts each element on its own line, indented by depth (up to 64 levels, deeper lines are
  /// indented as the 64th). Elements that hold text (mixed content) are never indented inside,
  /// so no whitespace is added to any text. Default: true.
  bool pretty = true;
  /// Spaces per level of depth when pretty. Clamped to 0..16. Default: 2.
  int indent = 2;
  /// The line break when pretty. Characters other than CR and LF are ignored; if none is left,
  /// "\n" is used. Default: "\n".
  std::string newline = "\n";
  /// Size of the buffer filled before each Sink::write. Clamped to 256..16 MiB. Default: 64 KiB.
  /// A StringSink has no buffer: its string is appended to as the writer goes.
  std::size_t buffer_size = 64 * 1024;
};

/// Writes one XML document to a Sink, element by element.
///
/// Misuse (an attribute after the element's content, end_element() with nothing open, a second
/// root element, text outside the root, anything after finish()) sets status() to
/// ErrorCode::writer_misuse; from then on every call does nothing, and the output stops there.
class FEEDPP_API XmlWriter {
 public:
  /// Makes a writer that writes to `sink`. Requires: `sink` outlives the writer.
  explicit XmlWriter(Sink& sink, XmlWriterOptions options = {});
  ~XmlWriter();
  XmlWriter(XmlWriter&&) noexcept;
  XmlWriter& operator=(XmlWriter&&) noexcept;
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  /// Writes `<?xml version="1.0" encoding="UTF-8"?>`. Requires: nothing written yet.
  void declaration();

  /// Opens element `name` (a local name, without prefix) in namespace `ns` ("" for none).
  ///
  /// With `prefix` "", the element is unprefixed: in the default namespace, which is declared on
  /// it when it is not `ns` already. With a prefix, the writer picks a prefix bound to `ns` in
  /// scope (`prefix` first), else the default namespace when it is `ns`, else it declares one on
  /// this element: `prefix` when it is a free, valid prefix, otherwise one it makes up (ns1, ns2,
  /// ...).
  void start_element(std::string_view name, std::string_view ns = {}, std::string_view prefix = {});

  /// From now on, writes the elements and attributes asked for in namespace `uri` in namespace
  /// `written` instead: how the feed writers keep the URI a document chose for a vocabulary
  /// (Apple's `.../DTDs/Podcast-1.0.dtd` for iTunes). An empty `uri` aliases the elements in no
  /// namespace, not the attributes: how RSS read in a namespace (Userland's
  /// `http://backend.userland.com/rss2`) is written in it again. An empty `written` is ignored.
  void alias_namespace(std::string_view uri, std::string_view written);

  /// From now on, writes the elements asked for as `name` in namespace `ns` (after
  /// alias_namespace()) as `written` instead: how the feed writers keep a name a document spelled
  /// in another letter case (`wfw:commentRSS`). Called again for the same name, adds another
  /// spelling, which spell_next() chooses; the first stays the default. Checked only while there
  /// is any.
  void alias_name(std::string_view ns, std::string_view name, std::string_view written);

  /// Writes the next element started in the `spelling`-th spelling alias_name() gave its name
  /// (0: the first), where it has that many, or with kAsNamed as start_element() names it; the
  /// one after in its default again.
  void spell_next(std::size_t spelling) noexcept;
  /// spell_next()'s spelling for a name as given: how an element kept with its own name is written.
  static constexpr std::size_t kAsNamed = static_cast<std::size_t>(-1);
  /// Returns the local name start_element(name, ns) writes after spell_next(spelling): how a
  /// writer asks what a reader will see. The view is into `name` or the writer's own spellings.
  [[nodiscard]] std::string_view spelled_name(std::string_view name, std::string_view ns,
                                              std::size_t spelling) const;

  /// Declares `prefix` ("" for the default namespace) for `uri` on the element just opened, so
  /// that it is in scope for its descendants (how RSS and Atom writers declare namespaces once on
  /// the root). Ignored when the prefix is already bound to `uri` in scope; an invalid or reserved
  /// prefix is ignored. Requires: an open start tag (no content written yet).
  void namespace_declaration(std::string_view prefix, std::string_view uri);

  /// Adds attribute `name` in namespace `ns` (prefix chosen as for elements; attributes in a
  /// namespace always get a prefix) to the element just opened. An attribute that repeats one
  /// already written on the element is dropped; use namespace_declaration() for xmlns attributes
  /// (an attribute named xmlns, or in the xmlns namespace, is dropped). Requires: an open start
  /// tag.
  void attribute(std::string_view name, std::string_view value, std::string_view ns = {},
                 std::string_view prefix = {});

  /// Queues attribute `name` (as attribute() takes it) for the next element opened: it is written
  /// after the attributes given to that element with attribute(), when its start tag closes, and
  /// dropped when it repeats one of them. How the feed writers write back the attributes a
  /// document had that the model has no field for (KeptAttribute).
  void queue_attribute(std::string_view name, std::string_view value, std::string_view ns = {},
                       std::string_view prefix = {});

  /// Drops the queued attributes that no element has taken yet.
  void cancel_queued_attributes() noexcept;

  /// Returns the value of attribute `name` (in no namespace) queued for the element just opened
  /// and not written yet, or nullopt (also when no start tag is open). How a writer finds the
  /// text a document gave an attribute it writes from a typed value.
  [[nodiscard]] std::optional<std::string_view> queued_attribute(
      std::string_view name) const noexcept;

  /// Writes `text` as character data, escaped. Requires: an element is open.
  void text(std::string_view text);

  /// Writes `text` in CDATA sections: `]]>` inside is split across two sections, and characters
  /// that cannot be written raw (CR, forbidden ones, invalid UTF-8) are handled as in text().
  /// Requires: an element is open.
  void cdata(std::string_view text);

  /// Marks the innermost open element as holding mixed content (text between elements, as in
  /// XHTML): pretty printing then adds no whitespace inside it, as if it already held text.
  /// Requires: an element is open.
  void mixed_content();

  /// Writes `<name>text</name>` (start_element, text, end_element).
  void text_element(std::string_view name, std::string_view text, std::string_view ns = {},
                    std::string_view prefix = {});

  /// Closes the innermost open element, as `<a/>` when it has no content. Requires: one is open.
  void end_element();

  /// Closes every open element, flushes to the sink, and returns status(). Requires: a root
  /// element was written. Later calls do nothing but return the status.
  Status finish();

  /// Returns the first error seen: ok, writer_misuse or sink_failed (sticky).
  [[nodiscard]] const Status& status() const noexcept;

  /// Returns the number of open elements.
  [[nodiscard]] std::size_t depth() const noexcept;

  /// Returns the number of bytes written so far, including those still in the buffer.
  [[nodiscard]] std::size_t bytes_written() const noexcept;

 private:
  void write_taken_attributes();  // those queue_attribute() gave the open start tag
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

}  // namespace feedpp

#endif  // FEEDPP_XML_WRITER_HPP
