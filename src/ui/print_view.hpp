#pragma once
// File > Export and File > Print: the choices, the dialogs, the job.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <string>

namespace doorway {

void drawPrintMenuItems(AppState& app, Platform& platform);
void drawPrintDialogs(AppState& app, Platform& platform);
// Opens File > Export… with only `sectionId` chosen (a page printed on its own).
void openExportFor(AppState& app, const std::string& sectionId);
// "print.*" and "export.*" actions of --ui; true when the action was one.
bool printUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);

}  // namespace doorway
