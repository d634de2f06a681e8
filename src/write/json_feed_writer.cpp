// SPDX-License-Identifier: MIT
// JsonFeedWriter: the state machine of a JSON Feed document (begin, add, end), the checks on
// what a program gives it, and the one-call writers. The members are json_feed_fields.cpp's.
#include "feedpp/json_feed_writer.hpp"

#include <ostream>

#include "write/feed_writer.hpp"
#include "write/json_feed_fields.hpp"
#include "write/json_out.hpp"
#include "write/write_options_of.hpp"

namespace feedpp {
namespace {

bool date_ok(const Date& d) { return !d.value || d.value->ok(); }

}  // namespace

struct JsonFeedWriter::Rep {
  enum class State { initial, open, ended };

  Rep(Sink& sink, WriteOptions o) : options(std::move(o)), out(sink, options.xml) {}

  void fail(ErrorCode code, std::string message) {
    if (status.ok()) status = Status(code, std::move(message));
  }
  void sync() {
    if (status.ok() && !out.status().ok()) status = out.status();
  }
  bool expect(State wanted, const char* what) {
    if (!status.ok()) return false;
    if (state != wanted) {
      fail(ErrorCode::writer_misuse, what);
      return false;
    }
    return true;
  }

  void begin(const Channel& channel) {
    if (!expect(State::initial, "begin() must be the first call, and only once")) return;
    if (!options.allow_missing) {
      if (const char* missing = detail::json_channel_missing(channel)) {
        fail(ErrorCode::missing_element, std::string("JSON Feed requires ") + missing);
        return;
      }
    }
    state = State::open;
    out.open('{');
    const Status s = detail::write_json_channel(out, channel);
    if (!s.ok()) fail(s.code(), s.message());
    out.key("items");
    out.open('[');
    out.flush();
    sync();
  }

  void add(const Item& item) {
    if (!expect(State::open, "add() must come after begin() and before end()")) return;
    if (!options.allow_missing) {
      if (const char* missing = detail::json_item_missing(item)) {
        fail(ErrorCode::missing_element, std::string("JSON Feed requires ") + missing);
        return;
      }
    }
    // Checked before anything is written, so that a failing item leaves no half object behind.
    if (!date_ok(item.pub_date) || !date_ok(item.updated)) {
      fail(ErrorCode::date_out_of_range, "an item's date cannot be written in RFC 3339");
      return;
    }
    out.element();
    const Status s = detail::write_json_item(out, item);
    if (!s.ok()) fail(s.code(), s.message());
    out.flush();
    sync();
  }

  Status end() {
    if (state == State::initial) {
      fail(ErrorCode::writer_misuse, "end() before begin()");
    } else if (state == State::open) {
      state = State::ended;
      if (status.ok()) {
        out.close(']');
        out.close('}');
        if (out.pretty()) out.raw("\n");
      }
      out.flush(true);
      sync();
    }
    return status;
  }

  WriteOptions options;
  detail::JsonOut out;
  Status status;
  State state = State::initial;
};

JsonFeedWriter::JsonFeedWriter(Sink& sink, WriteOptions options)
    : rep_(std::make_unique<Rep>(sink, std::move(options))) {}
JsonFeedWriter::~JsonFeedWriter() = default;
JsonFeedWriter::JsonFeedWriter(JsonFeedWriter&&) noexcept = default;
JsonFeedWriter& JsonFeedWriter::operator=(JsonFeedWriter&&) noexcept = default;

const Status& JsonFeedWriter::begin(const Channel& channel) {
  rep_->begin(channel);
  return rep_->status;
}

const Status& JsonFeedWriter::add(const Item& item) {
  rep_->add(item);
  return rep_->status;
}

Status JsonFeedWriter::end() { return rep_->end(); }

const Status& JsonFeedWriter::status() const noexcept { return rep_->status; }

WriteOptions detail::json_write_options(const Feed& feed, const WriteOptions& options) {
  // A JSON Feed read is written as read: the required members are checked in what a program
  // builds, never in what it read (as the XML writers do for their own formats).
  WriteOptions as_read = options;
  as_read.allow_missing = options.allow_missing || is_json(feed.format);
  return as_read;
}

Status write_json_feed(const Feed& feed, Sink& sink, const WriteOptions& options) {
  JsonFeedWriter writer(sink, detail::json_write_options(feed, options));
  writer.begin(feed.channel);
  for (const Item& item : feed.items) {
    if (!writer.add(item).ok()) break;
  }
  return writer.end();
}

Status write_json_feed(const Feed& feed, std::string& out, const WriteOptions& options) {
  out.reserve(out.size() + detail::estimated_size(feed));
  StringSink sink(out);
  return write_json_feed(feed, sink, options);
}

Status write_json_feed(const Feed& feed, std::ostream& out, const WriteOptions& options) {
  OStreamSink sink(out);
  return write_json_feed(feed, sink, options);
}

std::string to_json_feed(const Feed& feed, const WriteOptions& options) {
  std::string out;
  if (!write_json_feed(feed, out, options).ok()) out.clear();
  return out;
}

}  // namespace feedpp
