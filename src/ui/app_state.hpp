#pragma once
// All of the app's state lives here, owned by the app, passed to views by
// reference (Dear ImGui's way: no function-static UI state). Each feature
// owns its own sub-struct, declared in its own header.
#include "core/document.hpp"
#include "core/worksheet.hpp"
#include "ui/feature_state.hpp"
#include "ui/text_editor.hpp"
#include "ui/ui_map.hpp"

#include <deque>
#include <string>
#include <vector>

namespace doorway {

enum class View { Home, Worksheet, Rehearsal, RolePlay, Takes };

struct Navigation {
    View view = View::Home;
    std::string worksheetId;  // when view == Worksheet
};

struct StatusLine {
    std::string message;
    bool isError = false;
    double shownAt = 0;
};

struct AppState {
    Document doc;
    WorksheetCatalog catalog;
    std::string catalogError;  // a bad asset: shown, never a crash
    Navigation nav;
    View lastDrawnView = View::Home;  // the page drawn last frame (a new one takes the keyboard)
    std::string lastDrawnSheet;
    bool pageOpened = false;     // this frame draws a page that was not drawn last frame
    bool navIdWasDrawn = false;  // the keyboard's item was drawn last frame, or just chosen (Tab goes on from it)
    unsigned navIdAtFrameStart = 0;
    unsigned tabbedFrom = 0;  // the keyboard's item when Tab was pressed last frame
    StatusLine status;
    std::string workbooksDir;
    std::string assetsDir;
    bool showSidebar = true;
    bool showImGuiDemo = false;
    bool showAbout = false;
    bool showKeys = false;        // Help > Keyboard
    bool showMessages = false;    // View > Messages: the status line's list, from the keyboard too
    int popupsOpenLastFrame = 0;  // how many popups were open as the last frame ended (escapeClosesDialog)
    bool altAlone = false;        // Alt is down and nothing else has been pressed with it (the menu bar's key)
    float uiScale = 1.0f;
    bool itemWasActive = false;  // an input had focus last frame (ends undo steps)
    int framesBegun = 0;         // frames started since the window opened

    FileUiState fileUi;
    WorksheetUiState worksheetUi;
    RehearsalUiState rehearsalUi;
    PrintUiState printUi;
    PrivacyUiState privacyUi;
    SafetyUiState safetyUi;
    SpeechUiState speechUi;
    AppearanceUiState appearance;
    TextEditorUi editorUi;  // every wrapped text box's caret, layout and scroll
    UiMap uiMap;            // DOORWAY_UI_MAP: where everything is, for window tests

    // The status line shows a message for a few seconds, then it fades
    // (drawStatusLine); the last few stay in statusHistory (the status
    // line's "Messages" list), newest last.
    std::deque<StatusLine> statusHistory;
    static constexpr size_t kStatusHistory = 12;
    void say(const std::string& msg, double now) { remember({msg, false, now}); }
    void sayError(const std::string& msg, double now) { remember({msg, true, now}); }
    // Counts every message said: a tick between frames that says something
    // (autosave failed, the other window let go) draws a frame to show it.
    unsigned statusSaid = 0;
    void remember(StatusLine line) {
        ++statusSaid;
        status = line;
        statusHistory.push_back(std::move(line));
        while (statusHistory.size() > kStatusHistory) statusHistory.pop_front();
    }
};

// Says that the workbook was just opened ("Opened NAME", or `opened`
// when given), with why it is read-only, and what the edit journal of a
// session that ended without saving brought back.
void sayOpened(AppState& app, double now, const std::string& opened = "");

// Applies a command to the open workbook, reporting read-only refusals.
void runCommand(AppState& app, double now, Command c);
// The same without an undo step: a saved take stays saved.
void runCommandWithoutUndo(AppState& app, double now, const Command& c);

}  // namespace doorway
