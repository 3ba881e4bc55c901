#pragma once
// The whole window, one frame at a time (app_frame.cpp): what the window
// loop in src/app and the view tests call. Views never include this.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <string>

namespace doorway {

// The whole window for one frame.
void drawFrame(AppState& app, Platform& platform);

// Edit > Undo (redo: Redo) and their keys: one step back or forward. A step
// on another page than the one open takes the person there and says so.
void undoStep(AppState& app, Platform& platform, bool redo);
// Loads assets and the initial workbook; errors land in the status line.
// A workbook that cannot be opened leaves an empty one standing in, and a
// banner saying so for as long as it stays open.
void initApp(AppState& app, Platform& platform, const std::string& workbookPath);
// What the banner above the page says: read-only, a stand-in for a
// workbook that could not be opened, a damaged worksheet file; "" for none.
std::string bannerText(const AppState& app);
// Called once when the window is closing: autosave, release locks.
void shutdownApp(AppState& app, Platform& platform);
// The window title for the current document ("name* — Doorway").
std::string windowTitle(const AppState& app);

// Drives the app without input, for screenshots and tests ("--ui ACTION").
// "view=KEY" opens a page of the view table (ui/view_table.hpp); other
// actions go to the feature that owns them. Returns false with `error` for
// an unknown or malformed action.
bool applyUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);

// Per-frame work that is not drawing (autosave, timers, audio, idle lock),
// one per feature of the feature table; drawFrame calls it before drawing.
void tickFeatures(AppState& app, Platform& platform);

}  // namespace doorway
