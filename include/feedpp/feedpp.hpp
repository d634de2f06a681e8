// SPDX-License-Identifier: MIT
// The whole public API of feedpp in one include: the model, dates, diagnostics, the parser, the
// writers, the validator, and the URL and HTML helpers.
#ifndef FEEDPP_FEEDPP_HPP
#define FEEDPP_FEEDPP_HPP

#include "feedpp/atom_writer.hpp"
#include "feedpp/convert.hpp"
#include "feedpp/datetime.hpp"
#include "feedpp/diagnostics.hpp"
#include "feedpp/discover.hpp"
#include "feedpp/html.hpp"
#include "feedpp/json_feed_writer.hpp"
#include "feedpp/model.hpp"
#include "feedpp/parse.hpp"
#include "feedpp/rss_writer.hpp"
#include "feedpp/sanitize.hpp"
#include "feedpp/stream.hpp"
#include "feedpp/url.hpp"
#include "feedpp/validate.hpp"
#include "feedpp/version.hpp"
#include "feedpp/view.hpp"
#include "feedpp/write_options.hpp"
#include "feedpp/xml_writer.hpp"

#endif  // FEEDPP_FEEDPP_HPP
