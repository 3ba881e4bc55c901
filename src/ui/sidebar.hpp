#pragma once
// The sidebar: worksheets with their completion, then the practice pages.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

namespace doorway {

void drawSidebar(AppState& app, Platform& platform);
// The sidebar's width for a main area `available` pixels wide.
float sidebarWidth(const AppState& app, float available);

}  // namespace doorway
