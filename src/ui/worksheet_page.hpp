#pragma once
// What the files of a worksheet page share (worksheet_page.cpp): the page
// being drawn, the soft card behind a block, wrapped and muted text, the
// answer boxes and the phrasing line. Only worksheet_view, worksheet_fields
// and worksheet_tracker include it.
#include "core/worksheet.hpp"
#include "ui/app_state.hpp"
#include "ui/platform.hpp"
#include "ui/theme_colors.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace doorway::sheet {

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
    // A choice made at once (a tick, a radio, a row added or removed, a
    // door moved): an undo step of its own, never merged with the ticks or
    // typing around it (ticks merged as typing does, so Ctrl+Z after
    // "None of these fit us" cleared every sign it had replaced).
    void choose(const std::string& field, json::value v) {
        app.doc.endUndoStep();
        set(field, std::move(v));
        app.doc.endUndoStep();
    }
    std::string key(const std::string& field) const { return def.id + "/" + field; }
};

// Whether an option of `f` that flags safety is ticked or chosen: the page
// then stops at the safety card under it.
bool fieldFlagsSafety(const Page& p, const FieldDef& f);

// A click on a choice row (from its top to the bottom of what it opened
// under it, cursor positions): the page keeps that row in view while it
// shows what the click made appear (keepRevealInView).
void noteClickedRow(Page& p, float top, float bottom);
// What appeared after such a click ends at `bottom` (a card, a field).
void noteRevealed(Page& p, float bottom);
// At the end of the page: scrolls the least that shows what appeared,
// never so far that the clicked row leaves the top. Once per click.
void keepRevealInView(Page& p);

// Colours come from the theme (ui/theme.cpp) so every theme stays legible.
ImVec4 fearColor();
ImVec4 refusalColor();
ImVec4 ideaColor();

void wrapped(const std::string& s);
// Muted, wrapped; nothing for an empty string.
void helpText(const std::string& s);
// A heading, in the bold font when `big` and it is loaded.
void heading(const std::string& s, bool big);

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

// A stored answer's strings (an array of strings; anything else is none).
std::vector<std::string> stringsOf(const json::value* v);
json::array toArray(const std::vector<std::string>& v);
bool contains(const std::vector<std::string>& v, const std::string& s);
// An option's label, or its id when the asset no longer has it.
std::string optionLabel(const FieldDef& f, const std::string& id);

// A text answer in Doorway's wrapped box (ui/text_editor.hpp). `key` names
// the box ("worksheet/field[/row/column]") for its caret and layout, and is
// its id in the window map as "answer/<key>". Typing merges into the
// field's undo step; the box says when a word ended and a new step starts.
bool textBox(Page& p, const std::string& key, std::string& value, const std::string& hint, float width, int minLines,
             bool multiline = true, bool* submitted = nullptr);
bool longText(Page& p, const std::string& key, std::string& value, const std::string& hint, float width, int minLines);
// One line to start with (it wraps rather than scroll sideways); Enter
// submits instead of starting a new line.
bool shortText(Page& p, const std::string& key, std::string& value, const std::string& hint, float width,
               bool* submitted = nullptr);
// The hint in a field's empty box: the asset's `placeholder` is an example
// answer and says so ("e.g. lonely"), so it is never taken for one already
// written; without one, `otherwise` (an instruction, "Write here…").
std::string fieldHint(const FieldDef& f, const std::string& otherwise);
// A date box: YYYY-MM-DD, flagged when it is not a real day.
// Past: the day something happened (a check-in, a door offered), never
// after today. Any: a plan may be dated ahead.
enum class DateKind { Any, Past };
bool dateInput(const char* id, std::string& value, float scale, DateKind kind = DateKind::Any);
// Whether the box's date can be saved.
bool dateAccepted(const std::string& value, DateKind kind);

// The phrasing score of `text` under a field that asks for it (the safety
// card first when the words call for it).
void phrasingScore(Page& p, const std::string& text);

}  // namespace doorway::sheet
