#pragma once
// UI state of the rehearsal feature: the script editor, the timed take,
// role-play and the takes history (rehearsal_view.cpp, roleplay_view.cpp,
// takes_view.cpp). The script itself lives in the workbook
// (answers["rehearsal"]["script"]); this only holds what is on screen.
#include "core/objections.hpp"
#include "core/rehearsal_timer.hpp"
#include "core/score_cache.hpp"
#include "core/scorer.hpp"
#include "core/take_session.hpp"
#include "core/workbook.hpp"

#include <deque>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace doorway {

// Where the rehearsal keeps its script: kRehearsalSheet and
// kRehearsalScriptField in core/workbook.hpp (the export reads it too).

struct RehearsalUiState {
    std::shared_ptr<double> clockNow = std::make_shared<double>(0.0);
    ScoreCache scores;

    // Script editor: the buffer mirrors the workbook unless being typed in.
    std::string scriptBuffer;
    bool scriptEditing = false;
    bool showScriptDuringTake = true;
    bool speakAloud = false;
    int lengthChoice = 1;  // index into kPresetTakeSeconds, or 4 = custom
    std::string customLength = "75";
    std::string askNote;  // why "Use my ask" could not fill the script
    TakeSession take{TakeKind::Rehearsal, [c = clockNow] { return *c; }};

    // Role-play.
    bool objectionsLoaded = false;
    std::string objectionsError;
    ObjectionCatalog objections;
    std::string objectionId;
    int roleLength = 30;  // seconds
    bool showFear = false;
    TakeSession role{TakeKind::RolePlay, [c = clockNow] { return *c; }};
    FearCheck roleCheck;
    std::string roleCheckKey;  // objection id + answer the check was made for

    // Takes history.
    std::string expandedTake;  // id of the take opened in the list
};

}  // namespace doorway
