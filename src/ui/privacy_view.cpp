// Privacy in the window: quick hide (F12), the neutral title, the idle
// lock, passphrase prompts (open, lock, remove), the recent-files and
// help-country preferences. The safety card itself is safety_view.cpp, the
// backups dialog backups_dialog.cpp.
//
// [SECTION] Index
//   - helpers: wiping, hiding, the idle lock
//   - overlay (the neutral screen)
//   - menus
//   - dialogs: passphrase prompts
//   - tick and --ui actions
#include "ui/privacy_view.hpp"
#include "core/backups.hpp"
#include "core/clock.hpp"
#include "core/labels.hpp"
#include "core/paths.hpp"
#include "core/privacy_notes.hpp"
#include "seal/seal.hpp"
#include "seal/wipe.hpp"
#include "speech/adaptation.hpp"
#include "ui/appearance.hpp"
#include "ui/backups_dialog.hpp"
#include "ui/dialog_fit.hpp"
#include "ui/keys.hpp"
#include "ui/preferences.hpp"
#include "ui/privacy_hints.hpp"
#include "ui/safety_view.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <boost/json.hpp>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace doorway {

// [SECTION] helpers: wiping, hiding, the idle lock

namespace {

// What an idle lock seals to check the passphrase of a workbook it kept open.
constexpr const char* kIdleHeldToken = "doorway: the workbook kept open by the idle lock";

void wipe(std::array<char, 512>& buf) {
    wipeMemory(buf.data(), buf.size());
}

// Dear ImGui keeps its own copy of the text being edited (and an undo
// buffer); wipe those too once a passphrase field is done with.
void wipeImGuiTextState() {
    if (!ImGui::GetCurrentContext()) return;
    ImGui::ClearActiveID();
    ImGuiInputTextState& st = ImGui::GetCurrentContext()->InputTextState;
    if (st.TextW.Data) wipeMemory(st.TextW.Data, size_t(st.TextW.Capacity) * sizeof(ImWchar));
    if (st.TextA.Data) wipeMemory(st.TextA.Data, size_t(st.TextA.Capacity));
    if (st.InitialTextA.Data) wipeMemory(st.InitialTextA.Data, size_t(st.InitialTextA.Capacity));
    wipeMemory(&st.Stb, sizeof st.Stb);
    st.CurLenW = st.CurLenA = 0;
    st.ID = 0;
}

void wipePrompt(PrivacyUiState& p) {
    wipe(p.pass1);
    wipe(p.pass2);
    wipeImGuiTextState();
}

// Takes the passphrase out of a buffer into a string (wiping the buffer).
std::string takePass(std::array<char, 512>& buf) {
    std::string s;
    s.reserve(buf.size());
    s.assign(buf.data(), ::strnlen(buf.data(), buf.size()));
    wipe(buf);
    return s;
}

void closePrompt(PrivacyUiState& p) {
    wipePrompt(p);
    p.lockCaution.clear();
    p.submitPending = false;  // a dialog closed mid-submit (F12) must not submit the next one
    p.prompt = PassPrompt::None;
    p.promptError.clear();
    p.promptPath.clear();
    p.showTyped = false;
}

void hide(AppState& app) {
    PrivacyUiState& p = app.privacyUi;
    p.hidden = true;
    p.revealAsked = false;
    // A half-typed passphrase does not wait behind the neutral screen.
    if (p.prompt != PassPrompt::None && p.prompt != PassPrompt::IdleUnlock) closePrompt(p);
}

void requestReveal(AppState& app) {
    PrivacyUiState& p = app.privacyUi;
    if (p.idleLocked) {
        if (!p.revealAsked) {
            p.revealAsked = true;
            p.prompt = PassPrompt::IdleUnlock;
            p.promptOpenRequested = true;  // focus the passphrase field
            p.promptError.clear();
        }
        return;
    }
    p.hidden = false;
}

std::string messageFor(const std::string& error, int misses = 1) {
    if (error.find("wrong passphrase") == std::string::npos) return error;
    return wrongPassphraseMessage(misses);
}

// Saves if needed, then: a sealed workbook is put away (its key leaves
// memory) until the passphrase is given again; anything else is hidden.
void idleLock(AppState& app, Platform& platform) {
    PrivacyUiState& p = app.privacyUi;
    Document& doc = app.doc;
    if (doc.isDirty() && !doc.isUntitled() && !doc.isReadOnly()) {
        std::string error;
        if (!doc.save(error, nowIso8601())) app.sayError(error, platform.now());
    }
    if (doc.isSealed() && !doc.isUntitled() && !doc.isDirty()) {
        p.idleLockedPath = doc.path();
        p.idleHeldCheck.clear();
        doc.createNew("", "", nowIso8601());  // drops the content, the history and the key
        app.nav = {View::Home, {}};
        p.idleLocked = true;
    } else if (doc.isSealed() && doc.sealer()) {
        // The save failed (or a new locked workbook has no file yet):
        // closing would lose the words it could not write, and hiding alone
        // would let F12 show them to anyone. Kept open, behind the same
        // passphrase, checked against a token sealed with the workbook's own
        // key; put away as above once a retry saves it (tickPrivacy).
        try {
            p.idleHeldCheck = doc.sealer()->seal(kIdleHeldToken);
            p.idleLockedPath = doc.path();
            p.idleLocked = true;
        } catch (const SealError& e) {
            app.sayError(std::string("Could not lock the workbook while it waits to be saved: ") + e.what(),
                         platform.now());
        }
    }
    hide(app);
}

void finishLockedOpen(AppState& app, Platform& platform, const std::string& path) {
    app.nav = {View::Home, {}};
    sayOpened(app, platform.now());
    (void)path;
}

// The passphrase typed in p.pass1 (wiping the field) against the token an
// idle lock sealed for a workbook it kept open; on failure the panel says
// why and asks again.
bool checkHeldPassphrase(AppState& app, const std::string& path) {
    PrivacyUiState& p = app.privacyUi;
    WipedString pass{takePass(p.pass1)};
    wipeImGuiTextState();
    std::string error;
    if (pass.s.empty()) {
        error = "Please type the passphrase.";
    } else {
        try {
            if (makePassphraseSealer(pass.s)->open(p.idleHeldCheck) == kIdleHeldToken) {
                p.openMisses = 0;
                p.missesPath.clear();
                return true;
            }
            error = "wrong passphrase";
        } catch (const SealError& e) {
            error = e.what();
        }
        const bool wrong = error.find("wrong passphrase") != std::string::npos;
        error = messageFor(error, wrong ? countMiss(p, path) : 1);
    }
    p.promptError = error;
    p.promptOpenRequested = true;
    return false;
}

// Takes the passphrase typed in p.pass1 (wiping the field) and opens the
// sealed workbook at `path` with it. On failure the prompt shows why and
// asks again; the caller finishes the success case its own way.
bool openWithTypedPassphrase(AppState& app, const std::string& path) {
    PrivacyUiState& p = app.privacyUi;
    WipedString pass{takePass(p.pass1)};
    wipeImGuiTextState();
    if (pass.s.empty()) {
        p.promptError = "Please type the passphrase.";
        p.promptOpenRequested = true;
        return false;
    }
    std::string error;
    try {
        if (app.doc.openSealed(path, error, makePassphraseSealer(pass.s))) {
            p.openMisses = 0;
            p.missesPath.clear();
            return true;
        }
    } catch (const SealError& e) {
        error = e.what();
    }
    const bool wrong = error.find("wrong passphrase") != std::string::npos;
    p.promptError = messageFor(error, wrong ? countMiss(p, path) : 1);
    p.promptOpenRequested = true;
    return false;
}

}  // namespace

// [SECTION] overlay (the neutral screen)

namespace {

// Shown for the frame before a passphrase is checked: Argon2id is slow on
// purpose (that is what makes guessing slow), and it runs on this thread.
void workingLine(const char* what) {
    ImGui::TextDisabled("%s... the passphrase check takes a moment on purpose.", what);
}

void drawUnlockPanel(AppState& app, Platform& platform) {
    PrivacyUiState& p = app.privacyUi;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float w = 360 * app.uiScale;
    ImGui::SetCursorScreenPos(ImVec2(vp->Pos.x + (vp->Size.x - w) * 0.5f, vp->Pos.y + vp->Size.y * 0.35f));
    ImGui::BeginGroup();
    ImGui::TextUnformatted("Passphrase");
    ImGui::SetNextItemWidth(w);
    if (ImGui::IsWindowAppearing() || p.promptOpenRequested) {
        ImGui::SetKeyboardFocusHere();
        p.promptOpenRequested = false;
    }
    // Submitted last frame (which said "a moment..."): open now.
    const bool run = p.submitPending;
    p.submitPending = false;
    bool submit = ImGui::InputText("##idle-pass", p.pass1.data(), p.pass1.size(),
                                   ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
    if (!p.promptError.empty()) ImGui::TextWrapped("%s", p.promptError.c_str());
    submit |= ImGui::Button("Open");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        p.revealAsked = false;
        p.promptError.clear();
        wipePrompt(p);
    }
    if (submit) {
        p.submitPending = true;
        platform.animateFor(0.2);
        workingLine("Opening");
        ImGui::EndGroup();
        return;
    }
    ImGui::EndGroup();
    const bool held = !p.idleHeldCheck.empty();
    if (!run || !(held ? checkHeldPassphrase(app, p.idleLockedPath) : openWithTypedPassphrase(app, p.idleLockedPath)))
        return;
    if (held) p.idleHeldCheck.clear();
    if (held && app.doc.isDirty()) {
        app.sayError(
            "Your workbook is as you left it, but it still could not be saved: your latest words are only in "
            "this window. File > Save As can keep them somewhere else.",
            platform.now());
    }
    p.idleLocked = false;
    p.revealAsked = false;
    p.hidden = false;
    p.prompt = PassPrompt::None;
    p.promptError.clear();
    p.lastActivity = platform.now();
    p.idleLockedPath.clear();
}

}  // namespace

bool drawPrivacyOverlay(AppState& app, Platform& platform) {
    PrivacyUiState& p = app.privacyUi;
    if (keys::pressed(keys::kF12)) {
        if (p.hidden)
            requestReveal(app);
        else
            hide(app);
    }
    if (!p.hidden) return false;

    // A plain, empty notes page: nothing of Doorway, nothing of the workbook.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.96f, 0.95f, 0.92f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.25f, 0.25f, 0.25f, 1.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("##neutral", nullptr, flags)) {
        ImGui::SetCursorPos(ImVec2(24 * app.uiScale, 18 * app.uiScale));
        ImGui::TextUnformatted("Notes");
        ImDrawList* dl = ImGui::GetWindowDrawList();
        float y0 = vp->Pos.y + 56 * app.uiScale;
        dl->AddLine(ImVec2(vp->Pos.x, y0), ImVec2(vp->Pos.x + vp->Size.x, y0), IM_COL32(200, 196, 186, 255));
        for (float y = y0 + 34 * app.uiScale; y < vp->Pos.y + vp->Size.y; y += 34 * app.uiScale)
            dl->AddLine(ImVec2(vp->Pos.x + 24 * app.uiScale, y), ImVec2(vp->Pos.x + vp->Size.x - 24 * app.uiScale, y),
                        IM_COL32(228, 224, 214, 255));
        // Only F12 lifts it (the owner's deliberate step): a click or a key is
        // what anyone else does first on a notes page, and it must not
        // bring the workbook back or say anything that gives it away.
        if (p.idleLocked && p.revealAsked) {
            // On the notes page's paper, with its dark ink: buttons and the
            // box as light paper too (the theme's blue buttons under this
            // ink read at about 1.4:1).
            ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.86f, 0.84f, 0.79f, 1.0f));
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.80f, 0.78f, 0.72f, 1.0f));
            ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.74f, 0.72f, 0.66f, 1.0f));
            ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(1.0f, 1.0f, 0.99f, 1.0f));
            drawUnlockPanel(app, platform);
            ImGui::PopStyleColor(4);
        }
    }
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    platform.setTitle("Notes");
    return true;
}

// [SECTION] menus

void drawPrivacyMenuItems(AppState& app, Platform& platform) {
    PrivacyUiState& p = app.privacyUi;
    if (ImGui::MenuItem("Quick hide", "F12")) hide(app);
    if (ImGui::MenuItem("Neutral window title", nullptr, p.prefs.neutralTitle)) {
        p.prefs.neutralTitle = !p.prefs.neutralTitle;
        storePreferences(app, platform);
    }
    if (ImGui::BeginMenu("Lock after idle")) {
        for (int minutes : {0, 5, 10, 15, 30, 60}) {
            std::string label = minutes == 0 ? std::string("Never") : countLabel(minutes, "minute", "minutes");
            if (ImGui::MenuItem(label.c_str(), nullptr, p.prefs.idleLockMinutes == minutes)) {
                p.prefs.idleLockMinutes = minutes;
                p.lastActivity = platform.now();
                storePreferences(app, platform);
            }
        }
        ImGui::Separator();
        ImGui::TextDisabled("A locked workbook closes until its passphrase is given;");
        ImGui::TextDisabled("others are hidden. F12 brings it back.");
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem("Remember recent files", nullptr, p.prefs.rememberRecents)) {
        p.prefs.rememberRecents = !p.prefs.rememberRecents;
        storePreferences(app, platform);
    }
    app.uiMap.addLastItem("menu/view/recent_files", "menu", "Remember recent files");
    if (ImGui::MenuItem("Backups...")) p.backupsOpenRequested = true;
    app.uiMap.addLastItem("menu/view/backups", "menu", "Backups...");
}

void drawPrivacyFileMenuItems(AppState& app, Platform& platform) {
    (void)platform;
    PrivacyUiState& p = app.privacyUi;
    bool canEdit = !app.doc.isReadOnly();
    if (ImGui::MenuItem("Lock with passphrase...", nullptr, false, canEdit && !app.doc.isSealed())) {
        closePrompt(p);
        p.prompt = PassPrompt::Lock;
        p.promptOpenRequested = true;
    }
    if (ImGui::MenuItem("Remove passphrase...", nullptr, false, canEdit && app.doc.isSealed())) {
        closePrompt(p);
        p.prompt = PassPrompt::RemoveLock;
        p.promptOpenRequested = true;
    }
}

void askPassphraseToOpen(AppState& app, const std::string& path) {
    PrivacyUiState& p = app.privacyUi;
    closePrompt(p);
    p.prompt = PassPrompt::OpenSealed;
    p.promptPath = path;
    p.promptOpenRequested = true;
}

bool drawLockedRetry(AppState& app) {
    const FileUiState& f = app.fileUi;
    if (f.startupLockedPath.empty() || f.startupProblemGeneration != app.doc.generation()) return false;
    if (ImGui::Button("Type the passphrase")) askPassphraseToOpen(app, f.startupLockedPath);
    app.uiMap.addLastItem("button/banner/passphrase", "button", "Type the passphrase");
    return true;
}

// [SECTION] dialogs: passphrase prompts

namespace {

const char* kOpenId = "Locked workbook###privacy-open";
const char* kLockId = "Lock this workbook###privacy-lock";
const char* kRemoveId = "Remove the passphrase###privacy-remove";

// The two fields as typed, without copying them anywhere.
std::string_view typed(const std::array<char, 512>& buf) {
    return std::string_view(buf.data(), ::strnlen(buf.data(), buf.size()));
}

// On the first Lock: when both fields agree on a passphrase that would be
// easy to guess, say so (core/privacy_notes) and wait for a second Lock.
// Mismatches and empty fields are submitLock's to explain.
bool cautionBeforeLock(PrivacyUiState& p) {
    std::string_view a = typed(p.pass1);
    if (a.empty() || a != typed(p.pass2)) return false;
    p.lockCaution = passphraseCaution(a);
    return !p.lockCaution.empty();
}

void drawLockCaution(AppState& app, const PrivacyUiState& p) {
    if (p.lockCaution.empty()) return;
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, themeColor(Tone::Warn));
    ImGui::TextWrapped("%s", p.lockCaution.c_str());
    ImGui::PopStyleColor();
    app.uiMap.addLastItem("note/passphrase/caution", "text", p.lockCaution);
    ImGui::TextWrapped("Change it above, or choose Lock anyway to use it as it is.");
}

bool passField(const char* id, std::array<char, 512>& buf, bool focus, bool shown = false) {
    if (focus) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1);
    return ImGui::InputText(id, buf.data(), buf.size(),
                            (shown ? 0 : ImGuiInputTextFlags_Password) | ImGuiInputTextFlags_EnterReturnsTrue);
}

void submitOpen(AppState& app, Platform& platform) {
    PrivacyUiState& p = app.privacyUi;
    if (!openWithTypedPassphrase(app, p.promptPath)) return;
    finishLockedOpen(app, platform, p.promptPath);
    closePrompt(p);
    ImGui::CloseCurrentPopup();
}

void submitLock(AppState& app, Platform& platform) {
    PrivacyUiState& p = app.privacyUi;
    WipedString a{takePass(p.pass1)}, b{takePass(p.pass2)};
    wipeImGuiTextState();
    if (a.s.empty()) {
        p.promptError = "Please choose a passphrase.";
        p.promptOpenRequested = true;
        return;
    }
    if (a.s != b.s) {
        p.promptError = "The two passphrases are not the same. Please type them again.";
        p.promptOpenRequested = true;
        return;
    }
    std::unique_ptr<Sealer> sealer;
    try {
        sealer = makePassphraseSealer(a.s);
    } catch (const SealError& e) {
        p.promptError = e.what();
        return;
    }
    Document& doc = app.doc;
    int takesSealed = 0;
    if (!doc.isUntitled()) {
        // Recordings first, as `doorway lock` does: one that can't be locked
        // (a link, a device, too large) stops this before anything changes.
        FolderSealResult tr = sealFolderFiles(takesFolderFor(doc.path()), *sealer);
        if (!tr.ok) {
            p.promptError = "Nothing was locked. " + tr.error;
            return;
        }
        takesSealed = tr.changed;
    }
    doc.setSealer(std::move(sealer));
    closePrompt(p);
    ImGui::CloseCurrentPopup();
    if (doc.isUntitled()) {
        app.say("This workbook will be locked when you save it.", platform.now());
        return;
    }
    std::string error;
    if (!doc.save(error, nowIso8601())) {
        app.sayError("Locking did not finish: " + error, platform.now());
        return;
    }
    std::string note = "Locked. The file reads as noise without the passphrase.";
    for (const std::string& bak : plaintextBackupsFor(doc.path())) {
        std::error_code ec;
        if (!fs::remove(bak, ec))
            app.sayError(bak + ": could not remove this unlocked backup; please delete it", platform.now());
    }
    if (takesSealed) note += " Recordings locked too: " + std::to_string(takesSealed) + ".";
    // The learned voice (numbers, no words or audio) is locked with it.
    if (speech::voiceProfileState() == speech::VoiceProfileState::Plain) {
        if (speech::sealVoiceProfile(*doc.sealer(), error))
            note += " Your voice profile is locked too.";
        else
            app.sayError("Your voice profile could not be locked: " + error, platform.now());
    }
    app.say(note, platform.now());
}

void submitRemove(AppState& app, Platform& platform) {
    PrivacyUiState& p = app.privacyUi;
    WipedString pass{takePass(p.pass1)};
    wipeImGuiTextState();
    Document& doc = app.doc;
    if (!doc.isSealed()) {
        closePrompt(p);
        ImGui::CloseCurrentPopup();
        return;
    }
    // The passphrase must match the one the workbook is locked with: a
    // sample sealed with the document's key has to open with the typed one.
    // Whether anything was typed is asked first: the sealer wipes it (a
    // wrong passphrase was told "Please type the current passphrase").
    const bool typedNothing = pass.s.empty();
    try {
        auto typed = makePassphraseSealer(pass.s);
        typed->open(doc.sealer()->seal("check"));
    } catch (const SealError& e) {
        const bool wrong = std::string(e.what()).find("wrong passphrase") != std::string::npos;
        p.promptError = typedNothing ? std::string("Please type the current passphrase.")
                                     : messageFor(e.what(), wrong ? countMiss(p, doc.path()) : 1);
        p.promptOpenRequested = true;
        return;
    }
    if (!doc.isUntitled()) {
        // Every recording must open before any is unsealed: the workbook
        // stays locked if one can't, and so must they.
        const std::string takes = takesFolderFor(doc.path());
        FolderSealResult tr = unsealFolderFiles(takes, *doc.sealer(), true);
        if (tr.ok) tr = unsealFolderFiles(takes, *doc.sealer());
        if (!tr.ok) {
            p.promptError = "A recording could not be unlocked, so the passphrase stays: " + tr.error;
            return;
        }
    }
    // A voice profile locked with this passphrase opens with it; one locked
    // with another workbook's stays as it is.
    std::string voiceError;
    speech::unsealVoiceProfile(*doc.sealer(), voiceError);
    doc.setSealer(nullptr);
    closePrompt(p);
    ImGui::CloseCurrentPopup();
    std::string error;
    if (!doc.isUntitled() && !doc.save(error, nowIso8601())) {
        app.sayError("Removing the passphrase did not finish: " + error, platform.now());
        return;
    }
    app.say("The passphrase is removed; this workbook is readable without it now.", platform.now());
}

void drawPrompts(AppState& app, Platform& platform) {
    PrivacyUiState& p = app.privacyUi;
    const char* wanted = p.prompt == PassPrompt::OpenSealed   ? kOpenId
                         : p.prompt == PassPrompt::Lock       ? kLockId
                         : p.prompt == PassPrompt::RemoveLock ? kRemoveId
                                                              : nullptr;
    bool focus = false;
    if (wanted && p.promptOpenRequested) {
        if (!ImGui::IsPopupOpen(wanted)) ImGui::OpenPopup(wanted);
        focus = true;
        p.promptOpenRequested = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float width = 480 * app.uiScale;
    for (const char* id : {kOpenId, kLockId, kRemoveId}) {
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.4f),
                                ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
        ImGui::SetNextWindowSize(ImVec2(width, 0));
        if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings))
            continue;
        if (id != wanted) {
            ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
            continue;
        }
        if (p.submitPending) {
            // The last frame said "a moment..."; now the slow part.
            p.submitPending = false;
            if (id == kOpenId)
                submitOpen(app, platform);
            else if (id == kLockId)
                submitLock(app, platform);
            else
                submitRemove(app, platform);
            if (p.prompt == PassPrompt::None) {  // done: the submit closed the dialog
                ImGui::EndPopup();
                continue;
            }
        }
        bool submit = false, cancel = false;
        if (id == kOpenId) {
            std::string name = fs::path(p.promptPath).filename().string();
            ImGui::TextWrapped("%s is locked with a passphrase. Type it to open the workbook.", name.c_str());
            ImGui::Spacing();
            submit = passField("##open-pass", p.pass1, focus, p.showTyped);
            app.uiMap.addLastItem("answer/passphrase/open", "password", "Passphrase");
            // Off by default: someone may be looking over a shoulder.
            if (ImGui::Checkbox("Show what I type", &p.showTyped)) p.promptOpenRequested = true;
            app.uiMap.addLastItem("check/passphrase/show", "checkbox", "Show what I type");
        } else if (id == kLockId) {
            ImGui::TextWrapped(
                "Choose a passphrase. The workbook file (and any recordings) will read as noise to anyone "
                "without it.");
            ImGui::Spacing();
            ImGui::PushStyleColor(ImGuiCol_Text, themeColor(Tone::Warn));
            ImGui::TextWrapped(
                "If the passphrase is forgotten, this workbook cannot be opened again. Nobody can recover it, "
                "not even Doorway. Keep it somewhere only you can reach.");
            ImGui::PopStyleColor();
            ImGui::Spacing();
            ImGui::TextUnformatted("Passphrase");
            submit = passField("##lock-pass", p.pass1, focus);
            bool edited = ImGui::IsItemEdited();
            app.uiMap.addLastItem("answer/passphrase/lock", "password", "Passphrase");
            ImGui::TextUnformatted("The same passphrase again");
            submit |= passField("##lock-pass2", p.pass2, false);
            edited |= ImGui::IsItemEdited();
            app.uiMap.addLastItem("answer/passphrase/lock_again", "password", "The same passphrase again");
            if (edited) {
                // A new passphrase gets its own look, and what was said of
                // the last one ("not the same") no longer holds.
                p.lockCaution.clear();
                p.promptError.clear();
            }
            drawLockCaution(app, p);
        } else {
            ImGui::TextWrapped(
                "Without a passphrase, anyone who opens this file can read it. Type the current passphrase to "
                "remove it.");
            ImGui::Spacing();
            submit = passField("##remove-pass", p.pass1, focus);
            app.uiMap.addLastItem("answer/passphrase/remove", "password", "Passphrase");
        }
        if (!p.promptError.empty()) {
            ImGui::Spacing();
            ImGui::PushStyleColor(ImGuiCol_Text, themeColor(Tone::Warn));
            ImGui::TextWrapped("%s", p.promptError.c_str());
            ImGui::PopStyleColor();
            app.uiMap.addLastItem("note/passphrase/error", "text", p.promptError);
        }
        if (id == kOpenId) drawForgottenNote(app, p);
        ImGui::Spacing();
        const char* ok = id == kOpenId                             ? "Open"
                         : id == kLockId && !p.lockCaution.empty() ? "Lock anyway"
                         : id == kLockId                           ? "Lock"
                                                                   : "Remove passphrase";
        submit |= ImGui::Button(ok);
        app.uiMap.addLastItem(std::string("button/passphrase/") + (id == kOpenId   ? "open"
                                                                   : id == kLockId ? "lock"
                                                                                   : "remove"),
                              "button", ok);
        ImGui::SameLine();
        cancel = ImGui::Button("Cancel") || escapeClosesDialog(app);
        app.uiMap.addLastItem("button/passphrase/cancel", "button", "Cancel");
        if (cancel) {
            closePrompt(p);
            ImGui::CloseCurrentPopup();
        } else if (submit && id == kLockId && p.lockCaution.empty() && cautionBeforeLock(p)) {
            p.promptOpenRequested = true;  // back to the passphrase, to change it or not
        } else if (submit) {
            p.submitPending = true;
            platform.animateFor(0.2);  // the next frame does the work
        }
        if (p.submitPending)
            workingLine(id == kOpenId ? "Opening" : id == kLockId ? "Locking" : "Removing the passphrase");
        ImGui::EndPopup();
    }
}

}  // namespace

void drawPrivacyDialogs(AppState& app, Platform& platform) {
    drawPrompts(app, platform);
    drawBackupsDialog(app, platform);
}

// [SECTION] tick and --ui actions

void tickPrivacy(AppState& app, Platform& platform) {
    PrivacyUiState& p = app.privacyUi;
    double now = platform.now();
    // Kept open by the idle lock while its save failed: once a retry saves
    // it, its words and key leave memory as with any idle lock.
    if (p.idleLocked && !p.idleHeldCheck.empty() && !app.doc.isDirty() && !app.doc.isUntitled()) {
        p.idleHeldCheck.clear();
        p.idleLockedPath = app.doc.path();
        app.doc.createNew("", "", nowIso8601());
        app.nav = {View::Home, {}};
    }
    if (!p.prefsLoaded) {
        p.prefsLoaded = true;
        std::string path = preferencesPath(app, platform), error;
        if (!path.empty()) {
            if (!loadPrivacyPrefs(path, p.prefs, error)) app.sayError(error, now);
            if (!p.prefs.safetyCardShown) {
                // The first run: say it once, plainly, before anything else.
                openSafetyCard(app);
                p.prefs.safetyCardShown = true;
                storePreferences(app, platform);
            }
        }
        applyPreferences(app);
    }
    // The loop also ticks between frames (once a second while idle), when
    // io still holds the last frame's input: only read it inside a frame.
    if (ImGui::GetCurrentContext() && ImGui::GetCurrentContext()->WithinFrameScope) {
        const ImGuiIO& io = ImGui::GetIO();
        bool active =
            io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 || io.InputQueueCharacters.Size > 0;
        for (bool down : io.MouseDown) active |= down;
        for (bool down : io.KeysDown) active |= down;
        if (active) p.lastActivity = now;
    }
    if (p.lastActivity < 0) p.lastActivity = now;
    if (p.prefs.idleLockMinutes > 0 && !p.idleLocked && now - p.lastActivity >= p.prefs.idleLockMinutes * 60.0) {
        idleLock(app, platform);
        p.lastActivity = now;
    }
}

bool privacyUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    if (action.rfind("privacy.", 0) != 0) return false;
    std::string a = action.substr(8);
    if (a == "hide")
        hide(app);
    else if (a == "reveal")
        requestReveal(app);
    else if (a == "safety")
        openSafetyCard(app);
    else if (a == "idle")
        idleLock(app, platform);
    else if (a == "lock" || a == "unlock") {
        closePrompt(app.privacyUi);
        app.privacyUi.prompt = a == "lock" ? PassPrompt::Lock : PassPrompt::RemoveLock;
        app.privacyUi.promptOpenRequested = true;
    } else if (a.rfind("open=", 0) == 0 && a.size() > 5)
        askPassphraseToOpen(app, a.substr(5));
    else if (a == "backups")
        app.privacyUi.backupsOpenRequested = true;
    else if (a == "remove-backups")  // the dialog's button, for tests
        removeBackups(app, platform);
    else if (a == "neutral-title") {
        app.privacyUi.prefs.neutralTitle = true;
        applyPreferences(app);
    } else
        error = "unknown privacy action '" + a +
                "' (hide, reveal, safety, idle, lock, unlock, open=PATH, backups, remove-backups, neutral-title)";
    return true;
}

}  // namespace doorway
