#pragma once
// UI state of the worksheet feature (owned by worksheet_view.cpp): drafts of
// rows not yet saved and which long answer is open for editing. Phrasing
// scores come from the rehearsal's shared cache (cachedScore).
#include <map>
#include <memory>
#include <set>
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
    // Neither fear nor refusal until they say which: an offer logged without
    // a second look must not lean the trend (accepted reads as fear).
    std::string response = "no_answer";
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
    // A click on a choice that shows more of the page (the safety card, an
    // option's detail or note box, a field that depends on it): the page
    // scrolls the least that shows what appeared while the clicked row stays
    // in view. (Bringing the whole card into view used to scroll the ticked
    // box off the top, and "untick it above" had nothing above to find.)
    struct Reveal {
        bool pending = false;
        float rowTop = 0, rowBottom = 0;  // the clicked row, in page (cursor) coordinates
        float shownBottom = 0;            // the bottom of what it showed
    };
    Reveal reveal;
    // The fields drawn last frame on lastWorksheet: a field drawn now and not
    // then has just appeared.
    std::set<std::string> shownFields;
};

}  // namespace doorway
