#pragma once
// The rehearsal pane: the script with its live phrasing score and the
// timed take.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <string>

namespace doorway {

void drawRehearsalView(AppState& app, Platform& platform);
// Per frame: the running take's timer (and its microphone).
void tickRehearsal(AppState& app, Platform& platform);
// "rehearsal.*" and "takes.*" actions of --ui; true when the action was one.
bool rehearsalUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);

}  // namespace doorway
