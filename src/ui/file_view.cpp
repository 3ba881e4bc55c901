// The File menu: New, Open, Save, Save As, Recent, Open example; their
// dialogs; autosave (the recent list and what opens at start-up:
// file_recents.cpp).
//
// [SECTION] Index
//   - helpers: names, the workbooks folder
//   - operations: open, new, save as, example
//   - tick: autosave, recents
//   - menu items and dialogs
//   - ui actions
#include "ui/file_view.hpp"
#include "core/backups.hpp"
#include "core/clock.hpp"
#include "core/paths.hpp"
#include "core/recordings.hpp"
#include "ui/appearance.hpp"
#include "ui/dialog_fit.hpp"
#include "ui/file_recents.hpp"
#include "ui/keys.hpp"
#include "ui/text_fit.hpp"

#include "ui/privacy_view.hpp"
#include "ui/take_sessions.hpp"

#include <imgui.h>

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <limits>

namespace fs = std::filesystem;

namespace doorway {

namespace {

constexpr double kAutosaveRetry = 30.0;

// [SECTION] helpers

template <size_t N>
void setBuf(std::array<char, N>& buf, const std::string& s) {
    buf.fill('\0');
    std::copy_n(s.begin(), std::min(s.size(), N - 1), buf.begin());
}

std::string trim(std::string s) {
    auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && ws(s.back())) s.pop_back();
    size_t i = 0;
    while (i < s.size() && ws(s[i])) ++i;
    return s.substr(i);
}

// "dir/stem.json", or "dir/stem 2.json", ... whichever does not exist yet.
std::string uniquePath(const std::string& dir, const std::string& stem) {
    std::error_code ec;
    for (int i = 1; i < 10000; ++i) {
        std::string name = i == 1 ? stem : stem + " " + std::to_string(i);
        fs::path p = fs::path(dir) / (name + ".json");
        if (!fs::exists(p, ec) && !fs::exists(p.string() + ".lock", ec)) return p.string();
    }
    return (fs::path(dir) / (stem + ".json")).string();
}

bool ensureWorkbooksDir(AppState& app, std::string& error) {
    std::error_code ec;
    fs::create_directories(app.workbooksDir, ec);
    if (!fs::is_directory(app.workbooksDir, ec)) {
        error = app.workbooksDir + ": can't make the workbooks folder (" + ec.message() + ")";
        return false;
    }
    ::chmod(app.workbooksDir.c_str(), 0700);  // private, like the files in it
    return true;
}

// A name typed in Save As or Open: anything but a full path (or one from
// "~") is in the workbooks folder, as the dialogs say; a relative path went
// to the folder Doorway was started from, so a private workbook could land
// anywhere. Save As adds ".json" when there is no extension; Open adds it
// only when the name as typed is not there.
std::string resolveTyped(const AppState& app, std::string typed, bool forOpen = false) {
    typed = trim(typed);
    if (typed.empty()) return typed;
    if (typed[0] == '~') {
        const char* home = std::getenv("HOME");
        if (home) typed = std::string(home) + typed.substr(1);
    }
    fs::path p(typed);
    if (p.is_relative()) p = fs::path(app.workbooksDir) / p;
    std::error_code ec;
    if (!p.has_extension() && !(forOpen && fs::exists(p, ec))) p += ".json";
    return p.lexically_normal().string();
}

void showError(AppState& app, const Platform& platform, const std::string& message) {
    app.sayError(message, platform.now());
    app.fileUi.modalMessage = message;
    app.fileUi.modalRequested = true;
}

std::string localTime(fs::file_time_type t) {
    auto sys = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::file_clock::to_sys(t));
    std::time_t tt = std::chrono::system_clock::to_time_t(sys);
    std::tm tm{};
    localtime_r(&tt, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
    return buf;
}

void refreshListing(AppState& app) {
    FileUiState& f = app.fileUi;
    f.listing.clear();
    f.listingError.clear();
    std::error_code ec;
    if (!fs::is_directory(app.workbooksDir, ec)) {
        f.listingError = "No workbooks folder yet (" + app.workbooksDir + ").";
        return;
    }
    std::vector<std::pair<fs::file_time_type, WorkbookListEntry>> found;
    for (fs::directory_iterator it(app.workbooksDir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        std::error_code e2;
        if (name.empty() || name[0] == '.' || it->path().extension() != ".json" || !it->is_regular_file(e2)) continue;
        auto t = it->last_write_time(e2);
        found.push_back({t, {it->path().string(), name, e2 ? std::string() : localTime(t)}});
    }
    if (ec) f.listingError = app.workbooksDir + ": " + ec.message();
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (auto& e : found) f.listing.push_back(std::move(e.second));
}

void openDialog(AppState& app, FileDialog d) {
    FileUiState& f = app.fileUi;
    f.dialog = d;
    f.dialogRequested = true;
    f.dialogError.clear();
    f.confirmOverwrite = false;
    if (d == FileDialog::Open) {
        refreshListing(app);
        setBuf(f.pathBuf, "");
    } else if (d == FileDialog::SaveAs) {
        // A backup open to read suggests a name of its own beside it (its
        // own name is refused: the next save of its workbook replaces it).
        const std::string backupOf = backedUpWorkbookName(app.doc.path());
        std::string suggestion = app.doc.isUntitled()
                                     ? uniquePath(app.workbooksDir, workbookFileStem(app.doc.workbook().title))
                                 : !backupOf.empty() ? uniquePath(fs::path(app.doc.path()).parent_path().string(),
                                                                  fs::path(backupOf).stem().string() + " restored")
                                                     : app.doc.path();
        setBuf(f.pathBuf, suggestion);
    } else if (d == FileDialog::New) {
        setBuf(f.titleBuf, "My workbook");
    }
}

// [SECTION] operations

// A save that failed because the workbook's folder is gone (a drive
// unplugged, a folder renamed): the words are still in the window, and
// Save As is the way to keep them.
std::string withWayOut(const Document& doc, const std::string& error) {
    std::error_code ec;
    const fs::path dir = fs::path(doc.path()).parent_path();
    if (doc.isUntitled() || dir.empty() || fs::is_directory(dir, ec)) return error;
    return error + ". Everything you wrote is still here in the window: File > Save As keeps it in another folder.";
}

// Writes the current workbook before another replaces it. An untitled one
// with edits gets a file in the workbooks folder: words are never dropped.
bool flushCurrent(AppState& app, const Platform& platform, std::string& error) {
    Document& doc = app.doc;
    if (doc.isReadOnly() || !doc.isDirty()) return true;
    if (doc.isUntitled()) {
        if (doc.lastEditTime() < 0) return true;  // nothing typed yet
        if (!ensureWorkbooksDir(app, error)) return false;
        const std::string path = uniquePath(app.workbooksDir, workbookFileStem(doc.workbook().title));
        // "My workbook.json" is taken: the title takes the file's number too,
        // so File > Open doesn't list two workbooks both called "My workbook".
        const std::string stem = fs::path(path).stem().string();
        if (stem != workbookFileStem(doc.workbook().title)) doc.executeWithoutUndo(cmd::setTitle(stem), platform.now());
        return doc.saveAs(path, error, nowIso8601());
    }
    if (doc.save(error, nowIso8601())) return true;
    error = withWayOut(doc, error);
    return false;
}

bool openPath(AppState& app, Platform& platform, const std::string& pathIn) {
    std::string path = trim(pathIn), error;
    if (path.empty()) {
        showError(app, platform, "Type the path of a workbook to open, or pick one from the list.");
        return false;
    }
    if (!flushCurrent(app, platform, error)) {
        showError(app, platform, "Your current workbook could not be saved, so it stays open: " + error);
        return false;
    }
    bool needsPassphrase = false;
    if (!app.doc.open(path, error, nullptr, &needsPassphrase)) {
        if (needsPassphrase) {
            askPassphraseToOpen(app, path);
            return true;
        }
        showError(app, platform, error);
        return false;
    }
    sayOpened(app, platform.now());
    app.nav = {View::Home, {}};
    return true;
}

bool newWorkbookAt(AppState& app, Platform& platform, const std::string& titleIn) {
    std::string title = trim(titleIn), error;
    if (title.empty()) title = "My workbook";
    if (!flushCurrent(app, platform, error)) {
        showError(app, platform, "Your current workbook could not be saved, so it stays open: " + error);
        return false;
    }
    if (!ensureWorkbooksDir(app, error)) {
        showError(app, platform, error);
        return false;
    }
    std::string path = uniquePath(app.workbooksDir, workbookFileStem(title));
    app.doc.createNew(path, title, nowIso8601());
    if (!app.doc.save(error, nowIso8601())) {
        showError(app, platform, error);
        return false;
    }
    app.nav = {View::Home, {}};
    app.say("Started " + app.doc.displayName() + " in " + app.workbooksDir, platform.now());
    return true;
}

bool saveAsPath(AppState& app, Platform& platform, const std::string& typed, bool overwriteOk) {
    std::string path = resolveTyped(app, typed), error;
    FileUiState& f = app.fileUi;
    if (path.empty()) {
        f.dialogError = "Type a name or a path for the workbook.";
        return false;
    }
    std::error_code ec;
    // The open workbook's own file, unless another has taken its place
    // since: that one is someone's, and asked about like any other.
    bool same = !app.doc.isUntitled() && fs::exists(path, ec) && fs::equivalent(path, app.doc.path(), ec) &&
                !app.doc.fileReplaced();
    if (!same && fs::exists(path, ec) && !overwriteOk) {
        // A locked workbook keeps no .bak (it would be plaintext): say so only where there will be one.
        f.dialogError = path + " already exists. Save again to replace it" +
                        (app.doc.isSealed() ? "." : " (its old version is kept as .bak).");
        f.confirmOverwrite = true;
        return false;
    }
    fs::create_directories(fs::path(path).parent_path(), ec);
    if (!app.doc.saveAs(path, error, nowIso8601())) {
        f.dialogError = error;
        app.sayError(error, platform.now());
        return false;
    }
    app.say("Saved as " + app.doc.path(), platform.now());
    // Autosave as usual again (a failure had it wait 30 s), and a failure
    // after this one is said again, even in the same words.
    f.autosaveRetryAt = -1;
    f.lastAutosaveError.clear();
    noteRecent(app, platform, app.doc.path());
    app.fileUi.lastSeenPath = app.doc.path();
    if (f.quitAfterSaveAs) platform.requestQuit();  // "Save elsewhere" on the way out
    return true;
}

void saveNow(AppState& app, Platform& platform) {
    if (app.doc.isUntitled()) {
        openDialog(app, FileDialog::SaveAs);
        return;
    }
    std::string error;
    if (app.doc.save(error, nowIso8601())) {
        app.say("Saved " + app.doc.displayName(), platform.now());
        app.fileUi.lastAutosaveError.clear();
        app.fileUi.autosaveRetryAt = -1;  // autosave as usual again, not after the wait a failure set
    } else {
        showError(app, platform, withWayOut(app.doc, error));
    }
}

// A copy of the bundled example in the workbooks folder, so the example
// itself is never written to.
bool openExampleCopy(AppState& app, Platform& platform) {
    std::string src = exampleWorkbookPath(), bytes, error;
    if (!readWorkbookBytes(src, bytes, error)) {
        showError(app, platform, "The example workbook is missing from this installation: " + error);
        return false;
    }
    if (!ensureWorkbooksDir(app, error)) {
        showError(app, platform, error);
        return false;
    }
    std::string dst = uniquePath(app.workbooksDir, "Example workbook");
    SaveResult r = writeFileAtomic(dst, bytes, false);
    if (!r.ok) {
        showError(app, platform, r.error);
        return false;
    }
    if (!openPath(app, platform, dst)) return false;
    app.say("Opened a copy of the example: " + dst + ". Write in it freely.", platform.now());
    return true;
}

}  // namespace

void drawEarlierWorkbooks(AppState& app, Platform& platform) {
    FileUiState& f = app.fileUi;
    const Document& doc = app.doc;
    if (!doc.isUntitled() || doc.lastEditTime() >= 0 || doc.isReadOnly()) return;
    if (!f.startupLockedPath.empty() && f.startupProblemGeneration == doc.generation()) return;  // the banner's
    if (!f.earlierRead || f.earlierGeneration != doc.generation()) {
        refreshListing(app);
        f.earlier = f.listing;
        f.earlierRead = true;
        f.earlierGeneration = doc.generation();
    }
    if (f.earlier.empty()) return;
    const size_t n = f.earlier.size();
    const WorkbookListEntry& latest = f.earlier.front();
    std::string line;
    if (n == 1)
        line = recentsOn(app) ? "Your workbook from before, " + latest.name + " (" + latest.modified +
                                    "), is in your workbooks folder."
                              : "Your workbook from before is in your workbooks folder.";
    else
        line = "There are " + std::to_string(n) + " workbooks in your workbooks folder" +
               (recentsOn(app) ? "; the latest is " + latest.name + " (" + latest.modified + ")." : ".");
    line += " This page is a new, empty one.";
    ImGui::PushID("earlier");
    ImGui::TextWrapped("%s", line.c_str());
    app.uiMap.addLastItem("note/home/earlier", "text", line);
    ImGui::Spacing();
    const char* openLabel = n == 1 ? "Open my workbook" : "Open the latest";
    if (ImGui::Button(openLabel)) {
        const std::string path = latest.path;  // the listing may change under the open
        openPath(app, platform, path);
    }
    app.uiMap.addLastItem("button/home/open_earlier", "button", openLabel);
    if (n > 1) {
        ImGui::SameLine();
        if (ImGui::Button("Choose one...")) openDialog(app, FileDialog::Open);
        app.uiMap.addLastItem("button/home/choose_earlier", "button", "Choose one...");
    }
    ImGui::Dummy(ImVec2(0, 10 * app.uiScale));
    ImGui::PopID();
}

// [SECTION] tick: autosave, recents

// How often a workbook open read-only, as another window held it, looks again.
constexpr double kLockRetrySeconds = 2;

void tickFile(AppState& app, Platform& platform) {
    FileUiState& f = app.fileUi;
    // The recent list waits for the privacy preferences (off unless
    // chosen): read before them, it would be skipped, or overwritten.
    if (app.privacyUi.prefsLoaded) {
        if (!f.recentLoaded) {
            loadRecents(app, platform);
            reopenLatest(app, platform);
        }
        if (!recentsOn(app) && !f.recent.empty()) {
            f.recent.clear();
            saveRecents(app, platform);
        }
        if (app.doc.path() != f.lastSeenPath) {
            // However the document changed (menu, passphrase prompt, command
            // line), the recent list follows it.
            f.lastSeenPath = app.doc.path();
            noteRecent(app, platform, f.lastSeenPath);
        }
    }

    double now = platform.now();
    Document& doc = app.doc;
    // Read-only because another window had it: once that window lets go,
    // this one takes it, as its banner promised ("close it there").
    if (doc.generation() != f.lockRetryGeneration) {  // another workbook since: look afresh
        f.lockRetryGeneration = doc.generation();
        f.lockRetryAt = -1;
    }
    if (doc.lockedElsewhere() && now >= f.lockRetryAt) {
        f.lockRetryAt = now + kLockRetrySeconds;
        std::string error;
        if (doc.retakeIfFree(error)) {
            // As any open says it: with what the other window's journal held.
            sayOpened(app, now,
                      "The other window has let go of " + doc.displayName() + ": you can write in it here now");
        } else if (!error.empty()) {
            // It could not be read again (moved, locked since): said once,
            // and the window stops looking; the banner stays true.
            app.sayError(error, now);
            f.lockRetryAt = std::numeric_limits<double>::infinity();
        }
    }
    if (f.autosaveRetryAt >= 0 && now < f.autosaveRetryAt) return;
    // A new workbook gets its file with its first words, so the edit
    // journal has a file to stand beside from the first keystroke on.
    bool untitledDue = doc.isUntitled() && !doc.isReadOnly() && doc.isDirty() && doc.lastEditTime() >= 0;
    if (!doc.autosaveDue(now) && !untitledDue) return;
    std::string error;
    if (flushCurrent(app, platform, error)) {
        f.autosaveRetryAt = -1;
        if (untitledDue) app.say("Saved as " + doc.path() + " (File > Save As to rename it)", now);
        if (!f.lastAutosaveError.empty()) app.say("Saved " + doc.displayName(), now);
        f.lastAutosaveError.clear();
        return;
    }
    // Say it once, then try again later rather than every second.
    f.autosaveRetryAt = now + kAutosaveRetry;
    if (error != f.lastAutosaveError) app.sayError("Autosave failed: " + error, now);
    f.lastAutosaveError = error;
}

void closeFile(AppState& app, Platform& platform) {
    std::string error;
    if (!flushCurrent(app, platform, error)) {
        app.sayError(error, platform.now());
        return;
    }
    // Saved and closing: recordings of takes deleted in this session (kept
    // until now so Edit > Undo could bring them back) go.
    const Document& doc = app.doc;
    if (!doc.isUntitled() && !doc.isReadOnly() && !doc.isDirty())
        removeUnreferencedRecordings(doc.path(), doc.workbook());
}

void closeWithoutSaving(AppState& app, Platform& platform) {
    app.fileUi.quitConfirmed = true;
    app.doc.closeWithoutSaving();
    platform.requestQuit();
}

bool readyToQuit(AppState& app, Platform& platform) {
    FileUiState& f = app.fileUi;
    if (f.quitConfirmed) return true;
    keepOpenTakes(app, platform);  // a take on screen is writing too
    std::string error;
    if (flushCurrent(app, platform, error)) return true;
    // The last words would be lost: ask instead of closing.
    f.quitError = error;
    f.quitAskRequested = true;
    app.sayError("Not closed: your latest changes could not be saved. " + error, platform.now());
    return false;
}

// [SECTION] menu items and dialogs

void fileShortcuts(AppState& app, Platform& platform) {
    ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyAlt) return;
    if (keys::pressed(keys::letter('S'))) {
        if (io.KeyShift)
            openDialog(app, FileDialog::SaveAs);
        else if (!app.doc.isReadOnly())
            saveNow(app, platform);
    } else if (keys::pressed(keys::letter('O'))) {
        openDialog(app, FileDialog::Open);
    } else if (keys::pressed(keys::letter('N'))) {
        openDialog(app, FileDialog::New);
    }
}

void drawFileMenuItems(AppState& app, Platform& platform) {
    if (ImGui::MenuItem("New workbook...", "Ctrl+N")) openDialog(app, FileDialog::New);
    if (ImGui::MenuItem("Open...", "Ctrl+O")) openDialog(app, FileDialog::Open);
    bool canSave = !app.doc.isReadOnly();
    if (ImGui::MenuItem("Save", "Ctrl+S", false, canSave)) saveNow(app, platform);
    if (ImGui::MenuItem("Save As...", "Ctrl+Shift+S", false, !app.doc.isTooNew())) openDialog(app, FileDialog::SaveAs);
    if (ImGui::BeginMenu("Recent", recentsOn(app))) {
        std::string chosen;
        if (app.fileUi.recent.empty()) ImGui::TextDisabled("Nothing yet");
        for (const std::string& p : app.fileUi.recent) {
            ImGui::PushID(p.c_str());
            if (ImGui::MenuItem(fs::path(p).filename().string().c_str())) chosen = p;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", p.c_str());
            ImGui::PopID();
        }
        if (!app.fileUi.recent.empty()) {
            ImGui::Separator();
            if (ImGui::MenuItem("Clear this list")) {
                app.fileUi.recent.clear();
                saveRecents(app, platform);
            }
        }
        ImGui::EndMenu();
        if (!chosen.empty()) openPath(app, platform, chosen);
    }
    if (ImGui::MenuItem("Open example")) openExampleCopy(app, platform);
}

namespace {

const char* kOpenId = "Open a workbook###file-open";
const char* kSaveAsId = "Save as###file-saveas";
const char* kNewId = "New workbook###file-new";
const char* kErrorId = "Something went wrong###file-error";
const char* kQuitId = "Your latest changes are not saved###file-quit";

void drawOpenDialog(AppState& app, Platform& platform) {
    FileUiState& f = app.fileUi;
    float s = app.uiScale;
    ImGui::SetNextWindowSize(ImVec2(640 * s, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kOpenId, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextWrapped("Your workbooks folder: %s", app.workbooksDir.c_str());
    ImGui::Spacing();
    std::string openThis;
    ImGui::BeginChild("##list", ImVec2(620 * s, 260 * s), true);
    if (!f.listingError.empty())
        ImGui::TextDisabled("%s", f.listingError.c_str());
    else if (f.listing.empty())
        ImGui::TextDisabled("No workbooks here yet.");
    for (const WorkbookListEntry& e : f.listing) {
        ImGui::PushID(e.path.c_str());
        bool selected = e.path == std::string(f.pathBuf.data());
        if (ImGui::Selectable(e.name.c_str(), selected,
                              ImGuiSelectableFlags_AllowDoubleClick | ImGuiSelectableFlags_SpanAllColumns)) {
            setBuf(f.pathBuf, e.path);
            // A double click opens it, and so does Enter or Space on the row:
            // a person without a mouse had no way to open a listed workbook.
            const ImGuiIO& io = ImGui::GetIO();
            const bool byKeyboard = !io.MouseClicked[0] && !io.MouseReleased[0];
            if (ImGui::IsMouseDoubleClicked(0) || byKeyboard) openThis = e.path;
        }
        ImGui::SameLine(440 * s);
        ImGui::TextDisabled("%s", e.modified.c_str());
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::TextUnformatted("Or type a path:");
    ImGui::SetNextItemWidth(620 * s);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    if (ImGui::InputText("##path", f.pathBuf.data(), f.pathBuf.size(), ImGuiInputTextFlags_EnterReturnsTrue))
        openThis = resolveTyped(app, f.pathBuf.data(), true);
    ImGui::Spacing();
    if (ImGui::Button("Open")) openThis = resolveTyped(app, f.pathBuf.data(), true);
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || escapeClosesDialog(app)) {
        f.dialog = FileDialog::None;
        ImGui::CloseCurrentPopup();
    }
    if (!openThis.empty()) {
        f.dialog = FileDialog::None;
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        openPath(app, platform, openThis);
        return;
    }
    ImGui::EndPopup();
}

// A dialog's error, wrapped to the dialog's width: a dialog that sizes to
// its contents grew past the window's edge on a long path.
void dialogErrorLine(const std::string& text, float width) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushStyleColor(ImGuiCol_Text, themeColor(Tone::Error));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
}

void drawSaveAsDialog(AppState& app, Platform& platform) {
    FileUiState& f = app.fileUi;
    float s = app.uiScale;
    ImGui::SetNextWindowSize(ImVec2(600 * s, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kSaveAsId, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextWrapped("A name (saved in your workbooks folder) or a full path:");
    ImGui::SetNextItemWidth(580 * s);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    bool go = ImGui::InputText("##path", f.pathBuf.data(), f.pathBuf.size(), ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemEdited()) f.confirmOverwrite = false;
    if (!f.dialogError.empty()) dialogErrorLine(shownText(f.dialogError), 580 * s);
    ImGui::Spacing();
    go = ImGui::Button(f.confirmOverwrite ? "Replace it" : "Save") || go;
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || escapeClosesDialog(app)) {
        f.dialog = FileDialog::None;
        f.quitAfterSaveAs = false;
        ImGui::CloseCurrentPopup();
    } else if (go && saveAsPath(app, platform, f.pathBuf.data(), f.confirmOverwrite)) {
        f.dialog = FileDialog::None;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void drawNewDialog(AppState& app, Platform& platform) {
    FileUiState& f = app.fileUi;
    float s = app.uiScale;
    ImGui::SetNextWindowSize(ImVec2(520 * s, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kNewId, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextWrapped("What would you like to call it? It is saved in your workbooks folder as you write.");
    ImGui::SetNextItemWidth(500 * s);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    bool go = ImGui::InputText("##title", f.titleBuf.data(), f.titleBuf.size(), ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::Spacing();
    go = ImGui::Button("Start") || go;
    ImGui::SameLine();
    bool cancel = ImGui::Button("Cancel") || escapeClosesDialog(app);
    if (go || cancel) {
        f.dialog = FileDialog::None;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    if (go) newWorkbookAt(app, platform, f.titleBuf.data());
}

void drawErrorModal(AppState& app) {
    FileUiState& f = app.fileUi;
    ImGui::SetNextWindowSize(ImVec2(560 * app.uiScale, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kErrorId, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(540 * app.uiScale);
    ImGui::TextUnformatted(shownText(f.modalMessage).c_str());
    ImGui::Spacing();
    ImGui::TextDisabled("Nothing was changed on disk, and what you had open is still here.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    // Not the Enter that asked for what failed: a path typed in Open and
    // sent with Enter opens this in the same frame, and closed it unseen.
    const bool keysForUs = !ImGui::IsWindowAppearing();
    if (ImGui::Button("OK") || (keysForUs && (keys::pressed(keys::kEnter) || escapeClosesDialog(app)))) {
        f.modalMessage.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// Closing the window when the last save failed: the choices, never a
// silent loss.
void drawQuitQuestion(AppState& app, Platform& platform) {
    FileUiState& f = app.fileUi;
    ImGui::SetNextWindowSize(ImVec2(600 * app.uiScale, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kQuitId, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(580 * app.uiScale);
    ImGui::TextUnformatted("Doorway could not save your latest changes, so the window is still open:");
    ImGui::Spacing();
    ImGui::TextUnformatted(shownText(f.quitError).c_str());
    ImGui::Spacing();
    ImGui::TextDisabled("Save them somewhere else (another folder or a USB stick), try again, or close without them.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button("Save elsewhere...")) {
        ImGui::CloseCurrentPopup();
        f.quitAfterSaveAs = true;
        openDialog(app, FileDialog::SaveAs);
    }
    ImGui::SameLine();
    if (ImGui::Button("Try again")) {
        ImGui::CloseCurrentPopup();
        if (readyToQuit(app, platform)) platform.requestQuit();
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep writing") || escapeClosesDialog(app)) ImGui::CloseCurrentPopup();
    ImGui::SameLine();
    if (ImGui::Button("Close without saving")) {
        ImGui::CloseCurrentPopup();
        closeWithoutSaving(app, platform);
    }
    ImGui::EndPopup();
}

}  // namespace

void drawFileDialogs(AppState& app, Platform& platform) {
    if (!app.fileUi.openRequested.empty()) {
        const std::string path = std::move(app.fileUi.openRequested);
        app.fileUi.openRequested.clear();
        openPath(app, platform, path);
    }
    FileUiState& f = app.fileUi;
    ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) {
        if (keys::pressed(keys::letter('S'))) {
            if (io.KeyShift) {
                if (!app.doc.isTooNew()) openDialog(app, FileDialog::SaveAs);
            } else {
                saveNow(app, platform);
            }
        } else if (keys::pressed(keys::letter('O'))) {
            openDialog(app, FileDialog::Open);
        } else if (keys::pressed(keys::letter('N'))) {
            openDialog(app, FileDialog::New);
        }
    }
    if (f.dialogRequested) {
        f.dialogRequested = false;
        if (f.dialog == FileDialog::Open)
            ImGui::OpenPopup(kOpenId);
        else if (f.dialog == FileDialog::SaveAs)
            ImGui::OpenPopup(kSaveAsId);
        else if (f.dialog == FileDialog::New)
            ImGui::OpenPopup(kNewId);
    }
    if (f.quitAskRequested && !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) {
        f.quitAskRequested = false;
        ImGui::OpenPopup(kQuitId);
    }
    drawOpenDialog(app, platform);
    drawSaveAsDialog(app, platform);
    drawNewDialog(app, platform);
    drawQuitQuestion(app, platform);
    if (f.modalRequested && !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) {
        f.modalRequested = false;
        ImGui::OpenPopup(kErrorId);
    }
    drawErrorModal(app);
}

// [SECTION] ui actions

bool fileUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    if (action.rfind("file.", 0) != 0) return false;
    std::string a = action.substr(5);
    if (a.rfind("open=", 0) == 0) {
        // A failed open is shown in the window (status line + modal), like a
        // user would see it; the action itself was well-formed.
        openPath(app, platform, a.substr(5));
    } else if (a == "new" || a.rfind("new=", 0) == 0) {
        newWorkbookAt(app, platform, a == "new" ? "My workbook" : a.substr(4));
    } else if (a.rfind("saveas=", 0) == 0) {
        if (!saveAsPath(app, platform, a.substr(7), true)) error = app.fileUi.dialogError;
    } else if (a == "save") {
        saveNow(app, platform);
    } else if (a == "example") {
        openExampleCopy(app, platform);
    } else if (a == "dialog=open") {
        openDialog(app, FileDialog::Open);
    } else if (a == "dialog=saveas") {
        openDialog(app, FileDialog::SaveAs);
    } else if (a == "dialog=new") {
        openDialog(app, FileDialog::New);
    } else if (a == "quit") {
        // As Ctrl+Q: the window closes only once everything is saved.
        if (readyToQuit(app, platform)) platform.requestQuit();
    } else if (a == "quit-unsaved") {
        closeWithoutSaving(app, platform);  // as the button
    } else if (a.rfind("quit-saveas=", 0) == 0) {
        app.fileUi.quitAfterSaveAs = true;  // "Save elsewhere..." and a name typed
        if (!saveAsPath(app, platform, a.substr(12), true)) error = app.fileUi.dialogError;
    } else {
        error = "unknown file action '" + a +
                "' (open=PATH, new[=TITLE], saveas=PATH, save, example, dialog=open|saveas|new, quit, quit-unsaved, "
                "quit-saveas=PATH)";
    }
    return true;
}

}  // namespace doorway
