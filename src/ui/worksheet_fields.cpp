// The field kinds of a worksheet page, each drawn from its definition and
// edited through commands: choices, scales, lists, rankings, dated
// entries and the composed sentence. The tracker and the door log have
// their own file (worksheet_tracker.cpp).
#include "ui/worksheet_fields.hpp"

#include "ui/appearance.hpp"

#include "core/clock.hpp"
#include "core/export_layout.hpp"
#include "core/labels.hpp"
#include "core/text_edit.hpp"
#include "ui/page_column.hpp"
#include "ui/safety_view.hpp"
#include "ui/text_fit.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace doorway::sheet {

void drawChoices(Page& p, const FieldDef& f) {
    const json::value* v = p.wb().answer(p.def.id, f.id);
    bool single = f.kind == FieldKind::SingleChoice;
    std::vector<std::string> ticked = single ? std::vector<std::string>() : stringsOf(v);
    std::string chosen = single && v && v->is_string() ? std::string(v->get_string()) : std::string();
    const json::value* notesV = f.optionNotes ? p.wb().answer(p.def.id, optionNotesKey(f.id)) : nullptr;
    json::object notes = notesV && notesV->is_object() ? notesV->get_object() : json::object();
    // The card opens as a dialog for the first sign ticked only. After that
    // the page shows it under this list, and a dialog for every further sign
    // would stand between the person and the next box, again and again.
    bool cardUp = fieldFlagsSafety(p, f);

    for (const OptionDef& o : f.options) {
        ImGui::PushID(o.id.c_str());
        bool on = single ? chosen == o.id : contains(ticked, o.id);
        bool clicked = false;
        const float rowTop = ImGui::GetCursorPosY();
        // The box, then its label wrapped to the column (an ImGui label runs
        // off the side of a narrow window); a click on the words counts too.
        if (single) {
            clicked = ImGui::RadioButton("##pick", on) && !on;
        } else {
            bool b = on;
            clicked = ImGui::Checkbox("##pick", &b);
        }
        p.app.uiMap.addLastItem("answer/" + p.key(f.id) + "/" + o.id, single ? "radio" : "checkbox", o.label);
        ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
        ImGui::AlignTextToFramePadding();
        wrapped(o.label);
        if (ImGui::IsItemClicked() && !(single && on)) clicked = true;
        if (o.exclusive && !single) {
            // Says so before it happens: ticking it clears the others.
            ImGui::SameLine();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("(on its own: ticking it clears the others)");
            ImGui::PopStyleColor();
        }
        // A window that can't change this workbook (another has it open)
        // refuses the tick and says why (runCommand); it must not then
        // report what the tick would have cleared, or open the card for it.
        const bool applies = !p.app.doc.isReadOnly();
        if (clicked) {
            if (single) {
                p.choose(f.id, json::value(o.id));
            } else {
                // The asset's order, and an exclusive option never alongside others (core/worksheet).
                std::vector<std::string> cleared;
                p.choose(f.id, toArray(toggleOption(f, ticked, o.id, !on, &cleared)));
                for (const auto& c : applies ? cleared : std::vector<std::string>()) {
                    const OptionDef* gone = nullptr;
                    for (const OptionDef& other : f.options) gone = other.id == c ? &other : gone;
                    p.app.say("Unticked \"" + (gone ? gone->label : c) + "\": it can't go with \"" + o.label + "\".",
                              p.platform.now());
                }
                if (applies) ticked = toggleOption(f, ticked, o.id, !on);
            }
            if (applies && !on && o.flagsSafety && !cardUp) {
                openSafetyCard(p.app);
                cardUp = true;
            }
            if (applies) on = !on;
        }
        if (on && (!o.detail.empty() || f.optionNotes)) {
            float indent = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
            ImGui::Indent(indent);
            if (!o.detail.empty()) {
                ImGui::PushStyleColor(ImGuiCol_Text, ideaColor());
                wrapped(o.detail);
                ImGui::PopStyleColor();
            }
            if (f.optionNotes) {
                auto it = notes.find(o.id);
                std::string note =
                    it != notes.end() && it->value().is_string() ? std::string(it->value().get_string()) : "";
                std::string hint = f.notesLabel.empty() ? "My own words…" : f.notesLabel + "…";
                if (longText(p, p.key(f.id) + "/" + o.id + "/note", note, hint, p.width - indent, 1)) {
                    json::object next = notes;
                    next[o.id] = note;
                    p.set(optionNotesKey(f.id), next);
                }
            }
            ImGui::Unindent(indent);
            ImGui::Spacing();
        }
        // The row and what it opened under it stay in view (worksheet_view).
        if (clicked) noteClickedRow(p, rowTop, ImGui::GetCursorPosY());
        ImGui::PopID();
    }
}

void drawScale(Page& p, const FieldDef& f) {
    const json::value* v = p.wb().answer(p.def.id, f.id);
    long current = v && v->is_int64() ? long(v->get_int64()) : v && v->is_double() ? long(v->get_double()) : -1;
    ImVec2 size(44 * p.scale, 34 * p.scale);
    for (int i = f.scaleMin; i <= f.scaleMax; ++i) {
        if (i > f.scaleMin) ImGui::SameLine();
        bool on = current == i;
        // Chosen: filled and lettered in reverse (a thin outline on a
        // slightly darker button was easy to miss). Hover and press keep it
        // so; the keyboard's focus ring is drawn around it as around any.
        if (on) {
            for (ImGuiCol c : {ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive, ImGuiCol_Border})
                ImGui::PushStyleColor(c, chosenFillColor());
            ImGui::PushStyleColor(ImGuiCol_Text, chosenInkColor());
        }
        std::string label = std::to_string(i);
        if (ImGui::Button(label.c_str(), size) && !on) p.choose(f.id, json::value(i));
        p.app.uiMap.addLastItem("answer/" + p.key(f.id) + "/" + label, "scale", label);
        if (on) ImGui::PopStyleColor(5);
    }
    if (!f.minLabel.empty()) helpText(std::to_string(f.scaleMin) + ": " + f.minLabel);
    if (!f.maxLabel.empty()) helpText(std::to_string(f.scaleMax) + ": " + f.maxLabel);
}

namespace {
// Removes row `i`; a row that held words says so, and how to get it back.
void removeRow(Page& p, const FieldDef& f, const json::array& rows, size_t i) {
    bool hadWords = false;
    if (rows[i].is_object())
        for (const ColumnDef& c : f.columns)
            if (const json::value* v = rows[i].get_object().if_contains(c.id))
                hadWords = hadWords || (v->is_string() && !text::isBlank(v->get_string()));
    json::array next = rows;
    next.erase(next.begin() + long(i));
    if (p.app.doc.isReadOnly()) hadWords = false;  // refused: runCommand says why
    p.choose(f.id, next);
    if (hadWords) p.app.say("Row removed. Ctrl+Z brings it back.", p.platform.now());
}
}  // namespace

void drawList(Page& p, const FieldDef& f) {
    const json::value* v = p.wb().answer(p.def.id, f.id);
    json::array rows = v && v->is_array() ? v->get_array() : json::array();
    int nextId = 1;
    for (const auto& r : rows)
        if (r.is_object())
            if (auto it = r.get_object().find(kRowIdKey); it != r.get_object().end() && it->value().is_string()) {
                std::string id(it->value().get_string());
                if (id.size() > 1) nextId = std::max(nextId, std::atoi(id.c_str() + 1) + 1);
            }
    float labelW = std::min(200 * p.scale, p.width * 0.3f);
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!rows[i].is_object()) continue;
        json::object row = rows[i].get_object();
        std::string rowId = row.contains(kRowIdKey) && row[kRowIdKey].is_string()
                                ? std::string(row[kRowIdKey].get_string())
                                : "i" + std::to_string(i);
        ImGui::PushID(rowId.c_str());
        {
            Card card(p.width);
            for (const ColumnDef& c : f.columns) {
                ImGui::PushID(c.id.c_str());
                ImGui::AlignTextToFramePadding();
                ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + labelW - 8 * p.scale);
                helpText(c.label);
                ImGui::PopTextWrapPos();
                ImGui::SameLine(labelW + ImGui::GetStyle().FramePadding.x * 2);
                std::string cell =
                    row.contains(c.id) && row[c.id].is_string() ? std::string(row[c.id].get_string()) : "";
                float w = card.inner() - labelW - ImGui::GetStyle().FramePadding.x * 2 -
                          (c.id == f.columns.front().id ? 40 * p.scale : 0);
                if (longText(p, p.key(f.id) + "/" + rowId + "/" + c.id, cell, "", w, 1)) {
                    json::array next = rows;
                    next[i].as_object()[c.id] = cell;
                    p.set(f.id, next);
                }
                if (c.id == f.columns.front().id) {
                    ImGui::SameLine();
                    // Out of the Tab order: Tab from the cell before it went
                    // to this button, and the space typed next removed the row.
                    ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);
                    bool remove = ImGui::SmallButton("x");
                    ImGui::PopItemFlag();
                    if (remove) removeRow(p, f, rows, i);
                    p.app.uiMap.addLastItem("button/worksheet/" + p.key(f.id) + "/" + rowId + "/remove", "button",
                                            "Remove this row");
                    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this row");
                }
                ImGui::PopID();
            }
        }
        ImGui::PopID();
    }
    bool addRow = ImGui::Button("+ Add a row");
    p.app.uiMap.addLastItem("button/worksheet/" + p.key(f.id) + "/add", "button", "+ Add a row");
    if (addRow) {
        json::object row;
        row[kRowIdKey] = "r" + std::to_string(nextId);
        for (const ColumnDef& c : f.columns) row[c.id] = "";
        json::array next = rows;
        next.push_back(row);
        p.choose(f.id, next);
        focusEditor(p.app.editorUi, p.key(f.id) + "/r" + std::to_string(nextId) + "/" + f.columns.front().id);
    }
}

void drawRanking(Page& p, const FieldDef& f) {
    const json::value* v = p.wb().answer(p.def.id, f.id);
    std::vector<std::string> order;
    for (const auto& id : stringsOf(v))
        if (f.option(id) && !contains(order, id)) order.push_back(id);
    bool answered = !order.empty();
    for (const OptionDef& o : f.options)
        if (!contains(order, o.id)) order.push_back(o.id);
    // The numbers right-aligned in the width of the largest, so the arrows
    // stay in line past 9 (a padding space is narrower than a digit).
    const float numberW = ImGui::CalcTextSize(std::to_string(order.size()).c_str()).x;
    for (size_t i = 0; i < order.size(); ++i) {
        ImGui::PushID(order[i].c_str());
        ImGui::AlignTextToFramePadding();
        const std::string number = std::to_string(i + 1);
        const float x0 = ImGui::GetCursorPosX();
        ImGui::SetCursorPosX(x0 + numberW - ImGui::CalcTextSize(number.c_str()).x);
        ImGui::TextDisabled("%s", number.c_str());
        ImGui::SameLine();
        ImGui::SetCursorPosX(x0 + numberW + ImGui::GetStyle().ItemSpacing.x);
        ImGui::BeginDisabled(i == 0);
        if (ImGui::ArrowButton("up", ImGuiDir_Up)) {
            std::vector<std::string> next = order;
            std::swap(next[i], next[i - 1]);
            p.choose(f.id, toArray(next));
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(i + 1 == order.size());
        if (ImGui::ArrowButton("down", ImGuiDir_Down)) {
            std::vector<std::string> next = order;
            std::swap(next[i], next[i + 1]);
            p.choose(f.id, toArray(next));
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (i == 0 && answered)
            ImGui::TextColored(ideaColor(), "%s", optionLabel(f, order[i]).c_str());
        else
            ImGui::TextUnformatted(optionLabel(f, order[i]).c_str());
        ImGui::PopID();
    }
    if (!answered) {
        ImGui::Spacing();
        if (ImGui::Button("This order is right")) p.choose(f.id, toArray(order));
        p.app.uiMap.addLastItem("button/worksheet/" + p.key(f.id) + "/confirm_order", "button", "This order is right");
    }
}

void drawDatedEntries(Page& p, const FieldDef& f) {
    const json::value* v = p.wb().answer(p.def.id, f.id);
    json::array entries = v && v->is_array() ? v->get_array() : json::array();
    for (size_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].is_object()) continue;
        json::object e = entries[i].get_object();
        std::string date = e.contains("date") && e["date"].is_string() ? std::string(e["date"].get_string()) : "";
        std::string text = e.contains("text") && e["text"].is_string() ? std::string(e["text"].get_string()) : "";
        // Entries written since rows had ids carry one; older ones fall back
        // to their place in the list.
        std::string rowId = e.contains(kRowIdKey) && e[kRowIdKey].is_string() ? std::string(e[kRowIdKey].get_string())
                                                                              : "e" + std::to_string(i);
        ImGui::PushID(rowId.c_str());
        if (dateInput("##date", date, p.scale)) {
            json::array next = entries;
            next[i].as_object()["date"] = date;
            p.set(f.id, next);
        }
        ImGui::SameLine();
        float w = p.width - 120 * p.scale - 48 * p.scale;
        if (longText(p, p.key(f.id) + "/" + rowId + "/text", text, "", w, 1)) {
            json::array next = entries;
            next[i].as_object()["text"] = text;
            p.set(f.id, next);
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("x")) {
            json::array next = entries;
            next.erase(next.begin() + long(i));
            p.choose(f.id, next);
        }
        p.app.uiMap.addLastItem("button/worksheet/" + p.key(f.id) + "/" + rowId + "/remove", "button", "Remove");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove");
        ImGui::PopID();
    }
    DatedDraft& d = p.app.worksheetUi.datedDrafts[p.key(f.id)];
    if (d.date.empty()) d.date = todayIsoDate();
    ImGui::PushID("draft");
    dateInput("##date", d.date, p.scale);
    ImGui::SameLine();
    bool entered = false;
    shortText(p, p.key(f.id) + "/new/text", d.text, fieldHint(f, "What, in a few words"),
              p.width - 120 * p.scale - 80 * p.scale, &entered);
    ImGui::SameLine();
    bool ok = isIsoDate(d.date) && d.text.find_first_not_of(" \t") != std::string::npos;
    ImGui::BeginDisabled(!ok);
    bool add = ImGui::Button("Add");
    p.app.uiMap.addLastItem("button/worksheet/" + p.key(f.id) + "/add", "button", "Add");
    if ((add || entered) && ok) {
        int next = 1;
        for (const auto& v : entries) {
            const json::value* r = v.is_object() ? v.get_object().if_contains(kRowIdKey) : nullptr;
            if (r && r->is_string() && r->get_string().size() > 1)
                next = std::max(next, std::atoi(r->get_string().c_str() + 1) + 1);
        }
        json::array rows = entries;
        rows.push_back(json::object{{kRowIdKey, "d" + std::to_string(next)}, {"date", d.date}, {"text", d.text}});
        p.choose(f.id, rows);
        d.text.clear();
    }
    ImGui::EndDisabled();
    ImGui::PopID();
}

void drawComposer(Page& p, const FieldDef& f) {
    std::string text = composeTemplate(f.templateText, p.def, p.wb());
    {
        Card card(p.width, themeColor(Fill::CardInfo));
        HeadingFont face;
        wrapped(text);
    }
    if (text.find("…") != std::string::npos) helpText("The … marks a part you haven't chosen yet.");
    phrasingScore(p, text);
    if (ImGui::Button("Copy")) ImGui::SetClipboardText(text.c_str());
    p.app.uiMap.addLastItem("button/worksheet/" + p.key(f.id) + "/copy", "button", "Copy");
    ImGui::SameLine();
    if (ImGui::Button("Rehearse it")) p.app.nav = {View::Rehearsal, {}};
    p.app.uiMap.addLastItem("button/worksheet/" + p.key(f.id) + "/rehearse", "button", "Rehearse it");
}

}  // namespace doorway::sheet
