// Placeholder until its feature lands; keeps the window whole meanwhile.
#include "ui/views.hpp"

#include <imgui.h>

namespace doorway {

void drawFileMenuItems(AppState& app, Platform& platform) {
    (void)app;
    (void)platform;
}

void drawFileDialogs(AppState& app, Platform& platform) {
    (void)app;
    (void)platform;
}

void tickFile(AppState& app, Platform& platform) {
    (void)app;
    (void)platform;
}

bool fileUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    (void)app;
    (void)platform;
    (void)action;
    (void)error;
    return false;
}

}  // namespace doorway
