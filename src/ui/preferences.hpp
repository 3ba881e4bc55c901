#pragma once
// The app's preferences (configDir()/privacy.json), shared by the privacy
// and safety features and by print. Loading and saving the file itself:
// loadPrivacyPrefs and savePrivacyPrefs in ui/privacy_state.hpp.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <string>

namespace doorway {

// Where the preferences live: the test's path, else configDir()/privacy.json
// with a real window, else "" (headless runs keep them in memory only).
std::string preferencesPath(const AppState& app, const Platform& platform);
// Makes the other features follow the preferences (title, recent files).
void applyPreferences(AppState& app);
// Applies and writes the preferences; a failure lands in the status line.
void storePreferences(AppState& app, Platform& platform);
// Whose help lines the safety card shows: the saved choice, else the
// locale's country.
std::string helpCountry(const AppState& app);
// Keeps the card's country choice with the preferences.
void setHelpCountry(AppState& app, Platform& platform, const std::string& code);

}  // namespace doorway
