// SPDX-License-Identifier: MIT
#include "feedpp/version.hpp"

namespace feedpp {

int version() noexcept { return FEEDPP_VERSION; }

}  // namespace feedpp
