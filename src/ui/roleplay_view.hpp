#pragma once
// Role-play: one of the partner's likely objections, a short timed answer,
// and whether the answer met the fear behind it.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <string>

namespace doorway {

void drawRolePlayView(AppState& app, Platform& platform);
// Per frame: the running answer's timer (and its microphone).
void tickRolePlay(AppState& app, Platform& platform);
// "roleplay.*" actions of --ui; true when the action was one.
bool rolePlayUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);

}  // namespace doorway
