// The one list of pages and the one list of features (see view_table.hpp).
#include "ui/view_table.hpp"

#include "ui/appearance.hpp"
#include "ui/file_view.hpp"
#include "ui/home_view.hpp"
#include "ui/print_view.hpp"
#include "ui/privacy_view.hpp"
#include "ui/rehearsal_view.hpp"
#include "ui/roleplay_view.hpp"
#include "ui/safety_view.hpp"
#include "ui/speech_panel.hpp"
#include "ui/takes_view.hpp"
#include "ui/worksheet_view.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace doorway {

namespace {

// The page app.nav names (the start page when that worksheet is gone).
void drawChosenWorksheet(AppState& app, Platform& platform) {
    if (const WorksheetDef* def = app.catalog.find(app.nav.worksheetId))
        drawWorksheetView(app, platform, *def);
    else
        drawHomeView(app, platform);
}

// One name for a page wherever it is offered: the View menu, the sidebar
// and the page's heading all ask ViewInfo::name().
const ViewInfo kViews[] = {
    {View::Home, "home", true, false, drawHomeView},
    {View::Worksheet, "worksheet", false, false, drawChosenWorksheet},
    {View::Rehearsal, "rehearsal", true, true, drawRehearsalView},
    {View::RolePlay, "roleplay", true, true, drawRolePlayView},
    {View::Takes, "takes", true, true, drawTakesView},
};

const FeatureInfo kFeatures[] = {
    {tickFile, drawFileDialogs, fileUiAction, "file."},
    {nullptr, nullptr, worksheetUiAction, "worksheet."},
    {tickRehearsal, nullptr, rehearsalUiAction, "rehearsal. takes."},
    {tickRolePlay, nullptr, rolePlayUiAction, "roleplay."},
    {nullptr, drawPrintDialogs, printUiAction, "print."},
    {tickPrivacy, drawPrivacyDialogs, privacyUiAction, "privacy."},
    {tickSpeech, nullptr, speechUiAction, "speech."},
    {tickSafety, drawSafetyDialogs, safetyUiAction, "safety."},
    {nullptr, nullptr, appearanceUiAction, "appearance."},
};

// Calls `fn` with each family of `f` ("rehearsal. takes." is two).
template <class Fn>
void eachFamily(const FeatureInfo& f, Fn fn) {
    std::string_view all = f.actionFamilies ? f.actionFamilies : "";
    while (!all.empty()) {
        size_t space = all.find(' ');
        std::string_view one = all.substr(0, space);
        if (!one.empty()) fn(one);
        all = space == std::string_view::npos ? std::string_view() : all.substr(space + 1);
    }
}

}  // namespace

std::string ViewInfo::name() const {
    return std::string(practicePageName(key));
}

std::span<const ViewInfo> viewTable() {
    return kViews;
}

const ViewInfo& viewInfo(View view) {
    auto it = std::find_if(std::begin(kViews), std::end(kViews), [&](const ViewInfo& v) { return v.view == view; });
    return it != std::end(kViews) ? *it : kViews[0];
}

bool openView(AppState& app, const std::string& spec, std::string& error) {
    const size_t colon = spec.find(':');
    const std::string key = spec.substr(0, colon);
    const std::string argument = colon == std::string::npos ? "" : spec.substr(colon + 1);
    for (const ViewInfo& v : kViews) {
        if (key != v.key || v.takesArgument() != (colon != std::string::npos)) continue;
        if (v.takesArgument() && !app.catalog.find(argument)) break;
        app.nav = {v.view, argument};
        return true;
    }
    error = "unknown view '" + spec + "' (" + viewKeys() + ")";
    return false;
}

std::string viewKeys() {
    std::string out;
    for (const ViewInfo& v : kViews)
        out += (out.empty() ? "" : ", ") + std::string(v.key) + (v.takesArgument() ? ":ID" : "");
    return out;
}

std::span<const FeatureInfo> featureTable() {
    return kFeatures;
}

bool featureTakes(const FeatureInfo& f, const std::string& action) {
    bool takes = false;
    eachFamily(f, [&](std::string_view family) { takes |= action.rfind(family, 0) == 0; });
    return takes;
}

std::string uiActionFamilies() {
    std::string out;
    for (const FeatureInfo& f : kFeatures)
        eachFamily(f, [&](std::string_view family) { out += (out.empty() ? "" : ", ") + std::string(family); });
    return out;
}

}  // namespace doorway
