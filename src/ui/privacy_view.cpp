// Placeholder until its feature lands; keeps the window whole meanwhile.
#include "ui/views.hpp"

#include <imgui.h>

namespace doorway {

bool drawPrivacyOverlay(AppState& app, Platform& platform) {
    (void)platform;
    return app.privacyUi.hidden;
}

void drawPrivacyMenuItems(AppState& app, Platform& platform) {
    (void)app;
    (void)platform;
}

void drawPrivacyDialogs(AppState& app, Platform& platform) {
    (void)app;
    (void)platform;
}

void openSafetyCard(AppState& app) { (void)app; }

void askPassphraseToOpen(AppState& app, const std::string& path) {
    (void)app;
    (void)path;
}

void tickPrivacy(AppState& app, Platform& platform) {
    (void)app;
    (void)platform;
}

bool privacyUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    (void)app;
    (void)platform;
    (void)action;
    (void)error;
    return false;
}

}  // namespace doorway
