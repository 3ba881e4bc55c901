// Drawing shared by the rehearsal, role-play, takes and speech views: a
// scored text with its underlines, the score badge, the findings list, a
// take's wrapped box and its keys.
#include "ui/take_widgets.hpp"

#include "core/finding_groups.hpp"
#include "core/labels.hpp"
#include "ui/appearance.hpp"
#include "ui/keys.hpp"
#include "ui/safety_view.hpp"
#include "ui/text_fit.hpp"

#include <optional>

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace doorway {

namespace {

ImVec4 findingColor(const ScoreFinding& f) {
    return themeColor(f.kind == "risk" ? Tone::Risk : f.kind == "safety" ? Tone::Warn : Tone::Strength);
}

// The shared band phrase, capitalised to stand on its own line.
std::string bandWords(const std::string& band) {
    std::string s = bandPhrase(band);
    if (!s.empty()) s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

}  // namespace

std::string formatSeconds(double s) {
    int total = int(std::ceil(std::max(0.0, s) - 1e-6));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d:%02d", total / 60, total % 60);
    return buf;
}

void drawScoredText(const std::string& text, const std::vector<ScoreFinding>& findings, const char* id) {
    ImGui::PushID(id);
    const int n = int(text.size());
    std::vector<int> cuts = {0, n};
    for (const auto& f : findings) {
        cuts.push_back(std::clamp(f.start, 0, n));
        cuts.push_back(std::clamp(f.end, 0, n));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    const float avail = std::max(50.0f, ImGui::GetContentRegionAvail().x);
    float x = 0;
    bool lineEmpty = true;
    for (size_t k = 0; k + 1 < cuts.size(); ++k) {
        const int a = cuts[k], b = cuts[k + 1];
        // The finding to colour this stretch by: a risk outranks a strength.
        const ScoreFinding* top = nullptr;
        std::vector<const ScoreFinding*> covering;
        for (const auto& f : findings) {
            if (f.start <= a && f.end >= b && f.end > f.start) {
                covering.push_back(&f);
                // Safety first, then a risk, then a strength.
                auto rank = [](const ScoreFinding& g) { return g.kind == "safety" ? 2 : g.kind == "risk" ? 1 : 0; };
                if (!top || rank(f) > rank(*top)) top = &f;
            }
        }
        int i = a;
        while (i < b) {
            if (text[size_t(i)] == '\n') {
                if (lineEmpty) ImGui::NewLine();
                lineEmpty = true;
                x = 0;
                ++i;
                continue;
            }
            // A word and the spaces after it, cut at the stretch's end.
            int j = i;
            while (j < b && text[size_t(j)] != ' ' && text[size_t(j)] != '\n') ++j;
            while (j < b && text[size_t(j)] == ' ') ++j;
            const char* s = text.data() + i;
            const char* e = text.data() + j;
            float w = ImGui::CalcTextSize(s, e).x;
            // The punctuation that ends a word ("experiment?") may begin the
            // next stretch: it goes with the word, never first on a line
            // (as wrapLines keeps it, text_fit.hpp).
            const bool closes = text::closesLine(text::decodeAt(text, size_t(i)), i == 0 || text[size_t(i) - 1] == ' ');
            float tail = 0;
            if (j == b && text[size_t(j) - 1] != ' ') {
                size_t k = size_t(j), len = 0;
                while (k < text.size() && text::closesLine(text::decodeAt(text, k, &len), false)) k += len;
                tail = ImGui::CalcTextSize(e, text.data() + k).x;
            }
            if (!lineEmpty && !closes && x + w + tail > avail) {
                x = 0;  // wrap: the next item starts a new line
            } else if (!lineEmpty) {
                ImGui::SameLine(0, 0);
            }
            ImGui::PushID(i);  // the piece's byte offset in the text: stable while the text is
            if (top) ImGui::PushStyleColor(ImGuiCol_Text, findingColor(*top));
            ImGui::TextUnformatted(s, e);
            if (top) {
                ImGui::PopStyleColor();
                ImVec2 mn = ImGui::GetItemRectMin(), mx = ImGui::GetItemRectMax();
                // Underline the letters, not the trailing space, unless the span goes on.
                const char* lettersEnd = e;
                if (j >= b)
                    while (lettersEnd > s && lettersEnd[-1] == ' ') --lettersEnd;
                float wordEnd = mn.x + ImGui::CalcTextSize(s, lettersEnd).x;
                // Wavy under what may land badly, straight under what helps:
                // the two differ without colour.
                const float s = ImGui::GetFontSize() / 17.0f;
                drawUnderline(ImGui::GetWindowDrawList(), mn.x, wordEnd, mx.y - 1.5f * s,
                              ImGui::GetColorU32(findingColor(*top)),
                              top->kind == "risk" ? Underline::Wavy : Underline::Straight, s);
                if (ImGui::IsItemHovered()) {
                    ImGui::BeginTooltip();
                    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
                    for (const ScoreFinding* f : covering) {
                        ImGui::TextColored(findingColor(*f), "%s  \"%s\"",
                                           f->kind == "risk"     ? "May land badly:"
                                           : f->kind == "safety" ? "Your safety:"
                                                                 : "Helps:",
                                           f->text.c_str());
                        textWrappedKept(f->message);
                        if (!f->suggestion.empty()) textWrappedKept(tryLine(f->suggestion));
                        ImGui::Spacing();
                    }
                    ImGui::PopTextWrapPos();
                    ImGui::EndTooltip();
                }
            }
            ImGui::PopID();
            x += w;
            lineEmpty = false;
            i = j;
        }
    }
    ImGui::PopID();
}

std::vector<EditorSpan> scoreSpans(const std::string& text, const std::vector<ScoreFinding>& findings) {
    std::vector<EditorSpan> out;
    for (const ScoreFinding& f : findings) {
        if (f.end <= f.start || f.start < 0 || size_t(f.end) > text.size()) continue;
        EditorSpan sp;
        sp.begin = size_t(f.start);
        sp.end = size_t(f.end);
        sp.color = ImGui::GetColorU32(findingColor(f));
        sp.underline = f.kind == "risk" ? EditorSpan::Underline::Wavy : EditorSpan::Underline::Straight;
        sp.tooltip = f.message;
        if (!f.suggestion.empty()) sp.tooltip += "\n" + tryLine(f.suggestion);
        out.push_back(std::move(sp));
    }
    // A risk outranks a strength over the same words: risks last, drawn on top.
    std::stable_sort(out.begin(), out.end(), [](const EditorSpan& a, const EditorSpan& b) {
        return a.underline != EditorSpan::Underline::Wavy && b.underline == EditorSpan::Underline::Wavy;
    });
    return out;
}

EditorResult takeBox(AppState& app, const std::string& key, std::string& text, int minLines, int maxLines,
                     const std::string& hint, const std::vector<EditorSpan>* spans) {
    EditorOptions o;
    o.hint = hint;
    o.minLines = minLines;
    o.maxLines = maxLines;
    o.spans = spans;
    o.map = &app.uiMap;
    o.mapId = "answer/" + key;
    o.mapLabel = hint;
    return textEditor(app.editorUi, key, text, ImGui::GetContentRegionAvail().x, o);
}

void takeKeys(AppState& app, RehearsalTimer& timer, const std::function<void()>& stop) {
    // F9 can't be typed, so it pauses from anywhere, the answer box
    // included; Space pauses only when no box has the keyboard (there it is
    // a space). Esc stops wherever the keyboard is.
    bool typing = ImGui::GetIO().WantTextInput || editorActive(app.editorUi);
    if (keys::pressed(keys::kF9) || (!typing && keys::pressed(keys::kSpace)))
        timer.togglePause();
    else if (keys::pressed(keys::kEscape))
        stop();
}

void drawScoreBadge(const ScoreResult& r, const char* id) {
    ImGui::PushID(id);
    std::optional<HeadingFont> face;
    face.emplace();
    if (!scoreShown(r.band)) {  // no grade beside a disclosure: the band's words alone, large
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(bandColor(r.band), "%s", bandWords(r.band).c_str());
        ImGui::PopTextWrapPos();
        face.reset();
        ImGui::PopID();
        return;
    }
    ImGui::SetWindowFontScale(1.9f);
    ImGui::TextColored(bandColor(r.band), "%d", r.score);
    ImGui::SetWindowFontScale(1.0f);
    face.reset();
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::TextDisabled("of 100");
    ImGui::PushTextWrapPos(0);  // a narrow window wraps the words instead of cutting them off
    ImGui::TextColored(bandColor(r.band), "%s", bandWords(r.band).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    if (!r.note.empty()) {  // "not enough to go on": what to add
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", r.note.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::PopID();
}

void drawFindingsList(const std::vector<ScoreFinding>& findings, const char* id, AppState* app) {
    ImGui::PushID(id);
    if (findings.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("Nothing stands out either way yet.");
        ImGui::PopTextWrapPos();
    }
    // A safety disclosure comes before anything about phrasing, with the card.
    for (const ScoreFinding& f : findings) {
        if (f.kind != "safety") continue;
        ImGui::PushID("safety");
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(themeColor(Tone::Warn), "%s", f.message.c_str());
        ImGui::PopTextWrapPos();
        if (app && ImGui::Button("Open the safety card")) openSafetyCard(*app);
        ImGui::PopID();
        ImGui::Spacing();
        break;
    }
    int risks = 0, strengths = 0;
    for (const auto& f : findings) risks += f.kind == "risk", strengths += f.kind == "strength";
    // Risks first: they are what to work on.
    for (int pass = 0; pass < 2; ++pass) {
        bool wantRisk = pass == 0;
        if (wantRisk && risks == 0) continue;
        if (!wantRisk && strengths == 0) continue;
        ImGui::TextDisabled("%s", wantRisk ? "May land badly" : "Helping you");
        // One paragraph per reason: "you never" and "you always" share one.
        for (const FindingGroup& g : groupFindings(findings, wantRisk ? "risk" : "strength")) {
            const ScoreFinding& f = *g.first;
            ImGui::PushID(f.rule.c_str());
            ImGui::PushID(f.start);
            ImGui::Bullet();
            ImGui::SameLine();
            ImGui::PushTextWrapPos(0);
            // The quotes are the person's words: at most what a screen holds (text_fit.hpp).
            // Wrapped so that no line starts with the comma or quote that
            // ends the one before (text_fit.hpp).
            textWrappedKept(shownText(quotedList(g)), ImGui::GetColorU32(findingColor(f)));
            textWrappedKept(f.message, ImGui::GetColorU32(themeColor(Tone::TextMuted)));
            if (!f.suggestion.empty()) textWrappedKept(tryLine(f.suggestion));
            ImGui::PopTextWrapPos();
            ImGui::PopID();
            ImGui::PopID();
        }
        ImGui::Spacing();
    }
    ImGui::PopID();
}

}  // namespace doorway
