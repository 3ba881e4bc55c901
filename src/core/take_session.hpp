#pragma once
// One timed take from its 3-2-1 to the saved Take: the timer, what was typed
// or heard, the score, and what "over", "saved" and "spoken" mean. The UI
// starts it, hands over what the microphone heard, draws it and adds the
// Take with cmd::addTake; every decision in between is made here, where the
// tests reach it without a window or a microphone.
#include "core/rehearsal_timer.hpp"
#include "core/score_cache.hpp"
#include "core/scorer.hpp"
#include "core/takes.hpp"

#include <boost/json.hpp>

#include <string>

namespace doorway {

// The rehearsal's take (typed or spoken) or a role-play answer.
enum class TakeKind { Rehearsal, RolePlay };

// What the microphone gave back when a spoken take stopped.
struct HeardSpeech {
    std::string text;
    boost::json::object metrics;  // wpm, fillers, pauses, warnings ... (speech/metrics)
    std::string audio;            // the recording's file name, "" when none was kept
};

struct TakeSession {
    TakeSession(TakeKind kind, MonotonicClock clock) : kind(kind), timer(std::move(clock)) {}

    TakeKind kind;
    RehearsalTimer timer;
    std::string startedIso;  // wall-clock start, for the saved take and its id
    std::string objection;   // role-play: the objection being answered
    bool spoken = false;     // this take listens to the microphone
    bool listening = false;  // the microphone started
    std::string typed;       // typed during the take (the answer box edits it)
    HeardSpeech heard;       // a spoken take, once it stopped
    // After the take: waiting for save or discard (over), or saved.
    bool over = false;
    bool saved = false;
    std::string savedTakeId;
    std::string text;    // what was said (heard, else typed), as scored
    ScoreResult result;  // its phrasing score (band empty: the scorer did not load)

    // Starts the 3-2-1 of a new take of `lengthS` seconds and forgets the
    // last one. False with `error` when a take is running or the length is
    // out of range.
    bool begin(double lengthS, bool spokenTake, const std::string& objectionId, const std::string& startedAt,
               std::string& error);
    // A spoken take whose countdown is over and that is not listening yet.
    bool wantsMicrophone() const;
    // The microphone started; when it could not, the take carries on typed
    // rather than being lost.
    void microphoneStarted(bool ok);
    // The take is over: what was said is the heard text, else the typed
    // one, scored through `scores` (cached by text).
    void finish(ScoreCache& scores, const std::string& scoringDir);
    // Nothing but blanks was said.
    bool blank() const;
    // Over, not saved yet, with words in it.
    bool canSave() const;
    // "typed", "spoken" or "roleplay": how the take is filed.
    std::string mode() const;
    // What makeTake needs; valid while this session lives.
    TakeRecord record() const;
    void markSaved(const std::string& takeId);
};

}  // namespace doorway
