// Role-play: one of the partner's likely objections, a short timed answer,
// and feedback on whether the answer met the fear behind it (plus the
// phrasing score). Each answer is saved as a take with mode "roleplay".
#include "ui/roleplay_view.hpp"
#include "core/worksheet.hpp"
#include "ui/text_fit.hpp"

#include "ui/appearance.hpp"
#include "ui/keys.hpp"
#include "ui/page_column.hpp"
#include "ui/rehearsal_shared.hpp"
#include "ui/speech_panel.hpp"
#include "ui/take_sessions.hpp"
#include "ui/take_widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace doorway {

namespace {

constexpr int kRoleLengths[] = {20, 30, 45, 60};

const Objection* currentObjection(AppState& app) {
    ensureObjections(app);
    RehearsalUiState& st = app.rehearsalUi;
    const Objection* o = st.objections.find(st.objectionId);
    if (!o && !st.objections.empty()) {
        st.objectionId = st.objections.objections().front().id;
        o = &st.objections.objections().front();
    }
    return o;
}

void updateCheck(AppState& app, const Objection& o) {
    RehearsalUiState& st = app.rehearsalUi;
    if (!st.role.over) return;
    std::string key = o.id + '\n' + st.role.text;
    if (key == st.roleCheckKey) return;
    st.roleCheck = checkAnswer(o, st.role.text, rehearsalScorer(app));  // its risks name any jab
    st.roleCheckKey = key;
}

bool startRolePlay(AppState& app, Platform& platform, std::string& error) {
    RehearsalUiState& st = app.rehearsalUi;
    const Objection* o = currentObjection(app);
    if (!o) {
        error = st.objectionsError.empty() ? "there are no objections to practise" : st.objectionsError;
        return false;
    }
    if (st.take.timer.isActive()) {
        error = "finish the rehearsal take first";
        return false;
    }
    bool spoken = st.speakAloud && speechInputAvailable(app);
    if (!beginSession(app, platform, st.role, double(st.roleLength), spoken, o->id, error)) return false;
    st.roleCheckKey.clear();
    if (!spoken) focusEditor(app.editorUi, "roleplay/answer");
    speakObjection(app, platform, o->says);
    return true;
}

void endRolePlay(AppState& app, Platform& platform, bool stopped) {
    RehearsalUiState& st = app.rehearsalUi;
    syncRehearsalClock(app, platform);
    bool ok = stopped ? st.role.timer.stop() : st.role.timer.finish();
    if (ok) endSession(app, platform, st.role);
}

void nextObjection(AppState& app) {
    RehearsalUiState& st = app.rehearsalUi;
    const auto& all = st.objections.objections();
    if (all.empty()) return;
    auto it = std::find_if(all.begin(), all.end(), [&](const Objection& o) { return o.id == st.objectionId; });
    size_t i = it == all.end() ? 0 : size_t(it - all.begin() + 1) % all.size();
    st.objectionId = all[i].id;
    st.role.over = false;
    st.showFear = false;
}

void drawObjectionCard(AppState& app, Platform& platform, const Objection& o) {
    RehearsalUiState& st = app.rehearsalUi;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, themeColor(Fill::RolePlayCard));
    ImGui::BeginChild("##objection_card", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 3.4f), true);
    ImGui::TextDisabled("Your partner says");
    ImGui::PushTextWrapPos(0);
    ImGui::SetWindowFontScale(1.5f);
    ImGui::Text("\xE2\x80\x9C%s\xE2\x80\x9D", o.says.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    if (ImGui::Button("Hear it")) speakObjection(app, platform, o.says, true);
    app.uiMap.addLastItem("button/roleplay/hear", "button", "Hear it");
    ImGui::SameLine();
    // Once the answer is checked the worry is shown whatever the box says,
    // so the box says so too (ticked, and left alone until the next turn).
    bool shown = st.showFear || st.role.over;
    ImGui::BeginDisabled(st.role.over);
    if (ImGui::Checkbox("Show the worry that may sit behind it", &shown)) st.showFear = shown;
    ImGui::EndDisabled();
    drawVoiceNote(app, platform);
    if (st.showFear || st.role.over) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("Often behind it: %s", o.fear.c_str());
        ImGui::PopTextWrapPos();
    }
}

void drawFeedback(AppState& app, Platform& platform, const Objection& o) {
    RehearsalUiState& st = app.rehearsalUi;
    updateCheck(app, o);
    // Nothing is drawn below the feedback, so it takes the rest of the pane
    // (a spoken take's pace, Play and Close need more than a typed one's);
    // on a short window it keeps 17 lines and the pane scrolls.
    const float minH = ImGui::GetTextLineHeightWithSpacing() * 17;
    ImGui::BeginChild("##feedback", ImVec2(0, std::max(minH, ImGui::GetContentRegionAvail().y)), true);
    const FearCheck& c = st.roleCheck;
    if (!st.role.text.empty()) {
        // The verdict on the fear first; the phrasing score comes second, as
        // how it is worded (core: fearVerdict, wordingLine).
        if (const std::string verdict = fearVerdict(c); !verdict.empty()) {
            ImGui::SetWindowFontScale(1.3f);
            ImGui::TextColored(themeColor(c.met ? Tone::Ok : Tone::Mixed), "%s", verdict.c_str());
            ImGui::SetWindowFontScale(1.0f);
            app.uiMap.addLastItem("text/roleplay/verdict", "text", verdict);
        }
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(c.feedback.c_str());
        ImGui::TextDisabled("What helps with this one: %s", o.addresses.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Separator();
    }
    drawTakeReview(app, platform, st.role,
                   st.role.text.empty() ? std::string() : wordingLine(c, st.role.result.score, st.role.result.band));
    drawTakeReviewActions(app, platform, st.role);
    if (!o.example.empty() && ImGui::TreeNode("##example", "One way to answer it")) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(o.example.c_str());
        ImGui::TextDisabled("Say it your own way: the words matter less than meeting the worry.");
        ImGui::PopTextWrapPos();
        ImGui::TreePop();
    }
    ImGui::EndChild();
}

// The answer being given: the countdown or the clock, the box (or what the
// microphone hears so far), and the buttons that end it.
void drawAnswerInProgress(AppState& app, Platform& platform) {
    TakeSession& s = app.rehearsalUi.role;
    RehearsalTimer& t = s.timer;
    bool counting = t.countdownNumber() > 0;
    if (counting) {
        ImGui::SetWindowFontScale(2.5f);
        ImGui::Text("%d", t.countdownNumber());
        ImGui::SetWindowFontScale(1.0f);
    } else {
        std::string overlay =
            (t.isPaused() ? std::string("Paused  ·  ") : std::string()) + formatSeconds(t.remaining()) + " left";
        ImGui::ProgressBar(float(t.progress()), ImVec2(-FLT_MIN, 0), overlay.c_str());
    }
    if (s.listening) {
        drawHeardSoFar(app);
    } else {
        ImGui::TextUnformatted("Your answer");
        ImGui::SameLine();
        ImGui::TextDisabled("(F9 pauses)");
        // Back on the page mid-answer (another page was looked at): the
        // box has the keyboard again, or the words typed went nowhere
        // and Space paused the take.
        if (app.pageOpened) focusEditor(app.editorUi, "roleplay/answer");
        const EditorResult r = takeBox(app, "roleplay/answer", s.typed, 4, 10, "", nullptr);
        // Typing before "1" is done starts the clock: the take's time
        // counts the answer being written.
        if (r.changed) t.beginNow();
    }
    if (ImGui::Button(t.isPaused() ? "Resume (F9)" : "Pause (F9)")) t.togglePause();
    ImGui::SameLine();
    if (ImGui::Button("Stop (Esc)")) endRolePlay(app, platform, true);
    ImGui::SameLine();
    ImGui::BeginDisabled(counting);
    if (ImGui::Button(kFinishTakeLabel)) endRolePlay(app, platform, false);
    app.uiMap.addLastItem("button/roleplay/done", "button", kFinishTakeLabel);
    ImGui::EndDisabled();
}

}  // namespace

void tickRolePlay(AppState& app, Platform& platform) {
    RehearsalUiState& st = app.rehearsalUi;
    tickSession(app, platform, st.role);
}

void drawRolePlayView(AppState& app, Platform& platform) {
    RehearsalUiState& st = app.rehearsalUi;
    syncRehearsalClock(app, platform);
    ImGui::PushID("roleplay");
    TakeSession& s = st.role;
    RehearsalTimer& t = s.timer;

    if (t.isActive()) takeKeys(app, t, [&] { endRolePlay(app, platform, true); });

    drawPageHeading(app, practicePageName("roleplay"));  // the sidebar's name (core)
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled(
        "When therapy comes up, these are things a partner often says. Practise answering the worry "
        "underneath, calmly and briefly.");
    ImGui::PopTextWrapPos();
    const Objection* o = currentObjection(app);
    if (!o) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(themeColor(Tone::Error), "The objections could not be loaded: %s",
                           st.objectionsError.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopID();
        return;
    }

    ImGui::BeginDisabled(t.isActive());
    const float anotherW = ImGui::CalcTextSize("Another one").x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 8,
                                     std::min(ImGui::GetFontSize() * 24, ImGui::GetContentRegionAvail().x - anotherW -
                                                                             ImGui::GetStyle().ItemSpacing.x)));
    if (ImGui::BeginCombo("##which", o->says.c_str())) {
        for (const auto& each : st.objections.objections()) {
            ImGui::PushID(each.id.c_str());
            if (comboRow(each.says.c_str(), each.id == o->id) && each.id != o->id) {
                st.objectionId = each.id;
                s.over = false;
                st.showFear = false;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    sameLineIfRoom(anotherW);
    if (ImGui::Button("Another one")) nextObjection(app);
    app.uiMap.addLastItem("button/roleplay/another", "button", "Another one");
    ImGui::EndDisabled();
    o = currentObjection(app);
    ImGui::Spacing();
    drawObjectionCard(app, platform, *o);
    ImGui::Spacing();

    if (t.isActive()) {
        drawAnswerInProgress(app, platform);
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Time to answer");
        for (int len : kRoleLengths) {
            ImGui::SameLine();
            ImGui::PushID(len);
            std::string label = std::to_string(len) + " s";
            if (ImGui::RadioButton(label.c_str(), st.roleLength == len)) st.roleLength = len;
            ImGui::PopID();
        }
        const float aloudW =
            ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(kSayItAloud).x;
        if (sameLineIfRoom(aloudW + ImGui::GetFontSize())) {
            ImGui::Dummy(ImVec2(ImGui::GetFontSize(), 0));
            ImGui::SameLine();
        }
        drawSayItAloud(app);
        const char* startLabel = s.over ? "Answer again" : "Start answering";
        const float startW = ImGui::CalcTextSize(startLabel).x + ImGui::GetStyle().FramePadding.x * 2;
        if (sameLineIfRoom(startW + ImGui::GetFontSize())) {
            ImGui::Dummy(ImVec2(ImGui::GetFontSize(), 0));
            ImGui::SameLine();
        }
        const bool start = ImGui::Button(startLabel);
        app.uiMap.addLastItem("button/roleplay/start", "button", startLabel);
        if (start) {
            std::string error;
            if (!startRolePlay(app, platform, error)) app.sayError("Role-play did not start: " + error, platform.now());
        }
        if (s.over) {
            ImGui::Spacing();
            drawFeedback(app, platform, *o);
        }
    }
    ImGui::PopID();
}

bool rolePlayUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    if (action.rfind("roleplay.", 0) != 0) return false;
    RehearsalUiState& st = app.rehearsalUi;
    syncRehearsalClock(app, platform);
    const size_t eq = action.find('=');
    const std::string key = action.substr(0, eq);
    const std::string value = eq == std::string::npos ? "" : action.substr(eq + 1);
    const bool hasValue = eq != std::string::npos;
    ensureObjections(app);
    if (key == "roleplay.objection") {
        if (!hasValue) {
            error = "'roleplay.objection' needs an id: roleplay.objection=ID";
            return true;
        }
        if (!st.objections.find(value)) {
            error = "no objection '" + value + "'";
            if (!st.objectionsError.empty())
                error += " (" + st.objectionsError + ")";
            else {
                error += "; known:";
                for (const auto& o : st.objections.objections()) error += " " + o.id;
            }
            return true;
        }
        if (st.role.timer.isActive()) {
            error = "a role-play answer is running";
            return true;
        }
        st.objectionId = value;
        st.role.over = false;
        app.nav = {View::RolePlay, {}};
    } else if (key == "roleplay.length") {
        char* end = nullptr;
        long v = std::strtol(value.c_str(), &end, 10);
        if (!hasValue || !end || *end || v < 10 || v > 300) {
            error = "roleplay.length takes whole seconds from 10 to 300";
            return true;
        }
        st.roleLength = int(v);
    } else if (key == "roleplay.start") {
        app.nav = {View::RolePlay, {}};
        startRolePlay(app, platform, error);
    } else if (key == "roleplay.answer") {
        if (!hasValue) {
            error = "'roleplay.answer' needs text: roleplay.answer=TEXT";
            return true;
        }
        st.role.typed = value;
    } else if (key == "roleplay.finish" || key == "roleplay.stop") {
        if (!st.role.timer.isActive()) {
            error = "no role-play answer is running";
            return true;
        }
        if (st.role.timer.countdownNumber() > 0) st.role.timer.skipAhead(0);
        endRolePlay(app, platform, key == "roleplay.stop");
        if (const Objection* o = currentObjection(app)) updateCheck(app, *o);
    } else if (key == "roleplay.fear") {
        st.showFear = true;
    } else {
        error = "unknown role-play action '" + key + "'";
    }
    return true;
}

}  // namespace doorway
