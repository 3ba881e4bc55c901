#pragma once
// [SECTION] Index of views: each is one file in src/ui/, drawn by app_frame.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <functional>

namespace doorway {

// app_frame.cpp: the whole window for one frame.
void drawFrame(AppState& app, Platform& platform);
// Loads assets and the initial workbook; errors land in the status line.
void initApp(AppState& app, Platform& platform, const std::string& workbookPath);
// Called once when the window is closing: autosave, release locks.
void shutdownApp(AppState& app, Platform& platform);
// The window title for the current document ("name* — Doorway").
std::string windowTitle(const AppState& app);

// Drives the app without input, for screenshots and tests ("--ui ACTION").
// "view=home|rehearsal|roleplay|takes|worksheet:ID" is handled here; other
// actions go to the feature that owns their prefix ("rehearsal.", ...).
// Returns false with `error` for an unknown or malformed action.
bool applyUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);
// Per-feature handlers: return true when the action was theirs (and set
// `error` if it was malformed).
bool fileUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);
bool worksheetUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);
bool rehearsalUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);
bool printUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);
bool privacyUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);
bool safetyUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);
bool speechUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);
bool appearanceUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);

// app_frame.cpp: makes the item just drawn the keyboard's place when its
// page has just opened (Enter presses it; Tab moves on from it).
void focusByDefault(AppState& app);

// sidebar.cpp
void drawSidebar(AppState& app, Platform& platform);
// The sidebar's width for a main area `available` pixels wide.
float sidebarWidth(const AppState& app, float available);
// home_view.cpp: the main area when nothing is chosen; suggests a next step.
void drawHomeView(AppState& app, Platform& platform);
// worksheet_view.cpp
void drawWorksheetView(AppState& app, Platform& platform, const WorksheetDef& def);
// rehearsal_view.cpp, roleplay_view.cpp, takes_view.cpp
void drawRehearsalView(AppState& app, Platform& platform);
void drawRolePlayView(AppState& app, Platform& platform);
void drawTakesView(AppState& app, Platform& platform);
// file_view.cpp: items of the File menu and its dialogs.
void drawFileMenuItems(AppState& app, Platform& platform);
// Ctrl+S, Ctrl+Shift+S, Ctrl+O, Ctrl+N.
void fileShortcuts(AppState& app, Platform& platform);
void drawFileDialogs(AppState& app, Platform& platform);
// print_view.cpp: File > Export / Print items and dialogs.
void drawPrintMenuItems(AppState& app, Platform& platform);
void drawPrintDialogs(AppState& app, Platform& platform);
// Opens File > Export… with only `sectionId` chosen (a page printed on its own).
void openExportFor(AppState& app, const std::string& sectionId);
// privacy_view.cpp: quick hide, passphrase prompts, lock, preferences.
// Returns true when the window is hidden and nothing else should draw.
bool drawPrivacyOverlay(AppState& app, Platform& platform);
void drawPrivacyMenuItems(AppState& app, Platform& platform);
// File menu: Lock with passphrase... / Remove passphrase...
void drawPrivacyFileMenuItems(AppState& app, Platform& platform);
void drawPrivacyDialogs(AppState& app, Platform& platform);
// Keeps the card's country choice with the app preferences.
void setHelpCountry(AppState& app, Platform& platform, const std::string& code);
// safety_view.cpp: the safety card, and the gentle panel that offers it
// again when the picture changes (a check-in, the trend, rehearsal text).
void openSafetyCard(AppState& app);
void drawSafetyDialogs(AppState& app, Platform& platform);
// The card, read once from assets/safety.json (the built-in one if that is
// damaged, said once in the status line).
const SafetyCard& safetyCard(AppState& app, Platform& platform);
// Whose numbers: the saved choice, else the locale's country.
std::string helpCountry(const AppState& app);
// "Numbers for [country]" and the lines, as on the card; for the safety
// worksheet's help_lines field too. With `listHeight` > 0 the lines scroll
// in a box that tall (the card keeps its Close button in view).
void drawHelpLines(AppState& app, Platform& platform, float width, float listHeight = 0);
// privacy_view.cpp: ask for the passphrase of a sealed workbook, then open it.
void askPassphraseToOpen(AppState& app, const std::string& path);

// appearance.cpp: View > Text size and View > Theme, and their shortcuts.
void drawAppearanceMenuItems(AppState& app);
void handleAppearanceShortcuts(AppState& app);

// rehearsal_view.cpp, shared with role-play: a take's or a script's wrapped
// box, the pane's width ("answer/<key>" in the window map), and a running
// take's keys: F9 (or Space when no box has the keyboard) pauses, Esc calls
// `stop`.
EditorResult takeBox(AppState& app, const std::string& key, std::string& text, int minLines, int maxLines,
                     const std::string& hint, const std::vector<EditorSpan>* spans);
void takeKeys(AppState& app, RehearsalTimer& timer, const std::function<void()>& stop);

// speech_panel.cpp: microphone and voice inside the rehearsal pane.
void drawSpeechPanel(AppState& app, Platform& platform);
// The rehearsal pane drives spoken takes through these:
bool speechInputAvailable(AppState& app);                                     // a microphone can be opened
bool speechBeginTake(AppState& app, Platform& platform, std::string& error);  // start listening
const std::string& speechPartialText(const AppState& app);                    // what was heard so far
void drawSpeechLevel(AppState& app);                                          // the microphone's level meter
// Pace, fillers, pauses and a Play button for a finished spoken take.
void drawSpeechSummary(AppState& app, Platform& platform, const boost::json::object& metrics, const std::string& audio);
// Stops listening; fills the recognised text, the speech metrics
// (wpm, fillers, pauses, ...) and the saved audio file name ("" if none).
bool speechEndTake(AppState& app, Platform& platform, std::string& text, boost::json::object& metrics,
                   std::string& audioFile, std::string& error);
// Speaks an objection aloud in role-play (no-op when voice is off).
void speakObjection(AppState& app, const std::string& text);
// Per-frame work that is not drawing, one per feature (autosave, timers,
// audio pumping, idle lock). app_frame calls them all before drawing.
void tickFeatures(AppState& app, Platform& platform);
void tickFile(AppState& app, Platform& platform);  // file_view.cpp: autosave
// file_view.cpp: the final save when the window closes (an untitled
// workbook with writing in it gets a file in the workbooks folder).
void closeFile(AppState& app, Platform& platform);
// file_view.cpp: asked when the window is about to close. Saves what is
// unsaved; true when the window may close (saved, nothing to save, or the
// person chose to quit without saving). False when the save failed: a
// question then offers to save elsewhere, try again or quit anyway, and
// the window stays open so no writing is lost silently.
bool readyToQuit(AppState& app, Platform& platform);
void tickRehearsal(AppState& app, Platform& platform);  // rehearsal_view.cpp: timers
void tickSpeech(AppState& app, Platform& platform);     // speech_panel.cpp: audio
void tickPrivacy(AppState& app, Platform& platform);    // privacy_view.cpp: idle lock
void tickSafety(AppState& app, Platform& platform);     // safety_view.cpp: offer the card again

}  // namespace doorway
