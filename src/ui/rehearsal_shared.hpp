#pragma once
// What the rehearsal, role-play, takes, speech, safety and worksheet views
// share of the rehearsal feature (rehearsal_shared.cpp): the window's one
// scorer and its cache, the feature's clock, the role-play objections.
#include "core/scorer.hpp"
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <string>

namespace doorway {

// The button that ends a take early and checks it, one name for a rehearsal
// take and a role-play answer alike (they once said "I'm done" and "Done:
// check my answer" for the same step).
inline constexpr const char* kFinishTakeLabel = "I'm done: check it";

// The score of `text` from the cache (the scorer runs only for new text).
// nullptr for blank text or when the scoring assets could not be loaded.
const ScoreResult* cachedScore(AppState& app, const std::string& text);
// The window's one scorer, loaded on first use; nullptr when its assets are broken.
const Scorer* rehearsalScorer(AppState& app);
// Where the scoring assets are.
std::string scoringDir(const AppState& app);
// Copies Platform::now() into the feature's clock (the injected clock of
// every take's timer).
void syncRehearsalClock(AppState& app, Platform& platform);
// Loads assets/roleplay/objections.json once; errors land in objectionsError.
void ensureObjections(AppState& app);

}  // namespace doorway
