#pragma once
// UI state of the safety feature (owned by safety_view.cpp): the safety
// card (Help > Safety, the first run, the safety worksheet) and the gentle
// panel that offers it again when the picture changes. When to offer is
// decided in the core (core/safety_watch.hpp); this only holds what is on
// screen.
#include "core/safety.hpp"
#include "core/safety_watch.hpp"

#include <set>
#include <string>
#include <vector>

namespace doorway {

struct SafetyUiState {
    // The card.
    bool requested = false;  // open it on the next frame it can open
    bool loaded = false;
    SafetyCard card;
    std::string error;       // the asset was bad: the built-in card is shown
    float footerHeight = 0;  // the closing line and Close, measured last frame
    // What the card or the safety page drew last: the country and its
    // contacts, in order (the tests read what a person would have seen).
    std::string shownCountry;
    std::vector<std::string> shownContacts;

    // Asking again.
    SafetyWatch watch;
    unsigned watchedGeneration = 0;  // the workbook watched (Document::generation())
    bool watching = false;
    unsigned watchedRevision = 0;  // its undo revision at the last look
    bool offering = false;         // the panel is up
    SafetyEvent offer;             // what it is about
    // Offered in this session: a read-only workbook can't remember in its
    // settings, and must not ask twice either.
    std::set<std::string> offeredThisSession;
};

}  // namespace doorway
