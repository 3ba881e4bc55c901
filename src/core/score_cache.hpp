#pragma once
// The window's one phrasing scorer, loaded once, and its last results keyed
// by text: views ask for a score every frame, but the scorer only runs when
// the text changes. Kept in core so the policy (load once, cache by text, a
// damaged asset is an error to show, a pasted book is no score) is tested
// without a window; the app holds one (RehearsalUiState::scores).
#include "core/scorer.hpp"

#include <deque>
#include <string>
#include <utility>

namespace doorway {

struct ScoreCache {
    // A worksheet's scored boxes and the rehearsal's texts fit.
    static constexpr size_t kSize = 16;

    bool loaded = false;
    std::string error;  // a damaged scoring asset (or a failed run): shown, never a crash
    Scorer scorer;
    // Newest first, each with what it was scored as.
    std::deque<std::pair<std::pair<ScoreAs, std::string>, ScoreResult>> recent;
    int runs = 0;  // how many times the scorer actually ran (tests check the cache)

    // The scorer from `scoringDir`, loaded on first use; nullptr when its
    // assets are broken (`error` says how).
    const Scorer* load(const std::string& scoringDir);
    // The score of `text`, from the cache when it was scored lately; nullptr
    // for blank text, for a text too long to score, or without a scorer.
    const ScoreResult* score(const std::string& scoringDir, const std::string& text, ScoreAs as = ScoreAs::Invitation);
};

}  // namespace doorway
