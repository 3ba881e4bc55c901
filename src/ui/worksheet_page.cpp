// What the files of a worksheet page share: helpers, answer boxes, the
// phrasing line (see worksheet_page.hpp).
#include "ui/worksheet_page.hpp"

#include "ui/appearance.hpp"

#include "core/clock.hpp"
#include "core/finding_groups.hpp"
#include "core/labels.hpp"
#include "ui/rehearsal_shared.hpp"
#include "ui/safety_view.hpp"
#include "ui/text_fit.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace doorway::sheet {

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

bool fieldFlagsSafety(const Page& p, const FieldDef& f) {
    const json::value* v = p.wb().answer(p.def.id, f.id);
    std::vector<std::string> ticked = stringsOf(v);
    if (v && v->is_string()) ticked.emplace_back(v->get_string());
    for (const OptionDef& o : f.options)
        if (o.flagsSafety && contains(ticked, o.id)) return true;
    return false;
}

void noteClickedRow(Page& p, float top, float bottom) {
    p.app.worksheetUi.reveal = {true, top, bottom, bottom};
}

void noteRevealed(Page& p, float bottom) {
    WorksheetUiState::Reveal& r = p.app.worksheetUi.reveal;
    if (r.pending) r.shownBottom = std::max(r.shownBottom, bottom);
}

void keepRevealInView(Page& p) {
    WorksheetUiState::Reveal& r = p.app.worksheetUi.reveal;
    if (!r.pending) return;
    r.pending = false;
    const float view = ImGui::GetWindowHeight();
    const float pad = ImGui::GetStyle().ItemSpacing.y * 2;
    const float now = ImGui::GetScrollY();
    // Down as far as the new content needs, but the clicked row's top stays
    // on screen: the person's place comes first, then as much as fits.
    float scroll = std::max(now, r.shownBottom + pad - view);
    scroll = std::min(scroll, r.rowTop - pad);
    // A row clicked half out of view (the keyboard can reach one) is shown whole.
    scroll = std::max(scroll, r.rowBottom + pad - view);
    scroll = std::min(scroll, r.rowTop - pad);
    if (std::abs(scroll - now) >= 1) ImGui::SetScrollY(std::max(scroll, 0.f));
}

void wrapped(const std::string& s) {
    textWrappedKept(s);  // no line starts with the comma that ends the one before
}

void helpText(const std::string& s) {
    if (s.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped(s);
    ImGui::PopStyleColor();
}

void heading(const std::string& s, bool big) {
    if (big)
        drawHeading(s);
    else
        wrapped(s);
}

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

// A text answer in Doorway's wrapped box (ui/text_editor.hpp). `key` names
// the box ("worksheet/field[/row/column]") for its caret and layout, and is
// its id in the window map as "answer/<key>". Typing merges into the
// field's undo step; the box says when a word ended and a new step starts.
bool textBox(Page& p, const std::string& key, std::string& value, const std::string& hint, float width, int minLines,
             bool multiline, bool* submitted) {
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
               bool* submitted) {
    return textBox(p, key, value, hint, width, 1, false, submitted);
}

std::string fieldHint(const FieldDef& f, const std::string& otherwise) {
    return f.placeholder.empty() ? otherwise : kExamplePrefix + f.placeholder;
}

// A date box: YYYY-MM-DD, flagged when it is not a real day, or (for what
// already happened) when it is still to come.
bool dateInput(const char* id, std::string& value, float scale, DateKind kind) {
    ImGui::SetNextItemWidth(120 * scale);
    bool changed = ImGui::InputText(id, &value, ImGuiInputTextFlags_CharsNoBlank);
    hintOverLastItem("YYYY-MM-DD", value.empty());
    if (!value.empty() && !isIsoDate(value)) {
        ImGui::SameLine();
        ImGui::TextColored(themeColor(Tone::Error), "use YYYY-MM-DD");
    } else if (!value.empty() && !dateAccepted(value, kind)) {
        ImGui::SameLine();
        ImGui::TextColored(themeColor(Tone::Error), "that day is still to come");
    }
    return changed;
}

bool dateAccepted(const std::string& value, DateKind kind) {
    return kind == DateKind::Past ? isIsoDateUpTo(value, todayIsoDate()) : isIsoDate(value);
}

void phrasingScore(Page& p, const std::string& text) {
    // The one scorer the rehearsal uses too, cached by text; with damaged
    // scoring assets it gives nothing, and no score is better than a wrong one.
    const ScoreResult* scored = cachedScore(p.app, text);
    if (!scored) return;
    const ScoreResult& r = *scored;
    ImGui::TextColored(bandColor(r.band), "Phrasing: %s", scoreCaption(r.score, r.band).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s", bandPhrase(r.band).c_str());
    // Before any advice on wording: the card's sentence, or the gentle
    // check's question (no card, the words only lean that way), with the
    // card a click away. After the card nothing coaches the invitation;
    // after the check the advice follows as for any message.
    const auto safety =
        std::find_if(r.findings.begin(), r.findings.end(), [](const ScoreFinding& f) { return f.kind == "safety"; });
    if (safety != r.findings.end()) helpText(safety->message);
    if (r.safety || safety != r.findings.end()) {
        if (ImGui::Button(r.safety ? "Open the safety card##phrasing" : "Open the safety card##check"))
            openSafetyCard(p.app);
    }
    if (r.safety) return;
    if (!r.note.empty()) helpText(r.note);
    int shown = 0;
    // Risks first: they are what to change. Then one strength to keep.
    for (int pass = 0; pass < 2 && shown < 3; ++pass) {
        for (const FindingGroup& g : groupFindings(r.findings)) {
            const ScoreFinding& f = *g.first;
            if (f.kind == "safety" || (pass == 0) != (f.kind == "risk") || shown >= 3) continue;
            std::string line = (f.kind == "risk" ? "- " : "+ ") + shownText(quotedList(g), 600) + ": " + f.message;
            if (!f.suggestion.empty()) line += " " + tryLine(f.suggestion);
            helpText(line);
            ++shown;
            if (pass == 1) break;
        }
    }
}

}  // namespace doorway::sheet
