// The sidebar: the practice pages (rehearsal), then the worksheets with
// their completion.
#include "ui/sidebar.hpp"

#include "ui/appearance.hpp"
#include "ui/view_table.hpp"

#include <imgui.h>

#include <algorithm>

namespace doorway {

namespace {
// The width of the label's longest word, as drawn.
float widestWord(const std::string& label) {
    float widest = 0;
    size_t start = 0;
    while (start < label.size()) {
        size_t end = label.find(' ', start);
        if (end == std::string::npos) end = label.size();
        widest = std::max(widest, ImGui::CalcTextSize(label.data() + start, label.data() + end).x);
        start = end + 1;
    }
    return widest;
}

// One row: the label, an optional note on the right ("2/5", "done"), and a
// thin completion bar along the bottom. A title that does not fit on one
// line wraps and the row grows (with big text on a small screen a one-line
// title was cut to "2. Ch..."); only a word too long for the row is cut.
bool navItem(const char* id, const std::string& label, bool selected, float fraction, float scale,
             const std::string& note = {}, ImU32 noteColor = 0) {
    ImGui::PushID(id);
    const float pad = 6 * scale;
    const float rowW = ImGui::GetContentRegionAvail().x;
    float noteW = note.empty() ? 0.f : ImGui::CalcTextSize(note.c_str()).x + 10 * scale;
    float room = std::max(rowW - noteW - 4 * scale - pad, ImGui::GetFontSize());
    // When a word of the title would not fit beside the note (big text in
    // a narrow sidebar broke "underneath" into "under" and "neath"), the
    // note goes under the title and the title takes the row's width.
    const bool noteBelow = !note.empty() && widestWord(label) > room;
    if (noteBelow) room = std::max(rowW - 2 * pad, ImGui::GetFontSize());
    const float textH = ImGui::CalcTextSize(label.c_str(), nullptr, false, room).y;
    const float lineH = ImGui::GetTextLineHeight();
    const float rowH = std::max(lineH * 2.1f, textH + lineH * (noteBelow ? 1.75f : 0.75f));
    bool clicked = ImGui::Selectable("##item", selected, 0, ImVec2(0, rowH));
    ImVec2 min = ImGui::GetItemRectMin();
    ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(min, ImVec2(noteBelow ? max.x : max.x - noteW - 4 * scale, max.y), true);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + pad, min.y + 2 * scale),
                ImGui::GetColorU32(ImGuiCol_Text), label.c_str(), nullptr, room);
    dl->PopClipRect();
    // On a highlighted row a coloured note could fade into the highlight; the
    // word ("done", "2/5") carries the meaning, so it takes the text colour.
    if (selected || ImGui::IsItemHovered()) noteColor = ImGui::GetColorU32(ImGuiCol_Text);
    if (!note.empty())
        dl->AddText(ImVec2(max.x - noteW, min.y + 2 * scale + (noteBelow ? textH : 0.f)),
                    noteColor ? noteColor : ImGui::GetColorU32(ImGuiCol_TextDisabled), note.c_str());
    if (fraction >= 0) {
        float y = max.y - 6 * scale;
        float x0 = min.x + 6 * scale, x1 = max.x - 6 * scale;
        dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + 3 * scale), ImGui::GetColorU32(ImGuiCol_FrameBg), 2);
        if (fraction > 0)
            dl->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + (x1 - x0) * fraction, y + 3 * scale),
                              ImGui::GetColorU32(ImGuiCol_PlotHistogram), 2);
    }
    ImGui::PopID();
    return clicked;
}
}  // namespace

float sidebarWidth(const AppState& app, float available) {
    // Wide enough for the longest numbered title and its "done", within
    // reason: the page beside it matters more than a long title.
    float widest = 0;
    for (const ViewInfo& v : viewTable())
        if (v.inSidebar) widest = std::max(widest, ImGui::CalcTextSize(v.name().c_str()).x);
    for (const WorksheetDef& ws : app.catalog.worksheets())
        widest = std::max(widest, ImGui::CalcTextSize(pageName(app.catalog, ws).c_str()).x);
    const ImGuiStyle& style = ImGui::GetStyle();
    float want =
        widest + ImGui::CalcTextSize("safety").x + 30 * app.uiScale + 2 * style.WindowPadding.x + style.ScrollbarSize;
    // Never more than a third of the window: with big text on a small
    // screen a fixed minimum took 60% of it and squeezed the page to a
    // word a line (titles are cut with "..." instead).
    float hi = available * 0.34f, lo = std::min(240 * app.uiScale, hi);
    return std::clamp(want, lo, hi);
}

namespace {

void drawWorksheetRows(AppState& app) {
    for (const WorksheetDef& ws : app.catalog.worksheets()) {
        Completion c = completionOf(ws, app.doc.workbook());
        const std::string label = pageName(app.catalog, ws);  // the page's heading says the same
        bool selected = app.nav.view == View::Worksheet && app.nav.worksheetId == ws.id;
        // "done" or "2/5" (core: the start page counts the same marks). A
        // ticked safety sign shows nothing of its own here: the sidebar is
        // on show to anyone glancing at the screen, and a coloured "safety"
        // flag would tell them what the page's answers keep private. The
        // owner finds the safety card on the page and the start page.
        const std::string note = progressMark(c);
        const ImU32 noteColor = pageProgress(c) == PageProgress::Finished ? themeColorU32(Tone::Idea) : 0;
        if (navItem(ws.id.c_str(), label, selected, c.total ? c.fraction() : -1.f, app.uiScale, note, noteColor))
            app.nav = {View::Worksheet, ws.id};
        // A page opened from elsewhere (Next, a link, undo) shows its row:
        // on a short window the lower rows sit below the sidebar's edge.
        if (selected && app.pageOpened && !ImGui::IsItemVisible()) ImGui::SetScrollHereY(0.5f);
        app.uiMap.addLastItem("nav/" + ws.id, "nav", label);
        if (!note.empty()) app.uiMap.addLastItem("note/nav/" + ws.id, "note", note);
        if (ImGui::IsItemHovered() && !ws.summary.empty()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
            ImGui::TextUnformatted(label.c_str());  // the page's name first, as its heading says it
            ImGui::TextDisabled("%s", ws.summary.c_str());
            ImGui::TextDisabled("%d of %d answered", c.answered, c.total);
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    if (app.catalog.worksheets().empty()) ImGui::TextWrapped("No worksheets were loaded.");
}

}  // namespace

void drawSidebar(AppState& app, Platform& platform) {
    (void)platform;
    // PRACTICE first: three rows, always in sight. Below seventeen
    // worksheets they sat under the fold at 1280x800, where nobody found
    // the rehearsal; one list keeps Tab going through every row in order.
    ImGui::TextDisabled("PRACTICE");
    ImGui::Spacing();
    for (const ViewInfo& v : viewTable()) {
        if (!v.inSidebar) continue;
        const std::string name = v.name();
        if (navItem(v.key, name, app.nav.view == v.view, -1, app.uiScale)) app.nav = {v.view, {}};
        app.uiMap.addLastItem(std::string("nav/") + v.key, "nav", name);
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextDisabled("WORKSHEETS");
    ImGui::Spacing();
    drawWorksheetRows(app);
}

}  // namespace doorway
