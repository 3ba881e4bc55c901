#include "core/takes.hpp"

#include "core/labels.hpp"
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

std::string takesSummaryLine(const std::vector<Take>& takes) {
    std::vector<int> scores;
    int answers = 0;
    for (const Take& t : takes) {
        if (t.mode == "roleplay")
            ++answers;
        else
            scores.push_back(t.score);
    }
    std::string line;
    if (!scores.empty()) {
        const size_t recent = std::min<size_t>(scores.size(), 5);
        int sum = 0;
        for (size_t i = scores.size() - recent; i < scores.size(); ++i) sum += scores[i];
        line = countLabel(long(scores.size()), "take", "takes") + "  ·  latest " + std::to_string(scores.back()) +
               "  ·  best " + std::to_string(*std::max_element(scores.begin(), scores.end()));
        // An average only once there are two to average, rounded as every
        // score is (63.6 is 64).
        if (recent > 1)
            line += "  ·  average of the last " + std::to_string(recent) + ": " +
                    std::to_string((sum + int(recent) / 2) / int(recent));
    }
    if (answers > 0)
        line += (line.empty() ? "" : "  ·  ") + countLabel(answers, "role-play answer", "role-play answers");
    return line;
}

}  // namespace doorway
