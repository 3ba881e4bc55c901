// Stable ids for check-ins, door offers and takes (workbook format 2): an
// old file gets them on load, edits address entries by id, and undo, redo
// and the journal keep naming the same entry.
#include "core/document.hpp"
#include "core/journal.hpp"
#include "core/storage.hpp"
#include "core/takes.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace doorway;
using namespace doorway::test;

namespace {
TrackerEntry checkIn(const std::string& date, const std::string& note = "") {
    TrackerEntry e;
    e.date = date;
    e.note = note;
    return e;
}
DoorOffer offer(const std::string& date, const std::string& response) {
    DoorOffer d;
    d.date = date;
    d.door = "book_together";
    d.response = response;
    return d;
}
}  // namespace

TEST_CASE("a version 1 workbook is migrated on load: every check-in, door and take gets an id", "[workbook][ids]") {
    std::string path = sourcePath("workbooks/fixtures/old-v1.json");
    std::string original = readText(path);
    REQUIRE(original.find("\"version\": 1") != std::string::npos);
    REQUIRE(original.find("\"id\"") == std::string::npos);
    LoadResult r = loadWorkbookFile(path);
    REQUIRE(r.ok);
    CHECK(r.migratedFrom == 1);
    CHECK(r.workbook.version == kWorkbookVersion);
    REQUIRE(r.workbook.tracker.size() == 1);
    CHECK(r.workbook.tracker[0].id == "checkin-1");
    CHECK(readText(path) == original);  // reading never writes
    // Written back, the ids are in the file and read back the same.
    json::value out = workbookToJson(r.workbook);
    CHECK(out.at("version") == kWorkbookVersion);
    CHECK(out.at("tracker").at(0).at("id") == "checkin-1");
    CHECK(workbookFromJson(out) == r.workbook);
}

TEST_CASE("missing and repeated ids are filled without touching the good ones", "[workbook][ids]") {
    json::value doc = workbookToJson(newWorkbook("t", "2026-01-01T00:00:00Z"));
    json::array tracker;
    for (const char* id : {"checkin-7", "", "checkin-7", "mine"}) {
        json::object e{{"date", "2026-01-02"}, {"fear", json::array{}}, {"refusal", json::array{}}};
        if (*id) e["id"] = id;
        tracker.push_back(e);
    }
    doc.as_object()["tracker"] = tracker;
    doc.as_object()["takes"] = json::array{json::object{{"time", "2026-01-04T00:00:00Z"}, {"mode", "typed"}}};
    Workbook wb = workbookFromJson(doc);
    REQUIRE(wb.tracker.size() == 4);
    CHECK(wb.tracker[0].id == "checkin-7");
    CHECK(wb.tracker[3].id == "mine");
    std::set<std::string> ids;
    for (const auto& e : wb.tracker) ids.insert(e.id);
    CHECK(ids.size() == 4);  // all different
    CHECK(ids.count("checkin-8"));
    CHECK(ids.count("checkin-9"));
    CHECK_FALSE(wb.takes[0].id.empty());
}

TEST_CASE("edits address check-ins and door offers by id, and undo and redo follow them", "[workbook][ids][undo]") {
    TempDir dir;
    Document doc;
    doc.createNew(dir.file("w.json"), "T", "2026-11-01T10:00:00Z");
    REQUIRE(doc.execute(cmd::addTrackerEntry(checkIn("2026-01-01", "first")), 1));
    REQUIRE(doc.execute(cmd::addTrackerEntry(checkIn("2026-01-08", "second")), 2));
    REQUIRE(doc.execute(cmd::addDoorOffer(offer("2026-01-03", "declined")), 3));
    const Workbook& wb = doc.workbook();
    REQUIRE(wb.tracker.size() == 2);
    std::string first = wb.tracker[0].id, second = wb.tracker[1].id;
    CHECK(first != second);
    CHECK_FALSE(wb.doors.at(0).id.empty());

    // Removing the first leaves the second reachable by the same id.
    REQUIRE(doc.execute(cmd::removeTrackerEntry(first), 4));
    REQUIRE(wb.tracker.size() == 1);
    REQUIRE(doc.execute(cmd::updateTrackerEntry(second, checkIn("2026-01-09", "edited")), 5));
    CHECK(wb.tracker[0].id == second);
    CHECK(wb.tracker[0].note == "edited");
    // An id that is not there changes nothing.
    REQUIRE(doc.execute(cmd::updateTrackerEntry("checkin-99", checkIn("2026-02-02", "nobody")), 6));
    CHECK(wb.tracker[0].note == "edited");

    REQUIRE(doc.undo(7));  // the no-op
    REQUIRE(doc.undo(8));  // the edit
    CHECK(wb.tracker[0].note == "second");
    REQUIRE(doc.undo(9));  // the removal: back in its place
    REQUIRE(wb.tracker.size() == 2);
    CHECK(wb.tracker[0].id == first);
    CHECK(wb.tracker[0].note == "first");
    REQUIRE(doc.redo(10));
    CHECK(wb.tracker.at(0).id == second);

    std::string door = wb.doors[0].id;
    DoorOffer changed = offer("2026-01-03", "accepted");
    REQUIRE(doc.execute(cmd::updateDoorOffer(door, changed), 11));
    CHECK(wb.doors[0].response == "accepted");
    CHECK(wb.doors[0].id == door);
    REQUIRE(doc.execute(cmd::removeDoorOffer(door), 12));
    CHECK(wb.doors.empty());
}

TEST_CASE("an added entry keeps the id it was given on redo, and a removed id is not reused", "[workbook][ids]") {
    TempDir dir;
    Document doc;
    doc.createNew(dir.file("w.json"), "T", "2026-11-01T10:00:00Z");
    REQUIRE(doc.execute(cmd::addTrackerEntry(checkIn("2026-01-01")), 1));
    REQUIRE(doc.execute(cmd::addTrackerEntry(checkIn("2026-01-02")), 2));
    std::string id = doc.workbook().tracker[1].id;
    REQUIRE(doc.undo(3));
    REQUIRE(doc.redo(4));
    CHECK(doc.workbook().tracker[1].id == id);
    REQUIRE(doc.execute(cmd::removeTrackerEntry(doc.workbook().tracker[0].id), 5));
    REQUIRE(doc.execute(cmd::addTrackerEntry(checkIn("2026-01-03")), 6));
    CHECK(doc.workbook().tracker[1].id != id);
}

TEST_CASE("the journal replays edits by id into the same entries", "[workbook][ids][journal]") {
    TempDir dir;
    std::string path = dir.file("w.json");
    {
        Document doc;
        doc.createNew(path, "T", "2026-11-01T10:00:00Z");
        std::string err;
        REQUIRE(doc.save(err, "2026-11-01T10:00:00Z"));
        REQUIRE(doc.execute(cmd::addTrackerEntry(checkIn("2026-01-01", "kept")), 1));
        REQUIRE(doc.execute(cmd::addTrackerEntry(checkIn("2026-01-02", "gone")), 2));
        REQUIRE(doc.execute(cmd::removeTrackerEntry(doc.workbook().tracker[1].id), 3));
        // No save: the window "crashes" here, leaving the journal.
    }
    JournalReplay replay;
    LoadResult r = loadWorkbookWithJournal(path, nullptr, &replay);
    REQUIRE(r.ok);
    REQUIRE(r.workbook.tracker.size() == 1);
    CHECK(r.workbook.tracker[0].note == "kept");
    CHECK(r.workbook.tracker[0].id == "checkin-1");
}

TEST_CASE("one take id scheme, from the take's start time", "[takes][ids]") {
    Workbook wb = newWorkbook("t", "2026-11-04T21:00:00Z");
    CHECK(newTakeId(wb, "2026-11-04T21:30:05Z") == "take-20261104-213005");
    Take t;
    t.id = "take-20261104-213005";
    wb.takes.push_back(t);
    CHECK(newTakeId(wb, "2026-11-04T21:30:05Z") == "take-20261104-213005-2");
}

TEST_CASE("a take is made from typed values: score, band and findings come from the score itself", "[takes]") {
    Workbook wb = newWorkbook("t", "2026-11-04T21:00:00Z");
    ScoreResult score;
    score.score = 63;
    score.band = "mixed";
    ScoreFinding f;
    f.rule = "always_never";
    f.kind = "risk";
    f.start = 4;
    f.end = 10;
    f.text = "always";
    score.findings.push_back(f);
    TakeRecord rec;
    rec.mode = "spoken";
    rec.startedIso = "2026-11-04T21:30:05Z";
    rec.elapsedS = 12.345;
    rec.text = "You always leave";
    rec.score = &score;
    rec.audio = "take-20261104213005.wav";
    rec.speechMetrics = json::object{{"wpm", 120}};
    Take t = makeTake(wb, rec);
    CHECK(t.id == "take-20261104-213005");
    CHECK(t.time == rec.startedIso);
    CHECK(t.score == 63);
    CHECK(t.band == "mixed");
    REQUIRE(t.findings.size() == 1);
    CHECK(t.findings[0].rule == "always_never");
    CHECK(t.elapsedS == Approx(12.3));
    CHECK(t.durationS == Approx(12.3));  // no timer: as long as it ran
    CHECK(t.metrics.at("wpm") == 120);
    CHECK_FALSE(t.metrics.contains("score"));  // the score is not smuggled through the metrics
    rec.score = nullptr;
    rec.plannedS = 60;
    Take unscored = makeTake(wb, rec);
    CHECK(unscored.score == 0);
    CHECK(unscored.band.empty());
    CHECK(unscored.durationS == 60);
}
