// SPDX-License-Identifier: MIT
// The version of feedpp. This header is the only place it is written: CMake reads the three macros
// below, and feedpp::version() reports the version the library binary was built as, so that a
// program can tell when it runs against a library other than the one its headers came from.
#ifndef FEEDPP_VERSION_HPP
#define FEEDPP_VERSION_HPP

#include "feedpp/export.hpp"

#define FEEDPP_VERSION_MAJOR 0
#define FEEDPP_VERSION_MINOR 1
#define FEEDPP_VERSION_PATCH 0

/// The version as one number, `major * 10000 + minor * 100 + patch` (0.1.0 is 100).
#define FEEDPP_VERSION \
  (FEEDPP_VERSION_MAJOR * 10000 + FEEDPP_VERSION_MINOR * 100 + FEEDPP_VERSION_PATCH)

namespace feedpp {

/// Returns the version the library was built as, in the form of `FEEDPP_VERSION`.
FEEDPP_API int version() noexcept;

}  // namespace feedpp

#endif  // FEEDPP_VERSION_HPP
