// Placeholder until its feature lands; keeps the window whole meanwhile.
#include "ui/views.hpp"

#include <imgui.h>

namespace doorway {

void drawRolePlayView(AppState& app, Platform& platform) {
    (void)app;
    (void)platform;
    ImGui::TextWrapped("Role-play");
}

}  // namespace doorway
