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

bool speechInputAvailable(AppState& app) {
    (void)app;
    return false;
}

bool speechBeginTake(AppState& app, Platform& platform, std::string& error) {
    (void)app;
    (void)platform;
    error = "speech is not available in this build yet";
    return false;
}

const std::string& speechPartialText(const AppState& app) {
    (void)app;
    static const std::string kEmpty;
    return kEmpty;
}

bool speechEndTake(AppState& app, Platform& platform, std::string& text, boost::json::object& metrics,
                   std::string& audioFile, std::string& error) {
    (void)app;
    (void)platform;
    (void)text;
    (void)metrics;
    (void)audioFile;
    error = "speech is not available in this build yet";
    return false;
}

void speakObjection(AppState& app, const std::string& text) {
    (void)app;
    (void)text;
}

}  // namespace doorway
