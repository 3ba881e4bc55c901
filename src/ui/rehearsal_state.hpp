#pragma once
// UI state of the rehearsal feature: the script editor, the timed take,
// role-play and the takes history (rehearsal_view.cpp, roleplay_view.cpp,
// takes_view.cpp). The script itself lives in the workbook
// (answers["rehearsal"]["script"]); this only holds what is on screen.
#include "core/objections.hpp"
#include "core/rehearsal_timer.hpp"
#include "core/scorer.hpp"
#include "core/workbook.hpp"

#include <deque>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace doorway {

// Where the rehearsal keeps its script: kRehearsalSheet and
// kRehearsalScriptField in core/workbook.hpp (the export reads it too).

// The scorer, loaded once, and its last results keyed by text: the views
// ask for a score every frame but the scorer only runs when text changes.
struct ScoreCache {
    bool loaded = false;
    std::string error;  // a damaged scoring asset: shown, never a crash
    Scorer scorer;
    std::deque<std::pair<std::string, ScoreResult>> recent;  // newest first
    int runs = 0;  // how many times the scorer actually ran (tests check the cache)
};

// One timed take in progress or just over.
struct TakeSession {
    // Timers read this value, which tickRehearsal copies from
    // Platform::now(): the injected clock of the whole feature.
    std::shared_ptr<double> clockNow;
    RehearsalTimer timer;
    std::string startedIso;  // wall-clock start, for the saved take
    bool spoken = false;     // this take listens to the microphone
    bool listening = false;  // speechBeginTake succeeded
    std::string typed;       // typed answer during the take
    std::string heard;       // recognised text at the end of a spoken take
    boost::json::object metrics;
    std::string audio;
    // After the take: saved, waiting for save/discard (stopped), or neither.
    bool over = false;
    bool saved = false;
    std::string savedTakeId;
    std::string text;  // what was said (typed or heard), as scored
    ScoreResult result;

    explicit TakeSession(std::shared_ptr<double> clock) : clockNow(clock), timer([clock] { return *clock; }) {}
};

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
    TakeSession take{clockNow};

    // Role-play.
    bool objectionsLoaded = false;
    std::string objectionsError;
    ObjectionCatalog objections;
    std::string objectionId;
    int roleLength = 30;  // seconds
    bool showFear = false;
    TakeSession role{clockNow};
    FearCheck roleCheck;
    std::string roleCheckKey;  // objection id + answer the check was made for

    // Takes history.
    std::string expandedTake;  // id of the take opened in the list
};

}  // namespace doorway

// [SECTION] helpers shared by the rehearsal, role-play and takes views
// (defined in rehearsal_view.cpp).
namespace doorway {

struct AppState;
class Platform;

// The score of `text` from the cache (the scorer runs only for new text).
// nullptr for blank text or when the scoring assets could not be loaded.
const ScoreResult* cachedScore(AppState& app, const std::string& text);
// The window's one scorer, loaded on first use; nullptr when its assets are broken.
const Scorer* rehearsalScorer(AppState& app);
// Copies Platform::now() into the feature's clock.
void syncRehearsalClock(AppState& app, Platform& platform);
// Loads assets/roleplay/objections.json once; errors land in objectionsError.
void ensureObjections(AppState& app);
// A take id that is not yet used in the open workbook, from an ISO time.
std::string newTakeId(const Workbook& wb, const std::string& isoTime);
// Findings as kept in a take (message and suggestion ride in `extra`).
std::vector<TakeFinding> takeFindings(const ScoreResult& r);

// Take sessions (rehearsal and role-play share them). begin: 3-2-1 then
// running; end: collect what was said (speech or typed), score it, and
// with `save` add it to the workbook as a Take through a command.
bool beginSession(AppState& app, Platform& platform, TakeSession& s, double length, bool spoken, std::string& error);
void endSession(AppState& app, Platform& platform, TakeSession& s, bool save, const std::string& mode,
                const std::string& objection);
bool saveSession(AppState& app, Platform& platform, TakeSession& s, const std::string& mode,
                 const std::string& objection);
// Per frame: advances the timer, starts listening, ends the take at time-out.
void tickSession(AppState& app, Platform& platform, TakeSession& s, const std::string& mode,
                 const std::string& objection);
void drawTakeReview(AppState& app, Platform& platform, TakeSession& s, const std::string& mode,
                    const std::string& objection);
// roleplay_view.cpp
void tickRolePlay(AppState& app, Platform& platform);
bool rolePlayUiAction(AppState& app, Platform& platform, const std::string& key, bool hasValue,
                      const std::string& value, std::string& error);

// Drawing (ImGui): the text wrapped, risky spans warm, strong spans green,
// hovering a span explains it and shows the rewrite.
void drawScoredText(const std::string& text, const std::vector<ScoreFinding>& findings, const char* id);
// The score, large, and its band in words.
void drawScoreBadge(const ScoreResult& r, const char* id);
// With `app`, a safety finding offers the safety card (openSafetyCard).
void drawFindingsList(const std::vector<ScoreFinding>& findings, const char* id, AppState* app = nullptr);
// A heading in the bold font when it is loaded.
void drawHeading(const char* text);
// "m:ss"
std::string formatSeconds(double s);

}  // namespace doorway
