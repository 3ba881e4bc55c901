// A worksheet page: a calm column of prompts, drawn from the asset.
//
// The page's parts have files of their own: what they share in
// worksheet_page, the field kinds in worksheet_fields, the tracker and the
// door log in worksheet_tracker.
//
// [SECTION] Index
//   - the page: the safety stop, one field by its kind
//   - drawWorksheetView, ui actions
//
// Every edit goes through runCommand; typing in one field merges into one
// undo step because cmd::setAnswer carries a per-field mergeKey.
#include "ui/worksheet_view.hpp"

#include "ui/appearance.hpp"
#include "ui/page_column.hpp"
#include "ui/print_view.hpp"
#include "ui/safety_view.hpp"
#include "ui/text_fit.hpp"
#include "ui/worksheet_fields.hpp"
#include "ui/worksheet_page.hpp"
#include "ui/worksheet_tracker.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace doorway {

using namespace sheet;

namespace {

// [SECTION] the page

// Scrolls the page the least that shows the span from `top` to `bottom`
// (cursor positions), or its top when it is taller than the window.
void bringIntoView(float top, float bottom) {
    const float view = ImGui::GetWindowHeight();
    const float pad = ImGui::GetStyle().ItemSpacing.y * 2;
    float scroll = ImGui::GetScrollY();
    if (bottom + pad > scroll + view) scroll = bottom + pad - view;
    if (top - pad < scroll) scroll = top - pad;
    ImGui::SetScrollY(std::max(scroll, 0.f));
}

void drawSafetyCard(Page& p) {
    Card card(p.width, themeColor(Fill::CardCaution));
    heading("Your safety comes first", true);
    p.app.uiMap.addLastItem("text/worksheet/" + p.def.id + "/safety_heading", "text", "Your safety comes first");
    ImGui::Spacing();
    wrapped(
        "Thank you for answering honestly. What you ticked suggests that couples work isn't the right next step for "
        "now. "
        "Asking a partner you're afraid of to open up in front of a stranger can make home less safe, and your "
        "safety matters more than any invitation.");
    ImGui::Spacing();
    wrapped(
        "Support for you, on your own, from people who understand this, is a better place to begin. These are "
        "places to turn; Help > Safety shows them again at any time.");
    ImGui::Spacing();
    drawHelpLines(p.app, p.platform, card.inner());
    ImGui::Spacing();
    if (ImGui::Button("Open the safety card")) openSafetyCard(p.app);
    p.app.uiMap.addLastItem("button/worksheet/" + p.def.id + "/safety_card", "button", "Open the safety card");
    ImGui::SameLine();
    ImGui::TextDisabled("If you ticked something by mistake, untick it above.");
}

// Where to turn, the numbers for the chosen country: drawn by the safety
// feature, the same as on its card.
void drawHelpLinesField(Page& p) {
    Card card(p.width, themeColor(Fill::CardCaution));
    drawHelpLines(p.app, p.platform, card.inner());
}

void drawField(Page& p, const FieldDef& f) {
    if (f.kind == FieldKind::Info) {
        Card card(p.width);
        ImGui::TextUnformatted(f.label.c_str());
        if (!f.help.empty()) {
            ImGui::Spacing();
            helpText(f.help);
        }
        return;
    }
    wrapped(f.label);
    helpText(f.help);
    ImGui::Spacing();
    switch (f.kind) {
        case FieldKind::ShortText: {
            std::string v = p.wb().answerText(p.def.id, f.id);
            if (shortText(p, p.key(f.id), v, fieldHint(f, ""), p.width)) p.set(f.id, json::value(v));
            if (f.scorePhrasing) phrasingScore(p, v);
            break;
        }
        case FieldKind::LongText: {
            std::string v = p.wb().answerText(p.def.id, f.id);
            if (longText(p, p.key(f.id), v, fieldHint(f, "Write here…"), p.width, 3)) p.set(f.id, json::value(v));
            if (f.scorePhrasing) phrasingScore(p, v);
            break;
        }
        case FieldKind::Checklist:
        case FieldKind::SingleChoice:
        case FieldKind::MultiChoice:
            drawChoices(p, f);
            break;
        case FieldKind::Scale:
            drawScale(p, f);
            break;
        case FieldKind::List:
            drawList(p, f);
            break;
        case FieldKind::Ranking:
            drawRanking(p, f);
            break;
        case FieldKind::DatedEntries:
            drawDatedEntries(p, f);
            break;
        case FieldKind::Composer:
            drawComposer(p, f);
            break;
        case FieldKind::Tracker:
            drawTracker(p, f);
            break;
        case FieldKind::DoorLog:
            drawDoorLog(p, f);
            break;
        case FieldKind::HelpLines:
            drawHelpLinesField(p);
            break;
        case FieldKind::Info:
            break;
    }
}

}  // namespace

void drawWorksheetView(AppState& app, Platform& platform, const WorksheetDef& def) {
    WorksheetUiState& ui = app.worksheetUi;
    // A page opened with the card already there starts at the top, as any
    // page does; only a card that appears while the page is open is brought
    // into view.
    const bool pageChanged = ui.lastWorksheet != def.id;
    if (pageChanged) {
        ui.lastWorksheet = def.id;
        ImGui::SetScrollY(0);
    }
    float scale = app.uiScale;
    // The column (measure, margins, centring) is app_frame's page_column.
    float width = std::max(ImGui::GetContentRegionAvail().x, 50.f);
    Page p{app, platform, def, width, scale};

    ImGui::PushID(def.id.c_str());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);

    drawPageHeading(app, pageName(app.catalog, def));  // as the sidebar names it, with the gap every page has
    Completion c = completionOf(def, app.doc.workbook());
    if (c.total > 0) {
        ImGui::TextDisabled("%d of %d answered%s", c.answered, c.total,
                            def.privateByDefault ? "  ·  private: left out of print unless you choose" : "");
    }
    if (def.handout) {
        // Meant for both of them: say so, and make printing just this page one click.
        ImGui::TextDisabled("A page for both of you: printed on its own it has no cover and nothing private.");
        // Beside the note when it fits; under it when the note wraps (at
        // 800x600 the button ran off the page's right edge).
        const char* print = "Print this page...";
        sameLineIfRoom(ImGui::CalcTextSize(print).x + 2 * ImGui::GetStyle().FramePadding.x);
        if (ImGui::SmallButton(print)) openExportFor(app, def.id);
        app.uiMap.addLastItem("button/worksheet/" + def.id + "/print", "button", "Print this page...");
    }
    ImGui::Spacing();
    if (!def.intro.empty()) wrapped(def.intro);
    ImGui::Dummy(ImVec2(0, 14 * scale));

    bool cardDrawn = false;
    std::set<std::string> shown;
    if (pageChanged) ui.reveal.pending = false;
    for (const FieldDef& f : def.fields) {
        if (!isShown(f, def, app.doc.workbook())) continue;
        ImGui::PushID(f.id.c_str());
        if (ui.scrollToField == f.id) {
            ImGui::SetScrollHereY(0.05f);
            ui.scrollToField.clear();
        }
        drawField(p, f);
        ImGui::PopID();
        ImGui::Dummy(ImVec2(0, 18 * scale));
        shown.insert(f.id);
        if (!pageChanged && !ui.shownFields.contains(f.id)) noteRevealed(p, ImGui::GetCursorPosY());
        // A flagged answer stops the page here: nothing below should push on.
        if (fieldFlagsSafety(p, f)) {
            const float top = ImGui::GetCursorPosY();
            drawSafetyCard(p);
            if (!ui.safetyCardShown && !pageChanged) {
                if (ui.reveal.pending)
                    noteRevealed(p, ImGui::GetCursorPosY());  // with the ticked box still in sight
                else
                    bringIntoView(top, ImGui::GetCursorPosY());  // came back by undo: no row to keep
            }
            cardDrawn = true;
            break;
        }
    }
    ui.safetyCardShown = cardDrawn;
    ui.shownFields = std::move(shown);
    keepRevealInView(p);

    // Where to go next, so a finished page leads somewhere.
    const auto& all = app.catalog.worksheets();
    for (size_t i = 0; i + 1 < all.size(); ++i) {
        if (all[i].id != def.id) continue;
        columnSeparator();
        ImGui::Spacing();
        std::string label = "Next: " + pageName(app.catalog, all[i + 1]);
        if (ImGui::Button(label.c_str())) app.nav = {View::Worksheet, all[i + 1].id};
        app.uiMap.addLastItem("button/worksheet/" + def.id + "/next", "button", label);
    }
    ImGui::Dummy(ImVec2(0, 24 * scale));
    ImGui::PopTextWrapPos();
    ImGui::PopID();
}

bool worksheetUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    if (action.rfind("worksheet.", 0) != 0) return false;
    std::string a = action.substr(10);
    if (a == "safety_flag") {
        // Ticks the first safety-flagged option there is, for a screenshot.
        for (const WorksheetDef& ws : app.catalog.worksheets())
            for (const FieldDef& f : ws.fields)
                for (const OptionDef& o : f.options)
                    if (o.flagsSafety && (f.kind == FieldKind::Checklist || f.kind == FieldKind::MultiChoice)) {
                        runCommand(app, platform.now(), cmd::setAnswer(ws.id, f.id, json::array{json::value(o.id)}));
                        app.nav = {View::Worksheet, ws.id};
                        return true;
                    }
        error = "no worksheet has a safety-flagged option";
        return true;
    }
    if (a.rfind("scroll=", 0) == 0) {
        std::string field = a.substr(7);
        const WorksheetDef* def = app.catalog.find(app.nav.worksheetId);
        if (app.nav.view != View::Worksheet || !def || !def->field(field)) {
            error = "worksheet.scroll needs a field of the open worksheet (use view=worksheet:ID first)";
            return true;
        }
        app.worksheetUi.scrollToField = field;
        return true;
    }
    if (a.rfind("edit=", 0) == 0) {
        // Opens a long answer's editor, as a click would.
        std::string field = a.substr(5);
        const WorksheetDef* def = app.catalog.find(app.nav.worksheetId);
        if (app.nav.view != View::Worksheet || !def || !def->field(field)) {
            error = "worksheet.edit needs a field of the open worksheet (use view=worksheet:ID first)";
            return true;
        }
        focusEditor(app.editorUi, def->id + "/" + field);
        return true;
    }
    error = "unknown worksheet action '" + a + "' (safety_flag, scroll=FIELD, edit=FIELD)";
    return true;
}

}  // namespace doorway
