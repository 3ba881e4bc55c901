#pragma once
// Drawing shared by the rehearsal, role-play, takes and speech views
// (take_widgets.cpp): none of them owns it, so none includes another.
#include "core/rehearsal_timer.hpp"
#include "core/scorer.hpp"
#include "ui/app_state.hpp"
#include "ui/text_editor.hpp"

#include <functional>
#include <string>
#include <vector>

namespace doorway {

// "m:ss"
std::string formatSeconds(double s);

// The text wrapped, risky spans warm, strong spans green; hovering a span
// explains it and shows the rewrite.
void drawScoredText(const std::string& text, const std::vector<ScoreFinding>& findings, const char* id);
// The findings as underlines of a wrapped text box: a wavy line for what
// may land badly, a straight one for what helps, the reason on hover.
std::vector<EditorSpan> scoreSpans(const std::string& text, const std::vector<ScoreFinding>& findings);
// The score, large, and its band in words.
void drawScoreBadge(const ScoreResult& r, const char* id);
// With `app`, a safety finding offers the safety card.
void drawFindingsList(const std::vector<ScoreFinding>& findings, const char* id, AppState* app = nullptr);

// A take's or a script's wrapped box, the pane's width ("answer/<key>" in
// the window map).
EditorResult takeBox(AppState& app, const std::string& key, std::string& text, int minLines, int maxLines,
                     const std::string& hint, const std::vector<EditorSpan>* spans);
// A running take's keys: F9 (or Space when no box has the keyboard)
// pauses, Esc calls `stop`.
void takeKeys(AppState& app, RehearsalTimer& timer, const std::function<void()>& stop);

}  // namespace doorway
