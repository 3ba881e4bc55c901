// The takes history: a chart of scores over takes with the band
// thresholds, and a list (newest first) that opens to show a take's text
// and findings. Deleting goes through a command, so Ctrl+Z brings it back.
#include "ui/takes_view.hpp"
#include "core/labels.hpp"
#include "core/take_findings.hpp"
#include "core/takes.hpp"
#include "core/worksheet.hpp"
#include "ui/appearance.hpp"
#include "ui/text_fit.hpp"

#include "ui/rehearsal_shared.hpp"
#include "ui/speech_panel.hpp"
#include "ui/take_widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>

namespace doorway {

namespace {

std::string shortTime(const std::string& iso) {
    // 2026-11-04T21:30:05Z -> 2026-11-04 21:30
    if (iso.size() >= 16 && iso[10] == 'T') return iso.substr(0, 10) + " " + iso.substr(11, 5);
    return iso;
}

std::string firstWords(const std::string& text, size_t maxChars = 60) {
    std::string flat;
    for (char c : text) flat += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    if (flat.size() <= maxChars) return flat;
    size_t cut = flat.rfind(' ', maxChars);
    if (cut == std::string::npos || cut < maxChars / 2) {
        cut = maxChars;
        while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
    }
    return flat.substr(0, cut) + "…";
}

// The band edges and names come from the scorer's model
// (assets/scoring/model.json, through Scorer::bandEdges) and core/labels,
// so the chart, its table and the paper read alike. Without a scorer the
// chart shows the points on a plain ground rather than guess edges.
// Marks, lines and gaps are in pixels at 1x and grow with the UI scale, as
// the text does (at 2x the dots were specks beside the words).
void drawChart(AppState& app, const std::vector<Take>& takes, const Scorer* scorer) {
    const float px = app.uiScale;
    const std::vector<Scorer::BandEdge> edges = scorer ? scorer->bandEdges() : std::vector<Scorer::BandEdge>{};
    const float h = ImGui::GetTextLineHeight() * 10;
    ImGui::BeginChild("##chart", ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImVec2 avail = ImGui::GetContentRegionAvail();
    float labelW = 0;
    for (const auto& e : edges) labelW = std::max(labelW, ImGui::CalcTextSize(bandLabel(e.band).c_str()).x + 10 * px);
    const float left = p0.x + ImGui::CalcTextSize("100").x + 8 * px, right = p0.x + avail.x - labelW;
    const float top = p0.y + 4 * px, bottom = p0.y + avail.y - 4 * px;
    auto yOf = [&](float score) { return bottom - (bottom - top) * std::clamp(score, 0.0f, 100.0f) / 100.0f; };

    // Bands as soft backgrounds, edges as lines with their scores, names at the side.
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const float lh = ImGui::GetTextLineHeight();
    for (size_t i = 0; i < edges.size(); ++i) {
        const float hi = i == 0 ? 100.0f : float(edges[i - 1].floor), lo = float(edges[i].floor);
        const Fill fill = edges[i].band == "invitation" ? Fill::BandGood
                          : edges[i].band == "mixed"    ? Fill::BandMixed
                                                        : Fill::BandBlame;
        dl->AddRectFilled(ImVec2(left, yOf(hi)), ImVec2(right, yOf(lo)), themeColorU32(fill));
        if (lo > 0) {
            dl->AddLine(ImVec2(left, yOf(lo)), ImVec2(right, yOf(lo)), grid, 1.0f * px);
            char buf[8];
            std::snprintf(buf, sizeof buf, "%d", int(lo));
            dl->AddText(ImVec2(p0.x, yOf(lo) - lh * 0.5f), grid, buf);
        }
        dl->AddText(ImVec2(right + 6 * px, (yOf(hi) + yOf(lo)) * 0.5f - lh * 0.5f),
                    ImGui::GetColorU32(bandColor(edges[i].band)), bandLabel(edges[i].band).c_str());
    }

    const size_t n = takes.size();
    const float pad = 12 * px, radius = 4.5f * px;
    auto xOf = [&](size_t i) {
        return n <= 1 ? (left + right) * 0.5f : left + pad + (right - left - 2 * pad) * float(i) / float(n - 1);
    };
    // Rehearsal takes joined by a line; role-play answers as hollow rings.
    ImVec2 prev;
    bool havePrev = false;
    for (size_t i = 0; i < n; ++i) {
        if (takes[i].mode == "roleplay") continue;
        ImVec2 pt(xOf(i), yOf(float(takes[i].score)));
        if (havePrev) dl->AddLine(prev, pt, ImGui::GetColorU32(ImGuiCol_PlotLines), 2.0f * px);
        prev = pt;
        havePrev = true;
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    int hovered = -1;
    float best = (8 * px) * (8 * px);  // the pointer this near a point shows it
    for (size_t i = 0; i < n; ++i) {
        ImVec2 pt(xOf(i), yOf(float(takes[i].score)));
        ImU32 col = ImGui::GetColorU32(bandColor(takes[i].band));
        if (takes[i].mode == "roleplay")
            dl->AddCircle(pt, radius, col, 12, 2.0f * px);
        else
            dl->AddCircleFilled(pt, radius, col);
        app.uiMap.add({"chart/takes/" + takes[i].id, "point", scoreCaption(takes[i].score, takes[i].band),
                       ImVec2(pt.x - radius, pt.y - radius), ImVec2(pt.x + radius, pt.y + radius)});
        float dx = mouse.x - pt.x, dy = mouse.y - pt.y;
        if (dx * dx + dy * dy < best) {
            best = dx * dx + dy * dy;
            hovered = int(i);
        }
    }
    ImGui::Dummy(avail);
    if (hovered >= 0 && ImGui::IsWindowHovered()) {
        const Take& t = takes[size_t(hovered)];
        ImGui::SetTooltip("%s  ·  %s  ·  %s", shortTime(t.time).c_str(), takeModeLabel(t.mode).c_str(),
                          scoreCaption(t.score, t.band).c_str());
    }
    ImGui::EndChild();
}

void drawTakeDetail(AppState& app, Platform& platform, const Take& t) {
    ImGui::Indent();
    ImGui::PushTextWrapPos(0);  // every line wraps in the column, a long objection too
    if (t.mode == "roleplay" && !t.objection.empty()) {
        ensureObjections(app);
        const Objection* o = app.rehearsalUi.objections.find(t.objection);
        ImGui::TextDisabled("Answering: %s", o ? o->says.c_str() : t.objection.c_str());
        if (o) {
            // As the role-play page said it when the answer was given (core).
            FearCheck c = checkAnswer(*o, t.text, rehearsalScorer(app));
            if (const std::string verdict = fearVerdict(c); !verdict.empty())
                ImGui::TextColored(c.met ? bandColor("invitation") : bandColor("mixed"), "%s", verdict.c_str());
            if (const std::string wording = wordingLine(c, t.score, t.band); !wording.empty())
                ImGui::TextDisabled("%s", wording.c_str());
        }
    }
    ImGui::TextDisabled("%s of %s planned", formatSeconds(t.elapsedS).c_str(), formatSeconds(t.durationS).c_str());
    std::vector<ScoreFinding> findings = toScoreFindings(t.findings);
    bool rescored = false;
    if (findings.empty() && !t.text.empty()) {
        // Takes saved without findings (older files, other tools): explain
        // them with today's scorer, and say so.
        if (const ScoreResult* r = cachedScore(app, t.text); r && !r->findings.empty()) {
            findings = r->findings;
            rescored = true;
        }
    }
    ImGui::PushTextWrapPos(0);
    drawScoredText(t.text, findings, "text");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    drawFindingsList(findings, "findings", &app);
    if (rescored) ImGui::TextDisabled("These notes come from today's scorer; the take was saved without its own.");
    // Said as the review after the take said it: the stored numbers are
    // the speech panel's to word, never their keys.
    if (!t.metrics.empty()) drawSpeechSummary(app, platform, t.metrics, "");
    if (ImGui::Button("Delete this take")) {
        // The recording stays on disk until the workbook is closed, so
        // Edit > Undo brings back the take with its sound.
        runCommand(app, platform.now(), cmd::removeTakeById(t.id));
        app.say(t.audio.empty() ? "Take deleted. Edit > Undo brings it back."
                                : "Take deleted. Edit > Undo brings it back, recording and all, until you close "
                                  "this workbook.",
                platform.now());
    }
    app.uiMap.addLastItem("button/takes/" + t.id + "/delete", "button", "Delete this take");
    ImGui::PopTextWrapPos();
    ImGui::Unindent();
}

// The band column: the longest band name on one line ("may sound like
// blame") when that leaves the first words room; else as wide as its longest
// word pair, the names wrapping onto two lines, never cut.
float bandColumnWidth(float room) {
    float oneLine = 0, twoLines = 0;
    for (const auto& b : scoreBands()) {
        const std::string label = bandLabel(b);
        oneLine = std::max(oneLine, ImGui::CalcTextSize((label + " ").c_str()).x);
        // The narrowest two-line split: at the space nearest the middle.
        float best = ImGui::CalcTextSize(label.c_str()).x;
        for (size_t sp = label.find(' '); sp != std::string::npos; sp = label.find(' ', sp + 1))
            best = std::min(best, std::max(ImGui::CalcTextSize(label.substr(0, sp).c_str()).x,
                                           ImGui::CalcTextSize(label.substr(sp + 1).c_str()).x));
        twoLines = std::max(twoLines, best + ImGui::CalcTextSize(" ").x);
    }
    return room - oneLine >= 16 * ImGui::GetFontSize() ? oneLine : std::max(twoLines, ImGui::CalcTextSize("Band ").x);
}

// The list's columns; a second part of the list (after an opened take)
// has no header row of its own.
bool beginTakesTable(bool headers) {
    // Inside the page column (app_frame), so it never runs past the window.
    // The same id for every part: ImGui keeps their columns in step.
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    const float whenW = ImGui::CalcTextSize("2026-11-04 21:30 ").x, modeW = ImGui::CalcTextSize("role-play ").x,
                scoreW = ImGui::CalcTextSize("Score ").x;
    const float bandW = bandColumnWidth(ImGui::GetContentRegionAvail().x - whenW - modeW - scoreW);
    if (!ImGui::BeginTable("##takes", 5, flags)) return false;
    ImGui::TableSetupColumn("When", ImGuiTableColumnFlags_WidthFixed, whenW);
    ImGui::TableSetupColumn("Mode", ImGuiTableColumnFlags_WidthFixed, modeW);
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, scoreW);
    ImGui::TableSetupColumn("Band", ImGuiTableColumnFlags_WidthFixed, bandW);
    ImGui::TableSetupColumn("First words", ImGuiTableColumnFlags_WidthStretch);
    if (headers) ImGui::TableHeadersRow();
    return true;
}

// One row; true when it is the opened take.
bool drawTakeRow(RehearsalUiState& st, const Take& t) {
    ImGui::PushID(t.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    const bool open = st.expandedTake == t.id;
    if (ImGui::Selectable(shortTime(t.time).c_str(), open, ImGuiSelectableFlags_SpanAllColumns))
        st.expandedTake = open ? std::string() : t.id;
    ImGui::TableSetColumnIndex(1);
    ImGui::TextUnformatted(takeModeLabel(t.mode).c_str());
    ImGui::TableSetColumnIndex(2);
    ImGui::TextColored(bandColor(t.band), "%s", scoreFigure(t.score, t.band).c_str());
    ImGui::TableSetColumnIndex(3);
    ImGui::PushStyleColor(ImGuiCol_Text, bandColor(t.band));
    ImGui::TextWrapped("%s", bandLabel(t.band).c_str());  // two lines in a narrow column
    ImGui::PopStyleColor();
    ImGui::TableSetColumnIndex(4);
    // As much as the cell holds, ending in "…" (text_fit.hpp).
    ImGui::TextUnformatted(fitToWidth(firstWords(t.text), ImGui::GetContentRegionAvail().x).c_str());
    ImGui::PopID();
    return open;
}

// The takes, newest first. An opened take's text and notes go under its
// row across the whole column: the list stops there and goes on after it.
// (Drawn in the last column they were squeezed to a word or two a line at
// 800x600.)
void drawTakesTable(AppState& app, Platform& platform, const std::vector<Take>& takes) {
    RehearsalUiState& st = app.rehearsalUi;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    if (!beginTakesTable(true)) return;
    bool inTable = true;
    for (auto it = takes.rbegin(); it != takes.rend(); ++it) {
        if (!inTable) inTable = beginTakesTable(false);
        if (!inTable) break;
        if (!drawTakeRow(st, *it)) continue;
        ImGui::EndTable();
        inTable = false;
        ImGui::PushID(it->id.c_str());
        ImGui::Spacing();
        drawTakeDetail(app, platform, *it);
        ImGui::Spacing();
        ImGui::PopID();
    }
    if (inTable) ImGui::EndTable();
    // The map: where the list really is, detail and all (its bottom is known
    // once it has ended).
    const ImVec2 end(start.x + width, ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y);
    app.uiMap.add({"table/takes", "table", "Your takes", start, end});
}

}  // namespace

void drawTakesView(AppState& app, Platform& platform) {
    ImGui::PushID("takes");
    drawPageHeading(app, practicePageName("takes"));  // the sidebar's name (core)
    // A copy: deleting from the list changes the workbook mid-loop.
    const std::vector<Take> takes = app.doc.workbook().takes;
    if (takes.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled(
            "No takes yet. Each rehearsal and role-play answer you finish lands here, so you can watch "
            "your phrasing soften over time.");
        ImGui::PopTextWrapPos();
        if (ImGui::Button("Rehearse")) app.nav = {View::Rehearsal, {}};
        ImGui::SameLine();
        if (ImGui::Button("Role-play")) app.nav = {View::RolePlay, {}};
        ImGui::PopID();
        return;
    }
    const std::string summary = takesSummaryLine(takes);  // core: rehearsal takes, answers apart
    ImGui::TextDisabled("%s", summary.c_str());
    drawChart(app, takes, rehearsalScorer(app));
    ImGui::PushTextWrapPos(0);
    // The series named as the paper's legend names them (core/labels).
    const std::string legend = "Filled dots, joined: " + takesSeriesName(false) + "   Rings: " + takesSeriesName(true) +
                               "   Hover a point for details";
    ImGui::TextDisabled("%s", legend.c_str());
    app.uiMap.addLastItem("text/takes/legend", "text", legend);
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    drawTakesTable(app, platform, takes);
    ImGui::PopID();
}

}  // namespace doorway
