#pragma once
// Time is injected everywhere it matters so tests can drive it.
#include <chrono>
#include <functional>
#include <string>

namespace doorway {

// Seconds on a monotonic clock (for timers).
using MonotonicClock = std::function<double()>;
MonotonicClock steadyClock();

// Wall-clock now as ISO 8601 in UTC, e.g. 2026-11-22T03:05:00Z.
std::string nowIso8601();
// Today as YYYY-MM-DD in local time.
std::string todayIsoDate();
// True for a well-formed YYYY-MM-DD with a real calendar day.
bool isIsoDate(const std::string& s);
// A real day no later than `today` (YYYY-MM-DD): when something already
// happened (a check-in, a door offered). A later one is always a slip, and
// would count as the newest month in the trend.
bool isIsoDateUpTo(const std::string& s, const std::string& today);

}  // namespace doorway
