#pragma once
// The safety card, and the gentle panel that offers it again when the
// picture changes (a check-in, the trend, rehearsal text).
#include "core/safety.hpp"
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <string>

namespace doorway {

void openSafetyCard(AppState& app);
void drawSafetyDialogs(AppState& app, Platform& platform);
// The card, read once from assets/safety.json (the built-in one if that is
// damaged, said once in the status line).
const SafetyCard& safetyCard(AppState& app, Platform& platform);
// "Numbers for [country]" and the lines, as on the card; for the safety
// worksheet's help_lines field too. With `listHeight` > 0 the lines scroll
// in a box that tall (the card keeps its Close button in view).
void drawHelpLines(AppState& app, Platform& platform, float width, float listHeight = 0);
// Per frame: offers the card again when something new calls for it.
void tickSafety(AppState& app, Platform& platform);
// "safety.*" actions of --ui; true when the action was one.
bool safetyUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);

}  // namespace doorway
