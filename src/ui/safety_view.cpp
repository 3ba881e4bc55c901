// Safety in the window: the safety card (Help > Safety, the first run, the
// safety worksheet), its country menu, and the gentle panel that offers the
// card again when the picture changes. Whether to offer is decided in the
// core (SafetyWatch, events in, "once" out); this file draws.
//
// [SECTION] Index
//   - the card's data and country
//   - help lines (shared by the card and the safety worksheet)
//   - asking again: watching the workbook, the panel
//   - the card dialog
//   - tick and --ui actions
#include "ui/safety_view.hpp"
#include "core/paths.hpp"
#include "ui/appearance.hpp"
#include "ui/dialog_fit.hpp"
#include "ui/keys.hpp"
#include "ui/preferences.hpp"
#include "ui/rehearsal_shared.hpp"
#include "ui/text_fit.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cctype>

namespace doorway {

namespace {

// The card's words scroll from the keyboard too: Page Up and Page Down by
// most of a view, Home and End to either end. Its numbers are text, which
// the keyboard never lands on, so Tab alone could not bring the last ones
// into sight. Called inside the scrolling child, while its dialog has the
// keyboard and no list of its own is open.
void keyboardScroll() {
    // (An open country list is a window of its own and has the keyboard then.)
    if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) return;
    auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k)); };
    const float page = ImGui::GetWindowHeight() * 0.85f;
    if (pressed(ImGuiKey_PageDown)) ImGui::SetScrollY(ImGui::GetScrollY() + page);
    if (pressed(ImGuiKey_PageUp)) ImGui::SetScrollY(std::max(0.f, ImGui::GetScrollY() - page));
    if (pressed(ImGuiKey_Home)) ImGui::SetScrollY(0);
    if (pressed(ImGuiKey_End)) ImGui::SetScrollY(ImGui::GetScrollMaxY());
}

const char* kCardId = "Safety###privacy-safety";
const char* kAskId = "A gentle check###safety-ask";
// The code kept when "Wherever you are" is chosen on purpose: ISO 3166's
// "unknown" territory, so the locale no longer decides.
const char* kElsewhereCode = "ZZ";

}  // namespace

// [SECTION] the card's data and country

const SafetyCard& safetyCard(AppState& app, Platform& platform) {
    SafetyUiState& s = app.safetyUi;
    if (!s.loaded) {
        s.loaded = true;
        std::string path = (app.assetsDir.empty() ? assetsDir() : app.assetsDir) + "/safety.json";
        if (!loadSafetyCard(path, s.card, s.error)) {
            s.card = builtInSafetyCard();
            app.sayError("The safety card file could not be read (" + s.error + "); showing the built-in one.",
                         platform.now());
        }
    }
    return s.card;
}

void openSafetyCard(AppState& app) {
    app.safetyUi.requested = true;
}

// [SECTION] help lines

namespace {

void countryMenu(AppState& app, Platform& platform, const SafetyCard& card) {
    const HelpCountry& shown = helpFor(card, helpCountry(app));
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Numbers for");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(220 * app.uiScale);
    const bool open = ImGui::BeginCombo("##help-country", shown.name.c_str());
    app.uiMap.addLastItem("combo/safety/country", "combo", shown.name);
    if (!open) return;
    for (const HelpCountry& c : card.countries) {
        ImGui::PushID(c.code.c_str());
        if (comboRow(c.name.c_str(), &c == &shown)) setHelpCountry(app, platform, c.code);
        app.uiMap.addLastItem("option/safety/country/" + c.code, "option", c.name);
        ImGui::PopID();
    }
    ImGui::PushID("elsewhere");
    if (comboRow(card.elsewhere.name.c_str(), &card.elsewhere == &shown)) setHelpCountry(app, platform, kElsewhereCode);
    app.uiMap.addLastItem(std::string("option/safety/country/") + kElsewhereCode, "option", card.elsewhere.name);
    ImGui::PopID();
    ImGui::EndCombo();
}

// `mapId`: the place's id in the window map (where it is, whether in sight), or none.
void helpLine(const HelpLine& l, UiMap* map = nullptr, const std::string& mapId = {}) {
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::TextWrapped("%s", l.name.c_str());
    if (!l.contact.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, themeColor(Tone::Warn));
        ImGui::TextWrapped("%s", l.contact.c_str());
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered() && !l.source.empty()) {
            ImGui::BeginTooltip();
            ImGui::Text("Checked on %s against", l.checked.c_str());
            ImGui::TextUnformatted(l.source.c_str());
            ImGui::EndTooltip();
        }
    }
    if (!l.detail.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", l.detail.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::EndGroup();
    if (map) map->addLastItem(mapId, "text", l.name);
    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));  // a breath between places
}

}  // namespace

void drawHelpLines(AppState& app, Platform& platform, float width, float listHeight) {
    const SafetyCard& card = safetyCard(app, platform);
    ImGui::PushID("help-lines");
    countryMenu(app, platform, card);
    ImGui::Spacing();
    if (listHeight > 0) ImGui::BeginChild("##lines", ImVec2(width, listHeight), false, ImGuiWindowFlags_NavFlattened);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - (listHeight > 0 ? ImGui::GetStyle().ScrollbarSize : 0));
    const HelpCountry& shown = helpFor(card, helpCountry(app));
    app.safetyUi.shownCountry = shown.code;
    app.safetyUi.shownContacts.clear();
    for (const HelpLine& l : shown.lines) {
        helpLine(l, &app.uiMap, "text/safety/line/" + std::to_string(app.safetyUi.shownContacts.size()));
        app.safetyUi.shownContacts.push_back(l.contact);
    }
    for (const SafetyResource& r : card.always) helpLine({r.name, "", r.detail, "", "", ""});
    ImGui::PopTextWrapPos();
    if (listHeight > 0) {
        keyboardScroll();
        ImGui::EndChild();
    }
    ImGui::PopID();
}

// [SECTION] asking again

namespace {

bool disclosesFear(AppState& app, const std::string& text) {
    const ScoreResult* r = cachedScore(app, text);
    return r && r->safety;
}

// Everything that changed at once gets one panel; each event is remembered
// either way, so none of them asks again.
void offerOnce(AppState& app, Platform& platform, const std::vector<SafetyEvent>& events) {
    SafetyUiState& s = app.safetyUi;
    const SafetyEvent* first = nullptr;
    for (const SafetyEvent& e : events) {
        if (safetyOffered(app.doc.workbook(), e.key) || !s.offeredThisSession.insert(e.key).second) continue;
        if (!app.doc.isReadOnly())
            app.doc.setSettingQuietly(kSafetyOfferedSetting, withSafetyOffered(app.doc.workbook(), e.key),
                                      platform.now());
        if (!first) first = &e;
    }
    if (first && !s.offering) {
        s.offer = *first;
        s.offering = true;
    }
}

const char* reasonFor(SafetyEventKind kind) {
    switch (kind) {
        case SafetyEventKind::CheckIn:
            return "You noted that bringing it up was met with mockery, punishment or a cold shoulder.";
        case SafetyEventKind::TrendTurned:
            return "Over recent months, your check-ins have come to read mostly as refusal.";
        case SafetyEventKind::Rehearsal:
            return "Something you wrote while practising sounds like being afraid of your partner, or being hurt or "
                   "controlled.";
    }
    return "";
}

void drawAskPanel(AppState& app) {
    SafetyUiState& s = app.safetyUi;
    if (!s.offering) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float pad = 16 * app.uiScale;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - pad, vp->WorkPos.y + vp->WorkSize.y - 3 * pad),
                            ImGuiCond_Always, ImVec2(1, 1));
    ImGui::SetNextWindowSize(ImVec2(430 * app.uiScale, 0));
    bool open = true;
    // Never takes the keyboard: whatever is being typed carries on.
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoNav;
    if (ImGui::Begin(kAskId, &open, flags)) {
        ImGui::TextWrapped("%s", reasonFor(s.offer.kind));
        ImGui::Spacing();
        ImGui::TextWrapped(
            "That can be part of a hard stretch, and sometimes it is more than that. If you ever feel unsafe, support "
            "just for you matters more than any invitation, and it is there whenever you want it.");
        ImGui::Spacing();
        if (ImGui::Button("Show me where to turn")) {
            openSafetyCard(app);
            s.offering = false;
        }
        ImGui::SameLine();
        if (ImGui::Button("Not now")) s.offering = false;
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("You won't be asked about this again. Help > Safety is always there.");
        ImGui::PopStyleColor();
    }
    ImGui::End();
    if (!open) s.offering = false;
}

// [SECTION] the card dialog

void drawCard(AppState& app, Platform& platform) {
    SafetyUiState& s = app.safetyUi;
    // Two modals can't open at one level: a passphrase prompt goes first
    // (the first run with a locked workbook), the card right after it.
    if (s.requested && app.privacyUi.prompt == PassPrompt::None) {
        safetyCard(app, platform);
        if (!ImGui::IsPopupOpen(kCardId)) ImGui::OpenPopup(kCardId);
        s.requested = false;
    }
    // Never past the window: the words scroll, the closing line and Close
    // stay in view under them (dialog_fit.hpp).
    fitNextDialog(ImVec2(560 * app.uiScale, 740 * app.uiScale), app.uiScale);
    if (!ImGui::BeginPopupModal(kCardId, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) return;
    const float w = ImGui::GetWindowWidth();
    app.uiMap.add({"dialog/safety", "dialog", kCardId, ImGui::GetWindowPos(),
                   ImVec2(ImGui::GetWindowPos().x + w, ImGui::GetWindowPos().y + ImGui::GetWindowHeight())});
    const SafetyCard& c = s.card;
    // Flattened: Tab reaches the country list in the scrolling part too.
    ImGui::BeginChild("##card", ImVec2(0, -s.footerHeight), false, ImGuiWindowFlags_NavFlattened);
    ImGui::PushStyleColor(ImGuiCol_Text, themeColor(Tone::Warn));
    ImGui::TextWrapped("%s", c.title.c_str());
    ImGui::PopStyleColor();
    ImGui::Separator();
    ImGui::Spacing();
    for (const std::string& para : c.paragraphs) {
        ImGui::TextWrapped("%s", para.c_str());
        ImGui::Spacing();
    }
    ImGui::TextDisabled("%s", c.helpHeading.c_str());
    drawHelpLines(app, platform, ImGui::GetContentRegionAvail().x);
    keyboardScroll();
    ImGui::EndChild();
    const float footerTop = ImGui::GetCursorPosY();
    if (!c.closing.empty()) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", c.closing.c_str());
    }
    ImGui::Spacing();
    if (ImGui::Button("Close") || escapeClosesDialog(app)) ImGui::CloseCurrentPopup();
    app.uiMap.addLastItem("button/safety/close", "button", "Close");
    if (ImGui::IsWindowAppearing()) {
        // The keyboard starts on Close, ring shown: Enter closes the card,
        // Tab goes to the country list.
        ImGui::SetItemDefaultFocus();
        ImGui::GetCurrentContext()->NavDisableHighlight = false;
    }
    s.footerHeight = ImGui::GetCursorPosY() - footerTop;
    ImGui::EndPopup();
}

}  // namespace

void drawSafetyDialogs(AppState& app, Platform& platform) {
    drawCard(app, platform);
    drawAskPanel(app);
}

// [SECTION] tick and --ui actions

void tickSafety(AppState& app, Platform& platform) {
    SafetyUiState& s = app.safetyUi;
    const Workbook& wb = app.doc.workbook();
    auto discloses = [&app](const std::string& text) { return disclosesFear(app, text); };
    // A different workbook (opened, created, put away by the idle lock):
    // what it holds already is not news. Saving one, even under a new name
    // (the first autosave of a new workbook), is the same workbook.
    unsigned revision = app.doc.commands().revision();
    if (!s.watching || app.doc.generation() != s.watchedGeneration) {
        // The baseline scores what the workbook holds, and the first score
        // loads the scorer (a tenth of a second or more): not before the
        // window's first frame is on screen. Nothing can be edited before.
        if (app.framesBegun <= 1) return;
        // An offer about the workbook before goes with it. The first
        // baseline has none before it: an offer already up then is one asked
        // for at start ("--ui safety.offer=", the contact sheet), and stays.
        if (s.watching) s.offering = false;
        s.watching = true;
        s.watchedGeneration = app.doc.generation();
        s.watchedRevision = revision;
        s.watch.baseline(app.catalog, wb, discloses);
        return;
    }
    if (revision == s.watchedRevision) return;  // only edits (and undo, redo) change the picture
    s.watchedRevision = revision;
    offerOnce(app, platform, s.watch.observe(app.catalog, wb, discloses));
}

// "safety.country=GB" (or ZZ, or empty for the locale) picks the card's
// numbers; "safety.offer=checkin|trend|rehearsal" shows the panel for a
// screenshot without remembering anything.
bool safetyUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    if (action.rfind("safety.", 0) != 0) return false;
    std::string a = action.substr(7), value;
    if (size_t eq = a.find('='); eq != std::string::npos) {
        value = a.substr(eq + 1);
        a = a.substr(0, eq);
    }
    if (a == "country") {
        if (!value.empty() && value.size() != 2) {
            error = "safety.country takes a two-letter code such as GB, or nothing for the locale";
            return true;
        }
        std::transform(value.begin(), value.end(), value.begin(),
                       [](char c) { return char(std::toupper(static_cast<unsigned char>(c))); });
        setHelpCountry(app, platform, value);
    } else if (a == "offer") {
        SafetyEventKind kind = value == "trend"       ? SafetyEventKind::TrendTurned
                               : value == "rehearsal" ? SafetyEventKind::Rehearsal
                                                      : SafetyEventKind::CheckIn;
        if (value != "checkin" && value != "trend" && value != "rehearsal") {
            error = "safety.offer takes checkin, trend or rehearsal";
            return true;
        }
        tickSafety(app, platform);  // take in the open workbook first, or its first look would clear this
        app.safetyUi.offer = {kind, "ui-action:" + value};
        app.safetyUi.offering = true;
    } else {
        error = "unknown safety action '" + a + "' (country=CC, offer=checkin|trend|rehearsal)";
    }
    return true;
}

}  // namespace doorway
