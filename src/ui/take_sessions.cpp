// The window's side of a take: the microphone, the save command, the status
// line and the review. What a take is and when it is over: core/take_session.
#include "ui/take_sessions.hpp"

#include "core/clock.hpp"
#include "core/labels.hpp"
#include "ui/appearance.hpp"
#include "ui/page_column.hpp"
#include "ui/rehearsal_shared.hpp"
#include "ui/speech_panel.hpp"
#include "ui/take_widgets.hpp"

#include <imgui.h>

#include <utility>

namespace doorway {

bool beginSession(AppState& app, Platform& platform, TakeSession& s, double length, bool spoken,
                  const std::string& objection, std::string& error) {
    syncRehearsalClock(app, platform);
    if (!s.begin(length, spoken, objection, nowIso8601(), error)) return false;
    platform.animateFor(1.0);
    return true;
}

bool saveSession(AppState& app, Platform& platform, TakeSession& s) {
    if (!s.canSave()) return false;
    TakeRecord r = s.record();
    Take t = makeTake(app.doc.workbook(), r);
    size_t before = app.doc.workbook().takes.size();
    runCommandWithoutUndo(app, platform.now(), cmd::addTake(t));
    if (app.doc.workbook().takes.size() == before) return false;  // read-only: runCommand said why
    s.markSaved(t.id);
    std::string said = "Take saved. " + scoreCaption(t.score, t.band) + ".";
    if (t.mode == "roleplay") {
        // A role-play answer is told first whether it met the fear (core:
        // fearVerdict), as its page says it; the score is how it's worded.
        ensureObjections(app);
        if (const Objection* o = app.rehearsalUi.objections.find(t.objection))
            if (const std::string verdict = fearVerdict(checkAnswer(*o, t.text, rehearsalScorer(app)));
                !verdict.empty())
                said = "Answer saved. " + verdict + ".";
    }
    app.say(said, platform.now());
    return true;
}

void deleteSessionTake(AppState& app, Platform& platform, TakeSession& s) {
    if (!s.saved) return;
    runCommand(app, platform.now(), cmd::removeTakeById(s.savedTakeId));
    s.over = false;
    app.say("Take deleted. Edit > Undo brings it back.", platform.now());
}

void keepOpenTakes(AppState& app, Platform& platform) {
    syncRehearsalClock(app, platform);
    for (TakeSession* s : {&app.rehearsalUi.take, &app.rehearsalUi.role}) {
        if (s->timer.isActive() && s->timer.stop())
            endSession(app, platform, *s);
        else if (s->canSave())
            saveSession(app, platform, *s);
    }
}

void endSession(AppState& app, Platform& platform, TakeSession& s) {
    if (s.listening) {
        HeardSpeech heard;
        std::string error;
        if (speechEndTake(app, platform, heard.text, heard.metrics, heard.audio, error))
            s.heard = std::move(heard);
        else
            app.sayError("The microphone take could not be finished: " + error, platform.now());
    }
    s.finish(app.rehearsalUi.scores, scoringDir(app));
    if (s.blank()) {
        discardRecording(app, s.heard.audio);
        app.say("Nothing was said in that take, so there is nothing to save.", platform.now());
        return;
    }
    if (!app.rehearsalUi.scores.error.empty()) {
        app.sayError("The take could not be scored: " + app.rehearsalUi.scores.error, platform.now());
        return;
    }
    saveSession(app, platform, s);
}

void tickSession(AppState& app, Platform& platform, TakeSession& s) {
    if (!s.timer.isActive()) return;
    TimerEvent ev = s.timer.update();
    if (s.wantsMicrophone()) {
        std::string error;
        s.microphoneStarted(speechBeginTake(app, platform, error));
        if (!s.listening)
            app.sayError("The microphone did not start (" + error + "); type your answer instead.", platform.now());
    }
    if (ev == TimerEvent::TimedOut) {
        app.say("Time. Here is how that take read.", platform.now());
        endSession(app, platform, s);
        return;
    }
    platform.animateFor(1.0);
}

void drawTakeReview(AppState& app, Platform& platform, TakeSession& s, const std::string& wording) {
    if (!s.over) return;
    ImGui::PushID("review");
    if (s.saved)
        drawHeading("Your take (saved)");
    else
        drawHeading("Your take");
    ImGui::TextDisabled("%s of %s", formatSeconds(s.timer.elapsed()).c_str(), formatSeconds(s.timer.length()).c_str());
    if (s.blank()) {
        ImGui::TextDisabled("Nothing was said in that take, so there is nothing to save.");
    } else {
        auto text = [&] {
            ImGui::BeginChild("##review_text", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 6), true);
            drawScoredText(s.text, s.result.findings, "review_text");
            ImGui::EndChild();
        };
        auto score = [&] {
            if (s.result.band.empty()) return;
            if (wording.empty()) {
                drawScoreBadge(s.result, "review_badge");
            } else {
                ImGui::PushTextWrapPos(0);
                ImGui::TextColored(bandColor(s.result.band), "%s", wording.c_str());
                ImGui::PopTextWrapPos();
                app.uiMap.addLastItem("text/review/wording", "text", wording);
            }
            ImGui::BeginChild("##review_findings", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 4.2f), false);
            drawFindingsList(s.result.findings, "review_findings", &app);
            ImGui::EndChild();
        };
        sideBySide("##review_cols", 3.0f, 2.0f, 12.0f, text, score);
    }
    if (!s.heard.metrics.empty()) drawSpeechSummary(app, platform, s.heard.metrics, s.heard.audio);
    ImGui::PopID();
}

void drawTakeReviewActions(AppState& app, Platform& platform, TakeSession& s) {
    if (!s.over) return;
    ImGui::PushID("review");
    if (s.saved) {
        // Kept the moment it ended (README: every take is kept); letting it
        // go is the owner's deliberate step, and Edit > Undo brings it back.
        if (ImGui::Button("Delete this take")) deleteSessionTake(app, platform, s);
        app.uiMap.addLastItem("button/review/delete", "button", "Delete this take");
        ImGui::SameLine();
        if (ImGui::Button("Close")) s.over = false;
        ImGui::SameLine();
    } else if (!s.blank() && !s.result.band.empty()) {  // the save failed (read-only): try again
        if (ImGui::Button("Save this take")) saveSession(app, platform, s);
        ImGui::SameLine();
        if (ImGui::Button("Discard")) s.over = false;
        ImGui::SameLine();
    } else {
        if (ImGui::Button("Close")) s.over = false;
        ImGui::SameLine();
    }
    if (ImGui::Button("See all takes")) app.nav = {View::Takes, {}};
    ImGui::PopID();
}

void drawSayItAloud(AppState& app) {
    RehearsalUiState& st = app.rehearsalUi;
    const bool mic = speechInputAvailable(app);
    if (!mic) st.speakAloud = false;
    ImGui::BeginDisabled(!mic);
    ImGui::Checkbox(kSayItAloud, &st.speakAloud);
    ImGui::EndDisabled();
    app.uiMap.addLastItem("check/speech/aloud", "check", kSayItAloud);
    if (!mic && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("No microphone is available, so takes are typed.");
}

}  // namespace doorway
