// The tracker (check-ins of signs of fear and of refusal, the trend over
// months and its reading) and the door log (small offers and how they were
// met), as drawn on a worksheet page. The reading itself is core/trend.
#include "ui/worksheet_tracker.hpp"
#include "ui/text_fit.hpp"

#include "core/clock.hpp"
#include "core/export_layout.hpp"
#include "core/labels.hpp"
#include "core/trend.hpp"
#include "ui/page_column.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace doorway::sheet {

namespace {

void drawTrendChart(Page& p, const TrendReading& t) {
    float h = 150 * p.scale;
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float labelH = ImGui::GetTextLineHeightWithSpacing();
    ImGui::Dummy(ImVec2(p.width, h + labelH));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int maxV = 1;
    for (const auto& m : t.months) maxV = std::max({maxV, m.fear, m.refusal});
    float base = origin.y + h;
    dl->AddLine(ImVec2(origin.x, base), ImVec2(origin.x + p.width, base), ImGui::GetColorU32(ImGuiCol_Separator));
    size_t n = t.months.size();
    // At most a year and a half of months fit; older ones scroll off the left.
    size_t first = n > 18 ? n - 18 : 0;
    size_t shown = n - first;
    if (shown == 0) return;
    // The months share the column's width (a few months no longer bunch at
    // the left of a wide window); bars keep a sensible width.
    float slot = p.width / float(shown);
    float bar = std::clamp(slot * 0.28f, 4.f, 26 * p.scale);
    for (size_t i = first; i < n; ++i) {
        const MonthCount& m = t.months[i];
        float x = origin.x + slot * float(i - first) + slot * 0.5f;
        float fh = (h - 12 * p.scale) * float(m.fear) / float(maxV);
        float rh = (h - 12 * p.scale) * float(m.refusal) / float(maxV);
        dl->AddRectFilled(ImVec2(x - bar - 1, base - fh), ImVec2(x - 1, base), ImGui::GetColorU32(fearColor()), 2.f);
        // Refusal bars are hatched as well as coloured: the two series differ without hue.
        drawHatchedRect(dl, ImVec2(x + 1, base - rh), ImVec2(x + bar + 1, base), ImGui::GetColorU32(refusalColor()),
                        ImGui::GetColorU32(ImGuiCol_WindowBg), 5 * p.scale);
        char num[16];
        if (m.fear) {
            std::snprintf(num, sizeof num, "%d", m.fear);
            ImVec2 ts = ImGui::CalcTextSize(num);
            dl->AddText(ImVec2(x - bar * 0.5f - ts.x * 0.5f, base - fh - ts.y),
                        ImGui::GetColorU32(ImGuiCol_TextDisabled), num);
        }
        if (m.refusal) {
            std::snprintf(num, sizeof num, "%d", m.refusal);
            ImVec2 ts = ImGui::CalcTextSize(num);
            dl->AddText(ImVec2(x + bar * 0.5f - ts.x * 0.5f, base - rh - ts.y),
                        ImGui::GetColorU32(ImGuiCol_TextDisabled), num);
        }
        // "Sep 2026" (core/labels, as on paper); where months are narrow,
        // the year only on the first month and on each January.
        const bool roomy = ImGui::CalcTextSize("Sep 2026").x + 8 * p.scale < slot;
        std::string label = monthLabel(m.month, roomy || i == first || m.month.substr(5) == "01");
        ImVec2 ls = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(x - ls.x * 0.5f, base + 3 * p.scale), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                    label.c_str());
    }
}

void legend(const ImVec4& color, const char* text, bool hatched = false) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float s = ImGui::GetTextLineHeight() * 0.7f;
    float y = pos.y + (ImGui::GetTextLineHeight() - s) * 0.5f;
    drawHatchedRect(ImGui::GetWindowDrawList(), ImVec2(pos.x, y), ImVec2(pos.x + s, y + s), ImGui::GetColorU32(color),
                    ImGui::GetColorU32(ImGuiCol_WindowBg), hatched ? s * 0.4f : 0.f);
    ImGui::Dummy(ImVec2(s, s));
    ImGui::SameLine();
    ImGui::TextDisabled("%s", text);
}

// The trend first: it is what the page is for.
void drawTrendSummary(Page& p, const TrendReading& trend) {
    if (!trend.months.empty()) {
        drawTrendChart(p, trend);
        legend(fearColor(), kFearSeriesName);
        ImGui::SameLine(0, 24 * p.scale);
        legend(refusalColor(), kRefusalSeriesName, true);
        ImGui::Spacing();
    }
    Card card(p.width);
    ImGui::TextDisabled("THE TREND, NOT THE WORST DAY");
    wrapped(trend.text);
}

TrackerDraft freshDraft() {
    return TrackerDraft{todayIsoDate(), {}, {}, {}, ""};
}

// The signs of one group ("fear" or "refusal") as ticks, in a column `colW` wide.
void drawSignColumn(const FieldDef& f, const char* group, std::vector<std::string>& picked, float colW) {
    const bool fear = std::string(group) == "fear";
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + colW);
    // Both headings on the frame's baseline: the second column inherits the
    // first one's (its checkboxes'), and a plain heading there sat lower.
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(fear ? fearColor() : refusalColor(), "%s",
                       fear ? "Signs of fear (workable)" : "Signs of refusal");
    for (const OptionDef& o : f.options) {
        if (o.group != group) continue;
        ImGui::PushID(o.id.c_str());
        bool on = contains(picked, o.id);
        // A checkbox label does not wrap: draw the box, then wrapped text.
        if (ImGui::Checkbox("##tick", &on)) {
            if (on)
                picked.push_back(o.id);
            else
                picked.erase(std::remove(picked.begin(), picked.end(), o.id), picked.end());
        }
        ImGui::SameLine();
        wrapped(o.label);
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

// Adds the draft as a check-in, or saves it over the one being edited.
void saveDraft(Page& p, const FieldDef& f, TrackerDraft& d, const TrackerEntry* edited) {
    TrackerEntry e;
    e.date = d.date;
    // Stored in the asset's order, whatever order they were ticked in.
    for (const OptionDef& o : f.options) {
        if (o.group == "fear" && contains(d.fear, o.id)) e.fearSigns.push_back(o.id);
        if (o.group == "refusal" && contains(d.refusal, o.id)) e.refusalSigns.push_back(o.id);
    }
    e.note = d.note;
    if (edited) {
        e.extra = edited->extra;
        runCommand(p.app, p.platform.now(), cmd::updateTrackerEntry(d.editing, e));
    } else {
        runCommand(p.app, p.platform.now(), cmd::addTrackerEntry(e));
    }
    d = freshDraft();
}

// The form for a new check-in, or for the one being edited.
void drawCheckInForm(Page& p, const FieldDef& f, TrackerDraft& d, const TrackerEntry* edited) {
    WorksheetUiState& ui = p.app.worksheetUi;
    const float formY = ImGui::GetCursorScreenPos().y;
    if (ui.anchorKey == p.key(f.id)) {
        // What is above grew or shrank: scroll by as much, so the form stays put.
        if (std::abs(formY - ui.anchorY) > 0.5f) ImGui::SetScrollY(ImGui::GetScrollY() + (formY - ui.anchorY));
        ui.anchorKey.clear();
    }
    ImGui::PushID("draft");
    Card card(p.width, themeColor(Fill::CardInfo));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(edited ? "Edit check-in of" : "New check-in for");
    ImGui::SameLine();
    dateInput("##date", d.date, p.scale, DateKind::Past);
    ImGui::Spacing();
    // Side by side, one under the other when the card is narrow.
    sideBySide(
        "##signs", 1.f, 1.f, 12.f,
        [&] { drawSignColumn(f, "fear", d.fear, ImGui::GetContentRegionAvail().x - 8 * p.scale); },
        [&] { drawSignColumn(f, "refusal", d.refusal, ImGui::GetContentRegionAvail().x); });
    ImGui::Spacing();
    bool entered = false;  // Enter in the note saves, as in every one-line box that adds an entry
    shortText(p, p.key(f.id) + "/new/note", d.note, "A note, if you like: what happened", card.inner(), &entered);
    const bool dateOk = dateAccepted(d.date, DateKind::Past);
    ImGui::BeginDisabled(!dateOk);
    const bool save = ImGui::Button(edited ? "Save changes" : "Save check-in");
    p.app.uiMap.addLastItem("button/worksheet/" + p.key(f.id) + "/save", "button", "Save check-in");
    if ((save || entered) && dateOk) {
        ui.anchorKey = p.key(f.id);
        ui.anchorY = formY;
        saveDraft(p, f, d, edited);
        edited = nullptr;
    }
    ImGui::EndDisabled();
    if (edited) {
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) d = freshDraft();
    }
    ImGui::PopID();
}

// Earlier check-ins, newest first, each with Edit and Remove.
void drawEarlierCheckIns(Page& p, const FieldDef& f, TrackerDraft& d) {
    const Workbook& wb = p.wb();
    ImGui::Spacing();
    ImGui::TextDisabled("EARLIER CHECK-INS");
    // Newest first; indexes refer to the workbook's own order.
    std::vector<size_t> idx(wb.tracker.size());
    for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    std::stable_sort(idx.begin(), idx.end(),
                     [&](size_t a, size_t b) { return wb.tracker[a].date > wb.tracker[b].date; });
    for (size_t i : idx) {
        const TrackerEntry& e = wb.tracker[i];
        ImGui::PushID(e.id.c_str());
        columnSeparator();
        ImGui::TextUnformatted(e.date.c_str());
        ImGui::SameLine();
        ImGui::TextColored(fearColor(), "fear %zu", e.fearSigns.size());
        ImGui::SameLine();
        ImGui::TextColored(refusalColor(), "refusal %zu", e.refusalSigns.size());
        ImGui::SameLine(std::max(ImGui::GetCursorPosX(), p.width - 110 * p.scale));
        if (ImGui::SmallButton("Edit")) d = TrackerDraft{e.date, e.fearSigns, e.refusalSigns, e.note, e.id};
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove")) {
            std::string id = e.id;  // the command changes the list `e` lives in
            runCommand(p.app, p.platform.now(), cmd::removeTrackerEntry(id));
            if (d.editing == id) d = freshDraft();
            ImGui::PopID();
            break;  // the list changed; the next frame draws the rest
        }
        std::vector<std::string> names;
        for (const auto& s : e.fearSigns) names.push_back(optionLabel(f, s));
        for (const auto& s : e.refusalSigns) names.push_back(optionLabel(f, s));
        std::string line;
        for (const auto& n : names) line += (line.empty() ? "" : "; ") + n;
        if (!line.empty()) helpText(line);
        if (!e.note.empty()) wrapped(e.note);
        ImGui::PopID();
    }
}

}  // namespace

void drawTracker(Page& p, const FieldDef& f) {
    const Workbook& wb = p.wb();
    drawTrendSummary(p, readTrend(p.app.catalog, wb, todayIsoDate()));
    ImGui::Spacing();

    TrackerDraft& d = p.app.worksheetUi.trackerDrafts[p.key(f.id)];
    if (d.date.empty()) d.date = todayIsoDate();
    const TrackerEntry* edited = nullptr;
    for (const TrackerEntry& e : wb.tracker)
        if (!d.editing.empty() && e.id == d.editing) edited = &e;
    if (!d.editing.empty() && !edited) d = freshDraft();
    drawCheckInForm(p, f, d, edited);
    if (!wb.tracker.empty()) drawEarlierCheckIns(p, f, d);
}

namespace {
// One logged offer: its date, door, answer (a choice that can change) and
// Remove, with its note under them. True when Remove was pressed; a new
// answer is left in `response`.
bool drawOfferRow(Page& p, const FieldDef& f, const DoorOffer& o, std::string& response) {
    ImGui::TextDisabled("%s", o.date.c_str());
    ImGui::SameLine();
    // The door wraps short of the answer's column, so they never overlap.
    const float answerX = p.width - 70 * p.scale - 180 * p.scale;
    const bool roomBeside = answerX - ImGui::GetCursorPosX() >= 120 * p.scale;
    if (roomBeside) ImGui::PushTextWrapPos(answerX - 8 * p.scale);
    ImGui::TextWrapped("%s", optionLabel(f, o.door).c_str());
    if (roomBeside) ImGui::PopTextWrapPos();
    bool fear = doorLean(o.response) == DoorLean::Fear;
    ImVec4 col = fear                                        ? fearColor()
                 : doorLean(o.response) == DoorLean::Refusal ? refusalColor()
                                                             : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
    // In a column of its own beside Remove, so the answers line up; on
    // a line of their own when the page is too narrow for both.
    if (roomBeside) ImGui::SameLine(answerX);
    ImGui::SetNextItemWidth(170 * p.scale);
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    const bool open = ImGui::BeginCombo("##answer", doorResponseLabel(o.response).c_str());
    ImGui::PopStyleColor();
    p.app.uiMap.addLastItem("combo/worksheet/" + p.key(f.id) + "/" + o.id + "/answer", "combo",
                            doorResponseLabel(o.response));
    if (open) {
        for (const DoorResponse& r : doorResponses()) {
            if (comboRow(r.label, o.response == r.id)) response = r.id;
            p.app.uiMap.addLastItem("option/worksheet/" + p.key(f.id) + "/" + o.id + "/answer/" + r.id, "option",
                                    r.label);
        }
        ImGui::EndCombo();
    }
    if (roomBeside)
        ImGui::SameLine(std::max(ImGui::GetCursorPosX(), p.width - 70 * p.scale));
    else
        sameLineIfRoom(ImGui::CalcTextSize("Remove").x + 2 * ImGui::GetStyle().FramePadding.x);
    const bool removed = ImGui::SmallButton("Remove");
    if (!o.note.empty()) {
        ImGui::Indent(120 * p.scale);
        helpText(o.note);
        ImGui::Unindent(120 * p.scale);
    }
    return removed;
}
}  // namespace

void drawDoorLog(Page& p, const FieldDef& f) {
    const Workbook& wb = p.wb();
    DoorDraft& d = p.app.worksheetUi.doorDrafts[p.key(f.id)];
    if (d.date.empty()) d.date = todayIsoDate();
    if (d.door.empty() || !f.option(d.door)) {
        // Suggest the door ranked first, when there is a ranking.
        d.door = f.options.front().id;
        if (!f.optionsFrom.empty())
            if (auto ranked = stringsOf(wb.answer(p.def.id, f.optionsFrom));
                !ranked.empty() && f.option(ranked.front()))
                d.door = ranked.front();
    }
    ImGui::PushID("draft");
    {
        Card card(p.width, themeColor(Fill::CardInfo));
        dateInput("##date", d.date, p.scale, DateKind::Past);
        // Date, door and answer on one row when the door can still be read
        // there; else the door takes a row of its own (large text, small window).
        const float doorWidth = card.inner() - 120 * p.scale - 180 * p.scale - 16 * p.scale;
        const bool oneRow = doorWidth >= 160 * p.scale;
        if (oneRow) ImGui::SameLine();
        ImGui::SetNextItemWidth(oneRow ? doorWidth : card.inner());
        if (ImGui::BeginCombo("##door", optionLabel(f, d.door).c_str())) {
            for (const OptionDef& o : f.options)
                if (comboRow(o.label.c_str(), o.id == d.door)) d.door = o.id;
            ImGui::EndCombo();
        }
        if (oneRow) ImGui::SameLine();
        ImGui::SetNextItemWidth(std::min(170 * p.scale, card.inner()));
        if (ImGui::BeginCombo("##response", doorResponseLabel(d.response).c_str())) {
            for (const DoorResponse& r : doorResponses())
                if (comboRow(r.label, d.response == r.id)) d.response = r.id;
            ImGui::EndCombo();
        }
        // Enter in the note logs it, as the Log it button does (Help >
        // Keyboard: Enter adds the entry in a one-line box).
        bool entered = false;
        shortText(p, p.key(f.id) + "/new/note", d.note, "What they said, in a few words", card.inner() - 90 * p.scale,
                  &entered);
        ImGui::SameLine();
        const bool dateOk = dateAccepted(d.date, DateKind::Past);
        ImGui::BeginDisabled(!dateOk);
        const bool logIt = ImGui::Button("Log it");
        p.app.uiMap.addLastItem("button/worksheet/" + p.key(f.id) + "/log", "button", "Log it");
        if ((logIt || entered) && dateOk) {
            DoorOffer o;
            o.date = d.date;
            o.door = d.door;
            o.response = d.response;
            o.note = d.note;
            runCommand(p.app, p.platform.now(), cmd::addDoorOffer(o));
            d.note.clear();
            d.response = DoorDraft{}.response;  // the next offer starts unanswered too
        }
        ImGui::EndDisabled();
    }
    ImGui::PopID();

    std::vector<size_t> idx(wb.doors.size());
    for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return wb.doors[a].date > wb.doors[b].date; });
    for (size_t i : idx) {
        const DoorOffer& o = wb.doors[i];
        ImGui::PushID(o.id.c_str());
        std::string response = o.response;
        const bool removed = drawOfferRow(p, f, o, response);
        ImGui::PopID();
        if (removed) {
            std::string id = o.id;
            runCommand(p.app, p.platform.now(), cmd::removeDoorOffer(id));
            break;
        }
        if (response != o.response) {
            // The answer can change after it is logged (an offer noted as
            // "No answer yet" gets its answer days later): an undo step of its own.
            DoorOffer changed = o;
            changed.response = response;
            p.app.doc.endUndoStep();
            runCommand(p.app, p.platform.now(), cmd::updateDoorOffer(changed.id, changed));
            p.app.doc.endUndoStep();
            break;
        }
    }
}

}  // namespace doorway::sheet
