#pragma once
// The main area when nothing is chosen; suggests a next step.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

namespace doorway {

void drawHomeView(AppState& app, Platform& platform);

}  // namespace doorway
