#pragma once
// UI state of the file feature (File menu, Open / Save As / New dialogs,
// recent files, autosave). Owned by file_view.cpp.
#include <array>
#include <string>
#include <vector>

namespace doorway {

enum class FileDialog { None, Open, SaveAs, New };

struct WorkbookListEntry {
    std::string path;
    std::string name;      // file name
    std::string modified;  // "2026-03-01 21:40", local time
};

struct FileUiState {
    // Recent files: paths only, never content, kept in configDir()/recent.json
    // (`recentPath` overrides; headless runs without it keep them in memory).
    // Off here or in the privacy preferences: nothing is recorded or shown.
    bool recentsEnabled = true;
    std::vector<std::string> recent;
    std::string recentPath;
    bool recentLoaded = false;
    std::string openRequested;  // a workbook (or backup) another dialog asked to open, as File > Open does
    // Started with no workbook named: once the recent list is read, the
    // latest workbook opens again (when recent files are on), instead of a
    // blank page that would start a second file at the first word.
    bool reopenLatest = false;
    std::string lastSeenPath;  // to notice a newly opened document, however it was opened

    // Dialogs.
    FileDialog dialog = FileDialog::None;
    bool dialogRequested = false;  // open the popup on the next frame
    std::array<char, 1024> pathBuf{};
    std::array<char, 256> titleBuf{};
    std::vector<WorkbookListEntry> listing;  // the workbooks folder, for Open
    std::string listingError;
    std::string dialogError;
    bool confirmOverwrite = false;  // Save As onto an existing file: asked once

    // The workbook named at start-up could not be opened, so an empty one
    // stands in: said in a banner for as long as that stand-in is open (a
    // status line that fades would let it pass for the person's own work).
    std::string startupProblem;
    unsigned startupProblemGeneration = 0;
    // The start page's note of workbooks already in the folder (read once
    // per untitled document, not every frame).
    std::vector<WorkbookListEntry> earlier;
    unsigned earlierGeneration = 0;
    bool earlierRead = false;
    std::string startupLockedPath;  // that workbook is locked: the banner offers the passphrase again

    // An error that needs a modal (open/save failures); also in the status line.
    std::string modalMessage;
    bool modalRequested = false;

    // Autosave: after a failure wait before retrying, and say it once.
    double autosaveRetryAt = -1;
    double lockRetryAt = -1;           // open read-only as another window held it: when to look again
    unsigned lockRetryGeneration = 0;  // the document lockRetryAt is for
    std::string lastAutosaveError;

    // Quitting with changes that could not be saved: ask (readyToQuit).
    bool quitAskRequested = false;  // open the question on the next frame
    std::string quitError;          // why the last save failed
    bool quitAfterSaveAs = false;   // "Save elsewhere..." chosen: quit once it is saved
    bool quitConfirmed = false;     // "Quit without saving" chosen
};

}  // namespace doorway
