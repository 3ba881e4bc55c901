#pragma once
// The workbook: everything one person writes in Doorway.
//
// Typed where the app computes with the data (tracker, doors log, takes),
// boost::json::value where the shape belongs to a worksheet asset (answers).
// Every struct keeps an `extra` object with the keys this version does not
// know, so a file written by a newer Doorway or another tool survives a
// load + save unchanged (see docs/workbook-format.md).
#include <boost/json.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace doorway {

namespace json = boost::json;

inline constexpr const char* kWorkbookFormat = "doorway-workbook";
// Bump when the meaning of existing fields changes; add a migration in
// workbook.cpp for the old one. Files with a newer version open read-only.
// 2: check-ins, door offers and takes carry a stable "id" (version 1 files
// get them on load).
inline constexpr int kWorkbookVersion = 2;

// The rehearsal keeps its script among the answers, under a sheet id that
// is not a worksheet: answers["rehearsal"]["script"].
inline constexpr const char* kRehearsalSheet = "rehearsal";
inline constexpr const char* kRehearsalScriptField = "script";

// One dated check-in of "Fear or refusal?": which signs were seen, from
// each column. Sign ids come from the worksheet asset.
struct TrackerEntry {
    std::string id;    // stable within the workbook, e.g. "checkin-3"
    std::string date;  // YYYY-MM-DD
    std::vector<std::string> fearSigns;
    std::vector<std::string> refusalSigns;
    std::string note;
    json::object extra;
    bool operator==(const TrackerEntry&) const = default;
};

// One time a door (a compromise option) was offered, and what came back.
struct DoorOffer {
    std::string id;        // stable within the workbook, e.g. "offer-2"
    std::string date;      // YYYY-MM-DD
    std::string door;      // door id from the "other doors" asset
    std::string response;  // accepted | declined | counter_offered | no_answer
    std::string note;
    json::object extra;
    bool operator==(const DoorOffer&) const = default;
};

// One scored finding kept with a take, so a printed history can explain
// itself without re-running a newer scorer.
struct TakeFinding {
    std::string rule;
    std::string kind;  // strength | risk
    int start = 0;
    int end = 0;
    std::string text;
    json::object extra;
    bool operator==(const TakeFinding&) const = default;
};

// One rehearsal attempt, typed or spoken.
struct Take {
    std::string id;         // stable, e.g. "take-20261104-213005"
    std::string time;       // ISO 8601 start time
    std::string mode;       // typed | spoken | roleplay
    std::string objection;  // objection id for role-play takes
    double durationS = 0;   // planned length of the take
    double elapsedS = 0;    // how long it actually ran
    std::string text;       // what was said (typed or recognised)
    int score = 0;
    std::string band;  // a scoreBands() name: invitation, mixed, accusation, unclear or safety
    std::vector<TakeFinding> findings;
    std::string audio;     // file name relative to the workbook's take folder, "" if none
    json::object metrics;  // wpm, fillers, pauses ... (speech)
    json::object extra;
    bool operator==(const Take&) const = default;
};

struct Workbook {
    int version = kWorkbookVersion;
    std::string created;   // ISO 8601
    std::string modified;  // ISO 8601
    std::string title;
    // answers[worksheetId][fieldId] = value whose shape the field kind defines.
    std::map<std::string, std::map<std::string, json::value>> answers;
    std::vector<TrackerEntry> tracker;
    std::vector<DoorOffer> doors;
    std::vector<Take> takes;
    json::object settings;
    // Unknown top-level keys, and unknown keys inside "answers" containers
    // are kept verbatim.
    json::object extra;

    bool operator==(const Workbook&) const = default;

    // Convenience accessors; a missing answer reads as null.
    const json::value* answer(const std::string& worksheet, const std::string& field) const;
    std::string answerText(const std::string& worksheet, const std::string& field) const;
};

// Thrown for a document that is JSON but not a workbook we can read.
struct WorkbookError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// JSON <-> model. fromJson throws WorkbookError naming the offending key
// ("takes[2].score: expected a number"). It accepts versions <= current and
// migrates them; `migratedFrom` tells the caller an older file was read.
// A newer version throws unless `newerVersion` is given: then it reads what
// it can, keeps the file's version in `Workbook::version`, sets
// *newerVersion, and the caller must treat the workbook as read-only.
Workbook workbookFromJson(const json::value& doc, int* migratedFrom = nullptr, int* newerVersion = nullptr);
json::value workbookToJson(const Workbook& wb);

// The format version this build reads and writes: kWorkbookVersion, except
// inside a WorkbookFormatForTests scope.
int currentWorkbookVersion();

// Test seam: while alive, this build behaves as if it read and wrote format
// `version`, migrating version N-1 to N with `step` (in place). It lets the
// tests exercise migration and its backup before a second format exists.
class WorkbookFormatForTests {
public:
    WorkbookFormatForTests(int version, std::function<void(json::object& doc, int from)> step);
    ~WorkbookFormatForTests();
    WorkbookFormatForTests(const WorkbookFormatForTests&) = delete;
    WorkbookFormatForTests& operator=(const WorkbookFormatForTests&) = delete;
};

// [SECTION] Stable ids of check-ins, door offers and takes: what edits,
// undo, the journal and ImGui ids use instead of a position in a list.
inline const char* entryIdPrefix(const TrackerEntry&) {
    return "checkin-";
}
inline const char* entryIdPrefix(const DoorOffer&) {
    return "offer-";
}
inline const char* entryIdPrefix(const Take&) {
    return "take-";
}
// "<prefix><N>" with N one past the largest number any id in `vec` already
// ends with after that prefix, so a removed entry's id is never handed out
// again while a later one exists.
template <class T>
std::string freshEntryId(const std::vector<T>& vec, const std::string& prefix) {
    long long most = 0;
    for (const T& e : vec) {
        if (e.id.rfind(prefix, 0) != 0) continue;
        std::string rest = e.id.substr(prefix.size());
        if (rest.empty() || rest.size() > 15 || rest.find_first_not_of("0123456789") != std::string::npos) continue;
        most = std::max(most, std::stoll(rest));
    }
    return prefix + std::to_string(most + 1);
}
// Gives every check-in, door offer and take without an id (or with one an
// earlier entry already has) a fresh one. workbookFromJson calls it, so an
// old or hand-edited file reads with ids.
void assignMissingIds(Workbook& wb);

// A stable, human-diffable text form: keys in a fixed order, two-space indent.
// How a double is written: the shortest text that reads back as it, always
// with a point or an exponent ("60.0", "0.1"). serializePretty writes doubles
// this way, and the loader settles every double it reads on it.
std::string jsonDoubleText(double d);
std::string serializePretty(const json::value& v);
// Settles every double in `v` on what a write and a read give back (Boost.JSON
// 1.81 reads some long numbers to a neighbouring double), so that what
// Doorway writes reads back the same; false when a number has no JSON
// spelling to write back (past a double's range). Every reader of JSON that
// may become a workbook calls it: the workbook loader and the edit journal.
bool settleDoubles(json::value& v);

// A fresh, empty workbook stamped with `nowIso`.
Workbook newWorkbook(const std::string& title, const std::string& nowIso);

}  // namespace doorway
