// Placeholder until its feature lands; keeps the window whole meanwhile.
#include "ui/views.hpp"

#include <imgui.h>

namespace doorway {

void drawRehearsalView(AppState& app, Platform& platform) {
    (void)app;
    (void)platform;
    ImGui::TextWrapped("Rehearse the invitation");
}

void tickRehearsal(AppState& app, Platform& platform) {
    (void)app;
    (void)platform;
}

bool rehearsalUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    (void)app;
    (void)platform;
    (void)action;
    (void)error;
    return false;
}

}  // namespace doorway
