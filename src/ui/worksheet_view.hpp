#pragma once
// One worksheet page: its fields, the tracker and its trend, the door log.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <string>

namespace doorway {

void drawWorksheetView(AppState& app, Platform& platform, const WorksheetDef& def);
// "worksheet.*" actions of --ui; true when the action was one.
bool worksheetUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);

}  // namespace doorway
