#pragma once
// When to offer the safety card again. The safety check asks once, at the
// start; the picture can change later. Three things change it:
//   - a check-in on "Fear or refusal?" with a sign the asset marks
//     flagsSafety ("mocks, punishes or goes cold when I raise it"),
//   - the fear-or-refusal reading turning "mostly refusal",
//   - rehearsal text (a take, or the script being practised) that discloses
//     fear of the partner, violence, threats or control (the scorer's
//     ScoreResult::safety).
// Each is an event with a stable key. The window offers the card once per
// event, never again for the same one (the keys are kept in the workbook's
// settings, so a reopened workbook doesn't ask twice), and never for what
// was already there when a workbook was opened: opening is not an event.
// No UI here: events in, "offer once" out.
#include "core/worksheet.hpp"

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace doorway {

enum class SafetyEventKind { CheckIn, TrendTurned, Rehearsal };

struct SafetyEvent {
    SafetyEventKind kind = SafetyEventKind::CheckIn;
    // Stable across saves and undo/redo: "checkin:2026-09-14:mockery",
    // "trend:2026-10-02", "take:take-20261104-213005", "script".
    std::string key;
    bool operator==(const SafetyEvent&) const = default;
};

// The workbook setting that remembers which events were offered: an array
// of event keys.
inline constexpr const char* kSafetyOfferedSetting = "safetyOffered";
// At most this many keys are kept (the oldest go first); a workbook kept
// for years must not grow without end.
inline constexpr size_t kSafetyOfferedLimit = 200;

// Does this text disclose fear of the partner? The window passes the
// scorer's answer; tests pass their own.
using DisclosesFear = std::function<bool(const std::string& text)>;

class SafetyWatch {
public:
    // Takes in what the workbook holds now without reporting anything
    // (a workbook was opened or created).
    void baseline(const WorksheetCatalog& catalog, const Workbook& wb, const DisclosesFear& discloses);
    // The events that appeared since the last look, oldest kind first.
    // The first call without a baseline takes one.
    std::vector<SafetyEvent> observe(const WorksheetCatalog& catalog, const Workbook& wb,
                                     const DisclosesFear& discloses);

private:
    void look(const WorksheetCatalog& catalog, const Workbook& wb, const DisclosesFear& discloses,
              std::vector<SafetyEvent>* out);

    bool m_started = false;
    std::set<std::string> m_checkIns;  // check-in keys present at the last look
    std::set<std::string> m_takes;     // take ids already read (each is scored once)
    bool m_refusal = false;            // the reading was "mostly_refusal" at the last look
    std::string m_script;              // the script's text at the last look
    bool m_scriptDiscloses = false;
};

// Was the event already offered in this workbook?
bool safetyOffered(const Workbook& wb, const std::string& key);
// The setting's value with `key` added (kept to kSafetyOfferedLimit keys).
json::value withSafetyOffered(const Workbook& wb, const std::string& key);

// The tracker signs that ask again ("flagsSafety" options of a tracker
// field), by id.
std::set<std::string> safetyTrackerSigns(const WorksheetCatalog& catalog);

}  // namespace doorway
