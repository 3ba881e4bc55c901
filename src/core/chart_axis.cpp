// The value axis of a chart in the export layout: round steps, and whole
// numbers for counts. Every renderer (screen, PDF, HTML) asks this one.
#include "core/export_layout.hpp"

#include <algorithm>
#include <cmath>

namespace doorway {

ChartAxis chartAxis(const ChartData& c) {
    ChartAxis a;
    a.min = c.yMin;
    double top = c.yMax;
    bool fixed = top > c.yMin;
    if (!fixed) {
        top = c.yMin + 1;
        for (const auto& s : c.series)
            for (double v : s.values)
                if (std::isfinite(v)) top = std::max(top, v);
    }
    double span = top - a.min;
    // The smallest round step that needs at most five intervals; counts
    // step by whole numbers (never 0.5 or 2.5 of a sign).
    double raw = span / 5;
    double p = std::pow(10.0, std::floor(std::log10(raw)));
    if (c.counts && p < 1) p = 1;
    a.step = 10 * p;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (c.counts && m == 2.5 && p < 10) continue;
        if (m * p >= raw - 1e-9) {
            a.step = m * p;
            break;
        }
    }
    a.count = std::max(1, int(std::ceil(span / a.step - 1e-9)));
    a.max = a.min + a.step * a.count;
    return a;
}

}  // namespace doorway
