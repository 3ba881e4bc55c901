#include "core/takes.hpp"

#include "core/take_findings.hpp"

#include <algorithm>
#include <cmath>

namespace doorway {

std::string newTakeId(const Workbook& wb, const std::string& startedIso) {
    // "2026-11-04T21:30:05Z" -> "take-20261104-213005"
    std::string digits;
    for (char c : startedIso)
        if (c >= '0' && c <= '9') digits += c;
    std::string base = "take-";
    base += digits.size() >= 14 ? digits.substr(0, 8) + "-" + digits.substr(8, 6) : digits;
    auto used = [&](const std::string& id) {
        return std::any_of(wb.takes.begin(), wb.takes.end(), [&](const Take& t) { return t.id == id; });
    };
    std::string id = base;
    for (int n = 2; used(id); ++n) id = base + "-" + std::to_string(n);
    return id;
}

Take makeTake(const Workbook& wb, const TakeRecord& r) {
    Take t;
    t.id = newTakeId(wb, r.startedIso);
    t.time = r.startedIso;
    t.mode = r.mode;
    t.objection = r.objection;
    t.elapsedS = std::round(r.elapsedS * 10) / 10;
    t.durationS = r.plannedS > 0 ? r.plannedS : t.elapsedS;
    t.text = r.text;
    if (r.score) {
        t.score = r.score->score;
        t.band = r.score->band;
        t.findings = toTakeFindings(r.score->findings);
    }
    t.audio = r.audio;
    t.metrics = r.speechMetrics;
    return t;
}

}  // namespace doorway
