#pragma once
// Every saved take: the scores over time and each take's words.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

namespace doorway {

void drawTakesView(AppState& app, Platform& platform);

}  // namespace doorway
