#pragma once
// The file feature's recent list (recent.json, kept only when the privacy
// preference allows) and what opens at start-up: the workbook named, or the
// latest one again.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <string>

namespace doorway {

// Whether recent files are kept (the privacy preference, and not turned
// off for this run).
bool recentsOn(const AppState& app);
// Reads the list once the preferences are known.
void loadRecents(AppState& app, const Platform& platform);
// Writes the list (removes the file when recent files are off).
void saveRecents(AppState& app, const Platform& platform);
// Puts `path` first on the list (never a backup).
void noteRecent(AppState& app, const Platform& platform, const std::string& path);
// Started with no workbook named and recent files on: the latest opens
// again, while nothing has been written in the blank page.
void reopenLatest(AppState& app, Platform& platform);

// Opens the workbook named at start-up (or reopened as the latest): a locked
// one asks for its passphrase behind a blank stand-in that takes no
// writing; one that can't be opened leaves an empty workbook, with a banner
// saying so for as long as it stays open.
void openAtStart(AppState& app, Platform& platform, const std::string& workbookPath);

}  // namespace doorway
