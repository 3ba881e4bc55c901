#pragma once
// UI state of the worksheet feature (owned by worksheet_view.cpp): drafts of
// rows not yet saved and which long answer is open for editing. Phrasing
// scores come from the rehearsal's shared cache (cachedScore).
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace doorway {

struct TrackerDraft {
    std::string date;  // "" until first shown: then today
    std::vector<std::string> fear;
    std::vector<std::string> refusal;
    std::string note;
    std::string editing;  // id of the check-in being edited, "" for a new one
};

struct DoorDraft {
    std::string date;
    std::string door;
    std::string response = "accepted";
    std::string note;
};

struct DatedDraft {
    std::string date;
    std::string text;
};

struct WorksheetUiState {
    // Drafts, keyed "worksheet/field" so two fields never share one.
    std::map<std::string, TrackerDraft> trackerDrafts;
    std::map<std::string, DoorDraft> doorDrafts;
    std::map<std::string, DatedDraft> datedDrafts;

    // Screenshots and tests: scroll the page to this field once it is drawn.
    std::string scrollToField;
    // A saved check-in changes the chart and the reading above the form:
    // the form is kept where it was on screen (no jump under the pointer).
    std::string anchorKey;      // the form to hold still ("" = none)
    float anchorY = 0;          // its top, in screen pixels, when Save was pressed
    std::string lastWorksheet;  // the page drawn last frame (scroll resets on change)
    // The page's safety card (a ticked warning sign) was drawn last frame:
    // when it first appears after a tick it is scrolled into view, once.
    bool safetyCardShown = false;
};

}  // namespace doorway
