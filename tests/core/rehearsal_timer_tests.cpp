// The rehearsal timer as a state machine over a fake clock.
#include "core/rehearsal_timer.hpp"

#include <catch2/catch.hpp>

#include <limits>
#include <memory>

using namespace doorway;

namespace {

struct FakeClock {
    std::shared_ptr<double> t = std::make_shared<double>(100.0);
    MonotonicClock fn() const {
        auto p = t;
        return [p] { return *p; };
    }
    void advance(double s) { *t += s; }
};

RehearsalTimer makeTimer(FakeClock& clock, double length) {
    RehearsalTimer timer(clock.fn());
    std::string error;
    REQUIRE(timer.setLength(length, error));
    return timer;
}

}  // namespace

TEST_CASE("timer starts idle and counts down 3-2-1 before running", "[timer]") {
    FakeClock clock;
    RehearsalTimer timer = makeTimer(clock, 60);
    CHECK(timer.state() == TimerState::Idle);
    CHECK(timer.elapsed() == 0);
    CHECK(timer.countdownNumber() == 0);

    REQUIRE(timer.start());
    CHECK(timer.state() == TimerState::Countdown);
    CHECK(timer.countdownNumber() == 3);
    clock.advance(0.5);
    CHECK(timer.update() == TimerEvent::None);
    CHECK(timer.countdownNumber() == 3);
    clock.advance(0.6);  // 1.1 s in
    CHECK(timer.countdownNumber() == 2);
    clock.advance(1.0);  // 2.1 s in
    CHECK(timer.countdownNumber() == 1);
    CHECK(timer.elapsed() == 0);  // the countdown is not part of the take
    CHECK(timer.update() == TimerEvent::None);
    CHECK(timer.state() == TimerState::Countdown);
    clock.advance(1.0);  // 3.1 s in: running for 0.1 s
    CHECK(timer.update() == TimerEvent::Started);
    CHECK(timer.state() == TimerState::Running);
    CHECK(timer.countdownNumber() == 0);
    CHECK(timer.elapsed() == Approx(0.1));
    CHECK_FALSE(timer.start());  // already active
}

TEST_CASE("timer with no countdown runs at once", "[timer]") {
    FakeClock clock;
    RehearsalTimer timer = makeTimer(clock, 30);
    timer.setCountdown(0);
    REQUIRE(timer.start());
    CHECK(timer.state() == TimerState::Running);
    clock.advance(5);
    CHECK(timer.elapsed() == Approx(5));
    CHECK(timer.remaining() == Approx(25));
    CHECK(timer.progress() == Approx(5.0 / 30));
}

TEST_CASE("phases change at their share of the length", "[timer]") {
    FakeClock clock;
    RehearsalTimer timer = makeTimer(clock, 100);
    timer.setCountdown(0);
    const auto& phases = timer.phases();
    REQUIRE(phases.size() == 5);
    CHECK(phases[0].id == "feel");
    CHECK(phases[4].id == "question");
    // Boundaries follow the shares and cover the whole length.
    double total = 0;
    for (const auto& p : phases) total += p.share;
    double boundary = 100 * phases[0].share / total;
    CHECK(timer.phaseStart(0) == 0);
    CHECK(timer.phaseEnd(0) == Approx(boundary));
    CHECK(timer.phaseEnd(4) == 100);

    timer.start();
    CHECK(timer.phaseIndex() == 0);
    clock.advance(boundary - 0.5);
    CHECK(timer.update() == TimerEvent::None);
    CHECK(timer.phaseIndex() == 0);
    CHECK(timer.phaseRemaining() == Approx(0.5));
    clock.advance(1.0);
    CHECK(timer.update() == TimerEvent::PhaseChanged);
    CHECK(timer.phaseIndex() == 1);
    CHECK(timer.phase().id == "pattern");
    CHECK(timer.update() == TimerEvent::None);  // reported once

    // Walk every phase in order.
    int last = 1;
    for (int step = 0; step < 100; ++step) {
        clock.advance(0.9);
        if (timer.update() == TimerEvent::TimedOut) break;
        CHECK(timer.phaseIndex() >= last);
        last = timer.phaseIndex();
    }
    CHECK(last == 4);
    CHECK(timer.state() == TimerState::Finished);
}

TEST_CASE("custom phases split the time by share", "[timer]") {
    FakeClock clock;
    RehearsalTimer timer = makeTimer(clock, 40);
    std::string error;
    REQUIRE(timer.setPhases({{"a", "A", "cue a", 1}, {"b", "B", "cue b", 3}}, error));
    CHECK(timer.phaseEnd(0) == Approx(10));
    timer.setCountdown(0);
    timer.start();
    clock.advance(9.9);
    timer.update();
    CHECK(timer.phase().id == "a");
    clock.advance(0.2);
    timer.update();
    CHECK(timer.phase().id == "b");

    RehearsalTimer other = makeTimer(clock, 40);
    CHECK_FALSE(other.setPhases({}, error));
    CHECK_FALSE(other.setPhases({{"x", "X", "", 0}}, error));
    CHECK(error.find("'x'") != std::string::npos);
}

TEST_CASE("pause freezes time and resume continues", "[timer]") {
    FakeClock clock;
    RehearsalTimer timer = makeTimer(clock, 60);
    timer.setCountdown(0);
    timer.start();
    clock.advance(10);
    REQUIRE(timer.pause());
    CHECK(timer.state() == TimerState::Paused);
    CHECK(timer.elapsed() == Approx(10));
    clock.advance(500);  // a long pause must not time the take out
    CHECK(timer.update() == TimerEvent::None);
    CHECK(timer.state() == TimerState::Paused);
    CHECK(timer.elapsed() == Approx(10));
    CHECK(timer.remaining() == Approx(50));
    CHECK_FALSE(timer.pause());

    REQUIRE(timer.resume());
    CHECK(timer.state() == TimerState::Running);
    clock.advance(5);
    CHECK(timer.elapsed() == Approx(15));
    CHECK_FALSE(timer.resume());

    // togglePause goes both ways.
    REQUIRE(timer.togglePause());
    CHECK(timer.isPaused());
    clock.advance(3);
    REQUIRE(timer.togglePause());
    CHECK(timer.state() == TimerState::Running);
    CHECK(timer.elapsed() == Approx(15));
}

TEST_CASE("pausing during the countdown holds the countdown", "[timer]") {
    FakeClock clock;
    RehearsalTimer timer = makeTimer(clock, 30);
    timer.start();
    clock.advance(1.5);
    REQUIRE(timer.pause());
    CHECK(timer.countdownNumber() == 2);
    clock.advance(60);
    timer.update();
    CHECK(timer.state() == TimerState::Paused);
    CHECK(timer.countdownNumber() == 2);
    timer.resume();
    CHECK(timer.state() == TimerState::Countdown);
    clock.advance(1.6);
    CHECK(timer.update() == TimerEvent::Started);
    CHECK(timer.elapsed() == Approx(0.1));
}

TEST_CASE("the take finishes at time-out with elapsed equal to the length", "[timer]") {
    FakeClock clock;
    RehearsalTimer timer = makeTimer(clock, 30);
    timer.start();
    clock.advance(3);
    timer.update();
    clock.advance(29.9);
    CHECK(timer.update() != TimerEvent::TimedOut);
    CHECK(timer.state() == TimerState::Running);
    clock.advance(5);  // the frame came late: still exactly the length
    CHECK(timer.update() == TimerEvent::TimedOut);
    CHECK(timer.state() == TimerState::Finished);
    CHECK(timer.elapsed() == 30);
    CHECK(timer.remaining() == 0);
    CHECK(timer.progress() == 1);
    CHECK(timer.phaseIndex() == int(timer.phases().size()) - 1);
    CHECK(timer.update() == TimerEvent::None);  // reported once
    clock.advance(100);
    CHECK(timer.elapsed() == 30);
    CHECK_FALSE(timer.pause());
    // A new take can start from Finished.
    CHECK(timer.start());
    CHECK(timer.state() == TimerState::Countdown);
    CHECK(timer.elapsed() == 0);
}

TEST_CASE("stop ends the take early and keeps the elapsed time", "[timer]") {
    FakeClock clock;
    RehearsalTimer timer = makeTimer(clock, 90);
    timer.setCountdown(0);
    CHECK_FALSE(timer.stop());  // nothing to stop
    timer.start();
    clock.advance(12);
    REQUIRE(timer.stop());
    CHECK(timer.state() == TimerState::Stopped);
    CHECK(timer.elapsed() == Approx(12));
    clock.advance(50);
    CHECK(timer.update() == TimerEvent::None);
    CHECK(timer.elapsed() == Approx(12));

    // Stop while paused keeps the paused time; stop during the countdown is 0.
    timer.start();
    clock.advance(7);
    timer.pause();
    clock.advance(20);
    REQUIRE(timer.stop());
    CHECK(timer.elapsed() == Approx(7));
    timer.setCountdown(3);
    timer.start();
    clock.advance(1);
    REQUIRE(timer.stop());
    CHECK(timer.elapsed() == 0);
}

TEST_CASE("finish ends a running take early as finished", "[timer]") {
    FakeClock clock;
    RehearsalTimer timer = makeTimer(clock, 60);
    timer.start();
    CHECK_FALSE(timer.finish());  // still counting down
    clock.advance(3);
    timer.update();
    clock.advance(20);
    REQUIRE(timer.finish());
    CHECK(timer.state() == TimerState::Finished);
    CHECK(timer.elapsed() == Approx(20));
}

TEST_CASE("skipAhead pretends time passed, past the countdown, clamped", "[timer]") {
    FakeClock clock;
    RehearsalTimer timer = makeTimer(clock, 60);
    timer.start();
    timer.skipAhead(20);
    CHECK(timer.state() == TimerState::Running);
    CHECK(timer.elapsed() == Approx(20));
    CHECK(timer.update() == TimerEvent::PhaseChanged);  // 20 s of 60 is past the first phase
    timer.skipAhead(100);
    CHECK(timer.update() == TimerEvent::TimedOut);
    CHECK(timer.elapsed() == 60);
    timer.skipAhead(-5);  // ignored
    CHECK(timer.elapsed() == 60);
}

TEST_CASE("length can only change between takes", "[timer]") {
    FakeClock clock;
    RehearsalTimer timer = makeTimer(clock, 60);
    std::string error;
    timer.start();
    CHECK_FALSE(timer.setLength(30, error));
    CHECK(error.find("during a take") != std::string::npos);
    timer.stop();
    CHECK(timer.setLength(30, error));
    CHECK(timer.length() == 30);
}

TEST_CASE("custom length validation", "[timer]") {
    double s = 0;
    std::string error;
    CHECK(parseTakeLength("45", s, error));
    CHECK(s == 45);
    CHECK(parseTakeLength(" 1:30 ", s, error));
    CHECK(s == 90);
    CHECK(parseTakeLength("2m", s, error));
    CHECK(s == 120);
    CHECK(parseTakeLength("2 min", s, error));
    CHECK(s == 120);
    CHECK(parseTakeLength("1m15s", s, error));
    CHECK(s == 75);
    CHECK(parseTakeLength("75s", s, error));
    CHECK(s == 75);
    CHECK(parseTakeLength("10", s, error));
    CHECK(parseTakeLength("10:00", s, error));
    CHECK(s == 600);

    s = -1;
    for (const char* bad :
         {"", "abc", "0", "5", "601", "11:00", "1:5", "1:75", "-30", "30x", "1.2.3", ".", "1::30", "m"}) {
        error.clear();
        CHECK_FALSE(parseTakeLength(bad, s, error));
        CHECK_FALSE(error.empty());
    }
    CHECK(s == -1);  // untouched on failure

    CHECK(validTakeLength(30, error));
    CHECK_FALSE(validTakeLength(9.9, error));
    CHECK_FALSE(validTakeLength(std::numeric_limits<double>::quiet_NaN(), error));
    RehearsalTimer timer;
    CHECK_FALSE(timer.setLength(3, error));
    CHECK(timer.length() == 60);
}

TEST_CASE("a take begun during the countdown runs from then, and only a countdown is cut short", "[timer]") {
    FakeClock clock;
    RehearsalTimer timer = makeTimer(clock, 30);
    REQUIRE(timer.start());
    clock.advance(1.2);  // "2" showing: the person starts typing
    CHECK(timer.beginNow());
    CHECK(timer.state() == TimerState::Running);
    CHECK(timer.countdownNumber() == 0);
    clock.advance(9.0);  // nine seconds of writing
    timer.update();
    CHECK(timer.elapsed() == Approx(9.0));  // all of it counted, none of the countdown
    CHECK_FALSE(timer.beginNow());          // already running: nothing changes
    CHECK(timer.elapsed() == Approx(9.0));
    // Paused during the countdown, then typing: running time starts, still paused.
    RehearsalTimer paused = makeTimer(clock, 30);
    REQUIRE(paused.start());
    REQUIRE(paused.pause());
    CHECK(paused.beginNow());
    CHECK(paused.isPaused());
    CHECK(paused.countdownNumber() == 0);
    REQUIRE(paused.resume());
    CHECK(paused.state() == TimerState::Running);
}
