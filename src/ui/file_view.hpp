#pragma once
// The File menu's workbook items and dialogs, autosave and the last save
// when the window closes.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <string>

namespace doorway {

// Items of the File menu and its dialogs.
void drawFileMenuItems(AppState& app, Platform& platform);
void drawFileDialogs(AppState& app, Platform& platform);
// Ctrl+S, Ctrl+Shift+S, Ctrl+O, Ctrl+N.
void fileShortcuts(AppState& app, Platform& platform);
// Per frame: autosave.
void tickFile(AppState& app, Platform& platform);
// The final save when the window closes (an untitled workbook with writing
// in it gets a file in the workbooks folder).
void closeFile(AppState& app, Platform& platform);
// Asked when the window is about to close. Saves what is unsaved; true
// when the window may close (saved, nothing to save, or the person chose to
// quit without saving). False when the save failed: a question then offers
// to save elsewhere, try again or quit anyway, and the window stays open so
// no writing is lost silently.
bool readyToQuit(AppState& app, Platform& platform);
// That question's "Close without saving" (and the quit-unsaved action).
void closeWithoutSaving(AppState& app, Platform& platform);
// On the start page, while a fresh untitled workbook is on screen (Doorway
// started with no file named): the workbooks already in the folder, how
// many, and a way to open the latest or choose one. Their names only when
// recent files are on (the privacy preference); File > Open lists them.
void drawEarlierWorkbooks(AppState& app, Platform& platform);
// "file.*" actions of --ui; true when the action was one.
bool fileUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);

}  // namespace doorway
