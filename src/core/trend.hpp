#pragma once
// "Score the trend, not the worst day": monthly counts of fear signs and
// refusal signs from the tracker (and the doors log), and a plain reading.
#include "core/workbook.hpp"

#include <string>
#include <vector>

namespace doorway {

struct MonthCount {
    std::string month;  // YYYY-MM
    int fear = 0;       // fear signs ticked in check-ins that month (+ doors accepted/countered)
    int refusal = 0;    // refusal signs ticked that month (+ doors declined)
    int checkins = 0;
};

struct TrendReading {
    std::vector<MonthCount> months;  // oldest first, gaps filled with zero months
    std::string direction;  // "mostly_fear" | "mostly_refusal" | "mixed" | "too_early"
    std::string text;       // a warm, plain paragraph for the user
};

TrendReading readTrend(const Workbook& wb);

}  // namespace doorway
