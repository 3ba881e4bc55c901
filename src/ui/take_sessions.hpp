#pragma once
// The window's side of a take (take_sessions.cpp): the core TakeSession
// decides; this starts the microphone when it asks, stops it, saves the
// Take through a command, says what happened in the status line, and draws
// a finished take's review. Shared by the rehearsal and role-play views.
#include "core/take_session.hpp"
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <string>

namespace doorway {

// 3-2-1, then running. `objection` is the role-play objection ("" for a rehearsal take).
bool beginSession(AppState& app, Platform& platform, TakeSession& s, double length, bool spoken,
                  const std::string& objection, std::string& error);
// Ends the take: stops the microphone, scores what was said and adds it to
// the workbook (through the journal, so it outlives a crash). Stopped early
// or timed out, a take with words is kept: the README promises every take
// is, and a review left open when the window closes was a silent loss.
void endSession(AppState& app, Platform& platform, TakeSession& s);
// The review's "Delete this take": removes the kept take (an undo step).
void deleteSessionTake(AppState& app, Platform& platform, TakeSession& s);
// Before quitting: a take still running is stopped and kept, and a finished
// one whose save failed is tried again.
void keepOpenTakes(AppState& app, Platform& platform);
// Adds a finished take to the workbook (once). False when there is nothing
// to save or the workbook is read-only (the status line says why).
bool saveSession(AppState& app, Platform& platform, TakeSession& s);
// Per frame: advances the timer, starts listening, ends the take at time-out.
void tickSession(AppState& app, Platform& platform, TakeSession& s);
// A finished take: its words, score, findings, speech numbers, and Save,
// Discard or Close. `wording`, when not empty, stands small in place of the
// large score (role-play, where the verdict on the fear comes first and the
// phrasing score is how the answer is worded: core wordingLine).
void drawTakeReview(AppState& app, Platform& platform, TakeSession& s, const std::string& wording = {});
// Its buttons (Delete or Save, Close, See all takes), drawn apart so a
// caller that scrolls the review keeps them in sight under it.
void drawTakeReviewActions(AppState& app, Platform& platform, TakeSession& s);

// "Say it aloud": one choice for rehearsal takes and role-play answers, on
// both pages (role-play had none of its own, so it could only be found on
// the rehearsal page); greyed with no microphone.
inline constexpr const char* kSayItAloud = "Say it aloud";
void drawSayItAloud(AppState& app);

}  // namespace doorway
