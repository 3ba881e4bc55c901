#pragma once
// [SECTION] The view table and the feature table: each page and each
// feature is listed once, here, and the sidebar, the View menu, `--ui
// view=KEY`, the window map's "nav/KEY" ids, the per-frame ticks, the
// dialogs and the `--ui` actions all read these tables. Adding a page is a
// row in kViews (view_table.cpp) and its own file.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <span>
#include <string>

namespace doorway {

struct ViewInfo {
    View view;
    const char* key;  // "rehearsal": --ui view=KEY and the map id nav/KEY
    bool inMenu;      // an item in the View menu
    bool inSidebar;   // a row under PRACTICE in the sidebar
    void (*draw)(AppState&, Platform&);
    // "worksheet:ID" names one page of many; the other keys stand alone.
    bool takesArgument() const { return view == View::Worksheet; }
    // Its one name (core/worksheet: practicePageName), for the menu, the
    // sidebar and its own heading alike; "" for the worksheets, which are
    // named by their assets (pageName).
    std::string name() const;
};

// Every page, in the order of the View menu and the sidebar.
std::span<const ViewInfo> viewTable();
// The row of `view` (every View has one).
const ViewInfo& viewInfo(View view);

// Opens the page `spec` names: a key of the table, or "worksheet:ID".
// False with `error` for an unknown one.
bool openView(AppState& app, const std::string& spec, std::string& error);
// "home, rehearsal, ..., worksheet:ID": for help and error messages.
std::string viewKeys();

// A feature's per-frame work and its --ui actions (null when it has none).
// Its menu items stay in the menu bar's own order (app_frame.cpp), which
// is a reading order, not a list of features.
struct FeatureInfo {
    void (*tick)(AppState&, Platform&);
    void (*dialogs)(AppState&, Platform&);
    bool (*uiAction)(AppState&, Platform&, const std::string& action, std::string& error);
    // The --ui actions it takes start with one of these ("file.", or
    // "rehearsal. takes."): applyUiAction asks it only about those, and the
    // help and the unknown-action message list them.
    const char* actionFamilies;
};
std::span<const FeatureInfo> featureTable();
// Whether `action` starts with one of `f`'s families.
bool featureTakes(const FeatureInfo& f, const std::string& action);
// "appearance., file., print., ...": every feature's families, in table
// order, for help and error messages.
std::string uiActionFamilies();

}  // namespace doorway
