#include "core/safety_watch.hpp"

#include "core/trend.hpp"

#include <algorithm>

namespace doorway {

std::set<std::string> safetyTrackerSigns(const WorksheetCatalog& catalog) {
    std::set<std::string> out;
    for (const auto& ws : catalog.worksheets())
        for (const auto& f : ws.fields)
            if (f.kind == FieldKind::Tracker)
                for (const auto& o : f.options)
                    if (o.flagsSafety) out.insert(o.id);
    return out;
}

namespace {

// The date of the newest check-in or door offer: the moment a reading
// changed is named by the entry that changed it.
std::string latestEntryDate(const Workbook& wb) {
    std::string latest;
    for (const auto& e : wb.tracker) latest = std::max(latest, e.date);
    for (const auto& d : wb.doors) latest = std::max(latest, d.date);
    return latest;
}

std::string scriptOf(const Workbook& wb) {
    return wb.answerText(kRehearsalSheet, kRehearsalScriptField);
}

}  // namespace

void SafetyWatch::look(const WorksheetCatalog& catalog, const Workbook& wb, const DisclosesFear& discloses,
                       std::vector<SafetyEvent>* out) {
    // Check-ins: one event per date and flagged sign.
    std::set<std::string> signs = safetyTrackerSigns(catalog);
    std::set<std::string> checkIns;
    for (const auto& e : wb.tracker)
        for (const auto& s : e.refusalSigns)
            if (signs.count(s)) checkIns.insert("checkin:" + e.date + ":" + s);
    if (out)
        for (const auto& k : checkIns)
            if (!m_checkIns.count(k)) out->push_back({SafetyEventKind::CheckIn, k});
    m_checkIns = std::move(checkIns);

    // The reading turning: only the change counts, not the state.
    bool refusal = readTrend(catalog, wb).direction == "mostly_refusal";
    if (out && refusal && !m_refusal) out->push_back({SafetyEventKind::TrendTurned, "trend:" + latestEntryDate(wb)});
    m_refusal = refusal;

    // Rehearsal: each take is read once, when it first appears.
    for (const auto& t : wb.takes) {
        if (!m_takes.insert(t.id).second) continue;
        if (out && discloses && discloses(t.text)) out->push_back({SafetyEventKind::Rehearsal, "take:" + t.id});
    }
    // The script: when it starts to disclose (not on every keystroke after).
    std::string script = scriptOf(wb);
    if (script != m_script) {
        bool now = discloses && !script.empty() && discloses(script);
        if (out && now && !m_scriptDiscloses) out->push_back({SafetyEventKind::Rehearsal, "script"});
        m_scriptDiscloses = now;
        m_script = std::move(script);
    }
}

void SafetyWatch::baseline(const WorksheetCatalog& catalog, const Workbook& wb, const DisclosesFear& discloses) {
    *this = SafetyWatch{};
    m_started = true;
    look(catalog, wb, discloses, nullptr);
}

std::vector<SafetyEvent> SafetyWatch::observe(const WorksheetCatalog& catalog, const Workbook& wb,
                                              const DisclosesFear& discloses) {
    std::vector<SafetyEvent> out;
    if (!m_started) {
        baseline(catalog, wb, discloses);
        return out;
    }
    look(catalog, wb, discloses, &out);
    return out;
}

bool safetyOffered(const Workbook& wb, const std::string& key) {
    auto it = wb.settings.find(kSafetyOfferedSetting);
    if (it == wb.settings.end() || !it->value().is_array()) return false;
    for (const auto& v : it->value().get_array())
        if (v.is_string() && v.get_string() == key) return true;
    return false;
}

json::value withSafetyOffered(const Workbook& wb, const std::string& key) {
    json::array keys;
    auto it = wb.settings.find(kSafetyOfferedSetting);
    if (it != wb.settings.end() && it->value().is_array())
        for (const auto& v : it->value().get_array())
            if (v.is_string() && v.get_string() != key) keys.push_back(v);
    keys.emplace_back(key);
    while (keys.size() > kSafetyOfferedLimit) keys.erase(keys.begin());
    return keys;
}

}  // namespace doorway
