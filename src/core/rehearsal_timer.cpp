#include "core/rehearsal_timer.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace doorway {

const char* timerStateName(TimerState s) {
    switch (s) {
        case TimerState::Idle:
            return "idle";
        case TimerState::Countdown:
            return "countdown";
        case TimerState::Running:
            return "running";
        case TimerState::Paused:
            return "paused";
        case TimerState::Finished:
            return "finished";
        case TimerState::Stopped:
            return "stopped";
    }
    return "idle";
}

const std::vector<RehearsalPhase>& defaultRehearsalPhases() {
    static const std::vector<RehearsalPhase> kPhases = {
        {"feel", "Open with how you feel",
         "Begin with yourself. One or two sentences about what you have been feeling lately, starting with \"I\".",
         0.2},
        {"pattern", "Name the pattern",
         "Describe the loop the two of you get caught in. The pattern is the problem, not the person.", 0.2},
        {"ask", "The small ask", "Ask for something small and easy to undo: one session, tried as an experiment.",
         0.25},
        {"veto", "The veto and reassurance",
         "Say you would pick the person together, that they can say no afterwards, and that this is not about blame.",
         0.2},
        {"question", "Invite their question",
         "Finish with a real question and then stop talking. What would they want to know? What worries them?", 0.15},
    };
    return kPhases;
}

// [SECTION] lengths

bool validTakeLength(double seconds, std::string& error) {
    if (!std::isfinite(seconds) || seconds < kMinTakeSeconds || seconds > kMaxTakeSeconds) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "a take lasts between %d seconds and %d minutes", int(kMinTakeSeconds),
                      int(kMaxTakeSeconds / 60));
        error = buf;
        return false;
    }
    return true;
}

namespace {

// Reads an unsigned decimal number at `i`; false if there is none.
bool readNumber(const std::string& s, size_t& i, double& out) {
    size_t start = i;
    bool dot = false;
    while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || (s[i] == '.' && !dot))) {
        if (s[i] == '.') dot = true;
        ++i;
    }
    if (i == start || (i == start + 1 && dot)) return false;
    out = std::strtod(s.substr(start, i - start).c_str(), nullptr);
    return true;
}

}  // namespace

bool parseTakeLength(const std::string& raw, double& seconds, std::string& error) {
    std::string s;
    for (char c : raw)
        if (!std::isspace(static_cast<unsigned char>(c))) s += char(std::tolower(static_cast<unsigned char>(c)));
    const std::string bad = "'" + raw + "' is not a length: write seconds (45), minutes and seconds (1:30) or 2m";
    if (s.empty()) {
        error = "the length is empty: write seconds (45), minutes and seconds (1:30) or 2m";
        return false;
    }
    double total = 0;
    size_t i = 0;
    double a = 0;
    if (!readNumber(s, i, a)) {
        error = bad;
        return false;
    }
    if (i == s.size()) {
        total = a;  // plain seconds
    } else if (s[i] == ':') {
        ++i;
        double b = 0;
        size_t before = i;
        if (!readNumber(s, i, b) || i != s.size() || i - before != 2 || b >= 60) {
            error = bad;
            return false;
        }
        total = a * 60 + b;
    } else if (s[i] == 's') {
        if (i + 1 != s.size() && s.substr(i) != "sec" && s.substr(i) != "secs") {
            error = bad;
            return false;
        }
        total = a;
    } else if (s[i] == 'm') {
        ++i;
        if (s.compare(i, 2, "in") == 0) i += 2;  // "min"
        total = a * 60;
        if (i < s.size()) {
            double b = 0;
            if (!readNumber(s, i, b) || i >= s.size() || s[i] != 's' || i + 1 != s.size()) {
                error = bad;
                return false;
            }
            total += b;
        }
    } else {
        error = bad;
        return false;
    }
    if (!validTakeLength(total, error)) return false;
    seconds = total;
    return true;
}

// [SECTION] the timer

RehearsalTimer::RehearsalTimer(MonotonicClock clock) : m_clock(std::move(clock)), m_phases(defaultRehearsalPhases()) {
    if (!m_clock) m_clock = steadyClock();
}

bool RehearsalTimer::isActive() const {
    return m_state == TimerState::Countdown || m_state == TimerState::Running || m_state == TimerState::Paused;
}

bool RehearsalTimer::setLength(double seconds, std::string& error) {
    if (isActive()) {
        error = "the length cannot change during a take";
        return false;
    }
    if (!validTakeLength(seconds, error)) return false;
    m_length = seconds;
    return true;
}

bool RehearsalTimer::setPhases(std::vector<RehearsalPhase> phases, std::string& error) {
    if (isActive()) {
        error = "the phases cannot change during a take";
        return false;
    }
    if (phases.empty()) {
        error = "a rehearsal needs at least one phase";
        return false;
    }
    for (const auto& p : phases) {
        if (!std::isfinite(p.share) || p.share <= 0) {
            error = "phase '" + p.id + "' needs a positive share of the time";
            return false;
        }
    }
    m_phases = std::move(phases);
    return true;
}

void RehearsalTimer::setCountdown(double seconds) {
    if (!std::isfinite(seconds)) seconds = 0;
    m_countdown = std::clamp(seconds, 0.0, 10.0);
}

bool RehearsalTimer::start() {
    if (isActive()) return false;
    m_accumulated = 0;
    m_countdownDone = 0;
    m_lastPhase = 0;
    if (m_countdown > 0) {
        m_state = TimerState::Countdown;
        m_countdownStart = now();
    } else {
        m_state = TimerState::Running;
        m_segmentStart = now();
    }
    return true;
}

bool RehearsalTimer::pause() {
    update();
    if (m_state == TimerState::Running) {
        m_accumulated = runningElapsed();
    } else if (m_state == TimerState::Countdown) {
        m_countdownDone += now() - m_countdownStart;
    } else {
        return false;
    }
    m_pausedFrom = m_state;
    m_state = TimerState::Paused;
    return true;
}

bool RehearsalTimer::resume() {
    if (m_state != TimerState::Paused) return false;
    m_state = m_pausedFrom;
    if (m_state == TimerState::Countdown)
        m_countdownStart = now();
    else
        m_segmentStart = now();
    return true;
}

bool RehearsalTimer::togglePause() {
    return isPaused() ? resume() : pause();
}

bool RehearsalTimer::stop() {
    update();
    if (!isActive()) return false;
    if (m_state == TimerState::Running) m_accumulated = std::min(runningElapsed(), m_length);
    if (m_state == TimerState::Countdown || (m_state == TimerState::Paused && m_pausedFrom == TimerState::Countdown))
        m_accumulated = 0;
    m_state = TimerState::Stopped;
    return true;
}

bool RehearsalTimer::finish() {
    update();
    if (m_state == TimerState::Running)
        m_accumulated = std::min(runningElapsed(), m_length);
    else if (!(m_state == TimerState::Paused && m_pausedFrom == TimerState::Running))
        return false;
    m_state = TimerState::Finished;
    return true;
}

void RehearsalTimer::reset() {
    m_state = TimerState::Idle;
    m_accumulated = 0;
    m_countdownDone = 0;
    m_lastPhase = 0;
}

bool RehearsalTimer::beginNow() {
    const bool counting =
        m_state == TimerState::Countdown || (m_state == TimerState::Paused && m_pausedFrom == TimerState::Countdown);
    if (counting) skipAhead(0);
    return counting;
}

void RehearsalTimer::skipAhead(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0) return;
    if (m_state == TimerState::Countdown || (m_state == TimerState::Paused && m_pausedFrom == TimerState::Countdown)) {
        // The countdown is not part of the take: jump to its end.
        bool paused = m_state == TimerState::Paused;
        m_state = paused ? TimerState::Paused : TimerState::Running;
        m_pausedFrom = TimerState::Running;
        m_segmentStart = now();
        m_accumulated = 0;
    }
    if (m_state == TimerState::Running)
        m_segmentStart -= seconds;
    else if (m_state == TimerState::Paused)
        m_accumulated = std::min(m_accumulated + seconds, m_length);
}

TimerEvent RehearsalTimer::update() {
    TimerEvent ev = TimerEvent::None;
    if (m_state == TimerState::Countdown) {
        double spent = m_countdownDone + (now() - m_countdownStart);
        if (spent >= m_countdown) {
            // The take begins when the countdown ran out, not when we noticed.
            m_state = TimerState::Running;
            m_segmentStart = now() - (spent - m_countdown);
            m_accumulated = 0;
            m_lastPhase = 0;
            ev = TimerEvent::Started;
        }
    }
    if (m_state == TimerState::Running) {
        if (runningElapsed() >= m_length) {
            m_accumulated = m_length;
            m_state = TimerState::Finished;
            m_lastPhase = int(m_phases.size()) - 1;
            return TimerEvent::TimedOut;
        }
        int p = phaseIndex();
        if (p != m_lastPhase) {
            m_lastPhase = p;
            if (ev == TimerEvent::None) ev = TimerEvent::PhaseChanged;
        }
    }
    return ev;
}

double RehearsalTimer::runningElapsed() const {
    return m_accumulated + (now() - m_segmentStart);
}

double RehearsalTimer::elapsed() const {
    double e = 0;
    switch (m_state) {
        case TimerState::Idle:
        case TimerState::Countdown:
            e = 0;
            break;
        case TimerState::Running:
            e = runningElapsed();
            break;
        case TimerState::Paused:
        case TimerState::Finished:
        case TimerState::Stopped:
            e = m_accumulated;
            break;
    }
    return std::clamp(e, 0.0, m_length);
}

double RehearsalTimer::remaining() const {
    return m_length - elapsed();
}

double RehearsalTimer::progress() const {
    return m_length > 0 ? elapsed() / m_length : 0;
}

int RehearsalTimer::countdownNumber() const {
    double spent = 0;
    if (m_state == TimerState::Countdown)
        spent = m_countdownDone + (now() - m_countdownStart);
    else if (m_state == TimerState::Paused && m_pausedFrom == TimerState::Countdown)
        spent = m_countdownDone;
    else
        return 0;
    double left = m_countdown - spent;
    return left > 0 ? int(std::ceil(left - 1e-9)) : 0;
}

double RehearsalTimer::phaseStart(int i) const {
    double total = 0;
    for (const auto& p : m_phases) total += p.share;
    double acc = 0;
    for (int k = 0; k < i && k < int(m_phases.size()); ++k) acc += m_phases[size_t(k)].share;
    return total > 0 ? m_length * acc / total : 0;
}

double RehearsalTimer::phaseEnd(int i) const {
    if (i + 1 >= int(m_phases.size())) return m_length;
    return phaseStart(i + 1);
}

int RehearsalTimer::phaseIndex() const {
    double e = elapsed();
    int n = int(m_phases.size());
    for (int i = 0; i < n - 1; ++i)
        if (e < phaseEnd(i)) return i;
    return n - 1;
}

}  // namespace doorway
