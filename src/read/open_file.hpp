// SPDX-License-Identifier: MIT
// Opening a feed file, for parse_file() and parse_stream_file(): what cannot be read is a fatal
// ErrorCode::io_error that says why (a directory, a missing file, one that cannot be opened).
#ifndef FEEDPP_SRC_READ_OPEN_FILE_HPP
#define FEEDPP_SRC_READ_OPEN_FILE_HPP

#include <fstream>
#include <optional>
#include <string>

#include "feedpp/parse.hpp"

namespace feedpp::detail {

// Opens `path` into `in` (binary); returns nothing on success, else the result to return: no
// feed and the io_error.
std::optional<ParseResult> open_file(const std::string& path, const ParseOptions& options,
                                     std::ifstream& in);

}  // namespace feedpp::detail

#endif  // FEEDPP_SRC_READ_OPEN_FILE_HPP
