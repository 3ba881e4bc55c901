// The start page: where you are, and one suggested next step.
#include "ui/home_view.hpp"
#include "core/clock.hpp"
#include "core/trend.hpp"
#include "ui/appearance.hpp"
#include "ui/file_view.hpp"
#include "ui/page_column.hpp"
#include "ui/text_fit.hpp"

#include "ui/page_focus.hpp"
#include "ui/safety_view.hpp"

#include <imgui.h>

#include <algorithm>

namespace doorway {

namespace {

// The first worksheet, in the method's order, that still has questions open.
const WorksheetDef* nextOpen(const AppState& app) {
    for (const WorksheetDef& ws : app.catalog.worksheets()) {
        const Completion c = completionOf(ws, app.doc.workbook());
        if (c.total > 0 && pageProgress(c) != PageProgress::Finished) return &ws;
    }
    return nullptr;
}

// The page whose answer asked for the safety card (the safety check).
const WorksheetDef* flaggedPage(const AppState& app) {
    for (const WorksheetDef& ws : app.catalog.worksheets())
        if (safetyFlagged(ws, app.doc.workbook())) return &ws;
    return nullptr;
}

// A caption in the small capitals the start page uses, from a page's title
// ("Fear or refusal?" -> "FEAR OR REFUSAL"), so it follows the page's one
// name. Letters past ASCII stay as written.
std::string captionOf(std::string title) {
    while (!title.empty() && (title.back() == '?' || title.back() == '.')) title.pop_back();
    for (char& c : title)
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    return title;
}

}  // namespace

void drawHomeView(AppState& app, Platform& platform) {
    const Workbook& wb = app.doc.workbook();
    float scale = app.uiScale;
    // The column (measure, margins, centring) is app_frame's page_column.
    float width = std::max(ImGui::GetContentRegionAvail().x, 50.f);
    pageTopGap(scale);  // as every page's heading has
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    // A title is a line or two; a very long one shows its start (text_fit.hpp).
    drawHeading(wb.title.empty() ? "Your workbook" : shownText(wb.title, kShownTitleChars));
    ImGui::Spacing();
    ImGui::TextWrapped(
        "A quiet place to think before you ask your partner about couples therapy, and to keep thinking if "
        "the answer is no. Go through the pages on the left at your own pace; each one saves as you type. "
        "Nothing here leaves this computer.");
    ImGui::Dummy(ImVec2(0, 10 * scale));
    // Started with no file named: yesterday's workbook is in the folder, and
    // an empty page must not read as "it's all gone".
    drawEarlierWorkbooks(app, platform);

    const WorksheetDef* next = nextOpen(app);
    const WorkbookProgress progress = workbookProgress(app.catalog, wb);
    const int total = progress.total;
    columnSeparator();
    ImGui::Spacing();

    if (safetyFlagged(app.catalog, wb)) {
        // Safety outranks every other suggestion.
        const WorksheetDef* flagged = flaggedPage(app);
        const std::string where = flagged ? "On \"" + pageName(app.catalog, *flagged) + "\" you said" : "You said";
        ImGui::TextWrapped(
            "%s you don't always feel safe with your partner. Before anything else, please look at where to find "
            "support for yourself. Couples work can wait.",
            where.c_str());
        ImGui::Spacing();
        if (ImGui::Button("Open the safety card")) openSafetyCard(app);
        focusByDefault(app);
        ImGui::PopTextWrapPos();
        return;
    }

    // Half-done pages count as started, as the sidebar's "2/5" marks say.
    if (total > 0) {
        const std::string line = progressLine(progress);
        ImGui::TextDisabled("%s", line.c_str());
        app.uiMap.addLastItem("text/home/progress", "text", line);
    }
    ImGui::Spacing();
    if (next) {
        Completion c = completionOf(*next, wb);
        ImGui::TextWrapped("%s %s", c.answered > 0 ? "Pick up where you left off:" : "A good next step:",
                           pageName(app.catalog, *next).c_str());
        if (!next->summary.empty()) ImGui::TextDisabled("%s", next->summary.c_str());
        ImGui::Spacing();
        if (ImGui::Button(c.answered > 0 ? "Continue" : "Open it")) app.nav = {View::Worksheet, next->id};
        app.uiMap.addLastItem("button/home/next", "button", c.answered > 0 ? "Continue" : "Open it");
        focusByDefault(app);
    } else if (total > 0) {
        ImGui::TextWrapped("Every worksheet has an answer. When you feel ready, practise the invitation out loud.");
        ImGui::Spacing();
        if (ImGui::Button("Rehearse")) app.nav = {View::Rehearsal, {}};
        app.uiMap.addLastItem("button/home/next", "button", "Rehearse");
        focusByDefault(app);
    }

    // What the invitation sounds like so far, once there is something to show.
    if (const WorksheetDef* ask = askWorksheet(app.catalog); ask && completionOf(*ask, wb).answered > 0) {
        ImGui::Dummy(ImVec2(0, 10 * scale));
        ImGui::TextDisabled("YOUR INVITATION SO FAR");
        ImGui::TextWrapped("%s", shownText(composeAsk(*ask, wb)).c_str());
    }
    if (!wb.tracker.empty()) {
        TrendReading t = readTrend(app.catalog, wb, todayIsoDate());
        ImGui::Dummy(ImVec2(0, 10 * scale));
        const WorksheetDef* tracker = worksheetWith(app.catalog, FieldKind::Tracker);
        const std::string caption = tracker ? captionOf(pageTitle(*tracker)) + ", SO FAR" : "THE TREND SO FAR";
        ImGui::TextDisabled("%s", caption.c_str());
        ImGui::TextWrapped("%s", t.text.c_str());
    }
    ImGui::PopTextWrapPos();
}

}  // namespace doorway
