// A take from its 3-2-1 to the record that is saved, driven through the core
// session with a clock the test turns: no window, no microphone.
#include "core/take_session.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <memory>

using namespace doorway;
using doorway::test::sourcePath;

namespace {

struct Fixture {
    std::shared_ptr<double> now = std::make_shared<double>(0.0);
    ScoreCache scores;
    std::string scoring = sourcePath("assets/scoring");
    TakeSession session(TakeKind kind) {
        return TakeSession(kind, [c = now] { return *c; });
    }
    // Through the 3-2-1 and `seconds` of the take.
    void run(TakeSession& s, double seconds) {
        *now += 3;  // the 3-2-1
        s.timer.update();
        *now += seconds;
        s.timer.update();
    }
};

}  // namespace

TEST_CASE("a typed take: begin, type, finish, and the record carries its words and score", "[takes][session]") {
    Fixture f;
    TakeSession s = f.session(TakeKind::Rehearsal);
    std::string error;
    REQUIRE(s.begin(60, false, "", "2026-12-01T20:00:00Z", error));
    CHECK(s.timer.isActive());
    CHECK_FALSE(s.wantsMicrophone());  // a typed take never asks for it
    std::string again;
    CHECK_FALSE(s.begin(60, false, "", "2026-12-01T20:00:05Z", again));  // one at a time
    CHECK(again == "a take is already running");

    f.run(s, 20);
    s.typed = "I miss our evenings. Would you try one session with me? You can say no.";
    REQUIRE(s.timer.finish());
    s.finish(f.scores, f.scoring);
    CHECK(s.over);
    CHECK(s.text == s.typed);
    CHECK(s.canSave());
    CHECK(s.mode() == "typed");
    REQUIRE_FALSE(s.result.band.empty());

    TakeRecord r = s.record();
    CHECK(r.mode == "typed");
    CHECK(r.objection.empty());
    CHECK(r.startedIso == "2026-12-01T20:00:00Z");
    CHECK(r.plannedS == 60);
    CHECK(r.elapsedS == Approx(20).margin(0.01));
    CHECK(r.text == s.typed);
    REQUIRE(r.score != nullptr);
    CHECK(r.score->score == s.result.score);

    s.markSaved("take-1");
    CHECK(s.saved);
    CHECK_FALSE(s.canSave());  // saved once, never twice
}

TEST_CASE("a spoken take asks for the microphone after the countdown and prefers what was heard", "[takes][session]") {
    Fixture f;
    TakeSession s = f.session(TakeKind::Rehearsal);
    std::string error;
    REQUIRE(s.begin(30, true, "", "2026-12-01T20:00:00Z", error));
    CHECK_FALSE(s.wantsMicrophone());  // still counting down
    f.run(s, 1);
    CHECK(s.wantsMicrophone());
    s.microphoneStarted(true);
    CHECK_FALSE(s.wantsMicrophone());
    s.typed = "typed words";
    s.heard.text = "I would like us to try something small";
    s.heard.metrics["wpm"] = 130;
    s.heard.audio = "take-1.wav";
    s.timer.finish();
    s.finish(f.scores, f.scoring);
    CHECK(s.text == s.heard.text);
    CHECK_FALSE(s.listening);
    CHECK(s.mode() == "spoken");
    TakeRecord r = s.record();
    CHECK(r.audio == "take-1.wav");
    CHECK(r.speechMetrics.at("wpm").to_number<int>() == 130);
    CHECK_FALSE(r.speechMetrics.contains("score"));  // the score is the take's own, not a metric
}

TEST_CASE("when the microphone fails the take carries on typed, and nothing heard means the typed words",
          "[takes][session]") {
    Fixture f;
    TakeSession s = f.session(TakeKind::Rehearsal);
    std::string error;
    REQUIRE(s.begin(30, true, "", "2026-12-01T20:00:00Z", error));
    f.run(s, 1);
    REQUIRE(s.wantsMicrophone());
    s.microphoneStarted(false);
    CHECK_FALSE(s.spoken);
    CHECK_FALSE(s.wantsMicrophone());  // asked once, not every frame
    s.typed = "I feel far from you lately.";
    s.timer.stop();
    s.finish(f.scores, f.scoring);
    CHECK(s.text == "I feel far from you lately.");
    CHECK(s.mode() == "typed");
}

TEST_CASE("a blank take is over but has nothing to save, and a new take forgets the last", "[takes][session]") {
    Fixture f;
    TakeSession s = f.session(TakeKind::RolePlay);
    std::string error;
    REQUIRE(s.begin(20, false, "too_expensive", "2026-12-01T20:00:00Z", error));
    f.run(s, 5);
    s.typed = "  \n ";
    s.timer.stop();
    s.finish(f.scores, f.scoring);
    CHECK(s.over);
    CHECK(s.blank());
    CHECK_FALSE(s.canSave());
    CHECK(s.result.band.empty());  // blank text is not scored

    REQUIRE(s.begin(20, false, "not_broken", "2026-12-01T20:01:00Z", error));
    CHECK_FALSE(s.over);
    CHECK(s.typed.empty());
    CHECK(s.text.empty());
    f.run(s, 3);
    s.typed = "I hear that it feels fine to you. I'd still like one session, and you can stop after it.";
    s.timer.finish();
    s.finish(f.scores, f.scoring);
    TakeRecord r = s.record();
    CHECK(r.mode == "roleplay");
    CHECK(r.objection == "not_broken");
}

TEST_CASE("a length out of range does not start a take", "[takes][session]") {
    Fixture f;
    TakeSession s = f.session(TakeKind::Rehearsal);
    std::string error;
    CHECK_FALSE(s.begin(kMaxTakeSeconds + 1, false, "", "2026-12-01T20:00:00Z", error));
    CHECK_FALSE(error.empty());
    CHECK_FALSE(s.timer.isActive());
}
