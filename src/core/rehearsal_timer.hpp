#pragma once
// The timed rehearsal: a small state machine over an injected monotonic
// clock, so the UI and the tests drive the same code.
//
//   Idle --start--> Countdown (3-2-1) --> Running <--pause/resume--> Paused
//                                           |  time-out --> Finished
//   any active state --stop--> Stopped      |  finish()  --> Finished (early)
//
// Elapsed time counts only running time: the countdown and pauses are not
// part of the take. Phases split the length by share, each with a cue.
#include "core/clock.hpp"

#include <string>
#include <vector>

namespace doorway {

enum class TimerState { Idle, Countdown, Running, Paused, Finished, Stopped };
const char* timerStateName(TimerState s);

struct RehearsalPhase {
    std::string id;
    std::string title;  // short name: "Open with how you feel"
    std::string cue;    // the calm prompt shown while this phase runs
    double share = 1;   // relative share of the length (> 0)
};

// The five parts of an invitation, in order.
const std::vector<RehearsalPhase>& defaultRehearsalPhases();

// What update() noticed since the last call (the UI reacts to these once).
enum class TimerEvent { None, Started, PhaseChanged, TimedOut };

inline constexpr double kMinTakeSeconds = 10;
inline constexpr double kMaxTakeSeconds = 600;
inline constexpr double kPresetTakeSeconds[] = {30, 60, 90, 120};

// A custom length: "45", "45s", "1:30", "2m", "1m30s". 10 s .. 10 min.
// Returns false with a sentence in `error` for anything else.
bool parseTakeLength(const std::string& text, double& seconds, std::string& error);
// Checks a length in seconds; false with `error` when out of range.
bool validTakeLength(double seconds, std::string& error);

class RehearsalTimer {
public:
    explicit RehearsalTimer(MonotonicClock clock = steadyClock());

    // Only while not active (Idle / Finished / Stopped). False + error otherwise.
    bool setLength(double seconds, std::string& error);
    // Phases must be non-empty with positive shares; false + error otherwise.
    bool setPhases(std::vector<RehearsalPhase> phases, std::string& error);
    // Seconds of 3-2-1 before the take (0 = start at once). Clamped to [0, 10].
    void setCountdown(double seconds);

    // Idle/Finished/Stopped -> Countdown (or Running with no countdown).
    // Returns false when a take is already active.
    bool start();
    bool pause();   // Countdown/Running -> Paused
    bool resume();  // Paused -> where it was
    bool togglePause();
    bool stop();    // any active state -> Stopped (the take ends early)
    bool finish();  // Running/Paused -> Finished now (done early)
    void reset();   // back to Idle, elapsed 0
    // Pretend `seconds` of running time passed (screenshots, tests).
    // Skips a pending countdown first. Clamped at the length.
    void skipAhead(double seconds);
    // The person began before the countdown ended (typed a word): the take
    // runs from now. True when a countdown was cut short.
    bool beginNow();

    // Reads the clock and moves the state on: countdown over -> Running,
    // length reached -> Finished. Call once per frame.
    TimerEvent update();

    TimerState state() const { return m_state; }
    bool isActive() const;  // Countdown, Running or Paused
    bool isPaused() const { return m_state == TimerState::Paused; }
    double length() const { return m_length; }
    double elapsed() const;    // running seconds, in [0, length]
    double remaining() const;  // length - elapsed
    double progress() const;   // elapsed / length in [0, 1]
    // 3, 2, 1 during the countdown; 0 otherwise.
    int countdownNumber() const;
    const std::vector<RehearsalPhase>& phases() const { return m_phases; }
    // Index of the phase at the current elapsed time (the last one at the end).
    int phaseIndex() const;
    const RehearsalPhase& phase() const { return m_phases[size_t(phaseIndex())]; }
    // Elapsed time at which phase `i` starts / ends.
    double phaseStart(int i) const;
    double phaseEnd(int i) const;
    double phaseRemaining() const { return phaseEnd(phaseIndex()) - elapsed(); }

private:
    double now() const { return m_clock(); }
    double runningElapsed() const;  // unclamped

    MonotonicClock m_clock;
    TimerState m_state = TimerState::Idle;
    TimerState m_pausedFrom = TimerState::Running;
    double m_length = 60;
    double m_countdown = 3;
    double m_countdownStart = 0;  // clock time the countdown began
    double m_countdownDone = 0;   // countdown seconds already spent (pauses)
    double m_segmentStart = 0;    // clock time the current running segment began
    double m_accumulated = 0;     // running seconds before the current segment
    int m_lastPhase = 0;
    std::vector<RehearsalPhase> m_phases;
};

}  // namespace doorway
