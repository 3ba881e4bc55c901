// Placeholder until its feature lands; keeps the window whole meanwhile.
#include "ui/views.hpp"

#include <imgui.h>

namespace doorway {

void drawSpeechPanel(AppState& app, Platform& platform) {
    (void)app;
    (void)platform;
}

void tickSpeech(AppState& app, Platform& platform) {
    (void)app;
    (void)platform;
}

bool speechUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    (void)app;
    (void)platform;
    (void)action;
    (void)error;
    return false;
}

}  // namespace doorway
