#pragma once
// Quick hide, the passphrase prompts, locking, the idle lock and the
// privacy preferences in the View menu.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <string>

namespace doorway {

// Returns true when the window is hidden and nothing else should draw.
bool drawPrivacyOverlay(AppState& app, Platform& platform);
void drawPrivacyMenuItems(AppState& app, Platform& platform);
// File menu: Lock with passphrase... / Remove passphrase...
void drawPrivacyFileMenuItems(AppState& app, Platform& platform);
void drawPrivacyDialogs(AppState& app, Platform& platform);
// Asks for the passphrase of a sealed workbook, then opens it.
void askPassphraseToOpen(AppState& app, const std::string& path);
// In the banner over the stand-in for a workbook locked at start-up: after
// Cancel, a way back to its passphrase prompt (true when drawn).
bool drawLockedRetry(AppState& app);
// Per frame: the idle lock.
void tickPrivacy(AppState& app, Platform& platform);
// "privacy.*" actions of --ui; true when the action was one.
bool privacyUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);

}  // namespace doorway
