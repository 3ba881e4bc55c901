// Placeholder until its feature lands; keeps the window whole meanwhile.
#include "ui/views.hpp"

#include <imgui.h>

namespace doorway {

void drawWorksheetView(AppState& app, Platform& platform, const WorksheetDef& def) {
    (void)app;
    (void)platform;
    ImGui::TextWrapped("%s", def.title.c_str());
}

bool worksheetUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    (void)app;
    (void)platform;
    (void)action;
    (void)error;
    return false;
}

}  // namespace doorway
