#pragma once
// The take pipeline's core half: a finished take (typed, spoken, role-play)
// becomes a Take here, from typed values. The UI starts, stops and draws;
// it hands over what was said, the score and the speech numbers, and adds
// the result with cmd::addTake.
#include "core/scorer.hpp"
#include "core/workbook.hpp"

#include <string>

namespace doorway {

// The one take id scheme: "take-YYYYMMDD-HHMMSS" from the take's start time
// (ISO 8601), with "-2", "-3", ... when the workbook already has that id.
std::string newTakeId(const Workbook& wb, const std::string& startedIso);

// Everything a finished take is made of.
struct TakeRecord {
    std::string mode;                    // typed | spoken | roleplay
    std::string objection;               // role-play: the objection id
    std::string startedIso;              // when it started (the id comes from it)
    double plannedS = 0;                 // the timer's length (0: as long as it ran)
    double elapsedS = 0;                 // how long it ran
    std::string text;                    // what was said
    const ScoreResult* score = nullptr;  // the phrasing score, when the scorer loaded
    std::string audio;                   // the recording's file name, "" if none
    json::object speechMetrics;          // wpm, fillers, pauses ... (spoken takes)
};

// The Take for `r`, with a fresh id in `wb` and the elapsed time to a tenth
// of a second. Its findings are kept as they read today (core/take_findings).
Take makeTake(const Workbook& wb, const TakeRecord& r);

// The line above the Takes page's chart: the rehearsal takes' latest, best
// and recent average, and how many role-play answers there are beside them.
// Answers are the chart's other series (rings) and score another thing (an
// answer to one objection), so they never count as the latest or best take.
std::string takesSummaryLine(const std::vector<Take>& takes);

}  // namespace doorway
