// The rehearsal pane: the script editor with its live phrasing score, and
// the timed take (3-2-1, a cue per phase, pause, stop, save).
//
// What it shares with role-play lives beside both: the take itself in
// core/take_session, its microphone and review in ui/take_sessions, the
// scored text and badges in ui/take_widgets.
//
// [SECTION] Index
//   - the pane: script editor, take setup, take in progress
//   - tick and --ui actions
#include "ui/rehearsal_view.hpp"

#include "core/labels.hpp"
#include "core/text_edit.hpp"
#include "core/worksheet.hpp"
#include "speech/take_pipeline.hpp"
#include "ui/appearance.hpp"
#include "ui/keys.hpp"
#include "ui/page_column.hpp"
#include "ui/rehearsal_shared.hpp"
#include "ui/safety_view.hpp"
#include "ui/speech_panel.hpp"
#include "ui/take_sessions.hpp"
#include "ui/take_widgets.hpp"
#include "ui/text_fit.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace doorway {

using text::isBlank;

// [SECTION] the pane

namespace {

const char* const kLengthLabels[] = {"30 s", "1 min", "1½ min", "2 min", "Custom"};

std::string scriptOf(const Workbook& wb) {
    return wb.answerText(kRehearsalSheet, kRehearsalScriptField);
}

double chosenLength(RehearsalUiState& st, std::string& error) {
    if (st.lengthChoice >= 0 && st.lengthChoice < 4) return kPresetTakeSeconds[st.lengthChoice];
    double s = 0;
    if (!parseTakeLength(st.customLength, s, error)) return 0;
    return s;
}

bool startRehearsal(AppState& app, Platform& platform, std::string& error) {
    RehearsalUiState& st = app.rehearsalUi;
    if (st.role.timer.isActive()) {
        error = "finish the role-play answer first";
        return false;
    }
    double len = chosenLength(st, error);
    bool spoken = st.speakAloud && speechInputAvailable(app);
    if (len <= 0 || !beginSession(app, platform, st.take, len, spoken, "", error)) {
        app.sayError("The take did not start: " + error, platform.now());
        return false;
    }
    // A typed take: the caret is in the box from the first second.
    if (!spoken) focusEditor(app.editorUi, "rehearsal/take");
    return true;
}

void stopRehearsal(AppState& app, Platform& platform) {
    RehearsalUiState& st = app.rehearsalUi;
    syncRehearsalClock(app, platform);
    if (st.take.timer.stop()) endSession(app, platform, st.take);
}

void finishRehearsal(AppState& app, Platform& platform) {
    RehearsalUiState& st = app.rehearsalUi;
    syncRehearsalClock(app, platform);
    if (st.take.timer.finish()) endSession(app, platform, st.take);
}

// "Use my ask": the sentence composed on the ask's worksheet (askWorksheet).
bool useMyAsk(AppState& app, Platform& platform) {
    RehearsalUiState& st = app.rehearsalUi;
    const WorksheetDef* def = askWorksheet(app.catalog);
    if (!def) {
        st.askNote = "No worksheet puts an invitation together, so there is no ask to bring in.";
        return false;
    }
    std::string ask = composeAsk(*def, app.doc.workbook());
    const std::string page = "\"" + pageName(app.catalog, *def) + "\"";  // as the sidebar names it
    bool anyAnswer = false;
    auto it = app.doc.workbook().answers.find(def->id);
    if (it != app.doc.workbook().answers.end())
        for (const auto& kv : it->second) anyAnswer = anyAnswer || !kv.second.is_null();
    if (isBlank(ask) || !anyAnswer) {
        st.askNote = page + " is still empty. Fill it in first, and its sentence will appear here.";
        return false;
    }
    std::string script = scriptOf(app.doc.workbook());
    std::string next = isBlank(script) ? ask : script + (script.back() == '\n' ? "" : "\n") + ask;
    runCommand(app, platform.now(), cmd::setAnswer(kRehearsalSheet, kRehearsalScriptField, boost::json::string(next)));
    st.scriptBuffer = scriptOf(app.doc.workbook());
    st.askNote = ask.find("\xE2\x80\xA6") != std::string::npos
                     ? "Added your ask. The … marks a part of " + page + " that is still blank."
                     : "Added the ask you built on " + page + ".";
    return true;
}

void drawScriptEditor(AppState& app, Platform& platform) {
    RehearsalUiState& st = app.rehearsalUi;
    const std::string stored = scriptOf(app.doc.workbook());
    // The workbook is the one home of the script: every edit lands there at
    // once, so undo, another view or --ui show up here the same frame.
    st.scriptBuffer = stored;

    const ScoreResult* score = cachedScore(app, st.scriptBuffer);
    auto scriptColumn = [&] {
        ImGui::TextUnformatted("Your script");
        // Scored as you type: helpful words straight-underlined, words that
        // may land badly wavy; the pointer on them says why.
        std::vector<EditorSpan> spans =
            score ? scoreSpans(st.scriptBuffer, score->findings) : std::vector<EditorSpan>();
        EditorResult r = takeBox(app, "rehearsal/script", st.scriptBuffer, 5, 12,
                                 "Write the few sentences you would like to say, in your own voice.", &spans);
        if (r.changed) {
            if (r.newUndoStep) app.doc.endUndoStep();
            runCommand(app, platform.now(),
                       cmd::setAnswer(kRehearsalSheet, kRehearsalScriptField, boost::json::string(st.scriptBuffer)));
        }
        st.scriptEditing = r.active;
        if (ImGui::Button("Use my ask")) useMyAsk(app, platform);
        app.uiMap.addLastItem("button/rehearsal/use_my_ask", "button", "Use my ask");
        if (const WorksheetDef* def = askWorksheet(app.catalog); def && ImGui::IsItemHovered())
            ImGui::SetTooltip("Add the sentence you put together on \"%s\".", pageName(app.catalog, *def).c_str());
        if (!st.askNote.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", st.askNote.c_str());
        }
        ImGui::Spacing();
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled(isBlank(st.scriptBuffer)
                                ? "As you type, words that open a door are underlined straight and words that may "
                                  "land as blame get a wavy line."
                                : "Rest the pointer on an underlined word to see why.");
        ImGui::PopTextWrapPos();
    };
    auto scoreColumn = [&] {
        if (!st.scores.error.empty()) {
            ImGui::PushTextWrapPos(0);
            ImGui::TextColored(themeColor(Tone::Error), "The phrasing score is unavailable: %s",
                               st.scores.error.c_str());
            ImGui::PopTextWrapPos();
        } else if (score) {
            drawScoreBadge(*score, "script_badge");
            ImGui::BeginChild("##script_findings", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 11.5f), false);
            drawFindingsList(score->findings, "script_findings", &app);
            ImGui::EndChild();
        } else {
            ImGui::TextDisabled("The score appears as you write.");
        }
    };
    sideBySide("##script_cols", 3.0f, 2.0f, 12.0f, scriptColumn, scoreColumn);
}

void drawTakeSetup(AppState& app, Platform& platform) {
    RehearsalUiState& st = app.rehearsalUi;
    drawHeading("Timed rehearsal");
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("Say it against a gentle clock. A cue for each part of the invitation keeps you on track.");
    ImGui::PopTextWrapPos();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Length");
    for (int i = 0; i < 5; ++i) {
        ImGui::SameLine();
        ImGui::PushID(kLengthLabels[i]);
        ImGui::RadioButton(kLengthLabels[i], &st.lengthChoice, i);
        ImGui::PopID();
    }
    if (st.lengthChoice == 4) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
        ImGui::InputText("##custom_length", &st.customLength);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Seconds (75), minutes and seconds (1:15), or 2m. 10 s to 10 min.");
        // A bare number is seconds: say so beside it ("1:15" and "2m" say it themselves).
        const std::string& c = st.customLength;
        if (!c.empty() && c.find_first_not_of("0123456789 ") == std::string::npos) {
            ImGui::SameLine();
            ImGui::TextDisabled("seconds");
        }
    }
    std::string lenError;
    double len = chosenLength(st, lenError);
    if (!lenError.empty()) ImGui::TextColored(themeColor(Tone::Error), "%s", lenError.c_str());

    ImGui::Checkbox("Show my script during the take", &st.showScriptDuringTake);
    ImGui::SameLine();
    drawSayItAloud(app);

    ImGui::BeginDisabled(len <= 0);
    const bool start = ImGui::Button("Start  3-2-1", ImVec2(ImGui::GetFontSize() * 9, 0));
    app.uiMap.addLastItem("button/rehearsal/start", "button", "Start  3-2-1");
    if (start) {
        std::string error;
        startRehearsal(app, platform, error);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::TextDisabled("F9 pauses, Esc stops.");

    if (len > 0 && ImGui::TreeNode("##parts", "The five parts in %s", formatSeconds(len).c_str())) {
        RehearsalTimer preview([] { return 0.0; });
        std::string e;
        preview.setLength(len, e);
        // The names start past the widest time range, counted from where the
        // list starts (the page column and the tree indent it).
        auto range = [&](int i) {
            return formatSeconds(preview.phaseStart(i)) + "–" + formatSeconds(preview.phaseEnd(i));
        };
        float timesW = 0;
        for (int i = 0; i < int(preview.phases().size()); ++i)
            timesW = std::max(timesW, ImGui::CalcTextSize(range(i).c_str()).x);
        const float nameX = ImGui::GetCursorPosX() + timesW + ImGui::GetFontSize();
        for (int i = 0; i < int(preview.phases().size()); ++i) {
            const auto& p = preview.phases()[size_t(i)];
            ImGui::PushID(p.id.c_str());
            ImGui::TextDisabled("%s", range(i).c_str());
            ImGui::SameLine(nameX);
            ImGui::TextUnformatted(p.title.c_str());
            ImGui::PopID();
        }
        ImGui::TreePop();
    }
}

// The progress bar split into the phases, with the remaining time beside it.
void drawPhaseBar(const RehearsalTimer& t) {
    std::string left = formatSeconds(t.remaining()) + " left";
    ImGui::SetWindowFontScale(1.3f);
    float textW = ImGui::CalcTextSize(left.c_str()).x;
    ImGui::SetWindowFontScale(1.0f);
    float barW = std::max(100.0f, ImGui::GetContentRegionAvail().x - textW - ImGui::GetStyle().ItemSpacing.x * 2);
    ImGui::ProgressBar(float(t.progress()), ImVec2(barW, ImGui::GetFrameHeight()), "");
    ImVec2 mn = ImGui::GetItemRectMin(), mx = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 1; i < int(t.phases().size()); ++i) {
        float x = mn.x + float(t.phaseStart(i) / t.length()) * (mx.x - mn.x);
        dl->AddLine(ImVec2(x, mn.y), ImVec2(x, mx.y), ImGui::GetColorU32(ImGuiCol_WindowBg), 2.0f);
    }
    ImGui::SameLine();
    ImGui::SetWindowFontScale(1.3f);
    ImGui::TextUnformatted(left.c_str());
    ImGui::SetWindowFontScale(1.0f);
}

void drawTakeInProgress(AppState& app, Platform& platform) {
    RehearsalUiState& st = app.rehearsalUi;
    TakeSession& s = st.take;
    RehearsalTimer& t = s.timer;
    const bool counting = t.state() == TimerState::Countdown || (t.isPaused() && t.countdownNumber() > 0);
    // A script that speaks of fear of the partner: the take shows the
    // safety card's sentence instead of the cues of an invitation.
    std::string safety;  // the card's sentence for this script, "" when it is not in the safety band
    if (const ScoreResult* r = cachedScore(app, scriptOf(app.doc.workbook())); r && r->safety)
        for (const ScoreFinding& f : r->findings)
            if (f.kind == "safety" && safety.empty()) safety = f.message;

    pageTopGap(app.uiScale);  // where the page's heading was before the take
    drawHeading(t.isPaused() ? "Paused: take a breath" : counting ? "Get ready" : "Rehearsing");
    if (counting) {
        ImGui::Spacing();
        // The bold font scaled less blurs less than the body font scaled more.
        {
            HeadingFont face;
            ImGui::SetWindowFontScale(face.pushed() ? 3.0f : 4.0f);
            std::string n = std::to_string(std::max(1, t.countdownNumber()));
            float w = ImGui::CalcTextSize(n.c_str()).x;
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - w) * 0.5f);
            ImGui::TextUnformatted(n.c_str());
            ImGui::SetWindowFontScale(1.0f);
        }
        const auto& first = t.phases().front();
        ImGui::PushTextWrapPos(0);
        if (safety.empty()) ImGui::TextDisabled("First: %s. %s", first.title.c_str(), first.cue.c_str());
        ImGui::PopTextWrapPos();
    } else if (!safety.empty()) {
        // Cues that coach an invitation would be the wrong voice here.
        ImGui::PushTextWrapPos(0);
        ImGui::Spacing();
        ImGui::TextUnformatted(safety.c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::Button("Open the safety card")) openSafetyCard(app);
        app.uiMap.addLastItem("button/rehearsal/safety_card", "button", "Open the safety card");
        ImGui::Spacing();
        drawPhaseBar(t);
    } else {
        const auto& p = t.phase();
        ImGui::TextDisabled("Part %d of %d  ·  %s  ·  %s left in this part", t.phaseIndex() + 1, int(t.phases().size()),
                            p.title.c_str(), formatSeconds(t.phaseRemaining()).c_str());
        ImGui::PushTextWrapPos(0);
        ImGui::Spacing();
        ImGui::SetWindowFontScale(1.5f);
        ImGui::TextUnformatted(p.cue.c_str());
        ImGui::SetWindowFontScale(1.0f);
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        drawPhaseBar(t);
        if (t.phaseIndex() + 1 < int(t.phases().size()))
            ImGui::TextDisabled("Next: %s", t.phases()[size_t(t.phaseIndex() + 1)].title.c_str());
    }
    ImGui::Spacing();
    if (ImGui::Button(t.isPaused() ? "Resume (F9)" : "Pause (F9)")) t.togglePause();
    app.uiMap.addLastItem("button/rehearsal/pause", "button", t.isPaused() ? "Resume (F9)" : "Pause (F9)");
    ImGui::SameLine();
    if (ImGui::Button("Stop (Esc)")) stopRehearsal(app, platform);
    app.uiMap.addLastItem("button/rehearsal/stop", "button", "Stop (Esc)");
    ImGui::SameLine();
    ImGui::BeginDisabled(counting);
    if (ImGui::Button(kFinishTakeLabel)) finishRehearsal(app, platform);
    app.uiMap.addLastItem("button/rehearsal/done", "button", kFinishTakeLabel);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::Checkbox("Show script", &st.showScriptDuringTake);
    columnSeparator();

    if (ImGui::BeginTable("##take_cols", st.showScriptDuringTake ? 2 : 1, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        if (s.listening) {
            drawHeardSoFar(app, 7);
        } else {
            ImGui::TextUnformatted("Type what you would say");
            // Wrapped in its column: a narrow window clipped it mid-word.
            ImGui::PushTextWrapPos(0);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("(Space types a space here; F9 pauses)");
            ImGui::PopStyleColor();
            ImGui::PopTextWrapPos();
            if (app.pageOpened) focusEditor(app.editorUi, "rehearsal/take");  // back mid-take: the keyboard too
            const EditorResult r = takeBox(app, "rehearsal/take", s.typed, 6, 12, "", nullptr);
            if (r.changed) t.beginNow();  // typing during "Get ready" starts the clock
        }
        if (st.showScriptDuringTake) {
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted("Your script");
            ImGui::BeginChild("##take_script", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 7), true);
            std::string script = scriptOf(app.doc.workbook());
            ImGui::PushTextWrapPos(0);
            if (isBlank(script))
                ImGui::TextDisabled("No script yet: this take is from the heart.");
            else
                ImGui::TextUnformatted(script.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndChild();
        }
        ImGui::EndTable();
    }
    if (!st.showScriptDuringTake) ImGui::TextDisabled("Script hidden: practising from memory.");
}

}  // namespace

void drawRehearsalView(AppState& app, Platform& platform) {
    RehearsalUiState& st = app.rehearsalUi;
    syncRehearsalClock(app, platform);
    ImGui::PushID("rehearsal");
    TakeSession& s = st.take;

    if (s.timer.isActive()) takeKeys(app, s.timer, [&] { stopRehearsal(app, platform); });

    if (s.timer.isActive()) {
        drawTakeInProgress(app, platform);
        ImGui::PopID();
        return;
    }
    drawPageHeading(app, practicePageName("rehearsal"));  // the sidebar's name (core)
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("Write it, see how it might land, then practise saying it. Nothing here leaves this computer.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (s.over) {
        // A spoken take has its pace, fillers and recording under the words,
        // and a warning or two over them (the buttons are under the box).
        float lines = s.heard.metrics.empty() ? 11.2f : 14.6f;
        if (const auto* w = s.heard.metrics.if_contains("warnings"); w && w->is_array())
            lines += 2.0f * float(w->as_array().size());
        if (speech::wordsUntrustedIn(s.heard.metrics)) lines += 1.2f;
        ImGui::BeginChild("##review", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * lines), true);
        if (ImGui::IsWindowAppearing()) ImGui::SetScrollY(0);  // a new take's review starts at its top
        drawTakeReview(app, platform, s);
        ImGui::EndChild();
        drawTakeReviewActions(app, platform, s);
        ImGui::Spacing();
    }
    drawScriptEditor(app, platform);
    columnSeparator();
    drawTakeSetup(app, platform);
    ImGui::Spacing();
    drawSpeechPanel(app, platform);
    ImGui::PopID();
}

// [SECTION] tick and --ui actions

void tickRehearsal(AppState& app, Platform& platform) {
    RehearsalUiState& st = app.rehearsalUi;
    syncRehearsalClock(app, platform);
    tickSession(app, platform, st.take);
}

namespace {

bool parseSeconds(const std::string& v, double& out) {
    char* end = nullptr;
    out = std::strtod(v.c_str(), &end);
    return !v.empty() && end && *end == '\0' && std::isfinite(out) && out >= 0;
}

}  // namespace

bool rehearsalUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    RehearsalUiState& st = app.rehearsalUi;
    const bool mine = action.rfind("rehearsal.", 0) == 0 || action.rfind("takes.", 0) == 0;
    if (!mine) return false;
    syncRehearsalClock(app, platform);
    size_t eq = action.find('=');
    std::string key = action.substr(0, eq);
    std::string value = eq == std::string::npos ? "" : action.substr(eq + 1);
    bool hasValue = eq != std::string::npos;
    auto needValue = [&] {
        if (!hasValue) error = "'" + key + "' needs a value: " + key + "=...";
        return hasValue;
    };

    if (key == "rehearsal.script") {
        if (!needValue()) return true;
        runCommand(app, platform.now(),
                   cmd::setAnswer(kRehearsalSheet, kRehearsalScriptField, boost::json::string(value)));
        st.scriptBuffer = scriptOf(app.doc.workbook());
    } else if (key == "rehearsal.use-ask") {
        if (!useMyAsk(app, platform)) error = st.askNote;
    } else if (key == "rehearsal.length") {
        if (!needValue()) return true;
        double s = 0;
        if (!parseTakeLength(value, s, error)) return true;
        auto preset = std::find(std::begin(kPresetTakeSeconds), std::end(kPresetTakeSeconds), s);
        if (preset != std::end(kPresetTakeSeconds)) {
            st.lengthChoice = int(preset - std::begin(kPresetTakeSeconds));
        } else {
            st.lengthChoice = 4;
            st.customLength = value;
        }
    } else if (key == "rehearsal.start") {
        app.nav = {View::Rehearsal, {}};
        startRehearsal(app, platform, error);
    } else if (key == "rehearsal.elapsed") {
        if (!needValue()) return true;
        double s = 0;
        if (!parseSeconds(value, s)) {
            error = "'" + value + "' is not a number of seconds";
            return true;
        }
        TakeSession* session = st.take.timer.isActive() ? &st.take : st.role.timer.isActive() ? &st.role : nullptr;
        if (!session) {
            error = "no take is running: use rehearsal.start or roleplay.start first";
            return true;
        }
        session->timer.skipAhead(s);
        tickSession(app, platform, *session);
    } else if (key == "rehearsal.typed") {
        if (!needValue()) return true;
        st.take.typed = value;
    } else if (key == "rehearsal.pause" || key == "rehearsal.resume") {
        bool ok = key == "rehearsal.pause" ? st.take.timer.pause() : st.take.timer.resume();
        if (!ok) error = "no take to " + key.substr(10);
    } else if (key == "rehearsal.stop") {
        if (!st.take.timer.isActive())
            error = "no take is running";
        else
            stopRehearsal(app, platform);
    } else if (key == "rehearsal.finish") {
        if (!st.take.timer.isActive())
            error = "no take is running";
        else if (st.take.timer.state() == TimerState::Countdown)
            st.take.timer.skipAhead(0);
        if (error.empty()) {
            st.take.timer.update();
            finishRehearsal(app, platform);
        }
    } else if (key == "rehearsal.aloud") {
        if (!needValue()) return true;
        if (value != "on" && value != "off") {
            error = "rehearsal.aloud is on or off";
            return true;
        }
        // As the checkbox: only with a microphone to listen with.
        if (value == "on" && !speechInputAvailable(app)) {
            error = "there is no microphone to say it aloud to";
            return true;
        }
        st.speakAloud = value == "on";
    } else if (key == "rehearsal.hide-script" || key == "rehearsal.show-script") {
        st.showScriptDuringTake = key == "rehearsal.show-script";
    } else if (key == "takes.expand") {
        if (!needValue()) return true;
        st.expandedTake = value;
        app.nav = {View::Takes, {}};
    } else {
        error = "unknown rehearsal action '" + key + "'";
    }
    return true;
}

}  // namespace doorway
