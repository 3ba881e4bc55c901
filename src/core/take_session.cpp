#include "core/take_session.hpp"

#include "core/text_edit.hpp"

namespace doorway {

using text::isBlank;

bool TakeSession::begin(double lengthS, bool spokenTake, const std::string& objectionId, const std::string& startedAt,
                        std::string& error) {
    if (timer.isActive()) {
        error = "a take is already running";
        return false;
    }
    if (!timer.setLength(lengthS, error)) return false;
    timer.reset();
    timer.start();
    startedIso = startedAt;
    objection = objectionId;
    spoken = spokenTake;
    listening = false;
    typed.clear();
    heard = {};
    over = false;
    saved = false;
    savedTakeId.clear();
    text.clear();
    result = {};
    return true;
}

bool TakeSession::wantsMicrophone() const {
    return spoken && !listening && timer.state() == TimerState::Running;
}

void TakeSession::microphoneStarted(bool ok) {
    listening = ok;
    if (!ok) spoken = false;
}

void TakeSession::finish(ScoreCache& scores, const std::string& scoringDir) {
    listening = false;
    text = !isBlank(heard.text) ? heard.text : typed;
    over = true;
    saved = false;
    savedTakeId.clear();
    result = {};
    const ScoreAs as = kind == TakeKind::RolePlay ? ScoreAs::Answer : ScoreAs::Invitation;
    if (const ScoreResult* r = scores.score(scoringDir, text, as)) result = *r;
}

bool TakeSession::blank() const {
    return isBlank(text);
}

bool TakeSession::canSave() const {
    return over && !saved && !blank();
}

std::string TakeSession::mode() const {
    if (kind == TakeKind::RolePlay) return "roleplay";
    return spoken || !heard.text.empty() ? "spoken" : "typed";
}

TakeRecord TakeSession::record() const {
    TakeRecord r;
    r.mode = mode();
    r.objection = kind == TakeKind::RolePlay ? objection : std::string();
    r.startedIso = startedIso;
    r.plannedS = timer.length();
    r.elapsedS = timer.elapsed();
    r.text = text;
    r.score = &result;
    r.audio = heard.audio;
    r.speechMetrics = heard.metrics;
    return r;
}

void TakeSession::markSaved(const std::string& takeId) {
    saved = true;
    savedTakeId = takeId;
}

}  // namespace doorway
