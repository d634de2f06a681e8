// SPDX-License-Identifier: MIT
// Every vocabulary's schemas, for the code that walks them all (counting, reading, writing).
#ifndef FEEDPP_SRC_EXT_VOCABULARIES_HPP
#define FEEDPP_SRC_EXT_VOCABULARIES_HPP

#include "ext/creative_commons_schema.hpp"
#include "ext/dublin_core_schema.hpp"
#include "ext/feedburner_schema.hpp"
#include "ext/georss_schema.hpp"
#include "ext/itunes_schema.hpp"
#include "ext/media_schema.hpp"
#include "ext/podcast_schema.hpp"
#include "ext/psc_schema.hpp"
#include "ext/schema.hpp"
#include "ext/slash_schema.hpp"
#include "ext/syndication_schema.hpp"
#include "ext/threading_schema.hpp"
#include "ext/wfw_schema.hpp"

#endif  // FEEDPP_SRC_EXT_VOCABULARIES_HPP
