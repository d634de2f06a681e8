// SPDX-License-Identifier: MIT
#include "feedpp/xml_writer.hpp"

#include <algorithm>
#include <array>
#include <ostream>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/xml_escape.hpp"
#include "write/namespace_bindings.hpp"

namespace feedpp {
namespace {

constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kXmlnsNs = "http://www.w3.org/2000/xmlns/";
constexpr std::size_t kMaxIndentDepth = 64;

// A prefix that may be declared: an NCName other than the reserved xml and xmlns (Namespaces in
// XML 1.0 §3).
bool declarable_prefix(std::string_view prefix) {
  return prefix.empty() || (detail::is_ncname(prefix) && prefix != "xml" && prefix != "xmlns");
}

std::string_view prefix_of(std::string_view qname) {
  const auto colon = qname.find(':');
  return colon == std::string_view::npos ? std::string_view() : qname.substr(0, colon);
}

}  // namespace

Sink::~Sink() = default;

bool StringSink::write(std::string_view bytes) {
  out_->append(bytes);
  return true;
}

bool OStreamSink::write(std::string_view bytes) {
  out_->write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return !out_->fail();
}

bool CallbackSink::write(std::string_view bytes) {
  callback_(bytes);
  return true;
}

struct XmlWriter::Rep {
  enum class State { initial, prolog, open_tag, content, after_root, finished };

  struct Frame {
    std::size_t qname_offset;  // into qnames
    std::size_t qname_size;
    std::size_t bindings_mark;  // bindings.size() when the element was opened
    bool has_child = false;
    bool has_text = false;
  };

  struct TagAttribute {
    std::string ns;
    std::string name;
    std::string prefix;
  };

  Sink* sink;
  bool pretty;
  std::string indent_unit;
  std::string newline;
  std::size_t flush_at;

  // Where output goes: a StringSink's string itself (direct(): no copy through a buffer), or
  // `own`, handed to the sink every `flush_at` bytes.
  std::string own;
  std::string& buf;
  std::size_t base;  // what `buf` held before the writer began
  std::size_t flushed = 0;
  Status status;
  State state = State::initial;
  std::vector<Frame> stack;
  std::string qnames;                        // qualified names of the open elements, back to back
  detail::NamespaceBindings bindings;        // namespace declarations in scope
  std::vector<TagAttribute> tag_attributes;  // attributes written on the open start tag
  unsigned generated = 0;                    // for made-up prefixes ns1, ns2, ...
  std::string scratch;
  std::string uri_scratch;
  // Attributes for the next element opened (queue_attribute()), and those the open start tag
  // took: {name, value, ns, prefix}. Empty but for the rare element a document gave more.
  std::vector<std::array<std::string, 4>> queued;
  std::vector<std::array<std::string, 4>> on_tag;
  // Namespaces written under another URI (alias_namespace()): a few at most, usually none.
  std::vector<std::pair<std::string, std::string>> aliases;
  std::string no_namespace_as;  // alias_namespace("", ...): elements in no namespace go there

  // Element names written in another spelling (alias_name()): {ns, name, written}, a name's
  // first its default; and which of them the next element takes (spell_next()).
  std::vector<std::array<std::string, 3>> names;
  std::size_t next_spelling = 0;

  [[nodiscard]] std::string_view spelled(std::string_view ns, std::string_view name,
                                         std::size_t spelling) const {
    if (spelling == kAsNamed) return name;
    const std::string* first = nullptr;  // the name's default, where it has no such spelling
    for (const auto& n : names) {
      if (n[1] != name || n[0] != ns) continue;
      if (spelling-- == 0) return n[2];
      if (first == nullptr) first = &n[2];
    }
    return first != nullptr ? std::string_view(*first) : name;
  }

  [[nodiscard]] std::string_view aliased(std::string_view ns) const noexcept {
    for (const auto& [from, to] : aliases) {
      if (from == ns) return to;
    }
    return ns;
  }

  Rep(Sink& s, const XmlWriterOptions& o)
      : sink(&s),
        pretty(o.pretty),
        indent_unit(static_cast<std::size_t>(std::clamp(o.indent, 0, 16)), ' '),
        flush_at(std::clamp<std::size_t>(o.buffer_size, 256, std::size_t{16} << 20)),
        buf(target_of(s, own)),
        base(buf.size()) {
    for (const char c : o.newline) {
      if (c == '\r' || c == '\n') newline.push_back(c);
    }
    if (newline.empty()) newline = "\n";
    if (!direct()) buf.reserve(flush_at + 1024);
  }

  static std::string& target_of(Sink& s, std::string& own) {
    auto* string_sink = dynamic_cast<StringSink*>(&s);
    return string_sink != nullptr ? string_sink->target() : own;
  }
  [[nodiscard]] bool direct() const noexcept { return &buf != &own; }

  // True when a call may write; a call after finish() is misuse.
  bool usable() {
    if (!status.ok()) return false;
    if (state == State::finished) {
      fail(ErrorCode::writer_misuse, "the document was already finished");
      return false;
    }
    return true;
  }

  void fail(ErrorCode code, std::string message) {
    if (status.ok()) status = Status(code, std::move(message));
  }

  void flush() {
    if (direct() || buf.empty()) return;
    const bool taken = sink->write(buf);
    flushed += buf.size();
    buf.clear();
    if (!taken) fail(ErrorCode::sink_failed, "the sink could not take the output");
  }

  void maybe_flush() {
    if (!direct() && buf.size() >= flush_at) flush();
  }

  void break_line(std::size_t depth) {
    buf += newline;
    // Indentation stops growing at kMaxIndentDepth: a million nested elements would otherwise
    // take a terabyte of spaces.
    for (std::size_t i = 0; i < std::min(depth, kMaxIndentDepth); ++i) buf += indent_unit;
  }

  void close_start_tag() {
    if (state == State::open_tag) {
      buf.push_back('>');
      state = State::content;
    }
  }

  // Returns the URI bound to `prefix` in scope, or null ("" for the default namespace is "none").
  const std::string* lookup(std::string_view prefix) const { return bindings.lookup(prefix); }

  std::string_view default_ns() const {
    const std::string* uri = lookup("");
    return uri != nullptr ? std::string_view(*uri) : std::string_view();
  }

  // Returns a non-empty prefix bound to `ns` and not shadowed, preferring `hint`; "" when none.
  std::string_view bound_prefix(std::string_view ns, std::string_view hint) const {
    if (!hint.empty()) {
      const std::string* uri = lookup(hint);
      if (uri != nullptr && *uri == ns) return hint;
    }
    return bindings.prefix_for(ns);
  }

  void declare(std::string_view prefix, std::string_view uri) {
    bindings.push(prefix, uri);
    buf += prefix.empty() ? " xmlns=\"" : " xmlns:";
    if (!prefix.empty()) {
      buf += prefix;
      buf += "=\"";
    }
    detail::append_escaped(buf, uri, detail::EscapeMode::attribute);
    buf.push_back('"');
  }

  // True when `prefix` was declared on the open start tag or is used by its name or attributes,
  // so that declaring it again there would be a duplicate or change their meaning.
  bool taken_on_tag(std::string_view prefix) const {
    const Frame& frame = stack.back();
    for (std::size_t i = frame.bindings_mark; i < bindings.size(); ++i) {
      if (bindings[i].prefix == prefix) return true;
    }
    if (prefix_of(std::string_view(qnames).substr(frame.qname_offset, frame.qname_size)) ==
        prefix) {
      return true;
    }
    return std::any_of(tag_attributes.begin(), tag_attributes.end(),
                       [&](const TagAttribute& a) { return a.prefix == prefix; });
  }

  std::string make_prefix() {
    for (;;) {
      std::string p = "ns" + std::to_string(++generated);
      if (lookup(p) == nullptr) return p;
    }
  }

  // Picks the prefix for an attribute in `ns` (not empty, not the XML namespace), declaring it
  // on the open tag when needed. Attributes never use the default namespace.
  std::string attribute_prefix(std::string_view ns, std::string_view hint) {
    const std::string_view bound = bound_prefix(ns, hint);
    if (!bound.empty()) return std::string(bound);
    std::string prefix;
    if (!hint.empty() && declarable_prefix(hint) && lookup(hint) == nullptr &&
        !taken_on_tag(hint)) {
      prefix = std::string(hint);
    } else {
      prefix = make_prefix();
    }
    declare(prefix, ns);
    return prefix;
  }
};

XmlWriter::XmlWriter(Sink& sink, XmlWriterOptions options)
    : rep_(std::make_unique<Rep>(sink, options)) {}
XmlWriter::~XmlWriter() = default;
XmlWriter::XmlWriter(XmlWriter&&) noexcept = default;
XmlWriter& XmlWriter::operator=(XmlWriter&&) noexcept = default;

void XmlWriter::declaration() {
  Rep& r = *rep_;
  if (!r.usable()) return;
  if (r.state != Rep::State::initial) {
    r.fail(ErrorCode::writer_misuse, "the XML declaration must come first");
    return;
  }
  r.buf += R"(<?xml version="1.0" encoding="UTF-8"?>)";
  if (r.pretty) r.buf += r.newline;
  r.state = Rep::State::prolog;
}

void XmlWriter::start_element(std::string_view name, std::string_view ns, std::string_view prefix) {
  Rep& r = *rep_;
  if (!r.usable()) return;
  if (r.state == Rep::State::after_root) {
    r.fail(ErrorCode::writer_misuse, "a document has one root element");
    return;
  }
  if (!r.stack.empty()) {
    if (!r.on_tag.empty()) write_taken_attributes();
    r.close_start_tag();
    Rep::Frame& parent = r.stack.back();
    parent.has_child = true;
    if (r.pretty && !parent.has_text) r.break_line(r.stack.size());
  }
  // Namespaces are compared as the document will say them, after repair.
  ns = r.aliased(detail::repaired(ns, r.uri_scratch));
  if (ns == kXmlnsNs) ns = {};  // no element may be in the xmlns namespace
  if (!r.names.empty()) name = r.spelled(ns, name, std::exchange(r.next_spelling, 0));
  if (ns.empty()) ns = r.no_namespace_as;  // after the spelling, which names it as read: none

  r.buf.push_back('<');
  r.stack.push_back({r.qnames.size(), 0, r.bindings.size()});
  r.tag_attributes.clear();
  r.on_tag.clear();
  r.on_tag.swap(r.queued);
  r.state = Rep::State::open_tag;
  // The name goes out first; declarations the prefix needs follow it as attributes.
  std::string qname;
  if (ns == kXmlNs) {
    qname = "xml:";
  } else if (!ns.empty() && !prefix.empty()) {
    // No prefix asked for: the element is in the default namespace, declared here if need be
    // (below), whatever prefixes other elements have for `ns`.
    const std::string_view bound = r.bound_prefix(ns, prefix);
    if (!bound.empty()) {
      qname.assign(bound).push_back(':');
    } else if (r.default_ns() != ns) {
      if (!prefix.empty() && declarable_prefix(prefix) && r.lookup(prefix) == nullptr) {
        qname.assign(prefix).push_back(':');
      } else if (!prefix.empty()) {
        qname.assign(r.make_prefix()).push_back(':');
      }
    }
  }
  if (detail::is_ncname(name)) {
    qname += name;
  } else {
    detail::append_ncname(qname, name);
  }
  r.buf += qname;
  r.qnames += qname;
  r.stack.back().qname_size = qname.size();

  // Declare what the chosen prefix needs on this element.
  const std::string_view chosen = prefix_of(qname);
  if (ns.empty()) {
    if (!r.default_ns().empty()) r.declare("", "");
  } else if (ns != kXmlNs) {
    const std::string* uri = r.lookup(chosen);
    if (uri == nullptr || *uri != ns) r.declare(chosen, ns);
  }
  r.maybe_flush();
}

void XmlWriter::alias_namespace(std::string_view uri, std::string_view written) {
  Rep& r = *rep_;
  if (uri.empty()) {
    // Attributes in no namespace stay there: only elements take the default namespace.
    if (!written.empty()) r.no_namespace_as = written;
    return;
  }
  if (uri == written) return;
  for (auto& [from, to] : r.aliases) {
    if (from == uri) {
      to = written;
      return;
    }
  }
  r.aliases.emplace_back(uri, written);
}

void XmlWriter::alias_name(std::string_view ns, std::string_view name, std::string_view written) {
  rep_->names.push_back({std::string(ns), std::string(name), std::string(written)});
}

void XmlWriter::spell_next(std::size_t spelling) noexcept { rep_->next_spelling = spelling; }

std::string_view XmlWriter::spelled_name(std::string_view name, std::string_view ns,
                                         std::size_t spelling) const {
  const Rep& r = *rep_;
  if (r.names.empty()) return name;  // most documents: no allocation, no lookup
  std::string storage;
  return r.spelled(r.aliased(detail::repaired(ns, storage)), name, spelling);
}

void XmlWriter::namespace_declaration(std::string_view prefix, std::string_view uri) {
  Rep& r = *rep_;
  if (!r.usable()) return;
  if (r.state != Rep::State::open_tag) {
    r.fail(ErrorCode::writer_misuse, "namespace declarations go on an open start tag");
    return;
  }
  uri = detail::repaired(uri, r.uri_scratch);
  if (!declarable_prefix(prefix) || (uri.empty() && !prefix.empty()) || uri == kXmlNs ||
      uri == kXmlnsNs) {
    return;
  }
  const std::string* bound = r.lookup(prefix);
  if ((bound != nullptr && *bound == uri) || (bound == nullptr && prefix.empty() && uri.empty())) {
    return;
  }
  if (r.taken_on_tag(prefix)) return;
  r.declare(prefix, uri);
}

void XmlWriter::attribute(std::string_view name, std::string_view value, std::string_view ns,
                          std::string_view prefix) {
  Rep& r = *rep_;
  if (!r.usable()) return;
  if (r.state != Rep::State::open_tag) {
    r.fail(ErrorCode::writer_misuse, "attributes go on an open start tag, before any content");
    return;
  }
  ns = r.aliased(detail::repaired(ns, r.uri_scratch));
  if (ns == kXmlnsNs || (ns.empty() && name == "xmlns")) return;
  std::string& local = r.scratch;
  local.clear();
  if (detail::is_ncname(name)) {
    local.assign(name);
  } else {
    detail::append_ncname(local, name);
  }
  for (const auto& a : r.tag_attributes) {
    if (a.ns == ns && a.name == local) return;  // repeated attribute: dropped
  }
  std::string chosen;
  if (ns == kXmlNs) {
    chosen = "xml";
  } else if (!ns.empty()) {
    chosen = r.attribute_prefix(ns, prefix);
  }
  r.tag_attributes.push_back({std::string(ns), local, chosen});
  r.buf.push_back(' ');
  if (!chosen.empty()) {
    r.buf += chosen;
    r.buf.push_back(':');
  }
  r.buf += local;
  r.buf += "=\"";
  detail::append_escaped(r.buf, value, detail::EscapeMode::attribute);
  r.buf.push_back('"');
  r.maybe_flush();
}

void XmlWriter::queue_attribute(std::string_view name, std::string_view value, std::string_view ns,
                                std::string_view prefix) {
  rep_->queued.push_back(
      {std::string(name), std::string(value), std::string(ns), std::string(prefix)});
}

void XmlWriter::cancel_queued_attributes() noexcept { rep_->queued.clear(); }

std::optional<std::string_view> XmlWriter::queued_attribute(std::string_view name) const noexcept {
  const Rep& r = *rep_;
  if (r.state != Rep::State::open_tag) return std::nullopt;
  for (const auto& [queued, value, ns, prefix] : r.on_tag) {
    if (queued == name && ns.empty()) return std::string_view(value);
  }
  return std::nullopt;
}

void XmlWriter::write_taken_attributes() {
  Rep& r = *rep_;
  std::vector<std::array<std::string, 4>> taken;
  taken.swap(r.on_tag);
  if (r.state != Rep::State::open_tag) return;
  for (const auto& [name, value, ns, prefix] : taken) attribute(name, value, ns, prefix);
}

void XmlWriter::text(std::string_view text) {
  Rep& r = *rep_;
  if (!r.usable()) return;
  if (r.stack.empty()) {
    r.fail(ErrorCode::writer_misuse, "text must be inside an element");
    return;
  }
  // Nothing to write (also when every character is one XML forbids, all dropped): the element
  // stays empty, <x/>, as it reads back.
  if (detail::repairs_to_nothing(text)) return;
  if (!r.on_tag.empty()) write_taken_attributes();
  r.close_start_tag();
  r.stack.back().has_text = true;
  detail::append_escaped(r.buf, text, detail::EscapeMode::text);
  r.maybe_flush();
}

void XmlWriter::cdata(std::string_view text) {
  Rep& r = *rep_;
  if (!r.usable()) return;
  if (r.stack.empty()) {
    r.fail(ErrorCode::writer_misuse, "CDATA must be inside an element");
    return;
  }
  if (detail::repairs_to_nothing(text)) return;
  if (!r.on_tag.empty()) write_taken_attributes();
  r.close_start_tag();
  r.stack.back().has_text = true;
  r.buf += "<![CDATA[";
  detail::append_escaped(r.buf, text, detail::EscapeMode::cdata);
  r.buf += "]]>";
  r.maybe_flush();
}

void XmlWriter::mixed_content() {
  Rep& r = *rep_;
  if (!r.usable()) return;
  if (r.stack.empty()) {
    r.fail(ErrorCode::writer_misuse, "mixed_content() with no element open");
    return;
  }
  r.stack.back().has_text = true;
}

void XmlWriter::text_element(std::string_view name, std::string_view text, std::string_view ns,
                             std::string_view prefix) {
  start_element(name, ns, prefix);
  this->text(text);
  end_element();
}

void XmlWriter::end_element() {
  Rep& r = *rep_;
  if (!r.usable()) return;
  if (r.stack.empty()) {
    r.fail(ErrorCode::writer_misuse, "end_element() with no element open");
    return;
  }
  if (!r.on_tag.empty()) write_taken_attributes();
  const Rep::Frame frame = r.stack.back();
  if (r.state == Rep::State::open_tag) {
    r.buf += "/>";
  } else {
    if (r.pretty && frame.has_child && !frame.has_text) r.break_line(r.stack.size() - 1);
    r.buf += "</";
    r.buf.append(r.qnames, frame.qname_offset, frame.qname_size);
    r.buf.push_back('>');
  }
  r.bindings.pop_to(frame.bindings_mark);
  r.qnames.resize(frame.qname_offset);
  r.stack.pop_back();
  r.state = r.stack.empty() ? Rep::State::after_root : Rep::State::content;
  r.maybe_flush();
}

Status XmlWriter::finish() {
  Rep& r = *rep_;
  if (r.state == Rep::State::finished) return r.status;
  if (r.status.ok()) {
    if (r.state == Rep::State::initial || r.state == Rep::State::prolog) {
      r.fail(ErrorCode::writer_misuse, "finish() before a root element was written");
    } else {
      while (!r.stack.empty()) end_element();
      if (r.pretty) r.buf += r.newline;
    }
  }
  r.flush();
  r.state = Rep::State::finished;
  return r.status;
}

const Status& XmlWriter::status() const noexcept { return rep_->status; }

std::size_t XmlWriter::depth() const noexcept { return rep_->stack.size(); }

std::size_t XmlWriter::bytes_written() const noexcept {
  return rep_->flushed + rep_->buf.size() - rep_->base;
}

}  // namespace feedpp
