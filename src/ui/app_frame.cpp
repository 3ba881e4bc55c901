// The whole window, one frame at a time.
//
// [SECTION] Index
//   - init / shutdown
//   - menu bar
//   - layout: sidebar | main area, status line
#include "ui/app_frame.hpp"
#include "core/clock.hpp"
#include "core/paths.hpp"
#include "doorway/version.hpp"
#include "print/print_job.hpp"
#include "ui/dialog_fit.hpp"

#include "ui/appearance.hpp"
#include "ui/file_recents.hpp"
#include "ui/file_view.hpp"
#include "ui/keys.hpp"
#include "ui/page_column.hpp"
#include "ui/print_view.hpp"
#include "ui/privacy_view.hpp"
#include "ui/safety_view.hpp"
#include "ui/sidebar.hpp"
#include "ui/text_fit.hpp"
#include "ui/view_table.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>

namespace doorway {

// [SECTION] init / shutdown

namespace {
// An edit a read-only workbook refused: one sentence with the way on. The
// banner above the page already says why it is read-only.
std::string readOnlyRefusal(const Document& doc) {
    if (doc.isTooNew())
        return "A newer Doorway wrote this workbook, so this one can only show it; open it in that Doorway to "
               "write in it.";
    // Short enough for the status line of a 1280-wide window.
    return "This workbook can't be changed here; File > Save As... keeps your words in a copy you can write in.";
}
}  // namespace

void runCommand(AppState& app, double now, Command c) {
    if (!app.doc.execute(std::move(c), now)) app.sayError(readOnlyRefusal(app.doc), now);
}

void runCommandWithoutUndo(AppState& app, double now, const Command& c) {
    if (!app.doc.executeWithoutUndo(c, now)) app.sayError(readOnlyRefusal(app.doc), now);
}

void sayOpened(AppState& app, double now, const std::string& opened) {
    Document& doc = app.doc;
    std::string msg = opened.empty() ? "Opened " + doc.displayName() : opened;
    if (doc.migratedFrom()) msg += " (an older format; the original is kept as a backup when it is first saved)";
    bool warn = doc.isReadOnly();
    if (warn) msg += ". " + doc.readOnlyReason();
    // After a crash: how much the journal brought back, so nobody wonders
    // whether the last words made it.
    std::string note = doc.takeRecoveryNote();
    if (!note.empty()) {
        if (msg.back() != '.') msg += '.';
        msg += " " + note;
        warn = warn || doc.recoveryNoteWarns();
    }
    if (warn)
        app.sayError(msg, now);
    else
        app.say(msg, now);
}

std::string bannerText(const AppState& app) {
    const FileUiState& f = app.fileUi;
    if (app.doc.isReadOnly()) return app.doc.readOnlyReason();
    if (!f.startupProblem.empty() && f.startupProblemGeneration == app.doc.generation()) return f.startupProblem;
    if (!app.catalogError.empty()) return "A worksheet file could not be read: " + app.catalogError;
    return "";
}

void initApp(AppState& app, Platform& platform, const std::string& workbookPath) {
    if (app.assetsDir.empty()) app.assetsDir = assetsDir();
    if (platform.hasWindow()) removeOldPrintedPdfs();  // a PDF kept by an earlier print, not forever
    try {
        app.catalog = WorksheetCatalog::loadDirectory(app.assetsDir + "/worksheets");
    } catch (const AssetError& e) {
        app.catalogError = e.what();
        app.sayError("A worksheet file is damaged: " + app.catalogError, platform.now());
    }
    if (!workbookPath.empty()) {
        openAtStart(app, platform, workbookPath);
    } else {
        app.doc.createNew("", "My workbook", nowIso8601());
        app.fileUi.reopenLatest = true;
    }
    platform.setTitle(windowTitle(app));
}

void shutdownApp(AppState& app, Platform& platform) {
    closeFile(app, platform);
    if (!app.doc.isUntitled() && app.doc.isDirty() && !app.doc.isReadOnly()) {
        std::string error;
        app.doc.save(error, nowIso8601());
    }
    (void)platform;
}

// How long the status line shows a message before it fades, and the fade.
constexpr double kStatusSeconds = 6, kStatusErrorSeconds = 15, kStatusFadeSeconds = 1.5;

// The status line's fade: a few frames while it fades, none while a
// message simply stands. The window's idle loop ticks once a second, so the
// fade starts within a second of its time; then it steps kStatusFadeSteps
// times a second, the last step when it is gone (a fade drawn as an
// animation redrew the whole window 30 times a second).
constexpr double kStatusFadeSteps = 4;
void tickStatus(AppState& app, Platform& platform) {
    const double now = platform.now();
    const double age = now - app.status.shownAt;
    const double hold = app.status.isError ? kStatusErrorSeconds : kStatusSeconds;
    // A notice that can wait (writing this window shows differently) takes
    // its turn once the line is free: never over what was opened or went wrong.
    if (app.status.message.empty() || age >= hold) tellUnshownWriting(app, now);
    if (app.status.message.empty()) return;
    const double end = app.status.shownAt + hold + kStatusFadeSeconds;
    if (age >= hold && now < end) platform.redrawAt(std::min(now + 1.0 / kStatusFadeSteps, end));
}

void tickFeatures(AppState& app, Platform& platform) {
    tickStatus(app, platform);
    for (const FeatureInfo& f : featureTable())
        if (f.tick) f.tick(app, platform);
}

bool applyUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    error.clear();
    if (action.rfind("view=", 0) == 0) return openView(app, action.substr(5), error);
    for (const FeatureInfo& f : featureTable())
        if (f.uiAction && featureTakes(f, action) && f.uiAction(app, platform, action, error)) return error.empty();
    error = "unknown action; actions are view=KEY (" + viewKeys() + "), shot=FILE.png, or one starting " +
            uiActionFamilies() + " (docs/architecture.md)";
    return false;
}

namespace {
// A new workbook nobody has written in yet has nothing to lose.
bool untouchedNew(const Document& doc) {
    return doc.isUntitled() && doc.lastEditTime() < 0;
}
}  // namespace

std::string windowTitle(const AppState& app) {
    if (app.privacyUi.neutralTitle || app.privacyUi.hidden) return "Notes";
    // An untitled workbook is named by its title, which can be any length.
    std::string t = shownText(app.doc.displayName(), 80);
    if (app.doc.isDirty() && !untouchedNew(app.doc)) t += " *";
    if (app.doc.isReadOnly()) t += " (read-only)";
    return t + " — Doorway";
}

// [SECTION] menu bar

namespace {
// The window being drawn (a dialog or list), in the window map.
void mapThisWindow(AppState& app, const char* id, const char* label) {
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    app.uiMap.add({id, "dialog", label, at, ImVec2(at.x + size.x, at.y + size.y)});
}
}  // namespace

namespace {

// Edit > Undo's words for the next step ("typing on 'The pattern, not the
// person'"), or "" when there is none.
std::string nextStep(const AppState& app, bool redo) {
    const CommandStack& cs = app.doc.commands();
    const Touch* t = redo ? cs.nextRedoTouch() : cs.nextUndoTouch();
    if (!t) return "";
    return cmd::stepDescription(redo ? cs.redoLabel() : cs.undoLabel(), *t, app.catalog);
}

// Where a step's change can be seen: its worksheet, the rehearsal script,
// the takes. The page open now when it shows the change already.
Navigation placeOf(const AppState& app, const Touch& t) {
    if (const WorksheetDef* ws = cmd::stepWorksheet(t, app.catalog)) return {View::Worksheet, ws->id};
    if (t.part == Touch::Part::Answer && t.sheet == kRehearsalSheet) return {View::Rehearsal, {}};
    if (t.part == Touch::Part::Takes && app.nav.view != View::Rehearsal) return {View::Takes, {}};
    return app.nav;
}
}  // namespace

void undoStep(AppState& app, Platform& platform, bool redo) {
    const CommandStack& cs = app.doc.commands();
    const Touch* next = redo ? cs.nextRedoTouch() : cs.nextUndoTouch();
    if (!next) return;
    const Touch touch = *next;
    const std::string what = nextStep(app, redo);
    const double now = platform.now();
    if (!(redo ? app.doc.redo(now) : app.doc.undo(now))) return;
    // Never out of sight: a step on another page takes the person there
    // and says what changed (a Ctrl+Z on one page used to eat words from
    // another, hidden one, and nothing on screen moved).
    // Said on the same page too: the status line may still be telling of
    // the step just undone ("Take deleted." after the take came back).
    app.say((redo ? "Redid " : "Undid ") + what + ".", now);
    const Navigation to = placeOf(app, touch);
    if (to.view == app.nav.view && to.worksheetId == app.nav.worksheetId) return;
    app.nav = to;
    if (touch.part == Touch::Part::Answer) app.worksheetUi.scrollToField = touch.field;
}

namespace {

void drawMenuBar(AppState& app, Platform& platform) {
    if (!ImGui::BeginMainMenuBar()) return;
    UiMap& map = app.uiMap;
    bool open = ImGui::BeginMenu("File");
    map.addLastItem("menu/file", "menu", "File");
    if (open) {
        drawFileMenuItems(app, platform);
        ImGui::Separator();
        drawPrintMenuItems(app, platform);
        ImGui::Separator();
        drawPrivacyFileMenuItems(app, platform);
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) platform.requestQuit();
        map.addLastItem("menu/file/quit", "menu", "Quit");
        ImGui::EndMenu();
    }
    open = ImGui::BeginMenu("Edit");
    map.addLastItem("menu/edit", "menu", "Edit");
    if (open) {
        std::string undo = nextStep(app, false), redo = nextStep(app, true);
        undo = undo.empty() ? "Undo" : "Undo " + undo;
        redo = redo.empty() ? "Redo" : "Redo " + redo;
        if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, app.doc.commands().canUndo()))
            undoStep(app, platform, false);
        map.addLastItem("menu/edit/undo", "menu", undo);
        if (ImGui::MenuItem(redo.c_str(), "Ctrl+Shift+Z", false, app.doc.commands().canRedo()))
            undoStep(app, platform, true);
        map.addLastItem("menu/edit/redo", "menu", redo);
        ImGui::EndMenu();
    }
    open = ImGui::BeginMenu("View");
    map.addLastItem("menu/view", "menu", "View");
    if (open) {
        ImGui::MenuItem("Sidebar", nullptr, &app.showSidebar);
        for (const ViewInfo& v : viewTable()) {
            if (!v.inMenu) continue;
            if (ImGui::MenuItem(v.name().c_str())) app.nav = {v.view, {}};
            map.addLastItem(std::string("menu/view/") + v.key, "menu", v.name());
        }
        // The status line's Messages button is off the keyboard's path (the
        // status line takes no focus), so the list is here too.
        if (ImGui::MenuItem("Messages", nullptr, false, !app.statusHistory.empty())) app.showMessages = true;
        map.addLastItem("menu/view/messages", "menu", "Messages");
        ImGui::Separator();
        drawAppearanceMenuItems(app);
        ImGui::Separator();
        drawPrivacyMenuItems(app, platform);
        ImGui::EndMenu();
    }
    open = ImGui::BeginMenu("Help");
    map.addLastItem("menu/help", "menu", "Help");
    if (open) {
        if (ImGui::MenuItem("Keyboard")) app.showKeys = true;
        map.addLastItem("menu/help/keyboard", "menu", "Keyboard");
        if (ImGui::MenuItem("Safety")) openSafetyCard(app);
        map.addLastItem("menu/help/safety", "menu", "Safety");
        if (ImGui::MenuItem("About Doorway")) app.showAbout = true;
        map.addLastItem("menu/help/about", "menu", "About Doorway");
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void handleShortcuts(AppState& app, Platform& platform) {
    ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl) return;
    // Doorway's own text boxes have no undo of their own: Ctrl+Z there is
    // the workbook's, a word at a time. ImGui's few boxes (paths, a
    // passphrase) keep theirs, so the workbook's must not fire under them.
    bool imguiTyping = io.WantTextInput && !editorActive(app.editorUi);
    if (imguiTyping && (keys::pressed(keys::letter('Z')) || keys::pressed(keys::letter('Y')))) {
        return;
    } else if (keys::pressed(keys::letter('Z'))) {
        undoStep(app, platform, io.KeyShift);
    } else if (keys::pressed(keys::letter('Y'))) {
        undoStep(app, platform, true);
    } else if (keys::pressed(keys::letter('Q'))) {
        platform.requestQuit();
    } else {
        fileShortcuts(app, platform);
    }
}

// Help > Keyboard: every key Doorway answers to, in one place.
struct KeyLine {
    const char* keys;
    const char* what;
};
const KeyLine kKeyLines[] = {
    {"Tab, Shift+Tab", "The next or previous box, button or choice on the page, in reading order"},
    {"Enter or Space", "Press the button, tick the box or open the page that has the focus ring"},
    {"Esc", "Leave the text box you are in (what you wrote stays), or close a dialog"},
    {"F10, Alt or Ctrl+Tab", "The menu bar: arrows move along it, Enter opens a menu, Esc goes back to the page"},
    {"Arrows, Home, End", "Move in a text box, a line at a time as it is shown on screen"},
    {"Ctrl+Left, Ctrl+Right", "Move a word at a time (add Shift to select)"},
    {"Ctrl+Home, Ctrl+End", "The start or the end of the text"},
    {"Ctrl+A, Ctrl+C, Ctrl+X, Ctrl+V", "Select all, copy, cut, paste"},
    {"Enter in a text box", "A new line in a long answer; adds the entry in a one-line box"},
    {"Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y", "Undo or redo, a word at a time while you type"},
    {"Ctrl+S, Ctrl+Shift+S", "Save now (Doorway also saves as you write), save as"},
    {"Ctrl+O, Ctrl+N", "Open a workbook, start a new one"},
    {"Ctrl+E, Ctrl+P", "Export the workbook (PDF, HTML, Markdown), or print it"},
    {"Ctrl+=, Ctrl+-, Ctrl+0", "Larger or smaller text, or back to the usual size"},
    {"F9", "Pause or resume a timed take (Space types a space while you write)"},
    {"Esc during a take", "Stop the take"},
    {"F12", "Hide the window at once behind a plain screen; F12 again brings it back"},
    {"Ctrl+Q", "Quit (what you wrote is saved first)"},
};

void drawKeys(AppState& app) {
    if (app.showKeys) {
        ImGui::OpenPopup("Keyboard###help-keys");
        app.showKeys = false;
    }
    ImGui::SetNextWindowSize(ImVec2(640 * app.uiScale, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal("Keyboard###help-keys", nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch, 1.8f);
        for (const KeyLine& k : kKeyLines) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextWrapped("%s", k.keys);
            ImGui::TableSetColumnIndex(1);
            ImGui::TextWrapped("%s", k.what);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    if (ImGui::Button("Close") || escapeClosesDialog(app)) ImGui::CloseCurrentPopup();
    app.uiMap.addLastItem("button/keyboard/close", "button", "Close");
    ImGui::EndPopup();
}

void drawAbout(AppState& app) {
    if (app.showAbout) {
        ImGui::OpenPopup("About Doorway");
        app.showAbout = false;
    }
    ImGui::SetNextWindowSize(ImVec2(460 * app.uiScale, 0));
    if (ImGui::BeginPopupModal("About Doorway", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        mapThisWindow(app, "dialog/about", "About Doorway");
        ImGui::Text("Doorway %s", DOORWAY_VERSION);
        ImGui::Separator();
        ImGui::TextWrapped(
            "A private workbook for when you'd like couples therapy and your partner doesn't. "
            "Everything stays on this computer: Doorway has no network code at all.");
        ImGui::Spacing();
        ImGui::TextWrapped(
            "Doorway is not for emergencies or for relationships where you feel unsafe. Help > Safety says where to "
            "turn.");
        ImGui::Spacing();
        // Esc closes it, as it does every other dialog (Help > Keyboard says so).
        if (ImGui::Button("Close") || escapeClosesDialog(app)) ImGui::CloseCurrentPopup();
        app.uiMap.addLastItem("button/about/close", "button", "Close");
        ImGui::EndPopup();
    }
}

void drawStatusLine(AppState& app, Platform& platform, float height) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - height));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, height));
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                             ImGuiWindowFlags_NoNav;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8 * app.uiScale, 4 * app.uiScale));
    if (ImGui::Begin("##status", nullptr, flags)) {
        std::string left, state;
        if (app.doc.isUntitled()) {
            // A new workbook gets a file with its first words (autosave), not before.
            // The stand-in for a locked workbook takes no writing at all.
            left = app.doc.isReadOnly()    ? "Stand-in  ·  read-only"
                   : untouchedNew(app.doc) ? "New workbook  ·  saved once you write something"
                                           : "Not saved yet";
        } else {
            left = displayPath(app.doc.path());
            if (app.doc.isReadOnly())
                state = "  ·  read-only";
            else if (app.doc.isDirty())
                state = "  ·  unsaved changes";
            else
                state = "  ·  saved";
        }
        // One line, whatever the length of the path or the message: the
        // path keeps at most half when there is a message beside it, and
        // its state always shows.
        // A message shows for a few seconds (an error for longer), then
        // fades; "Messages" lists the recent ones.
        const double age = platform.now() - app.status.shownAt;
        const double hold = app.status.isError ? kStatusErrorSeconds : kStatusSeconds;
        // In steps, as tickStatus asks for frames: between two steps the
        // picture stands still, so the window has nothing to redraw.
        const double steps = kStatusFadeSteps * kStatusFadeSeconds;
        float alpha = age < hold
                          ? 1.f
                          : float(std::max(0.0, std::ceil((1.0 - (age - hold) / kStatusFadeSeconds) * steps) / steps));
        const char* kMessages = "Messages";
        const float buttonW = app.statusHistory.empty()
                                  ? 0.f
                                  : ImGui::CalcTextSize(kMessages).x + ImGui::GetStyle().FramePadding.x * 2 +
                                        ImGui::GetStyle().ItemSpacing.x;
        float avail = ImGui::GetContentRegionAvail().x - buttonW;
        bool message = !app.status.message.empty() && alpha > 0;
        float room = (message ? avail * 0.5f : avail) - ImGui::CalcTextSize(state.c_str()).x;
        std::string shownLeft = fitToWidth(left, std::max(room, 0.f)) + state;
        ImGui::TextDisabled("%s", shownLeft.c_str());
        if (message) {
            ImGui::SameLine();
            ImGui::TextDisabled("  |  ");
            ImGui::SameLine();
            ImVec4 c = app.status.isError ? themeColor(Tone::Error) : ImGui::GetStyleColorVec4(ImGuiCol_Text);
            c.w *= alpha;
            textOneLine(app.status.message, ImGui::GetColorU32(c),
                        std::max(0.f, ImGui::GetContentRegionAvail().x - buttonW));
            app.uiMap.addLastItem("status/message", "text", app.status.message);
        }
        if (!app.statusHistory.empty()) {
            ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - buttonW + ImGui::GetStyle().ItemSpacing.x);
            if (ImGui::SmallButton(kMessages) || app.showMessages) ImGui::OpenPopup("##messages");
            app.showMessages = false;
            app.uiMap.addLastItem("button/status/messages", "button", kMessages);
            if (ImGui::BeginPopup("##messages")) {
                mapThisWindow(app, "dialog/messages", "Messages");
                for (auto it = app.statusHistory.rbegin(); it != app.statusHistory.rend(); ++it) {
                    int ago = int(std::max(0.0, platform.now() - it->shownAt));
                    std::string when =
                        ago < 60 ? std::to_string(ago) + " s ago" : std::to_string(ago / 60) + " min ago";
                    ImGui::TextDisabled("%s", when.c_str());
                    ImGui::SameLine(ImGui::CalcTextSize("000 min ago  ").x);
                    // Whole and wrapped: the list is where a message cut short
                    // on the status line is read in full.
                    if (it->isError) ImGui::PushStyleColor(ImGuiCol_Text, themeColor(Tone::Error));
                    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 560 * app.uiScale);
                    textWrappedKept(shownText(it->message));
                    ImGui::PopTextWrapPos();
                    if (it->isError) ImGui::PopStyleColor();
                }
                ImGui::EndPopup();
            }
        }
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

void drawBanner(AppState& app) {
    std::string banner = bannerText(app);
    if (banner.empty()) return;
    banner = shownText(banner);
    // As tall as its wrapped lines (a long reason must not be cut off).
    const ImGuiStyle& st = ImGui::GetStyle();
    const float wrap = ImGui::GetContentRegionAvail().x - 2 * st.WindowPadding.x;
    const float textH = ImGui::CalcTextSize(banner.c_str(), nullptr, false, wrap).y;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, themeColor(Fill::Banner));
    const bool retry = !app.fileUi.startupLockedPath.empty();  // room for its button (privacy_view)
    const float buttonH = retry ? ImGui::GetFrameHeightWithSpacing() : 0;
    ImGui::BeginChild("##banner", ImVec2(0, textH + buttonH + 2 * st.WindowPadding.y + 2), true);
    ImGui::TextWrapped("%s", banner.c_str());
    if (retry) drawLockedRetry(app);
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace

// [SECTION] layout

namespace {
// Keyboard use, on top of what ImGui 1.86 does: Enter presses the focused
// button or row as Space does (1.86 keeps Enter for text input), and a Tab
// that lands on something other than a text box shows the focus ring
// (1.86 tabbing onto an "inputable" item leaves it hidden).
void keyboardFocus(AppState& app) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    // 1.86 starts Tab over from the first item when nothing is active, even
    // with a button focused ("tab init"); from a focused item it goes on.
    // Only from an item that was drawn last frame: from one that is gone (a
    // page left behind) "go on" finds nothing to go on from, and Tab did
    // nothing at all until a click.
    if ((g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing) && !(g.NavMoveFlags & ImGuiNavMoveFlags_FocusApi) &&
        g.NavTabbingDir == 0 && g.NavId != 0 && g.NavWindow && g.NavWindow->NavLastIds[0] == g.NavId &&
        app.navIdWasDrawn)
        g.NavTabbingDir = +1;
    app.navIdAtFrameStart = g.NavId;
    // A Tab that lands where the keyboard already was (ImGui chose that item
    // quietly, as a new window's first item) moves nothing, so nothing
    // showed the ring: Tab seemed to do nothing until a click.
    const bool landedInPlace = app.tabbedFrom != 0 && g.NavId == app.tabbedFrom && g.NavJustMovedToId == 0;
    app.tabbedFrom = 0;
    if (keys::pressed(keys::kTab, true) && !ImGui::GetIO().KeyCtrl && g.NavId != 0) app.tabbedFrom = g.NavId;
    if (landedInPlace && g.NavId != app.editorUi.activeId) g.NavDisableHighlight = false;
    if (g.NavJustMovedToId != 0 && g.NavJustMovedToId != app.editorUi.activeId) {
        g.NavDisableHighlight = false;
        g.NavDisableMouseHover = true;
    }
    if (g.ActiveId == 0 && g.NavId != 0 && !g.NavDisableHighlight && !ImGui::GetIO().WantTextInput &&
        (keys::pressed(keys::kEnter) || keys::pressed(keys::kKeypadEnter)))
        g.NavActivateId = g.NavActivateDownId = g.NavActivatePressedId = g.NavId;
}

// F10, or Alt pressed and let go on its own, puts the keyboard on the menu
// bar's first menu, as desktop programs do (1.86's own Alt toggles the menu
// layer of the focused window; the page has none, so Alt only took the
// focus away). Ctrl+Tab still gets there too.
void menuBarKeys(AppState& app) {
    ImGuiIO& io = ImGui::GetIO();
    bool open = keys::pressed(keys::kF10);
    if (io.KeyAlt) {
        bool otherKey = io.InputQueueCharacters.Size > 0 || ImGui::IsAnyMouseDown();
        for (int k = 0; k < 512 && !otherKey; ++k)
            otherKey = io.KeysDown[k] && k != keys::kLeftAlt && k != keys::kRightAlt;
        app.altAlone = (app.altAlone || ImGui::IsKeyPressed(keys::kLeftAlt, false) ||
                        ImGui::IsKeyPressed(keys::kRightAlt, false)) &&
                       !otherKey;
    } else if (app.altAlone) {
        app.altAlone = false;
        open = true;
    }
    if (!open || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return;
    ImGuiWindow* bar = ImGui::FindWindowByName("##MainMenuBar");
    if (!bar || !bar->WasActive) return;  // drawn last frame (this frame's comes later)
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGui::ClearActiveID();
    ImGui::FocusWindow(bar);
    g.NavLayer = ImGuiNavLayer_Menu;
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    bar->NavLastIds[ImGuiNavLayer_Menu] = 0;
    ImGui::NavInitWindow(bar, true);
}

// Where the keyboard is, once the frame is drawn. ImGui leaves it nowhere
// (no window) when a dialog opened from nowhere closes, as the first-run
// safety card does, and on the menu bar's empty main layer after Ctrl+Tab
// and Esc: Tab reaches nothing there. With no dialog or menu open, the page
// takes it back, as a click on it would.
void keepKeyboardOnPage(AppState& app, ImGuiWindow* content) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    // Alive, or chosen during this frame (a click sets it after its item
    // was drawn): either way Tab can go on from it.
    app.navIdWasDrawn = g.NavIdIsAlive || g.NavId != app.navIdAtFrameStart;
    if (!content || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return;
    const bool nowhere = g.NavWindow == nullptr || !g.NavWindow->Active;
    const bool idleMenuBar = g.NavWindow && std::strcmp(g.NavWindow->RootWindow->Name, "##MainMenuBar") == 0 &&
                             g.NavLayer == ImGuiNavLayer_Main;
    if (!nowhere && !idleMenuBar) return;
    ImGui::FocusWindow(content);
    g.NavId = 0;  // Tab starts at the top of the page
}
}  // namespace

namespace {
// Every button, box and choice is a Tab stop, in the page, the sidebar and
// every dialog: ImGui 1.86 tabs only to "inputable" items.
struct TabStops {
    TabStops() { ImGui::PushItemFlag(ImGuiItemFlags_Inputable, true); }
    ~TabStops() { ImGui::PopItemFlag(); }
    TabStops(const TabStops&) = delete;
    TabStops& operator=(const TabStops&) = delete;
};

// Page Up, Page Down, Home and End scroll the page, as in a document,
// while no text box has the keyboard (a box moves its caret with them).
// 1.86 would move the focus instead, a page's height on, and the page and
// the sidebar are one flattened window to it: Page Down landed on a sidebar
// row, and the next Enter left the page. Called in the page's child.
void pageKeys(AppState& app) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return;
    if (ImGui::GetIO().WantTextInput || editorActive(app.editorUi) || ImGui::GetIO().KeyCtrl) return;
    ImGuiWindow* page = ImGui::GetCurrentWindow();
    if (!g.NavWindow || g.NavWindow->RootWindow != page->RootWindow || g.NavLayer != ImGuiNavLayer_Main) return;
    auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k), true); };
    const float step = page->InnerRect.GetHeight() * 0.85f;
    if (pressed(ImGuiKey_PageDown))
        ImGui::SetScrollY(ImGui::GetScrollY() + step);
    else if (pressed(ImGuiKey_PageUp))
        ImGui::SetScrollY(std::max(0.f, ImGui::GetScrollY() - step));
    else if (pressed(ImGuiKey_Home))
        ImGui::SetScrollY(0);
    else if (pressed(ImGuiKey_End))
        ImGui::SetScrollY(ImGui::GetScrollMaxY());
    else
        return;
    ImGui::NavMoveRequestCancel();
}

// The page, then the sidebar to its left: Tab goes through the page first
// and on into the sidebar (its rows are the way to every other page), then
// back to the top of the page. Both children are "flattened" into the main
// window so one Tab order runs through them both.
ImGuiWindow* drawPageAndSidebar(AppState& app, Platform& platform) {
    const ImVec2 start = ImGui::GetCursorPos();
    const float sidebarW = app.showSidebar ? sidebarWidth(app, ImGui::GetContentRegionAvail().x) : 0.f;
    if (app.showSidebar) ImGui::SetCursorPos(ImVec2(start.x + sidebarW + ImGui::GetStyle().ItemSpacing.x, start.y));
    ImGui::BeginChild("##content", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    ImGuiWindow* content = ImGui::GetCurrentWindow();
    app.pageOpened = app.nav.view != app.lastDrawnView || app.nav.worksheetId != app.lastDrawnSheet;
    if (app.pageOpened) {
        // A page just opened: the keyboard is in it, so Tab starts at its
        // top (not after the item last focused on another page).
        ImGui::SetWindowFocus();
        ImGui::GetCurrentContext()->NavId = 0;
        // And it opens at its top: the pages share this child, and one
        // page's scroll must not carry into the next (Rehearse opened with
        // its heading out of sight). A view that scrolls to something of its
        // own does so after this, in the same frame.
        ImGui::SetScrollY(0);
        app.lastDrawnView = app.nav.view;
        app.lastDrawnSheet = app.nav.worksheetId;
    }
    pageKeys(app);
    drawBanner(app);
    {
        // Every page in one column: a readable measure, centred (page_column.hpp).
        ColumnScope column(pageColumn(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize(), app.uiScale));
        viewInfo(app.nav.view).draw(app, platform);
    }
    ImGui::EndChild();
    if (app.showSidebar) {
        ImGui::SetCursorPos(start);
        ImGui::BeginChild("##sidebar", ImVec2(sidebarW, 0), true, ImGuiWindowFlags_NavFlattened);
        drawSidebar(app, platform);
        ImGui::EndChild();
    }
    return content;
}
}  // namespace

void drawFrame(AppState& app, Platform& platform) {
    app.uiMap.beginFrame();
    ++app.framesBegun;
    keyboardFocus(app);
    menuBarKeys(app);
    TabStops tabStops;
    tickFeatures(app, platform);
    if (drawPrivacyOverlay(app, platform)) return;

    handleShortcuts(app, platform);
    handleAppearanceShortcuts(app);
    drawMenuBar(app, platform);

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float statusH = ImGui::GetFrameHeight() + 4 * app.uiScale;
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, vp->WorkSize.y - statusH));
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGuiWindow* content = nullptr;
    if (ImGui::Begin("##main", nullptr, flags)) content = drawPageAndSidebar(app, platform);
    ImGui::End();
    drawStatusLine(app, platform, statusH);

    for (const FeatureInfo& f : featureTable())
        if (f.dialogs) f.dialogs(app, platform);
    drawAbout(app);
    drawKeys(app);
    platform.setTitle(windowTitle(app));

    // Typing merges into one undo step per field; leaving the box ends it,
    // so coming back to the same field later is a step of its own.
    bool active = ImGui::IsAnyItemActive();
    if (app.itemWasActive && !active) app.doc.endUndoStep();
    app.itemWasActive = active;
    endEditorFrame(app.editorUi);
    // A tooltip on screen, for the window map (tests see it come and go).
    if (ImGuiWindow* tip = ImGui::FindWindowByName("##Tooltip_00"); tip && tip->Active)
        app.uiMap.add({"tooltip", "tooltip", "", tip->Pos, ImVec2(tip->Pos.x + tip->Size.x, tip->Pos.y + tip->Size.y)});
    keepKeyboardOnPage(app, content);
    app.uiMap.addUnmappedFocus();
    app.popupsOpenLastFrame = ImGui::GetCurrentContext()->OpenPopupStack.Size;
}

}  // namespace doorway
