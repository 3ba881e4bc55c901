// A worksheet page: a calm column of prompts, drawn from the asset.
//
// [SECTION] Index
//   - helpers: cards, wrapped text, answer access
//   - long text editor (wrapped when reading, an editor on click)
//   - phrasing score
//   - field kinds
//   - tracker: check-ins, chart, reading
//   - door log
//   - the page, ui actions
//
// Every edit goes through runCommand; typing in one field merges into one
// undo step because cmd::setAnswer carries a per-field mergeKey.
#include "core/clock.hpp"
#include "core/export_layout.hpp"
#include "core/finding_groups.hpp"
#include "core/labels.hpp"
#include "core/trend.hpp"
#include "ui/appearance.hpp"
#include "ui/page_column.hpp"
#include "ui/text_fit.hpp"
#include "ui/views.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace doorway {

namespace {

// [SECTION] helpers

struct Page {
    AppState& app;
    Platform& platform;
    const WorksheetDef& def;
    float width;  // the reading column
    float scale;

    const Workbook& wb() const { return app.doc.workbook(); }
    void set(const std::string& field, json::value v) {
        runCommand(app, platform.now(), cmd::setAnswer(def.id, field, std::move(v)));
    }
    std::string key(const std::string& field) const { return def.id + "/" + field; }
};

// Colours come from the theme (ui/theme.cpp) so every theme stays legible.
ImVec4 fearColor() {
    return themeColor(Tone::Fear);
}
ImVec4 refusalColor() {
    return themeColor(Tone::Refusal);
}
ImVec4 ideaColor() {
    return themeColor(Tone::Idea);
}

void wrapped(const std::string& s) {
    ImGui::TextWrapped("%s", s.c_str());
}

void helpText(const std::string& s) {
    if (s.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped(s);
    ImGui::PopStyleColor();
}

void heading(const std::string& s, bool big) {
    ImGuiIO& io = ImGui::GetIO();
    bool bold = big && io.Fonts->Fonts.Size > 1;
    if (bold) ImGui::PushFont(io.Fonts->Fonts[1]);
    wrapped(s);
    if (bold) ImGui::PopFont();
}

// A softly filled box behind whatever is drawn between begin and end.
class Card {
public:
    explicit Card(float width, ImVec4 tint = themeColor(Fill::Card)) : m_width(width), m_tint(tint) {
        m_dl = ImGui::GetWindowDrawList();
        m_split.Split(m_dl, 2);
        m_split.SetCurrentChannel(m_dl, 1);
        ImGuiStyle& st = ImGui::GetStyle();
        m_pad = st.FramePadding.x * 2.f;
        ImGui::Dummy(ImVec2(0, m_pad * 0.5f));
        ImGui::Indent(m_pad);
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * m_pad);
    }
    ~Card() {
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        ImGui::Unindent(m_pad);
        ImVec2 min = ImGui::GetItemRectMin();
        ImVec2 max = ImGui::GetItemRectMax();
        min.x -= m_pad;
        min.y -= m_pad * 0.5f;
        max.x = min.x + m_width;
        max.y += m_pad * 0.5f;
        m_split.SetCurrentChannel(m_dl, 0);
        m_dl->AddRectFilled(min, max, ImGui::GetColorU32(m_tint), 6.f);
        m_split.Merge(m_dl);
        ImGui::Dummy(ImVec2(0, m_pad * 0.5f));
    }
    Card(const Card&) = delete;
    Card& operator=(const Card&) = delete;
    float inner() const { return m_width - 2 * m_pad; }

private:
    ImDrawList* m_dl;
    ImDrawListSplitter m_split;
    float m_width;
    float m_pad = 8;
    ImVec4 m_tint;
};

std::vector<std::string> stringsOf(const json::value* v) {
    std::vector<std::string> out;
    if (v && v->is_array())
        for (const auto& e : v->get_array())
            if (e.is_string()) out.emplace_back(e.get_string());
    return out;
}

json::array toArray(const std::vector<std::string>& v) {
    json::array a;
    for (const auto& s : v) a.emplace_back(s);
    return a;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

std::string optionLabel(const FieldDef& f, const std::string& id) {
    const OptionDef* o = f.option(id);
    return o ? o->label : id;
}

// [SECTION] text boxes

// A text answer in Doorway's wrapped box (ui/text_editor.hpp). `key` names
// the box ("worksheet/field[/row/column]") for its caret and layout, and is
// its id in the window map as "answer/<key>". Typing merges into the
// field's undo step; the box says when a word ended and a new step starts.
bool textBox(Page& p, const std::string& key, std::string& value, const std::string& hint, float width, int minLines,
             bool multiline = true, bool* submitted = nullptr) {
    EditorOptions o;
    o.hint = hint;
    o.multiline = multiline;
    o.minLines = minLines;
    o.maxLines = multiline ? 14 : 4;
    o.map = &p.app.uiMap;
    o.mapId = "answer/" + key;
    o.mapLabel = hint;
    EditorResult r = textEditor(p.app.editorUi, key, value, width, o);
    if (r.changed && r.newUndoStep) p.app.doc.endUndoStep();
    if (submitted) *submitted = r.submitted;
    return r.changed;
}

bool longText(Page& p, const std::string& key, std::string& value, const std::string& hint, float width, int minLines) {
    return textBox(p, key, value, hint, width, minLines);
}

// One line to start with (it wraps rather than scroll sideways); Enter
// submits instead of starting a new line.
bool shortText(Page& p, const std::string& key, std::string& value, const std::string& hint, float width,
               bool* submitted = nullptr) {
    return textBox(p, key, value, hint, width, 1, false, submitted);
}

// A date box: YYYY-MM-DD, flagged when it is not a real day.
bool dateInput(const char* id, std::string& value, float scale) {
    ImGui::SetNextItemWidth(120 * scale);
    bool changed = ImGui::InputTextWithHint(id, "YYYY-MM-DD", &value, ImGuiInputTextFlags_CharsNoBlank);
    if (!value.empty() && !isIsoDate(value)) {
        ImGui::SameLine();
        ImGui::TextColored(themeColor(Tone::Error), "use YYYY-MM-DD");
    }
    return changed;
}

// [SECTION] phrasing score

void phrasingScore(Page& p, const std::string& text) {
    // The one scorer the rehearsal uses too, cached by text; with damaged
    // scoring assets it gives nothing, and no score is better than a wrong one.
    const ScoreResult* scored = cachedScore(p.app, text);
    if (!scored) return;
    const ScoreResult& r = *scored;
    ImGui::TextColored(bandColor(r.band), "Phrasing: %s", scoreCaption(r.score).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s", bandPhrase(r.band).c_str());
    if (r.safety) {  // before any advice on wording: the safety card
        for (const ScoreFinding& f : r.findings)
            if (f.kind == "safety") {
                helpText(f.message);
                break;
            }
        if (ImGui::Button("Open the safety card##phrasing")) openSafetyCard(p.app);
        return;
    }
    if (!r.note.empty()) helpText(r.note);
    int shown = 0;
    // Risks first: they are what to change. Then one strength to keep.
    for (int pass = 0; pass < 2 && shown < 3; ++pass) {
        for (const FindingGroup& g : groupFindings(r.findings)) {
            const ScoreFinding& f = *g.first;
            if ((pass == 0) != (f.kind == "risk") || shown >= 3) continue;
            std::string line = (f.kind == "risk" ? "- " : "+ ") + shownText(quotedList(g), 600) + ": " + f.message;
            if (!f.suggestion.empty()) line += " " + tryLine(f.suggestion);
            helpText(line);
            ++shown;
            if (pass == 1) break;
        }
    }
}

// [SECTION] field kinds

void drawChoices(Page& p, const FieldDef& f) {
    const json::value* v = p.wb().answer(p.def.id, f.id);
    bool single = f.kind == FieldKind::SingleChoice;
    std::vector<std::string> ticked = single ? std::vector<std::string>() : stringsOf(v);
    std::string chosen = single && v && v->is_string() ? std::string(v->get_string()) : std::string();
    const json::value* notesV = f.optionNotes ? p.wb().answer(p.def.id, optionNotesKey(f.id)) : nullptr;
    json::object notes = notesV && notesV->is_object() ? notesV->get_object() : json::object();

    for (const OptionDef& o : f.options) {
        ImGui::PushID(o.id.c_str());
        bool on = single ? chosen == o.id : contains(ticked, o.id);
        bool clicked = false;
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
        if (clicked) {
            if (single) {
                p.set(f.id, json::value(o.id));
            } else {
                // The asset's order, and an exclusive option never alongside others (core/worksheet).
                std::vector<std::string> cleared;
                p.set(f.id, toArray(toggleOption(f, ticked, o.id, !on, &cleared)));
                for (const auto& c : cleared) {
                    const OptionDef* gone = nullptr;
                    for (const OptionDef& other : f.options) gone = other.id == c ? &other : gone;
                    p.app.say("Unticked \"" + (gone ? gone->label : c) + "\": it can't go with \"" + o.label + "\".",
                              p.platform.now());
                }
                ticked = toggleOption(f, ticked, o.id, !on);
            }
            if (!on && o.flagsSafety) openSafetyCard(p.app);
            on = !on;
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
        if (on) {  // chosen: a darker button and an outline, not colour alone
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            ImGui::PushStyleColor(ImGuiCol_Border, ImGui::GetStyleColorVec4(ImGuiCol_Text));
            ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2 * p.scale);
        }
        std::string label = std::to_string(i);
        if (ImGui::Button(label.c_str(), size) && !on) p.set(f.id, json::value(i));
        p.app.uiMap.addLastItem("answer/" + p.key(f.id) + "/" + label, "scale", label);
        if (on) {
            ImGui::PopStyleVar();
            ImGui::PopStyleColor(2);
        }
    }
    if (!f.minLabel.empty()) helpText(std::to_string(f.scaleMin) + ": " + f.minLabel);
    if (!f.maxLabel.empty()) helpText(std::to_string(f.scaleMax) + ": " + f.maxLabel);
}

void drawList(Page& p, const FieldDef& f) {
    const json::value* v = p.wb().answer(p.def.id, f.id);
    json::array rows = v && v->is_array() ? v->get_array() : json::array();
    int nextId = 1;
    for (const auto& r : rows)
        if (r.is_object())
            if (auto it = r.get_object().find("row"); it != r.get_object().end() && it->value().is_string()) {
                std::string id(it->value().get_string());
                if (id.size() > 1) nextId = std::max(nextId, std::atoi(id.c_str() + 1) + 1);
            }
    float labelW = std::min(200 * p.scale, p.width * 0.3f);
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!rows[i].is_object()) continue;
        json::object row = rows[i].get_object();
        std::string rowId = row.contains("row") && row["row"].is_string() ? std::string(row["row"].get_string())
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
                    if (ImGui::SmallButton("x")) {
                        json::array next = rows;
                        next.erase(next.begin() + long(i));
                        p.set(f.id, next);
                    }
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
        row["row"] = "r" + std::to_string(nextId);
        for (const ColumnDef& c : f.columns) row[c.id] = "";
        json::array next = rows;
        next.push_back(row);
        p.set(f.id, next);
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
    for (size_t i = 0; i < order.size(); ++i) {
        ImGui::PushID(order[i].c_str());
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%2zu", i + 1);
        ImGui::SameLine();
        ImGui::BeginDisabled(i == 0);
        if (ImGui::ArrowButton("up", ImGuiDir_Up)) {
            std::vector<std::string> next = order;
            std::swap(next[i], next[i - 1]);
            p.set(f.id, toArray(next));
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(i + 1 == order.size());
        if (ImGui::ArrowButton("down", ImGuiDir_Down)) {
            std::vector<std::string> next = order;
            std::swap(next[i], next[i + 1]);
            p.set(f.id, toArray(next));
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
        if (ImGui::Button("This order is right")) p.set(f.id, toArray(order));
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
        std::string rowId =
            e.contains("row") && e["row"].is_string() ? std::string(e["row"].get_string()) : "e" + std::to_string(i);
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
            p.set(f.id, next);
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
    shortText(p, p.key(f.id) + "/new/text", d.text, f.placeholder.empty() ? "What, in a few words" : f.placeholder,
              p.width - 120 * p.scale - 80 * p.scale, &entered);
    ImGui::SameLine();
    bool ok = isIsoDate(d.date) && d.text.find_first_not_of(" \t") != std::string::npos;
    ImGui::BeginDisabled(!ok);
    bool add = ImGui::Button("Add");
    p.app.uiMap.addLastItem("button/worksheet/" + p.key(f.id) + "/add", "button", "Add");
    if ((add || entered) && ok) {
        int next = 1;
        for (const auto& v : entries) {
            const json::value* r = v.is_object() ? v.get_object().if_contains("row") : nullptr;
            if (r && r->is_string() && r->get_string().size() > 1)
                next = std::max(next, std::atoi(r->get_string().c_str() + 1) + 1);
        }
        json::array rows = entries;
        rows.push_back(json::object{{"row", "d" + std::to_string(next)}, {"date", d.date}, {"text", d.text}});
        p.set(f.id, rows);
        d.text.clear();
    }
    ImGui::EndDisabled();
    ImGui::PopID();
}

void drawComposer(Page& p, const FieldDef& f) {
    std::string text = composeTemplate(f.templateText, p.def, p.wb());
    {
        Card card(p.width, themeColor(Fill::CardInfo));
        ImGuiIO& io = ImGui::GetIO();
        bool bigger = io.Fonts->Fonts.Size > 1;
        if (bigger) ImGui::PushFont(io.Fonts->Fonts[1]);
        wrapped(text);
        if (bigger) ImGui::PopFont();
    }
    if (text.find("…") != std::string::npos) helpText("The … marks a part you haven't chosen yet.");
    phrasingScore(p, text);
    if (ImGui::Button("Copy")) ImGui::SetClipboardText(text.c_str());
    p.app.uiMap.addLastItem("button/worksheet/" + p.key(f.id) + "/copy", "button", "Copy");
    ImGui::SameLine();
    if (ImGui::Button("Rehearse it")) p.app.nav = {View::Rehearsal, {}};
    p.app.uiMap.addLastItem("button/worksheet/" + p.key(f.id) + "/rehearse", "button", "Rehearse it");
}

// [SECTION] tracker

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

void drawTracker(Page& p, const FieldDef& f) {
    const Workbook& wb = p.wb();
    TrendReading trend = readTrend(wb);

    // The trend first: it is what the page is for.
    if (!trend.months.empty()) {
        drawTrendChart(p, trend);
        legend(fearColor(), kFearSeriesName);
        ImGui::SameLine(0, 24 * p.scale);
        legend(refusalColor(), kRefusalSeriesName, true);
        ImGui::Spacing();
    }
    {
        Card card(p.width);
        ImGui::TextDisabled("THE TREND, NOT THE WORST DAY");
        wrapped(trend.text);
    }
    ImGui::Spacing();

    TrackerDraft& d = p.app.worksheetUi.trackerDrafts[p.key(f.id)];
    if (d.date.empty()) d.date = todayIsoDate();
    const TrackerEntry* edited = nullptr;
    for (const TrackerEntry& e : wb.tracker)
        if (!d.editing.empty() && e.id == d.editing) edited = &e;
    if (!d.editing.empty() && !edited) d = TrackerDraft{todayIsoDate(), {}, {}, {}, ""};
    WorksheetUiState& ui = p.app.worksheetUi;
    const float formY = ImGui::GetCursorScreenPos().y;
    if (ui.anchorKey == p.key(f.id)) {
        // What is above grew or shrank: scroll by as much, so the form stays put.
        if (std::abs(formY - ui.anchorY) > 0.5f) ImGui::SetScrollY(ImGui::GetScrollY() + (formY - ui.anchorY));
        ui.anchorKey.clear();
    }
    ImGui::PushID("draft");
    {
        Card card(p.width, themeColor(Fill::CardInfo));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(edited ? "Edit check-in of" : "New check-in for");
        ImGui::SameLine();
        dateInput("##date", d.date, p.scale);
        ImGui::Spacing();
        float colW = card.inner() * 0.5f - 8 * p.scale;
        for (const char* group : {"fear", "refusal"}) {
            bool fear = std::string(group) == "fear";
            if (!fear) ImGui::SameLine(0, 16 * p.scale);
            ImGui::BeginGroup();
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + colW);
            ImGui::TextColored(fear ? fearColor() : refusalColor(), "%s",
                               fear ? "Signs of fear (workable)" : "Signs of refusal");
            std::vector<std::string>& picked = fear ? d.fear : d.refusal;
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
        ImGui::Spacing();
        shortText(p, p.key(f.id) + "/new/note", d.note, "A note, if you like: what happened", card.inner());
        bool ok = isIsoDate(d.date);
        ImGui::BeginDisabled(!ok);
        const bool save = ImGui::Button(edited ? "Save changes" : "Save check-in");
        p.app.uiMap.addLastItem("button/worksheet/" + p.key(f.id) + "/save", "button", "Save check-in");
        if (save) {
            TrackerEntry e;
            e.date = d.date;
            // Stored in the asset's order, whatever order they were ticked in.
            for (const OptionDef& o : f.options) {
                if (o.group == "fear" && contains(d.fear, o.id)) e.fearSigns.push_back(o.id);
                if (o.group == "refusal" && contains(d.refusal, o.id)) e.refusalSigns.push_back(o.id);
            }
            e.note = d.note;
            ui.anchorKey = p.key(f.id);
            ui.anchorY = formY;
            if (edited) {
                e.extra = edited->extra;
                runCommand(p.app, p.platform.now(), cmd::updateTrackerEntry(d.editing, e));
            } else {
                runCommand(p.app, p.platform.now(), cmd::addTrackerEntry(e));
            }
            d = TrackerDraft{todayIsoDate(), {}, {}, {}, ""};
            edited = nullptr;
        }
        ImGui::EndDisabled();
        if (edited) {
            ImGui::SameLine();
            if (ImGui::Button("Cancel")) d = TrackerDraft{todayIsoDate(), {}, {}, {}, ""};
        }
    }
    ImGui::PopID();

    if (wb.tracker.empty()) return;
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
            if (d.editing == id) d = TrackerDraft{todayIsoDate(), {}, {}, {}, ""};
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

// [SECTION] door log

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
        dateInput("##date", d.date, p.scale);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(std::max(120.f, card.inner() - 120 * p.scale - 180 * p.scale - 16 * p.scale));
        if (ImGui::BeginCombo("##door", optionLabel(f, d.door).c_str())) {
            for (const OptionDef& o : f.options)
                if (ImGui::Selectable(o.label.c_str(), o.id == d.door)) d.door = o.id;
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(170 * p.scale);
        if (ImGui::BeginCombo("##response", doorResponseLabel(d.response).c_str())) {
            for (const DoorResponse& r : doorResponses())
                if (ImGui::Selectable(r.label, d.response == r.id)) d.response = r.id;
            ImGui::EndCombo();
        }
        shortText(p, p.key(f.id) + "/new/note", d.note, "What they said, in a few words", card.inner() - 90 * p.scale);
        ImGui::SameLine();
        ImGui::BeginDisabled(!isIsoDate(d.date));
        if (ImGui::Button("Log it")) {
            DoorOffer o;
            o.date = d.date;
            o.door = d.door;
            o.response = d.response;
            o.note = d.note;
            runCommand(p.app, p.platform.now(), cmd::addDoorOffer(o));
            d.note.clear();
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
        ImGui::TextDisabled("%s", o.date.c_str());
        ImGui::SameLine();
        ImGui::TextUnformatted(optionLabel(f, o.door).c_str());
        ImGui::SameLine();
        bool fear = doorLean(o.response) == DoorLean::Fear;
        ImVec4 col = fear                                        ? fearColor()
                     : doorLean(o.response) == DoorLean::Refusal ? refusalColor()
                                                                 : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
        ImGui::TextColored(col, "%s", doorResponseLabel(o.response).c_str());
        ImGui::SameLine(std::max(ImGui::GetCursorPosX(), p.width - 70 * p.scale));
        bool removed = ImGui::SmallButton("Remove");
        if (!o.note.empty()) {
            ImGui::Indent(120 * p.scale);
            helpText(o.note);
            ImGui::Unindent(120 * p.scale);
        }
        ImGui::PopID();
        if (removed) {
            std::string id = o.id;
            runCommand(p.app, p.platform.now(), cmd::removeDoorOffer(id));
            break;
        }
    }
}

// [SECTION] the page

bool fieldFlagsSafety(const Page& p, const FieldDef& f) {
    const json::value* v = p.wb().answer(p.def.id, f.id);
    std::vector<std::string> ticked = stringsOf(v);
    if (v && v->is_string()) ticked.emplace_back(v->get_string());
    for (const OptionDef& o : f.options)
        if (o.flagsSafety && contains(ticked, o.id)) return true;
    return false;
}

void drawSafetyCard(Page& p) {
    Card card(p.width, themeColor(Fill::CardCaution));
    heading("Your safety comes first", true);
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
            if (shortText(p, p.key(f.id), v, f.placeholder, p.width)) p.set(f.id, json::value(v));
            if (f.scorePhrasing) phrasingScore(p, v);
            break;
        }
        case FieldKind::LongText: {
            std::string v = p.wb().answerText(p.def.id, f.id);
            std::string hint = f.placeholder.empty() ? "Click to write…" : f.placeholder;
            if (longText(p, p.key(f.id), v, hint, p.width, 3)) p.set(f.id, json::value(v));
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
    if (ui.lastWorksheet != def.id) {
        ui.lastWorksheet = def.id;
        ImGui::SetScrollY(0);
    }
    float scale = app.uiScale;
    // The column (measure, margins, centring) is app_frame's page_column.
    float width = std::max(ImGui::GetContentRegionAvail().x, 50.f);
    Page p{app, platform, def, width, scale};

    ImGui::PushID(def.id.c_str());
    ImGui::Dummy(ImVec2(0, 10 * scale));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);

    heading(def.title, true);
    Completion c = completionOf(def, app.doc.workbook());
    if (c.total > 0) {
        ImGui::TextDisabled("%d of %d answered%s", c.answered, c.total,
                            def.privateByDefault ? "  ·  private: left out of print unless you choose" : "");
    }
    if (def.handout) {
        // Meant for both of them: say so, and make printing just this page one click.
        ImGui::TextDisabled("A page for both of you: printed on its own it has no cover and nothing private.");
        ImGui::SameLine();
        if (ImGui::SmallButton("Print this page...")) openExportFor(app, def.id);
        app.uiMap.addLastItem("button/worksheet/" + def.id + "/print", "button", "Print this page...");
    }
    ImGui::Spacing();
    if (!def.intro.empty()) wrapped(def.intro);
    ImGui::Dummy(ImVec2(0, 14 * scale));

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
        // A flagged answer stops the page here: nothing below should push on.
        if (fieldFlagsSafety(p, f)) {
            drawSafetyCard(p);
            break;
        }
    }

    // Where to go next, so a finished page leads somewhere.
    const auto& all = app.catalog.worksheets();
    for (size_t i = 0; i + 1 < all.size(); ++i) {
        if (all[i].id != def.id) continue;
        columnSeparator();
        ImGui::Spacing();
        std::string label = "Next: " + all[i + 1].title;
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
