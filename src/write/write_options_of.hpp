// SPDX-License-Identifier: MIT
// The options each writer writes a whole feed with (write_rss(), write_atom(), write_json_feed()):
// the caller's, with the namespaces the feed uses declared on the root and, for a feed read in the
// writer's format, "write as read". StreamConverter starts its writers with them too, from the
// part of the feed read before its items.
#ifndef FEEDPP_SRC_WRITE_WRITE_OPTIONS_OF_HPP
#define FEEDPP_SRC_WRITE_WRITE_OPTIONS_OF_HPP

#include "feedpp/model.hpp"
#include "feedpp/write_options.hpp"

namespace feedpp::detail {

WriteOptions rss_write_options(const Feed& feed, const WriteOptions& options);
WriteOptions atom_write_options(const Feed& feed, const WriteOptions& options);
WriteOptions json_write_options(const Feed& feed, const WriteOptions& options);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_WRITE_WRITE_OPTIONS_OF_HPP
