// SPDX-License-Identifier: MIT
// `feedpp convert`: what a converter adds so that a feed read in one format can be written in
// another without losing its required elements.
#ifndef FEEDPP_EXAMPLES_CLI_CONVERT_HPP
#define FEEDPP_EXAMPLES_CLI_CONVERT_HPP

#include <feedpp/model.hpp>

namespace feedpp_cli {

// Fills in what `target` (Format::rss_2_0 or Format::atom_1_0) requires from what `feed` has:
// an Atom id from the self or alternate link, an updated date from the newest item, an RSS link
// from the alternate link, an item's updated date from its published one, ... and marks Atom
// ids that are not the item's URL as non-permalink guids. Never invents what is not there.
void prepare_for(feedpp::Feed& feed, feedpp::Format target);

}  // namespace feedpp_cli

#endif  // FEEDPP_EXAMPLES_CLI_CONVERT_HPP
