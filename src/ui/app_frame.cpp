// The whole window, one frame at a time.
//
// [SECTION] Index
//   - init / shutdown
//   - menu bar
//   - layout: sidebar | main area, status line
#include "core/clock.hpp"
#include "core/paths.hpp"
#include "doorway/version.hpp"
#include "ui/appearance.hpp"
#include "print/print_job.hpp"
#include "ui/keys.hpp"
#include "ui/text_fit.hpp"
#include "ui/views.hpp"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

namespace doorway {

// [SECTION] init / shutdown

void runCommand(AppState& app, double now, Command c) {
    if (!app.doc.execute(std::move(c), now))
        app.sayError("This workbook is read-only: " + app.doc.readOnlyReason(), now);
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
        std::string error;
        bool needsPassphrase = false;
        if (app.doc.open(workbookPath, error, nullptr, &needsPassphrase)) {
            app.say("Opened " + app.doc.displayName(), platform.now());
        } else if (needsPassphrase) {
            app.doc.createNew("", "My workbook", nowIso8601());
            askPassphraseToOpen(app, workbookPath);
        } else {
            app.doc.createNew("", "My workbook", nowIso8601());
            app.sayError(error, platform.now());
        }
    } else {
        app.doc.createNew("", "My workbook", nowIso8601());
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

void tickFeatures(AppState& app, Platform& platform) {
    tickFile(app, platform);
    tickRehearsal(app, platform);
    tickSpeech(app, platform);
    tickPrivacy(app, platform);
    tickSafety(app, platform);
}

bool applyUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    error.clear();
    if (action.rfind("view=", 0) == 0) {
        std::string v = action.substr(5);
        if (v == "home") app.nav = {View::Home, {}};
        else if (v == "rehearsal") app.nav = {View::Rehearsal, {}};
        else if (v == "roleplay") app.nav = {View::RolePlay, {}};
        else if (v == "takes") app.nav = {View::Takes, {}};
        else if (v.rfind("worksheet:", 0) == 0 && app.catalog.find(v.substr(10))) app.nav = {View::Worksheet, v.substr(10)};
        else {
            error = "unknown view '" + v + "'";
            return false;
        }
        return true;
    }
    using Handler = bool (*)(AppState&, Platform&, const std::string&, std::string&);
    for (Handler h : {fileUiAction, worksheetUiAction, rehearsalUiAction, printUiAction, privacyUiAction,
                      speechUiAction, safetyUiAction, appearanceUiAction}) {
        if (h(app, platform, action, error)) return error.empty();
    }
    error = "unknown action";
    return false;
}

namespace {
// A new workbook nobody has written in yet has nothing to lose.
bool untouchedNew(const Document& doc) { return doc.isUntitled() && doc.lastEditTime() < 0; }
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

void drawMenuBar(AppState& app, Platform& platform) {
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        drawFileMenuItems(app, platform);
        ImGui::Separator();
        drawPrintMenuItems(app, platform);
        ImGui::Separator();
        drawPrivacyFileMenuItems(app, platform);
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) platform.requestQuit();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        std::string undo = "Undo " + app.doc.commands().undoLabel();
        std::string redo = "Redo " + app.doc.commands().redoLabel();
        if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, app.doc.commands().canUndo())) app.doc.undo(platform.now());
        if (ImGui::MenuItem(redo.c_str(), "Ctrl+Shift+Z", false, app.doc.commands().canRedo())) app.doc.redo(platform.now());
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        ImGui::MenuItem("Sidebar", nullptr, &app.showSidebar);
        if (ImGui::MenuItem("Start page")) app.nav = {View::Home, {}};
        if (ImGui::MenuItem("Rehearse")) app.nav = {View::Rehearsal, {}};
        if (ImGui::MenuItem("Role-play")) app.nav = {View::RolePlay, {}};
        if (ImGui::MenuItem("Takes")) app.nav = {View::Takes, {}};
        ImGui::Separator();
        drawAppearanceMenuItems(app);
        ImGui::Separator();
        drawPrivacyMenuItems(app, platform);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Safety")) openSafetyCard(app);
        if (ImGui::MenuItem("About Doorway")) app.showAbout = true;
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void handleShortcuts(AppState& app, Platform& platform) {
    ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl) return;
    // While a text box has focus, Ctrl+Z belongs to its own undo; the
    // workbook's undo would pull the answer out from under the cursor.
    bool typing = io.WantTextInput;
    if (typing && (keys::pressed(keys::letter('Z')) || keys::pressed(keys::letter('Y')))) {
        return;
    } else if (keys::pressed(keys::letter('Z'))) {
        if (io.KeyShift) app.doc.redo(platform.now());
        else app.doc.undo(platform.now());
    } else if (keys::pressed(keys::letter('Y'))) {
        app.doc.redo(platform.now());
    } else if (keys::pressed(keys::letter('Q'))) {
        platform.requestQuit();
    }
}

void drawAbout(AppState& app) {
    if (app.showAbout) {
        ImGui::OpenPopup("About Doorway");
        app.showAbout = false;
    }
    ImGui::SetNextWindowSize(ImVec2(460 * app.uiScale, 0));
    if (ImGui::BeginPopupModal("About Doorway", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::Text("Doorway %s", DOORWAY_VERSION);
        ImGui::Separator();
        ImGui::TextWrapped(
            "A private workbook for when you'd like couples therapy and your partner doesn't. "
            "Everything stays on this computer: Doorway has no network code at all.");
        ImGui::Spacing();
        ImGui::TextWrapped("Doorway is not for emergencies or for relationships where you feel unsafe. Help > Safety says where to turn.");
        ImGui::Spacing();
        if (ImGui::Button("Close")) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

void drawStatusLine(AppState& app, float height) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - height));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, height));
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8 * app.uiScale, 4 * app.uiScale));
    if (ImGui::Begin("##status", nullptr, flags)) {
        std::string left, state;
        if (app.doc.isUntitled()) {
            // A new workbook gets a file with its first words (autosave), not before.
            left = untouchedNew(app.doc) ? "New workbook  ·  saved once you write something" : "Not saved yet";
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
        float avail = ImGui::GetContentRegionAvail().x;
        bool message = !app.status.message.empty();
        float room = (message ? avail * 0.5f : avail) - ImGui::CalcTextSize(state.c_str()).x;
        std::string shownLeft = fitToWidth(left, std::max(room, 0.f)) + state;
        ImGui::TextDisabled("%s", shownLeft.c_str());
        if (message) {
            ImGui::SameLine();
            ImGui::TextDisabled("  |  ");
            ImGui::SameLine();
            textOneLine(app.status.message, app.status.isError ? ImGui::GetColorU32(themeColor(Tone::Error)) : 0);
        }
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

void drawBanner(AppState& app) {
    std::string banner;
    if (app.doc.isReadOnly()) banner = app.doc.readOnlyReason();
    else if (!app.catalogError.empty()) banner = "A worksheet file could not be read: " + app.catalogError;
    if (banner.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, themeColor(Fill::Banner));
    ImGui::BeginChild("##banner", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 2.2f), true);
    ImGui::TextWrapped("%s", shownText(banner).c_str());
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace

// [SECTION] layout

void drawFrame(AppState& app, Platform& platform) {
    tickFeatures(app, platform);
    if (drawPrivacyOverlay(app, platform)) return;

    handleShortcuts(app, platform);
    handleAppearanceShortcuts(app);
    drawMenuBar(app, platform);

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float statusH = ImGui::GetFrameHeight() + 4 * app.uiScale;
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, vp->WorkSize.y - statusH));
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("##main", nullptr, flags)) {
        if (app.showSidebar) {
            ImGui::BeginChild("##sidebar", ImVec2(sidebarWidth(app, ImGui::GetContentRegionAvail().x), 0), true);
            drawSidebar(app, platform);
            ImGui::EndChild();
            ImGui::SameLine();
        }
        ImGui::BeginChild("##content", ImVec2(0, 0), false);
        drawBanner(app);
        switch (app.nav.view) {
        case View::Home:
            drawHomeView(app, platform);
            break;
        case View::Worksheet:
            if (const WorksheetDef* def = app.catalog.find(app.nav.worksheetId)) drawWorksheetView(app, platform, *def);
            else drawHomeView(app, platform);
            break;
        case View::Rehearsal:
            drawRehearsalView(app, platform);
            break;
        case View::RolePlay:
            drawRolePlayView(app, platform);
            break;
        case View::Takes:
            drawTakesView(app, platform);
            break;
        }
        ImGui::EndChild();
    }
    ImGui::End();
    drawStatusLine(app, statusH);

    drawFileDialogs(app, platform);
    drawPrintDialogs(app, platform);
    drawPrivacyDialogs(app, platform);
    drawSafetyDialogs(app, platform);
    drawAbout(app);
    platform.setTitle(windowTitle(app));

    // Typing merges into one undo step per field; leaving the box ends it,
    // so coming back to the same field later is a step of its own.
    bool active = ImGui::IsAnyItemActive();
    if (app.itemWasActive && !active) app.doc.endUndoStep();
    app.itemWasActive = active;
}

}  // namespace doorway
