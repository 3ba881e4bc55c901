// Placeholder until its feature lands; keeps the window whole meanwhile.
#include "ui/views.hpp"

#include <imgui.h>

namespace doorway {

void drawPrintMenuItems(AppState& app, Platform& platform) {
    (void)app;
    (void)platform;
}

void drawPrintDialogs(AppState& app, Platform& platform) {
    (void)app;
    (void)platform;
}

bool printUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    (void)app;
    (void)platform;
    (void)action;
    (void)error;
    return false;
}

}  // namespace doorway
