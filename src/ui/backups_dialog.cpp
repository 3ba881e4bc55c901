// The backups dialog (View > Backups): the copies a save keeps beside
// unlocked workbooks, which of them sit beside a workbook locked since and
// which are locked themselves, and one button to remove them all.
#include "ui/backups_dialog.hpp"
#include "core/backups.hpp"
#include "core/labels.hpp"
#include "ui/dialog_fit.hpp"
#include "ui/keys.hpp"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace doorway {

namespace {

const char* kBackupsId = "Backups###privacy-backups";

// The backups in the workbooks folder and beside the open workbook.
std::vector<std::string> findBackups(const AppState& app) {
    std::error_code ec;
    auto folder = [&](const fs::path& dir) { return fs::absolute(dir, ec).lexically_normal().string(); };
    std::vector<std::string> out = backupFilesIn(folder(app.workbooksDir));
    if (!app.doc.isUntitled()) {
        fs::path dir = fs::path(app.doc.path()).parent_path();
        for (const std::string& b : backupFilesIn(folder(dir.empty() ? fs::path(".") : dir)))
            if (std::find(out.begin(), out.end(), b) == out.end()) out.push_back(b);
    }
    return out;
}

// The list, and which of them sit beside a now-locked workbook: read once
// here, not every frame the dialog is drawn.
void refreshBackups(AppState& app) {
    PrivacyUiState& p = app.privacyUi;
    p.backups = findBackups(app);
    p.backupBesideLocked.clear();
    p.backupSealed.clear();
    for (const std::string& b : p.backups) {
        p.backupSealed.push_back(backupIsSealed(b));
        p.backupBesideLocked.push_back(!p.backupSealed.back() && besideLockedWorkbook(b));
    }
}

}  // namespace

void removeBackups(AppState& app, Platform& platform) {
    PrivacyUiState& p = app.privacyUi;
    int removed = 0;
    std::string failed;
    for (const std::string& b : p.backups) {
        std::error_code ec;
        if (fs::remove(b, ec))
            ++removed;
        else if (ec)
            failed += "\n" + b + ": " + ec.message();
    }
    p.backupsConfirmRemove = false;
    refreshBackups(app);
    p.backupsNote = "Removed " + countLabel(removed, "backup", "backups") + "." +
                    " Your workbooks are as they were; the next save of an unlocked one keeps a new backup.";
    if (!failed.empty()) {
        p.backupsNote += " These could not be removed:" + failed;
        app.sayError("Some backups could not be removed; View > Backups names them.", platform.now());
    } else {
        app.say(p.backupsNote, platform.now());
    }
}

void drawBackupsDialog(AppState& app, Platform& platform) {
    PrivacyUiState& p = app.privacyUi;
    if (p.backupsOpenRequested) {
        p.backupsOpenRequested = false;
        refreshBackups(app);
        p.backupsNote.clear();
        p.backupsConfirmRemove = false;
        ImGui::OpenPopup(kBackupsId);
    }
    fitNextDialog(ImVec2(620 * app.uiScale, 0), app.uiScale);
    if (!ImGui::BeginPopupModal(kBackupsId, nullptr,
                                ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 580 * app.uiScale);
    ImGui::TextWrapped(
        "When an unlocked workbook is saved, Doorway keeps the version before it beside the file, as NAME.json.bak, "
        "so a save that goes wrong can be put right. Anyone who can open these files can read them, unless one is "
        "marked locked below. A locked workbook never gets one. Open shows a backup as it is, read-only; "
        "File > Save As then keeps it as a workbook of your own.");
    ImGui::Spacing();
    if (p.backups.empty()) {
        ImGui::TextWrapped("There are no backups in %s%s.", app.workbooksDir.c_str(),
                           app.doc.isUntitled() ? "" : " or beside the open workbook");
    } else {
        ImGui::Text("%s:", countLabel(long(p.backups.size()), "backup", "backups").c_str());
        std::string openThis;
        for (size_t i = 0; i < p.backups.size(); ++i) {
            const std::string& b = p.backups[i];
            const std::string name = fs::path(b).filename().string();
            ImGui::PushID(b.c_str());  // the whole path: two folders may hold backups of one name
            if (ImGui::SmallButton("Open")) openThis = b;
            app.uiMap.addLastItem("button/backups/open/" + name, "button", "Open");
            ImGui::SameLine();
            ImGui::TextWrapped("%s", b.c_str());
            app.uiMap.addLastItem("text/backups/" + name, "text", b);
            ImGui::PopID();
            if (i < p.backupSealed.size() && p.backupSealed[i]) {
                // The version replaced by the first save after the passphrase was removed.
                ImGui::Indent();
                ImGui::TextWrapped("This copy is locked: it opens only with the passphrase its workbook had.");
                app.uiMap.addLastItem("note/backups/sealed/" + fs::path(b).filename().string(), "text",
                                      "This copy is locked");
                ImGui::Unindent();
            } else if (i < p.backupBesideLocked.size() && p.backupBesideLocked[i]) {
                ImGui::Indent();
                ImGui::TextWrapped("Its workbook is locked now, but this copy is not: anyone can read it.");
                app.uiMap.addLastItem("note/backups/locked/" + fs::path(b).filename().string(), "text",
                                      "Its workbook is locked now, but this copy is not");
                ImGui::Unindent();
            }
        }
        if (!openThis.empty()) {
            // Read-only (core: a backup is never written), so it stays the
            // version it keeps; the banner says how to keep it as one's own.
            ImGui::CloseCurrentPopup();
            app.fileUi.openRequested = openThis;  // the file feature opens it, as File > Open would
        }
    }
    if (!p.backupsNote.empty()) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", p.backupsNote.c_str());
        app.uiMap.addLastItem("note/backups/result", "text", p.backupsNote);
    }
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (p.backupsConfirmRemove && !p.backups.empty()) {
        // One click took every backup away for good: asked once first.
        ImGui::TextWrapped(
            "Remove %s? They can't be brought back.",
            p.backups.size() == 1 ? "this backup" : ("all " + std::to_string(p.backups.size()) + " backups").c_str());
        app.uiMap.addLastItem("note/backups/confirm", "text", "Remove them? They can't be brought back.");
        if (ImGui::Button("Remove them")) removeBackups(app, platform);
        app.uiMap.addLastItem("button/backups/remove_confirmed", "button", "Remove them");
        ImGui::SameLine();
        if (ImGui::Button("Keep them")) p.backupsConfirmRemove = false;
        app.uiMap.addLastItem("button/backups/keep", "button", "Keep them");
    } else {
        ImGui::BeginDisabled(p.backups.empty());
        if (ImGui::Button("Remove these backups")) p.backupsConfirmRemove = true;
        ImGui::EndDisabled();
        app.uiMap.addLastItem("button/backups/remove", "button", "Remove these backups");
    }
    ImGui::SameLine();
    if (ImGui::Button("Close") || escapeClosesDialog(app)) ImGui::CloseCurrentPopup();
    app.uiMap.addLastItem("button/backups/close", "button", "Close");
    ImGui::EndPopup();
}

}  // namespace doorway
